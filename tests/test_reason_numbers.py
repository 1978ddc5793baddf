"""Reasons write amounts as the tables do: areas, distances, percentages, counts and declared numbers with a unit with
thousands separators (7,024 m², 50,000 万元) in either language, their decimals as before; numbers without a unit (a
declared year or count, a unit attribute's value and the rule's) and identifiers that look like numbers (feature ids,
unit and industry codes) as given; a declared Chinese unit in Chinese reasons. Through the real loader
(the example rule set, a rule file written here), evaluate_unit, evaluate_overlay and render_reason."""

from pathlib import Path

import pytest

from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.model.results import (
    LayerRelation,
    OverlayResult,
    Reason,
    SpatialQuery,
    UnitOverlap,
    Words,
)
from zoning_review.plugin.core.overlay.geometry_repair import REPAIRED, Cleaned
from zoning_review.plugin.core.overlay.reasons import feature_warning
from zoning_review.plugin.core.review.evaluation import evaluate_unit
from zoning_review.plugin.core.review.site_review import evaluate_overlay, render_reason
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.rules.ruleset import UnitContext
from zoning_review.plugin.core.siting.scenarios import Atom
from zoning_review.plugin.core.siting.verdict import zone_phrase

URBAN_KEY = UnitContext("ZH13062920001", "容城县城镇重点管控单元", "重点管控单元", {"ZLCB": "是"})
BASE = (Path(__file__).parent / "data" / "rules" / "base.yaml").read_text(encoding="utf-8")


def relations(ruleset, **changes):
    """Every relation the rule set asks for: 5 km away and outside, unless changed (layer: LayerRelation)."""
    out = {q.key: LayerRelation(q.layer, q.where, 5000.0, 1, "outside", 0.0) for q in ruleset.spatial_queries()}
    out.update(changes)
    return out


def reasons_of(ruleset, rule_id, project, rels, lang):
    """The rendered reasons of one clause's finding for the urban key unit."""
    finding = next(f for f in evaluate_unit(ruleset, URBAN_KEY, project, rels) if f.rule_id == rule_id)
    return "; ".join(render_reason(r, lang) for r in finding.reasons)


@pytest.mark.parametrize("area, shown", [(7024.4, "7,024"), (999.6, "1,000"), (1234567.8, "1,234,568"),
                                         (12.4, "12")])
def test_an_overlap_area_has_thousands_separators_in_both_languages(ruleset, area, shown):
    """G-SL-04 forbids building in the red line: the overlap is said in m², grouped from 1,000 m² up."""
    rels = relations(ruleset, red_line=LayerRelation("red_line", "", 0.0, 1, "overlapping", area))
    project = ProjectDescription(industry="C2614", construction="new")
    assert f"site overlaps Ecological protection red line ({shown} m²)" in reasons_of(
        ruleset, "G-SL-04", project, rels, "en")
    assert f"选址与生态保护红线重叠（{shown} m²）" in reasons_of(ruleset, "G-SL-04", project, rels, "zh")


@pytest.mark.parametrize("lang, words", [
    ("en", "Total investment (10,000 yuan) is 50,000 (10,000 yuan); rule: at least 30,000 (10,000 yuan)"),
    ("zh", "项目总投资（万元）为 50,000 万元；条款要求：不低于 30,000 万元"),
])
def test_a_declared_amount_and_the_rules_limit_have_thousands_separators(ruleset, lang, words):
    """C-KP-02 asks for at least 30000 万元 of investment: value and limit written as the facts table writes them."""
    park = UnitContext("ZH13062920002", "容城县服装产业园区重点管控单元", "重点管控单元（产业园区）", {"ZLCB": "否"})
    project = ProjectDescription(industry="C2614", construction="new", attributes={"investment_wan": 50000})
    finding = next(f for f in evaluate_unit(ruleset, park, project, relations(ruleset)) if f.rule_id == "C-KP-02")
    assert words in "; ".join(render_reason(r, lang) for r in finding.reasons)


@pytest.mark.parametrize("vocs, shown", [(1234.5, "1,234.5"), (2.5, "2.5"), (12, "12"), (0.125, "0.125")])
def test_decimals_are_kept_and_small_numbers_unchanged(ruleset, vocs, shown):
    """VOCs emissions as given: a decimal keeps its decimals, a number under 1,000 is written as before."""
    project = ProjectDescription(industry="C2614", construction="new", attributes={"vocs_tpa": vocs})
    rels = relations(ruleset)
    en, zh = (reasons_of(ruleset, "G-PE-02", project, rels, lang) for lang in ("en", "zh"))
    assert f"VOCs emissions (t/a) is {shown} t/a; rule: more than 0 t/a" in en
    assert f"VOCs排放量（吨/年）为 {shown} 吨/年；条款要求：高于 0 吨/年" in zh


