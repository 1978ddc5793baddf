"""A unit layer's binding as data: its fields, its rule-set file and its constraint layers, in versioned JSON.

Where bindings are stored (layer property, project entry) is ``core/inputs/bindings.py``.
"""

import json
from dataclasses import asdict, dataclass, field
from typing import Dict, Optional

VERSION = 1


@dataclass
class ConstraintBinding:
    """A rule-set layer name bound to a project layer."""

    layer_id: str
    layer_name: str = ""


@dataclass
class UnitBinding:
    """How one unit layer is reviewed: its fields, its rule set and its constraint layers."""

    code_field: str = ""
    name_field: str = ""
    category_field: str = ""
    prose_fields: Dict[str, str] = field(default_factory=dict)
    rules_path: str = ""
    rules_relative: str = ""
    constraints: Dict[str, ConstraintBinding] = field(default_factory=dict)

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
        if not isinstance(data, dict) or data.get("version") != VERSION:
            return None
        data.pop("version")
        constraints = {
            name: ConstraintBinding(**value) for name, value in data.pop("constraints", {}).items()
        }
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(constraints=constraints, **known)
