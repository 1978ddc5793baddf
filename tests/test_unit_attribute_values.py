"""Unit-attribute conditions read the unit's value the way the rule writes its value: a number numerically,
a yes/no word as yes/no, text ignoring case, full width and spaces; a value that cannot be read so needs
information (never 'not applicable'), through the loader, evaluate_unit and the real overlay on the sample."""

from pathlib import Path

import pytest
from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer

from tests.test_processing_review import edited_sample
from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.overlay.engine import OverlayEngine
from zoning_review.plugin.core.overlay.types import UnitLayerSpec
from zoning_review.plugin.core.review.evaluation import evaluate_unit, unit_verdict
from zoning_review.plugin.core.review.site_review import render_reason, review_site
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.rules.ruleset import UnitContext
from zoning_review.plugin.core.rules.values import as_bool

BASE = (Path(__file__).parent / "data" / "rules" / "base.yaml").read_text(encoding="utf-8")
RULES = {  # rule id: how its unit_attribute condition is written
    "IS-YES": '{field: F, op: "==", value: 是}',
    "IS-YES-EN": '{field: F, op: "==", value: "yes"}',
    "NOT-NO": '{field: F, op: "!=", value: 否}',
    "ONE": '{field: F, op: "==", value: 1}',
    "ONE-TEXT": '{field: F, op: "==", value: "1"}',
    "IN": '{field: F, op: in, value: [是, 2]}',
    "WORD": '{field: F, op: "==", value: Ab Cd}',
    "CODE": '{field: F, op: "==", value: "0313"}',
    "NOT-CODE": '{field: F, op: "!=", value: "0313"}',
    "CODE-BARE": '{field: F, op: "==", value: 0313}',
    "DECIMALS": '{field: F, op: in, value: ["1.50"]}',
}


@pytest.fixture(scope="module")
def ruleset(tmp_path_factory):
    """One prohibition per way of writing the condition, on the unit field F."""
    path = tmp_path_factory.mktemp("unit_values") / "rules.yaml"
    lines = [f"  - {{id: {rule}, level: general, dimension: pollutant_emission, effect: prohibit, "
             f"text: {{zh: 禁止}}, when: {{unit_attribute: {spec}}}}}\n" for rule, spec in RULES.items()]
    path.write_text(BASE + "".join(lines), encoding="utf-8")
    result = load_ruleset(str(path))
    assert result.ruleset is not None, result.text("en")
    return result.ruleset


def statuses(ruleset, value):
    """{rule id: (status, reasons)} for a unit whose F holds ``value``."""
    unit = UnitContext("ZH1", "", "一般管控单元", {"F": value})
    findings = evaluate_unit(ruleset, unit, ProjectDescription(), {})
    return {f.rule_id: (f.status, "; ".join(render_reason(r, "en") for r in f.reasons))
            for f in findings if f.rule_id in RULES}


# Each rule prohibits: a conflict where the unit's value matches the rule's, not_applicable where it is read
# and differs, needs_info where it cannot be read as the rule's kind of value.
YES_VALUES = ["是", " 是 ", "是\u3000", "Y", "y", "Yes", "YES", "ｙｅｓ", "true", True]
NUMBER_ONE = [1, 1.0, "1", "１", " 1.0 ", "1e0"]


@pytest.mark.parametrize("value", YES_VALUES)
def test_a_yes_word_matches_every_spelling_of_yes(ruleset, value):
    found = statuses(ruleset, value)
    rules = ("IS-YES", "IS-YES-EN", "NOT-NO", "IN")
    assert {rule: found[rule][0] for rule in rules} == dict.fromkeys(rules, "conflict")


@pytest.mark.parametrize("value", ["否", "No", "ｎ", "false", False])
def test_a_no_word_is_read_as_no(ruleset, value):
    found = statuses(ruleset, value)
    rules = ("IS-YES", "IS-YES-EN", "NOT-NO")
    assert {rule: found[rule][0] for rule in rules} == dict.fromkeys(rules, "not_applicable")


@pytest.mark.parametrize("value", NUMBER_ONE)
def test_a_number_matches_the_same_number_however_the_field_holds_it(ruleset, value):
    found = statuses(ruleset, value)
    assert (found["ONE"][0], found["ONE-TEXT"][0]) == ("conflict", "conflict")


