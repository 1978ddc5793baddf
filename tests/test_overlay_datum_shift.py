"""Layers in Xian 1980 or Beijing 1954 reviewed against a site in CGCS2000: QGIS joins these datums only by a
ballpark offset (the coordinates kept as they are), so positions may be off by tens of metres. The review names the
pair and what to do, and never decides a position that near a boundary: the relation is unknown (needs
information), a distance that near the rule's limit needs information, and a site that near a unit boundary is not
compliant. WGS 84 against CGCS2000 (taken as one by design) is not warned about."""

import pytest
from qgis.core import QgsCoordinateTransformContext, QgsGeometry

from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.model.results import LayerRelation, SpatialQuery
from zoning_review.plugin.core.model.verdicts import Status, Verdict
from zoning_review.plugin.core.overlay.datum_shift import ballpark_operation
from zoning_review.plugin.core.overlay.engine import reason_templates
from zoning_review.plugin.core.review.evaluation import evaluate_unit
from zoning_review.plugin.core.review.site_review import evaluate_overlay, render_reason
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.rules.ruleset import UnitContext

from .overlay_helpers import crs, dispose, engine_for, memory_layer, unit_row, write_file

# At 39° N 0.001° of longitude is ~86.6 m on the ground, 0.001° of latitude ~111 m.
SITE = "POLYGON((116.000 39.000, 116.002 39.000, 116.002 39.002, 116.000 39.002, 116.000 39.000))"
UNIT = "POLYGON((115 38, 117 38, 117 40, 115 40, 115 38))"
NEAR = "POLYGON((116.0026 39.0, 116.01 39.0, 116.01 39.002, 116.0026 39.002, 116.0026 39.0))"  # ~52 m east
FAR = "POLYGON((116.01 39.0, 116.02 39.0, 116.02 39.002, 116.01 39.002, 116.01 39.0))"  # ~690 m east
AROUND = "POLYGON((115.99 38.99, 116.02 38.99, 116.02 39.02, 115.99 39.02, 115.99 38.99))"  # ≥ 860 m every way
ACROSS = "POLYGON((115.99 38.99, 116.001 38.99, 116.001 39.02, 115.99 39.02, 115.99 38.99))"  # half the site
RULES = """format: zoning-review-rules/1
metadata:
  id: datum-test
  title: {zh: 测试规则集, en: Test rule set}
  version: "1"
  authority: {zh: 测试机关}
  effective: "2024-01-01"
  region: {zh: 测试区}
layers:
  red_line: {label: {zh: 红线}}
rules:
  - {id: RED, level: general, dimension: spatial_layout, effect: prohibit, text: {zh: 红线内禁止},
     when: {spatial: {layer: red_line, relation: overlaps}}}
  - {id: NEAR, level: general, dimension: spatial_layout, effect: prohibit, text: {zh: 红线五百米内禁止},
     when: {spatial: {layer: red_line, relation: within, distance_m: 500}}}
"""


@pytest.fixture(scope="module")
def layers(qgis_app, tmp_path_factory):
    """Red lines written to GeoPackages in Xian 1980 (EPSG:4610), WGS 84 and CGCS2000, one per layout."""
    folder = tmp_path_factory.mktemp("datums")
    made = {}
    for name, wkt in (("near", NEAR), ("far", FAR), ("around", AROUND), ("across", ACROSS)):
        for authid in ("EPSG:4610", "EPSG:4326", "EPSG:4490"):
            memory = memory_layer("Polygon", authid, [{"wkt": wkt, "name": name}], fields=("name",), name="red")
            key = f"{name}_{authid[5:]}"
            made[key] = write_file(memory, folder / f"{key}.gpkg")
            dispose(memory)
    units = memory_layer("Polygon", "EPSG:4490", [unit_row("U1", UNIT)])
    yield made, units
    dispose(units, *made.values())


def relation_to(layers, key, query=("red_line", "", None)):
    """The site's overlay against one red-line layer, and its relation to it."""
    made, units = layers
    engine = engine_for(units, {"red_line": made[key]})
    result = engine.overlay(QgsGeometry.fromWkt(SITE), crs("EPSG:4490"), [SpatialQuery(*query)])
    return result, result.relations["red_line"]


