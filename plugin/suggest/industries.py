"""Industries named in words → GB/T 4754-2017 codes: a curated table of list words, then the official names."""

import csv
import os
from functools import lru_cache
from typing import Dict, Iterable, List, NamedTuple, Optional, Tuple

from ..i18n import list_separator
from ..paths import DATA_DIR

TABLE_PATH = os.path.join(DATA_DIR, "gbt4754_2017.csv")
MIN_OFFICIAL_NAME = 4  # shorter official names (农业, 医院, 炼铁) are too common in prose to be read alone
NAME_ENDINGS = ("制品制造", "制造", "加工", "业")


class ListWord(NamedTuple):
    """A word that access lists use for an industry, the codes a careful reviewer writes, and why."""

    zh: Tuple[str, ...]
    en: Tuple[str, ...]
    codes: Tuple[str, ...]
    note: str


# The curated table: the words of published lists that are not (or not only) official names.
# Each entry says which part of GB/T 4754-2017 it means; a word whose reach is disputed is left out
# (两高, 重化工, 新材料, 火电, 网箱养殖), so that it suggests nothing rather than a guess.
LIST_WORDS: Tuple[ListWord, ...] = (
    ListWord(("化工",), ("chemical",), ("C26",), "化学原料和化学制品制造业, the usual sense of 化工 in lists"),
    ListWord(("石化", "石油化工"), ("petrochemical",), ("C25",), "石油、煤炭及其他燃料加工业"),
    ListWord(("炼油", "石油炼制", "原油加工"), ("oil refining",), ("C2511",), "原油加工及石油制品制造"),
    ListWord(("钢铁",), ("iron and steel", "steel"), ("C31",), "黑色金属冶炼和压延加工业"),
    ListWord(("炼铁",), ("iron-making", "iron making"), ("C3110",), "炼铁 (one class)"),
    ListWord(("炼钢",), ("steel-making", "steel making"), ("C3120",), "炼钢 (one class)"),
    ListWord(("有色", "有色金属"), ("non-ferrous",), ("C32",), "有色金属冶炼和压延加工业"),
    ListWord(("有色金属冶炼",), ("non-ferrous smelting",), ("C321", "C322", "C323"),
             "the three smelting groups of C32, without rolling (C324-C325)"),
    ListWord(("电解铝",), ("electrolytic aluminium", "electrolytic aluminum"), ("C3216",), "铝冶炼"),
    ListWord(("水泥", "水泥熟料"), ("cement", "cement clinker"), ("C3011",), "水泥制造 (clinker included)"),
    ListWord(("平板玻璃",), ("flat glass",), ("C3041",), "平板玻璃制造"),
    ListWord(("建材",), ("building materials",), ("C30",), "非金属矿物制品业"),
    ListWord(("焦化", "炼焦"), ("coking",), ("C2521",), "炼焦"),
    ListWord(("电镀",), ("electroplating",), ("C3360",), "金属表面处理及热处理加工, where 电镀 is classed"),
    ListWord(("燃煤发电",), ("coal-fired power",), ("D4411",), "火力发电"),
    ListWord(("印染",), ("printing and dyeing", "dyeing"), ("C1713", "C1723", "C1733", "C1743", "C1752", "C1762"),
             "the six 印染 / 染整精加工 classes of 纺织业"),
    ListWord(("造纸", "制浆造纸"), ("papermaking", "paper-making", "pulp and paper"), ("C221", "C222"),
             "纸浆制造 and 造纸, without paper products (C223)"),
    ListWord(("制革", "皮革鞣制"), ("tanning", "leather tanning"), ("C1910",), "皮革鞣制加工"),
    ListWord(("农药",), ("pesticide", "pesticides"), ("C263",), "农药制造"),
    ListWord(("原料药",), ("active pharmaceutical ingredient",), ("C2710",), "化学药品原料药制造"),
    ListWord(("医药",), ("pharmaceutical",), ("C27",), "医药制造业"),
    ListWord(("畜禽养殖", "畜禽"), ("livestock and poultry",), ("A031", "A032"), "牲畜饲养 and 家禽饲养"),
    ListWord(("水产养殖",), ("aquaculture",), ("A041",), "水产养殖"),
    ListWord(("危险废物处置", "危险废物利用处置", "危废处置"), ("hazardous-waste disposal", "hazardous waste disposal"),
             ("N7724",), "危险废物治理"),
    ListWord(("铅蓄电池",), ("lead-acid battery", "lead-acid batteries"), ("C3843",), "铅蓄电池制造"),
    ListWord(("铸造",), ("foundry",), ("C3391", "C3392"), "黑色金属铸造 and 有色金属铸造"),
    ListWord(("砖瓦",), ("brick and tile",), ("C3031",), "粘土砖瓦及建筑砌块制造"),
    ListWord(("集中供热",), ("district heating",), ("D4430",), "热力生产和供应"),
    ListWord(("污水处理厂", "城镇污水处理厂"), ("sewage treatment plant",), ("D4620",), "污水处理及其再生利用"),
    ListWord(("电子信息",), ("electronic information", "electronics"), ("C39",),
             "计算机、通信和其他电子设备制造业"),
    ListWord(("工业",), ("industrial",), ("B", "C", "D"),
             "采矿业, 制造业 and 电力、热力、燃气及水生产和供应业: industry in China's statistics"),
)


