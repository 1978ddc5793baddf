"""The evaluation engine: every construct, table-driven; levels, prose rules, decisive findings."""

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.model.results import Finding, LayerRelation
from zoning_review.plugin.core.review import evaluation
from zoning_review.plugin.core.review.evaluation import evaluate_unit, unit_verdict
from zoning_review.plugin.core.review.site_review import render_reason
from zoning_review.plugin.core.rules import conditions
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.rules.ruleset import UnitContext

DATA = Path(__file__).parent / "data" / "rules"
KEY_UNIT = UnitContext("ZH13062920001", "容城县城镇重点管控单元", "重点管控单元", {"ZLCB": "是"})


@pytest.fixture(scope="module")
def ruleset():
    """One rule per construct (tests/data/rules/constructs.yaml)."""
    result = load_ruleset(str(DATA / "constructs.yaml"))
    assert result.ruleset is not None, result.text("en")
    return result.ruleset


def rel(layer, relation="outside", distance=None, where="", area=0.0, bound=True):
    """A relation of the site to a named layer, keyed as the overlay engine keys it."""
    item = LayerRelation(layer, where, distance, None, relation, area, bound)
    key = f"{layer}[{where}]" if where else layer
    return {key: item}


def render(finding: Finding) -> str:
    """The finding's reasons in English, joined as a sentence."""
    return "; ".join(render_reason(r, "en") for r in finding.reasons)


def finding_of(ruleset, rule_id, project, relations=None, unit=KEY_UNIT) -> Finding:
    findings = evaluate_unit(ruleset, unit, project, relations or {})
    return next(f for f in findings if f.rule_id == rule_id)


P = ProjectDescription
ALL_GIVEN = {
    "boiler_tph": 0,
    "investment_wan": 1000,
    "water_m3d": 10,
    "major_infrastructure": False,
    "capacity_increase": False,
    "product": "服装",
}