def shift_warnings(result):
    return [w for w in result.warnings if "ballpark" in w.template]


@pytest.mark.parametrize("source, target, expected", [
    ("EPSG:4610", "EPSG:4490", True),  # Xian 1980
    ("EPSG:4214", "EPSG:4490", True),  # Beijing 1954
    ("EPSG:2383", "EPSG:4490", True),  # Xian 1980 / 3-degree Gauss-Kruger CM 114E
    ("EPSG:2435", "EPSG:4527", True),  # Beijing 1954 Gauss-Kruger against CGCS2000 Gauss-Kruger
    ("EPSG:21413", "EPSG:4490", True),  # Beijing 1954 / Gauss-Kruger zone 13
    ("EPSG:4610", "EPSG:4214", True),  # Xian 1980 against Beijing 1954
    ("EPSG:4326", "EPSG:4490", False),  # WGS 84 and CGCS2000: one by design
    ("EPSG:32650", "EPSG:4527", False),  # their projected CRSs too
    ("EPSG:4490", "EPSG:4527", False),  # one datum
    ("EPSG:4214", "EPSG:4326", False),  # EPSG's Beijing 1954 to WGS 84 transformations (1 m)
])
def test_a_ballpark_offset_is_told_from_a_transformation(qgis_app, source, target, expected):
    found = ballpark_operation(crs(source), crs(target), QgsCoordinateTransformContext())
    assert bool(found) is expected, found
    if expected:
        assert "Ballpark" in found


def test_a_transformation_set_in_the_project_is_no_ballpark_offset(qgis_app):
    context = QgsCoordinateTransformContext()
    helmert = ("+proj=pipeline +step +proj=axisswap +order=2,1 +step +proj=unitconvert +xy_in=deg +xy_out=rad "
               "+step +proj=push +v_3 +step +proj=cart +ellps=IAU76 +step +proj=helmert +x=24 +y=-123 +z=-94 "
               "+step +inv +proj=cart +ellps=GRS80 +step +proj=pop +v_3 +step +proj=unitconvert +xy_in=rad "
               "+xy_out=deg +step +proj=axisswap +order=2,1")
    assert context.addCoordinateOperation(crs("EPSG:4610"), crs("EPSG:4490"), helmert)
    assert ballpark_operation(crs("EPSG:4610"), crs("EPSG:4490"), context) == ""


def test_a_xian_1980_red_line_52_m_away_leaves_the_position_unknown_with_what_to_do(layers):
    result, relation = relation_to(layers, "near_4610")
    assert relation.relation == "unknown" and relation.problem == "datum" and not relation.known
    [warning] = shift_warnings(result)
    assert warning.template in reason_templates()
    english = render_reason(warning, "en")
    assert "EPSG:4610" in english and "EPSG:4490" in english and "Transformations" in english
    assert "CGCS2000" in english and "150 m" in english


def test_the_same_red_line_in_cgcs2000_or_wgs84_is_decided_without_a_warning(layers):
    for key in ("near_4490", "near_4326"):
        result, relation = relation_to(layers, key)
        assert relation.known and relation.relation == "outside"
        assert 50.0 < relation.distance_m < 55.0  # 0.0006° of longitude at 39° N: 52 m
        assert shift_warnings(result) == []


def test_a_xian_1980_red_line_far_away_or_all_around_keeps_its_relation(layers):
    result, relation = relation_to(layers, "far_4610")
    assert relation.known and relation.relation == "outside" and relation.distance_m > 600.0
    assert len(shift_warnings(result)) == 1  # still named
    _result, relation = relation_to(layers, "around_4610")
    assert relation.known and relation.relation == "inside"


def test_a_xian_1980_red_line_across_the_site_leaves_the_position_unknown(layers):
    _result, relation = relation_to(layers, "across_4610")
    assert relation.problem == "datum"


def test_a_search_limited_to_the_rules_reach_looks_beyond_it_by_the_offset(layers):
    # a reach of 0 (no distance asked): without the offset the near red line would not be looked for
    _result, relation = relation_to(layers, "near_4610", ("red_line", "", 0.0))
    assert relation.problem == "datum"


