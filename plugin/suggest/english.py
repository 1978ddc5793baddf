"""Reading an English clause: the same shapes as in Chinese, in the wording of bilingual lists."""

import re
from typing import Dict, FrozenSet, List, Optional, Tuple

from ..i18n import label_in
from . import explain, industries
from .context import BRACKETS, Context, FlagInfo, LayerInfo, NumberInfo, english_words, qualifiers_in
from .reading import Hit, Reading, words_pattern
from .units import find_quantities, in_unit, parse_number

_LAWFUL = r"(?:lawful(?:ly established)? |compliant )?"
PLACES: Tuple[Tuple[str, str], ...] = (
    ("chemical_park", _LAWFUL + r"chemical (?:industry )?parks?"),
    ("park", _LAWFUL + r"industrial (?:parks?|zones?)"),
    ("bank", r"river ?banks?|banks? of (?:the )?(?:yangtze|yellow river|rivers?)(?: and (?:its )?tributaries)?"),
    ("red_line", r"ecological (?:protection )?red lines?"),
    ("water_source", r"(?:grade (?:ii|i) )?(?:drinking[- ]water )?source (?:protection )?zones?"),
    ("nature_reserve", r"nature reserves?"),
    ("built_up", r"built[- ]up (?:urban )?areas?"),
)
_ARTICLE = r"(?:the |an? )?"
_LENGTH = r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>km|kilomet(?:re|er)s?|m|met(?:re|er)s?)\b"
CATALOGUE = re.compile(r"\b(?P<c>eliminated|restricted|encouraged|prohibited|permitted)[- ]class\b")
TITLE = re.compile(r"\b(?:of|in) the industrial structure adjustment (?:guidance )?catalogue\b")
RATIO = re.compile(r"\b\d+(?:\.\d+)?:1\b|\b(?:equal|double|multiple)[- ](?:amount )?(?:substitution|offset)s?\b")
MODAL = r"(?:must|shall|should)(?: in principle)?"
REQUIREMENT = re.compile(MODAL + r" (?:be (?:located|sited|built|placed) )?(?:in|inside|within|into|enter) "
                         + _ARTICLE + "$")
ONLY_IF = re.compile(MODAL + r"(?P<neg> not)? (?:invest |have |use |emit )?$")
EFFECTS: Tuple[Tuple[str, str], ...] = (
    (r"\bin principle,? (?:no|not)\b|\b(?:strictly )?(?:restricted|limited|controlled)\b", "restrict"),
    (r"\b(?:are|is) (?:prohibited|forbidden|banned|not allowed|not permitted)\b|\bprohibited\b"
     r"|\b(?:must|shall|may) not\b|\bno\b(?! (?:less|more) than)", "prohibit"),
    (r"\bmust\b|\bshall\b|\bshould\b|\b(?:are|is) required to\b", "require"),
    (r"\b(?:are|is) (?:encouraged|allowed|admitted with priority)\b|\bencouraged\b", "allow"),
)
OPS = {"at or below": "<=", "not more than": "<=", "no more than": "<=", "up to": "<=", "below": "<", "under": "<",
       "less than": "<", "lower than": "<", "above": ">", "over": ">", "more than": ">", "exceeding": ">",
       "greater than": ">", "at least": ">=", "not less than": ">=", "no less than": ">="}
COMPARATOR = words_pattern(OPS, before=r"\b", after=r"\s+$")
NEGATED = {"<": ">=", "<=": ">", ">": "<=", ">=": "<"}
CONSTRUCTION: Dict[str, str] = {
    "new construction": "new", "new": "new", "expanded": "expansion", "expansion": "expansion",
    "extension": "expansion", "renovated": "renovation", "renovation": "renovation", "rebuilt": "renovation",
    "reconstruction": "renovation", "relocated": "relocation", "relocation": "relocation",
    "technical upgrade": "upgrade", "upgraded": "upgrade", "upgrade": "upgrade",
}
MEASURES = ("capacity", "emission", "use", "total")
SITING = re.compile(r"\b(?:located|sited|placed|enter|move into)\b")  # a duty to be somewhere is a condition
SCOPE = re.compile(r"\bin (?:priority protection|key control|general control) units?\b")
FILLERS = re.compile(r"\b(?:the|a|an|of|in|on|at|for|to|and|or|its|their|with|by|all|any|is|are|be|been|within"
                     r"|projects?|facilit(?:y|ies)|development|construction|plants?|enterprises?|works)\b")


