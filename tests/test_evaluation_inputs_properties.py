"""Properties (#15): an input the review does not understand — a vocabulary value it does not
recognise, a number that is not finite — never yields a compliant unit or site, alone or in a batch."""

import dataclasses
import json
import math
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.test_evaluation_properties import RULESET, UNITS, projects, relation_sets
from zoning_review.plugin.core.misread_text import misread
from zoning_review.plugin.core.model.results import OverlayResult, Reason, UnitOverlap, Words
from zoning_review.plugin.core.model.vocab import CATALOGUE_VOCAB, CONSTRUCTION_VOCAB
from zoning_review.plugin.core.outputs.findings_json import FindingsJson
from zoning_review.plugin.core.review.evaluation import FindingMemo, evaluate_unit, unit_verdict
from zoning_review.plugin.core.review.site_review import evaluate_overlay, render_reason
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.rules.readings import input_findings
from zoning_review.plugin.core.rules.ruleset import UnitContext

CONSTRUCTS = load_ruleset(str(Path(__file__).parent / "data" / "rules" / "constructs.yaml")).ruleset
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NEAR_MISSES = ["优先", "重点", "一般", "禁止类项目", "非鼓励类", "新建、扩建", "扩建项目", "coal gas", "燃 煤x",
               "Ｎ／Ａ", "nan", "-", "0", "无"]
WRITTEN = st.one_of(st.sampled_from(NEAR_MISSES),
                    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=10))
NON_FINITE = st.one_of(st.sampled_from([math.nan, math.inf, -math.inf]),
                       st.sampled_from(["nan", "NaN", "inf", "-inf", "Infinity", "1e999", "-1e400", " nan "]))


def unrecognised(known) -> st.SearchStrategy:
    """Written values that ``known`` (a value → bool test) does not recognise and that are not blank."""
    return WRITTEN.filter(lambda text: text.strip() and not known(text))


def overlaps_of(units):
    """The units as overlaps of one site."""
    return [UnitOverlap(i, u.code, u.name, u.category, 10.0, 0.5, 0.1, dict(u.attributes)) for i, u in enumerate(units)]


def verdicts(ruleset, project, relations, units, memo=None):
    """Each unit's verdict and the site's, as one review gives them (through a memo as without one)."""
    overlay = OverlayResult(20.0, overlaps_of(units), relations=relations)
    review = evaluate_overlay("S", overlay, project, ruleset, memo=memo)
    alone = evaluate_overlay("S", overlay, project, ruleset)
    assert [[dataclasses.asdict(f) for f in u.findings] for u in review.units] == [
        [dataclasses.asdict(f) for f in u.findings] for u in alone.units]
    return [u.verdict for u in review.units], review.verdict


@SETTINGS
@given(projects(), relation_sets(), st.lists(st.sampled_from(UNITS), min_size=1, max_size=3), st.data())
def test_an_unrecognised_vocabulary_value_never_yields_a_compliant_unit_or_site(project, relations, units, data):
    which = data.draw(st.sampled_from(["catalogue", "construction", "category"]))
    if which == "catalogue":
        project = dataclasses.replace(project, catalogue=data.draw(unrecognised(CATALOGUE_VOCAB.id_of)))
    elif which == "construction":
        project = dataclasses.replace(project, construction=data.draw(unrecognised(CONSTRUCTION_VOCAB.id_of)))
    else:
        category = data.draw(unrecognised(RULESET.category_keys))
        units = [dataclasses.replace(units[0], category=category)] + units[1:]
    memo = FindingMemo()
    for _time in range(2):  # alone, then through a batch memo that has seen the same site
        unit_verdicts, site = verdicts(RULESET, project, relations, units, memo)
        hit = unit_verdicts if which != "category" else unit_verdicts[:1]
        assert "compliant" not in hit and site != "compliant"


@SETTINGS
@given(st.sampled_from([None, "C2614", "C3911", "D4610"]), st.sampled_from([None, "新建", "改建"]),
       unrecognised(CONSTRUCTS.attributes["fuel"].values.id_of), st.sampled_from(UNITS))
def test_an_unrecognised_declared_value_never_yields_a_compliant_unit(industry, construction, fuel, unit):
    assume(not misread(fuel))  # text its layer misread (U+FFFD, 一级 as Ò»¼¶): its own message, test_misread_units
    project = dataclasses.replace(projects_constructs(), industry=industry, construction=construction,
                                  attributes={**projects_constructs().attributes, "fuel": fuel})
    findings = evaluate_unit(CONSTRUCTS, unit, project, {})
    assert unit_verdict(findings) != "compliant"
    by_id = {f.rule_id: f for f in findings}
    for rule_id in ("FUEL", "FUEL-IN", "input:fuel"):
        assert by_id[rule_id].status == "needs_info"
        text = render_reason(by_id[rule_id].reasons[-1], "en")
        assert text == f"Fuel value {fuel.strip()} is not recognised; accepted: Coal, Natural gas, Electricity"


def projects_constructs():
    """A project that gives every attribute of the constructs rule set."""
    from zoning_review.plugin.core.model.project import ProjectDescription

    return ProjectDescription("p", attributes={"boiler_tph": 0, "investment_wan": 50000, "water_m3d": 10,
                                               "major_infrastructure": False, "capacity_increase": False,
                                               "product": "服装", "fuel": "电"})


def reason_numbers(reason: Reason):
    """Every number inside a reason, nested reasons included."""
    for value in reason.values.values():
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, Reason):
                yield from reason_numbers(item)
            elif isinstance(item, float):
                yield item


@SETTINGS
@given(projects(), relation_sets(), st.sampled_from(UNITS),
       st.sampled_from(["boiler_tph", "investment_wan", "vocs_tpa", "water_m3d"]), NON_FINITE)
def test_a_number_that_is_not_finite_is_never_a_number(project, relations, unit, name, raw):
    project = dataclasses.replace(project, attributes={**project.attributes, name: raw})
    findings = evaluate_unit(RULESET, unit, project, relations)
    assert unit_verdict(findings) != "compliant"
    label = RULESET.attributes[name].words()
    reading = [f for f in findings if name in f.missing]
    assert {f.status for f in reading} == {"needs_info"} and "input:" + name in {f.rule_id for f in reading}
    for finding in reading:
        assert any(r.values.get("attribute") == label and r.values.get("value") == str(raw).strip()
                   for r in finding.reasons)
    for finding in findings:
        assert all(math.isfinite(number) for r in finding.reasons for number in reason_numbers(r))
    json.loads(FindingsJson().encode(findings), parse_constant=lambda c: (_ for _ in ()).throw(ValueError(c)))
    assert [f.rule_id for f in input_findings(RULESET, unit, project)] == ["input:" + name]
    assert isinstance(label, Words) and name not in (label.zh, label.en)  # the user reads the label, not the key


@SETTINGS
@given(projects(), st.sampled_from(UNITS))
def test_values_the_review_understands_add_no_input_finding(project, unit):
    assert input_findings(RULESET, unit, project) == []
    assert input_findings(RULESET, UnitContext("X", "", "重点管控单元（城镇生活类）"), project) == []