@pytest.mark.parametrize("value, expected", [(2, "conflict"), ("２.0", "conflict"), ("是", "conflict"),
                                             (0, "not_applicable"), (3, "needs_info"), ("否", "needs_info")])
def test_a_list_compares_each_value_as_its_kind(ruleset, value, expected):
    """Not in [是, 2] only when read both as yes/no and as a number (0 is no and not 2); 3 is no yes/no word,
    否 no number."""
    assert statuses(ruleset, value)["IN"][0] == expected


@pytest.mark.parametrize("value, rules, reason", [
    ("maybe", ("IS-YES", "IS-YES-EN", "NOT-NO"), "unit attribute F value maybe is not yes or no"),
    ("超标", ("IS-YES", "NOT-NO"), "unit attribute F value 超标 is not yes or no"),
    ("abc", ("ONE", "ONE-TEXT"), "unit attribute F value abc is not a number"),
    ("1.0.0", ("ONE",), "unit attribute F value 1.0.0 is not a number"),
])
def test_a_unit_value_not_read_as_the_rules_kind_needs_information(ruleset, value, rules, reason):
    found = statuses(ruleset, value)
    for rule in rules:
        assert found[rule] == ("needs_info", reason), rule


def test_a_value_in_neither_kind_of_a_list_needs_information_naming_both(ruleset):
    assert statuses(ruleset, "abc")["IN"] == ("needs_info", "unit attribute F value abc is not yes or no; "
                                                            "unit attribute F value abc is not a number")


@pytest.mark.parametrize("value, expected", [("Ab Cd", "conflict"), ("abcd", "conflict"), ("ＡＢ ＣＤ", "conflict"),
                                             ("Ab Ce", "not_applicable")])
def test_other_text_compares_ignoring_case_width_and_spaces(ruleset, value, expected):
    assert statuses(ruleset, value)["WORD"][0] == expected


def test_yes_no_words_ignore_case_width_and_spaces():
    written = ("ｙｅｓ", " Ｙ ", "是\u3000", "ＮＯ", "ｆａｌｓｅ")
    assert [as_bool(v) for v in written] == [True, True, True, False, False]


@pytest.fixture(scope="module")
def sample_copy(sample_gpkg, tmp_path_factory):
    """A copy of the sample whose unit ZH13062920001 (总量超标) writes ZLCB as ｙｅｓ and has a Real field ZLBS = 1."""
    return edited_sample(sample_gpkg, tmp_path_factory.mktemp("units") / "sample.gpkg",
                         "ALTER TABLE control_units ADD COLUMN ZLBS REAL",
                         "UPDATE control_units SET ZLCB = 'ｙｅｓ', ZLBS = 1.0 WHERE HJGKDYBM = 'ZH13062920001'")


@pytest.mark.parametrize("condition", ['{field: ZLCB, op: "==", value: 是}', '{field: ZLBS, op: "==", value: 1}'])
def test_the_sample_site_in_the_over_limit_unit_is_not_compliant(qgis_app, sample_copy, tmp_path, condition):
    path = tmp_path / "rules.yaml"
    path.write_text(BASE + "  - {id: U-ZL, level: general, dimension: pollutant_emission, effect: prohibit, "
                    f"text: {{zh: 总量超标单元禁止新增排放}}, when: {{unit_attribute: {condition}}}}}\n",
                    encoding="utf-8")
    ruleset = load_ruleset(str(path)).ruleset
    units = QgsVectorLayer(f"{sample_copy}|layername=control_units", "units", "ogr")
    sites = QgsVectorLayer(f"{sample_copy}|layername=sites", "sites", "ogr")
    engine = OverlayEngine(UnitLayerSpec(units, "HJGKDYBM", "HJGKDYMC", "ZHGKDYFL", ["ZLCB", "ZLBS"]), {},
                           QgsProject.instance().transformContext())
    site = next(sites.getFeatures(QgsFeatureRequest().setFilterExpression("\"site_id\" = 'S10'")))
    review = review_site("S10", site.geometry(), sites.crs(), ProjectDescription(industry="C3911"), engine, ruleset)
    by_unit = {u.overlap.code: {f.rule_id: f.status for f in u.findings} for u in review.units}
    assert by_unit["ZH13062920001"]["U-ZL"] == "conflict"
    assert unit_verdict([f for u in review.units for f in u.findings]) == "non_compliant"
    assert review.verdict == "non_compliant"


