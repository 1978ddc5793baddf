"""Importing real-world access-list tables (#15): line breaks in headers, merged two-row headers,
non-ASCII unit codes, a wrong sheet name, and no invalid rule set left behind."""

import csv

import pytest
from qgis.core import QgsProcessingException

from tests.test_access_list_import import write_xlsx
from zoning_review.plugin.core.model.results import Listed
from zoning_review.plugin.core.rules.access_list_import import import_access_list, write_yaml

DIMENSIONS_ZH = ["空间布局约束", "污染物排放管控", "环境风险防控", "资源开发效率要求"]


def write_rows(path, rows):
    """A UTF-8 CSV file of these rows."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)


def loaded_rules(result, tmp_path):
    """The imported rule set written and loaded back: rule id → rule."""
    assert result.errors == [], result.errors
    check, _backup = write_yaml(result, str(tmp_path / "out.yaml"))
    assert check.ruleset is not None, check.text("en")
    return {rule.id: rule for rule in check.ruleset.rules}


def test_header_cells_with_line_breaks(tmp_path):
    path = tmp_path / "breaks.csv"
    write_rows(path, [["环境管控单元\n编码", "单元\n名称", "空间布局\n约束", "污染物排放\r\n管控"],
                      ["ZH13062910001", "甲单元", "禁止新建工业项目。", "总量控制。"]])
    rules = loaded_rules(import_access_list(str(path)), tmp_path)
    assert sorted(rules) == ["ZH13062910001-PE", "ZH13062910001-SL"]
    explicit = import_access_list(str(path), {"code": "环境管控单元编码", "spatial_layout": "空间布局约束"})
    assert sorted(loaded_rules(explicit, tmp_path)) == sorted(rules)  # the unmapped column is still detected


def test_merged_two_row_headers(tmp_path):
    path = tmp_path / "merged.csv"
    write_rows(path, [["序号", "环境管控单元编码", "环境管控单元名称", "管控要求", "", "", ""],
                      ["", "", "", *DIMENSIONS_ZH[:3]],
                      ["1", "ZH13062920001", "乙单元", "禁止新建化工项目。", "", "加强风险防控。"]])
    rules = loaded_rules(import_access_list(str(path)), tmp_path)
    assert sorted(rules) == ["ZH13062920001-RP", "ZH13062920001-SL"]
    assert rules["ZH13062920001-SL"].text_zh == "禁止新建化工项目。"
    mapping = {"code": "环境管控单元编码", "name": "环境管控单元名称", "spatial_layout": "空间布局约束",
               "risk_prevention": "环境风险防控"}
    assert sorted(loaded_rules(import_access_list(str(path), mapping), tmp_path)) == sorted(rules)


def test_non_ascii_unit_codes_keep_their_own_rules(tmp_path):
    path = tmp_path / "codes.csv"
    write_rows(path, [["单元编码", "空间布局约束"], ["甲01", "甲的要求。"], ["乙01", "乙的要求。"], ["01", "另一个。"]])
    rules = loaded_rules(import_access_list(str(path)), tmp_path)
    assert len(rules) == 3
    assert sorted(rule.units for rule in rules.values()) == [("01",), ("乙01",), ("甲01",)]
    assert {rule.units[0]: rule.text_zh for rule in rules.values()}["乙01"] == "乙的要求。"


def test_a_wrong_sheet_name_lists_the_sheets(tmp_path):
    path = tmp_path / "清单.xlsx"
    write_xlsx(path)
    result = import_access_list(str(path), sheet="Sheet1")
    assert result.errors[0].template == "{file} has no sheet {sheet}; its sheets are: {sheets}."
    assert result.errors[0].values["sheets"] == Listed(("准入清单",))


def test_a_rule_set_that_does_not_load_is_not_left_behind(zr_processing, tmp_path):
    import processing

    table = tmp_path / "list.xlsx"
    write_xlsx(table)
    out = tmp_path / "rules.yaml"
    with pytest.raises(QgsProcessingException, match="id"):
        processing.run("zoningreview:importaccesslist", {"INPUT": str(table), "RULESET_ID": "not an id!",
                                                          "OUTPUT": str(out)})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.xlsx"]


def test_xlsx_header_cells_with_line_breaks(tmp_path):
    from osgeo import ogr

    path = tmp_path / "breaks.xlsx"
    source = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    layer = source.CreateLayer("清单", geom_type=ogr.wkbNone)
    for i in range(3):
        layer.CreateField(ogr.FieldDefn(f"c{i}", ogr.OFTString))
    for values in (["环境管控单元\n编码", "空间布局\n约束", "环境风险\n防控"], ["ZH13063810002", "禁止。", "防控。"]):
        feature = ogr.Feature(layer.GetLayerDefn())
        for i, value in enumerate(values):
            feature.SetField(i, value)
        layer.CreateFeature(feature)
    source = None
    rules = loaded_rules(import_access_list(str(path)), tmp_path)
    assert sorted(rules) == ["ZH13063810002-RP", "ZH13063810002-SL"]
