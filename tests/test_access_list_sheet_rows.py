"""Excel sheets as agencies save them: the list starting below empty rows, a hidden row, a hidden column. The rows OGR
reads must stay lined up with the merged cells and the number cells read from the sheet's own XML, so that a
requirement merged down two units' rows reaches those two units, and the rows named in warnings are the sheet's. What
the workbook hides is imported (never dropped) and named, to be checked against the published list.
The expected rules are written out by hand from the sheets."""

from tests.access_list_writers import write_excel_sheet
from zoning_review.plugin.core.review.site_review import render_reason
from zoning_review.plugin.core.rules.access_list_import import import_access_list, write_yaml

HEADER = ["序号", "环境管控单元编码", "环境管控单元名称", "空间布局约束", "污染物排放管控"]
SHARED = "新增VOCs排放实行2倍削减替代。"
UNITS = [
    ["1", "ZH13063220001", "雄县产业园区重点管控单元", "1.禁止新建化工项目。\n2.限制扩建钢铁项目。", SHARED],
    ["2", "ZH13063220002", "雄县城镇重点管控单元", "禁止新建燃煤锅炉。", ""],  # its 污染物排放管控: merged from above
    ["3", "ZH13063210001", "雄县白洋淀优先保护单元", "禁止新建、扩建工业项目。", "严格控制入淀污染物。"],
    ["4", "", "", "", "禁止设置排污口。"],  # no code: a further row of unit 3
]
EXPECTED = {
    "ZH13063220001-SL-1": (["ZH13063220001"], "spatial_layout", "1.禁止新建化工项目。"),
    "ZH13063220001-SL-2": (["ZH13063220001"], "spatial_layout", "2.限制扩建钢铁项目。"),
    "ZH13063220001-PE": (["ZH13063220001"], "pollutant_emission", SHARED),
    "ZH13063220002-SL": (["ZH13063220002"], "spatial_layout", "禁止新建燃煤锅炉。"),
    "ZH13063220002-PE": (["ZH13063220002"], "pollutant_emission", SHARED),
    "ZH13063210001-SL": (["ZH13063210001"], "spatial_layout", "禁止新建、扩建工业项目。"),
    "ZH13063210001-PE": (["ZH13063210001"], "pollutant_emission", "严格控制入淀污染物。"),
    "ZH13063210001-PE.2": (["ZH13063210001"], "pollutant_emission", "禁止设置排污口。"),
}


def rules_of(result, tmp_path):
    """Rule id → (units, dimension, text) of the rule set written and loaded back with no message."""
    assert result.errors == [], result.errors
    check, _backup = write_yaml(result, str(tmp_path / "out.yaml"))
    assert check.ruleset is not None and check.messages == [], check.text("en")
    return {rule.id: (list(rule.units), rule.dimension, rule.text_zh) for rule in check.ruleset.rules}


def warned_rows(result):
    """The warnings as the log shows them, in English."""
    return [render_reason(warning, "en") for warning in result.warnings]


def test_a_list_below_three_empty_rows_keeps_its_merged_cells_on_their_rows(tmp_path):
    path = tmp_path / "雄县准入清单.xlsx"
    rows = {4: HEADER, **{5 + i: unit for i, unit in enumerate(UNITS)}}  # rows 1-3 empty, the header in row 4
    # 序号 stored as numbers, as Excel does; SHARED merged down the rows of units 1 and 2 (sheet rows 5 and 6)
    write_excel_sheet(path, rows, merges=["E5:E6"], numbers=["A5", "A6", "A7", "A8"])
    result = import_access_list(str(path))
    assert rules_of(result, tmp_path) == EXPECTED
    assert warned_rows(result) == [
        "Row 8 has no unit code; it was read as a further row of unit ZH13063210001 directly above it."]


def test_a_hidden_row_and_a_hidden_column_keep_the_merged_cells_on_their_rows(tmp_path):
    path = tmp_path / "雄县准入清单.xlsx"
    # A hidden column B (an internal number) before the code column; unit 1's row 3 hidden; SHARED merged down the
    # rows of units 1 and 2 (rows 3 and 4), the code of unit 3 merged down its two rows (5 and 6).
    header = [HEADER[0], "内部编号", *HEADER[1:]]
    units = [[unit[0], f"N{i}", *unit[1:]] for i, unit in enumerate(UNITS, start=1)]
    units[3][2] = ""
    rows = {1: ["雄县生态环境准入清单"], 2: header, **{3 + i: unit for i, unit in enumerate(units)}}
    write_excel_sheet(path, rows, merges=["A1:F1", "F3:F4", "C5:C6", "D5:D6"], hidden_rows=[3], hidden_columns=[2])
    result = import_access_list(str(path))
    assert rules_of(result, tmp_path) == EXPECTED
    assert warned_rows(result) == [  # unit 3's code merged down its rows: no guess to report; what is hidden, named
        "Row 3 is hidden in the workbook; it was imported as any other row: check its rules against the published "
        "list.",
        "Column B is hidden in the workbook; it was read as any other column: check the rules it gave against the "
        "published list."]
