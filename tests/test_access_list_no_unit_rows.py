"""Rows of a published list whose unit-code cell names no unit: a heading spanning the table (一、优先保护单元, a
Word cell across every column or an Excel range merged across the row) and a general or category-level row in
the unit table (code /, —, 全市). Each is named in a warning and not imported, never written as a rule of a unit
that no layer has. The expected rules and warnings are written out by hand from the tables."""

import pytest

from tests.access_list_writers import LEFT, merge_cells, write_docx, write_xlsx
from zoning_review.plugin.core.rules.access_list_import import import_access_list, write_yaml

HEADER = ["序号", "环境管控单元编码", "环境管控单元名称", "空间布局约束", "污染物排放管控", "环境风险防控",
          "资源开发效率要求"]
PRIORITY = ["1", "ZH13063810001", "雄县白洋淀优先保护单元", "禁止新建、扩建工业项目。", "", "", ""]
KEY = ["2", "ZH13063820001", "雄县产业园区重点管控单元", "1.禁止新建化工项目。", "新增VOCs排放实行2倍削减替代。",
       "", ""]
RULES = {
    "ZH13063810001-SL": (["ZH13063810001"], "禁止新建、扩建工业项目。"),
    "ZH13063820001-SL-1": (["ZH13063820001"], "1.禁止新建化工项目。"),
    "ZH13063820001-PE": (["ZH13063820001"], "新增VOCs排放实行2倍削减替代。"),
}
NOT_A_CODE = ("Row {row}: {value} in the unit-code column is not a unit code; the row was not imported. Add its "
              "requirements to the rule set by hand if they apply (such as general or category-level rules).")
NOT_A_CODE_IN_TABLE = (
    "Row {row} of table {table}: {value} in the unit-code column is not a unit code; the row was not imported. "
    "Add its requirements to the rule set by hand if they apply (such as general or category-level rules).")


def rules_of(result, tmp_path):
    """Rule id → (units, Chinese text) of the rule set written and loaded back with no message."""
    assert result.errors == [], result.errors
    check, _backup = write_yaml(result, str(tmp_path / "out.yaml"))
    assert check.ruleset is not None and check.messages == [], check.text("en")
    return {rule.id: (list(rule.units), rule.text_zh) for rule in check.ruleset.rules}


def report(result):
    return [(w.template, w.values) for w in result.warnings]


def test_headings_spanning_a_word_table_are_not_units(tmp_path):
    path = tmp_path / "雄县准入清单.docx"
    write_docx(path, [[HEADER, ["一、优先保护单元", *[LEFT] * 6], PRIORITY, ["二、重点管控单元", *[LEFT] * 6], KEY]])
    result = import_access_list(str(path))
    assert rules_of(result, tmp_path) == RULES
    assert result.unit_codes == ["ZH13063810001", "ZH13063820001"]
    assert report(result) == [(NOT_A_CODE_IN_TABLE, {"row": 2, "table": 1, "value": "一、优先保护单元"}),
                              (NOT_A_CODE_IN_TABLE, {"row": 4, "table": 1, "value": "二、重点管控单元"})]


def test_a_heading_merged_across_an_excel_row_is_not_a_unit(tmp_path):
    path = tmp_path / "雄县准入清单.xlsx"
    write_xlsx(path, [HEADER, ["1.优先保护单元", "", "", "", "", "", ""], PRIORITY, KEY])
    merge_cells(path, ["A3:G3"])  # row 1: the writer's field names
    result = import_access_list(str(path))
    assert rules_of(result, tmp_path) == RULES
    assert report(result) == [(NOT_A_CODE, {"row": 3, "value": "1.优先保护单元"})]


@pytest.mark.parametrize("code", ["/", "—", "全市", "一般管控单元"])
def test_a_general_row_in_the_unit_table_is_named_not_made_a_unit(tmp_path, code):
    path = tmp_path / "雄县准入清单.xlsx"
    write_xlsx(path, [HEADER, ["", code, "全县总体管控要求", "禁止新建燃煤锅炉。", "", "", ""],
                      ["", "", "", "严格控制高耗水项目。", "", "", ""], PRIORITY, KEY])
    result = import_access_list(str(path))
    assert rules_of(result, tmp_path) == RULES
    assert result.unit_codes == ["ZH13063810001", "ZH13063820001"]
    # the row below it, its code cell merged down, is no unit's either
    assert report(result) == [(NOT_A_CODE, {"row": 3, "value": code}),
                              ("Row {row} has no unit code and was skipped.", {"row": 4})]
