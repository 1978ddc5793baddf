"""The siting screen engine on small hand-built layers: exact spatial classes, zones, task, cancel.

Geometry (EPSG:4490, around 39°N, where 0.001° of longitude ≈ 86.5 m on the ground):
- river: the meridian 116°E from 38.9°N to 39.2°N; rule R-RIVER forbids C26 within 1000 m.
  NEAR spans 87–519 m from it (all within), PART 433–2595 m (partly), FAR 4.3–6.1 km (none);
  CAP lies 555–1700 m south of the river's end, so its zone is cut by the band's round cap.
- park: 116.20–116.22°E × 39.00–39.02°N; rule R-PARK (general units) allows C26 only inside.
  G_IN lies inside, G_HALF half inside, G_OUT 7 km away.
- lake: declared, never bound; rule R-LAKE (priority units) asks about it.
"""

import time

import numpy
import pytest
from pyproj import Geod
from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsFeedback, QgsGeometry
from qgis.PyQt.QtCore import QCoreApplication

from zoning_review.plugin.core.inputs.bindings import UnitBinding
from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.overlay.engine import OverlayEngine, UnitLayerSpec
from zoning_review.plugin.core.review.site_review import render_reason, review_site
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.siting.layers import SourceRef
from zoning_review.plugin.core.siting.screen import SitingInputs, reason_templates, run_siting_screen
from zoning_review.plugin.gui.siting_task import SitingTask, snapshot_inputs

from .overlay_helpers import dispose, memory_layer, reproject, snapshot, to_shapely, undefined_crs_copy, write_file

CGCS2000 = Geod(a=6378137.0, f=1 / 298.257222101)
FIELDS = ("HJGKDYBM", "HJGKDYMC", "ZHGKDYFL", "KJBJYS")
RULES = """
format: zoning-review-rules/1
metadata:
  id: siting-test
  title: {zh: 选址测试, en: Siting test}
  version: "1"
  authority: {zh: 测试机关}
  effective: "2024-01-01"
  region: {zh: 测试区}
attributes:
  capacity_increase: {type: boolean, label: {zh: 新增产能}}
layers:
  river: {label: {zh: 河流}}
  park: {label: {zh: 园区}}
  lake: {label: {zh: 湖泊}}
rules:
  - id: R-RIVER
    level: general
    dimension: spatial_layout
    effect: prohibit
    when: {industry: C26, spatial: {layer: river, relation: within, distance_m: 1000}}
    text: {zh: 河流1公里内禁止化工。}
  - id: R-PARK
    level: category
    category: general
    dimension: spatial_layout
    effect: restrict
    when: {industry: C26}
    only_if: {spatial: {layer: park, relation: inside}}
    text: {zh: 化工项目应入园。}
  - id: R-LAKE
    level: category
    category: priority
    dimension: spatial_layout
    effect: prohibit
    when: {spatial: {layer: lake, relation: overlaps}}
    text: {zh: 湖区禁止建设。}
"""


def box(west: float, south: float, east: float, north: float) -> str:
    """A lon/lat rectangle as WKT."""
    return f"POLYGON(({west} {south}, {east} {south}, {east} {north}, {west} {north}, {west} {south}))"


UNITS = {
    "NEAR": (box(116.001, 39.000, 116.006, 39.005), "重点管控单元", ""),
    "PART": (box(116.005, 39.000, 116.030, 39.005), "重点管控单元", ""),
    "FAR": (box(116.050, 39.000, 116.070, 39.005), "重点管控单元", ""),
    "CAP": (box(115.990, 38.885, 116.010, 38.895), "重点管控单元", ""),
    "PROSE": (box(116.080, 39.000, 116.090, 39.005), "重点管控单元", "禁止新建燃煤锅炉。"),
    "G_IN": (box(116.205, 39.005, 116.215, 39.015), "一般管控单元", ""),
    "G_HALF": (box(116.210, 39.000, 116.230, 39.020), "一般管控单元", ""),
    "G_OUT": (box(116.300, 39.000, 116.320, 39.020), "一般管控单元", ""),
    "LAKE": (box(116.400, 39.000, 116.420, 39.020), "优先保护单元", ""),
}
EXPECTED = {
    "NEAR": "non_compliant", "PART": "needs_study", "FAR": "compliant", "CAP": "needs_study",
    "PROSE": "needs_study",
    "G_IN": "compliant", "G_HALF": "needs_study", "G_OUT": "non_compliant", "LAKE": "needs_study",
}
CHEMICAL = ProjectDescription(industry="C2614", construction="new", attributes={"capacity_increase": True})
RIVER_WKT = "LINESTRING(116.0 38.9, 116.0 39.2)"


