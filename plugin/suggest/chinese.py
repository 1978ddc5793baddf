"""Reading a Chinese clause: every shape in its turn, each claiming the characters it understood."""

import re
from typing import Dict, FrozenSet, List, Tuple

from . import explain, industries
from .context import Context
from .reading import Hit, Reading, words_pattern
from .zh_shapes import find_places, read_flags, read_places, read_presence, read_requirements, read_thresholds

CATALOGUE = {"淘汰类": "eliminated", "限制类": "restricted", "鼓励类": "encouraged", "禁止准入类": "prohibited",
             "禁止类": "prohibited", "允许类": "permitted"}
TITLES = re.compile(r"《(?:产业结构调整指导目录|市场准入负面清单)(?:\(\d{4}年[本版]\))?》(?:中的?|所列的?)?")
RATIOS = re.compile(
    r"替代比例(?:不低于|不少于|为|按)?\s*\d+(?:\.\d+)?\s*:\s*1|按?\d+(?:\.\d+)?\s*:\s*1"
    r"|(?:区域内)?(?:等量或减量|等量|倍量|减量|(?:\d+(?:\.\d+)?|[一二两三四五])倍)(?:削减量?)?替代|倍量削减"
)
EFFECTS: Dict[str, str] = {
    **dict.fromkeys(("原则上不予准入", "原则上不予", "原则上不得", "原则上不再", "原则上禁止", "原则上严禁", "原则上不",
                     "严格限制", "严格控制", "限制", "严控"), "restrict"),
    **dict.fromkeys(("一律不得", "严禁", "禁止", "不得", "不予准入", "不予审批", "不予", "不允许", "不准", "不再"),
                    "prohibit"),
    **dict.fromkeys(("应当", "必须", "须", "应", "实施", "实行", "执行"), "require"),
    **dict.fromkeys(("鼓励", "优先准入", "优先引进", "优先发展", "优先布局", "允许", "支持"), "allow"),
}
# 应 is a modal only outside 应急, 供应, 相应, 响应, 适应, 对应, 效应, 反应.
EFFECT = re.compile("|".join(
    r"(?<![供相响适对效反])应(?![急用对])" if w == "应" else re.escape(w)
    for w in sorted(EFFECTS, key=len, reverse=True)))
CONSTRUCTION: Dict[str, Tuple[str, ...]] = {
    "改扩建": ("renovation", "expansion"), "新建": ("new",), "新上": ("new",), "扩建": ("expansion",),
    "改建": ("renovation",), "异地迁建": ("relocation",), "迁建": ("relocation",), "技术改造": ("upgrade",),
    "技改": ("upgrade",),
}
LIST_END = re.compile(r"等(?:(?:高耗能|高排放|高污染|重污染|大气重污染|产能严重过剩|产能过剩|重点|两高)+)?")
# A duty to be somewhere (进入园区, 迁至园区) is a condition, not prose to check by hand; so is any duty naming a place.
SITING = re.compile(r"进入|(?<!接)入园|(?<!接入)园|位于|布局|建在|迁入|入驻")
SCOPE = re.compile(r"(?:优先保护|重点管控|一般管控)单元(?:内)?")
# Words that carry no condition of their own: generic nouns for projects, connectives, intensifiers.
FILLERS = words_pattern((
    "建设项目", "开发建设", "建设活动", "开发性", "生产性", "项目", "建设", "工程", "企业", "行业", "产业", "各类",
    "任何", "一律", "严格", "依法", "准入", "原则上", "所有", "属于", "机组", "发展", "设施", "场", "厂", "的",
    "在", "于", "及其", "及", "和", "与", "或", "对", "其",
))


def read_zh(text: str, ctx: Context, lang: str, scope: FrozenSet[str] = frozenset()) -> Reading:
    """Read a Chinese clause shape by shape; the reading's hits and residual decide what is suggested."""
    reading = Reading(text, "zh", scope)
    _catalogue(reading, lang)
    _ratios(reading, lang)
    read_requirements(reading, ctx, lang)
    read_thresholds(reading, ctx, lang, only_if=True)
    _exceptions(reading, ctx, lang)
    _effects(reading, ctx, lang)
    read_places(reading, ctx, lang)
    read_thresholds(reading, ctx, lang, only_if=False)
    _industries(reading, lang)
    read_flags(reading, ctx, lang)
    read_presence(reading, ctx, lang)
    _construction(reading, lang)
    for pattern in (SCOPE, FILLERS):
        for match in reading.free_matches(pattern):
            reading.take(*match.span(), "filler")
    return reading


