"""Access lists in the header layouts agencies publish (Guangdong, Hangzhou, Guizhou, Beijing, a merged
two-row header in Word continued over pages, title rows with 序号 and a note row), written as xlsx,
GBK CSV and docx: every dimension column is used, every other column is named, numbered clauses
keep their numbers in the rule ids. The expected rules are written out by hand from the tables."""

import csv
from typing import Dict, List

import pytest
import yaml

from tests.access_list_writers import LEFT, UP, write_csv, write_docx, write_ods, write_xlsx
from zoning_review.plugin.core.model.vocab import DIMENSIONS
from zoning_review.plugin.core.rules.access_list.header import IGNORED_COLUMN, UNPLACED, USED
from zoning_review.plugin.core.rules.access_list_import import import_access_list, write_yaml

# Guangdong: a title row, 行政区划 over 省/市/县 and 管控要求 over the four dimensions (energy second),
# clauses numbered 1-1. 【…】 per dimension.
GUANGDONG = [
    ["广州市环境管控单元生态环境准入清单"] + [""] * 10,
    ["序号", "环境管控单元编码", "环境管控单元名称", "行政区划", "", "", "管控单元分类", "管控要求", "", "", ""],
    ["", "", "", "省", "市", "县（市、区）", "", "区域布局管控", "能源资源利用", "污染物排放管控", "环境风险防控"],
    ["1", "ZH44011320001", "番禺区化龙镇重点管控单元", "广东省", "广州市", "番禺区", "重点管控单元",
     "1-1.【产业/鼓励引导类】重点发展智能网联汽车产业。\n1-2.【产业/禁止类】禁止新建、扩建燃煤燃油火电机组。",
     "2-1.【能源/综合类】推进清洁能源替代。",
     "3-1.【水/综合类】新建项目实行主要污染物排放等量替代。\n3-2.【大气/限制类】VOCs排放实行倍量替代。",
     "4-1.【风险/综合类】建立突发环境事件应急预案。"],
    ["2", "ZH44011310002", "番禺区大夫山优先保护单元", "广东省", "广州市", "番禺区", "优先保护单元",
     "1-1.【生态/禁止类】禁止开发性、生产性建设活动。", "", "", "4-1.【风险/综合类】加强森林防火。"],
]
GUANGDONG_RULES = {
    "ZH44011320001-SL-1-1": "1-1.【产业/鼓励引导类】重点发展智能网联汽车产业。",
    "ZH44011320001-SL-1-2": "1-2.【产业/禁止类】禁止新建、扩建燃煤燃油火电机组。",
    "ZH44011320001-RE-2-1": "2-1.【能源/综合类】推进清洁能源替代。",
    "ZH44011320001-PE-3-1": "3-1.【水/综合类】新建项目实行主要污染物排放等量替代。",
    "ZH44011320001-PE-3-2": "3-2.【大气/限制类】VOCs排放实行倍量替代。",
    "ZH44011320001-RP-4-1": "4-1.【风险/综合类】建立突发环境事件应急预案。",
    "ZH44011310002-SL-1-1": "1-1.【生态/禁止类】禁止开发性、生产性建设活动。",
    "ZH44011310002-RP-4-1": "4-1.【风险/综合类】加强森林防火。",
}
GUANGDONG_COLUMNS = {"B": "code", "C": "name", "G": "category", "H": "spatial_layout", "I": "resource_efficiency",
                     "J": "pollutant_emission", "K": "risk_prevention"}
GUANGDONG_IGNORED = {"A": "序号", "D": "省", "E": "市", "F": "县（市、区）"}