@pytest.fixture(scope="module")
def ruleset(tmp_path_factory):
    path = tmp_path_factory.mktemp("rules") / "datum.yaml"
    path.write_text(RULES, encoding="utf-8")
    loaded = load_ruleset(str(path))
    assert loaded.ruleset is not None, loaded.text("en")
    return loaded.ruleset


def finding(ruleset, rule_id, distance, uncertain):
    relation = LayerRelation("red_line", "", distance, 1, "outside", 0.0, True, uncertain_m=uncertain)
    unit = UnitContext("U1", "单元U1", "一般管控单元", {})
    return next(f for f in evaluate_unit(ruleset, unit, ProjectDescription(), {"red_line": relation})
                if f.rule_id == rule_id)


@pytest.mark.parametrize("distance, uncertain, status", [
    (420.0, 150.0, Status.NEEDS_INFO),  # 80 m inside the limit: the offset may carry it out
    (600.0, 150.0, Status.NEEDS_INFO),  # 100 m beyond it: the offset may bring it in
    (300.0, 150.0, Status.CONFLICT),  # 200 m inside it whatever the offset
    (700.0, 150.0, Status.NOT_APPLICABLE),  # 200 m beyond it
    (600.0, 0.0, Status.NOT_APPLICABLE),  # one datum: as measured
])
def test_a_distance_within_the_offset_of_the_rules_limit_needs_information(ruleset, distance, uncertain, status):
    found = finding(ruleset, "NEAR", distance, uncertain)
    assert found.status == status
    if status == Status.NEEDS_INFO:
        text = render_reason(found.reasons[0], "en")
        assert "ballpark" in text and "500 m" in text and "150 m" in text


def test_a_site_near_a_red_line_in_xian_1980_is_never_compliant(layers, ruleset):
    result, _relation = relation_to(layers, "near_4610")
    review = evaluate_overlay("S1", result, ProjectDescription(), ruleset)
    assert review.verdict == Verdict.NEEDS_STUDY
    result, _relation = relation_to(layers, "near_4490")
    assert evaluate_overlay("S1", result, ProjectDescription(), ruleset).verdict == Verdict.NON_COMPLIANT


@pytest.fixture(scope="module")
def beijing_units(qgis_app, tmp_path_factory):
    """A unit layer in Beijing 1954 lon/lat: one unit from 116.001° E, another west of it, both wide."""
    memory = memory_layer("Polygon", "EPSG:4214", [
        unit_row("EAST", "POLYGON((116.001 38, 117 38, 117 40, 116.001 40, 116.001 38))"),
        unit_row("WEST", "POLYGON((115 38, 116.001 38, 116.001 40, 115 40, 115 38))"),
    ])
    layer = write_file(memory, tmp_path_factory.mktemp("units") / "bj54.gpkg")
    dispose(memory)
    yield layer
    dispose(layer)


def site_in(units, wkt):
    return engine_for(units).overlay(QgsGeometry.fromWkt(wkt), crs("EPSG:4490"))


def test_a_site_near_a_beijing_1954_unit_boundary_is_not_compliant(beijing_units, ruleset):
    result = site_in(beijing_units, SITE)  # across the boundary
    assert result.units_uncertain_m == 150.0 and len(shift_warnings(result)) == 1
    near = "POLYGON((116.0025 39.0, 116.0035 39.0, 116.0035 39.001, 116.0025 39.001, 116.0025 39.0))"  # 130 m
    assert site_in(beijing_units, near).units_uncertain_m == 150.0
    clear = "POLYGON((116.004 39.0, 116.005 39.0, 116.005 39.001, 116.004 39.001, 116.004 39.0))"  # 260 m
    assert site_in(beijing_units, clear).units_uncertain_m == 0.0
    deep = "POLYGON((116.5 39.0, 116.501 39.0, 116.501 39.001, 116.5 39.001, 116.5 39.0))"
    result = site_in(beijing_units, deep)
    assert result.units_uncertain_m == 0.0 and len(shift_warnings(result)) == 1
    review = evaluate_overlay("S1", site_in(beijing_units, SITE), ProjectDescription(), ruleset)
    assert review.verdict == Verdict.NEEDS_STUDY
    assert any("ballpark" in render_reason(reason, "en") for reason in review.reasons)