CASES = [
    # (rule id, project, relations, unit, expected status, expected words in the reasons)
    ("IND", P(industry="C2614"), {}, KEY_UNIT, "conflict", "industry C2614 matches C26"),
    ("IND", P(industry="2614"), {}, KEY_UNIT, "conflict", "industry C2614 matches C26"),
    ("IND", P(industry="C3011"), {}, KEY_UNIT, "not_applicable", "C3011 does not match C26"),
    ("IND", P(), {}, KEY_UNIT, "needs_info", "industry is not given"),
    ("IND", P(industry="X99"), {}, KEY_UNIT, "needs_info", "X99 is not in GB/T 4754-2017"),
    ("IND-DIGITS", P(industry="C3011"), {}, KEY_UNIT, "conflict", "C3011 matches C3011"),
    ("IND-SECTION", P(industry="D4610"), {}, KEY_UNIT, "conflict", "D4610 matches D"),
    ("IND-SECTION", P(industry="C2614"), {}, KEY_UNIT, "not_applicable", "does not match B, D"),
    ("IND-CLASS", P(industry="C26"), {}, KEY_UNIT, "needs_info", "C26 is less specific than C2614"),
    ("CONS", P(construction="新建"), {}, KEY_UNIT, "conflict",
     "New construction is one of New construction, Expansion"),
    ("CONS", P(construction="扩建"), {}, KEY_UNIT, "conflict", "Expansion is one of"),
    ("CONS", P(construction="改建"), {}, KEY_UNIT, "not_applicable", "Renovation is not one of"),
    ("CONS", P(), {}, KEY_UNIT, "needs_info", "construction nature is not given"),
    ("CONS", P(construction="拆除"), {}, KEY_UNIT, "needs_info", "拆除 is not recognised"),
    ("CAT", P(catalogue="淘汰类"), {}, KEY_UNIT, "conflict", "Eliminated class is one of Eliminated class"),
    ("CAT", P(catalogue="鼓励类"), {}, KEY_UNIT, "not_applicable", "Encouraged class is not one of"),
    ("CAT", P(catalogue=""), {}, KEY_UNIT, "not_applicable", "not listed in the Industrial"),
    ("CAT", P(catalogue="三类"), {}, KEY_UNIT, "needs_info", "三类 is not recognised"),
    (
        "BOILER",
        P(attributes={"boiler_tph": 20}),
        {},
        KEY_UNIT,
        "conflict",
        "Boiler capacity is 20 t/h; rule: more than 0 t/h; Boiler capacity is 20 t/h; rule: less than 35 t/h",
    ),
    ("BOILER", P(attributes={"boiler_tph": "20"}), {}, KEY_UNIT, "conflict", "rule: less than 35 t/h"),
    ("BOILER", P(attributes={"boiler_tph": 35}), {}, KEY_UNIT, "not_applicable",
     "capacity is 35 t/h; rule: less than 35 t/h"),
    ("BOILER", P(attributes={"boiler_tph": 0}), {}, KEY_UNIT, "not_applicable", "rule: more than 0 t/h"),
    ("BOILER", P(), {}, KEY_UNIT, "needs_info", "Boiler capacity is not given"),
    (
        "BOILER",
        P(attributes={"boiler_tph": "many"}),
        {},
        KEY_UNIT,
        "needs_info",
        "Boiler capacity value many is not a number",
    ),
    ("PRODUCT", P(attributes={"product": " 电镀 "}), {}, KEY_UNIT, "conflict", "Product is 电镀"),
    ("PRODUCT", P(attributes={"product": "服装"}), {}, KEY_UNIT, "not_applicable", "rule: 电镀"),
    ("FLAG", P(attributes={"major_infrastructure": "是"}), {}, KEY_UNIT, "conflict", "Major infrastructure is yes"),
    ("FLAG", P(attributes={"major_infrastructure": 0}), {}, KEY_UNIT, "not_applicable", "Major infrastructure is no"),
    (
        "FLAG",
        P(attributes={"major_infrastructure": "maybe"}),
        {},
        KEY_UNIT,
        "needs_info",
        "value maybe is not yes or no",
    ),
    (
        "RIVER",
        P(industry="C2614", construction="新建"),
        rel("river_bank", distance=640.4),
        KEY_UNIT,
        "conflict",
        "industry C2614 matches C26; site is 640 m from 河岸, rule limit 1,000 m; the rule prohibits this",
    ),
    (
        "RIVER",
        P(industry="C2614"),
        rel("river_bank", distance=1000.0),
        KEY_UNIT,
        "needs_info",
        "an exception may apply; construction nature is not given",
    ),
    (
        "RIVER",
        P(industry="C2614", construction="新建"),
        rel("river_bank", distance=1000.1),  # beyond the limit: said so, not as a rounded "1,000 m from"
        KEY_UNIT,
        "not_applicable",
        "no feature of 河岸 lies within 1,000 m of the site",
    ),
    (
        "RIVER",
        P(industry="C2614", construction="新建"),
        rel("river_bank", distance=None),
        KEY_UNIT,
        "not_applicable",
        "no feature of 河岸 lies within 1,000 m",
    ),
    (
        "RIVER",
        P(industry="C2614", construction="改建", attributes={"capacity_increase": False}),
        rel("river_bank", distance=5.25),
        KEY_UNIT,
        "exempted",
        "site is 5.2 m from 河岸, rule limit 1,000 m; an exception applies; construction "
        "nature Renovation is one of Renovation, Technical upgrade; Capacity increase is no",
    ),
    (
        "RIVER",
        P(industry="C2614", construction="改建", attributes={"capacity_increase": True}),
        rel("river_bank", distance=5.0),
        KEY_UNIT,
        "conflict",
        "rule limit 1,000 m",
    ),
    (
        "RIVER",
        P(industry="C2614", construction="新建"),
        rel("river_bank", bound=False),
        KEY_UNIT,
        "needs_info",
        "layer 河岸 is not bound to a map layer",
    ),
    ("RIVER", P(industry="C2614", construction="新建"), {}, KEY_UNIT, "needs_info", "layer 河岸 is not bound"),
    (
        "PARK",
        P(industry="C2614"),
        rel("industrial_park", "inside", 0.0, area=5000),
        KEY_UNIT,
        "allowed",
        "restricted, and the conditions for allowing it are met; site lies inside 园区",
    ),
    (
        "PARK",
        P(industry="C2614"),
        rel("industrial_park", "overlapping", 0.0, area=10),
        KEY_UNIT,
        "conflict",
        "conditions for allowing it are not met; site is not entirely inside",
    ),
    (
        "PARK",
        P(industry="C2614"),
        rel("industrial_park", bound=False),
        KEY_UNIT,
        "needs_info",
        "restricted: allowed only if; layer 园区 is not bound",
    ),
    ("PARK", P(industry="C3911"), {}, KEY_UNIT, "not_applicable", "does not match C26"),
    (
        "OUTSIDE",
        P(),
        rel("industrial_park", "outside", 300.0),
        KEY_UNIT,
        "conflict",
        "site does not overlap 园区",
    ),
    (
        "OUTSIDE",
        P(),
        rel("industrial_park", "overlapping", 0.0, area=12.4),
        KEY_UNIT,
        "not_applicable",
        "site overlaps 园区 (12 m²)",
    ),
    (
        "SOURCE",
        P(),
        rel("water_source", "inside", 0.0, where="grade = 'I'", area=99),
        KEY_UNIT,
        "needs_info",
        "an exception may apply; Major infrastructure is not given",
    ),
    (
        "SOURCE",
        P(attributes={"major_infrastructure": True}),
        rel("water_source", "inside", 0.0, where="grade = 'I'", area=99),
        KEY_UNIT,
        "exempted",
        "site overlaps 水源地 where grade is I (99 m²); an exception applies",
    ),
    (
        "SOURCE",
        P(attributes={"major_infrastructure": False}),
        rel("water_source", "overlapping", 0.0, where="grade = 'I'", area=9),
        KEY_UNIT,
        "conflict",
        "the rule prohibits this",
    ),
    (
        "SOURCE",
        P(),
        rel("water_source", "overlapping", 0.0, area=9),
        KEY_UNIT,
        "needs_info",
        "layer 水源地 where grade is I is not bound",
    ),
    (
        "ZLCB",
        P(),
        {},
        KEY_UNIT,
        "requirement",
        "unit attribute ZLCB is yes; rule: yes; the project must meet this duty",
    ),
    ("ZLCB", P(), {}, UnitContext("U2", "", "重点管控单元", {"ZLCB": "否"}), "not_applicable", "ZLCB is no; rule: yes"),
    ("ZLCB", P(), {}, UnitContext("U3", "", "重点管控单元", {}), "needs_info", "unit attribute ZLCB is not given"),
    ("ZLCB-IN", P(), {}, UnitContext("U4", "", "key", {"ZLCB": "Y"}), "requirement", "rule: one of 是, Y"),
    (
        "WATER",
        P(attributes={"water_m3d": 6000}),
        {},
        KEY_UNIT,
        "manual_check",
        "the rule set's formula “Water use > 5000” holds; restricted: show by hand",
    ),
    (
        "WATER",
        P(attributes={"water_m3d": "100"}),
        {},
        KEY_UNIT,
        "not_applicable",
        "the rule set's formula “Water use > 5000” does not hold",
    ),
    ("WATER", P(), {}, KEY_UNIT, "needs_info", "Water use is not given"),
    (
        "INVEST",
        P(industry="C3911", attributes={"investment_wan": 30000}),
        {},
        KEY_UNIT,
        "allowed",
        "Investment is 30,000 (10,000 yuan); rule: at least 30,000 (10,000 yuan)",
    ),
    ("INVEST", P(industry="C3911", attributes={"investment_wan": 29999}), {}, KEY_UNIT, "conflict",
     "rule: at least 30,000 (10,000 yuan)"),
    ("INVEST", P(industry="C3911"), {}, KEY_UNIT, "needs_info", "Investment is not given"),
    (
        "ANY",
        P(industry="C2614", catalogue="鼓励类"),
        {},
        KEY_UNIT,
        "allowed",
        "catalogue class Encouraged class is one of Encouraged class; the rule allows this",
    ),
    ("ANY", P(industry="C3911"), {}, KEY_UNIT, "allowed", "C3911 matches C39"),
    ("ANY", P(industry="C2614"), {}, KEY_UNIT, "not_applicable", "not listed in"),
    ("ANY", P(catalogue=""), {}, KEY_UNIT, "needs_info", "industry is not given"),
    ("TEXT", P(), {}, KEY_UNIT, "manual_check", "text-only rule: check by hand"),
]


