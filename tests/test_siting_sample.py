"""The siting screen on the Xiong'an sample with the example rules, for a new C2614 chemical project.

Expected verdicts are derived here by hand from the example rules and the sample geometry
(geopandas/shapely in the CGCS2000 3° Gauss-Krüger zone of 117°E, scale error < 0.01 %):

- every priority unit: C-P-01 forbids new industry (no exception applies) → non_compliant;
- ZH13062920001: U-RC-01 forbids new industry except C39 → non_compliant;
- every other unit (key, key_park, general): C-K-01 / C-G-01 admit a new C26 project only
  inside an industrial park, G-SL-03 forbids it within 1000 m of river_bank, G-SL-04/05/06
  forbid it in red_line / grade I / grade II source zones (it discharges pollutants, is neither
  infrastructure nor water supply), U-XX-01 forbids it outside parks in ZH13063830001.
  So a site can go where the unit meets a park outside the river band and those zones:
  none of the unit → non_compliant; all of it → compliant; part of it → needs_study.
  Parts smaller than max(1 m², 1e-5 × the unit's area) are slivers (the screen's documented
  tolerance): the sample's Rongcheng park unit sticks out of its park by such a sliver.
"""

import geopandas
import pytest
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from zoning_review.plugin.core.inputs.bindings import UnitBinding
from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.overlay.engine import OverlayEngine, UnitLayerSpec
from zoning_review.plugin.core.review.site_review import render_reason, review_site
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.siting.layers import SourceRef
from zoning_review.plugin.core.siting.screen import SitingInputs, run_siting_screen

from .kept_feedback import Feedback, at_report
from .overlay_helpers import CGCS2000, dispose, geodesic_area, to_shapely

GK_117 = "EPSG:4548"
CONSTRAINTS = ("red_line", "water_source", "river_bank", "industrial_park")
ATTRIBUTES = {"capacity_increase": True, "major_infrastructure": False, "water_supply_facility": False,
              "discharges_pollutants": True, "investment_wan": 50000, "vocs_tpa": 0, "boiler_tph": 0,
              "water_m3d": 100}
CHEMICAL = ProjectDescription("C2614 new", "C2614", "new", None, ATTRIBUTES)


def hand_verdicts(gpkg) -> dict:
    """Expected verdict per unit code, by the reasoning in the module docstring."""
    read = lambda name: geopandas.read_file(gpkg, layer=name).to_crs(GK_117)  # noqa: E731
    units = read("control_units")
    parks = shapely.union_all(read("industrial_park").geometry.values)
    river_band = shapely.union_all(read("river_bank").geometry.buffer(1000.0, resolution=64).values)
    water = read("water_source")
    forbidden = shapely.union_all([river_band, *read("red_line").geometry.values,
                                   *water[water["grade"].isin(["I", "II"])].geometry.values])
    out = {}
    for code, category, geometry in zip(units["HJGKDYBM"], units["ZHGKDYFL"], units.geometry):
        if category.startswith("优先保护") or code == "ZH13062920001":
            out[code] = "non_compliant"
            continue
        allowed = shapely.difference(shapely.intersection(geometry, parks), forbidden).area
        sliver = max(1.0, 1e-5 * geometry.area)
        if allowed <= sliver:
            out[code] = "non_compliant"
        elif geometry.area - allowed <= sliver:
            out[code] = "compliant"
        else:
            out[code] = "needs_study"
    return out


@pytest.fixture(scope="module")
def sample(qgis_app, sample_gpkg, example_rules):
    layers = {name: QgsVectorLayer(f"{sample_gpkg}|layername={name}", name, "ogr")
              for name in ("control_units",) + CONSTRAINTS}
    assert all(layer.isValid() for layer in layers.values())
    loaded = load_ruleset(str(example_rules))
    assert loaded.ruleset is not None, loaded.text("en")
    yield layers, loaded.ruleset
    dispose(*layers.values())


@pytest.fixture(scope="module")
def screened(sample):
    layers, ruleset = sample
    binding = UnitBinding("HJGKDYBM", "HJGKDYMC", "ZHGKDYFL")
    inputs = SitingInputs(SourceRef.of(layers["control_units"]), binding, ruleset, CHEMICAL,
                          {name: SourceRef.of(layers[name]) for name in CONSTRAINTS})
    return {unit.code: unit for unit in run_siting_screen(inputs).units}


