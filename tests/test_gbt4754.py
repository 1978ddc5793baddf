"""The GB/T 4754-2017 table: counts, code spellings, prefix matching and search."""

import csv
import re

import pytest

from zoning_review.plugin.core.rules import gbt4754


def test_counts_match_the_standard_as_amended():
    assert gbt4754.counts() == {"section": 20, "division": 97, "group": 473, "class": 1382}


def test_every_row_of_the_csv_is_loaded_once():
    with open(gbt4754.TABLE_PATH, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(gbt4754.table()) == len(rows) == 1972


@pytest.mark.parametrize(
    "text, expected",
    [
        ("C2614", "C2614"),
        ("c2614", "C2614"),
        (" C 2614 ", "C2614"),
        ("2614", "C2614"),
        ("26", "C26"),
        ("C26", "C26"),
        ("261", "C261"),
        ("C", "C"),
        ("c", "C"),
        ("0111", "A0111"),
        ("A041", "A041"),
        ("041", "A041"),
        ("4411", "D4411"),
        ("9233", "S9233"),
        ("A2614", ""),
        ("Z", ""),
        ("C26145", ""),
        ("", ""),
        (None, ""),
        ("水泥", ""),
        ("2", ""),
    ],
)
def test_normalise_code(text, expected):
    assert gbt4754.normalise_code(text) == expected


def test_lookup_gives_names_and_levels():
    entry = gbt4754.lookup("3011")
    assert (entry.code, entry.level, entry.name_zh, entry.section) == ("C3011", "class", "水泥制造", "C")
    assert gbt4754.lookup("C26").name_zh == "化学原料和化学制品制造业"
    assert gbt4754.lookup("C2699") is None


@pytest.mark.parametrize(
    "project, rule, expected",
    [
        ("C2614", "C26", True),
        ("C2614", "26", True),
        ("2614", "C", True),
        ("C2614", "C2614", True),
        ("C2614", "C261", True),
        ("C2614", "C25", False),
        ("C2614", "B", False),
        ("C26", "C2614", None),
        ("C", "C26", None),
        ("C3011", "C30", True),
        ("A0412", "A041", True),
        ("xx", "C26", False),
    ],
)
def test_prefix_match(project, rule, expected):
    assert gbt4754.prefix_match(project, rule) is expected


def test_search_by_chinese_name_puts_cement_manufacturing_near_the_top():
    codes = [e.code for e in gbt4754.search("水泥")][:5]
    assert "C3011" in codes
    assert all("水泥" in e.name_zh for e in gbt4754.search("水泥"))


def test_search_by_code_lists_the_subtree_first():
    found = gbt4754.search("2614")
    assert found[0].code == "C2614"
    assert [e.code for e in gbt4754.search("C261")] == ["C261", "C2611", "C2612", "C2613", "C2614", "C2619"]


def test_search_limit_and_empty_query():
    assert len(gbt4754.search("C", limit=7)) == 7
    assert gbt4754.search("  ") == []
    assert gbt4754.search("不存在的行业名称") == []


# English names: a translation by the plugin's authors (see plugin/data/gbt4754_2017.SOURCE.md).
# These values were written down from the standard's Chinese names, not read from the table.
WELL_KNOWN_EN = {
    "C": "Manufacturing",
    "C3011": "Manufacture of cement",
    "C301": "Manufacture of cement, lime and gypsum",
    "C26": "Manufacture of chemical raw materials and chemical products",
    "C2614": "Manufacture of organic chemical raw materials",
    "C31": "Smelting and pressing of ferrous metals",
    "C3120": "Steelmaking",
    "C3841": "Manufacture of lithium-ion batteries",
    "A0111": "Growing of rice",
    "B0610": "Mining and washing of bituminous coal and anthracite",
    "D4411": "Thermal power generation",
    "D4416": "Solar power generation",
    "N7724": "Hazardous waste treatment",
    "S9231": "Supervisory commissions",
    "T9700": "International organisations",
}
CJK = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]")


def test_every_row_has_an_english_name_without_chinese():
    with open(gbt4754.TABLE_PATH, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert all(row["name_en"] and row["name_en"] == row["name_en"].strip() for row in rows)
    assert not [row["code"] for row in rows if CJK.search(row["name_en"]) or not row["name_en"].isascii()]
    assert all(entry.name_en for entry in gbt4754.table().values())


@pytest.mark.parametrize("code, english", sorted(WELL_KNOWN_EN.items()))
def test_well_known_english_names(code, english):
    assert gbt4754.lookup(code).name_en == english


def test_name_follows_the_language():
    entry = gbt4754.lookup("3011")
    assert (entry.name("en"), entry.name("zh")) == ("Manufacture of cement", "水泥制造")


def test_a_group_printed_as_one_row_has_the_same_english_name_as_its_class():
    assert gbt4754.lookup("C134").name_en == gbt4754.lookup("C1340").name_en == "Sugar manufacturing"


def test_search_in_english_finds_the_chemical_industries():
    found = gbt4754.search("chemical")
    codes = [e.code for e in found]
    assert {"C26", "C261", "C2614", "C2661", "C28"} <= set(codes), codes
    assert codes.index("C26") < codes.index("C2614"), "the division before its classes"
    assert all("chemical" in e.name_en.lower() for e in found)
    assert [e.code for e in gbt4754.search("Chemical")] == codes, "case is ignored"


def test_search_in_english_ranks_the_exact_name_first():
    assert gbt4754.search("manufacture of cement")[0].code == "C3011"
    assert [e.code for e in gbt4754.search("cement")][:2] == ["C301", "C302"]
    assert "C3011" in [e.code for e in gbt4754.search("cement")][:5]
