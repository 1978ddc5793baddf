"""Numbered clauses inside a requirement cell: split where the text numbers them, nothing lost."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.access_list_writers import write_csv
from zoning_review.plugin.core.rules.access_list.clauses import numbers_out_of_sequence, split_clauses
from zoning_review.plugin.core.rules.access_list_import import import_access_list, write_yaml


@pytest.mark.parametrize("text, expected", [
    ("1-1 禁止新建。\n1-2 限制扩建。", [("1-1", "1-1 禁止新建。"), ("1-2", "1-2 限制扩建。")]),
    ("3-7 涉危企业编制应急预案。", [("3-7", "3-7 涉危企业编制应急预案。")]),
    ("1-1.【产业/禁止类】禁止A。1-2.【产业/限制类】限制B。",
     [("1-1", "1-1.【产业/禁止类】禁止A。"), ("1-2", "1-2.【产业/限制类】限制B。")]),
    ("（1）甲；（2）乙。", [("1", "（1）甲；"), ("2", "（2）乙。")]),
    ("1-1.禁止新建燃煤锅炉；10-20蒸吨/小时锅炉限期改造。\n1-2.限制新建化工项目。",  # a range after ；is no clause
     [("1-1", "1-1.禁止新建燃煤锅炉；10-20蒸吨/小时锅炉限期改造。"), ("1-2", "1-2.限制新建化工项目。")]),
    ("1-1 禁止甲。1-2 禁止乙；3-5公里内限制丙。\n2-1 控制丁。",
     [("1-1", "1-1 禁止甲。"), ("1-2", "1-2 禁止乙；3-5公里内限制丙。"), ("2-1", "2-1 控制丁。")]),
    ("1-1 禁止甲。\n3-1 控制丙。", [("1-1", "1-1 禁止甲。"), ("3-1", "3-1 控制丙。")]),
    ("(1) 甲\n(2) 乙", [("1", "(1) 甲"), ("2", "(2) 乙")]),
    ("执行总体要求，并：1.禁止甲。2.距河1.5公里内不得建设。3、控制丙",
     [("", "执行总体要求，并："), ("1", "1.禁止甲。"), ("2", "2.距河1.5公里内不得建设。"), ("3", "3、控制丙")]),
    ("一、甲\n二、乙", [("1", "一、甲"), ("2", "二、乙")]),
    ("1.甲：（1）子一；（2）子二\n2.乙", [("1", "1.甲：（1）子一；（2）子二"), ("2", "2.乙")]),
    ("①禁止甲。\n②限制乙。", [("1", "①禁止甲。"), ("2", "②限制乙。")]),
    ("严格执行：①甲；②乙；③丙。", [("", "严格执行："), ("1", "①甲；"), ("2", "②乙；"), ("3", "③丙。")]),
    ("（一）防控甲。\n（二）防控乙。", [("1", "（一）防控甲。"), ("2", "（二）防控乙。")]),
    ("3. 禁止新建化工项目。", [("3", "3. 禁止新建化工项目。")]),  # one clause alone keeps its number
    ("1.禁止新建化工项目。", [("1", "1.禁止新建化工项目。")]),
    ("（1）仅一项。", [("1", "（1）仅一项。")]),
    ("五、严控水耗。", [("5", "五、严控水耗。")]),
    ("④禁止甲。", [("4", "④禁止甲。")]),
    ("1）禁止甲；2）限制乙。", [("1", "1）禁止甲；"), ("2", "2）限制乙。")]),
    ("1)禁止甲；\n2)限制乙。", [("1", "1)禁止甲；"), ("2", "2)限制乙。")]),
])
def test_numbered_cells_are_split_at_their_numbers(text, expected):
    assert split_clauses(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("1、禁止新建下列项目：1.化工项目；2.钢铁项目。2、限制新建燃煤锅炉。",
     [("1", "1、禁止新建下列项目：1.化工项目；2.钢铁项目。"), ("2", "2、限制新建燃煤锅炉。")]),
    ("1.禁止新建下列项目：\n1、化工项目；\n2、钢铁项目。\n2.限制新建燃煤锅炉。",
     [("1", "1.禁止新建下列项目：\n1、化工项目；\n2、钢铁项目。"), ("2", "2.限制新建燃煤锅炉。")]),
    ("3、禁止新建下列项目：1.化工项目；2.钢铁项目。", [("3", "3、禁止新建下列项目：1.化工项目；2.钢铁项目。")]),
])
def test_items_numbered_1_2_inside_a_clause_numbered_the_other_way_stay_in_it(text, expected):
    assert split_clauses(text) == expected


@pytest.mark.parametrize("text", [
    "禁止新建2.5万吨以上项目。",            # a decimal, not a clause
    "禁止新建。10-20蒸吨锅炉限期淘汰。",    # a range inside a sentence
    "1.甲。3.乙。",                        # numbers out of sequence
    "总体要求：3. 禁止新建。",              # one number after a preamble
])
def test_text_without_a_clause_sequence_stays_whole(text):
    assert split_clauses(text) == [("", text)]


PIECES = ["1.", "2.", "3、", "1、", "（1）", "（2）", "1）", "2)", "1-1 ", "1-2 ", "2-1 ", "一、", "二、", "禁止新建",
          "化工项目", "。", "；", "\n", " ", "1.5公里", "10-20", "：", "甲"]


@settings(deadline=None)  # timing is no property of the split: a loaded CI machine may pause an example
@given(st.lists(st.sampled_from(PIECES), max_size=25))
def test_splitting_loses_and_repeats_nothing(pieces):
    text = "".join(pieces).strip()
    parts = split_clauses(text)
    assert re.sub(r"\s", "", "".join(part for _n, part in parts)) == re.sub(r"\s", "", text)
    numbers = [number for number, _part in parts if number]
    assert len(numbers) == len(set(numbers))
    assert all(part.strip() for _n, part in parts) or parts == [("", text)]


# A list with one clause per row (the unit's and the dimension's cells merged down) and a wide row whose cell
# holds one numbered clause: each rule id keeps the number reviewers cite, as in a cell of several clauses.
ONE_CLAUSE_A_ROW = [
    ["环境管控单元编码", "环境管控单元名称", "管控维度", "管控要求"],
    ["ZH13062920001", "容城县城镇重点管控单元", "空间布局约束", "1. 禁止新建化工项目。"],
    ["", "", "", "2. 限制扩建钢铁项目。"],
    ["", "", "", "3. 禁止新建燃煤锅炉。"],
    ["", "", "环境风险防控", "（2）建立应急体系。"],
]
WIDE = [
    ["环境管控单元编码", "环境管控单元名称", "空间布局约束", "污染物排放管控"],
    ["ZH13062920002", "容城县工业重点管控单元", "3. 禁止新建化工项目。", "新增VOCs实行2倍削减替代。"],
]


@pytest.mark.parametrize("rows, expected", [
    (ONE_CLAUSE_A_ROW, {"ZH13062920001-SL-1": "1. 禁止新建化工项目。", "ZH13062920001-SL-2": "2. 限制扩建钢铁项目。",
                        "ZH13062920001-SL-3": "3. 禁止新建燃煤锅炉。", "ZH13062920001-RP-2": "（2）建立应急体系。"}),
    (WIDE, {"ZH13062920002-SL-3": "3. 禁止新建化工项目。", "ZH13062920002-PE": "新增VOCs实行2倍削减替代。"}),
])
def test_a_clause_alone_in_its_cell_keeps_its_number_in_the_rule_id(tmp_path, rows, expected):
    path = tmp_path / "清单.csv"
    write_csv(path, rows)
    result = import_access_list(str(path))
    check, _backup = write_yaml(result, str(tmp_path / "rules.yaml"))
    assert {rule.id: rule.text_zh for rule in check.ruleset.rules} == expected


@pytest.mark.parametrize("text, expected", [
    ("（1）禁止甲。\n（3）禁止丙。\n（2）禁止乙。", ["（1）", "（3）", "（2）"]),
    ("1.禁止甲。\n1.禁止乙。", ["1.", "1."]),
    ("1、禁止甲。\n2、禁止乙。\n2、禁止丙。\n3、禁止丁。", ["1、", "2、", "2、", "3、"]),
    ("1-2 禁止甲。\n1-1 禁止乙。", ["1-2", "1-1"]),
    ("（1）禁止甲。\n（2）禁止乙。", []),
    ("1、甲：1.子一；2.子二\n2、乙", []),  # items 1. 2. inside clause 1、 are another style
    ("3. 禁止新建化工项目。", []),
    ("禁止新建化工项目。", []),
])
def test_clause_numbers_out_of_sequence_are_listed_as_written(text, expected):
    assert numbers_out_of_sequence(text) == expected


def test_a_cell_whose_clause_numbers_are_out_of_order_is_named(qgis_app, tmp_path):
    from zoning_review.plugin.core.review.site_review import render_reason

    path = tmp_path / "清单.csv"
    write_csv(path, [["单元编码", "空间布局约束", "污染物排放管控"],
                     ["ZH1", "（1）禁止甲。\n（3）禁止丙。\n（2）禁止乙。", "1.控制甲。\n2.控制乙。"]])
    result = import_access_list(str(path))
    assert [render_reason(w) for w in result.warnings] == [
        "Row 2: the clause numbers of its Spatial layout constraints cell are （1）, （3）, （2）, not one after the "
        "other; a number out of order or repeated was read as part of the clause before it. Check how the cell was "
        "split into rules."]
