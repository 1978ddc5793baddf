"""Chinese shapes that need the rule set: places and their relations, thresholds, yes/no attributes, presence."""

import re
from typing import Dict, List, NamedTuple, Optional, Tuple

from ..i18n import label_in
from . import explain
from .context import BRACKETS, Context, LayerInfo, NumberInfo, qualifiers_in
from .reading import Hit, Reading, words_pattern
from .units import TIME_BASES, find_quantities, in_unit, parse_number

_PARK_PREFIX = r"(?:依法)?(?:合规)?(?:设立的)?"
PLACES: Tuple[Tuple[str, str], ...] = (
    ("chemical_park", _PARK_PREFIX + r"化工(?:园区|集中区)"),
    ("park", _PARK_PREFIX + r"(?:工业|产业)?(?:园区|集聚区)"),
    ("bank", r"(?:长江|黄河|河流|江河)?(?:干支流|干流|重要支流|主要支流|支流)?(?:岸线|河岸)"),
    ("red_line", r"生态(?:保护)?红线"),
    ("water_source", r"(?:饮用水)?水源地?(?:一级|二级|准)?保护区|饮用水水源地"),
    ("nature_reserve", r"自然保护区(?:的)?(?:核心区|缓冲区|实验区)?"),
    ("built_up", r"(?:城市|城镇)?建成区"),
)
PARKS = ("park", "chemical_park")
_MODAL = r"(?:原则上)?(?:应当|应|须|必须|需)"
_NEED = r"(?:确需(?:建设|新建|布局)的?,?)?"
REQUIREMENT = re.compile(_NEED + _MODAL + r"(?:进入|迁入|入驻|位于|布局在|布局于|建在)$")
ENTER_PARK = re.compile(_NEED + _MODAL + r"(?:入园|进园)")
_LENGTH = r"(?P<num>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)\s*(?P<unit>公里|千米|km|米|m)"
DISTANCE = re.compile(r"(?:的)?(?:边界)?(?:两侧|周边|沿岸|外延|以外|外)?\s*" + _LENGTH
                      + r"\s*(?:范围)?\s*(?:以内|之内|内)")
TOWARDS = re.compile(r"(?:距离|距|离)(?:边界)?$")
INSIDE = re.compile(r"(?:范围)?(?:之内|以内|内|中)")
OUTSIDE = re.compile(r"(?:以外|之外|外)")
KM = ("公里", "千米", "km")

PREFIX_OPS = {"不超过": "<=", "不高于": "<=", "不大于": "<=", "不低于": ">=", "不少于": ">=", "不小于": ">=",
              "低于": "<", "小于": "<", "不足": "<", "不到": "<", "少于": "<", "高于": ">", "超过": ">", "大于": ">",
              "多于": ">", "达到": ">="}
SUFFIX_OPS = {"及以下": "<=", "以下": "<", "以内": "<=", "及以上": ">=", "以上": ">="}
NEGATED = {"<": ">=", "<=": ">", ">": "<=", ">=": "<"}
PREFIX = words_pattern(PREFIX_OPS, after=r"\s*$")
SUFFIX = re.compile(r"\s*(?:" + "|".join(sorted(SUFFIX_OPS, key=len, reverse=True)) + ")")
ONLY_IF_MODAL = re.compile(r"(?:原则上)?(?P<modal>应当|应|须|必须|不得|不应|不能)?$")
TIME_MARKERS = {"volume_day": ("每日", "每天", "日", "天"), "mass_year": ("每年", "年"), "steam": ("每小时",)}
LABEL_FILLERS = "额量总"


class Place(NamedTuple):
    """A place phrase on unclaimed text and the one declared layer it names (None when not exactly one)."""

    start: int
    end: int
    layer: Optional[LayerInfo]


