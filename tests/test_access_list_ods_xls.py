"""OpenDocument (.ods) access lists with merged cells and codes stored as numbers, written by GDAL's ODS driver and
edited as LibreOffice stores merges and numbers: read as an xlsx workbook is (OGR reports neither the merges nor
the number cells in a column of text; the file's own XML does). An Excel 97-2003 (.xls) workbook, whose merges
cannot be read, is refused by name. The expected rules are written out by hand (test_access_list_merged_cells)."""

import zipfile

from tests.access_list_writers import edit_ods, write_ods, write_xlsx
from tests.test_access_list_code_cells import NUMBER_ADVICE, rendered
from tests.test_access_list_merged_cells import EXPECTED, ROWS, XLSX_MERGES, rules_of
from zoning_review.plugin.core.rules.access_list_import import import_access_list

XLS_REFUSED = ("{file} is an Excel 97-2003 workbook (.xls), whose merged cells the importer cannot see: a requirement "
               "merged over the rows of several units would be imported for the first of them only. Save it as an "
               "Excel workbook (.xlsx) or OpenDocument spreadsheet (.ods) and import that.")


def test_cells_merged_in_an_ods_sheet_reach_every_unit_they_cover_once(qgis_app, tmp_path):
    path = tmp_path / "雄县准入清单.ods"
    write_ods(path, ROWS)
    edit_ods(path, XLSX_MERGES)  # row 1: the writer's field names, as in the xlsx
    content = zipfile.ZipFile(path).read("content.xml").decode("utf-8")
    assert 'number-rows-spanned="3"' in content and "covered-table-cell" in content
    result = import_access_list(str(path))
    assert rules_of(result, tmp_path) == EXPECTED  # the shared 环境风险防控 cell is unit 2's too
    assert (result.unit_count, result.rule_count) == (3, 11)
    assert result.warnings == []


def test_codes_stored_as_numbers_in_an_ods_column_of_text_are_named_and_not_imported(qgis_app, tmp_path):
    rows = [["单元编码", "单元名称", "空间布局约束"], ["ZH13063210002", "甲", "禁止A"], ["0101", "乙", "禁止B"],
            ["13063210001", "丙", "禁止C"], ["13063210001", "丙", "禁止D"], ["ZH13063210003", "丁", "禁止E"]]
    path = tmp_path / "清单.ods"
    write_ods(path, rows)  # sheet row 1 holds GDAL's field names: the header is row 2
    edit_ods(path, ["A5:A6"], {"A4": "101", "A5": "13063210001"})  # the number merged down a further row
    result = import_access_list(str(path))
    warnings = [w for w in rendered(result) if NUMBER_ADVICE in w]
    assert [w.split(":")[0] for w in warnings] == ["Row 4", "Row 5", "Row 6"]
    assert "the unit code 101 is stored as a number" in warnings[0]
    assert sorted(result.unit_codes) == ["ZH13063210002", "ZH13063210003"]


def test_an_xls_workbook_is_refused_by_name_as_its_merges_cannot_be_read(qgis_app, tmp_path):
    written = tmp_path / "雄县准入清单.xlsx"
    write_xlsx(written, ROWS)
    path = written.rename(tmp_path / "雄县准入清单.xls")  # saved under the old name: refused before it is read
    result = import_access_list(str(path))
    assert [(e.template, e.values) for e in result.errors] == [(XLS_REFUSED, {"file": str(path)})]
    assert result.rule_count == 0 and result.yaml_text == ""
