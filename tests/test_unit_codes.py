"""A unit's own clauses (一单元一策略) and the lists scoped by an administrative code are chosen by the unit's code:
a code the unit layer writes in another case, in full-width characters or with spaces is the same unit, and a
unit without a code needs information where the choice depends on it — never compliant without its clauses."""

import json
from pathlib import Path

import pytest

from tests.test_evaluation_example import project, relations
from tests.test_processing_review import edited_sample, params, rows
from zoning_review.plugin.core.inputs.rule_lists import load_lists
from zoning_review.plugin.core.review.evaluation import FindingMemo, evaluate_unit, unit_verdict
from zoning_review.plugin.core.review.site_review import render_reason
from zoning_review.plugin.core.rules.loader import check_against_layer, load_ruleset
from zoning_review.plugin.core.rules.ruleset import UnitContext

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data" / "rules"
LAYERED = [ROOT / "rules" / "examples" / "layered" / f"xiongan_{name}.yaml" for name in ("province", "county", "units")]
URBAN = "ZH13062920001"  # 容城县城镇重点管控单元: U-RC-01 prohibits new or expanded industry but electronics (C39)
SPELLINGS = ["zh13062920001", "ＺＨ１３０６２９２０００１", "ZH130629 20001", " ZH13062920001\t"]


@pytest.fixture(scope="module")
def example(example_rules):
    return load_ruleset(str(example_rules)).ruleset


def urban(code):
    return UnitContext(code, "容城县城镇重点管控单元", "重点管控单元", {"ZLCB": "否"})


def statuses(findings):
    return {f.rule_id: f.status for f in findings}


@pytest.mark.parametrize("code", SPELLINGS)
@pytest.mark.parametrize("memo", [False, True])
def test_a_unit_code_written_otherwise_still_gets_the_units_own_clauses(example, code, memo):
    # A new chemical plant (C2614) far from every constraint: the unit's own U-RC-01 prohibits it.
    proj, rels = project("C2614"), relations(example)
    batch = FindingMemo().site(proj, rels) if memo else None
    findings = evaluate_unit(example, urban(code), proj, rels, batch)
    assert statuses(findings)["U-RC-01"] == "conflict"
    assert unit_verdict(findings) == "non_compliant"


def test_units_sharing_a_batch_keep_their_own_clauses(example):
    proj, rels = project("C2614"), relations(example)
    memo = FindingMemo().site(proj, rels)
    other = evaluate_unit(example, urban("ZH13062920099"), proj, rels, memo)
    assert "U-RC-01" not in statuses(other)
    assert statuses(evaluate_unit(example, urban("zh13062920001"), proj, rels, memo))["U-RC-01"] == "conflict"


@pytest.mark.parametrize("code", ["", "  ", None])
def test_a_unit_without_a_code_needs_information_where_rules_name_units(example, code):
    findings = evaluate_unit(example, urban(code), project("C2614"), relations(example))
    (finding,) = [f for f in findings if f.rule_id == "input:unit_code"]
    assert finding.status == "needs_info" and finding.level == "unit" and finding.missing == ["unit_code"]
    assert render_reason(finding.reasons[0], "en").startswith("the unit's code is not given")
    assert unit_verdict(findings) != "compliant"


def test_a_unit_without_a_code_is_reviewed_as_before_where_no_rule_names_units():
    general_only = load_ruleset(str(DATA / "base.yaml")).ruleset
    findings = evaluate_unit(general_only, UnitContext("", "", "重点管控单元", {}), project("C2614"), {})
    assert not [f for f in findings if f.rule_id.startswith("input:")]


def test_a_site_compliant_but_for_a_missing_unit_code_needs_study(example):
    # Electronics (C3911) in the urban key unit: U-RC-01 excepts it, and nothing else applies.
    proj, rels = project("C3911"), relations(example)
    assert unit_verdict(evaluate_unit(example, urban(URBAN), proj, rels)) == "compliant"
    assert unit_verdict(evaluate_unit(example, urban(""), proj, rels)) == "needs_study"


def test_a_list_scoped_by_an_administrative_code_covers_a_code_written_otherwise():
    layered = load_lists([(str(p), None) for p in LAYERED]).ruleset
    proj, rels = project("C2614"), relations(layered)
    got = statuses(evaluate_unit(layered, urban("zh13062920001"), proj, rels))
    # G-RP-01 (the province's, ZH130000) requires a risk plan of chemical industry; U-RC-01 is the unit list's.
    assert got["G-RP-01"] == "requirement" and got["U-RC-01"] == "conflict"
    blank = evaluate_unit(layered, urban(""), proj, rels)
    assert statuses(blank)["input:unit_code"] == "needs_info" and unit_verdict(blank) != "compliant"


def test_validaterules_does_not_warn_about_a_code_the_layer_writes_otherwise(example):
    codes = ["zh13062920001", "ＺＨ13063210001", "ZH130632 10002", "ZH13063830001"]
    warned = [m.reason.values["code"] for m in check_against_layer(example, codes, {}) if "code" in m.reason.values]
    assert warned == []
    assert [m.reason.values["code"] for m in check_against_layer(example, codes[1:], {})
            if "code" in m.reason.values] == [URBAN, URBAN]


@pytest.mark.parametrize("written, verdict, clause, status", [
    ("lower('ZH13062920001')", "non_compliant", "U-RC-01", "conflict"),
    ("NULL", "needs_study", "input:unit_code", "needs_info"),
])
def test_reviewsites_reads_the_unit_code_as_the_sample_layer_writes_it(zr_processing, sample_gpkg, example_rules,
                                                                       tmp_path, written, verdict, clause, status):
    import processing

    # S10, a new industrial project in the Rongcheng urban key unit, is non-compliant by that unit's U-RC-01.
    gpkg = edited_sample(sample_gpkg, tmp_path / "sample.gpkg",
                         f"UPDATE control_units SET HJGKDYBM = {written} WHERE HJGKDYBM = '{URBAN}'")
    processing.run("zoningreview:reviewsites", params(gpkg, example_rules, tmp_path))
    summary = {row["site_id"]: row for row in rows(tmp_path / "summary.gpkg")}
    assert summary["S10"]["verdict"] == verdict
    found = {item["rule_id"]: item["status"] for row in rows(tmp_path / "findings.gpkg") if row["site_id"] == "S10"
             for item in json.loads(row["findings_json"])}
    assert found[clause] == status
