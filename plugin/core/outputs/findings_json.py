"""The findings_json text of FINDINGS rows: exactly what ``json.dumps`` gives of each finding's dict,
made quickly for a batch.

A finding shared through the batch's memo is encoded once (per decisive flag). Any other finding is
put together from its fields around the text of its reasons, which is made once per distinct list
of reasons (the prose findings of the units all share theirs).
"""

import json
from typing import Any, Dict, List, Optional, Tuple

from ..model.results import Finding, ListSource, Reason
from ..review.site_review import render_reason

_STRING = json.encoder.encode_basestring  # json.dumps of a str with ensure_ascii=False
_CONSTANTS = ((None, "null"), (True, "true"), (False, "false"))  # by identity: 1 == True


def dumps(data: Any) -> str:
    """The JSON text of findings_json."""
    return json.dumps(data, ensure_ascii=False, default=str, sort_keys=True)


def _english(reasons: List[Reason]) -> str:
    """The reasons rendered in English, as the reason_text field holds them."""
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

    def encode(self, findings: List[Finding]) -> str:
        """The same text as json.dumps of the list of every finding's dict (sorted keys, unescaped)."""
        if len(self._shared) > self.LIMIT or len(self._reasons) > self.LIMIT:
            self._shared, self._reasons = {}, {}
        return "[" + ", ".join(self._text(finding) for finding in findings) + "]"

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
        """The finding's JSON, field by field in sorted order (as json.dumps with sort_keys writes it)."""
        reasons = self._reasons_text(finding.reasons)
        if reasons is None or finding.judgement is not None:  # a judged clause: rare, written in full
            return dumps(finding_dict(finding))
        reasons_json, reason_text_json = reasons
        return (f'{{"basis": {_value(finding.basis)}, "decisive": {_value(finding.decisive)}, '
                f'"dimension": {_value(finding.dimension)}, "effect": {_value(finding.effect)}, '
                f'"judgement": null, "level": {_value(finding.level)}, '
                f'"machine_status": {_value(finding.machine_status)}, "missing": {_missing(finding.missing)}, '
                f'"reason_text": {reason_text_json}, "reasons": {reasons_json}, '
                f'"rule_id": {_value(finding.rule_id)}, "source": {self._source(finding.source)}, '
                f'"status": {_value(finding.status)}, '
                f'"text_en": {_value(finding.text_en)}, "text_zh": {_value(finding.text_zh)}}}')

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
        try:
            key = tuple(_value_key(r) for r in reasons)
        except TypeError:
            return None
        found = self._reasons.get(key)
        if found is None:
            found = self._reasons[key] = (dumps([r.to_dict() for r in reasons]),
                                          dumps(_english(reasons)))
        return found
