"""An industry's GB/T 4754-2017 section named in a reason for people (the panel, the notes) by its letter and title
as the table gives it (行业 C3911 属于 C（制造业）, industry C3911 matches C (Manufacturing)), never by its letter
alone; the reason's stored values, and the outputs' texts (SUMMARY, CLAUSES, findings_json), keep the codes."""

import json

import pytest

from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.outputs.findings_json import FindingsJson, dumps, finding_dict
from zoning_review.plugin.core.review.evaluation import evaluate_unit
from zoning_review.plugin.core.review.site_review import render_reason
from zoning_review.plugin.core.rules.ruleset import UnitContext

from .test_siting_engine import loaded_ruleset

RULES = """\
format: zoning-review-rules/1
metadata:
  id: test-sections
  title: {zh: 门类测试, en: Section test}
  version: "1"
  authority: {zh: 测试机关}
  effective: "2024-01-01"
  region: {zh: 测试区}
rules:
  - {id: MANUFACTURING, level: general, dimension: spatial_layout, effect: prohibit, text: {zh: 禁止新建工业项目},
     when: {industry: C}}
  - {id: HEAVY, level: general, dimension: spatial_layout, effect: prohibit, text: {zh: 禁止采矿、制造和电力项目},
     when: {industry: [B, C26, D]}}
"""
UNIT = UnitContext("ZH13062920001", "容城县城镇重点管控单元", "重点管控单元", {})


@pytest.fixture(scope="module")
def ruleset(tmp_path_factory):
    """The rule set above, written to a file and loaded by the real loader."""
    return loaded_ruleset(tmp_path_factory.mktemp("rules") / "sections.yaml", RULES)


def finding(ruleset, rule_id: str, industry: str):
    """One clause's finding for a project of ``industry`` in the unit."""
    return next(f for f in evaluate_unit(ruleset, UNIT, ProjectDescription(industry=industry), {})
                if f.rule_id == rule_id)


def test_a_matched_section_is_named_with_its_title(ruleset):
    reason = finding(ruleset, "MANUFACTURING", "C3911").reasons[0]
    assert render_reason(reason, "zh", for_people=True) == "行业 C3911 属于 C（制造业）"
    assert render_reason(reason, "en", for_people=True) == "industry C3911 matches C (Manufacturing)"
    assert reason.values == {"industry": "C3911", "code": "C"}  # stored as written
    assert render_reason(reason, "zh") == "行业 C3911 属于 C"  # an output's text, as it always was


def test_listed_sections_are_named_and_other_codes_kept(ruleset):
    reason = finding(ruleset, "HEAVY", "N7724").reasons[0]
    assert render_reason(reason, "zh", for_people=True) == \
        "行业 N7724 不属于 B（采矿业）、C26、D（电力、热力、燃气及水生产和供应业）"
    assert render_reason(reason, "en", for_people=True) == (
        "industry N7724 does not match B (Mining), C26, D (Production and supply of electricity, heat, gas and water)")


def test_a_project_given_by_its_section_only_is_named_too(ruleset):
    reason = finding(ruleset, "HEAVY", "C").reasons[0]
    assert render_reason(reason, "en", for_people=True) == "industry C (Manufacturing) is less specific than C26"


def test_findings_json_keeps_the_codes_as_it_wrote_them(ruleset):
    """findings_json (its stored values and its English reason_text, which machines read) reads as before."""
    made = finding(ruleset, "MANUFACTURING", "C3911")
    stored = json.loads(dumps(finding_dict(made)))
    assert stored["reasons"][0] == {"template": "industry {industry} matches {code}",
                                    "values": {"code": "C", "industry": "C3911"}}
    assert stored["reason_text"] == "industry C3911 matches C; the rule prohibits this"
    [batch] = json.loads(FindingsJson().encode([made]))  # a batch's quick text, the same
    assert batch == stored