def find_places(reading: Reading, ctx: Context) -> List[Place]:
    """Place phrases of the clause, longest concept patterns first, none overlapping another."""
    patterns = [(c, re.compile(p)) for c, p in PLACES]
    patterns += [(layer.concept, re.compile(re.escape(BRACKETS.sub("", layer.label_zh).strip())))
                 for layer in ctx.layers if layer.concept.startswith("label:") and layer.label_zh]
    found: List[Place] = []
    for concept, pattern in patterns:
        for match in reading.free_matches(pattern):
            if not any(p.start < match.end() and match.start() < p.end for p in found):
                layer = ctx.resolve(concept, qualifiers_in(concept, match.group()))
                found.append(Place(match.start(), match.end(), layer))
    return sorted(found)


def _spatial(layer: LayerInfo, relation: str, distance: float = 0.0) -> Dict[str, object]:
    spec: Dict[str, object] = {"layer": layer.name, "relation": relation}
    if relation == "within":
        spec["distance_m"] = int(distance) if distance == int(distance) else distance
    return {"spatial": spec}


def read_requirements(reading: Reading, ctx: Context, lang: str) -> None:
    """"应进入合规园区", "确需建设的应进入工业园区", "入园": restrict, allowed only inside the park."""
    for place in find_places(reading, ctx):
        before = REQUIREMENT.search(reading.folded, 0, place.start)
        if place.layer is None or place.layer.concept not in PARKS or not before or not reading.is_free(*before.span()):
            continue
        end = place.end + (1 if reading.folded.startswith("内", place.end) else 0)
        _require_inside(reading, place.layer, (before.start(), before.end()), (place.start, end), lang)
    park = ctx.resolve("park", frozenset())
    for match in reading.free_matches(ENTER_PARK):
        if park is not None:
            verb = match.end() - 2
            _require_inside(reading, park, (match.start(), verb), (verb, match.end()), lang)


def _require_inside(reading: Reading, layer: LayerInfo, modal: Tuple[int, int], place: Tuple[int, int],
                    lang: str) -> None:
    words = reading.text[modal[0]:place[1]]
    name = label_in(layer.label_zh, layer.label_en, layer.name, lang)
    reading.add(Hit([modal], explain.effect(reading.text[modal[0]:modal[1]], "restrict", lang), role="effect",
                    effect="restrict"))
    reading.add(Hit([place], explain.spatial(words, "inside", name, 0, lang), role="only_if",
                    condition=_spatial(layer, "inside"), confidence=0.9))


def read_places(reading: Reading, ctx: Context, lang: str) -> None:
    """Distances ("岸线一公里范围内"), "X内" (touches X), "X外" (outside X), "在X"."""
    text = reading.folded
    for place in find_places(reading, ctx):
        if place.layer is None:
            continue
        start, end = place.start, place.end
        towards = TOWARDS.search(text, 0, start)
        distance = DISTANCE.match(text, end)
        if distance and reading.is_free(*distance.span()):
            metres = (parse_number(distance.group("num")) or 0) * (1000 if distance.group("unit") in KM else 1)
            relation, end = "within", distance.end()
            start = towards.start() if towards and reading.is_free(*towards.span()) else start
        elif _free_match(reading, OUTSIDE, end):
            relation, end, metres = "outside", _free_match(reading, OUTSIDE, end).end(), 0.0
            start -= 1 if text[start - 1:start] == "除" and reading.is_free(start - 1, start) else 0
        elif _free_match(reading, INSIDE, end) or text[start - 1:start] == "在":
            inside = _free_match(reading, INSIDE, end)
            relation, end, metres = "overlaps", inside.end() if inside else end, 0.0
        else:
            continue
        if metres <= 0 and relation == "within":
            continue
        start -= 1 if text[start - 1:start] == "在" and reading.is_free(start - 1, start) else 0
        if relation == "overlaps" and place.layer.concept in reading.scope:
            reading.take(start, end, "scope")
            continue
        name = label_in(place.layer.label_zh, place.layer.label_en, place.layer.name, lang)
        reading.add(Hit([(start, end)], explain.spatial(reading.text[start:end], relation, name, metres, lang),
                        condition=_spatial(place.layer, relation, metres), confidence=0.9))