def test_non_compliant_units_are_exactly_those_whose_rules_prohibit_the_project(screened, sample_gpkg):
    expected = hand_verdicts(str(sample_gpkg))
    assert len(expected) == len(screened) >= 30
    wanted = {code for code, verdict in expected.items() if verdict == "non_compliant"}
    assert {code for code, unit in screened.items() if unit.verdict == "non_compliant"} == wanted
    assert {code: unit.verdict for code, unit in screened.items()} == expected
    # The sample exercises all three outcomes, so the comparison above is not vacuous.
    assert set(expected.values()) == {"compliant", "needs_study", "non_compliant"}
    # Independent of geometry: the priority units and the Rongcheng urban unit.
    assert screened["ZH13062920001"].rule_ids == ["C-K-01", "U-RC-01"]
    assert all("C-P-01" in unit.rule_ids for unit in screened.values() if unit.category == "优先保护单元")


def test_a_unit_wholly_in_the_red_line_says_how_much_of_it_lies_there(screened, sample_gpkg):
    """The priority units inside the red line are forbidden by G-SL-04 wherever the site lies; its reason gives the
    area the unit shares with the red line (geodesic, pyproj), where it used to say 0 m²."""
    red = shapely.union_all(geopandas.read_file(str(sample_gpkg), layer="red_line").geometry.values)
    units = geopandas.read_file(str(sample_gpkg), layer="control_units")
    shared = {code: geodesic_area(shapely.intersection(geometry, red))
              for code, geometry in zip(units["HJGKDYBM"], units.geometry)}
    said = {code: render_reason(reason, "en") for code, unit in screened.items() for reason in unit.reasons
            if reason.values.get("rule") == "G-SL-04"}
    assert len(said) >= 2
    for code, text in said.items():
        prefix, suffix = "G-SL-04: site overlaps Ecological protection red line (", " m²)"
        assert text.startswith(prefix) and text.endswith(suffix), text
        assert float(text[len(prefix):-len(suffix)].replace(",", "")) == pytest.approx(shared[code], rel=1e-4)


def test_river_band_zone_has_the_ellipsoidal_width(screened, sample_gpkg):
    river = geopandas.read_file(str(sample_gpkg), layer="river_bank").geometry.values[0]
    line = shapely.segmentize(shapely.line_merge(river), 0.00002)  # ~2 m between points
    points = shapely.get_coordinates(line)
    zones = [z for unit in screened.values() for z in unit.zones if z.rule_id == "G-SL-03"]
    assert zones, "the sample has a unit partly within 1 km of the river bank"
    for zone in zones:
        render = render_reason(zone.reason, "en")
        assert render.startswith("Part of this unit lies within 1,000 m of River bank, where rule G-SL-03")
        assert render_reason(zone.reason, "zh").startswith("该单元有部分区域距河流岸线 1,000 m 以内")  # its label
        unit = screened[zone.unit_code].geometry
        shape, boundary = to_shapely(zone.geometry), to_shapely(unit).boundary
        vertices = [p for p in shapely.get_coordinates(shape.boundary)
                    if shapely.distance(shapely.Point(p), boundary) > 1e-6]  # off the unit's edges
        assert len(vertices) >= 3
        for lon, lat in vertices:
            distance = min(CGCS2000.inv([lon] * len(points), [lat] * len(points),
                                        points[:, 0], points[:, 1])[2])
            assert distance == pytest.approx(1000.0, rel=0.01)


def test_river_band_zone_is_nowhere_narrower_than_its_distance(screened, sample_gpkg):
    """Between its vertices too: an arc's chords must not cut into the band (a site 998 m from the river
    outside the zone would be missed)."""
    river = geopandas.read_file(str(sample_gpkg), layer="river_bank").geometry.values[0]
    points = shapely.get_coordinates(shapely.segmentize(shapely.line_merge(river), 0.00002))
    zones = [z for unit in screened.values() for z in unit.zones if z.rule_id == "G-SL-03"]
    checked = 0
    for zone in zones:
        boundary = to_shapely(screened[zone.unit_code].geometry).boundary
        edge = shapely.segmentize(to_shapely(zone.geometry).boundary, 0.0001)  # ~10 m between points
        for lon, lat in shapely.get_coordinates(edge):
            if shapely.distance(shapely.Point(lon, lat), boundary) <= 1e-6:
                continue  # on the unit's own edge
            distance = min(CGCS2000.inv([lon] * len(points), [lat] * len(points), points[:, 0], points[:, 1])[2])
            assert 1000.0 <= distance <= 1003.0
            checked += 1
    assert checked >= 100


def _inner_site(geometry: QgsGeometry) -> QgsGeometry:
    """A ~30 m square site well inside a (lon/lat) polygon."""
    shape = to_shapely(geometry)
    core = shape.buffer(-0.002)
    point = (core if not core.is_empty else shape).representative_point()
    return QgsGeometry.fromWkt(shapely.box(point.x - 0.00015, point.y - 0.00015,
                                           point.x + 0.00015, point.y + 0.00015).wkt)