@pytest.mark.parametrize(
    "rule_id, project, relations, unit, status, words", CASES, ids=[f"{c[0]}-{c[4]}-{i}" for i, c in enumerate(CASES)]
)
def test_construct(ruleset, rule_id, project, relations, unit, status, words):
    finding = finding_of(ruleset, rule_id, project, relations, unit)
    assert finding.status == status, render(finding)
    assert words in render(finding)
    assert (finding.status == "needs_info") == bool(finding.missing)


@pytest.mark.parametrize("lang, words", [
    ("zh", "投资为 30,000 万元；条款要求：不低于 30,000 万元"),
    ("en", "Investment is 30,000 (10,000 yuan); rule: at least 30,000 (10,000 yuan)"),
])
def test_a_declared_unit_is_written_in_the_reasons_language(ruleset, lang, words):
    """A value in 万元 keeps its number, with thousands separators as the tables write it, and the unit in the
    reason's language: an English reason holds no Chinese unit."""
    finding = finding_of(ruleset, "INVEST", P(industry="C3911", attributes={"investment_wan": 30000}))
    text = "; ".join(render_reason(r, lang) for r in finding.reasons)
    assert words in text
    assert ("万元" in text) == (lang == "zh")


@pytest.mark.parametrize(
    "unit, expected",
    [
        (KEY_UNIT, {"CAT-KEY", "UNIT"}),
        (UnitContext("ZH13062920002", "", "重点管控单元（产业园区）"), {"CAT-KEY", "CAT-PARK"}),
        (UnitContext("ZH13062930001", "", "一般管控单元"), {"CAT-GENERAL"}),
        (UnitContext("ZH13062910001", "", "优先保护单元"), set()),
        (UnitContext("X", "", "unknown kind"), {"input:category"}),  # not recognised: needs information
    ],
)
def test_levels_apply_by_category_kind_and_code(ruleset, unit, expected):
    findings = evaluate_unit(ruleset, unit, P(), {})
    applied = {f.rule_id for f in findings if f.level != "general"}
    assert applied == expected
    assert len([f for f in findings if f.level == "general"]) == 23