def _free_match(reading: Reading, pattern: re.Pattern, at: int) -> Optional[re.Match]:
    """A match of the pattern right at ``at`` on unclaimed characters, or None."""
    match = pattern.match(reading.folded, at)
    return match if match and reading.is_free(*match.span()) else None


def read_thresholds(reading: Reading, ctx: Context, lang: str, only_if: bool) -> None:
    """Numbers with units compared with a declared attribute ("35蒸吨/小时以下", "投资额低于3亿元")."""
    text = reading.folded
    for quantity in find_quantities(text):
        if quantity.dimension == "length" or not reading.is_free(quantity.start, quantity.end):
            continue
        begin = reading.subclause_start(quantity.start)
        prefix = PREFIX.search(text, begin, quantity.start)
        suffix = SUFFIX.match(text, quantity.end)
        if bool(prefix) == bool(suffix):
            continue
        op = PREFIX_OPS[prefix.group().strip()] if prefix else SUFFIX_OPS[suffix.group().strip()]
        cmp_start = prefix.start() if prefix else quantity.start
        modal = ONLY_IF_MODAL.search(text, begin, cmp_start) if prefix else None
        modal = modal if modal and modal.end() > modal.start() and reading.is_free(*modal.span()) else None
        if bool(modal) != only_if:
            continue
        dimension, marks = TIME_BASES.get(quantity.dimension, quantity.dimension), []
        if dimension in TIME_MARKERS:
            marker = _time_marker(reading, dimension, begin, cmp_start)
            if marker is None and quantity.dimension in TIME_BASES:
                continue
            marks += [marker] if marker else []
        info = _choose(ctx, dimension, text[begin:quantity.start] + text[quantity.end:quantity.end + 8])
        if info is None:
            continue
        if modal and modal.group("modal") in ("不得", "不应", "不能"):
            if prefix.group().startswith("不"):
                continue
            op = NEGATED[op]
        end = suffix.end() if suffix else quantity.end
        start = modal.start() if modal else cmp_start
        spans = marks + [(cmp_start, end)] + _label_words(reading, info, begin, start, marks, backwards=True)
        after = _label_words(reading, info, end + text.startswith("的", end), len(text), marks, backwards=False)
        if modal:
            reading.add(Hit([modal.span()], explain.effect(reading.words(modal), "restrict", lang), role="effect",
                            effect="restrict"))
        spans = sorted(spans + after)
        words = reading.text[spans[0][0]:spans[-1][1]]
        value = in_unit(quantity.value, info.scale)
        why = explain.threshold(words, _label(info, lang), op, value, info.unit_in(lang), bool(modal), lang)
        reading.add(Hit(spans, why, role="only_if" if modal else "when", condition=_compare(info, op, value),
                        confidence=0.9))
        noun = reading.text[after[0][0]:after[-1][1]] if after else ""
        if op in ("<", "<=") and noun in info.presence:
            reading.add(Hit(after, explain.present(noun, _label(info, lang), lang), condition=_compare(info, ">", 0),
                            confidence=0.85))


def _compare(info: NumberInfo, op: str, value: float) -> Dict[str, object]:
    return {"attribute": {"name": info.name, "op": op, "value": value}}


def _label(info: NumberInfo, lang: str) -> str:
    return label_in(info.label_zh, info.label_en, info.name, lang)


def _time_marker(reading: Reading, dimension: str, begin: int, end: int) -> Optional[Tuple[int, int]]:
    """The last free 日 / 年 / 每小时 before a quantity in its sub-clause, which gives it a time base."""
    for marker in TIME_MARKERS.get(dimension, ()):
        at = reading.folded.rfind(marker, begin, end)
        if at >= 0 and reading.is_free(at, at + len(marker)):
            return at, at + len(marker)
    return None