def test_distances_and_their_limits_have_thousands_separators(ruleset):
    """G-SL-03 (river bank, 1000 m) near the river; G-RP-02 (water source, 3000 m) with none in reach."""
    project = ProjectDescription(industry="C2614", construction="new")
    near = relations(ruleset, river_bank=LayerRelation("river_bank", "", 640.4, 1, "outside", 0.0))
    assert "site is 640 m from River bank, rule limit 1,000 m" in reasons_of(ruleset, "G-SL-03", project, near, "en")
    assert "选址距河流岸线 640 m，条款限值 1,000 m" in reasons_of(ruleset, "G-SL-03", project, near, "zh")
    close = relations(ruleset, river_bank=LayerRelation("river_bank", "", 5.25, 1, "outside", 0.0))
    assert "site is 5.2 m from River bank" in reasons_of(ruleset, "G-SL-03", project, close, "en")
    far = relations(ruleset)
    assert "选址周边 3,000 m 范围内无" in reasons_of(ruleset, "G-RP-02", project, far, "zh")


@pytest.mark.parametrize("lang, words", [
    ("en", "12,345 m² of the site (12.5 %) lies outside every control unit of the unit layer"),
    ("zh", "选址有 12,345 m²（12.5%）位于管控单元图层的所有管控单元之外"),
])
def test_the_part_of_a_site_outside_every_unit_has_thousands_separators(ruleset, lang, words):
    """A compliant project on a site of 98,765.4 m², 12,345.4 m² of them outside every unit: needs further study."""
    quiet = {"boiler_tph": 0.0, "investment_wan": 100.0, "vocs_tpa": 0.0, "discharges_pollutants": False,
             "capacity_increase": False}  # a service industry (M7320): compliant in the general unit
    unit = UnitOverlap(1, "ZH13063230008", "安新县一般管控单元8", "一般管控单元", 86420.0, 0.875, 0.01, {"ZLCB": "否"})
    overlay = OverlayResult(98765.4, [unit], 12345.4, relations=relations(ruleset))
    review = evaluate_overlay("S", overlay, ProjectDescription("S", "M7320", "new", "", quiet), ruleset)
    assert review.verdict == "needs_study"
    assert render_reason(review.reasons[0], lang).startswith(words)


def test_a_unit_attributes_numbers_are_written_as_given_beside_a_grouped_amount(tmp_path):
    """A unit attribute may hold a code or a year: its value and the rule's are not grouped; the project's
    declared investment in the same clause is."""
    path = tmp_path / "rules.yaml"
    path.write_text(BASE + "  - {id: YEAR, level: general, dimension: pollutant_emission, effect: prohibit, "
                           "text: {zh: 禁止}, when: {all: [{unit_attribute: {field: YEAR, op: \">=\", value: 2020}}, "
                           "{attribute: {name: investment_wan, op: \">=\", value: 30000}}]}}\n", encoding="utf-8")
    result = load_ruleset(str(path))
    assert result.ruleset is not None, result.text("en")
    unit = UnitContext("ZH13063820001", "", "一般管控单元", {"YEAR": 2021})
    project = ProjectDescription(attributes={"investment_wan": 45000})
    finding = next(f for f in evaluate_unit(result.ruleset, unit, project, {}) if f.rule_id == "YEAR")
    assert [render_reason(r, "en") for r in finding.reasons][:2] == [
        "unit attribute YEAR is 2021; rule: at least 2020",
        "投资 is 45,000 (10,000 yuan); rule: at least 30,000 (10,000 yuan)"]


def test_feature_ids_and_codes_are_written_as_given_and_counts_grouped():
    """An overlay warning names unit 130632 by its feature id 12345; a count of features is an amount."""
    warning = feature_warning(12345, "130632", "control_units", Cleaned(None, REPAIRED, "Self-intersection"))
    assert render_reason(warning, "en").startswith("Unit 130632 (feature 12345) of control_units")
    skipped = Reason("{count} features of {layer} have no geometry and were skipped: {fids}",
                     {"count": 1234, "layer": "river_bank", "fids": "10001, 10002"})
    assert render_reason(skipped, "en") == ("1,234 features of river_bank have no geometry and were skipped: "
                                            "10001, 10002")


