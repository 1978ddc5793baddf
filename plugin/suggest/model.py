"""What the suggester hands out: spans of the clause, the parts they support, the whole suggestion."""

from dataclasses import dataclass
from typing import Any, Dict, FrozenSet, Hashable, List, Mapping, Optional, Tuple

from .industries import normalise_code, reduce_codes

KEY_ORDER = ("industry", "construction", "catalogue", "spatial", "flag", "not", "attribute")
OP_ORDER = (">", ">=", "==", "!=", "<=", "<")


@dataclass(frozen=True)
class Span:
    """Characters ``text[start:end]`` of the clause in one language, and the words they hold."""

    lang: str
    start: int
    end: int
    words: str


@dataclass(frozen=True)
class Part:
    """One piece of a suggestion: an effect, a condition in a role, or a note, with its words and why."""

    role: str
    spans: Tuple[Span, ...]
    why: str
    confidence: float
    condition: Optional[Dict[str, Any]] = None
    effect: str = ""

    def as_dict(self) -> Dict[str, Any]:
        """The part as written under ``suggested.from``: its role, language, spans, words and why."""
        return {"part": self.role, "lang": self.spans[0].lang, "spans": [[s.start, s.end] for s in self.spans],
                "words": [s.words for s in self.spans], "why": self.why}


@dataclass(frozen=True)
class Suggestion:
    """Conditions proposed for one clause: an effect, when, except, only_if, and what they came from."""

    effect: str
    when: Dict[str, Any]
    exceptions: Tuple[Dict[str, Any], ...]
    only_if: Optional[Dict[str, Any]]
    parts: Tuple[Part, ...]
    confidence: float
    lang: str

    @property
    def spans(self) -> Tuple[Span, ...]:
        """Every span of every part, in the order of the text."""
        found = {span for part in self.parts for span in part.spans}
        return tuple(sorted(found, key=lambda s: (s.lang, s.start, s.end)))

    @property
    def notes(self) -> Tuple[str, ...]:
        """What needs a check by hand because the rule language cannot say it."""
        return tuple(part.why for part in self.parts if part.role == "note")

    def rule_fields(self) -> Dict[str, Any]:
        """The fields a rule gets when the suggestion is accepted: effect, when, except, only_if."""
        fields: Dict[str, Any] = {"effect": self.effect, "when": self.when}
        if self.exceptions:
            fields["except"] = list(self.exceptions)
        if self.only_if:
            fields["only_if"] = self.only_if
        return fields

    def marker(self, source: str) -> Dict[str, Any]:
        """The ``suggested:`` mapping written beside a text rule (never applied by the loader)."""
        marker = self.rule_fields()
        marker["confidence"] = round(self.confidence, 2)
        marker["from"] = [part.as_dict() for part in self.parts if part.spans]
        if self.notes:
            marker["notes"] = list(self.notes)
        marker["suggested_from"] = source
        return marker


def merge_conditions(conditions: List[Dict[str, Any]]) -> Dict[str, Any]:
    """One condition holding when all hold: list keys joined, one mapping when no key repeats, else all:."""
    joined: List[Dict[str, Any]] = []
    for condition in conditions:
        (key, value), = condition.items()
        same = next((c for c in joined if key in ("industry", "construction", "catalogue") and key in c), None)
        if condition in joined:
            continue
        if same is None:
            joined.append({key: list(value) if isinstance(value, list) else value})
        else:
            same[key] += [v for v in value if v not in same[key]]
    for condition in joined:
        if "industry" in condition:
            condition["industry"] = reduce_codes(condition["industry"])
    joined.sort(key=_order)
    keys = [key for condition in joined for key in condition]
    if len(keys) == len(set(keys)):
        return {key: value for condition in joined for key, value in condition.items()}
    return {"all": joined}


def _order(condition: Dict[str, Any]) -> Tuple[int, int]:
    """Conditions in a stable order: industry, construction, catalogue, place, yes/no, numbers low to high."""
    (key, value), = condition.items()
    op = value.get("op", "") if isinstance(value, dict) else ""
    return KEY_ORDER.index(key) if key in KEY_ORDER else len(KEY_ORDER), OP_ORDER.index(op) if op in OP_ORDER else 0


def canonical(fields: Mapping[str, Any]) -> Tuple[Any, FrozenSet[Hashable], FrozenSet[Hashable], FrozenSet[Hashable]]:
    """Effect, when, except and only_if in a form where order, list-or-string and all: nesting do not matter."""
    return (fields.get("effect"), atoms(fields.get("when")),
            frozenset(atoms(c) for c in fields.get("except") or []), atoms(fields.get("only_if")))


def atoms(condition: Optional[Mapping[str, Any]]) -> FrozenSet[Hashable]:
    """The conjuncts of a condition, each comparable: {industry: [C26]} and {all: [{industry: C26}]} agree."""
    found = set()
    for key, value in (condition or {}).items():
        if key == "all":
            found |= {atom for child in value for atom in atoms(child)}
        else:
            found.add(_atom(key, value))
    return frozenset(found)


def _atom(key: str, value: Any) -> Hashable:
    listed = [value] if isinstance(value, str) else value
    if key == "industry":
        return key, frozenset(reduce_codes(normalise_code(str(c)) for c in listed))
    if key in ("construction", "catalogue"):
        return key, frozenset(listed)
    if key == "not":
        return key, atoms(value)
    if key == "any":
        return key, frozenset(atoms(c) for c in value)
    if key in ("attribute", "unit_attribute", "spatial"):
        return key, tuple(sorted((k, _number(v)) for k, v in value.items()))
    return key, value


def _number(value: Any) -> Hashable:
    if isinstance(value, list):
        return tuple(_number(v) for v in value)
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value
