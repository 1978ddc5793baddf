"""Rows without a unit code that belong to the unit above: a unit's code cell merged down its rows in an
xlsx sheet (OGR reads the merged rows' cells as empty) and a row split across two Word tables (the
continuation table's first row has an empty code cell). Such a row is joined to the unit directly above
it, named in the import report; never across a header, never below a row that is no unit's. The expected
rules are written out by hand from the tables."""

from tests.access_list_writers import LEFT, UP, write_docx, write_xlsx
from tests.test_access_list_layouts import imported_rules
from zoning_review.plugin.core.rules.access_list_import import import_access_list

HEADER = ["序号", "环境管控单元编码", "环境管控单元名称", "管控单元类别", "空间布局约束", "污染物排放管控",
          "环境风险防控", "资源开发效率要求"]
# The first unit's 序号, code, name and category cells are merged down three rows: OGR gives them empty.
MERGED_DOWN = [
    HEADER,
    ["1", "ZH13062920001", "容城县产业园区重点管控单元", "重点管控单元", "1.禁止新建化工项目。\n2.限制扩建钢铁项目。",
     "新增VOCs排放实行倍量替代。", "", ""],
    ["", "", "", "", "严禁新建燃煤锅炉。", "", "建立园区环境风险防控体系。", ""],
    ["", "", "", "", "", "", "", "实行用水总量控制。"],
    ["2", "ZH13062910001", "白洋淀优先保护单元", "优先保护单元", "禁止新建工业项目。", "", "", ""],
]
MERGED_DOWN_RULES = {
    "ZH13062920001-SL-1": "1.禁止新建化工项目。",
    "ZH13062920001-SL-2": "2.限制扩建钢铁项目。",
    "ZH13062920001-PE": "新增VOCs排放实行倍量替代。",
    "ZH13062920001-SL": "严禁新建燃煤锅炉。",
    "ZH13062920001-RP": "建立园区环境风险防控体系。",
    "ZH13062920001-RE": "实行用水总量控制。",
    "ZH13062910001-SL": "禁止新建工业项目。",
}
JOINED = "Row {row} has no unit code; it was read as a further row of unit {code} directly above it."
JOINED_IN_TABLE = ("Row {row} of table {table} has no unit code; it was read as a further row of unit {code} "
                   "directly above it.")
SPLIT = ("Row {row} of table {table} has no unit code; it was read as the rest of the row of unit {code} that "
         "ends the table before (a row split across two tables).")
SKIPPED = "Row {row} has no unit code and was skipped."
SKIPPED_IN_TABLE = "Row {row} of table {table} has no unit code and was skipped."


def report(result):
    return [(w.template, w.values) for w in result.warnings]


def test_a_code_cell_merged_down_an_xlsx_sheet_joins_its_rows_to_the_unit(tmp_path):
    path = tmp_path / "清单.xlsx"
    write_xlsx(path, MERGED_DOWN)
    result = import_access_list(str(path))
    assert imported_rules(result, tmp_path) == MERGED_DOWN_RULES
    assert (result.unit_count, result.rule_count) == (2, 7)
    # the sheet's rows: the writer's field names c0, c1 … are row 1, the header row 2, the first unit row 3
    assert report(result) == [(JOINED, {"row": 4, "code": "ZH13062920001"}),
                              (JOINED, {"row": 5, "code": "ZH13062920001"})]


def test_a_row_with_no_code_below_a_row_that_is_no_unit_is_skipped(tmp_path):
    rows = [HEADER, MERGED_DOWN[1], ["", "", "", "", "", "", "", ""], MERGED_DOWN[2], MERGED_DOWN[4]]
    path = tmp_path / "清单.xlsx"
    write_xlsx(path, rows)
    result = import_access_list(str(path))
    assert set(imported_rules(result, tmp_path)) == {
        "ZH13062920001-SL-1", "ZH13062920001-SL-2", "ZH13062920001-PE", "ZH13062910001-SL"}
    assert report(result) == [(SKIPPED, {"row": 5})]


def test_a_row_with_no_code_is_never_joined_across_a_header(tmp_path):
    rows = [HEADER, MERGED_DOWN[1], HEADER, MERGED_DOWN[2], MERGED_DOWN[4]]  # the header printed again
    path = tmp_path / "清单.xlsx"
    write_xlsx(path, rows)
    result = import_access_list(str(path))
    assert "ZH13062920001-SL" not in imported_rules(result, tmp_path)
    assert report(result) == [(SKIPPED, {"row": 5})]


def test_a_row_with_another_units_name_is_not_joined(tmp_path):
    rows = [HEADER, MERGED_DOWN[1], ["3", "", "某某一般管控单元", "一般管控单元", "原则上不新建两高项目。", "", "", ""]]
    path = tmp_path / "清单.xlsx"
    write_xlsx(path, rows)
    result = import_access_list(str(path))
    assert set(imported_rules(result, tmp_path)) == {"ZH13062920001-SL-1", "ZH13062920001-SL-2", "ZH13062920001-PE"}
    assert report(result) == [(SKIPPED, {"row": 4})]


