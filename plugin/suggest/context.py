"""What a rule set lets a suggestion say: its declared number and yes/no attributes and constraint layers."""

import re
from dataclasses import dataclass
from typing import Any, Dict, FrozenSet, Mapping, Optional, Tuple

from ..core.model.vocab import ENGLISH_UNITS
from .units import scale_of

BRACKETS = re.compile(r"[（(][^）)]*[）)]")
FLAG_PREFIXES = ("是否属于", "是否为", "是否", "属于", "为")
# Measure words that end a number attribute's label; the noun before them is the thing measured, and
# naming that thing (新建燃煤锅炉, 新增VOCs排放) means "attribute > 0". Labels ending otherwise have none.
PRESENCE_SUFFIXES = {"蒸发量": "", "容量": "", "排放量": "排放"}
# Other spellings of words found in labels (each is common in lists and unambiguous).
TERM_ALIASES: Dict[str, Tuple[str, ...]] = {
    "VOCs": ("挥发性有机物", "VOCS"),
    "投资": ("固定资产投资", "投资额"),
    "新鲜水": ("取水", "用水"),
}
# Concept of a layer, from words of its label: (concept, Chinese words, English words); first match wins.
LAYER_CONCEPTS: Tuple[Tuple[str, Tuple[str, ...], Tuple[str, ...]], ...] = (
    ("chemical_park", ("化工园区", "化工集中区"), ("chemical park",)),
    ("park", ("园区", "集聚区"), ("industrial park",)),
    ("bank", ("岸线", "河岸"), ("bank", "shoreline")),
    ("red_line", ("红线",), ("red line",)),
    ("water_source", ("水源",), ("water source", "source zone")),
    ("nature_reserve", ("自然保护区",), ("nature reserve",)),
    ("built_up", ("建成区",), ("built-up", "built up")),
)
# Qualifiers that narrow a place, each with its spellings; a phrase's qualifiers must be the label's
# (for banks: among the label's, since a bank layer of the Yangtze and its tributaries is also "岸线").
QUALIFIERS: Dict[str, Tuple[Tuple[str, Tuple[str, ...]], ...]] = {
    "bank": (("长江", ("长江", "yangtze")), ("黄河", ("黄河", "yellow river")), ("干支流", ("干支流",)),
             ("干流", ("干流", "main stream")), ("支流", ("支流", "tributaries", "tributary"))),
    "water_source": (("一级", ("一级", "grade i")), ("二级", ("二级", "grade ii")), ("准", ("准保护区",))),
    "nature_reserve": (("核心区", ("核心区", "core zone")), ("缓冲区", ("缓冲区", "buffer zone")),
                       ("实验区", ("实验区", "experimental zone"))),
}
SUBSET_QUALIFIED = ("bank",)


def qualifiers_in(concept: str, text: str) -> FrozenSet[str]:
    """The qualifiers of a concept that a text names (longest spelling first, each piece counted once)."""
    spellings = sorted(((s, token) for token, names in QUALIFIERS.get(concept, ()) for s in names),
                       key=lambda pair: len(pair[0]), reverse=True)
    found, rest = set(), text.lower()
    for spelling, token in spellings:
        pattern = rf"(?<![a-z]){re.escape(spelling)}(?![a-z])"
        if re.search(pattern, rest):
            found.add(token)
            rest = re.sub(pattern, " ", rest)
    return frozenset(found)


@dataclass(frozen=True)
class LayerInfo:
    """A declared constraint layer: its name, the concept its label names, and its label's qualifiers."""

    name: str
    concept: str
    qualifiers: FrozenSet[str]
    label_zh: str
    label_en: str


@dataclass(frozen=True)
class NumberInfo:
    """A declared number attribute: unit, label words, key words a compared number needs nearby, presence."""

    name: str
    dimension: str
    scale: float
    unit: str
    label_zh: str
    label_en: str
    words: Tuple[str, ...]
    keys: Tuple[str, ...]
    presence: Tuple[str, ...]
    unit_zh: str = ""

    def unit_in(self, lang: str) -> str:
        """The unit as the reasons write it: Chinese by ``unit_zh`` when declared, English in English words (万元 →
        (10,000 yuan)), else as declared."""
        if lang == "en":
            return ENGLISH_UNITS.get(self.unit.strip(), self.unit)
        return self.unit_zh.strip() or self.unit


@dataclass(frozen=True)
class FlagInfo:
    """A declared yes/no attribute and the phrases its label gives, in Chinese and English."""

    name: str
    phrases_zh: Tuple[str, ...]
    phrases_en: Tuple[str, ...]
    label_zh: str
    label_en: str


