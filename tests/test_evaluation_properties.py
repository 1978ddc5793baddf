"""Property tests of the evaluator over the example rule set."""

import dataclasses
import json
from dataclasses import asdict
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.model.results import LayerRelation
from zoning_review.plugin.core.review.evaluation import evaluate_unit, unit_verdict
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.rules.ruleset import RuleSet, UnitContext

EXAMPLE = Path(__file__).resolve().parents[1] / "rules" / "examples" / "xiongan_example.yaml"
RULESET = load_ruleset(str(EXAMPLE)).ruleset
NUMBERS = ("boiler_tph", "investment_wan", "vocs_tpa", "water_m3d")
FLAGS = ("discharges_pollutants", "water_supply_facility", "major_infrastructure", "capacity_increase")
UNITS = [
    UnitContext("ZH13062920001", "", "重点管控单元", {"ZLCB": "是"}),
    UnitContext("ZH13062920002", "", "重点管控单元（产业园区）", {"ZLCB": "否"}),
    UnitContext("ZH13063210001", "", "优先保护单元", {"ZLCB": "否"}, {"spatial_layout": "禁止。"}),
    UnitContext("ZH13063830001", "", "一般管控单元", {}),
    UnitContext("ZH13062930003", "", "一般管控单元", {"ZLCB": "否"}),
]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

numbers = st.one_of(st.none(), st.integers(0, 60000), st.floats(0, 60000, allow_nan=False))
flags = st.one_of(st.none(), st.booleans(), st.sampled_from(["是", "否"]))


@st.composite
def projects(draw):
    attributes = {n: draw(numbers) for n in NUMBERS}
    attributes.update({n: draw(flags) for n in FLAGS})
    return ProjectDescription(
        "p",
        draw(
            st.sampled_from(
                [
                    None,
                    "C2614",
                    "2614",
                    "C26",
                    "C3911",
                    "C3011",
                    "C3110",
                    "A0412",
                    "D4610",
                    "H6110",
                    "E4812",
                    "C2511",
                    "N7724",
                    "A0311",
                ]
            )
        ),
        draw(st.sampled_from([None, "新建", "扩建", "改建", "迁建", "技改"])),
        draw(st.sampled_from([None, "", "鼓励类", "限制类", "淘汰类"])),
        attributes,
    )


@st.composite
def relation_sets(draw):
    out = {}
    for query in RULESET.spatial_queries():
        if draw(st.booleans()):
            kind = draw(st.sampled_from(["inside", "overlapping", "outside"]))
            distance = 0.0 if kind != "outside" else draw(st.one_of(st.none(), st.floats(0.1, 5000, allow_nan=False)))
            out[query.key] = LayerRelation(
                query.layer, query.where, distance, None, kind, 0.0 if kind == "outside" else 50.0, draw(st.booleans())
            )
    return out


def plain(findings):
    return {f.rule_id: {k: v for k, v in asdict(f).items() if k != "decisive"} for f in findings}


@SETTINGS
@given(
    projects(),
    relation_sets(),
    st.sampled_from(UNITS),
    st.sampled_from(RULESET.rules),
    st.sampled_from(["general", "category", "unit"]),
)
def test_adding_a_rule_never_changes_other_findings(project, relations, unit, template, level):
    before = plain(evaluate_unit(RULESET, unit, project, relations))
    extra = dataclasses.replace(template, id="ZZ-EXTRA", level=level, category="key", units=(unit.code,))
    bigger = RuleSet(RULESET.metadata, RULESET.attributes, RULESET.layers, RULESET.kinds, RULESET.rules + [extra])
    after = plain(evaluate_unit(bigger, unit, project, relations))
    after.pop("ZZ-EXTRA", None)
    assert after == before