class CodeEntry(NamedTuple):
    """One row of the official table: normalised code, level, Chinese name."""

    code: str
    level: str
    name: str


@lru_cache(maxsize=1)
def official_table() -> Tuple[CodeEntry, ...]:
    """The rows of plugin/data/gbt4754_2017.csv with codes as the rule language writes them (C2614)."""
    with open(TABLE_PATH, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    section = {r["code"]: r["parent"] for r in rows if r["level"] == "division"}
    return tuple(CodeEntry(r["code"] if r["level"] == "section" else section[r["code"][:2]] + r["code"],
                           r["level"], r["name_zh"]) for r in rows)


@lru_cache(maxsize=1)
def _children() -> Dict[str, Tuple[str, ...]]:
    """The codes one level below each code."""
    found: Dict[str, List[str]] = {}
    for entry in official_table():
        if entry.level != "section":
            parent = entry.code[:-1] if entry.level != "division" else entry.code[0]
            found.setdefault(parent, []).append(entry.code)
    return {code: tuple(children) for code, children in found.items()}


def canonical_code(code: str) -> str:
    """A group with a single class is written as that class (C271 → C2710), as reviewers write it."""
    children = _children().get(code, ())
    return children[0] if len(code) == 4 and len(children) == 1 else code


def normalise_code(code: str) -> str:
    """A code as the rule language allows it (26, "2614", C26) in the lettered form (C26, C2614)."""
    code = code.strip().upper()
    if code[:1].isdigit():
        section = next((e.code[0] for e in official_table() if e.level == "division" and e.code[1:] == code[:2]), "")
        return section + code
    return code


def reduce_codes(codes: Iterable[str]) -> List[str]:
    """Codes in their first order, canonical, without repeats and without codes another code covers."""
    unique = list(dict.fromkeys(canonical_code(c) for c in codes))
    return [c for c in unique if not any(o != c and c.startswith(o) for o in unique)]


@lru_cache(maxsize=1)
def names_zh() -> Dict[str, Tuple[str, ...]]:
    """Chinese word → codes: the curated list words, then official names (and their stems) of 4+ characters."""
    words: Dict[str, Tuple[str, ...]] = {w: entry.codes for entry in LIST_WORDS for w in entry.zh}
    official: Dict[str, List[str]] = {}
    for entry in official_table():
        if "其他" in entry.name:
            continue
        for name in _name_forms(entry.name):
            official.setdefault(name, []).append(entry.code)
    for name, codes in official.items():
        if name not in words and "、" not in name:
            words[name] = tuple(reduce_codes(codes))
    return words


def _name_forms(name: str) -> List[str]:
    """An official name and its stem without a generic ending, both when long enough to be read alone."""
    forms = [name] + [name[: -len(end)] for end in NAME_ENDINGS if name.endswith(end)]
    return [form for form in forms if len(form) >= MIN_OFFICIAL_NAME]


def is_curated(word: str) -> bool:
    """True when a word comes from the curated table rather than the official names."""
    return any(word in entry.zh or word in entry.en for entry in LIST_WORDS)


@lru_cache(maxsize=1)
def names_en() -> Dict[str, Tuple[str, ...]]:
    """English word (lower case) → codes, from the curated table."""
    return {w: entry.codes for entry in LIST_WORDS for w in entry.en}


def describe(codes: Iterable[str], lang: Optional[str]) -> str:
    """Codes with their official Chinese names, for explanations in ``lang``: C26 化学原料和化学制品制造业."""
    names = {entry.code: entry.name for entry in official_table()}
    return list_separator(lang).join(f"{code} {names.get(code, '')}".strip() for code in codes)
