"""The closed vocabularies of a review (levels, dimensions, effects, statuses, verdicts, unit categories,
construction natures, catalogue classes), the English words of declared units and the one normaliser every
written value goes through."""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, Optional, Tuple

from .verdicts import Status, Verdict

LEVELS: Tuple[str, ...] = ("general", "category", "unit")

DIMENSIONS: Tuple[str, ...] = (
    "spatial_layout",
    "pollutant_emission",
    "risk_prevention",
    "resource_efficiency",
)
INPUTS_DIMENSION = "inputs"  # findings about values the review could not understand, beside the four

DIMENSION_FIELDS: Dict[str, Tuple[str, ...]] = {
    "spatial_layout": ("KJBJYS", "空间布局约束"),
    "pollutant_emission": ("PWWPFGK", "污染物排放管控"),
    "risk_prevention": ("HJFXFK", "环境风险防控"),
    "resource_efficiency": ("ZYKFXLYQ", "资源开发效率要求", "资源利用效率要求"),
}

EFFECTS: Tuple[str, ...] = ("prohibit", "restrict", "require", "allow", "text")

STATUSES: Tuple[str, ...] = tuple(status.value for status in Status)
VERDICTS: Tuple[str, ...] = tuple(verdict.value for verdict in Verdict)

CATEGORIES: Tuple[str, ...] = ("priority", "key", "general")
CONSTRUCTION: Tuple[str, ...] = ("new", "expansion", "renovation", "relocation", "upgrade")
CATALOGUE: Tuple[str, ...] = ("encouraged", "restricted", "eliminated", "prohibited", "permitted")
NOT_LISTED = "permitted"  # 允许类: a project the catalogue does not list (an empty catalogue class)

# Chinese units of declared attributes as English text writes them after a number, the number unchanged
# (50000 万元 → 50000 (10,000 yuan)); a unit not listed is written as declared in both languages.
ENGLISH_UNITS: Dict[str, str] = {
    "万元": "(10,000 yuan)", "亿元": "(100 million yuan)", "元": "yuan",
    "蒸吨/小时": "t/h", "蒸吨": "t/h", "吨/小时": "t/h", "吨/年": "t/a", "吨/日": "t/d", "吨": "t",
    "万吨/年": "(10,000 t/a)", "立方米/日": "m³/d", "立方米/年": "m³/a", "立方米": "m³",
    "平方米": "m²", "公顷": "ha", "亩": "mu", "米": "m", "千米": "km", "公里": "km",
}
# SI units of declared attributes as Chinese text writes them, for a rule set that declares no unit_zh (m³/d →
# 立方米/日); t/h is left out: a boiler's is 蒸吨/小时, another machine's 吨/小时.
CHINESE_UNITS: Dict[str, str] = {
    "m³/d": "立方米/日", "m3/d": "立方米/日", "m³/a": "立方米/年", "m3/a": "立方米/年", "m³": "立方米", "m3": "立方米",
    "t/a": "吨/年", "t/d": "吨/日", "t": "吨", "m²": "平方米", "m2": "平方米", "ha": "公顷", "km": "千米", "m": "米",
}
QUALIFIER_START = "(-_:·—/"  # what may follow a full name in a qualified value: 重点管控单元（产业园区）
_SPACE = re.compile(r"\s+")


def canonical(value: object) -> str:
    """A written value as compared: full-width forms folded (NFKC), case folded, no white space."""
    return "" if value is None else _canonical_text(str(value))


