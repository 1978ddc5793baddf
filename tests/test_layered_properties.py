"""Invariant: splitting a rule set's rules over several lists that all apply everywhere changes no finding
(only each finding's source), whatever the split, the unit and the project."""

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.model.results import LayerRelation
from zoning_review.plugin.core.review.evaluation import FindingMemo, evaluate_unit
from zoning_review.plugin.core.rules.layered import ALL, LayeredRuleSet, ListPart, list_source
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.rules.ruleset import RuleSet, UnitContext

UNITS = [UnitContext("ZH13062920001", "", "重点管控单元", {"ZLCB": "是"}),
         UnitContext("ZH13062920002", "", "重点管控单元（产业园区）", {"ZLCB": "否"}),
         UnitContext("ZH13063210001", "", "优先保护单元", {"ZLCB": "否"}),
         UnitContext("ZH13063830001", "", "一般管控单元", {"ZLCB": "否"}),
         UnitContext("ZH13063830002", "", "未知类别", {})]
INDUSTRIES = ["C2614", "C3911", "C2511", "A0412", "E4812", "D4411", "N7724", "C", ""]


@pytest.fixture(scope="module")
def example(example_rules):
    return load_ruleset(str(example_rules)).ruleset


def split(ruleset: RuleSet, owners) -> LayeredRuleSet:
    """The rules dealt to lists by ``owners`` (a list index per rule), every list applying to all units."""
    parts = []
    for index in sorted(set(owners)):
        meta = dataclasses.replace(ruleset.metadata, id=f"part-{index}")
        rules = [rule for rule, owner in zip(ruleset.rules, owners) if owner == index]
        part = RuleSet(meta, ruleset.attributes, ruleset.layers, ruleset.kinds, rules, ruleset.path)
        parts.append(ListPart(part, ALL, list_source(part, "0" * 64, len(parts))))
    return LayeredRuleSet(parts)


def relations(ruleset, distance):
    return {q.key: LayerRelation(q.layer, q.where, distance, 1, "overlaps" if distance == 0 else "outside",
                                 10.0 if distance == 0 else 0.0) for q in ruleset.spatial_queries()}


def seen(findings):
    return [(f.rule_id, str(f.status), f.decisive, [r.to_dict() for r in f.reasons], f.missing) for f in findings]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(owners=st.lists(st.integers(0, 3), min_size=31, max_size=31), industry=st.sampled_from(INDUSTRIES),
       construction=st.sampled_from(["新建", "改建", "扩建", ""]), vocs=st.sampled_from([0, 12, None, "很多"]),
       distance=st.sampled_from([0.0, 500.0, 5000.0]), memo=st.booleans())
def test_any_split_over_lists_for_every_unit_gives_the_single_files_findings(
        example, owners, industry, construction, vocs, distance, memo):
    assert len(example.rules) == len(owners)
    layered = split(example, owners)
    project = ProjectDescription("p", industry, construction, "", {"vocs_tpa": vocs, "capacity_increase": True})
    rels = relations(example, distance)
    for unit in UNITS:
        single = evaluate_unit(example, unit, project, rels, FindingMemo().site(project, rels) if memo else None)
        split_findings = evaluate_unit(layered, unit, project, rels,
                                       FindingMemo().site(project, rels) if memo else None)
        assert seen(split_findings) == seen(single), unit.code
        for finding in split_findings:
            if finding.source is not None:
                assert finding.source.list_id == f"part-{owners[[r.id for r in example.rules].index(finding.rule_id)]}"