# Hangzhou: 区、县（市） column, 空间布局引导 / 环境风险管控 / 资源开发效率, "1." clauses on their own lines.
HANGZHOU = [
    ["序号", "区、县（市）", "管控单元编码", "管控单元名称", "管控单元分类", "空间布局引导", "污染物排放管控",
     "环境风险管控", "资源开发效率"],
    ["1", "西湖区", "ZH33010620001", "西湖区城镇生活重点管控单元", "重点管控单元",
     "1.禁止新建、扩建三类工业项目。\n2.严格控制二类工业项目。",
     "1.严格实施污染物总量控制制度。\n2.加快推进污水管网建设，\n实现雨污分流。",
     "加强环境风险防控。",
     "1.推进海绵城市建设。\n2.实行最严格水资源管理制度。"],
    ["2", "西湖区", "ZH33010610001", "西湖区西湖风景名胜区优先保护单元", "优先保护单元",
     "原则上禁止新建工业项目。", "", "", ""],
]
HANGZHOU_RULES = {
    "ZH33010620001-SL-1": "1.禁止新建、扩建三类工业项目。",
    "ZH33010620001-SL-2": "2.严格控制二类工业项目。",
    "ZH33010620001-PE-1": "1.严格实施污染物总量控制制度。",
    "ZH33010620001-PE-2": "2.加快推进污水管网建设，\n实现雨污分流。",
    "ZH33010620001-RP": "加强环境风险防控。",
    "ZH33010620001-RE-1": "1.推进海绵城市建设。",
    "ZH33010620001-RE-2": "2.实行最严格水资源管理制度。",
    "ZH33010610001-SL": "原则上禁止新建工业项目。",
}
HANGZHOU_COLUMNS = {"C": "code", "D": "name", "E": "category", "F": "spatial_layout", "G": "pollutant_emission",
                    "H": "risk_prevention", "I": "resource_efficiency"}
HANGZHOU_IGNORED = {"A": "序号", "B": "区、县（市）"}

# Guizhou: 市（州）/区（县） columns, 布局约束 … 资源利用效率与能源开发效率, （1） clauses, 备注.
GUIZHOU = [
    ["序号", "市（州）", "区（县）", "环境管控单元编码", "环境管控单元名称", "管控单元类别", "布局约束",
     "污染物排放管控", "环境风险防控", "资源利用效率与能源开发效率", "备注"],
    ["1", "贵阳市", "南明区", "ZH52010220001", "南明区城镇重点管控单元", "重点管控单元",
     "（1）禁止新建、扩建高污染燃料设施。\n（2）限制发展高耗水产业。",
     "（1）新建项目执行大气污染物特别排放限值。",
     "（1）加强南明河沿岸环境风险防控。\n（2）建立环境应急预案。",
     "（1）执行最严格水资源管理制度。\n（2）提高工业用水重复利用率。",
     "执行贵阳市总体准入要求"],
]
GUIZHOU_RULES = {
    "ZH52010220001-SL-1": "（1）禁止新建、扩建高污染燃料设施。",
    "ZH52010220001-SL-2": "（2）限制发展高耗水产业。",
    "ZH52010220001-PE-1": "（1）新建项目执行大气污染物特别排放限值。",  # one clause keeps its number too
    "ZH52010220001-RP-1": "（1）加强南明河沿岸环境风险防控。",
    "ZH52010220001-RP-2": "（2）建立环境应急预案。",
    "ZH52010220001-RE-1": "（1）执行最严格水资源管理制度。",
    "ZH52010220001-RE-2": "（2）提高工业用水重复利用率。",
}
GUIZHOU_COLUMNS = {"D": "code", "E": "name", "F": "category", "G": "spatial_layout", "H": "pollutant_emission",
                   "I": "risk_prevention", "J": "resource_efficiency"}
GUIZHOU_IGNORED = {"A": "序号", "B": "市（州）", "C": "区（县）", "K": "备注"}