def test_a_units_category_is_looked_up_among_the_kinds_once_per_value(example_rules, monkeypatch):
    """A batch reads every unit's category value (its rules, its verdict's category, whether it is recognised):
    the rule set matches each value against its kinds once, the same ids after (1 is not the value "1")."""
    from zoning_review.plugin.core.rules import ruleset as ruleset_module

    found = load_ruleset(str(example_rules)).ruleset  # a rule set of its own: nothing looked up before
    looked_up = []
    kind_of = ruleset_module.kind_of
    monkeypatch.setattr(ruleset_module, "kind_of",
                        lambda value, kinds: looked_up.append(value) or kind_of(value, kinds))
    park, general = "重点管控单元（产业园区）", "一般管控单元"
    for _unit in range(50):
        assert found.category_keys(park) == ("key", "key_park")
        assert found.category_keys(general) == ("general",)
        evaluate_unit(found, UnitContext("ZH13062920002", "", park), P(), {})
    assert found.category_keys(1) == found.category_keys("1") == found.category_keys(1) == ("priority",)
    assert looked_up == [park, general, 1, "1"]


def test_prose_fields_become_manual_checks_and_order_is_level_then_id(ruleset):
    unit = UnitContext(
        KEY_UNIT.code,
        KEY_UNIT.name,
        KEY_UNIT.category,
        KEY_UNIT.attributes,
        {"spatial_layout": "禁止新建化工项目。", "risk_prevention": "  ", "resource_efficiency": "节水。"},
    )
    findings = evaluate_unit(ruleset, unit, P(), {})
    prose = [f for f in findings if f.rule_id.startswith(unit.code)]
    assert [(f.dimension, f.status, f.level, f.text_zh) for f in prose] == [
        ("resource_efficiency", "manual_check", "unit", "节水。"),
        ("spatial_layout", "manual_check", "unit", "禁止新建化工项目。"),
    ]
    order = [("general", "category", "unit").index(f.level) for f in findings]
    assert order == sorted(order)
    for level in ("general", "category", "unit"):
        ids = [f.rule_id for f in findings if f.level == level]
        assert ids == sorted(ids)
    json.dumps([asdict(f) for f in findings], ensure_ascii=False)


def test_decisive_findings_are_the_ones_that_set_the_verdict(ruleset):
    findings = evaluate_unit(ruleset, KEY_UNIT, P(industry="C2614", construction="新建"), {})
    assert unit_verdict(findings) == "non_compliant"
    assert (
        {f.rule_id for f in findings if f.decisive}
        == {f.rule_id for f in findings if f.status == "conflict"}
        == {"IND", "IND-DIGITS", "IND-CLASS", "CONS"}
    )


def test_every_reason_template_is_listed_for_translation(ruleset):
    listed = set(conditions.reason_templates()) | set(evaluation.reason_templates())
    used = set()
    for rule_id, project, relations, unit, _status, _words in CASES:
        used |= {r.template for r in finding_of(ruleset, rule_id, project, relations, unit).reasons}
    assert used <= listed, used - listed
    assert len(used) >= 35