def loaded_ruleset(path, text: str):
    """A rule set's text written to ``path`` and loaded by the real loader, which must find nothing wrong."""
    path.write_text(text, encoding="utf-8")
    loaded = load_ruleset(str(path))
    assert loaded.ruleset is not None, loaded.text("en")
    return loaded.ruleset


@pytest.fixture(scope="module")
def ruleset(tmp_path_factory):
    return loaded_ruleset(tmp_path_factory.mktemp("rules") / "siting.yaml", RULES)


@pytest.fixture(scope="module")
def layers(qgis_app):
    units = memory_layer("Polygon", "EPSG:4490", [
        {"wkt": wkt, "HJGKDYBM": code, "HJGKDYMC": f"单元{code}", "ZHGKDYFL": cat, "KJBJYS": prose}
        for code, (wkt, cat, prose) in UNITS.items()], FIELDS)
    # The river is stored in CGCS2000 3° Gauss-Krüger (CM 117°E): the screen must reproject it.
    river_gk = reproject(to_shapely(QgsGeometry.fromWkt(RIVER_WKT)), "EPSG:4490", "EPSG:4548")
    river = memory_layer("LineString", "EPSG:4548", [{"wkt": river_gk.wkt}], ("name",), "river")
    park = memory_layer("Polygon", "EPSG:4490", [{"wkt": box(116.2, 39.0, 116.22, 39.02)}], ("name",), "park")
    yield {"units": units, "river": river, "park": park}
    dispose(units, river, park)


def binding(prose: bool = False) -> UnitBinding:
    return UnitBinding("HJGKDYBM", "HJGKDYMC", "ZHGKDYFL", {"spatial_layout": "KJBJYS"} if prose else {})


def inputs(layers, ruleset, prose: bool = True) -> SitingInputs:
    constraints = {"river": SourceRef.of(layers["river"]), "park": SourceRef.of(layers["park"])}
    return SitingInputs(SourceRef.of(layers["units"]), binding(prose), ruleset, CHEMICAL, constraints)


@pytest.fixture(scope="module")
def screened(layers, ruleset):
    before = [snapshot(layers[name]) for name in ("units", "river", "park")]
    result = run_siting_screen(inputs(layers, ruleset))
    assert [snapshot(layers[name]) for name in ("units", "river", "park")] == before
    return {unit.code: unit for unit in result.units}


def test_verdicts_follow_the_exact_spatial_classes(screened):
    assert {code: unit.verdict for code, unit in screened.items()} == EXPECTED


def test_deciding_clauses_and_reasons(screened):
    assert screened["NEAR"].rule_ids == ["R-RIVER"]
    assert screened["G_OUT"].rule_ids == ["R-PARK"]
    assert screened["G_IN"].rule_ids == [] and screened["FAR"].rule_ids == []
    part = render_reason(screened["PART"].reasons[0], "en")
    assert part == "Part of this unit lies within 1,000 m of 河流, where rule R-RIVER prohibits the project."
    half = render_reason(screened["G_HALF"].reasons[0], "en")
    assert half == "Part of this unit lies not wholly inside 园区, where rule R-PARK prohibits the project."
    lake = screened["LAKE"]
    assert lake.rule_ids == ["R-LAKE"] and lake.counts["needs_info"] == 1
    assert "layer 湖泊 is not bound" in render_reason(lake.reasons[0], "en")  # its only label
    assert screened["PROSE"].counts["manual_check"] == 1


