"""An ``expression:`` condition reads in its reasons as the rule set's label for it, in the reason's language, never as
the formula's operators; without a label the formula is quoted as the rule set's own. The schema and the loader take
the formula alone (as every existing rule file writes it) or a mapping of ``formula`` and ``label``.

Expected texts are written down here by hand.
"""

import json
import re

import pytest

from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.outputs.findings_json import finding_dict
from zoning_review.plugin.core.review.evaluation import evaluate_unit
from zoning_review.plugin.core.review.site_review import render_reason
from zoning_review.plugin.core.rules.diff import diff_rulesets
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.rules.ruleset import UnitContext

from .test_processing_review import edited_sample, params, rows
from .test_siting_engine import loaded_ruleset

HEAD = """\
format: zoning-review-rules/1
metadata:
  id: test-expression-labels
  title: {zh: 表达式标签测试}
  version: "1"
  authority: {zh: 测试机关}
  effective: "2024-01-01"
  region: {zh: 测试区}
attributes:
  capacity: {type: number, unit: t/a, label: {zh: 产能, en: Capacity}}
  water_m3d: {type: number, label: {zh: 用水量, en: Water use}}
rules:
"""
RULES = HEAD + """\
  - id: BOTH
    level: general
    dimension: resource_efficiency
    effect: prohibit
    text: {zh: 大型高耗水项目}
    when:
      expression:
        formula: '"capacity" >= 30000 AND "water_m3d" > 5000'
        label:
          zh: 产能不低于3万吨/年且日用水量超过5000立方米
          en: capacity of 30,000 t/a or more and water use above 5,000 m³/d
  - id: ZH-ONLY
    level: general
    dimension: resource_efficiency
    effect: prohibit
    text: {zh: 高耗水}
    when: {expression: {formula: '"water_m3d" > 5000', label: {zh: 日用水量超过5000立方米}}}
  - id: PLAIN
    level: general
    dimension: resource_efficiency
    effect: prohibit
    text: {zh: 高耗水}
    when: {expression: '"capacity" >= 30000 AND "water_m3d" > 5000'}
"""
UNIT = UnitContext("U1", "单元", "重点管控单元", {})
BIG = {"capacity": 35000, "water_m3d": 6000}
SMALL = {"capacity": 35000, "water_m3d": 100}
EXPECTED = [  # rule id, project, English, Chinese
    ("BOTH", BIG, "condition met: capacity of 30,000 t/a or more and water use above 5,000 m³/d",
     "满足条件：产能不低于3万吨/年且日用水量超过5000立方米"),
    ("BOTH", SMALL, "condition not met: capacity of 30,000 t/a or more and water use above 5,000 m³/d",
     "不满足条件：产能不低于3万吨/年且日用水量超过5000立方米"),
    ("ZH-ONLY", BIG, "condition met: 日用水量超过5000立方米", "满足条件：日用水量超过5000立方米"),
    ("PLAIN", BIG, "the rule set's formula “Capacity >= 30000 AND Water use > 5000” holds",
     "规则集公式“产能 >= 30000 AND 用水量 > 5000”成立"),
    ("PLAIN", SMALL, "the rule set's formula “Capacity >= 30000 AND Water use > 5000” does not hold",
     "规则集公式“产能 >= 30000 AND 用水量 > 5000”不成立"),
]


@pytest.fixture(scope="module")
def ruleset(tmp_path_factory):
    return loaded_ruleset(tmp_path_factory.mktemp("rules") / "labels.yaml", RULES)


def finding(ruleset, rule_id, given):
    found = evaluate_unit(ruleset, UNIT, ProjectDescription(industry="C2614", attributes=given), {})
    return next(f for f in found if f.rule_id == rule_id)


@pytest.mark.parametrize("rule_id, given, en, zh", EXPECTED)
def test_an_expression_reads_as_its_label_or_as_the_quoted_formula(ruleset, rule_id, given, en, zh):
    reason = finding(ruleset, rule_id, given).reasons[0]
    assert render_reason(reason, "en") == en
    assert render_reason(reason, "zh") == zh


def test_without_a_label_the_stored_reason_is_as_before(ruleset):
    """findings_json and an override's digest of the finding keep the template they always had; only the words people
    read change."""
    stored = json.loads(json.dumps(finding_dict(finding(ruleset, "PLAIN", BIG))))
    assert stored["reasons"][0]["template"] == "expression {expression} is true"
    assert stored["reasons"][0]["values"]["expression"] == {"zh": "产能 >= 30000 AND 用水量 > 5000",
                                                           "en": "Capacity >= 30000 AND Water use > 5000"}
    labelled = json.loads(json.dumps(finding_dict(finding(ruleset, "BOTH", BIG))))
    assert labelled["reasons"][0]["values"]["condition"]["zh"] == "产能不低于3万吨/年且日用水量超过5000立方米"


def test_a_label_is_wording_not_meaning(ruleset):
    """The labelled and the plain rule hold for the same projects: the label changes no status."""
    for given in (BIG, SMALL, {"capacity": 35000}):
        statuses = {str(finding(ruleset, r, given).status) for r in ("BOTH", "PLAIN")}
        assert len(statuses) == 1, given


