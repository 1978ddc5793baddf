"""Reasons list codes and values as the report language lists them (", " in English, "、" in Chinese), and an
attribute that declares no unit leaves no gap where a unit would be: through the real loader and evaluation,
SUMMARY's reason column and findings_json."""

import json
import re

import pytest

from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.model.results import OverlayResult, UnitOverlap
from zoning_review.plugin.core.outputs.findings_json import FindingsJson, dumps, finding_dict
from zoning_review.plugin.core.review.evaluation import evaluate_unit
from zoning_review.plugin.core.review.site_review import ReasonTexts, evaluate_overlay, render_reason
from zoning_review.plugin.core.rules.ruleset import UnitContext

from .test_siting_engine import loaded_ruleset

RULES = """\
format: zoning-review-rules/1
metadata:
  id: test-reason-lists
  title: {zh: 列举测试, en: Listing test}
  version: "1"
  authority: {zh: 测试机关}
  effective: "2024-01-01"
  region: {zh: 测试区}
attributes:
  product: {type: string, label: {zh: 产品, en: Product}}
  noise_db: {type: number, label: {zh: 噪声, en: Noise}}
  boiler_tph: {type: number, unit: t/h, label: {zh: 锅炉蒸发量, en: Boiler capacity}}
rules:
  - {id: ONLY-LISTED, level: general, dimension: spatial_layout, effect: prohibit, text: {zh: 名录外},
     when: {not: {industry: [C3011, C3110]}}}
  - {id: FINER, level: general, dimension: spatial_layout, effect: prohibit, text: {zh: 化工},
     when: {industry: [C2614, C2619]}}
  - {id: PRODUCT-IN, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 电镀印染},
     when: {attribute: {name: product, op: in, value: [电镀, 印染]}}}
  - {id: NOISE, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 噪声},
     when: {attribute: {name: noise_db, op: ">", value: 60}}}
  - {id: BOILER, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 锅炉},
     when: {attribute: {name: boiler_tph, op: ">", value: 0}}}
  - {id: ZLCB-IN, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 倍量},
     when: {unit_attribute: {field: ZLCB, op: in, value: [是, Y]}}}
"""
UNIT = UnitContext("ZH13062920001", "容城县城镇重点管控单元", "重点管控单元", {"ZLCB": "是"})
GIVEN = {"product": "电镀", "noise_db": 70, "boiler_tph": 20}
P = ProjectDescription


@pytest.fixture(scope="module")
def ruleset(tmp_path_factory):
    """The rule set above, written to a file and loaded by the real loader."""
    return loaded_ruleset(tmp_path_factory.mktemp("rules") / "lists.yaml", RULES)


def reason(ruleset, rule_id: str, project: ProjectDescription, lang: str) -> str:
    """The reasons of one clause's finding for the unit, rendered in ``lang``."""
    finding = next(f for f in evaluate_unit(ruleset, UNIT, project, {}) if f.rule_id == rule_id)
    return "; ".join(render_reason(r, lang) for r in finding.reasons)


@pytest.mark.parametrize("rule_id, industry, en, zh", [
    ("ONLY-LISTED", "C3911", "industry C3911 does not match C3011, C3110", "行业 C3911 不属于 C3011、C3110"),
    ("FINER", "C26", "industry C26 is less specific than C2614, C2619", "C2614、C2619"),
])
def test_industry_codes_are_listed_as_the_language_lists_them(ruleset, rule_id, industry, en, zh):
    project = P(industry=industry, attributes=GIVEN)
    assert reason(ruleset, rule_id, project, "en").startswith(en)
    assert zh in reason(ruleset, rule_id, project, "zh") and ", " not in reason(ruleset, rule_id, project, "zh")


@pytest.mark.parametrize("rule_id, en, zh", [
    ("PRODUCT-IN", "Product is 电镀; rule: one of 电镀, 印染", "电镀、印染"),
    ("ZLCB-IN", "unit attribute ZLCB is 是; rule: one of 是, Y", "单元属性 ZLCB 为是；条款要求：为是、Y 之一"),
])
def test_values_a_rule_lists_are_listed_as_the_language_lists_them(ruleset, rule_id, en, zh):
    project = P(industry="C3011", attributes=GIVEN)
    assert reason(ruleset, rule_id, project, "en").startswith(en)
    assert zh in reason(ruleset, rule_id, project, "zh") and ", " not in reason(ruleset, rule_id, project, "zh")


@pytest.mark.parametrize("rule_id, en", [
    ("NOISE", "Noise is 70; rule: more than 60"),
    ("PRODUCT-IN", "Product is 电镀; rule: one of 电镀, 印染"),
])
def test_an_attribute_without_a_unit_leaves_no_gap_before_the_rule(ruleset, rule_id, en):
    project = P(industry="C3011", attributes=GIVEN)
    assert reason(ruleset, rule_id, project, "en").startswith(en)
    for lang in ("en", "zh"):
        assert not re.search(r"\s[;；]", reason(ruleset, rule_id, project, lang)), lang


def test_summary_reason_lists_codes_in_the_report_language(ruleset):
    """SUMMARY's reason column, made as reviewsites makes it, names the deciding clause's codes."""
    overlap = UnitOverlap(1, UNIT.code, UNIT.name, UNIT.category, 100.0, 1.0, 0.1, dict(UNIT.attributes))
    review = evaluate_overlay("S", OverlayResult(100.0, [overlap]), P(industry="C3911", attributes=GIVEN),
                              ruleset)
    deciding = next(r for r in review.reasons if r.values.get("rule") == "ONLY-LISTED")
    assert "C3011, C3110" in ReasonTexts("en").named(deciding)
    assert "C3011、C3110" in ReasonTexts("zh").named(deciding)


def test_findings_json_keeps_listed_codes_as_a_list(ruleset):
    """findings_json is still exactly json.dumps of each finding; the codes stay separate items, the English
    reason text lists them with commas."""
    findings = evaluate_unit(ruleset, UNIT, P(industry="C3911", attributes=GIVEN), {})
    text = FindingsJson().encode(findings)
    assert text == dumps([finding_dict(f) for f in findings])
    row = next(r for r in json.loads(text) if r["rule_id"] == "ONLY-LISTED")
    assert row["reasons"][0]["values"]["codes"] == {"items": ["C3011", "C3110"]}
    assert row["reason_text"].startswith("industry C3911 does not match C3011, C3110")