def test_zones_only_where_the_outcome_changes(screened):
    with_zones = {code for code, unit in screened.items() if unit.zones}
    assert with_zones == {"PART", "CAP", "G_HALF"}
    zone = screened["G_HALF"].zones[0]
    assert (zone.rule_id, zone.layer, zone.relation, zone.status) == ("R-PARK", "park", "not_inside", "conflict")
    # G_HALF is 116.21–116.23°E: the part outside the park (116.22–116.23) is half of it.
    assert zone.geometry.boundingBox().xMinimum() == pytest.approx(116.22, abs=1e-9)
    area = abs(CGCS2000.geometry_area_perimeter(to_shapely(zone.geometry))[0])
    assert zone.area_m2 == pytest.approx(area, rel=1e-3)


def _distance_to_river(lon: numpy.ndarray, lat: numpy.ndarray) -> numpy.ndarray:
    """Geodesic distance (m) from points to the river, densified every ~1 m (pyproj Geod)."""
    river_lat = numpy.linspace(38.9, 39.2, 33400)
    out = []
    for x, y in zip(lon, lat):
        _az1, _az2, dist = CGCS2000.inv(numpy.full(river_lat.shape, x), numpy.full(river_lat.shape, y),
                                        numpy.full(river_lat.shape, 116.0), river_lat)
        out.append(dist.min())
    return numpy.array(out)


def _vertices(geometry: QgsGeometry) -> numpy.ndarray:
    shape = to_shapely(geometry)
    polygons = shape.geoms if hasattr(shape, "geoms") else [shape]
    return numpy.array([c for p in polygons for c in p.exterior.coords])


def test_distance_zone_has_the_ellipsoidal_width(screened):
    zone = screened["PART"].zones[0]
    assert (zone.rule_id, zone.relation, zone.distance_m) == ("R-RIVER", "within", 1000.0)
    coords = _vertices(zone.geometry)
    distances = _distance_to_river(coords[:, 0], coords[:, 1])
    # The unit's west edge is 433 m from the river; the zone's east edge is the band's edge.
    east = coords[:, 0] > 116.0051
    assert east.sum() >= 2
    assert distances[east] == pytest.approx(numpy.full(east.sum(), 1000.0), rel=0.01)
    assert distances.max() <= 1010.0


def test_round_cap_of_the_band_has_the_ellipsoidal_radius(screened):
    zone = screened["CAP"].zones[0]
    coords = _vertices(zone.geometry)
    # Vertices off the unit's edges lie on the arc round the river's end point (116°E, 38.9°N).
    arc = ((coords[:, 0] > 115.9901) & (coords[:, 0] < 116.0099)
           & (coords[:, 1] > 38.8851) & (coords[:, 1] < 38.8949))
    assert arc.sum() >= 5
    distances = _distance_to_river(coords[arc, 0], coords[arc, 1])
    assert distances == pytest.approx(numpy.full(arc.sum(), 1000.0), rel=0.01)
    reach = CGCS2000.inv(116.0, 38.9, 116.0, coords[:, 1].min())[2]  # due south of the end
    assert reach == pytest.approx(1000.0, rel=0.01)