@SETTINGS
@given(projects(), relation_sets(), st.sampled_from(UNITS))
def test_missing_information_is_never_assumed(project, relations, unit):
    findings = evaluate_unit(RULESET, unit, project, relations)
    for finding in findings:
        assert (finding.status == "needs_info") == bool(finding.missing)
    if any(f.status == "needs_info" for f in findings):
        assert unit_verdict(findings) != "compliant"
    json.dumps([asdict(f) for f in findings], ensure_ascii=False)
    assert plain(evaluate_unit(RULESET, unit, project, relations)) == plain(findings)


@SETTINGS
@given(projects(), relation_sets(), st.sampled_from(UNITS), st.data())
def test_filling_in_a_missing_value_only_changes_undecided_findings(project, relations, unit, data):
    missing = [n for n in NUMBERS + FLAGS if project.attributes.get(n) is None]
    before = {f.rule_id: f.status for f in evaluate_unit(RULESET, unit, project, relations)}
    filled = dict(project.attributes)
    for name in missing:
        filled[name] = data.draw(st.integers(0, 60000) if name in NUMBERS else st.booleans())
    after_project = dataclasses.replace(project, attributes=filled)
    after = {f.rule_id: f.status for f in evaluate_unit(RULESET, unit, after_project, relations)}
    for rule_id, status in before.items():
        if status == "exempted":
            assert after[rule_id] in ("exempted", "not_applicable")
        elif status != "needs_info":
            assert after[rule_id] == status, rule_id


@SETTINGS
@given(
    st.sampled_from(NUMBERS),
    st.sampled_from(["<", "<=", ">", ">=", "==", "!="]),
    st.integers(-10, 100000),
    projects(),
    st.sampled_from(UNITS),
)
def test_a_rule_on_a_missing_attribute_is_needs_info(name, op, limit, project, unit):
    from zoning_review.plugin.core.rules.ruleset import Condition, Rule

    rule = Rule(
        "ZZ-ATTR",
        "general",
        "pollutant_emission",
        "prohibit",
        "测试",
        when=Condition("attribute", name=name, op=op, value=limit),
    )
    ruleset = RuleSet(RULESET.metadata, RULESET.attributes, RULESET.layers, RULESET.kinds, [rule])
    project = dataclasses.replace(project, attributes={**project.attributes, name: None})
    findings = evaluate_unit(ruleset, unit, project, {})
    assert [f.status for f in findings if f.rule_id == "ZZ-ATTR"] == ["needs_info"]
    assert unit_verdict(findings) != "compliant"


# units whose rules are the same but whose ZLCB (read by a category rule) differs or is missing, and
# units whose rule findings are the same but whose own prose (a manual check) changes the unit verdict
MEMO_UNITS = UNITS + [UnitContext("ZH13062920009", "", "重点管控单元", {"ZLCB": "否"}),
                      UnitContext("ZH13062920010", "", "重点管控单元", {}),
                      UnitContext("ZH13062920011", "", "重点管控单元", {"ZLCB": "否"}, {"risk_prevention": "核查。"}),
                      UnitContext("ZH13063830002", "", "一般管控单元", {}, {"resource_efficiency": "节水。"})]


PROSE_FIELDS = {"spatial_layout": "KJBJYS", "pollutant_emission": "PWWPFGK", "risk_prevention": "HJFXFK",
                "resource_efficiency": "ZYKFXLYQ"}


def complete(findings):
    """Every field of every finding, decisive flags included, in order."""
    return [asdict(f) for f in findings]


@SETTINGS
@given(st.lists(st.tuples(projects(), relation_sets(), st.sampled_from(MEMO_UNITS)), min_size=2, max_size=12),
       st.data())
def test_a_memo_shared_by_a_batch_changes_no_finding(items, data):
    from zoning_review.plugin.core.review.evaluation import FindingMemo

    memo = FindingMemo()
    # the same projects and relations again, for any unit: the memo must hit, and only where it may
    again = data.draw(st.lists(st.tuples(st.sampled_from(items), st.sampled_from(MEMO_UNITS)), max_size=12))
    items = items + [(project, relations, unit) for (project, relations, _unit), unit in again]
    returned = []
    for project, relations, unit in items:
        memo.site(project, relations)
        found = evaluate_unit(RULESET, unit, project, relations, memo)
        assert complete(found) == complete(evaluate_unit(RULESET, unit, project, relations))
        returned.append((found, complete(found)))
    assert memo.lists and memo.found
    # findings shared through the memo: what one unit was given is not changed by the units after it
    assert [complete(found) for found, _then in returned] == [then for _found, then in returned]