WORD_HEADER = [["环境管控单元编码", "环境管控单元名称", "管控要求", LEFT, LEFT, LEFT],
               [UP, UP, "空间布局约束", "污染物排放管控", "环境风险防控", "资源开发效率要求"]]
FIRST_PAGE = WORD_HEADER + [
    ["ZH13063820001", "雄县产业园区重点管控单元", "1.禁止新建化工项目。", "新增VOCs排放实行2倍削减替代。", "", ""],
    ["ZH13063820002", "雄县城镇重点管控单元", "（1）禁止新建燃煤锅炉。\n（2）限制新建", "", "", ""],
]
# The second unit's row goes on over the page: the rest of its cells in the next table, code and name empty;
# its cells' texts are read whole, the part above and the rest below it.
SECOND_PAGE = [
    ["", "", "高耗水项目。", "城镇污水处理率达到95%。", "", "执行用水定额标准。"],
    ["ZH13063810001", "雄县白洋淀优先保护单元", "禁止新建、扩建工业项目。", "", "", ""],
]
WORD_RULES = {
    "ZH13063820001-SL-1": "1.禁止新建化工项目。",
    "ZH13063820001-PE": "新增VOCs排放实行2倍削减替代。",
    "ZH13063820002-SL-1": "（1）禁止新建燃煤锅炉。",
    "ZH13063820002-SL-2": "（2）限制新建\n高耗水项目。",  # the clause's two halves, one above the other
    "ZH13063820002-PE": "城镇污水处理率达到95%。",
    "ZH13063820002-RE": "执行用水定额标准。",
    "ZH13063810001-SL": "禁止新建、扩建工业项目。",
}


def test_a_row_split_across_two_word_tables_joins_the_unit_above(tmp_path):
    path = tmp_path / "雄县清单.docx"
    write_docx(path, [FIRST_PAGE, SECOND_PAGE])
    result = import_access_list(str(path))
    assert imported_rules(result, tmp_path) == WORD_RULES
    assert (result.unit_count, result.rule_count) == (3, 7)
    assert report(result) == [(SPLIT, {"row": 1, "table": 2, "code": "ZH13063820002"})]


def test_a_continuation_table_that_repeats_the_header_joins_nothing(tmp_path):
    path = tmp_path / "雄县清单.docx"
    write_docx(path, [FIRST_PAGE, WORD_HEADER + SECOND_PAGE])
    result = import_access_list(str(path))
    rules = imported_rules(result, tmp_path)
    assert "ZH13063820002-SL" not in rules and "ZH13063820002-PE" not in rules
    assert report(result) == [(SKIPPED_IN_TABLE, {"row": 3, "table": 2})]


def test_a_further_row_below_the_split_row_is_joined_as_a_row_of_its_own(tmp_path):
    path = tmp_path / "雄县清单.docx"
    further = ["", "", "", "", "建立突发环境事件应急体系。", ""]
    write_docx(path, [FIRST_PAGE, SECOND_PAGE[:1] + [further] + SECOND_PAGE[1:]])
    result = import_access_list(str(path))
    assert imported_rules(result, tmp_path) == {**WORD_RULES, "ZH13063820002-RP": "建立突发环境事件应急体系。"}
    assert report(result) == [(SPLIT, {"row": 1, "table": 2, "code": "ZH13063820002"}),
                              (JOINED_IN_TABLE, {"row": 2, "table": 2, "code": "ZH13063820002"})]


NUMBERS_IN_TABLE = ("Row {row} of table {table}: the clause numbers of its {dimension} cell are {numbers}, not one "
                    "after the other; a number out of order or repeated was read as part of the clause before it. "
                    "Check how the cell was split into rules.")


def test_clause_numbers_out_of_order_in_a_cell_split_across_two_tables_are_named_once(tmp_path):
    """The cell's part above the page break was checked, then the whole cell again: the warning came twice."""
    path = tmp_path / "雄县清单.docx"
    split_row = ["ZH13063820002", "雄县城镇重点管控单元", "（1）禁止新建燃煤锅炉。\n（3）限制新建", "", "", ""]
    first = FIRST_PAGE[:-1] + [split_row]
    write_docx(path, [first, SECOND_PAGE])
    result = import_access_list(str(path))
    rules = imported_rules(result, tmp_path)
    assert rules["ZH13063820002-SL"] == "（1）禁止新建燃煤锅炉。\n（3）限制新建\n高耗水项目。"  # the cell whole
    numbering = [(w.template, w.values["row"], w.values["table"], w.values["numbers"].items) for w in result.warnings
                 if w.template == NUMBERS_IN_TABLE]
    assert numbering == [(NUMBERS_IN_TABLE, 1, 2, ("（1）", "（3）"))]
    assert [w.template for w in result.warnings] == [SPLIT, NUMBERS_IN_TABLE]
