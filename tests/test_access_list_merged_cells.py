"""Cells merged down several rows, in Excel and in Word: a requirement merged down the rows of two units is each
unit's, a unit's cells merged down its own rows are read once. Excel keeps a merged range's text in its first
cell only (OGR reads the others as empty, so the merges are read from the workbook); Word repeats it in every row.
The expected rules are written out by hand from the tables."""

from tests.access_list_writers import UP, merge_cells, write_docx, write_xlsx
from zoning_review.plugin.core.rules.access_list_import import import_access_list, write_yaml

HEADER = ["序号", "环境管控单元编码", "环境管控单元名称", "空间布局约束", "污染物排放管控", "环境风险防控",
          "资源开发效率要求"]
SHARED = "1.园区企业应编制突发环境事件应急预案。\n2.建立园区环境风险防控体系。"
# Unit 1 spans two rows (序号, code, name, 污染物排放管控 and 资源开发效率要求 merged down them); 环境风险防控 is one
# cell merged down the rows of units 1 and 2 (the same requirement for both).
ROWS = [
    HEADER,
    ["1", "ZH13063220001", "雄县产业园区重点管控单元", "1.禁止新建化工项目。", "新增VOCs排放实行2倍削减替代。", SHARED,
     "执行用水定额标准。"],
    ["", "", "", "2.限制扩建钢铁项目。", "", "", ""],
    ["2", "ZH13063220002", "雄县城镇重点管控单元", "禁止新建燃煤锅炉。", "城镇污水处理率达到95%。", "", ""],
    ["3", "ZH13063210001", "雄县白洋淀优先保护单元", "禁止新建、扩建工业项目。", "", "", ""],
]
XLSX_MERGES = ["A3:A4", "B3:B4", "C3:C4", "E3:E4", "G3:G4", "F3:F5"]  # row 1: the writer's field names
WORD_ROWS = [ROWS[0], ROWS[1], [UP, UP, UP, ROWS[2][3], UP, UP, UP], [*ROWS[3][:5], UP, ""], ROWS[4]]
EXPECTED = {
    "ZH13063220001-SL-1": (["ZH13063220001"], "1.禁止新建化工项目。"),
    "ZH13063220001-SL-2": (["ZH13063220001"], "2.限制扩建钢铁项目。"),
    "ZH13063220001-PE": (["ZH13063220001"], "新增VOCs排放实行2倍削减替代。"),
    "ZH13063220001-RP-1": (["ZH13063220001"], "1.园区企业应编制突发环境事件应急预案。"),
    "ZH13063220001-RP-2": (["ZH13063220001"], "2.建立园区环境风险防控体系。"),
    "ZH13063220001-RE": (["ZH13063220001"], "执行用水定额标准。"),
    "ZH13063220002-SL": (["ZH13063220002"], "禁止新建燃煤锅炉。"),
    "ZH13063220002-PE": (["ZH13063220002"], "城镇污水处理率达到95%。"),
    "ZH13063220002-RP-1": (["ZH13063220002"], "1.园区企业应编制突发环境事件应急预案。"),
    "ZH13063220002-RP-2": (["ZH13063220002"], "2.建立园区环境风险防控体系。"),
    "ZH13063210001-SL": (["ZH13063210001"], "禁止新建、扩建工业项目。"),
}


def rules_of(result, tmp_path):
    """Rule id → (units, Chinese text) of the rule set written and loaded back with no message."""
    assert result.errors == [], result.errors
    check, _backup = write_yaml(result, str(tmp_path / "out.yaml"))
    assert check.ruleset is not None and check.messages == [], check.text("en")
    return {rule.id: (list(rule.units), rule.text_zh) for rule in check.ruleset.rules}


def test_cells_merged_down_an_excel_sheet_reach_every_unit_they_cover_once(tmp_path):
    path = tmp_path / "雄县准入清单.xlsx"
    write_xlsx(path, ROWS)
    merge_cells(path, XLSX_MERGES)
    result = import_access_list(str(path))
    assert rules_of(result, tmp_path) == EXPECTED
    assert (result.unit_count, result.rule_count) == (3, 11)
    assert result.warnings == []  # a merged code cell is the unit's, no guess to report