def read_en(text: str, ctx: Context, lang: str, scope: FrozenSet[str] = frozenset()) -> Reading:
    """Read an English clause shape by shape, as read_zh does for Chinese."""
    reading = Reading(text, "en", scope)
    for match in reading.free_matches(CATALOGUE):
        value = match.group("c")
        reading.add(Hit([match.span()], explain.catalogue(reading.words(match), [value], lang),
                        condition={"catalogue": [value]}, confidence=0.9))
        for title in reading.free_matches(TITLE):
            reading.take(*title.span(), "filler")
    for match in reading.free_matches(RATIO):
        reading.add(Hit([match.span()], explain.substitution(reading.words(match), lang), role="note"))
    _places(reading, ctx, lang, requirements=True)
    _thresholds(reading, ctx, lang, only_if=True)
    for match in reading.free_matches(re.compile(r",?\s*\bexcept(?: for)?\b")):
        end = reading.sentence_end(match.end())
        reading.exceptions.append((match.end(), end))
        reading.add(Hit([match.span()], explain.exception(text[match.start():end].strip(" ,"), lang), role="except"),
                    tag="marker")
    _effects(reading, lang)
    _places(reading, ctx, lang, requirements=False)
    _thresholds(reading, ctx, lang, only_if=False)
    names = industries.names_en()
    for match in reading.free_matches(words_pattern(names, before=r"\b", after=r"\b")):
        codes = list(names[match.group()])
        why = explain.industry(reading.words(match), industries.describe(codes, lang), True, lang)
        reading.add(Hit([match.span()], why, condition={"industry": codes}, confidence=0.9), tag="industry")
    for info in ctx.flags:
        _flag(reading, info, lang)
    for match in reading.free_matches(words_pattern(CONSTRUCTION, before=r"\b", after=r"\b")):
        value = CONSTRUCTION[match.group()]
        reading.add(Hit([match.span()], explain.construction(reading.words(match), [value], lang),
                        condition={"construction": [value]}, confidence=0.9))
    for pattern in (SCOPE, FILLERS):
        for match in reading.free_matches(pattern):
            reading.take(*match.span(), "filler")
    return reading


def _effects(reading: Reading, lang: str) -> None:
    """Modal words; a duty after must / shall / should is checked by hand unless it names a place."""
    for pattern, effect in EFFECTS:
        for match in list(reading.free_matches(re.compile(pattern))):
            if not reading.is_free(*match.span()):
                continue
            why = explain.effect(reading.words(match), effect, lang)
            reading.add(Hit([match.span()], why, role="effect", effect=effect))
            if effect == "require":
                end = min([reading.sentence_end(match.end())] + [s for s, _e in reading.exceptions if s >= match.end()])
                named = any(re.search(rf"\b(?:{body})\b", reading.folded[match.end():end]) for _c, body in PLACES)
                if not named and not SITING.search(reading.folded, match.end(), end):
                    reading.take(match.end(), end, "duty")


def _places(reading: Reading, ctx: Context, lang: str, requirements: bool) -> None:
    """"within 1 km of the river bank", "inside the red line", "outside industrial parks", "must enter a park"."""
    patterns = list(PLACES) + [(layer.concept, re.escape(BRACKETS.sub("", layer.label_en).strip().lower()))
                               for layer in ctx.layers if layer.concept.startswith("label:") and layer.label_en]
    for concept, body in patterns:
        for match in reading.free_matches(re.compile(rf"\b(?:{body})\b")):
            layer = ctx.resolve(concept, qualifiers_in(concept, match.group()))
            if layer is not None:
                _relation(reading, layer, match, lang, requirements)


def _relation(reading: Reading, layer: LayerInfo, place: re.Match, lang: str, requirements: bool) -> None:
    """The relation the words before a place phrase give it; with requirements, only "must be located in"."""
    text, name = reading.folded, label_in(layer.label_zh, layer.label_en, layer.name, lang)
    if requirements:
        before = REQUIREMENT.search(text, 0, place.start())
        if before is None or layer.concept not in ("park", "chemical_park") or not reading.is_free(*before.span()):
            return
        reading.add(Hit([before.span()], explain.effect(reading.words(before), "restrict", lang), role="effect",
                        effect="restrict"))
        reading.add(Hit([place.span()], explain.spatial(reading.words(place), "inside", name, 0, lang), role="only_if",
                        condition={"spatial": {"layer": layer.name, "relation": "inside"}}, confidence=0.85))
        return
    head = text[:place.start()]
    distance = re.search(r"\bwithin " + _LENGTH + r" of " + _ARTICLE + "$", head)
    other = re.search(r"\b(?P<rel>inside|in|within|outside) " + _ARTICLE + "$", head)
    found = distance or other
    if found is None or not reading.is_free(found.start(), place.end()):
        return
    spec: Dict[str, object] = {"layer": layer.name, "relation": "overlaps"}
    metres = 0.0
    if distance:
        metres = (parse_number(distance.group("num")) or 0) * (1000 if distance.group("unit").startswith("k") else 1)
        spec.update(relation="within", distance_m=int(metres) if metres == int(metres) else metres)
    elif other.group("rel") == "outside":
        spec["relation"] = "outside"
    if spec["relation"] == "overlaps" and layer.concept in reading.scope:
        reading.take(found.start(), place.end(), "scope")
        return
    words = reading.text[found.start():place.end()]
    reading.add(Hit([(found.start(), place.end())], explain.spatial(words, str(spec["relation"]), name, metres, lang),
                    condition={"spatial": spec}, confidence=0.85))