def _choose(ctx: Context, dimension: str, around: str) -> Optional[NumberInfo]:
    """The one declared attribute of that dimension whose key words (投资, VOCs, 燃煤锅炉) are near the number."""
    found = [n for n in ctx.numbers if n.dimension == dimension and any(key in around for key in n.keys)]
    return found[0] if len(found) == 1 else None


def _label_words(reading: Reading, info: NumberInfo, start: int, end: int, marks: List[Tuple[int, int]],
                 backwards: bool) -> List[Tuple[int, int]]:
    """Runs of label words right before (or after) a threshold: 投资额, 日新鲜水用量, 燃煤锅炉."""
    found: List[Tuple[int, int]] = []
    text, at = reading.folded, end if backwards else start
    hop = {i for s, e in marks for i in range(s, e)}
    while start < at if backwards else at < end:
        here = at - 1 if backwards else at
        if here in hop or text[here].isspace():
            at += -1 if backwards else 1
            continue
        run = _longest(text, at, start, end, info.words, backwards)
        if not run or not reading.is_free(*run):
            break
        found.append(run)
        at = run[0] if backwards else run[1]
    return found


def _longest(text: str, at: int, start: int, end: int, words: Tuple[str, ...], backwards: bool
             ) -> Optional[Tuple[int, int]]:
    for size in range(min(8, (at - start) if backwards else (end - at)), 0, -1):
        piece = text[at - size:at] if backwards else text[at:at + size]
        if (size >= 2 and any(piece in word for word in words)) or (size == 1 and piece in LABEL_FILLERS):
            return (at - size, at) if backwards else (at, at + size)
    return None


def read_presence(reading: Reading, ctx: Context, lang: str) -> None:
    """"新建燃煤锅炉", "新增VOCs排放": a project that has the thing an attribute measures, attribute > 0."""
    for info in ctx.numbers:
        if not info.presence:
            continue
        pattern = words_pattern(info.presence, before="(?:新增|涉及|涉|产生)?")
        for match in reading.free_matches(pattern):
            reading.add(Hit([match.span()], explain.present(reading.words(match), _label(info, lang), lang),
                            condition=_compare(info, ">", 0), confidence=0.85))


def read_flags(reading: Reading, ctx: Context, lang: str) -> None:
    """Yes/no attributes named by their label ("国家重大基础设施", "不新增产能", "新增钢铁…产能")."""
    for info in ctx.flags:
        if not info.phrases_zh:
            continue
        name = label_in(info.label_zh, info.label_en, info.name, lang)
        pattern = words_pattern(info.phrases_zh, before="(?P<neg>不|无|未|非)?(?:涉及|属于)?")
        for match in reading.free_matches(pattern):
            negated = bool(match.group("neg"))
            condition = {"not": {"flag": info.name}} if negated else {"flag": info.name}
            why = explain.flag(reading.words(match), name, negated, lang)
            reading.add(Hit([match.span()], why, condition=condition,
                            confidence=0.85))
        for phrase in info.phrases_zh:
            if phrase.startswith("新增") and len(phrase) > 3:
                _split_flag(reading, info.name, name, phrase, lang)


def _split_flag(reading: Reading, flag: str, name: str, phrase: str, lang: str) -> None:
    """"新增钢铁、水泥熟料产能": 新增 … 产能 around a list that industries have already claimed."""
    for match in reading.free_matches(re.compile("新增")):
        tail = reading.folded.find(phrase[2:], match.end(), reading.sentence_end(match.end()))
        gap = range(match.end(), tail)
        if tail > match.end() and reading.is_free(tail, tail + len(phrase) - 2) and all(
                reading.owner[i] == "industry" or reading.folded[i] in "、和及与" for i in gap):
            spans = [match.span(), (tail, tail + len(phrase) - 2)]
            words = reading.text[match.start():spans[1][1]]
            reading.add(Hit(spans, explain.flag(words, name, False, lang), condition={"flag": flag}, confidence=0.85))