@dataclass(frozen=True)
class Context:
    """The declared attributes and layers of one rule set, as the recognisers use them."""

    layers: Tuple[LayerInfo, ...]
    numbers: Tuple[NumberInfo, ...]
    flags: Tuple[FlagInfo, ...]

    def resolve(self, concept: str, qualifiers: FrozenSet[str]) -> Optional[LayerInfo]:
        """The one declared layer a place phrase names, or None when there is none or more than one."""
        subset = concept in SUBSET_QUALIFIED
        found = [layer for layer in self.layers if layer.concept == concept
                 and (qualifiers <= layer.qualifiers if subset else qualifiers == layer.qualifiers)]
        return found[0] if len(found) == 1 else None


def _labels(declared: Mapping[str, Any]) -> Tuple[str, str]:
    label = declared.get("label") or {}
    return str(label.get("zh", "")), str(label.get("en", ""))


def _layer(name: str, declared: Mapping[str, Any]) -> LayerInfo:
    zh, en = _labels(declared)
    concept = next((c for c, words_zh, words_en in LAYER_CONCEPTS
                    if any(w in zh for w in words_zh) or any(w in en.lower() for w in words_en)), "")
    return LayerInfo(name, concept or f"label:{name}", qualifiers_in(concept, f"{zh} {en}"), zh, en)


def _number(name: str, declared: Mapping[str, Any]) -> Optional[NumberInfo]:
    zh, en = _labels(declared)
    units = [declared.get("unit", ""), declared.get("unit_zh", "")] + list(declared.get("unit_aliases", []))
    scale = next(filter(None, (scale_of(u) for u in units)), None)
    if scale is None:
        return None
    core = BRACKETS.sub("", zh).strip()
    nouns: Tuple[str, ...] = ()
    presence: Tuple[str, ...] = ()
    for suffix, verb in PRESENCE_SUFFIXES.items():
        if core.endswith(suffix) and len(core) > len(suffix):
            nouns = _with_aliases(core[: -len(suffix)])
            presence = tuple(f"{n}{verb}" for n in nouns) + (tuple(f"{verb}{n}" for n in nouns) if verb else ())
    terms = tuple(w for t in TERM_ALIASES if t in core for w in _with_aliases(t))
    keys = tuple(dict.fromkeys(nouns + terms)) or (core,)
    return NumberInfo(name, scale[0], scale[1], str(declared.get("unit", "")), zh, en, (core,) + terms, keys,
                      presence, str(declared.get("unit_zh", "")))


def _with_aliases(term: str) -> Tuple[str, ...]:
    """A label term and its other spellings."""
    return (term,) + next((aliases for word, aliases in TERM_ALIASES.items() if word == term), ())


def _flag(name: str, declared: Mapping[str, Any]) -> FlagInfo:
    zh, en = _labels(declared)
    core = BRACKETS.sub("", zh).strip().rstrip("？?")
    core = next((core[len(p):] for p in FLAG_PREFIXES if core.startswith(p) and len(core) > len(p) + 1), core)
    phrases = [core] + ([core[:-2]] if core.endswith("项目") and len(core) > 4 else [])
    phrases += [core[2:] + "排放"] if core.startswith("排放") and len(core) > 3 else []
    return FlagInfo(name, tuple(phrases), (english_words(en),) if en else (), zh, en)


def english_words(text: str) -> str:
    """English text compared word by word: lower case, hyphens as spaces, plural endings dropped."""
    words = re.findall(r"[a-z0-9]+", text.lower().replace("-", " "))
    return " ".join(_singular(w) for w in words)


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def make_context(attributes: Optional[Mapping[str, Any]], layers: Optional[Mapping[str, Any]]) -> Context:
    """The context of a rule set's ``attributes:`` and ``layers:`` mappings (plain dicts as in the YAML)."""
    attributes, layers = attributes or {}, layers or {}
    numbers = [_number(n, a) for n, a in attributes.items() if a.get("type") == "number"]
    return Context(
        layers=tuple(_layer(n, layer or {}) for n, layer in layers.items()),
        numbers=tuple(n for n in numbers if n is not None),
        flags=tuple(_flag(n, a) for n, a in attributes.items() if a.get("type") == "boolean"),
    )


def scope_of(rule: Mapping[str, Any], kinds: Optional[Mapping[str, Any]]) -> FrozenSet[str]:
    """Place concepts a rule's own category already means: in a kind of park units, "园区内" is no condition."""
    kind = (kinds or {}).get(rule.get("category", "")) if rule.get("level") == "category" else None
    if not kind:
        return frozenset()
    zh, en = _labels(kind)
    words = " ".join([zh, en.lower()] + [str(v) for v in kind.get("values", [])])
    return frozenset(c for c, words_zh, words_en in LAYER_CONCEPTS
                     if any(w in words for w in words_zh) or any(w in words for w in words_en))
