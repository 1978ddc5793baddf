"""An expression condition must give yes or no: a text such as 'false' or '否' (or a date, a list) was read by
Python's truth, so 'false' counted as true and '' as false — never what the rule's author wrote. Such a result
now needs information, naming what the expression gave; yes/no and numbers read as QGIS reads them."""

import pytest

from zoning_review.plugin.core.rules.expression import evaluate_expression
from zoning_review.plugin.core.rules.ruleset import AttributeDecl

DECLARED = {"fuel": AttributeDecl("fuel", "string"), "water_m3d": AttributeDecl("water_m3d", "number")}


@pytest.mark.parametrize("expression, values", [
    ("\"fuel\"", {"fuel": "否"}),
    ("\"fuel\"", {"fuel": "false"}),
    ("if(\"water_m3d\" > 50, 'false', 'true')", {"water_m3d": 80}),
    ("to_date('2020-01-01')", {}),
    ("array(1)", {}),
])
def test_a_result_that_is_not_yes_or_no_needs_information(qgis_app, expression, values):
    value, missing, problem = evaluate_expression(expression, DECLARED, values)
    assert (value, missing) == (None, []) and problem


@pytest.mark.parametrize("expression, values, expected", [
    ("\"water_m3d\" > 50", {"water_m3d": 80}, True),
    ("\"water_m3d\" > 50", {"water_m3d": 20}, False),
    ("\"fuel\" = '燃煤'", {"fuel": "燃煤"}, True),
    ("\"water_m3d\"", {"water_m3d": 0}, False),
    ("\"water_m3d\"", {"water_m3d": 3}, True),
    ("true", {}, True),
])
def test_yes_no_and_numbers_read_as_before(qgis_app, expression, values, expected):
    assert evaluate_expression(expression, DECLARED, values) == (expected, [], "")



def test_the_clause_needs_information_saying_what_the_expression_gave(qgis_app, tmp_path):
    from zoning_review.plugin.core.model.project import ProjectDescription
    from zoning_review.plugin.core.review.evaluation import evaluate_unit, unit_verdict
    from zoning_review.plugin.core.review.site_review import render_reason
    from zoning_review.plugin.core.rules.loader import load_ruleset
    from zoning_review.plugin.core.rules.ruleset import UnitContext

    path = tmp_path / "rules.yaml"
    path.write_text("""format: zoning-review-rules/1
metadata:
  id: t
  title: {zh: 清单}
  version: "1"
  authority: {zh: 机关}
  effective: "2024-01-01"
  region: {zh: 某地}
attributes:
  water_m3d:
    type: number
    unit: m3/d
    label: {zh: 日用水量, en: Water use}
rules:
  - id: E-1
    level: general
    dimension: resource_efficiency
    effect: prohibit
    text: {zh: 日用水量超过 5000 立方米的项目禁止建设}
    when: {expression: 'if("water_m3d" > 5000, ''true'', ''false'')'}
""", encoding="utf-8")
    loaded = load_ruleset(str(path))
    assert loaded.ruleset is not None, loaded.text()
    project = ProjectDescription("p", "C2614", "新建", "", {"water_m3d": 100})
    findings = evaluate_unit(loaded.ruleset, UnitContext("ZH1", "", "一般管控单元", {}), project, {})
    (finding,) = [f for f in findings if f.rule_id == "E-1"]
    assert finding.status == "needs_info" and unit_verdict(findings) == "needs_study"  # before: conflict ('false')
    assert "gives 'false', which is not yes or no" in render_reason(finding.reasons[0], "en")