def _thresholds(reading: Reading, ctx: Context, lang: str, only_if: bool) -> None:
    """"below 35 t/h", "at least 300 million yuan" compared with a declared number attribute."""
    text = reading.folded
    for quantity in find_quantities(text):
        if quantity.dimension in ("length", "volume", "mass") or not reading.is_free(quantity.start, quantity.end):
            continue
        begin = reading.subclause_start(quantity.start)
        comparator = COMPARATOR.search(text, begin, quantity.start)
        if comparator is None:
            continue
        modal = ONLY_IF.search(text, begin, comparator.start())
        modal = modal if modal and reading.is_free(*modal.span()) else None
        info = _choose(ctx, quantity.dimension, text[begin:quantity.end + 20])
        if bool(modal) != only_if or info is None:
            continue
        op = OPS[comparator.group().strip()]
        op = NEGATED[op] if modal and modal.group("neg") else op
        before = _label_run(reading, info, begin, modal.start() if modal else comparator.start())
        if modal:
            reading.add(Hit([modal.span()], explain.effect(reading.words(modal), "restrict", lang), role="effect",
                            effect="restrict"))
        value = in_unit(quantity.value, info.scale)
        spans = before + [(comparator.start(), quantity.end)]
        words = reading.text[spans[0][0]:quantity.end]
        name = label_in(info.label_zh, info.label_en, info.name, lang)
        reading.add(Hit(spans, explain.threshold(words, name, op, value, info.unit_in(lang), bool(modal), lang),
                        role="only_if" if modal else "when",
                        condition={"attribute": {"name": info.name, "op": op, "value": value}}, confidence=0.85))
        noun = english_words(" ".join(reading.text[s:e] for s, e in before))
        if op in ("<", "<=") and noun and noun == _noun(info):
            reading.add(Hit(before, explain.present(reading.text[before[0][0]:before[-1][1]], name, lang),
                            condition={"attribute": {"name": info.name, "op": ">", "value": 0}}, confidence=0.8))


def _keys(info: NumberInfo) -> List[str]:
    """The words of an attribute's English label that say what it is about (not total, capacity …)."""
    return [w for w in english_words(BRACKETS.sub("", info.label_en)).split() if w not in MEASURES]


def _noun(info: NumberInfo) -> str:
    """The thing a capacity or emission attribute measures ("coal fired boiler"), or ''."""
    words = english_words(BRACKETS.sub("", info.label_en)).split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in ("capacity", "emission") else ""


def _choose(ctx: Context, dimension: str, around: str) -> Optional[NumberInfo]:
    """The one attribute of the dimension whose key words appear around the number (invest ~ investment)."""
    near = english_words(around).split()
    found = [n for n in ctx.numbers if n.dimension == dimension and n.label_en
             and any(w == k or (len(w) >= 5 and k.startswith(w)) for k in _keys(n) for w in near)]
    return found[0] if len(found) == 1 else None


def _label_run(reading: Reading, info: NumberInfo, begin: int, end: int) -> List[Tuple[int, int]]:
    """The words of the attribute's label right before a comparator ("coal-fired boilers")."""
    label = set(english_words(BRACKETS.sub("", info.label_en)).split())
    found: List[Tuple[int, int]] = []
    for match in reversed(list(re.finditer(r"[a-z0-9]+", reading.folded[begin:end]))):
        start, stop = begin + match.start(), begin + match.end()
        if english_words(match.group()) not in label or not reading.is_free(start, stop):
            break
        found.insert(0, (start, stop))
    return found


def _flag(reading: Reading, info: FlagInfo, lang: str) -> None:
    """A yes/no attribute named by its English label ("national major infrastructure")."""
    name = label_in(info.label_zh, info.label_en, info.name, lang)
    for phrase in info.phrases_en:
        body = r"[\s-]+".join(f"(?:{w[:-1]}y|{w[:-1]}ies)" if w.endswith("y") else f"{w}(?:e?s)?"
                              for w in phrase.split())
        for match in reading.free_matches(re.compile(rf"\b(?P<neg>(?:no|not|without) )?{body}\b")):
            negated = bool(match.group("neg"))
            condition = {"not": {"flag": info.name}} if negated else {"flag": info.name}
            why = explain.flag(reading.words(match), name, negated, lang)
            reading.add(Hit([match.span()], why, condition=condition,
                            confidence=0.8))
