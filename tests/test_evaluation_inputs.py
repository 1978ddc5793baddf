"""Inputs the review does not understand are needs information, never compliant (#15): vocabularies,
declared values, numbers, and a rule set not yet in force."""

import datetime
import json
import math
from pathlib import Path

import pytest
from qgis.core import QgsFeature, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from tests.test_evaluation_example import project, relations
from zoning_review.plugin.core.inputs.site_attributes import (
    SiteFieldMap,
    convert,
    detect_site_fields,
    project_from_attributes,
)
from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.model.results import OverlayResult, Reason, UnitOverlap
from zoning_review.plugin.core.model.vocab import CATALOGUE_VOCAB, CATEGORY_VOCAB, CONSTRUCTION_VOCAB
from zoning_review.plugin.core.outputs.findings_json import FindingsJson
from zoning_review.plugin.core.review.evaluation import evaluate_unit, site_verdict, unit_verdict
from zoning_review.plugin.core.review.site_review import evaluate_overlay, render_reason
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.rules.readings import industry
from zoning_review.plugin.core.rules.ruleset import UnitContext
from zoning_review.plugin.core.rules.values import as_bool, as_number

DATA = Path(__file__).parent / "data" / "rules"
KEY_UNIT = UnitContext("ZH13062920001", "容城县城镇重点管控单元", "重点管控单元", {"ZLCB": "是"})
P = ProjectDescription


@pytest.fixture(scope="module")
def constructs():
    result = load_ruleset(str(DATA / "constructs.yaml"))
    assert result.ruleset is not None, result.text("en")
    return result.ruleset


@pytest.fixture(scope="module")
def example(example_rules):
    return load_ruleset(str(example_rules)).ruleset


def texts(findings, lang="en"):
    """{rule id: (status, reasons as one sentence)}."""
    return {f.rule_id: (f.status, "; ".join(render_reason(r, lang) for r in f.reasons)) for f in findings}


def strict_json(text: str):
    """json.loads that refuses NaN and infinities (which are not JSON)."""
    def refuse(constant):
        raise ValueError(f"not JSON: {constant}")
    return json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize("written, expected", [
    ("禁止类", "prohibited"), ("禁止准入类", "prohibited"), ("Prohibited class", "prohibited"),
    ("PROHIBITED", "prohibited"), ("鼓励类", "encouraged"), (" 鼓励类 ", "encouraged"),
    ("限制类（石化化工）", "restricted"), ("限制类-第二条", "restricted"),
    ("允许类", "permitted"), ("not listed", "permitted"),
    ("非鼓励类", ""), ("鼓励类以外", ""), ("三类", ""), ("xyz", ""), ("", ""),
])
def test_catalogue_vocabulary(written, expected):
    assert CATALOGUE_VOCAB.id_of(written) == expected


@pytest.mark.parametrize("written, expected", [
    ("新建", "new"), ("New construction", "new"), ("ｎｅｗ", "new"), ("改扩建", "expansion"), ("技术改造", "upgrade"),
    ("Relocation", "relocation"), ("新建、扩建", ""), ("新建项目", ""), ("拆除", ""),
])
def test_construction_vocabulary(written, expected):
    assert CONSTRUCTION_VOCAB.id_of(written) == expected


@pytest.mark.parametrize("written, expected", [
    ("优先保护单元", "priority"), ("重点管控单元（产业园区）", "key"), ("重点管控单元(城镇生活类)", "key"),
    ("重点管控单元-产业集聚类", "key"), ("一般管控单元", "general"), ("2", "key"), ("Key control unit", "key"),
    ("优先", ""), ("非优先保护单元", ""), ("水环境重点管控区", ""), ("重点管控单元城镇", ""),
])
def test_category_vocabulary(written, expected):
    assert CATEGORY_VOCAB.id_of(written) == expected


