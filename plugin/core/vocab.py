"""The closed vocabularies of a review: levels, dimensions, effects, statuses, verdicts."""

from typing import Dict, Tuple

LEVELS: Tuple[str, ...] = ("general", "category", "unit")

DIMENSIONS: Tuple[str, ...] = (
    "spatial_layout",
    "pollutant_emission",
    "risk_prevention",
    "resource_efficiency",
)

DIMENSION_FIELDS: Dict[str, Tuple[str, ...]] = {
    "spatial_layout": ("KJBJYS", "空间布局约束"),
    "pollutant_emission": ("PWWPFGK", "污染物排放管控"),
    "risk_prevention": ("HJFXFK", "环境风险防控"),
    "resource_efficiency": ("ZYKFXLYQ", "资源开发效率要求", "资源利用效率要求"),
}

EFFECTS: Tuple[str, ...] = ("prohibit", "restrict", "require", "allow", "text")

STATUSES: Tuple[str, ...] = (
    "conflict",
    "requirement",
    "needs_info",
    "manual_check",
    "exempted",
    "allowed",
    "not_applicable",
)

VERDICTS: Tuple[str, ...] = ("compliant", "needs_study", "non_compliant")

CATEGORIES: Tuple[str, ...] = ("priority", "key", "general")

CATEGORY_VALUES: Dict[str, Tuple[str, ...]] = {
    "priority": ("优先保护单元", "优先保护", "priority", "1"),
    "key": ("重点管控单元", "重点管控", "key", "2"),
    "general": ("一般管控单元", "一般管控", "general", "3"),
}

CONSTRUCTION: Tuple[str, ...] = ("new", "expansion", "renovation", "relocation", "upgrade")

CONSTRUCTION_VALUES: Dict[str, Tuple[str, ...]] = {
    "new": ("新建", "new"),
    "expansion": ("扩建", "改扩建", "expansion"),
    "renovation": ("改建", "renovation"),
    "relocation": ("迁建", "relocation"),
    "upgrade": ("技改", "技术改造", "upgrade"),
}

CATALOGUE: Tuple[str, ...] = ("encouraged", "restricted", "eliminated")

CATALOGUE_VALUES: Dict[str, Tuple[str, ...]] = {
    "encouraged": ("鼓励类", "鼓励", "encouraged"),
    "restricted": ("限制类", "限制", "restricted"),
    "eliminated": ("淘汰类", "淘汰", "eliminated"),
}

UNIT_CODE_FIELDS: Tuple[str, ...] = ("HJGKDYBM", "环境管控单元编码", "单元编码", "DYBM", "unit_code")
UNIT_NAME_FIELDS: Tuple[str, ...] = ("HJGKDYMC", "环境管控单元名称", "单元名称", "DYMC", "unit_name")
UNIT_CATEGORY_FIELDS: Tuple[str, ...] = (
    "ZHGKDYFL", "HJGKDYFL", "管控类别", "管控单元类别", "单元类别", "unit_category",
)


def normalise(value: object, table: Dict[str, Tuple[str, ...]]) -> str:
    """Map a free value (Chinese or English, any case) to its vocabulary id, or '' if unknown."""
    if value is None:
        return ""
    text = str(value).strip()
    if not text:
        return ""
    lowered = text.lower()
    for key, spellings in table.items():
        if lowered == key or text in spellings:
            return key
    for key, spellings in table.items():
        if any(s and len(s) > 1 and s in text for s in spellings):
            return key
    return ""