@lru_cache(maxsize=4096)
def _canonical_text(text: str) -> str:
    """canonical() of a text (the same few values recur on every site and unit of a batch)."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text)).casefold()


@dataclass(frozen=True)
class Vocabulary:
    """A closed set of ids, each with its spellings (Chinese, English, synonyms; the id itself too).

    ``qualified``: a full name (two or more characters) followed by a bracketed or separated
    qualifier also names its id, as in 重点管控单元（产业园区） or 鼓励类-第一类, unless the qualifier names
    another id (鼓励类/限制类, 优先保护单元（重点管控）: which one is meant is not known); nothing else does.
    """

    name: str
    entries: Tuple[Tuple[str, Tuple[str, ...]], ...]
    qualified: bool = False
    _lookup: Dict[str, str] = field(default_factory=dict, init=False, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        """Index every spelling (as compared) by the id it names; the first id wins a shared spelling."""
        for key, spellings in self.entries:
            for spelling in filter(None, map(canonical, (key,) + spellings)):
                self._lookup.setdefault(spelling, key)

    @property
    def ids(self) -> Tuple[str, ...]:
        """The ids, in order."""
        return tuple(key for key, _spellings in self.entries)

    def id_of(self, value: object) -> str:
        """The id a written value names, or '' when it names none (or more than one)."""
        text = canonical(value)
        if not text:
            return ""
        found = self._lookup.get(text)
        if found is not None or not self.qualified:
            return found or ""
        named = {key: len(spelling) for spelling, key in sorted(self._lookup.items(), key=lambda item: len(item[0]))
                 if len(spelling) > 1 and text.startswith(spelling) and text[len(spelling)] in QUALIFIER_START}
        if len(named) != 1:
            return ""
        (key, length), = named.items()
        return "" if self._names_another(text[length:], key) else key

    def _names_another(self, qualifier: str, key: str) -> bool:
        """Whether a qualifier names another id (鼓励类/限制类, 优先保护单元/重点管控单元): two values, not one."""
        return any(len(spelling) > 1 and other != key and spelling in qualifier
                   for spelling, other in self._lookup.items())

    def clash(self) -> Optional[Tuple[str, str, str]]:
        """(spelling, first id, second id) when one spelling names two ids, else None."""
        owner: Dict[str, str] = {}
        for key, spellings in self.entries:
            for spelling in set(filter(None, map(canonical, (key,) + spellings))):
                if owner.setdefault(spelling, key) != key:
                    return spelling, owner[spelling], key
        return None


CATEGORY_VOCAB = Vocabulary("category", (
    ("priority", ("优先保护单元", "优先保护", "priority protection unit", "1")),
    ("key", ("重点管控单元", "重点管控", "key control unit", "2")),
    ("general", ("一般管控单元", "一般管控", "general control unit", "3")),
), qualified=True)

CONSTRUCTION_VOCAB = Vocabulary("construction", (
    ("new", ("新建", "new construction", "new build")),
    ("expansion", ("扩建", "改扩建", "extension")),
    ("renovation", ("改建", "reconstruction")),
    ("relocation", ("迁建", "异地迁建", "搬迁")),
    ("upgrade", ("技改", "技术改造", "technical upgrade", "technical renovation")),
))

CATALOGUE_VOCAB = Vocabulary("catalogue", (
    ("encouraged", ("鼓励类", "鼓励", "encouraged class")),
    ("restricted", ("限制类", "限制", "restricted class")),
    ("eliminated", ("淘汰类", "淘汰", "eliminated class")),
    ("prohibited", ("禁止类", "禁止准入类", "禁止", "prohibited class", "forbidden")),
    ("permitted", ("允许类", "允许", "not listed", "未列入", "permitted class", "allowed")),
), qualified=True)

JUDGEMENT_VOCAB = Vocabulary("judgement", (
    ("compliant", ("符合", "compliant", "complies", "met")),
    ("non_compliant", ("不符合", "non-compliant", "non compliant", "not compliant", "noncompliant")),
    ("not_applicable", ("不涉及", "not applicable", "n/a", "not relevant")),
    ("more_information", ("需补充材料", "more information needed", "more information", "needs information",
                          "more_information_needed")),
))

UNIT_CODE_FIELDS: Tuple[str, ...] = ("HJGKDYBM", "环境管控单元编码", "单元编码", "DYBM", "unit_code")
UNIT_NAME_FIELDS: Tuple[str, ...] = ("HJGKDYMC", "环境管控单元名称", "单元名称", "DYMC", "unit_name")
UNIT_CATEGORY_FIELDS: Tuple[str, ...] = (
    "ZHGKDYFL", "HJGKDYFL", "管控类别", "管控单元类别", "单元类别", "unit_category",
)
