"""Every published spelling of the access-list columns: one table of data, extendable in the settings.

A header matches a role when, white space and letter case ignored, it equals one of the role's
spellings or contains one (the longest contained spelling wins, so 行政区划编码 is the district
column, not the unit code). ``IGNORED`` are columns that are known and not imported (序号, 行政区,
备注 …); a column matching nothing whose header has one of ``REQUIREMENT_HINTS`` is named in the
report as a requirement column the importer could not place.
"""

import re
from typing import Dict, List, Optional, Tuple

from ...model.results import Reason
from ...model.vocab import DIMENSIONS

ROLES: Tuple[str, ...] = ("code", "name", "category") + DIMENSIONS + ("dimension", "requirement")
LONG_ROLES: Tuple[str, ...] = ("dimension", "requirement")  # one row per unit and dimension: 管控维度 | 管控要求

SPELLINGS: Dict[str, Tuple[str, ...]] = {
    "code": (
        "code", "unit_code", "HJGKDYBM", "DYBM", "环境管控单元编码", "管控单元编码", "单元编码",
        "环境管控单元代码", "管控单元代码", "单元代码", "环境管控单元编号", "管控单元编号", "单元编号",
        "编码", "代码",
    ),
    "name": (
        "name", "unit_name", "HJGKDYMC", "DYMC", "环境管控单元名称", "管控单元名称", "单元名称", "名称",
    ),
    "category": (
        "category", "unit_category", "ZHGKDYFL", "HJGKDYFL", "环境管控单元类别", "管控单元类别",
        "单元类别", "管控类别", "环境管控单元分类", "管控单元分类", "单元分类", "管控分类",
        "环境管控单元类型", "管控单元类型", "单元类型", "类别", "分类",
    ),
    "spatial_layout": (
        "spatial_layout", "KJBJYS", "空间布局约束", "空间布局约束要求", "空间布局管控", "空间布局管控要求",
        "空间布局引导", "空间布局要求", "区域布局管控", "区域布局管控要求", "布局约束", "空间布局",
    ),
    "pollutant_emission": (
        "pollutant_emission", "PWWPFGK", "污染物排放管控", "污染物排放管控要求", "污染物排放控制",
        "污染物排放", "排放管控", "污染排放管控",
    ),
    "risk_prevention": (
        "risk_prevention", "HJFXFK", "环境风险防控", "环境风险防控要求", "环境风险管控", "环境风险防范",
        "风险防控", "环境风险",
    ),
    "resource_efficiency": (
        "resource_efficiency", "ZYKFXLYQ", "资源开发效率要求", "资源利用效率要求", "资源开发效率",
        "资源利用效率", "资源利用效率与能源开发效率", "资源开发利用效率", "资源开发利用要求", "能源资源利用",
        "资源能源利用", "资源能源利用效率", "资源利用",
    ),
    "dimension": ("dimension", "管控维度", "准入维度", "清单维度", "维度", "管控要求类型", "准入要求类型"),
    "requirement": (
        "requirement", "管控要求", "准入要求", "具体要求", "具体管控要求", "生态环境准入要求", "管控内容",
        "准入清单内容", "要求",
    ),
}

IGNORED: Tuple[str, ...] = (
    "序号", "编号", "No", "No.", "行政区", "行政区划", "行政区划代码", "所属行政区", "所在行政区",
    "省", "省份", "市", "地市", "县", "区县", "县（市、区）", "县(市、区)", "乡镇", "乡镇（街道）",
    "涉及乡镇", "涉及乡镇（街道）", "备注", "说明", "面积", "面积（平方公里）", "面积(km2)",
)

REQUIREMENT_HINTS: Tuple[str, ...] = (
    "要求", "管控", "约束", "防控", "效率", "准入", "布局", "排放", "风险", "资源", "能源", "措施", "引导",
    "清单",
)

HEADER_MAX_CHARS = 30  # longer cells are data, never headers


def key(text: str) -> str:
    """A header as compared: without white space, full-width brackets as ASCII, lower case."""
    text = str(text).replace("（", "(").replace("）", ")")
    return re.sub(r"\s+", "", text).lower()


def parse_extra(text: str) -> Tuple[Dict[str, Tuple[str, ...]], List[Reason]]:
    """User spellings from the settings, one role a line: ``空间布局约束: 布局管控, 空间准入``.

    The role before the colon (or =) may be any known spelling of it or its English id.
    """
    extra: Dict[str, List[str]] = {}
    errors = []
    for number, line in enumerate((text or "").splitlines(), start=1):
        if not line.strip() or line.strip().startswith("#"):
            continue
        found = re.match(r"\s*([^:：=]+)[:：=](.*)$", line)
        role = role_of(found.group(1)) if found else None
        if found is None or role is None:
            errors.append(Reason("Line {line} of the column spellings does not start with a known column "
                                 "(e.g. 空间布局约束: 布局管控, 空间准入): {text}",
                                 {"line": number, "text": line.strip()}))
            continue
        words = [w.strip() for w in re.split(r"[,，、;；]", found.group(2)) if w.strip()]
        extra.setdefault(role, []).extend(words)
    return {role: tuple(words) for role, words in extra.items()}, errors


def role_of(name: str) -> Optional[str]:
    """The role a name stands for: a role id or any of its exact spellings; None when unknown."""
    wanted = key(name)
    for role in ROLES:
        if wanted == role or any(wanted == key(s) for s in SPELLINGS[role]):
            return role
    return None


def spellings(extra: Dict[str, Tuple[str, ...]]) -> Dict[str, Tuple[str, ...]]:
    """The built-in spellings with the user's added (user's first)."""
    return {role: tuple(extra.get(role, ())) + SPELLINGS[role] for role in ROLES}
