"""Importing published access-list tables (xlsx through OGR, GBK and UTF-8 CSV)."""

import csv
from pathlib import Path

import pytest
from osgeo import ogr

from zoning_review.plugin.core.rules.access_list_import import (
    detect_mapping,
    import_access_list,
    reason_templates,
    write_yaml,
)
from zoning_review.plugin.core.rules.loader import load_ruleset

HEADERS = [
    "序号",
    "环境管控单元编码",
    "环境管控单元名称",
    "管控单元类别",
    "空间布局约束",
    "污染物排放管控",
    "环境风险防控",
    "资源开发效率要求",
]
ROWS = [
    [
        "1",
        "ZH13062910001",
        "容城县白洋淀周边湿地优先保护单元",
        "优先保护单元",
        "禁止新建、扩建工业项目。",
        "",
        "加强淀区风险防控。",
        "",
    ],
    [
        "2",
        "ZH13062920001",
        "容城县城镇重点管控单元",
        "重点管控单元",
        "禁止新建化工项目。",
        "新增VOCs实施2倍削减替代。",
        "",
        "严格用水总量控制。",
    ],
    ["3", "", "", "", "", "", "", ""],
    ["4", "", "无编码单元", "一般管控单元", "原则上不新建两高项目。", "", "", ""],
]


def write_xlsx(path: Path, title_row: bool = False) -> None:
    """An xlsx sheet written through GDAL's XLSX driver (all cells text).

    GDAL writes its own field names (c0, c1, …) as sheet row 1, so the header is on row 2
    (row 3 with a title row), like published sheets with a caption above the table.
    """
    source = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    layer = source.CreateLayer("准入清单", geom_type=ogr.wkbNone)
    width = len(HEADERS)
    for i in range(width):
        layer.CreateField(ogr.FieldDefn(f"c{i}", ogr.OFTString))
    lines = [["附件：雄安新区环境管控单元准入清单"] + [""] * (width - 1)] if title_row else []
    for values in lines + [HEADERS] + ROWS:
        feature = ogr.Feature(layer.GetLayerDefn())
        for i, value in enumerate(values):
            if value:
                feature.SetField(i, value)
        layer.CreateFeature(feature)
    source = None


def write_csv(path: Path, encoding: str, headers=None) -> None:
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers or HEADERS)
        writer.writerows(ROWS)


def check_result(result, tmp_path):
    assert result.errors == []
    assert result.mapping == {
        "code": "环境管控单元编码",
        "name": "环境管控单元名称",
        "category": "管控单元类别",
        "spatial_layout": "空间布局约束",
        "pollutant_emission": "污染物排放管控",
        "risk_prevention": "环境风险防控",
        "resource_efficiency": "资源开发效率要求",
    }
    assert (result.rule_count, result.unit_count) == (5, 2)
    out = tmp_path / "imported.yaml"
    write_yaml(result, str(out))
    loaded = load_ruleset(str(out))
    assert loaded.ruleset is not None, loaded.text("en")
    rules = {r.id: r for r in loaded.ruleset.rules}
    assert sorted(rules) == [
        "ZH13062910001-RP",
        "ZH13062910001-SL",
        "ZH13062920001-PE",
        "ZH13062920001-RE",
        "ZH13062920001-SL",
    ]
    assert rules["ZH13062920001-PE"].text_zh == "新增VOCs实施2倍削减替代。"
    assert rules["ZH13062920001-PE"].units == ("ZH13062920001",)
    assert {r.effect for r in rules.values()} == {"text"}
    assert {r.level for r in rules.values()} == {"unit"}
    return result


def test_import_xlsx_written_through_gdal(tmp_path):
    path = tmp_path / "清单.xlsx"
    write_xlsx(path)
    result = check_result(import_access_list(str(path)), tmp_path)
    assert [w.values for w in result.warnings] == [{"row": 5}, {"row": 6}]


def test_import_xlsx_with_a_title_row_above_the_header(tmp_path):
    path = tmp_path / "titled.xlsx"
    write_xlsx(path, title_row=True)
    result = check_result(import_access_list(str(path)), tmp_path)
    assert [w.values for w in result.warnings] == [{"row": 6}, {"row": 7}]


