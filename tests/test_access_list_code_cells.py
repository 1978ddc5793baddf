"""Unit-code cells the importer cannot use as read: codes a workbook stores as numbers (their leading zeros lost)
are not imported, and codes with full-width characters or spaces inside are kept as written; each is named."""

import yaml
from osgeo import ogr

from tests.access_list_writers import merge_cells, store_as_numbers, write_csv, write_docx, write_xlsx
from zoning_review.plugin.core.review.site_review import render_reason
from zoning_review.plugin.core.rules.access_list_import import import_access_list
from zoning_review.plugin.core.rules.loader import load_ruleset

HEADER = ["单元编码", "单元名称", "空间布局约束"]
NUMBER_ADVICE = "Format the unit-code column as text in Excel"


def rendered(result):
    """The import's warnings as the log shows them."""
    return [render_reason(warning) for warning in result.warnings]


def written_units(result, tmp_path):
    """Every unit code of the written and loaded rule set."""
    out = tmp_path / "out.yaml"
    out.write_text(result.yaml_text, encoding="utf-8")
    loaded = load_ruleset(str(out))
    assert loaded.ruleset is not None, loaded.text()
    return sorted({code for rule in loaded.ruleset.rules for code in rule.units})


def test_codes_stored_as_numbers_in_a_column_of_text_are_named_and_not_imported(qgis_app, tmp_path):
    path = tmp_path / "清单.xlsx"
    rows = [HEADER, ["ZH13063210002", "甲", "禁止A"], ["0101", "乙", "禁止B"], ["13063210001", "丙", "禁止C"],
            ["13063210001", "丙", "禁止D"], ["ZH13063210003", "丁", "禁止E"]]
    write_xlsx(path, rows)  # sheet row 1 holds GDAL's field names: the header is row 2
    store_as_numbers(path, {"A4": "101", "A5": "1.3063210001E10"})
    merge_cells(path, ["A5:A6"])  # the number merged down a further row
    result = import_access_list(str(path))
    assert written_units(result, tmp_path) == ["ZH13063210002", "ZH13063210003"]
    warnings = [w for w in rendered(result) if NUMBER_ADVICE in w]
    assert [w.split(":")[0] for w in warnings] == ["Row 4", "Row 5", "Row 6"]
    assert "the unit code 101 is stored as a number" in warnings[0]
    assert "the unit code 1.3063210001E10 is stored as a number" in warnings[1]
    assert "1.3063210001E10" not in result.yaml_text and "101" not in result.unit_codes