@SETTINGS
@given(st.lists(st.tuples(projects(), relation_sets(), st.lists(st.sampled_from(MEMO_UNITS), min_size=1, max_size=3)),
                min_size=1, max_size=8))
def test_sites_reviewed_with_a_shared_memo_read_as_reviewed_alone(sites):
    from zoning_review.plugin.core.model.results import OverlayResult, UnitOverlap
    from zoning_review.plugin.core.review.evaluation import FindingMemo
    from zoning_review.plugin.core.review.site_review import evaluate_overlay

    def whole(review):
        return (review.verdict, [(u.verdict, complete(u.findings)) for u in review.units],
                [asdict(r) for r in review.reasons])

    memo, returned = FindingMemo(), []
    for n, (project, relations, units) in enumerate(sites + sites):
        overlaps = [UnitOverlap(i, u.code, u.name, u.category, 10.0, 0.5, 0.1, dict(u.attributes))
                    for i, u in enumerate(units)]
        for overlap, unit in zip(overlaps, units):
            overlap.attributes.update({PROSE_FIELDS[dimension]: text for dimension, text in unit.prose.items()})
        overlay = OverlayResult(site_area_m2=20.0, overlaps=overlaps, relations=relations)
        review = evaluate_overlay(f"S{n}", overlay, project, RULESET, PROSE_FIELDS, memo)
        assert whole(review) == whole(evaluate_overlay(f"S{n}", overlay, project, RULESET, PROSE_FIELDS))
        returned.append((review, whole(review)))
    assert [whole(review) for review, _then in returned] == [then for _review, then in returned]


@SETTINGS
@given(st.lists(st.tuples(projects(), relation_sets(), st.lists(st.sampled_from(MEMO_UNITS), min_size=1, max_size=3)),
                min_size=1, max_size=8),
       st.sampled_from(["zh", "en"]))
def test_summary_reasons_rendered_through_a_batch_cache_read_as_rendered_alone(sites, lang):
    from zoning_review.plugin.core.model.results import OverlayResult, UnitOverlap
    from zoning_review.plugin.core.review.evaluation import FindingMemo
    from zoning_review.plugin.core.review.labels import named_clause
    from zoning_review.plugin.core.review.site_review import ReasonTexts, evaluate_overlay, render_reason

    memo, texts = FindingMemo(), ReasonTexts(lang)
    texts.LIMIT = 3  # the caches also start afresh part-way through
    for n, (project, relations, units) in enumerate(sites + sites):  # twice: the second time from the cache
        overlaps = [UnitOverlap(i, u.code, u.name, u.category, 10.0, 0.5, 0.1, dict(u.attributes))
                    for i, u in enumerate(units)]
        for overlap, unit in zip(overlaps, units):  # the units' own texts: a fresh summary reason per site
            overlap.attributes.update({PROSE_FIELDS[dimension]: text for dimension, text in unit.prose.items()})
        overlay = OverlayResult(site_area_m2=20.0, overlaps=overlaps, relations=relations)
        review = evaluate_overlay(f"S{n}", overlay, project, RULESET, PROSE_FIELDS, memo)
        assert [texts.render(r) for r in review.reasons] == [
            render_reason(r, lang) for r in review.reasons]
        assert [texts.named(r) for r in review.reasons] == [
            render_reason(named_clause(r, lang), lang) for r in review.reasons]
        alone = evaluate_overlay(f"S{n}", overlay, project, RULESET, PROSE_FIELDS)
        assert [render_reason(r, lang) for r in alone.reasons] == [render_reason(r, lang) for r in review.reasons]