# Beijing style: 所在区 / 街道（乡镇） columns, 资源利用效率 (the column an earlier version dropped), a
# sentence before the numbered clauses.
BEIJING = [
    ["序号", "所在区", "街道（乡镇）", "环境管控单元编码", "环境管控单元名称", "环境管控单元类型", "空间布局约束",
     "污染物排放管控", "环境风险防控", "资源利用效率"],
    ["1", "东城区", "东华门街道", "ZH11010120001", "东城区东华门街道重点管控单元", "重点管控单元",
     "执行北京市总体管控要求。\n1.禁止新建、扩建工业项目。\n2.严格控制建设规模。",
     "1.严格落实挥发性有机物排放控制要求。\n2.餐饮服务单位安装油烟净化设施。",
     "加强危险化学品使用单位监管。",
     "1.执行北京市用水定额标准。\n2.新建建筑执行绿色建筑标准。"],
    ["2", "东城区", "天坛街道", "ZH11010110001", "天坛公园优先保护单元", "优先保护单元",
     "禁止与保护无关的建设活动。", "", "", "严格控制水资源消耗。"],
]
BEIJING_RULES = {
    "ZH11010120001-SL": "执行北京市总体管控要求。",
    "ZH11010120001-SL-1": "1.禁止新建、扩建工业项目。",
    "ZH11010120001-SL-2": "2.严格控制建设规模。",
    "ZH11010120001-PE-1": "1.严格落实挥发性有机物排放控制要求。",
    "ZH11010120001-PE-2": "2.餐饮服务单位安装油烟净化设施。",
    "ZH11010120001-RP": "加强危险化学品使用单位监管。",
    "ZH11010120001-RE-1": "1.执行北京市用水定额标准。",
    "ZH11010120001-RE-2": "2.新建建筑执行绿色建筑标准。",
    "ZH11010110001-SL": "禁止与保护无关的建设活动。",
    "ZH11010110001-RE": "严格控制水资源消耗。",
}
BEIJING_COLUMNS = {"D": "code", "E": "name", "F": "category", "G": "spatial_layout", "H": "pollutant_emission",
                   "I": "risk_prevention", "J": "resource_efficiency"}
BEIJING_IGNORED = {"A": "序号", "B": "所在区", "C": "街道（乡镇）"}

# Title rows above the header, an empty row, 序号 and 备注, "1-1 " clauses, a note row below the units.
TITLED = [
    ["附件1"],
    ["XX县环境管控单元生态环境准入清单"],
    [],
    ["序号", "管控单元编码", "管控单元名称", "管控单元类别", "空间布局约束", "污染物排放管控", "环境风险防控",
     "资源开发效率要求", "备注"],
    ["1", "ZH13062930001", "容城县一般管控单元", "一般管控单元", "1-1 执行总体准入要求。\n1-2 禁止新建燃煤锅炉。",
     "2-1 严格执行排放标准。", "3-1 加强企业环境风险排查。", "4-1 实行用水总量控制。\n4-2 推广节水灌溉。", ""],
    ["2", "ZH13062920002", "容城县产业园区重点管控单元", "重点管控单元", "1-1 园区优先引进电子信息产业。", "",
     "3-1 园区建立三级防控体系。\n3-7 涉危企业编制应急预案。", "", "2023年更新"],
    ["注：未列明的要求执行总体准入清单。", "", "", "", "", "", "", "", ""],
]
TITLED_RULES = {
    "ZH13062930001-SL-1-1": "1-1 执行总体准入要求。",
    "ZH13062930001-SL-1-2": "1-2 禁止新建燃煤锅炉。",
    "ZH13062930001-PE-2-1": "2-1 严格执行排放标准。",
    "ZH13062930001-RP-3-1": "3-1 加强企业环境风险排查。",
    "ZH13062930001-RE-4-1": "4-1 实行用水总量控制。",
    "ZH13062930001-RE-4-2": "4-2 推广节水灌溉。",
    "ZH13062920002-SL-1-1": "1-1 园区优先引进电子信息产业。",
    "ZH13062920002-RP-3-1": "3-1 园区建立三级防控体系。",
    "ZH13062920002-RP-3-7": "3-7 涉危企业编制应急预案。",
}
TITLED_COLUMNS = {"B": "code", "C": "name", "D": "category", "E": "spatial_layout", "F": "pollutant_emission",
                  "G": "risk_prevention", "H": "resource_efficiency"}
TITLED_IGNORED = {"A": "序号", "I": "备注"}

