"""The example rule set against sample units: the semantics the sample data relies on."""

import pytest

from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.model.results import LayerRelation
from zoning_review.plugin.core.review.evaluation import evaluate_unit, unit_verdict
from zoning_review.plugin.core.review.site_review import render_reason
from zoning_review.plugin.core.rules.ruleset import UnitContext

URBAN_KEY = UnitContext("ZH13062920001", "容城县城镇重点管控单元", "重点管控单元", {"ZLCB": "是"})
PARK_KEY = UnitContext("ZH13062920002", "容城县服装产业园区重点管控单元", "重点管控单元（产业园区）", {"ZLCB": "否"})
BYD_PRIORITY = UnitContext("ZH13063210001", "白洋淀湿地优先保护单元（北部淀区）", "优先保护单元", {"ZLCB": "否"})
XX_GENERAL = UnitContext("ZH13063830001", "雄县一般管控单元1", "一般管控单元", {"ZLCB": "否"})
QUIET = {
    "boiler_tph": 0,
    "investment_wan": 50000,
    "vocs_tpa": 0,
    "water_m3d": 150,
    "discharges_pollutants": False,
    "water_supply_facility": False,
    "major_infrastructure": False,
    "capacity_increase": True,
}


def relations(ruleset, **changes):
    """Every relation the rule set asks for: far away and outside, unless changed."""
    out = {}
    for query in ruleset.spatial_queries():
        out[query.key] = LayerRelation(query.layer, query.where, 5000.0, 1, "outside", 0.0)
    for key, (relation, distance) in changes.items():
        name = {"grade_I": "water_source[\"grade\" = 'I']", "grade_II": "water_source[\"grade\" = 'II']"}.get(key, key)
        item = out[name]
        out[name] = LayerRelation(
            item.layer, item.where, distance, 1, relation, 100.0 if relation != "outside" else 0.0
        )
    return out


def project(industry, construction="新建", catalogue="", **attributes):
    return ProjectDescription("p", industry, construction, catalogue, {**QUIET, **attributes})


def statuses(ruleset, unit, proj, rels):
    findings = evaluate_unit(ruleset, unit, proj, rels)
    return {f.rule_id: f.status for f in findings}, findings


def test_chemical_plant_near_the_river_in_the_urban_key_unit(ruleset):
    rels = relations(ruleset, river_bank=("outside", 640.4))
    got, findings = statuses(ruleset, URBAN_KEY, project("C2614", vocs_tpa=12), rels)
    assert got["G-SL-03"] == "conflict"
    river = next(f for f in findings if f.rule_id == "G-SL-03")
    words = "; ".join(render_reason(r, "en") for r in river.reasons)
    assert words.startswith("industry C2614 matches C26; site is 640 m from River bank, rule limit 1,000 m")
    chinese = render_reason(river.reasons[1], "zh")
    assert "河流岸线" in chinese and "640" in chinese and "1,000" in chinese
    assert got["C-K-01"] == "conflict"
    assert got["C-K-02"] == "requirement" and got["G-PE-02"] == "requirement"
    assert got["G-RP-01"] == "requirement"
    assert got["U-RC-01"] == "conflict"
    assert unit_verdict(findings) == "non_compliant"


def test_chemical_renovation_without_added_capacity_is_exempted(ruleset):
    rels = relations(ruleset, river_bank=("outside", 300.0), industrial_park=("inside", 0.0))
    got, _ = statuses(ruleset, URBAN_KEY, project("C2614", "改建", capacity_increase=False), rels)
    assert got["G-SL-03"] == "exempted"
    assert got["C-K-01"] == "not_applicable"


def test_electronics_in_the_park_is_compliant(ruleset):
    rels = relations(ruleset, industrial_park=("inside", 0.0))
    got, findings = statuses(ruleset, PARK_KEY, project("C3911", catalogue="鼓励类"), rels)
    assert got["C-KP-01"] == "allowed" and got["C-KP-02"] == "allowed"
    assert got["G-RE-01"] == "allowed"
    assert set(got.values()) <= {"allowed", "not_applicable"}
    assert unit_verdict(findings) == "compliant"


def test_small_investment_in_the_park_conflicts(ruleset):
    rels = relations(ruleset, industrial_park=("inside", 0.0))
    got, _ = statuses(ruleset, PARK_KEY, project("C3360", investment_wan=12000), rels)
    assert got["C-KP-02"] == "conflict"


