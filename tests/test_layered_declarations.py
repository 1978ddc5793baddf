"""Stacked lists read a project's values through the first list's declaration of each attribute: a later list that
declares the attribute with another type, unit or set of values would have its limits compared with a value read
in the first list's unit (2亿元 written 20000 万元 against a limit of 3 亿元), so the lists cannot be applied together
and loading says where, never a silently wrong comparison."""

from pathlib import Path

import pytest

from tests.test_evaluation_example import relations
from tests.test_processing_review import params
from zoning_review.plugin.core.inputs.rule_lists import load_lists
from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.review.evaluation import evaluate_unit, unit_verdict
from zoning_review.plugin.core.rules.ruleset import UnitContext

ROOT = Path(__file__).resolve().parents[1]
LAYERED = [ROOT / "rules" / "examples" / "layered" / f"xiongan_{name}.yaml" for name in ("province", "county", "units")]
HEAD = """format: zoning-review-rules/1
metadata:
  id: {list_id}
  title: {{zh: {list_id}}}
  version: "1"
  authority: {{zh: 测试机关}}
  effective: "2024-01-01"
  region: {{zh: 测试区}}
attributes:
  investment_wan: {declaration}
"""
PROVINCE_RULE = """rules:
  - id: P-1
    level: general
    dimension: spatial_layout
    effect: allow
    when: {construction: new}
    text: {zh: 鼓励新建项目。}
"""
COUNTY_RULE = """rules:
  - id: C-1
    level: general
    dimension: resource_efficiency
    effect: prohibit
    when: {attribute: {name: investment_wan, op: "<", value: 3}}
    text: {zh: 禁止总投资低于3亿元的项目。}
"""
IN_WAN = "{type: number, unit: 万元, label: {zh: 总投资}}"


def write(folder, list_id, declaration, rules):
    path = Path(folder) / f"{list_id}.yaml"
    path.write_text(HEAD.format(list_id=list_id, declaration=declaration) + rules, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("declaration", [
    "{type: number, unit: 亿元, label: {zh: 总投资（亿元）}}",
    "{type: number, label: {zh: 总投资}}",
    "{type: string, label: {zh: 总投资}}",
])
def test_a_later_list_reading_an_attribute_otherwise_is_an_error_at_its_declaration(tmp_path, declaration):
    province = write(tmp_path, "province", IN_WAN, PROVINCE_RULE)
    county = write(tmp_path, "county", declaration,
                   COUNTY_RULE if "number" in declaration else PROVINCE_RULE.replace("P-1", "C-1"))
    result = load_lists([(province, None), (county, None)])
    assert result.ruleset is None
    (error,) = result.errors
    assert (error.file, error.line, error.json_path) == (county, 10, "$.attributes.investment_wan")
    assert error.text("en").endswith(
        "attribute investment_wan is declared in the list county with another type, unit or set of values than in "
        "the list province, so its rules would compare a project's value read as province declares it (a number in "
        "万元 against a limit in 亿元): declare it alike in both lists, or give it another name in one")


def test_a_project_of_2_yi_yuan_is_never_passed_against_a_limit_of_3_yi_yuan(tmp_path):
    # Read together, 20000 (万元, the province's unit) would be compared with the county's 3 (亿元): not below it.
    province = write(tmp_path, "province", IN_WAN, PROVINCE_RULE)
    county = write(tmp_path, "county", "{type: number, unit: 亿元, label: {zh: 总投资（亿元）}}", COUNTY_RULE)
    ruleset = load_lists([(province, None), (county, None)]).ruleset
    if ruleset is not None:  # the lists applied together must not pass the project
        project = ProjectDescription("p", "C3911", "新建", "", {"investment_wan": 20000})
        findings = evaluate_unit(ruleset, UnitContext("ZH13062920001", "", "重点管控单元", {}), project,
                                 relations(ruleset))
        assert unit_verdict(findings) != "compliant"


@pytest.mark.parametrize("first, other", [
    ("{type: number, unit: t/h, unit_aliases: [蒸吨/小时], label: {zh: 锅炉}}",
     "{type: number, unit: 蒸吨/小时, label: {zh: 锅炉}}"),
    ("{type: number, unit: 万元, label: {zh: 总投资}}", "{type: number, unit: 万元, label: {zh: 投资额}}"),
    ("{type: boolean, label: {zh: 是否}}", "{type: boolean, label: {zh: 是否（县）}}"),
])
def test_lists_declaring_an_attribute_that_reads_alike_load_together(tmp_path, first, other):
    province = write(tmp_path, "province", first, PROVINCE_RULE)
    county = write(tmp_path, "county", other, PROVINCE_RULE.replace("P-1", "C-1"))
    result = load_lists([(province, None), (county, None)])
    assert result.ruleset is not None, result.text("en")


def test_declared_values_that_differ_are_an_error(tmp_path):
    coal = "{type: string, label: {zh: 燃料}, values: [{id: coal, label: {zh: 燃煤}}, {id: gas, label: {zh: 燃气}}]}"
    other = "{type: string, label: {zh: 燃料}, values: [{id: coal, label: {zh: 燃煤}}, {id: oil, label: {zh: 燃油}}]}"
    province = write(tmp_path, "province", coal, PROVINCE_RULE)
    county = write(tmp_path, "county", other, PROVINCE_RULE.replace("P-1", "C-1"))
    assert load_lists([(province, None), (county, None)]).ruleset is None
    assert load_lists([(province, None), (write(tmp_path, "same", coal, PROVINCE_RULE.replace("P-1", "S-1")),
                                          None)]).ruleset is not None


def test_the_example_lists_declare_their_attributes_alike():
    result = load_lists([(str(p), None) for p in LAYERED])
    assert result.ruleset is not None and not result.errors, result.text("en")


def test_reviewsites_refuses_lists_reading_an_attribute_otherwise(zr_processing, sample_gpkg, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    province = write(tmp_path, "province", IN_WAN, PROVINCE_RULE)
    county = write(tmp_path, "county", "{type: number, unit: 亿元, label: {zh: 总投资（亿元）}}", COUNTY_RULE)
    with pytest.raises(QgsProcessingException, match="attribute investment_wan is declared in the list county"):
        processing.run("zoningreview:reviewsites", params(sample_gpkg, "", tmp_path, RULES=[province, county]))
    assert not (tmp_path / "summary.gpkg").exists()