@pytest.mark.parametrize("lang, distance, words", [
    ("en", 1000.0, "within 1,000 m of river_bank"), ("en", 2.5, "within 2.5 m of river_bank"),
    ("zh", 3000, "3,000 m"), ("en", 1234567.0, "within 1,234,567 m of"), ("en", 123456.5, "within 123,456.5 m of"),
])
def test_the_siting_screens_zone_distance_has_thousands_separators(lang, distance, words):
    """The screen's zones are named by the clause's band: grouped from 1,000 m up, decimals as given."""
    atom = Atom(SpatialQuery("river_bank"), "within", distance)
    assert words in render_reason(zone_phrase(atom, True, Words("river_bank", "river_bank")), lang)


NUMBERS_WITHOUT_UNIT = """  start_year: {type: number, label: {zh: 投产年份, en: Year of operation}}
  staff: {type: number, label: {zh: 劳动定员, en: Staff}}
"""


@pytest.mark.parametrize("lang, words", [
    ("en", ["Year of operation is 2026; rule: at least 2020", "Staff is 12000; rule: at least 1000",
            "投资 is 45,000 (10,000 yuan); rule: at least 30,000 (10,000 yuan)",
            "unit attribute AREA is 123456; rule: more than 10000"]),
    ("zh", ["投产年份为 2026；条款要求：不低于 2020", "劳动定员为 12000；条款要求：不低于 1000",
            "投资为 45,000 万元；条款要求：不低于 30,000 万元", "单元属性 AREA 为 123456；条款要求：高于 10000"]),
])
def test_only_a_declared_number_with_a_unit_is_grouped(tmp_path, lang, words):
    """A declared number without a unit (a year, a count) is written as given, as a unit field's number compared
    by > is: only a number that carries its unit (投资 in 万元) is an amount with thousands separators."""
    path = tmp_path / "rules.yaml"
    path.write_text(BASE.replace("  product:", NUMBERS_WITHOUT_UNIT + "  product:") + (
        "  - {id: PLAIN, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 禁止}, "
        "when: {all: [{attribute: {name: start_year, op: \">=\", value: 2020}}, "
        "{attribute: {name: staff, op: \">=\", value: 1000}}, {attribute: {name: investment_wan, op: \">=\", "
        "value: 30000}}, {unit_attribute: {field: AREA, op: \">\", value: 10000}}]}}\n"), encoding="utf-8")
    result = load_ruleset(str(path))
    assert result.ruleset is not None, result.text("en")
    unit = UnitContext("ZH13063820001", "", "一般管控单元", {"AREA": 123456})
    project = ProjectDescription(attributes={"start_year": 2026, "staff": 12000.0, "investment_wan": 45000})
    finding = next(f for f in evaluate_unit(result.ruleset, unit, project, {}) if f.rule_id == "PLAIN")
    assert [render_reason(r, lang) for r in finding.reasons][:4] == words


CHINESE_UNIT = ("  boiler_tph: {type: number, unit: t/h, unit_zh: 蒸吨/小时, "
                "label: {zh: 锅炉蒸发量, en: Boiler capacity}}\n")


@pytest.mark.parametrize("lang, words", [("zh", "锅炉蒸发量为 1,250 蒸吨/小时；条款要求：不低于 35 蒸吨/小时"),
                                         ("en", "Boiler capacity is 1,250 t/h; rule: at least 35 t/h")])
def test_a_declared_chinese_unit_is_written_in_chinese_reasons(tmp_path, lang, words):
    """unit_zh names the unit t/h in Chinese (蒸吨/小时, not 吨/小时); English keeps t/h; a value written with the
    Chinese unit is read as the number."""
    path = tmp_path / "rules.yaml"
    path.write_text(BASE.replace("  boiler_tph: {type: number, unit: t/h, label: {zh: 锅炉蒸发量}}\n", CHINESE_UNIT)
                    + "  - {id: BOILER, level: general, dimension: pollutant_emission, effect: prohibit, "
                      "text: {zh: 禁止}, when: {attribute: {name: boiler_tph, op: \">=\", value: 35}}}\n",
                    encoding="utf-8")
    result = load_ruleset(str(path))
    assert result.ruleset is not None, result.text("en")
    project = ProjectDescription(attributes={"boiler_tph": "1250 蒸吨/小时"})
    finding = next(f for f in evaluate_unit(result.ruleset, URBAN_KEY, project, {}) if f.rule_id == "BOILER")
    assert (finding.status, render_reason(finding.reasons[0], lang)) == ("conflict", words)
