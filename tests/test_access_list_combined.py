"""City lists with one 管控要求 column whose cell holds the four dimensions under their headings ("空间布局约束：…",
"【环境风险防控】…", "一、空间布局约束"), only some of them, or none: each clause is imported under its own dimension;
text before the first heading and text under a heading that names no dimension are never dropped nor given a
dimension silently: each is a rule of its own for a person to read, named in a warning with file, sheet or table and
row. The expected rules are written out by hand from the tables."""

import pytest

from tests.access_list_writers import write_csv, write_docx, write_workbook, write_xlsx
from zoning_review.plugin.core.review.site_review import render_reason
from zoning_review.plugin.core.rules.access_list_import import import_access_list, write_yaml

HEADER = ["序号", "环境管控单元编码", "环境管控单元名称", "管控单元类别", "管控要求"]
ROWS = [
    HEADER,
    ["1", "ZH13062920001", "容城县城镇重点管控单元", "重点管控单元",
     "空间布局约束：1.禁止新建化工项目。\n2.限制扩建钢铁项目。\n污染物排放管控：新增VOCs排放实行2倍削减替代。\n"
     "环境风险防控：建立突发环境事件应急预案。\n资源利用效率要求：执行用水定额标准。"],
    ["2", "ZH13062910001", "容城县白洋淀优先保护单元", "优先保护单元",
     "【空间布局约束】禁止新建、扩建工业项目。\n【环境风险防控】加强森林防火。"],
    ["3", "ZH13062930001", "容城县一般管控单元", "一般管控单元",
     "执行容城县总体准入要求。\n一、空间布局约束\n（1）禁止新建燃煤锅炉。\n（2）禁止新建印染项目。\n二、污染物排放管控\n"
     "城镇污水处理率达到95%。\n三、其他管控要求\n落实河长制。"],
]
SL, PE, RP, RE = "spatial_layout", "pollutant_emission", "risk_prevention", "resource_efficiency"
EXPECTED = {
    "ZH13062920001-SL-1": (["ZH13062920001"], SL, "1.禁止新建化工项目。"),
    "ZH13062920001-SL-2": (["ZH13062920001"], SL, "2.限制扩建钢铁项目。"),
    "ZH13062920001-PE": (["ZH13062920001"], PE, "新增VOCs排放实行2倍削减替代。"),
    "ZH13062920001-RP": (["ZH13062920001"], RP, "建立突发环境事件应急预案。"),
    "ZH13062920001-RE": (["ZH13062920001"], RE, "执行用水定额标准。"),
    "ZH13062910001-SL": (["ZH13062910001"], SL, "禁止新建、扩建工业项目。"),
    "ZH13062910001-RP": (["ZH13062910001"], RP, "加强森林防火。"),
    # the text before the first heading and the text under 其他管控要求: rules of their own, for a person to place
    "ZH13062930001-UNPLACED": (["ZH13062930001"], SL, "执行容城县总体准入要求。"),
    "ZH13062930001-SL-1": (["ZH13062930001"], SL, "（1）禁止新建燃煤锅炉。"),
    "ZH13062930001-SL-2": (["ZH13062930001"], SL, "（2）禁止新建印染项目。"),
    "ZH13062930001-PE": (["ZH13062930001"], PE, "城镇污水处理率达到95%。"),
    "ZH13062930001-UNPLACED.2": (["ZH13062930001"], SL, "三、其他管控要求\n落实河长制。"),
}
PLACE = " under Spatial layout constraints, for a person to read and move to its dimension."


def rules_of(result, tmp_path):
    """Rule id → (units, dimension, text) of the rule set written and loaded back with no message."""
    assert result.errors == [], [render_reason(e, "en") for e in result.errors]
    check, _backup = write_yaml(result, str(tmp_path / "out.yaml"))
    assert check.ruleset is not None and check.messages == [], check.text("en")
    return {rule.id: (list(rule.units), rule.dimension, rule.text_zh) for rule in check.ruleset.rules}