def test_prohibited_catalogue_class_is_a_class_rules_can_name(tmp_path):
    text = (DATA / "base.yaml").read_text(encoding="utf-8") + (
        "  - {id: NEG, level: general, dimension: spatial_layout, effect: prohibit, text: {zh: 负面清单},\n"
        "     when: {catalogue: 禁止类}}\n")
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    ruleset = load_ruleset(str(path)).ruleset
    findings = evaluate_unit(ruleset, KEY_UNIT, P(catalogue="禁止准入类"), {})
    assert texts(findings)["NEG"] == ("conflict", "catalogue class Prohibited class is one of Prohibited class; "
                                                  "the rule prohibits this")
    assert unit_verdict(findings) == "non_compliant"


def test_unrecognised_catalogue_class_needs_information_naming_it_and_the_accepted_ones(constructs):
    findings = evaluate_unit(constructs, KEY_UNIT, P(catalogue="三类"), {})
    status, reason = texts(findings)["CAT"]
    assert status == "needs_info"
    assert reason == ("catalogue class 三类 is not recognised; accepted: Encouraged class, Restricted class, "
                      "Eliminated class, Prohibited class, Permitted class (not listed), or nothing when the "
                      "project is not listed")
    assert texts(findings)["input:catalogue"] == ("needs_info", reason)
    assert "not listed in the" not in reason


def test_unrecognised_catalogue_class_is_not_compliant_in_the_example(example):
    unit = UnitContext("ZH13062930003", "", "一般管控单元", {"ZLCB": "否"})
    assert unit_verdict(evaluate_unit(example, unit, project("H6110"), relations(example))) == "compliant"
    findings = evaluate_unit(example, unit, project("H6110", catalogue="第三类"), relations(example))
    assert unit_verdict(findings) == "needs_study"
    decisive = {f.rule_id: f for f in findings if f.decisive}
    assert set(decisive) == {"G-RE-01", "G-SL-01", "G-SL-02", "input:catalogue"}  # every catalogue rule, and the input
    assert decisive["input:catalogue"].missing == ["catalogue"]
    zh = render_reason(decisive["input:catalogue"].reasons[0], "zh")
    assert zh.startswith("无法识别目录类别“第三类”；可接受：鼓励类")


@pytest.mark.parametrize("given", [{"catalogue": "第三类"}, {"construction": "拆除"}, {"attributes": {"fuel": "柴油"}},
                                   {"attributes": {"boiler_tph": "nan"}}, {"industry": "X99"}])
def test_an_input_not_understood_is_not_compliant_where_no_rule_reads_it(tmp_path, given):
    header = (DATA / "constructs.yaml").read_text(encoding="utf-8").split("\nrules:\n")[0]
    path = tmp_path / "rules.yaml"
    path.write_text(header + "\nrules:\n  - {id: OK, level: general, dimension: spatial_layout, effect: allow, "
                    "text: {zh: 允许}, when: {unit_attribute: {field: ZLCB, op: '==', value: 是}}}\n", encoding="utf-8")
    ruleset = load_ruleset(str(path)).ruleset
    assert unit_verdict(evaluate_unit(ruleset, KEY_UNIT, P(industry="C2614"), {})) == "compliant"
    findings = evaluate_unit(ruleset, KEY_UNIT, P(**{"industry": "C2614", **given}), {})
    assert unit_verdict(findings) == "needs_study"
    assert [f.rule_id.split(":")[0] for f in findings if f.decisive] == ["input"]


def test_empty_catalogue_class_means_not_listed(constructs):
    status, reason = texts(evaluate_unit(constructs, KEY_UNIT, P(catalogue="  "), {}))["CAT"]
    assert (status, reason) == ("not_applicable", "project is not listed in the Industrial Structure Adjustment "
                                                  "Catalogue")


def test_unrecognised_construction_nature_needs_information(constructs):
    findings = texts(evaluate_unit(constructs, KEY_UNIT, P(construction="新建、扩建"), {}))
    expected = ("construction nature 新建、扩建 is not recognised; accepted: New construction, Expansion, "
                "Renovation, Relocation, Technical upgrade")
    assert findings["CONS"] == ("needs_info", expected)
    assert findings["input:construction"] == ("needs_info", expected)