def test_the_screen_and_the_draw_tool_agree(sample, screened):
    layers, ruleset = sample
    spec = UnitLayerSpec(layers["control_units"], "HJGKDYBM", "HJGKDYMC", "ZHGKDYFL", ["ZLCB"])
    engine = OverlayEngine(spec, {name: layers[name] for name in CONSTRAINTS},
                           QgsCoordinateTransformContext())
    crs = QgsCoordinateReferenceSystem("EPSG:4490")
    checked = {"compliant": 0, "non_compliant": 0, "zone": 0, "outside_zone": 0}
    for code, unit in screened.items():
        if unit.verdict == "needs_study":
            zone = unit.zones[0].geometry
            site = _inner_site(zone)
            assert review_site(code, site, crs, CHEMICAL, engine, ruleset).verdict == "non_compliant"
            rest = QgsGeometry(unit.geometry).difference(zone.buffer(0.002, 8))
            if not rest.isEmpty():
                outside = review_site(code, _inner_site(rest), crs, CHEMICAL, engine, ruleset)
                assert outside.verdict == "compliant", [render_reason(r, "en") for r in outside.reasons]
                checked["outside_zone"] += 1
            checked["zone"] += 1
            continue
        review = review_site(code, _inner_site(unit.geometry), crs, CHEMICAL, engine, ruleset)
        assert [u.overlap.code for u in review.units] == [code]
        assert review.verdict == unit.verdict, (code, [render_reason(r, "en") for r in review.reasons])
        checked[unit.verdict] += 1
    assert checked["compliant"] >= 1 and checked["non_compliant"] >= 10 and checked["zone"] >= 1


def test_processing_algorithm_writes_the_screen_and_the_zones(qgis_processing, zr_processing, sample,
                                                             example_rules, screened):
    import processing

    assert zr_processing.algorithm("sitingscreen") is not None
    layers, _ruleset = sample
    result = processing.run("zoningreview:sitingscreen", {
        "UNITS": layers["control_units"], "RULES": str(example_rules),
        "USE_UNIT_PROSE": False, "CONSTRAINTS": [layers[name] for name in CONSTRAINTS],
        "INDUSTRY": "C2614", "CONSTRUCTION": 0, "CATALOGUE": 0, "LANGUAGE": 1,
        "ATTRIBUTES": "capacity_increase=yes; major_infrastructure=no; water_supply_facility=no; "
                      "discharges_pollutants=是; investment_wan=50000; vocs_tpa=0; boiler_tph=0; "
                      "water_m3d=100",
        "OUTPUT": "TEMPORARY_OUTPUT", "ZONES": "TEMPORARY_OUTPUT"}, feedback=QgsProcessingFeedback())
    rows = {f["unit_code"]: f for f in result["OUTPUT"].getFeatures()}
    assert {code: f["verdict"] for code, f in rows.items()} == {c: u.verdict for c, u in screened.items()}
    urban = rows["ZH13062920001"]
    assert urban["verdict_text"] == "Non-compliant" and urban["rule_ids"] == "C-K-01, U-RC-01"
    assert urban["n_conflict"] == 2 and urban["reason"].startswith("C-K-01: ")
    zones = list(result["ZONES"].getFeatures())
    assert {(z["unit_code"], z["rule_id"]) for z in zones} == {
        (u.code, z.rule_id) for u in screened.values() for z in u.zones if z.geometry is not None}
    river = [z for z in zones if z["rule_id"] == "G-SL-03"]
    assert river and all(z["distance_m"] == 1000.0 and z["layer"] == "river_bank" for z in river)


def test_a_cancelled_processing_screen_says_it_holds_part_of_the_units(qgis_processing, zr_processing, sample,
                                                                       example_rules):
    """Cancelled after its first unit, the screen used to return one row as if the layer had one unit; then it
    removed its outputs; now it keeps the unit screened, as reviewsites keeps its sites, and says how far it got."""
    import processing

    units = sample[0]["control_units"]
    feedback = Feedback(cancel_when=at_report(1))
    result = processing.run("zoningreview:sitingscreen", {
        "UNITS": units, "RULES": str(example_rules), "INDUSTRY": "C2614", "CONSTRUCTION": 0, "CATALOGUE": 0,
        "OUTPUT": "TEMPORARY_OUTPUT", "ZONES": "TEMPORARY_OUTPUT"}, feedback=feedback)
    assert result["OUTPUT"].featureCount() == 1
    assert any(text.startswith(f"The siting screen was cancelled after 1 of {units.featureCount()} units: ")
               for text in feedback.warnings)