def write(kind, rows, tmp_path):
    path = tmp_path / f"容城县准入清单.{kind}"
    {"xlsx": write_xlsx, "csv": write_csv, "docx": lambda p, r: write_docx(p, [r])}[kind](path, rows)
    return path


@pytest.mark.parametrize("kind, row", [("xlsx", "Row 5"), ("csv", "Row 4"), ("docx", "Row 4 of table 1")])
def test_one_requirement_column_is_split_into_its_dimensions(tmp_path, kind, row):
    path = write(kind, ROWS, tmp_path)
    result = import_access_list(str(path))
    assert rules_of(result, tmp_path) == EXPECTED
    assert (result.unit_count, result.rule_count) == (3, 12)
    assert [render_reason(w, "en") for w in result.warnings] == [
        f"{row} of {path}: the requirement text before the first dimension heading (执行容城县总体准入要求。) names no "
        "dimension; it was imported as rule ZH13062930001-UNPLACED" + PLACE,
        f"{row} of {path}: the heading 三、其他管控要求 in the requirement cell is none of the four dimensions; its "
        "text was imported as rule ZH13062930001-UNPLACED.2" + PLACE,
    ]
    assert result.mapping["requirement"] == "管控要求"


def test_a_cell_without_any_heading_is_one_rule_for_a_person_named_with_its_sheet(tmp_path):
    path = tmp_path / "保定市准入清单.xlsx"
    rongcheng = [HEADER, ROWS[2]]
    xiongxian = [HEADER, ["1", "ZH13063230001", "雄县一般管控单元", "一般管控单元",
                          "执行保定市总体准入要求，严格落实雄安新区规划管控要求。"]]
    write_workbook(path, [("容城县", rongcheng), ("雄县", xiongxian)])
    result = import_access_list(str(path))
    assert rules_of(result, tmp_path) == {
        "ZH13062910001-SL": (["ZH13062910001"], SL, "禁止新建、扩建工业项目。"),
        "ZH13062910001-RP": (["ZH13062910001"], RP, "加强森林防火。"),
        "ZH13063230001-UNPLACED": (["ZH13063230001"], SL, "执行保定市总体准入要求，严格落实雄安新区规划管控要求。"),
    }
    assert [render_reason(w, "en") for w in result.warnings] == [
        f"Row 3 of sheet 雄县 of {path}: the requirement cell has no dimension heading (such as 空间布局约束：); its "
        "text (执行保定市总体准入要求，严格落实雄安新区规划管控要求。) was imported as rule "
        "ZH13063230001-UNPLACED" + PLACE]


def test_headings_in_one_paragraph_and_lead_ins_inside_a_dimension_stay_where_they_are_written(tmp_path):
    rows = [["单元编码", "单元名称", "生态环境准入要求"],
            ["ZH13062920002", "容城县产业园区重点管控单元",
             "（一）空间布局约束：禁止新建下列项目：1.化工；2.印染。（二）污染物排放管控：新建项目须满足以下要求：\n"
             "1.执行特别排放限值；\n2.实行总量替代。（三）资源开发效率要求：执行清洁生产先进水平。"]]
    path = write("csv", rows, tmp_path)
    result = import_access_list(str(path))
    assert rules_of(result, tmp_path) == {
        "ZH13062920002-SL": (["ZH13062920002"], SL, "禁止新建下列项目："),  # numbered clauses as in a cell of its own
        "ZH13062920002-SL-1": (["ZH13062920002"], SL, "1.化工；"),
        "ZH13062920002-SL-2": (["ZH13062920002"], SL, "2.印染。"),
        "ZH13062920002-PE": (["ZH13062920002"], PE, "新建项目须满足以下要求："),
        "ZH13062920002-PE-1": (["ZH13062920002"], PE, "1.执行特别排放限值；"),
        "ZH13062920002-PE-2": (["ZH13062920002"], PE, "2.实行总量替代。"),
        "ZH13062920002-RE": (["ZH13062920002"], RE, "执行清洁生产先进水平。"),
    }
    assert result.warnings == []