def _catalogue(reading: Reading, lang: str) -> None:
    """"淘汰类、限制类", with the catalogue's title around them."""
    for match in reading.free_matches(words_pattern(CATALOGUE)):
        value = CATALOGUE[match.group()]
        reading.add(Hit([match.span()], explain.catalogue(reading.words(match), [value], lang),
                        condition={"catalogue": [value]}, confidence=0.95))
    if any(h.condition and "catalogue" in h.condition for h in reading.hits):
        for match in reading.free_matches(TITLES):
            reading.take(*match.span(), "filler")


def _ratios(reading: Reading, lang: str) -> None:
    """"倍量替代", "2倍削减量替代", "1.5:1": a note for a check by hand (the language has no ratio)."""
    for match in reading.free_matches(RATIOS):
        reading.add(Hit([match.span()], explain.substitution(reading.words(match), lang), role="note"))


def _exceptions(reading: Reading, ctx: Context, lang: str) -> None:
    """"……除外" and "除……外": regions whose conditions exempt the project (a place alone is 'outside')."""
    places = find_places(reading, ctx)
    for match in reading.free_matches(re.compile(r"除(?P<c>[^,;。:]{1,40}?)(?:以)?外")):
        start, end = match.span("c")
        if any(p.start == start and p.end == end for p in places):
            continue
        _exception(reading, (start, end), [(match.start(), start), (end, match.end())], lang)
    for match in reading.free_matches(re.compile(r"(?P<de>的)?除外")):
        begin = reading.subclause_start(match.start())
        but = re.match(r"但是?", reading.folded[begin:])
        start = begin + (but.end() if but else 0)
        markers = [(begin, start)] if but else []
        if start < match.start():
            _exception(reading, (start, match.start()), markers + [match.span()], lang)


def _exception(reading: Reading, region: Tuple[int, int], markers: List[Tuple[int, int]], lang: str) -> None:
    reading.exceptions.append(region)
    why = explain.exception(reading.text[min(markers)[0]:max(markers)[1]], lang)
    reading.add(Hit([m for m in markers if m[1] > m[0]], why, role="except"), tag="marker")


def _effects(reading: Reading, ctx: Context, lang: str) -> None:
    """Modal words (禁止, 原则上不, 应, 鼓励); a duty after its modal is checked by hand unless it names a place."""
    for match in list(reading.free_matches(EFFECT)):
        if not reading.is_free(*match.span()):
            continue
        effect = EFFECTS.get(match.group(), "require")
        why = explain.effect(reading.words(match), effect, lang)
        reading.add(Hit([match.span()], why, role="effect", effect=effect))
        if effect == "require":
            end = min([reading.sentence_end(match.end())] + [s for s, _e in reading.exceptions if s >= match.end()]
                      + [m.start() for m in EFFECT.finditer(reading.folded, match.end()) if reading.is_free(*m.span())])
            if not SITING.search(reading.folded, match.end(), end) and not any(
                    match.end() <= place.start < end for place in find_places(reading, ctx)):
                reading.take(match.end(), end, "duty")


def _industries(reading: Reading, lang: str) -> None:
    """Industries named in words: the curated list words, then official GB/T 4754-2017 names."""
    names = industries.names_zh()
    for match in reading.free_matches(words_pattern(names)):
        word, codes = match.group(), list(names[match.group()])
        curated = industries.is_curated(word)
        why = explain.industry(word, industries.describe(codes, lang), curated, lang)
        reading.add(Hit([match.span()], why, condition={"industry": codes}, confidence=0.95 if curated else 0.8),
                    tag="industry")
    for match in reading.free_matches(LIST_END):
        if match.start() and reading.owner[match.start() - 1] == "industry":
            reading.add(Hit([match.span()], explain.open_list(reading.words(match), lang), role="note", confidence=0.9))


def _construction(reading: Reading, lang: str) -> None:
    """Construction natures: 新建, 扩建, 改建, 迁建, 技改 (改扩建 is 改建 and 扩建)."""
    for match in reading.free_matches(words_pattern(CONSTRUCTION)):
        values = list(CONSTRUCTION[match.group()])
        reading.add(Hit([match.span()], explain.construction(reading.words(match), values, lang),
                        condition={"construction": values}, confidence=0.95))