# A Word document: a cover table, then the list under a merged two-row header (管控要求 over the four
# dimensions, the first three headers merged down), continued on the next page with the header repeated,
# and on a third page without it.
MERGED_HEADER = [
    ["环境管控单元编码", "环境管控单元名称", "管控单元类别", "管控要求", LEFT, LEFT, LEFT],
    [UP, UP, UP, "空间布局约束", "污染物排放管控", "环境风险防控", "资源开发效率要求"],
]
MERGED_UNITS = [
    ["ZH13063820001", "雄县产业园区重点管控单元", "重点管控单元", "1.禁止新建化工项目。\n2.限制扩建钢铁项目。",
     "新增VOCs排放实行2倍削减替代。", "建立园区环境风险防控体系。", "单位产品能耗达到国内先进水平。"],
    ["ZH13063810001", "雄县白洋淀优先保护单元", "优先保护单元", "禁止新建、扩建工业项目。", "", "", ""],
    ["ZH13063830001", "雄县一般管控单元", "一般管控单元", "原则上不新建两高项目。", "", "加强农村环境风险管理。", ""],
    ["ZH13063820002", "雄县城镇重点管控单元", "重点管控单元", "", "（1）城镇污水处理率达到95%。\n（2）推进清洁取暖。",
     "", ""],
]
COVER = [["文件名称", "雄县生态环境准入清单"], ["发布机关", "雄县生态环境局"]]
MERGED_TABLES = [COVER, MERGED_HEADER + MERGED_UNITS[:2], MERGED_HEADER + MERGED_UNITS[2:3], MERGED_UNITS[3:]]
MERGED_RULES = {
    "ZH13063820001-SL-1": "1.禁止新建化工项目。",
    "ZH13063820001-SL-2": "2.限制扩建钢铁项目。",
    "ZH13063820001-PE": "新增VOCs排放实行2倍削减替代。",
    "ZH13063820001-RP": "建立园区环境风险防控体系。",
    "ZH13063820001-RE": "单位产品能耗达到国内先进水平。",
    "ZH13063810001-SL": "禁止新建、扩建工业项目。",
    "ZH13063830001-SL": "原则上不新建两高项目。",
    "ZH13063830001-RP": "加强农村环境风险管理。",
    "ZH13063820002-PE-1": "（1）城镇污水处理率达到95%。",
    "ZH13063820002-PE-2": "（2）推进清洁取暖。",
}
MERGED_COLUMNS = {"A": "code", "B": "name", "C": "category", "D": "spatial_layout", "E": "pollutant_emission",
                  "F": "risk_prevention", "G": "resource_efficiency"}

# One row per unit and dimension (管控维度 | 管控要求), the unit's cells merged down its rows; one row
# names a dimension that is none of the four.
LONG = [
    ["序号", "环境管控单元编码", "环境管控单元名称", "管控单元类别", "管控维度", "管控要求"],
    ["1", "ZH37010220001", "历下区城镇重点管控单元", "重点管控单元", "空间布局约束",
     "1.禁止新建化工项目。\n2.限制扩建印染项目。"],
    ["", "", "", "", "污染物排放管控", "严格落实污染物排放总量控制。"],
    ["", "", "", "", "环境风险防控", "建立突发环境事件应急体系。"],
    ["", "", "", "", "资源利用效率", "执行用水定额标准。"],
    ["2", "ZH37010210001", "千佛山优先保护单元", "优先保护单元", "空间布局约束", "禁止开发建设活动。"],
    ["", "", "", "", "生态保护", "严禁破坏山体。"],
]
LONG_RULES = {
    "ZH37010220001-SL-1": "1.禁止新建化工项目。",
    "ZH37010220001-SL-2": "2.限制扩建印染项目。",
    "ZH37010220001-PE": "严格落实污染物排放总量控制。",
    "ZH37010220001-RP": "建立突发环境事件应急体系。",
    "ZH37010220001-RE": "执行用水定额标准。",
    "ZH37010210001-SL": "禁止开发建设活动。",
}

LAYOUTS = {
    "guangdong": (GUANGDONG, GUANGDONG_RULES, GUANGDONG_COLUMNS, GUANGDONG_IGNORED),
    "hangzhou": (HANGZHOU, HANGZHOU_RULES, HANGZHOU_COLUMNS, HANGZHOU_IGNORED),
    "guizhou": (GUIZHOU, GUIZHOU_RULES, GUIZHOU_COLUMNS, GUIZHOU_IGNORED),
    "beijing": (BEIJING, BEIJING_RULES, BEIJING_COLUMNS, BEIJING_IGNORED),
    "titled": (TITLED, TITLED_RULES, TITLED_COLUMNS, TITLED_IGNORED),
}


def write(kind: str, rows, tmp_path):
    """The layout written as xlsx, ods, GBK CSV or a Word document (one table)."""
    path = tmp_path / f"清单.{kind}"
    {"xlsx": write_xlsx, "ods": write_ods, "csv": write_csv, "docx": lambda p, r: write_docx(p, [r])}[kind](path, rows)
    return path