@pytest.mark.parametrize("encoding", ["gbk", "utf-8", "utf-8-sig"])
def test_import_csv_in_gbk_and_utf8(tmp_path, encoding):
    path = tmp_path / f"list_{encoding}.csv"
    write_csv(path, encoding)
    if encoding == "gbk":
        with pytest.raises(UnicodeDecodeError):
            path.read_bytes().decode("utf-8")
    result = check_result(import_access_list(str(path)), tmp_path)
    assert {w.template for w in result.warnings} == {"Row {row} has no unit code and was skipped."}
    assert [w.values for w in result.warnings] == [{"row": 4}, {"row": 5}]


def test_explicit_mapping_for_unusual_headers(tmp_path):
    headers = ["No", "Unit ID", "Unit", "Class", "Layout", "Emission", "Risk", "Resources"]
    path = tmp_path / "english.csv"
    write_csv(path, "utf-8", headers)
    assert "code" not in detect_mapping(headers)
    assert import_access_list(str(path)).errors[0].template.startswith("No header row")
    mapping = {
        "code": "Unit ID",
        "name": "Unit",
        "spatial_layout": "Layout",
        "pollutant_emission": "Emission",
        "risk_prevention": "Risk",
        "resource_efficiency": "Resources",
    }
    meta = {
        "id": "xiongan-2024",
        "title": {"zh": "雄安清单", "en": "Xiong'an list"},
        "authority": {"zh": "雄安新区生态环境局"},
        "effective": "2024-06-01",
        "region": {"zh": "雄安新区"},
    }
    result = import_access_list(str(path), mapping=mapping, metadata=meta)
    out = tmp_path / "out.yaml"
    write_yaml(result, str(out))
    loaded = load_ruleset(str(out)).ruleset
    assert loaded.metadata.id == "xiongan-2024" and loaded.metadata.title_en == "Xiong'an list"
    assert len(loaded.rules) == 5


@pytest.mark.parametrize(
    "headers, expected",
    [
        (
            ["HJGKDYBM", "HJGKDYMC", "ZHGKDYFL", "KJBJYS", "PWWPFGK", "HJFXFK", "ZYKFXLYQ"],
            {
                "code": "HJGKDYBM",
                "name": "HJGKDYMC",
                "category": "ZHGKDYFL",
                "spatial_layout": "KJBJYS",
                "pollutant_emission": "PWWPFGK",
                "risk_prevention": "HJFXFK",
                "resource_efficiency": "ZYKFXLYQ",
            },
        ),
        (
            ["单元编码", "单元名称", "空间布局约束要求", "资源利用效率要求"],
            {
                "code": "单元编码",
                "name": "单元名称",
                "spatial_layout": "空间布局约束要求",
                "resource_efficiency": "资源利用效率要求",
            },
        ),
        (
            ["管控单元 编码", "管控单元名称", "环境风险防控 要求"],
            {"code": "管控单元 编码", "name": "管控单元名称", "risk_prevention": "环境风险防控 要求"},
        ),
    ],
)
def test_detect_mapping(headers, expected):
    assert detect_mapping(headers) == expected


def test_missing_or_unreadable_file(tmp_path):
    assert (
        import_access_list(str(tmp_path / "none.xlsx")).errors[0].template.startswith("The file {file} does not exist")
    )
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a spreadsheet")
    assert "cannot be opened" in import_access_list(str(junk)).errors[0].template


def test_duplicate_codes_get_numbered_ids(tmp_path):
    path = tmp_path / "dup.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["单元编码", "空间布局约束"])
        writer.writerows([["ZH1", "甲"], ["ZH1", "乙"]])
    result = import_access_list(str(path))
    assert "ZH1-2-SL" in result.yaml_text
    assert result.warnings[0].values == {"code": "ZH1", "row": 3}


def test_templates_are_listed():
    listed = set(reason_templates())
    assert "Row {row} has no unit code and was skipped." in listed
