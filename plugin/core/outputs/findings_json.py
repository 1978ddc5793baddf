"""The findings_json text of FINDINGS rows: exactly what ``json.dumps`` gives of each finding's dict,
made quickly for a batch.

A finding shared through the batch's memo is encoded once (per decisive flag). Any other finding is
put together from its fields around the text of its reasons, which is made once per distinct list
of reasons (the prose findings of the units all share theirs).
"""

import json
from typing import Any, Dict, List, Optional, Tuple

from ..model.results import Finding, Listed, ListSource, Reason, Term, Words
from ..review.site_review import render_reason

_STRING = json.encoder.encode_basestring  # json.dumps of a str with ensure_ascii=False
_CONSTANTS = ((None, "null"), (True, "true"), (False, "false"))  # by identity: 1 == True


def dumps(data: Any) -> str:
    """The JSON text of findings_json."""
    return json.dumps(data, ensure_ascii=False, default=str, sort_keys=True)


def _english(reasons: List[Reason]) -> str:
    """The reasons rendered in English, as the reason_text field holds them (industry codes as stored)."""
    return "; ".join(render_reason(r, "en") for r in reasons)


def finding_dict(finding: Finding) -> dict:
    """A finding as JSON-ready data with its reasons also rendered in English."""
    data = finding.to_dict()
    data["reason_text"] = _english(finding.reasons)
    return data


def _value(value: Any) -> str:
    """The JSON text of one field value."""
    if isinstance(value, str):  # a Status is a str: the same text as json.dumps gives
        return _STRING(value)
    for constant, text in _CONSTANTS:
        if value is constant:
            return text
    return dumps(value)


def _missing(names: List[str]) -> str:
    """The JSON text of a finding's missing attributes (most findings miss none)."""
    return dumps(list(names)) if names else "[]"


def _value_key(value: Any) -> Tuple[Any, ...]:
    """A hashable, type-exact key of a reason value (TypeError for anything else)."""
    if isinstance(value, Reason):
        return (Reason, value.template, tuple((k, _value_key(v)) for k, v in value.values.items()))
    if isinstance(value, (list, tuple)):
        return (type(value), tuple(_value_key(v) for v in value))
    if isinstance(value, Listed):
        return (Listed, tuple(_value_key(v) for v in value.items))
    if isinstance(value, (Term, Words)):  # frozen: equal ones write the same JSON
        hash(value)  # a TypeError here when built with a list
        return (type(value), value)
    if value is None or isinstance(value, (str, int, float)):
        return (type(value), value)
    raise TypeError(type(value).__name__)


class FindingsJson:
    """Encodes the findings of FINDINGS rows; one per batch (it keeps what it made)."""

    LIMIT = 20_000  # texts kept; past that the caches start afresh (bounds memory)

    def __init__(self) -> None:
        self._shared: Dict[Tuple[int, Any], Tuple[Finding, str]] = {}
        self._reasons: Dict[Tuple[Any, ...], Tuple[str, str]] = {}
        self._sources: Dict[ListSource, str] = {}
        self._same: Dict[Tuple[int, ...], Tuple[List[Reason], Optional[Tuple[str, str]]]] = {}
        self._parts: Dict[Tuple[Any, ...], Tuple[str, str]] = {}

    def encode(self, findings: List[Finding]) -> str:
        """The same text as json.dumps of the list of every finding's dict (sorted keys, unescaped)."""
        if max(len(self._shared), len(self._reasons), len(self._same), len(self._parts)) > self.LIMIT:
            self._shared, self._reasons, self._same, self._parts = {}, {}, {}, {}
        return f"[{', '.join(map(self._text, findings))}]"

    def _text(self, finding: Finding) -> str:
        origin = getattr(finding, "memo_origin", None)
        if origin is None:
            return self._compose(finding)
        key = (id(origin), finding.decisive)  # a copy of a memoised finding: its content but 'decisive'
        entry = self._shared.get(key)
        if entry is None or entry[0] is not origin:
            entry = self._shared[key] = (origin, self._compose(finding))
        return entry[1]

    def _compose(self, finding: Finding) -> str:
        """The finding's JSON, field by field in sorted order (as json.dumps with sort_keys writes it);
        findings alike but for their clause id and Chinese text (a unit's own requirement texts) share
        everything else."""
        reasons = self._reasons_text(finding.reasons)
        if reasons is None or finding.judgement is not None or type(finding.decisive) is not bool:
            return dumps(finding_dict(finding))  # a judged clause: rare, written in full
        key = (finding.basis, finding.decisive, finding.dimension, finding.effect, finding.level,
               finding.machine_status, tuple(finding.missing), reasons, finding.source, finding.status,
               finding.text_en)
        parts = self._parts.get(key)
        if parts is None:
            parts = self._parts[key] = self._around(finding, reasons)
        return f"{parts[0]}{_value(finding.rule_id)}{parts[1]}{_value(finding.text_zh)}}}"

    def _around(self, finding: Finding, reasons: Tuple[str, str]) -> Tuple[str, str]:
        """A finding's JSON before its rule id, and between its rule id and its Chinese text."""
        reasons_json, reason_text_json = reasons
        return (f'{{"basis": {_value(finding.basis)}, "decisive": {_value(finding.decisive)}, '
                f'"dimension": {_value(finding.dimension)}, "effect": {_value(finding.effect)}, '
                f'"judgement": null, "level": {_value(finding.level)}, '
                f'"machine_status": {_value(finding.machine_status)}, "missing": {_missing(finding.missing)}, '
                f'"reason_text": {reason_text_json}, "reasons": {reasons_json}, "rule_id": ',
                f', "source": {self._source(finding.source)}, "status": {_value(finding.status)}, '
                f'"text_en": {_value(finding.text_en)}, "text_zh": ')

    def _source(self, source: Optional[ListSource]) -> str:
        """The JSON of a finding's source list, made once per list."""
        if source is None:
            return "null"
        found = self._sources.get(source)
        if found is None:
            found = self._sources[source] = dumps(source.to_dict())
        return found

    def _reasons_text(self, reasons: List[Reason]) -> Optional[Tuple[str, str]]:
        """The JSON of the reasons and of their English text; None when a value is of an unusual type."""
        ids = tuple(map(id, reasons))
        seen = self._same.get(ids)
        if seen is not None and all(kept is given for kept, given in zip(seen[0], reasons)):
            return seen[1]
        found = self._reasons_of(reasons)
        self._same[ids] = (list(reasons), found)
        return found

    def _reasons_of(self, reasons: List[Reason]) -> Optional[Tuple[str, str]]:
        """``_reasons_text`` by the reasons' content (reasons made afresh for each site say the same)."""
        try:
            key = tuple(_value_key(r) for r in reasons)
        except TypeError:
            return None
        found = self._reasons.get(key)
        if found is None:
            found = self._reasons[key] = (dumps([r.to_dict() for r in reasons]),
                                          dumps(_english(reasons)))
        return found