def imported_rules(result, tmp_path) -> Dict[str, str]:
    """Rule id → Chinese text of the rule set written and loaded back."""
    assert result.errors == [], result.errors
    check, _backup = write_yaml(result, str(tmp_path / "out.yaml"))
    assert check.ruleset is not None, check.text("en")
    return {rule.id: rule.text_zh for rule in check.ruleset.rules}


def columns(result, status: str) -> Dict[str, str]:
    """Column letter → role (used, not placed) or header (ignored) of the columns with this status."""
    from zoning_review.plugin.core.rules.access_list.header import column_letter

    return {column_letter(use.index): (use.label if status == IGNORED_COLUMN else use.role)
            for _table, use in result.columns if use.status == status}


@pytest.mark.parametrize("kind", ["xlsx", "ods", "csv", "docx"])
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_published_layouts_import_every_dimension_column(tmp_path, layout, kind):
    rows, expected, used, ignored = LAYOUTS[layout]
    result = import_access_list(str(write(kind, rows, tmp_path)))
    assert imported_rules(result, tmp_path) == expected
    assert columns(result, USED) == used
    assert set(DIMENSIONS) <= set(columns(result, USED).values())
    assert columns(result, IGNORED_COLUMN) == ignored
    assert columns(result, UNPLACED) == {}
    assert result.rule_count == len(expected)
    assert result.unit_count == len({rule_id.split("-")[0] for rule_id in expected})


def test_a_sheet_whose_first_row_is_the_header(tmp_path):
    """As Excel saves it: the header in row 1 (one cell with a line break, two empty), 序号 as numbers."""
    from osgeo import ogr

    path = tmp_path / "东城区.xlsx"
    source = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    layer = source.CreateLayer("Sheet1", geom_type=ogr.wkbNone)
    header = BEIJING[0][:3] + ["环境管控单元\n编码"] + BEIJING[0][4:] + ["", ""]
    for i, name in enumerate(header):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTInteger if i == 0 else ogr.OFTString))
    for row in BEIJING[1:]:
        feature = ogr.Feature(layer.GetLayerDefn())
        for i, value in enumerate(row):
            if value:
                feature.SetField(i, int(value) if i == 0 else value)
        layer.CreateFeature(feature)
    source = None
    result = import_access_list(str(path))
    assert imported_rules(result, tmp_path) == BEIJING_RULES
    assert columns(result, USED) == BEIJING_COLUMNS and columns(result, IGNORED_COLUMN) == BEIJING_IGNORED
    assert result.mapping["code"] == "环境管控单元\n编码"


@pytest.mark.parametrize("kind, row", [("xlsx", 8), ("csv", 7), ("docx", 7)])
def test_one_row_per_unit_and_dimension_with_merged_unit_cells(tmp_path, kind, row):
    rows = [list(r) for r in LONG]
    if kind == "docx":  # Word merges the unit's cells down its rows
        rows = [r if r[0] or i == 0 else [UP] * 4 + r[4:] for i, r in enumerate(rows)]
    result = import_access_list(str(write(kind, rows, tmp_path)))
    assert imported_rules(result, tmp_path) == LONG_RULES
    assert result.unit_count == 2
    assert columns(result, USED) == {"B": "code", "C": "name", "D": "category", "E": "dimension",
                                     "F": "requirement"}
    assert columns(result, IGNORED_COLUMN) == {"A": "序号"}
    assert [w.values for w in result.warnings] == [{"row": row, "table": int(kind == "docx"), "value": "生态保护"}]
    names = {rule["id"]: rule["name"]["zh"] for rule in yaml.safe_load(result.yaml_text)["rules"]}
    assert names["ZH37010220001-RE"] == "历下区城镇重点管控单元"  # the name cell merged down the unit's rows


def test_unicode_text_saved_by_excel(tmp_path):
    """Excel's "Unicode text": UTF-16 with a byte-order mark, tab-separated."""
    path = tmp_path / "清单.txt"
    with open(path, "w", encoding="utf-16", newline="") as handle:
        csv.writer(handle, delimiter="\t").writerows(HANGZHOU)
    assert imported_rules(import_access_list(str(path)), tmp_path) == HANGZHOU_RULES