@pytest.mark.parametrize(
    "boiler, expected", [(None, "needs_info"), (20, "conflict"), (0, "not_applicable"), (40, "not_applicable")]
)
def test_coal_boiler_threshold(ruleset, boiler, expected):
    got, _ = statuses(ruleset, PARK_KEY, project("C1312", boiler_tph=boiler), relations(ruleset))
    assert got["G-PE-01"] == expected
    assert got["G-PE-03"] == ("requirement" if boiler == 40 else "needs_info" if boiler is None else "not_applicable")


def test_red_line_road_is_exempted_as_major_infrastructure(ruleset):
    rels = relations(ruleset, red_line=("overlapping", 0.0))
    proj = project("E4812", major_infrastructure=True)
    got, _ = statuses(ruleset, BYD_PRIORITY, proj, rels)
    assert got["G-SL-04"] == "exempted"
    got, _ = statuses(ruleset, BYD_PRIORITY, project("H6110"), rels)
    assert got["G-SL-04"] == "conflict"


def test_source_zones_grade_one_and_two(ruleset):
    grade_one = relations(ruleset, grade_I=("inside", 0.0), water_source=("inside", 0.0))
    got, _ = statuses(ruleset, BYD_PRIORITY, project("D4610", water_supply_facility=True), grade_one)
    assert got["G-SL-05"] == "exempted" and got["C-P-01"] == "exempted"
    grade_two = relations(ruleset, grade_II=("overlapping", 0.0), water_source=("overlapping", 0.0))
    got, _ = statuses(ruleset, XX_GENERAL, project("C1511", discharges_pollutants=True), grade_two)
    assert got["G-SL-06"] == "conflict" and got["G-SL-05"] == "not_applicable"
    got, _ = statuses(ruleset, XX_GENERAL, project("C1511", discharges_pollutants=None), grade_two)
    assert got["G-SL-06"] == "needs_info"


def test_catalogue_classes(ruleset):
    rels = relations(ruleset)
    got, _ = statuses(ruleset, XX_GENERAL, project("C2927", catalogue="淘汰类"), rels)
    assert got["G-SL-01"] == "conflict"
    got, _ = statuses(ruleset, XX_GENERAL, project("H6110", catalogue="禁止准入类"), rels)  # the negative list
    assert got["G-SL-01"] == "conflict"
    got, _ = statuses(ruleset, XX_GENERAL, project("C2927", catalogue="限制类"), rels)
    assert got["G-SL-02"] == "conflict"
    proj = project("C2927", "技改", catalogue="限制类", capacity_increase=False)
    got, _ = statuses(ruleset, XX_GENERAL, proj, rels)
    assert got["G-SL-02"] == "allowed"


def test_priority_unit_rules(ruleset):
    got, findings = statuses(ruleset, BYD_PRIORITY, project("A0412"), relations(ruleset))
    assert got["U-BYD-01"] == "conflict" and got["C-P-02"] == "manual_check"
    got, _ = statuses(ruleset, BYD_PRIORITY, project("C3911"), relations(ruleset))
    assert got["C-P-01"] == "conflict"


def test_general_unit_two_high_must_enter_the_park(ruleset):
    outside = relations(ruleset)
    got, findings = statuses(ruleset, XX_GENERAL, project("C3110"), outside)
    assert got["C-G-01"] == "conflict" and got["U-XX-01"] == "conflict"
    assert got["G-SL-07"] == "conflict" and got["U-XX-02"] == "manual_check"
    inside = relations(ruleset, industrial_park=("inside", 0.0))
    got, _ = statuses(ruleset, XX_GENERAL, project("C3110", capacity_increase=False), inside)
    assert got["C-G-01"] == "allowed" and got["U-XX-01"] == "not_applicable"


def test_expression_escape_hatch_in_the_urban_unit(ruleset):
    got, _ = statuses(ruleset, URBAN_KEY, project("H6110", water_m3d=6000), relations(ruleset))
    assert got["U-RC-02"] == "manual_check"
    got, _ = statuses(ruleset, URBAN_KEY, project("H6110", water_m3d=None), relations(ruleset))
    assert got["U-RC-02"] == "needs_info"


def test_unit_rules_name_units_of_the_sample(ruleset, sample_gpkg):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{sample_gpkg}|layername=control_units", "units", "ogr")
    if not layer.isValid():
        pytest.skip("sample GeoPackage not built yet")
    codes = {f["HJGKDYBM"] for f in layer.getFeatures()}
    assert set(ruleset.unit_codes()) <= codes