def loaded(tmp_path, condition: str):
    """The base rule set with one prohibition whose ``when`` is ``condition``, through the real loader; its text."""
    text = BASE + ("  - {id: T-01, level: general, dimension: pollutant_emission, effect: prohibit, "
                   f"text: {{zh: 禁止}}, when: {condition}}}\n")
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return load_ruleset(str(path)), text


@pytest.mark.parametrize("condition, json_path", [
    ('{unit_attribute: {field: ZLCB, op: "!=", value: ""}}', "$.rules[1].when.unit_attribute.value"),
    ('{unit_attribute: {field: ZLCB, op: "==", value: "  "}}', "$.rules[1].when.unit_attribute.value"),
    ('{unit_attribute: {field: ZLCB, op: in, value: [是, "\u3000"]}}', "$.rules[1].when.unit_attribute.value[1]"),
    ('{attribute: {name: product, op: "!=", value: ""}}', "$.rules[1].when.attribute.value"),
])
def test_an_empty_value_is_refused_at_load_saying_what_to_write(tmp_path, condition, json_path):
    """An empty value matched nothing with == and every given value with != (a unit with any ZLCB conflicted)."""
    result, text = loaded(tmp_path, condition)
    assert result.ruleset is None
    (error,) = result.errors
    assert error.json_path == json_path
    assert error.line == text.count("\n") and error.column > 0
    assert "The value is empty" in error.text("en") and "write the value to compare with" in error.text("en")


@pytest.mark.parametrize("condition, json_path", [
    ('{unit_attribute: {field: F, op: "<", value: 1%s}}' % ("0" * 400), "$.rules[1].when.unit_attribute.value"),
    ('{attribute: {name: boiler_tph, op: ">=", value: -1%s}}' % ("0" * 400), "$.rules[1].when.attribute.value"),
])
def test_an_integer_too_large_for_a_number_is_refused_at_load(tmp_path, condition, json_path):
    """Such a limit loaded, and a unit's F = 5 then needed information as 'value 5 is not a number'."""
    result, text = loaded(tmp_path, condition)
    (error,) = result.errors
    assert (error.json_path, error.line) == (json_path, text.count("\n"))
    assert error.reason.template == "{field} must be a finite number, not {value}."


CODE_RULES = ("CODE", "NOT-CODE", "CODE-BARE")
NUMBER_FOR_CODE = ("unit attribute F value {} is a number, but the rule compares it with a code written as text, and "
                   "a number loses leading zeros (0313 becomes 313): store the field as text")


@pytest.mark.parametrize("value, expected", [
    ("0313", ("conflict", "not_applicable", "conflict")),
    (" ０３１３ ", ("conflict", "not_applicable", "conflict")),
    ("313", ("not_applicable", "conflict", "not_applicable")),
    ("0313.0", ("not_applicable", "conflict", "not_applicable")),
    ("A0313", ("not_applicable", "conflict", "not_applicable")),
])
def test_a_code_with_a_leading_zero_compares_as_text(ruleset, value, expected):
    """"0313" (and 0313, which YAML would read as an octal number) is a code: 313 is another code, not equal to it."""
    found = statuses(ruleset, value)
    assert tuple(found[rule][0] for rule in CODE_RULES) == expected


@pytest.mark.parametrize("value", [313, 313.0, 1313])
def test_a_unit_number_compared_with_a_code_needs_information(ruleset, value):
    """A number field has lost a code's leading zeros: 313 may have been 0313, so neither == nor != decides."""
    found = statuses(ruleset, value)
    for rule in CODE_RULES:
        assert found[rule] == ("needs_info", NUMBER_FOR_CODE.format(value)), rule


@pytest.mark.parametrize("value, expected", [("1.50", "conflict"), ("1.5", "not_applicable"), (1.5, "needs_info")])
def test_trailing_zeros_make_a_code_too(ruleset, value, expected):
    assert statuses(ruleset, value)["DECIMALS"][0] == expected

