"""A unit layer's binding as data: its fields, its ordered rule-set files (each with a scope) and its
constraint layers, in versioned JSON.

Version 1 held one rule-set file (``rules_path``, ``rules_relative``); it reads as a binding of that one
list. Where bindings are stored (layer property, project entry) is ``core/inputs/bindings.py``.
"""

import json
from dataclasses import asdict, dataclass, field
from typing import Any, Dict, List, Optional

VERSION = 2
READABLE = (1, 2)


@dataclass
class ConstraintBinding:
    """A rule-set layer name bound to a project layer."""

    layer_id: str
    layer_name: str = ""


@dataclass
class RuleSetRef:
    """One rule-set file of a binding: its path (absolute and relative to the project) and its scope
    as written ('' = the scope the file declares; 'all', an administrative code or an expression)."""

    path: str
    relative: str = ""
    scope: str = ""


@dataclass
class UnitBinding:
    """How one unit layer is reviewed: its fields, its rule set and its constraint layers."""

    code_field: str = ""
    name_field: str = ""
    category_field: str = ""
    prose_fields: Dict[str, str] = field(default_factory=dict)
    rule_sets: List[RuleSetRef] = field(default_factory=list)
    constraints: Dict[str, ConstraintBinding] = field(default_factory=dict)

    @property
    def rules_path(self) -> str:
        """The first rule-set file ('' when none is bound)."""
        return self.rule_sets[0].path if self.rule_sets else ""

    @rules_path.setter
    def rules_path(self, path: str) -> None:
        """Bind ``path`` as the first rule-set file (the only one of a single-file binding)."""
        if self.rule_sets:
            self.rule_sets[0] = RuleSetRef(path, "", self.rule_sets[0].scope)
        elif path:
            self.rule_sets.append(RuleSetRef(path))

    @property
    def rules_relative(self) -> str:
        """The first rule-set file relative to the project ('' when unknown)."""
        return self.rule_sets[0].relative if self.rule_sets else ""

    def to_json(self) -> str:
        """Versioned JSON form."""
        return json.dumps({"version": VERSION, **asdict(self)}, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Optional["UnitBinding"]:
        """Parse a stored binding; None when absent, malformed or of an unknown version."""
        try:
            data = json.loads(text)
        except (TypeError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("version") not in READABLE:
            return None
        data.pop("version")
        constraints = {
            name: ConstraintBinding(**value) for name, value in data.pop("constraints", {}).items()
        }
        rule_sets = [_ref(raw) for raw in data.pop("rule_sets", []) if isinstance(raw, dict) and raw.get("path")]
        path, relative = data.pop("rules_path", ""), data.pop("rules_relative", "")
        if path and not rule_sets:  # version 1: one rule-set file
            rule_sets = [RuleSetRef(path, relative)]
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(constraints=constraints, rule_sets=rule_sets, **known)


def _ref(raw: Dict[str, Any]) -> RuleSetRef:
    """A stored rule-set reference."""
    return RuleSetRef(str(raw["path"]), str(raw.get("relative", "")), str(raw.get("scope", "")))
