"""Access lists as agencies publish them in Excel: a workbook with a cover sheet and one sheet per county,
a unit-code cell naming several units, a dimension cell merged down a unit's rows, a dimension cell naming
two dimensions. Every sheet is read or named, every code kept as written, nothing guessed; the rule set
written loads with no message. The expected rules are written out by hand from the tables."""

import yaml

from tests.access_list_writers import write_workbook, write_xlsx
from zoning_review.plugin.core.model.results import Listed
from zoning_review.plugin.core.review.site_review import render_reason
from zoning_review.plugin.core.rules.access_list_import import import_access_list, write_yaml
from zoning_review.plugin.core.rules.loader import load_ruleset

HEADER = ["序号", "环境管控单元编码", "环境管控单元名称", "空间布局约束", "污染物排放管控", "环境风险防控",
          "资源开发效率要求"]
COVER = [["杭州市生态环境分区管控动态更新成果"], ["生态环境准入清单"], ["二〇二四年六月"]]
XIHU = [HEADER, ["1", "ZH33010620001", "西湖区城镇重点管控单元", "禁止新建三类工业项目。", "", "", ""],
        ["2", "ZH33010610001", "西湖风景名胜区优先保护单元", "原则上禁止新建工业项目。", "", "加强森林防火。", ""]]
SHANGCHENG = [HEADER, ["1", "ZH33010220001", "上城区城镇重点管控单元", "", "严格实施总量控制。", "", ""],
              ["", "", "", "", "", "", ""],
              ["注：", "", "", "", "", "", ""]]


def loaded(result, tmp_path):
    """The rule set written and loaded back by the project's loader: (rule id → (units, text), messages)."""
    assert result.errors == [], result.errors
    check, _backup = write_yaml(result, str(tmp_path / "out.yaml"))
    assert check.ruleset is not None, check.text("en")
    rules = {rule.id: (list(rule.units), rule.text_zh) for rule in check.ruleset.rules}
    return rules, check.messages


def report(result):
    return [(w.template, w.values) for w in result.warnings]


def test_every_county_sheet_is_read_a_cover_sheet_is_named_and_a_sheet_asked_for_is_the_only_one(tmp_path):
    path = tmp_path / "杭州市准入清单.xlsx"
    write_workbook(path, [("封面", COVER), ("西湖区", XIHU), ("上城区", SHANGCHENG)])
    result = import_access_list(str(path))
    rules, messages = loaded(result, tmp_path)
    assert rules == {
        "ZH33010620001-SL": (["ZH33010620001"], "禁止新建三类工业项目。"),
        "ZH33010610001-SL": (["ZH33010610001"], "原则上禁止新建工业项目。"),
        "ZH33010610001-RP": (["ZH33010610001"], "加强森林防火。"),
        "ZH33010220001-PE": (["ZH33010220001"], "严格实施总量控制。"),
    }
    assert messages == []
    assert (result.unit_count, result.rule_count) == (3, 4)
    # the writer's field names c0, c1 … are row 1 of each sheet, the header row 2
    assert report(result) == [
        ("Sheet {sheet} of {file} has no header the importer recognises and was not imported.",
         {"sheet": "封面", "file": str(path)}),
        ("Row {row} of sheet {sheet} has no unit code and was skipped.", {"row": 5, "sheet": "上城区"}),
    ]
    places = [(use.index, reason.values["where"].values.get("sheet"))
              for (_n, use), reason in zip(result.columns, result.column_report()) if use.role == "code"]
    assert places == [(1, "西湖区"), (1, "上城区")]
    assert result.column_report()[0].values["where"].template == "Sheet {sheet}, column {column} ({header})"
    # a sheet asked for is the only one read
    result = import_access_list(str(path), sheet="上城区")
    rules, _messages = loaded(result, tmp_path)
    assert rules == {"ZH33010220001-PE": (["ZH33010220001"], "严格实施总量控制。")}
    assert report(result) == [("Row {row} has no unit code and was skipped.", {"row": 5})]


def test_a_code_cell_naming_several_units_gives_each_of_them_the_rules(tmp_path):
    rows = [HEADER,
            ["1", "ZH33010620001、ZH33010620002", "西湖区城镇重点管控单元", "禁止新建三类工业项目。", "", "", ""],
            ["2", "ZH33010610001\nZH33010610002", "风景名胜区优先保护单元", "", "", "加强森林防火。", ""],
            ["3", "ZH33010220001  ", "上城区城镇重点管控单元", "", "严格实施总量控制。", "", ""]]
    path = tmp_path / "清单.xlsx"
    write_xlsx(path, rows)
    result = import_access_list(str(path))
    rules, messages = loaded(result, tmp_path)
    assert rules == {
        "ZH33010620001_ZH33010620002-SL": (["ZH33010620001", "ZH33010620002"], "禁止新建三类工业项目。"),
        "ZH33010610001_ZH33010610002-RP": (["ZH33010610001", "ZH33010610002"], "加强森林防火。"),
        "ZH33010220001-PE": (["ZH33010220001"], "严格实施总量控制。"),
    }
    assert messages == []
    assert result.unit_count == 5
    several = ("Row {row} names several units in its unit-code cell ({codes}); each of its rules applies to all "
               "of them.")
    assert report(result) == [
        (several, {"code": "ZH33010620001、ZH33010620002", "row": 3,
                   "codes": Listed(("ZH33010620001", "ZH33010620002"))}),
        (several, {"code": "ZH33010610001\nZH33010610002", "row": 4,
                   "codes": Listed(("ZH33010610001", "ZH33010610002"))}),
    ]
    # the codes listed as each language lists them
    assert "(ZH33010620001, ZH33010620002)" in render_reason(result.warnings[0], "en")
    assert "（ZH33010620001、ZH33010620002）" in render_reason(result.warnings[0], "zh")


def test_a_dimension_cell_merged_down_and_one_naming_two_dimensions(tmp_path):
    rows = [["序号", "管控单元编码", "管控维度", "管控要求"],
            ["1", "ZH33010620001", "空间布局约束", "禁止新建三类工业项目。"],
            ["", "", "", "严格控制二类工业项目。"],  # code and dimension cells merged down: OGR gives them empty
            ["", "", "污染物排放管控、环境风险防控", "建立环境风险防控体系。"],
            ["2", "ZH33010610001", "", "原则上禁止新建工业项目。"]]  # a new unit's empty dimension
    path = tmp_path / "清单.xlsx"
    write_xlsx(path, rows)
    result = import_access_list(str(path))
    rules, messages = loaded(result, tmp_path)
    assert rules == {
        "ZH33010620001-SL": (["ZH33010620001"], "禁止新建三类工业项目。"),
        "ZH33010620001-SL.2": (["ZH33010620001"], "严格控制二类工业项目。"),
    }
    assert messages == []
    assert report(result) == [
        ("Row {row}: {value} in the dimension column names more than one of the four dimensions; the row was "
         "not imported.", {"row": 5, "table": 0, "value": "污染物排放管控、环境风险防控"}),
        ("Row {row}: {value} in the dimension column is none of the four dimensions; the row was not imported.",
         {"row": 6, "table": 0, "value": ""}),
    ]
    document = yaml.safe_load(result.yaml_text)
    assert [rule["dimension"] for rule in document["rules"]] == ["spatial_layout", "spatial_layout"]
    assert load_ruleset(str(tmp_path / "out.yaml")).messages == []
