"""The GB/T 4754-2017 table: counts, code spellings, prefix matching and search."""

import csv

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