@pytest.mark.parametrize("layout", ["guangdong", "beijing"])
def test_a_header_repeated_inside_the_table_is_not_a_unit(tmp_path, layout):
    """Printed lists repeat the header on every page; in one sheet or Word table those rows are skipped."""
    rows, expected, _used, _ignored = LAYOUTS[layout]
    header = rows[1:3] if layout == "guangdong" else rows[:1]
    for kind in ("xlsx", "docx"):
        result = import_access_list(str(write(kind, rows[:-1] + header + rows[-1:], tmp_path)))
        assert imported_rules(result, tmp_path) == expected, kind
        assert result.warnings == [], kind


def test_a_note_row_below_the_units_is_named_not_imported(tmp_path):
    result = import_access_list(str(write("csv", TITLED, tmp_path)))
    assert [(w.template, w.values) for w in result.warnings] == [
        ("Row {row} has no unit code and was skipped.", {"row": 7})]


def test_word_tables_continued_over_pages_with_a_merged_two_row_header(tmp_path):
    path = tmp_path / "雄县清单.docx"
    write_docx(path, MERGED_TABLES)
    result = import_access_list(str(path))
    assert imported_rules(result, tmp_path) == MERGED_RULES
    assert (result.rule_count, result.unit_count) == (10, 4)
    assert columns(result, USED) == MERGED_COLUMNS
    assert {table for table, _use in result.columns} == {2}  # the repeated header is not reported again
    assert [(w.template, w.values["table"]) for w in result.warnings] == [
        ("Table {table} of {file} has no header the importer recognises and was not imported.", 1)]


def test_line_breaks_inside_cells_are_kept(tmp_path):
    for kind in ("xlsx", "csv", "docx"):
        rules = imported_rules(import_access_list(str(write(kind, HANGZHOU, tmp_path))), tmp_path)
        assert rules["ZH33010620001-PE-2"] == "2.加快推进污水管网建设，\n实现雨污分流。", kind


def test_rule_ids_are_stable_and_unique(tmp_path):
    first = import_access_list(str(write("csv", BEIJING, tmp_path))).yaml_text
    again = import_access_list(str(write("csv", BEIJING, tmp_path))).yaml_text
    assert first == again
    doubled = BEIJING + [BEIJING[1]]  # the same unit listed twice: its rules get numbered ids
    result = import_access_list(str(write("csv", doubled, tmp_path)))
    ids = list(imported_rules(result, tmp_path))
    assert len(ids) == len(set(ids)) == 18
    assert "ZH11010120001-2-SL-1" in ids and "ZH11010120001-2-RE-2" in ids


def column_report_texts(result) -> List[str]:
    """The column report rendered in English."""
    from zoning_review.plugin.core.review.site_review import render_reason

    return [render_reason(reason, "en") for reason in result.column_report()]


def test_a_column_the_importer_cannot_place_is_named(tmp_path):
    rows = [["单元编码", "空间布局约束", "污染物排放管控", "环境风险防控", "资源开发效率要求", "其他管控要求",
             "空间布局引导", "联系人", ""],
            ["ZH1", "禁止甲。", "控制乙。", "防控丙。", "节约丁。", "执行流域水污染防治相关规定。", "引导戊。", "张三",
             "严格落实生态保护红线管理办法中的各项禁止性规定。"]]
    result = import_access_list(str(write("csv", rows, tmp_path)))
    assert sorted(imported_rules(result, tmp_path)) == ["ZH1-PE", "ZH1-RE", "ZH1-RP", "ZH1-SL"]
    assert columns(result, UNPLACED) == {"F": "", "G": "spatial_layout", "I": ""}
    assert columns(result, IGNORED_COLUMN) == {"H": "联系人"}
    report = column_report_texts(result)
    assert "Column A (单元编码) is read as the unit code." in report
    assert "Column H (联系人) is not imported." in report
    assert ("Column G (空间布局引导) also reads as Spatial layout constraints, which column B gives already; "
            "it was not imported. Give the column mapping if it is the one to use.") in report
    assert any(text.startswith("Column F (其他管控要求) looks like a requirement column") for text in report)
    assert any(text.startswith("Column I (no header) looks like a requirement column") for text in report)
    assert {w.values["where"].values["column"] for w in result.warnings} == {"F", "G", "I"}
    assert "# Columns not imported: 其他管控要求, 空间布局引导, 联系人, -" in result.yaml_text
