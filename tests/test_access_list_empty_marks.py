"""Cells that say "no requirement at this level" with a mark ("/", "／", "-", "—", "——", "无"), as published lists fill
their empty cells: no rule is made for them, and the import's summary says how many there were (naming them while
they are few). A cell with real text, however short, is a rule. The expected rules are written out by hand."""

from tests.access_list_writers import write_csv, write_xlsx
from zoning_review.plugin.core.review.site_review import render_reason
from zoning_review.plugin.core.rules.access_list_import import import_access_list, write_yaml

from .kept_feedback import Feedback

HEADER = ["环境管控单元编码", "环境管控单元名称", "空间布局约束", "污染物排放管控", "环境风险防控", "资源开发效率要求"]
ROWS = [
    HEADER,
    ["ZH13063220001", "雄县产业园区重点管控单元", "禁止新建化工项目。", "/", "—", "无"],
    ["ZH13063220002", "雄县城镇重点管控单元", "／", "——", "-", "无新增用水指标的项目不得建设。"],
    ["ZH13063210001", "雄县白洋淀优先保护单元", "— 禁止采砂。", "无。", " / ", "-/-"],
]
EXPECTED = {
    "ZH13063220001-SL": "禁止新建化工项目。",
    "ZH13063220002-RE": "无新增用水指标的项目不得建设。",
    "ZH13063210001-SL": "— 禁止采砂。",  # real text after a dash: a rule
    "ZH13063210001-PE": "无。",
    "ZH13063210001-RE": "-/-",
}


def rules_of(result, tmp_path):
    """Rule id → Chinese text of the rule set written and loaded back with no message."""
    assert result.errors == [], result.errors
    check, _backup = write_yaml(result, str(tmp_path / "out.yaml"))
    assert check.ruleset is not None and check.messages == [], check.text("en")
    return {rule.id: rule.text_zh for rule in check.ruleset.rules}


def test_cells_marking_no_requirement_make_no_rule_and_are_counted(tmp_path):
    path = tmp_path / "雄县准入清单.xlsx"
    write_xlsx(path, ROWS)
    result = import_access_list(str(path))
    assert rules_of(result, tmp_path) == EXPECTED
    assert result.warnings == []
    assert [render_reason(line, "en") for line in result.summary] == [
        "7 requirement cells held only a mark such as /, — or 无 (no requirement at this level); no rule was made "
        "for them."]


def test_a_few_such_cells_are_named_in_the_processing_log(zr_processing, tmp_path):
    import processing

    path = tmp_path / "雄县准入清单.csv"
    write_csv(path, [["环境管控单元编码", "管控维度", "管控要求"],
                     ["ZH13063220001", "空间布局约束", "禁止新建化工项目。"],
                     ["ZH13063220001", "污染物排放管控", "/"],
                     ["ZH13063220002", "环境风险防控", "无"]])
    log = Feedback()
    result = processing.run("zoningreview:importaccesslist", {"INPUT": str(path), "OUTPUT": str(tmp_path / "o.yaml")},
                            feedback=log)
    assert result["RULES"] == 1
    assert ("2 requirement cells held only a mark such as /, — or 无 (no requirement at this level); no rule was made "
            "for them: row 3 (Pollutant emission control); row 4 (Environmental risk prevention).") in log.infos