def test_a_cancel_after_the_last_unit_keeps_the_complete_screen(qgis_processing, zr_processing, sample_gpkg,
                                                                 example_rules):
    """A cancel that came after the last unit was screened raised "cancelled after 1 of 1 units" and threw the
    complete outputs away; like reviewsites, the screen of every unit is its result."""
    import processing

    units = QgsVectorLayer(f"{sample_gpkg}|layername=control_units|subset=\"HJGKDYBM\" = 'ZH13062920001'",
                           "one unit", "ogr")
    assert units.featureCount() == 1  # its only progress report comes after its only unit
    runs = []
    for feedback in (QgsProcessingFeedback(), Feedback(cancel_when=at_report(1))):
        result = processing.run("zoningreview:sitingscreen", {
            "UNITS": units, "RULES": str(example_rules), "INDUSTRY": "C2614", "CONSTRUCTION": 0, "CATALOGUE": 0,
            "OUTPUT": "TEMPORARY_OUTPUT", "ZONES": "TEMPORARY_OUTPUT"}, feedback=feedback)
        runs.append([(f["unit_code"], f["verdict"], f["rule_ids"]) for f in result["OUTPUT"].getFeatures()])
    assert feedback.isCanceled()
    assert runs[1] == runs[0] == [("ZH13062920001", "non_compliant", "U-RC-01")]  # new C26 in the town: prohibited
    dispose(units)


def test_processing_rejects_an_undeclared_attribute(qgis_processing, zr_processing, sample, example_rules):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="no attribute tonnage"):
        processing.run("zoningreview:sitingscreen", {
            "UNITS": sample[0]["control_units"], "RULES": str(example_rules), "INDUSTRY": "C2614",
            "CONSTRUCTION": 0, "CATALOGUE": 0, "ATTRIBUTES": "tonnage=5",
            "OUTPUT": "TEMPORARY_OUTPUT", "ZONES": "TEMPORARY_OUTPUT"})


def test_area_bounds_fast_path_classifies_like_the_exact_measure(sample):
    """The planar-area shortcut gives every sample unit the same class as measuring it exactly."""
    from qgis.core import QgsDistanceArea, QgsProject

    from zoning_review.plugin.core.overlay.geometry_repair import clean_polygonal
    from zoning_review.plugin.core.siting.zones import AreaBounds, UnitArea, ZoneLayer

    layers, _ruleset = sample
    units = layers["control_units"]
    measure = QgsDistanceArea()
    measure.setSourceCrs(units.crs(), QgsProject.instance().transformContext())
    measure.setEllipsoid("EPSG:1024")
    bounds = AreaBounds(measure.ellipsoid())
    zones = [ZoneLayer(clean_polygonal(f.geometry()).geometry for f in layers[name].getFeatures())
             for name in ("red_line", "water_source", "industrial_park")]
    decided = 0
    for feature in units.getFeatures():
        geometry = clean_polygonal(feature.geometry()).geometry
        low, high = bounds.scale(geometry.boundingBox())
        assert low * geometry.area() <= measure.measureArea(geometry) <= high * geometry.area()
        for zone in zones:
            fast = UnitArea(geometry, measure, 1.0, 1e-5, bounds)
            exact = UnitArea(geometry, measure, 1.0, 1e-5)
            assert zone.coverage(fast)[0] == zone.coverage(exact)[0]
            assert zone.coverage(fast)[1]() == pytest.approx(zone.coverage(exact)[1](), rel=1e-9)
            decided += fast.quick_class(zone.clip(fast)) is not None
    assert decided >= 10  # the shortcut is taken on the sample, not only the exact path


def test_shared_decisions_match_screening_each_unit_alone(sample, screened):
    """Units sharing a decision (same signature and site states) get what a fresh screen gives them."""
    from zoning_review.plugin.core.siting.screen import SitingScreen

    layers, ruleset = sample
    binding = UnitBinding("HJGKDYBM", "HJGKDYMC", "ZHGKDYFL")
    inputs = SitingInputs(SourceRef.of(layers["control_units"]), binding, ruleset, CHEMICAL,
                          {name: SourceRef.of(layers[name]) for name in CONSTRAINTS})
    shared = SitingScreen(inputs)
    for feature in layers["control_units"].getFeatures():
        alone = SitingScreen(inputs).screen_feature(feature)
        unit = screened[alone.code]
        assert (unit.verdict, unit.rule_ids, unit.counts) == (alone.verdict, alone.rule_ids, alone.counts)
        assert [render_reason(r, "en") for r in unit.reasons] == [render_reason(r, "en") for r in alone.reasons]
        assert [(z.rule_id, z.status) for z in unit.zones] == [(z.rule_id, z.status) for z in alone.zones]
        shared.screen_feature(feature)
    assert len(shared._decisions) < len(screened)
