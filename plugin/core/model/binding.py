"""A unit layer's binding as data: its fields, its ordered rule-set files (each with a scope), its
constraint layers and the unit layer's name and data source (with its file relative to the project) when bound, in
versioned JSON.

Version 1 held one rule-set file (``rules_path``, ``rules_relative``); it reads as a binding of that one
list. Keys were added to version 2 without a new version number (the unit layer's name, source and file), so a
binding holding keys this version never writes is a later version's: a ``BindingFormatError`` naming them, never read
without them (they would be lost when it is written again). Where bindings are stored (layer property, project entry)
is ``core/inputs/bindings.py``.
"""

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Dict, List, Optional, Sequence, Tuple

from ..json_nesting import TooDeepError, loads

VERSION = 2
READABLE = (1, 2)
V1_KEYS = ("version", "code_field", "name_field", "category_field", "prose_fields", "rules_path", "rules_relative",
           "constraints")
REF_KEYS = ("path", "relative", "scope")
CONSTRAINT_KEYS = ("layer_id", "layer_name")
ENTRY_KEYS = ("version", "layers")


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
    layer_name: str = ""  # the unit layer's name when bound ('' in a binding written before it was kept)
    layer_source: str = ""  # its data source, password left out: a binding whose layer left the project is found by it
    layer_relative: str = ""  # its data file relative to the project's folder ('' when unknown): data moved with it

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
        """Parse a stored binding; None when absent; BindingFormatError when malformed, of another version or holding
        keys this version does not write (a later version's)."""
        if not text:
            return None
        data = _versioned(text)
        binding = cls._read(data)
        _refuse_unknown(_binding_unknown(data))
        return binding

    @classmethod
    def _read(cls, data: Dict[str, Any]) -> "UnitBinding":
        """The binding of a stored object of a readable version; BindingFormatError when a value is malformed."""
        rule_sets = [_ref(raw) for raw in _typed(data, "rule_sets", list)]
        if not rule_sets and _text(data, "rules_path"):  # version 1: one rule-set file
            rule_sets = [RuleSetRef(_text(data, "rules_path"), _text(data, "rules_relative"))]
        constraints = {name: ConstraintBinding(_text(_object(value), "layer_id"), _text(value, "layer_name"))
                       for name, value in _typed(data, "constraints", dict).items()}
        prose = {dim: _text(data["prose_fields"], dim) for dim in _typed(data, "prose_fields", dict)}
        return cls(_text(data, "code_field"), _text(data, "name_field"), _text(data, "category_field"), prose,
                   rule_sets, constraints, _text(data, "layer_name"), _text(data, "layer_source"),
                   _text(data, "layer_relative"))


def entry_to_json(bindings: Dict[str, UnitBinding], kept: Optional[Dict[str, Any]] = None) -> str:
    """The project entry: every binding by layer id, versioned; ``kept``: stored bindings this plugin cannot read,
    by layer id, written back as they were stored."""
    layers = {**(kept or {}), **{layer_id: json.loads(binding.to_json()) for layer_id, binding in bindings.items()}}
    return json.dumps({"version": VERSION, "layers": layers}, ensure_ascii=False, sort_keys=True)


def entry_from_json(text: str) -> Dict[str, Any]:
    """The project entry's stored bindings by layer id, each still JSON; BindingFormatError when the entry is
    malformed or of another version."""
    data = _versioned(text)
    layers = _typed(data, "layers", dict)
    _refuse_unknown(_unknown(data, ENTRY_KEYS))
    return layers


def _versioned(text: str) -> Dict[str, Any]:
    """A stored JSON object of a version this plugin reads; BindingFormatError (with the version when it is a
    newer one) otherwise."""
    try:
        loaded = loads(text)
    except TooDeepError as error:  # said in the UI language, with where
        raise BindingFormatError(str(error)) from None
    except json.JSONDecodeError as error:  # broken JSON: where it breaks, worded by who says it
        raise BindingFormatError(str(error), at=(error.lineno, error.colno)) from None
    except (TypeError, ValueError) as error:
        raise BindingFormatError(str(error)) from None
    data = _object(loaded)
    version = data.get("version")
    if type(version) is not int or version not in READABLE:
        newer = type(version) is int and version > VERSION
        raise BindingFormatError(f"version {json.dumps(version)}", version if newer else None)
    return data


class BindingFormatError(ValueError):
    """A stored binding this plugin cannot read; ``version`` is the stored version when that is the reason,
    ``unknown`` the keys this version does not write (each with its place) when they are, ``at`` the line and column
    (from 1) where broken JSON breaks."""

    def __init__(self, detail: str, version: Any = None, unknown: Sequence[str] = (),
                 at: Optional[Tuple[int, int]] = None) -> None:
        super().__init__(detail)
        self.version = version
        self.unknown = list(unknown)
        self.at = at

    @property
    def newer(self) -> bool:
        """Whether a later version wrote it (a newer version number, or keys this one does not know): it is never
        written over."""
        return self.version is not None or bool(self.unknown)


def _binding_unknown(data: Dict[str, Any]) -> List[str]:
    """The keys of a stored binding (read without error) that this version does not write there, each with its
    place: a later version's."""
    known = V1_KEYS if data["version"] == 1 else ("version", *(item.name for item in fields(UnitBinding)))
    found = _unknown(data, known)
    for number, raw in enumerate(data.get("rule_sets", []), 1):
        found += _unknown(raw, REF_KEYS, f"rule_sets[{number}].")
    for name, raw in sorted(data.get("constraints", {}).items()):
        found += _unknown(raw, CONSTRAINT_KEYS, f"constraints.{name}.")
    return found


def _unknown(data: Dict[str, Any], known: Sequence[str], place: str = "") -> List[str]:
    """The keys of ``data`` not in ``known``, each after ``place``."""
    return [place + key for key in sorted(data) if key not in known]


def _refuse_unknown(unknown: List[str]) -> None:
    """BindingFormatError (a later version's binding) when ``unknown`` names any key."""
    if unknown:
        raise BindingFormatError("keys " + ", ".join(unknown), unknown=unknown)


def _typed(data: Dict[str, Any], key: str, kind: type) -> Any:
    """``data[key]`` (empty when absent); BindingFormatError when it is not of ``kind``."""
    value = data.get(key, kind())
    if not isinstance(value, kind):
        raise BindingFormatError(f"{key}: {json.dumps(value, ensure_ascii=False)[:60]}")
    return value


def _text(data: Dict[str, Any], key: str) -> str:
    """A text value of ``data`` ('' when absent); BindingFormatError when it is not text."""
    return _typed(data, key, str)


def _object(value: Any) -> Dict[str, Any]:
    """A stored JSON object; BindingFormatError when it is anything else."""
    if not isinstance(value, dict):
        raise BindingFormatError(json.dumps(value, ensure_ascii=False)[:60])
    return value


def _ref(raw: Any) -> RuleSetRef:
    """A stored rule-set reference; BindingFormatError when it has no file."""
    ref = RuleSetRef(_text(_object(raw), "path"), _text(raw, "relative"), _text(raw, "scope"))
    if not ref.path:
        raise BindingFormatError(f"rule_sets: {json.dumps(raw, ensure_ascii=False)[:60]}")
    return ref