def test_english_construction_nature_is_recognised(constructs):
    assert texts(evaluate_unit(constructs, KEY_UNIT, P(construction="Expansion"), {}))["CONS"][0] == "conflict"


@pytest.mark.parametrize("category", ["优先", "key unit", "重点管控", "重点管控单元（产业园区）"])
def test_unit_category_short_or_qualified(constructs, category):
    unit = UnitContext("ZH1", "", category, {})
    findings = texts(evaluate_unit(constructs, unit, P(), {}))
    if category in ("优先", "key unit"):
        assert findings["input:category"] == ("needs_info", f"unit category {category} is not recognised, so the "
                                              "rules of its category cannot be chosen; accepted: Priority "
                                              "protection unit, Key control unit, General control unit")
    else:
        assert "input:category" not in findings and "CAT-KEY" in findings


def test_unit_without_category_needs_information_where_the_rule_set_has_category_rules(constructs, tmp_path):
    findings = evaluate_unit(constructs, UnitContext("ZH1", "", "", {}), P(), {})
    (finding,) = [f for f in findings if f.rule_id == "input:category"]
    assert finding.status == "needs_info" and finding.level == "category" and finding.missing == ["unit_category"]
    path = tmp_path / "general_only.yaml"
    path.write_text((DATA / "base.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    general_only = load_ruleset(str(path)).ruleset
    assert not [f for f in evaluate_unit(general_only, UnitContext("ZH1", "", "", {}), P(), {})
                if f.rule_id.startswith("input:")]


def test_a_site_in_a_unit_of_unrecognised_category_is_not_compliant(example):
    def review(category):
        overlap = UnitOverlap(1, "ZH13062930003", "", category, 100.0, 1.0, 0.1, {"ZLCB": "否"})
        return evaluate_overlay("S", OverlayResult(100.0, [overlap], relations=relations(example)),
                                project("H6110"), example)

    assert review("一般管控单元").verdict == "compliant"
    review = review("一般")
    assert review.verdict == "needs_study"
    assert review.reasons[0].values["rule"] == Reason("Unit category")  # the item, named in either language
    assert render_reason(review.reasons[0], "en").startswith("Unit category: unit category 一般 is not recognised")


@pytest.mark.parametrize("fuel, fuel_status, in_status", [
    ("燃煤", "conflict", "conflict"), ("Coal", "conflict", "conflict"), ("煤炭", "conflict", "conflict"),
    (" coal ", "conflict", "conflict"), ("天然气", "not_applicable", "conflict"), ("电", "not_applicable",
                                                                                   "not_applicable"),
    ("柴油", "needs_info", "needs_info"), ("coal, gas", "needs_info", "needs_info"),
])
def test_declared_values_map_through_synonyms_or_need_information(constructs, fuel, fuel_status, in_status):
    findings = texts(evaluate_unit(constructs, KEY_UNIT, P(attributes={"fuel": fuel}), {}))
    assert (findings["FUEL"][0], findings["FUEL-IN"][0]) == (fuel_status, in_status)
    if fuel_status == "needs_info":
        expected = f"Fuel value {fuel.strip()} is not recognised; accepted: Coal, Natural gas, Electricity"
        assert findings["FUEL"][1] == findings["input:fuel"][1] == expected
    else:
        assert "input:fuel" not in findings


def test_declared_values_are_worded_by_their_labels(constructs):
    findings = evaluate_unit(constructs, KEY_UNIT, P(attributes={"fuel": "煤"}), {})
    assert "燃料" in texts(findings, "zh")["FUEL-IN"][1] and "燃煤" in texts(findings, "zh")["FUEL-IN"][1]
    assert texts(findings)["FUEL-IN"][1].startswith("Fuel is Coal; rule: one of Coal, Natural gas")


def test_expressions_read_declared_values_as_their_ids(constructs):
    assert texts(evaluate_unit(constructs, KEY_UNIT, P(attributes={"fuel": "天然气"}), {}))["FUEL-EXPR"][0] == (
        "requirement")
    status, reason = texts(evaluate_unit(constructs, KEY_UNIT, P(attributes={"fuel": "沼气"}), {}))["FUEL-EXPR"]
    assert status == "needs_info" and reason.startswith("Fuel value 沼气 is not recognised")


@pytest.mark.parametrize("raw, expected", [
    (35, 35.0), (35.5, 35.5), ("35", 35.0), (" 3.5e1 ", 35.0), ("３５", 35.0), ("35t/h", 35.0), ("35 T/H", 35.0),
    ("35 蒸吨/小时", 35.0), ("35蒸吨", 35.0), ("-1", -1.0),
    (math.nan, None), (math.inf, None), (-math.inf, None), ("nan", None), ("NaN", None), ("inf", None),
    ("-Infinity", None), ("1e999", None), (10 ** 400, None), ("35 吨", None), ("35 t/h/d", None), ("约35", None),
    ("35-40", None), ("30,000", None), ("1_000", None), ("0x10", None), (True, None), ("", None), (None, None),
])
def test_numbers_are_finite_and_plainly_written(raw, expected):
    assert as_number(raw, ("t/h", "蒸吨/小时", "蒸吨")) == expected


def test_yes_no_values_are_words_or_zero_and_one():
    assert [as_bool(v) for v in (1, 0, "是", "否", "Yes", True)] == [True, False, True, False, True, True]
    assert [as_bool(v) for v in (2, math.nan, math.inf, "maybe")] == [None, None, None, None]


@pytest.mark.parametrize("raw", [math.nan, math.inf, "nan", "inf", "-inf", "1e999", "Infinity"])
def test_non_finite_numbers_need_information_naming_the_attribute(constructs, raw):
    findings = evaluate_unit(constructs, KEY_UNIT, P(attributes={"boiler_tph": raw, "water_m3d": raw}), {})
    found = texts(findings)
    shown = str(raw)
    unit_hint = "(write digits, optionally followed by t/h)"
    assert found["BOILER"] == ("needs_info", f"Boiler capacity value {shown} is not a number {unit_hint}")
    assert found["WATER"][0] == "needs_info"
    assert found["WATER"][1].startswith(f"Water use value {shown} is not a number")
    assert found["input:boiler_tph"][0] == found["input:water_m3d"][0] == "needs_info"
    assert unit_verdict(findings) != "compliant"
    rows = strict_json(FindingsJson().encode(findings))
    assert {row["rule_id"] for row in rows} >= {"BOILER", "WATER", "input:boiler_tph"}


def test_a_declared_unit_may_follow_the_number(constructs):
    assert texts(evaluate_unit(constructs, KEY_UNIT, P(attributes={"boiler_tph": "20 蒸吨/小时"}), {}))["BOILER"] == (
        "conflict", "Boiler capacity is 20 t/h; rule: more than 0 t/h; Boiler capacity is 20 t/h; "
        "rule: less than 35 t/h; the rule prohibits this")


def test_site_fields_keep_values_the_review_does_not_understand():
    mapping = SiteFieldMap("id", "name", "hy", "xz", "ml", {"boiler_tph": ("gl", "number"), "flag": ("f", "boolean")})
    project = project_from_attributes("S1", {"id": "S1", "hy": "C2614", "xz": "拆建", "ml": "禁止类", "gl": math.nan,
                                             "f": "是"}, mapping)
    assert (project.construction, project.catalogue) == ("拆建", "禁止类")
    assert project.attributes == {"boiler_tph": "nan", "flag": True}
    assert convert("35t/h", "number", ("t/h",)) == (35.0, True)
    assert convert("inf", "number") == (None, False) and convert(None, "number") == (None, True)


@pytest.fixture(scope="module")
def livestock(tmp_path_factory):
    """A rule set prohibiting livestock farming (A03, whose codes start with a zero: A0313 pig farming)."""
    path = tmp_path_factory.mktemp("livestock") / "rules.yaml"
    path.write_text((DATA / "base.yaml").read_text(encoding="utf-8") + (
        "  - {id: LIVESTOCK, level: general, dimension: spatial_layout, effect: prohibit, text: {zh: 禁止畜禽养殖},\n"
        "     when: {industry: A03}}\n"), encoding="utf-8")
    return load_ruleset(str(path)).ruleset


def site_project(kind: str, value) -> ProjectDescription:
    """The project of a real feature whose industry field hydm has the QGIS field type ``kind``."""
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:4490&field=site_id:string&field=hydm:{kind}", "sites", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["S1", value])
    layer.dataProvider().addFeatures([feature])
    stored = next(layer.getFeatures())
    values = dict(zip(stored.fields().names(), stored.attributes()))
    return project_from_attributes("S1", values, detect_site_fields(stored.fields().names(), {}))


@pytest.mark.parametrize("kind, value, shown", [("integer", 313, "313"), ("integer", 251, "251"),
                                                ("double", 313.0, "313"), ("int8", 3130, "3130")])
def test_an_industry_from_a_number_field_needs_information_naming_the_field(livestock, kind, value, shown):
    findings = texts(evaluate_unit(livestock, KEY_UNIT, site_project(kind, value), {}))
    expected = (f"industry {shown} in field hydm is a number, which loses leading zeros (0313 becomes 313, another "
                "industry): store industry codes as text, such as A0313")
    assert findings["LIVESTOCK"] == ("needs_info", expected)
    assert findings["input:industry"] == ("needs_info", expected)


@pytest.mark.parametrize("written", ["0313", "A0313", "a0313", " A0313 "])
def test_pig_farming_is_read_from_a_text_field_but_not_from_a_number_field(livestock, written):
    from_text = texts(evaluate_unit(livestock, KEY_UNIT, site_project("string", written), {}))
    assert from_text["LIVESTOCK"][0] == "conflict" and "input:industry" not in from_text
    from_number = texts(evaluate_unit(livestock, KEY_UNIT, site_project("integer", 313), {}))
    assert from_number["LIVESTOCK"][0] == from_number["input:industry"][0] == "needs_info"


def test_an_industry_given_as_a_number_or_a_qvariant_number_is_not_read():
    reason = ("industry 313 is a number, which loses leading zeros (0313 becomes 313, another industry): give "
              "industry codes as text, such as A0313")
    assert render_reason(industry(P(industry=313)).reason, "en") == reason
    assert render_reason(industry(P(industry=313.0)).reason, "en") == reason
    mapping = SiteFieldMap(industry_field="hy")
    from_variant = project_from_attributes("S1", {"hy": QVariant(313)}, mapping)
    assert render_reason(industry(from_variant).reason, "en").startswith("industry 313 in field hy is a number")
    assert project_from_attributes("S1", {"hy": QVariant()}, mapping).industry is None


def test_a_rule_set_not_yet_in_force_is_applied_with_a_warning_in_every_review(tmp_path):
    future = datetime.date.today() + datetime.timedelta(days=400)
    text = (DATA / "base.yaml").read_text(encoding="utf-8").replace("2024-01-01", future.isoformat())
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    result = load_ruleset(str(path))
    assert result.ruleset is not None and result.ruleset.validity() == "not_yet_effective"
    (warning,) = result.warnings
    assert warning.reason.template.startswith("This rule set takes effect on {effective} and is not yet in force")
    overlap = UnitOverlap(1, "ZH1", "", "一般管控单元", 100.0, 1.0, 0.1)
    review = evaluate_overlay("S", OverlayResult(100.0, [overlap]), P(), result.ruleset)
    assert render_reason(review.reasons[-1], "en") == (
        f"Rule set test-base takes effect on {future.isoformat()} and is not yet in force: check that this is "
        "the version to apply.")
    assert site_verdict([u.verdict for u in review.units]) == review.verdict