def numeric_workbook(path, driver):
    """A sheet whose code column GDAL writes as numbers (a column formatted as a number), header in row 1."""
    source = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    layer = source.CreateLayer("准入清单", geom_type=ogr.wkbNone)
    for name, kind in (("单元编码", ogr.OFTReal), ("单元名称", ogr.OFTString), ("空间布局约束", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for code, name, text in ((101.0, "乙", "禁止B"), (13063210001.0, "丙", "禁止C")):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField(0, code)
        feature.SetField(1, name)
        feature.SetField(2, text)
        layer.CreateFeature(feature)
    source = None


def test_a_code_column_of_numbers_is_named_row_by_row_and_never_written(qgis_app, tmp_path):
    for driver, suffix in (("XLSX", "xlsx"), ("ODS", "ods")):
        path = tmp_path / f"清单.{suffix}"
        numeric_workbook(path, driver)
        result = import_access_list(str(path))
        warnings = [w for w in rendered(result) if NUMBER_ADVICE in w]
        assert [w.split(":")[0] for w in warnings] == ["Row 2", "Row 3"], driver
        assert "the unit code 13063210001 is stored as a number" in warnings[1]
        assert result.rule_count == 0 and result.unit_codes == []
        assert ".0" not in result.yaml_text.split("rules:")[1]


def test_full_width_codes_and_codes_with_spaces_are_named_as_probably_meant(qgis_app, tmp_path):
    rows = [HEADER, ["ＺＨ１３０６３２１０００１", "甲", "禁止A"], ["ZH 1306 3210002", "乙", "禁止B"],
            ["ZH13063210003、ZH13063210004　", "丙", "禁止C"], ["ZH13063210005", "丁", "禁止D"]]
    path = tmp_path / "清单.csv"
    write_csv(path, rows)
    result = import_access_list(str(path))
    assert written_units(result, tmp_path) == sorted(["ＺＨ１３０６３２１０００１", "ZH 1306 3210002", "ZH13063210003",
                                                      "ZH13063210004", "ZH13063210005"])  # kept as written
    odd = [w for w in rendered(result) if "full-width characters or spaces" in w]
    assert len(odd) == 2
    assert odd[0].startswith("Row 2: the unit code ＺＨ１３０６３２１０００１ ") and "If it is ZH13063210001," in odd[0]
    assert odd[1].startswith("Row 3: the unit code ZH 1306 3210002 ") and "If it is ZH13063210002," in odd[1]
    docx = tmp_path / "清单.docx"
    write_docx(docx, [rows[:3]])
    odd = [w for w in rendered(import_access_list(str(docx))) if "full-width characters or spaces" in w]
    assert [w.split(":")[0] for w in odd] == ["Row 2 of table 1", "Row 3 of table 1"]


def test_codes_written_as_numbers_in_a_csv_are_named_and_not_imported(qgis_app, tmp_path):
    path = tmp_path / "清单.csv"  # as Excel saves a code column formatted as a number
    write_csv(path, [HEADER, ["1.30632E+10", "甲", "禁止A"], ["13063210002.0", "乙", "禁止B"],
                     ["0101", "丙", "禁止C"], ["ZH13063210003", "丁", "禁止D"]])
    result = import_access_list(str(path))
    assert written_units(result, tmp_path) == ["0101", "ZH13063210003"]
    warnings = [w for w in rendered(result) if NUMBER_ADVICE in w]
    assert [w.split(" is written as a number")[0] for w in warnings] == [
        "Row 2: the unit code 1.30632E+10", "Row 3: the unit code 13063210002.0"]


def test_a_code_written_with_its_units_name_gives_the_code_and_is_named(qgis_app, tmp_path):
    rows = [HEADER, ["ZH13062930001（容城县一般管控单元1）", "容城县一般管控单元1", "禁止A"],
            ["ZH13062930002 容城县一般管控单元2", "容城县一般管控单元2", "禁止B"],
            ["ZH13062930003(容城县一般管控单元3)、ZH13062930004", "", "禁止C"],
            ["容城县一般管控单元5（ZH13062930005）", "", "禁止D"],
            ["ZH13062930006容城县一般管控单元6", "", "禁止E"],
            ["ZH13062930007", "容城县一般管控单元7", "禁止F"]]
    for path in (tmp_path / "清单.csv", tmp_path / "清单.xlsx"):
        (write_csv if path.suffix == ".csv" else write_xlsx)(path, rows)
        result = import_access_list(str(path))
        first = 2 if path.suffix == ".csv" else 3  # the xlsx writer's field names are row 1
        assert written_units(result, tmp_path) == sorted([
            "ZH13062930001", "ZH13062930002", "ZH13062930003", "ZH13062930004",
            "容城县一般管控单元5（ZH13062930005）", "ZH13062930006容城县一般管控单元6", "ZH13062930007"])
        rules = {rule["id"]: rule["units"] for rule in yaml.safe_load(result.yaml_text)["rules"]}
        assert rules["ZH13062930001-SL"] == ["ZH13062930001"]
        assert rules["ZH13062930003_ZH13062930004-SL"] == ["ZH13062930003", "ZH13062930004"]
        taken = "writes the unit's name beside its code; the code {} was taken."
        unlike = ("in the unit-code column does not look like a unit code (such as ZH13062930001); it was kept as "
                  "written, so its rules apply only to a unit coded exactly so. Write the unit's code alone in the "
                  "list and import again.")
        assert [w for w in rendered(result) if "several units" not in w] == [
            f"Row {first}: the unit-code cell ZH13062930001（容城县一般管控单元1） " + taken.format("ZH13062930001"),
            f"Row {first + 1}: the unit-code cell ZH13062930002 容城县一般管控单元2 " + taken.format("ZH13062930002"),
            f"Row {first + 2}: the unit-code cell ZH13062930003(容城县一般管控单元3) " + taken.format("ZH13062930003"),
            f"Row {first + 3}: 容城县一般管控单元5（ZH13062930005） " + unlike,
            f"Row {first + 4}: ZH13062930006容城县一般管控单元6 " + unlike,
        ]