def test_cells_merged_down_a_word_table_are_read_once_for_a_unit(tmp_path):
    path = tmp_path / "雄县准入清单.docx"
    write_docx(path, [WORD_ROWS])
    result = import_access_list(str(path))
    assert rules_of(result, tmp_path) == EXPECTED
    assert result.warnings == []  # never "unit … appears again" for a code merged down its rows


LONG_HEADER = ["环境管控单元编码", "环境管控单元名称", "管控维度", "管控要求"]


def test_one_row_per_dimension_a_requirement_merged_down_two_dimensions_is_each_ones(tmp_path):
    rows = [LONG_HEADER,
            ["ZH13063220001", "雄县产业园区重点管控单元", "空间布局约束", "执行雄县总体准入要求。"],
            ["", "", "污染物排放管控", ""],
            ["", "", "", "新增VOCs排放实行2倍削减替代。"],
            ["ZH13063220002", "雄县城镇重点管控单元", "环境风险防控", "加强风险防控。"]]
    path = tmp_path / "雄县准入清单.xlsx"
    write_xlsx(path, rows)
    merge_cells(path, ["A3:A5", "B3:B5", "D3:D4", "C4:C5"])
    assert rules_of(import_access_list(str(path)), tmp_path) == {
        "ZH13063220001-SL": (["ZH13063220001"], "执行雄县总体准入要求。"),
        "ZH13063220001-PE": (["ZH13063220001"], "执行雄县总体准入要求。"),
        "ZH13063220001-PE.2": (["ZH13063220001"], "新增VOCs排放实行2倍削减替代。"),
        "ZH13063220002-RP": (["ZH13063220002"], "加强风险防控。"),
    }


GENERAL = "执行全市总体准入要求。"
# Unit 1's requirement is one cell across the four dimension columns; unit 2's spans the last two only; unit 3 has
# the same text typed in two cells of its own (one per dimension, as written).
ACROSS_ROWS = [
    HEADER,
    ["1", "ZH13063220001", "雄县产业园区重点管控单元", GENERAL, "", "", ""],
    ["2", "ZH13063220002", "雄县城镇重点管控单元", "禁止新建燃煤锅炉。", "城镇污水处理率达到95%。", GENERAL, ""],
    ["3", "ZH13063210001", "雄县白洋淀优先保护单元", GENERAL, GENERAL, "", ""],
]
ACROSS_EXPECTED = {
    "ZH13063220001-SL": (["ZH13063220001"], GENERAL),
    "ZH13063220002-SL": (["ZH13063220002"], "禁止新建燃煤锅炉。"),
    "ZH13063220002-PE": (["ZH13063220002"], "城镇污水处理率达到95%。"),
    "ZH13063220002-RP": (["ZH13063220002"], GENERAL),
    "ZH13063210001-SL": (["ZH13063210001"], GENERAL),
    "ZH13063210001-PE": (["ZH13063210001"], GENERAL),
}
ACROSS_WARNINGS = [
    "one requirement cell spans the columns 空间布局约束, 污染物排放管控, 环境风险防控, 资源开发效率要求; it was "
    "imported once, as a rule of Spatial layout constraints, not once for each column.",
    "one requirement cell spans the columns 环境风险防控, 资源开发效率要求; it was imported once, as a rule of "
    "Environmental risk prevention, not once for each column.",
]


def test_a_requirement_cell_across_the_dimension_columns_is_one_rule(tmp_path):
    from tests.access_list_writers import LEFT
    from zoning_review.plugin.core.review.site_review import render_reason

    xlsx = tmp_path / "雄县准入清单.xlsx"
    write_xlsx(xlsx, ACROSS_ROWS)
    merge_cells(xlsx, ["D3:G3", "F4:G4"])  # row 1: the writer's field names
    docx = tmp_path / "雄县准入清单.docx"
    word = [ACROSS_ROWS[0], [*ACROSS_ROWS[1][:4], LEFT, LEFT, LEFT], [*ACROSS_ROWS[2][:6], LEFT], ACROSS_ROWS[3]]
    write_docx(docx, [word])
    for path, rows in ((xlsx, ("Row 3", "Row 4")), (docx, ("Row 2 of table 1", "Row 3 of table 1"))):
        result = import_access_list(str(path))
        assert rules_of(result, tmp_path) == ACROSS_EXPECTED
        assert [render_reason(w) for w in result.warnings] == [f"{row}: {text}" for row, text in
                                                               zip(rows, ACROSS_WARNINGS)]