@pytest.mark.parametrize("written, where, message", [
    ("{formula: '\"water_m3d\" > 5000', label: {en: water use above 5000}}", "$.rules[0].when.expression.label",
     "Required field zh is missing under label."),
    ("{formula: '\"water_m3d\" > 5000', text: {zh: 用水量大}}", "$.rules[0].when.expression.text",
     "Unknown field text; allowed here: formula, label."),
    ("{label: {zh: 用水量大}}", "$.rules[0].when.expression", "Required field formula is missing under expression."),
    ("{formula: '\"water_m3d\" >', label: {zh: 用水量大}}", "$.rules[0].when.expression.formula",
     "The expression is not valid: "),
    ("{formula: '\"flow\" > 5', label: {zh: 流量大}}", "$.rules[0].when.expression.formula", "flow"),
    ("5000", "$.rules[0].when.expression", "expression must be "),
])
def test_a_mistake_in_the_mapping_is_named_where_it_stands(tmp_path, written, where, message):
    path = tmp_path / "bad.yaml"
    path.write_text(HEAD + "  - {id: R, level: general, dimension: resource_efficiency, effect: prohibit, "
                    f"text: {{zh: 条款}}, when: {{expression: {written}}}}}\n", encoding="utf-8")
    loaded = load_ruleset(str(path))
    assert loaded.ruleset is None
    errors = [m for m in loaded.messages if m.severity == "error"]
    assert [m.json_path for m in errors] == [where], [m.json_path for m in errors]
    assert message in errors[0].text("en")


# The example's U-RC-02 (the Rongcheng urban key unit ZH13062920001, which S10 crosses) with a label: in English
# and Chinese as written below, the rule set's own words.
LABELLED = """      expression:
        formula: '"water_m3d" > 5000'
        label: {zh: 日新鲜水用量超过5000立方米, en: "fresh water use above 5,000 m³/d"}
"""


@pytest.fixture(scope="module", params=[80, 6000])
def reviewed(request, zr_processing, sample_gpkg, example_rules, tmp_path_factory):
    """(water use given, U-RC-02's CLAUSES row in Chinese, its finding in findings_json) of S10 reviewed with the
    example rules whose U-RC-02 has a label."""
    import processing

    out = tmp_path_factory.mktemp("labelled")
    text = example_rules.read_text(encoding="utf-8")
    assert text.count("      expression: '\"water_m3d\" > 5000'\n") == 1
    rules = out / "labelled.yaml"
    rules.write_text(text.replace("      expression: '\"water_m3d\" > 5000'\n", LABELLED), encoding="utf-8")
    gpkg = edited_sample(sample_gpkg, out / "sample.gpkg",
                         f"UPDATE sites SET water_m3d = {request.param} WHERE site_id = 'S10'")
    processing.run("zoningreview:reviewsites", params(
        gpkg, rules, out, sites=f"{gpkg}|layername=sites|subset=\"site_id\" = 'S10'", LANGUAGE=0,
        CLAUSES=str(out / "clauses.gpkg")))
    clause, = [r for r in rows(out / "clauses.gpkg") if r["rule_id"] == "U-RC-02"]
    found, = [f for row in rows(out / "findings.gpkg") for f in json.loads(row["findings_json"])
              if f["rule_id"] == "U-RC-02"]
    return request.param, clause, found


def test_a_review_names_the_condition_by_its_label(reviewed):
    water, clause, found = reviewed
    if water > 5000:
        assert found["reason_text"].startswith("condition met: fresh water use above 5,000 m³/d; ")
        assert clause["reason"].startswith("满足条件：日新鲜水用量超过5000立方米；")
    else:
        assert (found["status"], clause["status"]) == ("not_applicable", "not_applicable")
        assert found["reason_text"] == "condition not met: fresh water use above 5,000 m³/d"
        assert clause["reason"] == "不满足条件：日新鲜水用量超过5000立方米"
    assert ">" not in found["reason_text"] + clause["reason"]


def test_comparing_rule_sets_counts_a_new_label_as_no_change(ruleset, tmp_path):
    """Compare rule sets (diffrules) names changes of meaning: a label added or reworded is none, a formula is."""
    labelled = r"      expression:\n        formula: (.*)\n        label:\n.*\n.*\n"
    unlabelled = re.sub(labelled, r"      expression: \1\n", RULES, count=1)
    relabelled = loaded_ruleset(tmp_path / "relabelled.yaml", unlabelled)
    assert relabelled.rules[0].when.label is None
    assert diff_rulesets(ruleset, relabelled) == []
    changed = loaded_ruleset(tmp_path / "changed.yaml",
                             RULES.replace("'\"water_m3d\" > 5000', label", "'\"water_m3d\" > 6000', label"))
    assert [(c.rule_id, c.aspects) for c in diff_rulesets(ruleset, changed)] == [("ZH-ONLY", ("conditions",))]
