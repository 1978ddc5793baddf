"""A catalogue class or unit category written with a qualifier is read as its class — unless the qualifier names
another class (鼓励类/淘汰类, 优先保护单元/重点管控单元): which one is meant is not known, so it needs information,
never the first class named (which could leave a prohibition of the second unapplied)."""

import json

import pytest

from tests.test_evaluation_example import URBAN_KEY, project, relations
from tests.test_processing_review import edited_sample, params, rows
from zoning_review.plugin.core.model.vocab import CATALOGUE_VOCAB, CATEGORY_VOCAB
from zoning_review.plugin.core.review.evaluation import evaluate_unit, unit_verdict
from zoning_review.plugin.core.review.site_review import render_reason
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.rules.ruleset import UnitContext


@pytest.fixture(scope="module")
def example(example_rules):
    return load_ruleset(str(example_rules)).ruleset


@pytest.mark.parametrize("written, expected", [
    ("鼓励类/淘汰类", ""), ("鼓励类（限制类）", ""), ("淘汰类-鼓励类", ""), ("允许类（原限制类）", ""),
    ("限制类·禁止准入类", ""), ("Encouraged class (restricted)", ""),
    ("限制类（石化化工）", "restricted"), ("鼓励类-第一类", "encouraged"), ("淘汰类（落后产品）", "eliminated"),
])
def test_a_catalogue_qualifier_naming_another_class_is_not_one_class(written, expected):
    assert CATALOGUE_VOCAB.id_of(written) == expected


@pytest.mark.parametrize("written, expected", [
    ("优先保护单元/重点管控单元", ""), ("重点管控单元（一般管控单元）", ""), ("一般管控单元-优先保护", ""),
    ("重点管控单元（城镇生活类）", "key"), ("重点管控单元-产业集聚类", "key"),
    ("优先保护单元（生态保护红线）", "priority"),
])
def test_a_category_qualifier_naming_another_category_is_not_one_category(written, expected):
    assert CATEGORY_VOCAB.id_of(written) == expected


def test_a_project_of_two_catalogue_classes_needs_information(example):
    # Electronics (C3911) in the urban key unit: compliant when encouraged; G-SL-01 prohibits an eliminated one.
    rels = relations(example)
    assert unit_verdict(evaluate_unit(example, URBAN_KEY, project("C3911", catalogue="鼓励类"), rels)) == "compliant"
    findings = evaluate_unit(example, URBAN_KEY, project("C3911", catalogue="鼓励类/淘汰类"), rels)
    got = {f.rule_id: f for f in findings}
    assert got["G-SL-01"].status == "needs_info" and got["input:catalogue"].status == "needs_info"
    assert render_reason(got["input:catalogue"].reasons[0], "en").startswith(
        "catalogue class 鼓励类/淘汰类 is not recognised")
    assert unit_verdict(findings) == "needs_study"


def test_a_unit_of_two_categories_needs_information(example):
    unit = UnitContext("ZH13062920001", "", "优先保护单元/重点管控单元", {"ZLCB": "否"})
    findings = evaluate_unit(example, unit, project("C3911"), relations(example))
    assert {f.rule_id: f.status for f in findings}["input:category"] == "needs_info"
    assert unit_verdict(findings) != "compliant"


def test_reviewsites_does_not_pass_a_sample_site_of_two_catalogue_classes(zr_processing, sample_gpkg, example_rules,
                                                                           tmp_path):
    import processing

    # S01 (electronics in the park, not listed) is compliant; written 鼓励类/淘汰类 it may be prohibited (G-SL-01).
    gpkg = edited_sample(sample_gpkg, tmp_path / "sample.gpkg",
                         "UPDATE sites SET catalogue = '鼓励类/淘汰类' WHERE site_id = 'S01'")
    processing.run("zoningreview:reviewsites", params(gpkg, example_rules, tmp_path))
    summary = {row["site_id"]: row for row in rows(tmp_path / "summary.gpkg")}
    assert summary["S01"]["verdict"] == "needs_study"
    found = {item["rule_id"]: item["status"] for row in rows(tmp_path / "findings.gpkg") if row["site_id"] == "S01"
             for item in json.loads(row["findings_json"])}
    assert found["G-SL-01"] == "needs_info" and found["input:catalogue"] == "needs_info"
