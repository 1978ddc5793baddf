"""From a reading to a suggestion, or to nothing when any part of the clause was not understood."""

from typing import Any, Dict, List, Optional, Tuple

from .model import Part, Span, Suggestion, merge_conditions
from .reading import Hit, Reading

LISTS = ("industry", "construction", "catalogue")
# Between two conditions these words may mean "or" as well as "and": unless both name items of one list
# (化工、电镀 are one industry list), the clause is not suggested.
CONNECTIVES = ("以及", "或者", "及其", "和", "或", "及", "与", "、", " and ", " or ")


def compose(reading: Reading) -> Optional[Suggestion]:
    """The suggestion a reading supports; None when a word is left over, the effect is unclear or a layer repeats."""
    if reading.residual():
        return None
    effects = {hit.effect for hit in reading.hits if hit.effect}
    if len(effects) != 1:
        return None
    effect = effects.pop()
    if any(reading.region_of(*hit.spans[0]) >= 0 for hit in reading.hits if hit.effect) or _joined(reading):
        return None
    when, only_if, groups = _roles(reading)
    if not when or (only_if and effect != "restrict"):
        return None
    exceptions = []
    for group in groups:
        if not group:
            return None
        flags_only = all("flag" in c for c in group)
        exceptions += [merge_conditions([c]) for c in group] if flags_only else [merge_conditions(group)]
    merged_when = merge_conditions(when)
    merged_only_if = merge_conditions(only_if) if only_if else None
    if any(_repeats_layer(c) for c in [merged_when, merged_only_if, *exceptions] if c):
        return None
    parts = tuple(_part(reading, hit) for hit in sorted(reading.hits, key=lambda h: min(h.spans)))
    confidence = min(hit.confidence for hit in reading.hits)
    return Suggestion(effect, merged_when, tuple(exceptions), merged_only_if, parts, confidence, reading.lang)


def _roles(reading: Reading) -> Tuple[List[Dict[str, Any]], List[Dict[str, Any]], List[List[Dict[str, Any]]]]:
    """Conditions for when, for only_if, and per exception region (in the order of the regions)."""
    when: List[Dict[str, Any]] = []
    only_if: List[Dict[str, Any]] = []
    groups: List[List[Dict[str, Any]]] = [[] for _region in reading.exceptions]
    for hit in sorted(reading.hits, key=lambda h: min(h.spans)):
        if hit.condition is None:
            continue
        region = reading.region_of(*hit.spans[0])
        if hit.role == "only_if":
            only_if.append(hit.condition)
        elif region >= 0:
            hit.role = "except"
            groups[region].append(hit.condition)
        else:
            when.append(hit.condition)
    return when, only_if, groups


def _joined(reading: Reading) -> bool:
    """True when two conditions stand joined by 和, 或, 、 … (fine for one list's items and for exempting flags)."""
    hits = sorted((h for h in reading.hits if h.condition), key=lambda h: min(h.spans))
    for first, second in zip(hits, hits[1:]):
        gap = reading.folded[max(e for _s, e in first.spans):min(s for s, _e in second.spans)]
        same_list = {*first.condition} == {*second.condition} and next(iter(first.condition)) in LISTS
        flags = all("flag" in h.condition for h in (first, second))
        exempting = flags and reading.region_of(*first.spans[0]) == reading.region_of(*second.spans[0]) >= 0
        if not same_list and not exempting and _only_connectives(gap):
            return True
    return False


def _only_connectives(gap: str) -> bool:
    """True when a gap holds a connective and nothing else but spaces."""
    rest = gap
    for word in CONNECTIVES:
        rest = rest.replace(word, "")
    return rest != gap and not rest.strip()


def _repeats_layer(condition: Dict[str, Any]) -> bool:
    """True when one condition asks about the same layer twice (two distances to one bank, say)."""
    layers = [c["spatial"]["layer"] for c in condition.get("all", [condition]) if "spatial" in c]
    return len(layers) != len(set(layers))


def _part(reading: Reading, hit: Hit) -> Part:
    spans = tuple(Span(reading.lang, s, e, reading.text[s:e]) for s, e in sorted(hit.spans) if e > s)
    return Part(hit.role, spans, hit.why, hit.confidence, hit.condition, hit.effect)