def test_band_across_strip_edges_has_the_ellipsoidal_width(qgis_app):
    """A line crossing 3° strip edges (and far from 116°E) is buffered to the right width in every strip."""
    from qgis.core import QgsCoordinateTransformContext

    from zoning_review.plugin.core.siting.zones import EllipsoidalBuffer

    crs = QgsCoordinateReferenceSystem("EPSG:4490")
    # Strips of 84°, 87° and 90°E; densified so that its edges are short (straight in any projection).
    line = QgsGeometry.fromWkt("LINESTRING(85.0 44.0, 91.5 45.0)").densifyByDistance(0.005)
    pieces, errors = EllipsoidalBuffer("EPSG:1024", QgsCoordinateTransformContext()).buffer(
        [line], crs, 2000.0, crs)
    assert errors == [] and len(pieces) == 3
    union = QgsGeometry.unaryUnion(pieces)
    coords = _vertices(union)
    lon = numpy.linspace(85.0, 91.5, 20001)
    lat = 44.0 + (lon - 85.0) / 6.5
    inner = coords[(coords[:, 0] > 85.05) & (coords[:, 0] < 91.45)]  # not the round caps
    assert len(inner) >= 20
    for x, y in inner[::max(1, len(inner) // 150)]:
        distance = CGCS2000.inv(numpy.full(lon.shape, x), numpy.full(lon.shape, y), lon, lat)[2].min()
        assert distance == pytest.approx(2000.0, rel=0.01)


def test_screen_agrees_with_the_draw_tool(layers, ruleset, screened):
    spec = UnitLayerSpec(layers["units"], "HJGKDYBM", "HJGKDYMC", "ZHGKDYFL")
    from qgis.core import QgsCoordinateTransformContext
    engine = OverlayEngine(spec, {"river": layers["river"], "park": layers["park"]},
                           QgsCoordinateTransformContext())
    crs = QgsCoordinateReferenceSystem("EPSG:4490")
    east = screened["PART"].zones[0].geometry.boundingBox().xMaximum()

    def verdict(wkt: str) -> str:
        return review_site("S", QgsGeometry.fromWkt(wkt), crs, CHEMICAL, engine, ruleset).verdict

    assert verdict(box(116.007, 39.001, 116.009, 39.002)) == "non_compliant"  # in the band
    assert verdict(box(east + 0.002, 39.001, east + 0.004, 39.002)) == "compliant"  # beyond it
    assert verdict(box(116.055, 39.001, 116.056, 39.002)) == screened["FAR"].verdict
    assert verdict(box(116.207, 39.007, 116.209, 39.009)) == screened["G_IN"].verdict
    assert verdict(box(116.305, 39.005, 116.307, 39.007)) == screened["G_OUT"].verdict
    assert verdict(box(116.225, 39.005, 116.227, 39.007)) == "non_compliant"  # G_HALF's zone


def test_non_chemical_project_is_compliant_everywhere_but_the_unbound_lake(layers, ruleset):
    setup = inputs(layers, ruleset, prose=False)
    setup.project = ProjectDescription(industry="C3911", construction="new")
    verdicts = {u.code: u.verdict for u in run_siting_screen(setup).units}
    assert verdicts == {code: "needs_study" if code == "LAKE" else "compliant" for code in UNITS}


def test_cancel_stops_early(layers, ruleset):
    feedback = QgsFeedback()
    feedback.cancel()
    result = run_siting_screen(inputs(layers, ruleset), feedback)
    assert result.cancelled and result.units == []


def run_task(setup) -> list:
    """What a SitingTask hands its callback, run by the real task manager (at most 20 s)."""
    received = []
    task = SitingTask(setup, lambda result, error: received.append((result, error)))
    QgsApplication.taskManager().addTask(task)
    deadline = time.time() + 20
    while not received and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    return received


def test_task_hands_the_result_to_the_callback(layers, ruleset):
    received = run_task(snapshot_inputs(layers["units"], binding(True), ruleset, CHEMICAL,
                                        {"river": layers["river"], "park": layers["park"]}))
    assert received, "the task never finished"
    result, error = received[0]
    assert error == ""
    assert {u.code: u.verdict for u in result.units} == EXPECTED


def test_task_refuses_units_whose_crs_is_undefined(layers, ruleset, tmp_path):
    units = undefined_crs_copy(layers["units"], tmp_path / "units.gpkg", 0)  # still in degrees
    received = run_task(snapshot_inputs(units, binding(True), ruleset, CHEMICAL,
                                        {"river": layers["river"], "park": layers["park"]}))
    dispose(units)
    assert received == [(None, "The siting screen failed: Layer units has no valid coordinate reference system")]


def _templates(reason):
    yield reason.template
    for value in reason.values.values():
        if hasattr(value, "template"):
            yield from _templates(value)


def test_every_stored_reason_template_is_listed_for_translation(screened):
    from zoning_review.plugin.core.review import evaluation
    from zoning_review.plugin.core.rules import conditions

    listed = set(reason_templates()) | set(conditions.reason_templates()) | set(evaluation.reason_templates())
    used = {t for unit in screened.values() for r in unit.reasons for t in _templates(r)}
    used |= {t for unit in screened.values() for z in unit.zones for t in _templates(z.reason)}
    assert len(used) >= 5
    assert used <= listed, used - listed


def test_units_without_geometry_are_said_so_and_repaired_ones_are_warned_of(ruleset, layers, tmp_path):
    """A unit without geometry used to be 'cannot be used (null)' (a status word, in Chinese text too); a unit
    whose self-intersecting outline was repaired was screened with no word. Now: 'has no geometry', and the
    repair is a data warning naming the unit, as the review names a repaired unit."""
    bow = "POLYGON((116.050 39.000, 116.070 39.005, 116.070 39.000, 116.050 39.005, 116.050 39.000))"  # far, crossed
    memory = memory_layer("Polygon", "EPSG:4490", [
        {"wkt": bow, "HJGKDYBM": "BOW", "HJGKDYMC": "BOW", "ZHGKDYFL": "重点管控单元"},
        {"wkt": None, "HJGKDYBM": "NONE", "HJGKDYMC": "NONE", "ZHGKDYFL": "重点管控单元"}], FIELDS)
    units = write_file(memory, tmp_path / "units.gpkg")
    dispose(memory)
    setup = inputs(layers, ruleset, prose=False)
    setup.units = SourceRef.of(units)
    result = run_siting_screen(setup)
    dispose(units)
    screened = {unit.code: unit for unit in result.units}
    assert [render_reason(r, "en") for r in screened["NONE"].reasons] == [
        "The unit has no geometry; it was not screened."]
    assert screened["NONE"].verdict == "needs_study"
    assert screened["BOW"].verdict == "compliant"  # like FAR, the same 4.3–6.1 km from the river
    assert [render_reason(w, "en") for w in result.warnings] == [  # the unit without one named as a review names it
        "Feature 2 of units has no geometry and was skipped: draw its geometry in the layer, or delete the feature if "
        "it stands for nothing on the map.",
        "Unit BOW (feature 1) of units has an invalid geometry (Self-intersection); repaired for the computation"]


BOTH_RULES = """
format: zoning-review-rules/1
metadata:
  id: siting-both
  title: {zh: 选址测试, en: Siting test}
  version: "1"
  authority: {zh: 测试机关}
  effective: "2024-01-01"
  region: {zh: 测试区}
layers:
  park: {label: {zh: 园区, en: park}}
  river: {label: {zh: 河流, en: river}}
rules:
  - id: R-BOTH
    level: general
    dimension: spatial_layout
    effect: prohibit
    when:
      all:
        - {spatial: {layer: park, relation: overlaps}}
        - {spatial: {layer: river, relation: within, distance_m: 300}}
    text: {zh: 园区内且河流300米内禁止化工。}
"""


def test_a_rule_whose_zones_do_not_meet_in_the_unit_draws_no_zone_and_claims_none(layers, tmp_path):
    """R-BOTH bites for a site in the park and within 300 m of the river. In SPLIT (116.19–116.23°E) the park
    (116.20–116.22°E) and the river's band (116.23°E ± 0.0035°, 300 m at 39°N) do not meet, so only a site
    across both could be forbidden: needs study, but no part of the unit 'lies in park and within 300 m of
    river', as the reason used to say while the zones' count said 1 and no zone was written."""
    from zoning_review.plugin.core.outputs.siting_rows import unit_feature, zone_features

    river = memory_layer("LineString", "EPSG:4490", [{"wkt": "LINESTRING(116.23 38.9, 116.23 39.2)"}], ("name",),
                         "river")
    units = memory_layer("Polygon", "EPSG:4490", [
        {"wkt": box(116.19, 39.005, 116.23, 39.015), "HJGKDYBM": "SPLIT", "HJGKDYMC": "SPLIT",
         "ZHGKDYFL": "一般管控单元"}], FIELDS)
    setup = SitingInputs(SourceRef.of(units), binding(), loaded_ruleset(tmp_path / "both.yaml", BOTH_RULES),
                         CHEMICAL, {"river": SourceRef.of(river), "park": SourceRef.of(layers["park"])})
    [unit] = run_siting_screen(setup).units
    dispose(units, river)
    assert unit.verdict == "needs_study" and unit.rule_ids == ["R-BOTH"]
    assert [render_reason(r, "en") for r in unit.reasons] == [
        "Whether rule R-BOTH bites depends on where in this unit the site lies."]
    assert unit_feature(unit, "en")["n_zones"] == len(zone_features(unit, "en")) == 0
