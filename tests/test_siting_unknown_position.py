"""The siting screen with a rule whose filter its constraint layer cannot take — it names a field the layer
lacks, or fails on some of its features — screens no unit as if that zone did not exist: the rule needs
information wherever the site may lie (the review's 'position unknown'), a data warning says why, and no rule
zone is drawn for it.

Expected verdicts (a new C3911 project that discharges nothing, so of the water-source rules only G-SL-05,
grade I, can bite): with the right filter, the units needing further study are exactly those a grade-I zone
covers part of (geopandas, in the Gauss-Krüger zone of 117°E, slivers below max(1 m², 1e-5 × the unit) aside).
With an unusable filter, every other unit the right filter leaves compliant needs further study too, and the
non-compliant ones stay so: they lie outside grade I, so other clauses conflict wherever the site lies.
"""

import shutil
import sqlite3

import geopandas
import pytest
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

from zoning_review.plugin.core.inputs.bindings import UnitBinding
from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.review.site_review import render_reason, review_site
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.siting.screen import run_siting_screen
from zoning_review.plugin.gui.siting_task import snapshot_inputs

from .kept_feedback import Feedback
from .overlay_helpers import dispose, engine_for, memory_layer

GK_117 = "EPSG:4548"
CONSTRAINTS = ("red_line", "water_source", "river_bank", "industrial_park")
GRADE_I = "where: \"\\\"grade\\\" = 'I'\""
MISSING_FIELD = "where: \"\\\"grade_level\\\" = 'I'\""
FAILS_ON_GRADE_II = "where: \"\\\"grade\\\" = 'I' OR to_int(\\\"grade\\\") > 0\""  # QGIS's request keeps grade I
ATTRIBUTES = {"capacity_increase": True, "major_infrastructure": False, "water_supply_facility": False,
              "discharges_pollutants": False, "investment_wan": 50000, "vocs_tpa": 0, "boiler_tph": 0,
              "water_m3d": 100}
UNKNOWN = ("G-SL-05: the filter of Drinking-water source protection zone {words} cannot be applied to the bound "
           "layer (see the data warnings), so the site's position to it is unknown")


def grade_one_units(gpkg) -> set:
    """The codes of the units a grade-I water-source zone covers more than a sliver of."""
    read = lambda name: geopandas.read_file(gpkg, layer=name).to_crs(GK_117)  # noqa: E731
    units, water = read("control_units"), read("water_source")
    zone = shapely.union_all(water[water["grade"] == "I"].geometry.values)
    return {code for code, geometry in zip(units["HJGKDYBM"], units.geometry)
            if shapely.intersection(geometry, zone).area > max(1.0, 1e-5 * geometry.area)}


def rules_with(example_rules, tmp_path, where: str):
    """The example rule set with G-SL-05's filter replaced by ``where`` (a YAML scalar), as a file."""
    text = example_rules.read_text(encoding="utf-8")
    assert text.count(GRADE_I) == 1
    path = tmp_path / f"rules_{len(list(tmp_path.glob('rules_*')))}.yaml"
    path.write_text(text.replace(GRADE_I, where), encoding="utf-8")
    return path


def screen(gpkg, rules, industry: str = "C3911", attributes=None) -> tuple:
    """zoningreview:sitingscreen for the project: rows by unit code, the zones' (unit, rule), the warnings."""
    import processing

    feedback = Feedback()
    result = processing.run("zoningreview:sitingscreen", {
        "UNITS": f"{gpkg}|layername=control_units", "RULES": str(rules), "USE_UNIT_PROSE": False,
        "CONSTRAINTS": [f"{gpkg}|layername={name}" for name in CONSTRAINTS],
        "INDUSTRY": industry, "CONSTRUCTION": 0, "CATALOGUE": 0, "LANGUAGE": 1,
        "ATTRIBUTES": "; ".join(f"{k}={'yes' if v is True else 'no' if v is False else v}"
                                for k, v in (attributes or ATTRIBUTES).items()),
        "OUTPUT": "TEMPORARY_OUTPUT", "ZONES": "TEMPORARY_OUTPUT"}, feedback=feedback)
    rows = {f["unit_code"]: (f["verdict"], f["rule_ids"], f["reason"]) for f in result["OUTPUT"].getFeatures()}
    zones = {(z["unit_code"], z["rule_id"]) for z in result["ZONES"].getFeatures()}
    return rows, zones, feedback.said("warning", "")


@pytest.mark.parametrize("where, words, warning", [
    (MISSING_FIELD, "where grade_level is I",
     "The filter \"grade_level\" = 'I' of layer water_source names grade_level, which the layer does not have "
     "(its fields: fid, name, grade)"),
    (FAILS_ON_GRADE_II, "(features where protection grade = 'I' OR to_int(protection grade) > 0)",
     "The filter \"grade\" = 'I' OR to_int(\"grade\") > 0 of layer water_source cannot be evaluated on feature "),
])
def test_sitingscreen_with_an_unusable_filter_screens_no_unit_compliant_by_it(zr_processing, sample_gpkg,
                                                                              example_rules, tmp_path, where,
                                                                              words, warning):
    gpkg = tmp_path / "sample.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    right, right_zones, right_said = screen(gpkg, example_rules)
    wanted = grade_one_units(str(gpkg))
    assert wanted and {code for code, row in right.items() if row[0] == "needs_study"} == wanted
    assert all(right[code][1] == "G-SL-05" for code in wanted)
    assert {code for code, rule in right_zones if rule == "G-SL-05"} == wanted
    assert not right_said
    rows, zones, said = screen(gpkg, rules_with(example_rules, tmp_path, where))
    expected = {code: "non_compliant" if row[0] == "non_compliant" else "needs_study" for code, row in right.items()}
    assert {code: row[0] for code, row in rows.items()} == expected  # the grade-I units came out compliant before
    assert "compliant" not in {row[0] for row in rows.values()}
    for code, (verdict, rule_ids, reason) in rows.items():
        if verdict == "needs_study":
            assert rule_ids == "G-SL-05" and reason == UNKNOWN.format(words=words), (code, reason)
    assert zones == {zone for zone in right_zones if zone[1] != "G-SL-05"}  # no zone the screen could not find
    [line] = said
    assert line.startswith(warning), line


def test_the_docks_screen_reads_the_same_unusable_filter_from_layer_snapshots(qgis_app, sample_gpkg, example_rules,
                                                                              tmp_path):
    """The dock's siting panel screens in a task from layer snapshots: the same warning, the same verdicts."""
    layers = {name: QgsVectorLayer(f"{sample_gpkg}|layername={name}", name, "ogr")
              for name in ("control_units",) + CONSTRAINTS}
    loaded = load_ruleset(str(rules_with(example_rules, tmp_path, MISSING_FIELD)))
    assert loaded.ruleset is not None, loaded.text("en")
    project = ProjectDescription("C3911", "C3911", "new", None, ATTRIBUTES)
    setup = snapshot_inputs(layers["control_units"], UnitBinding("HJGKDYBM", "HJGKDYMC", "ZHGKDYFL"),
                            loaded.ruleset, project, {name: layers[name] for name in CONSTRAINTS})
    result = run_siting_screen(setup)
    dispose(*layers.values())
    verdicts = {unit.code: unit.verdict for unit in result.units}
    assert set(verdicts.values()) == {"non_compliant", "needs_study"}
    assert grade_one_units(str(sample_gpkg)) <= {code for code, verdict in verdicts.items() if verdict == "needs_study"}
    assert [render_reason(w, "en") for w in result.warnings] == [
        "The filter \"grade_level\" = 'I' of layer water_source names grade_level, which the layer does not have "
        "(its fields: fid, name, grade)"]


IMPOSSIBLE = """
format: zoning-review-rules/1
metadata:
  id: impossible-band
  title: {zh: 不可能的条件, en: An impossible condition}
  version: "1"
  authority: {zh: 测试机关}
  effective: "2024-01-01"
  region: {zh: 测试区}
layers:
  well: {label: {zh: 水井, en: Well}}
rules:
  - id: R-RING
    level: general
    dimension: spatial_layout
    effect: prohibit
    when:
      all:
        - spatial: {layer: well, relation: within, distance_m: 500, where: WHERE}
        - not: {spatial: {layer: well, relation: within, distance_m: 1000, where: WHERE}}
    text: {zh: 距水井500米内且1000米外禁止建设。}
"""


@pytest.mark.parametrize("where, verdict", [("'\"kind\" = ''deep'''", "compliant"),
                                            ("'\"depth\" = ''deep'''", "needs_study")])
def test_an_unusable_filter_needs_information_even_where_no_position_could_change_the_rule(
        qgis_app, tmp_path, where, verdict):
    """A clause that can never apply (within 500 m but not within 1000 m) never varies with the site's position,
    so the screen used to read its layer as 'beyond every band'; with its filter unusable, the review finds the
    clause needs information (unknown and not unknown is unknown), and so must the screen."""
    from zoning_review.plugin.core.siting.layers import SourceRef
    from zoning_review.plugin.core.siting.screen import SitingInputs

    path = tmp_path / "impossible.yaml"
    path.write_text(IMPOSSIBLE.replace("WHERE", where), encoding="utf-8")
    loaded = load_ruleset(str(path))
    assert loaded.ruleset is not None, loaded.text("en")
    square = "POLYGON((116.0 39.0, 116.01 39.0, 116.01 39.01, 116.0 39.01, 116.0 39.0))"
    units = memory_layer("Polygon", "EPSG:4490", [{"wkt": square, "HJGKDYBM": "U1", "HJGKDYMC": "单元",
                                                   "ZHGKDYFL": "一般管控单元"}])
    well = memory_layer("Point", "EPSG:4490", [{"wkt": "POINT(116.005 39.005)", "kind": "deep"}], ("kind",), "well")
    inputs = SitingInputs(SourceRef.of(units), UnitBinding("HJGKDYBM", "HJGKDYMC", "ZHGKDYFL"), loaded.ruleset,
                          ProjectDescription("C3911", "C3911", "new"), {"well": SourceRef.of(well)})
    [unit] = run_siting_screen(inputs).units
    site = QgsGeometry.fromRect(QgsRectangle(116.004, 39.004, 116.006, 39.006))  # the review agrees
    review = review_site("S", site, units.crs(), inputs.project, engine_for(units, {"well": well}), loaded.ruleset)
    dispose(units, well)
    assert unit.verdict == review.verdict == verdict
    assert unit.rule_ids == ([] if verdict == "compliant" else ["R-RING"])



def _no_features(river: QgsVectorLayer) -> None:
    assert river.dataProvider().deleteFeatures([f.id() for f in river.getFeatures()])


def _no_geometry(river: QgsVectorLayer) -> None:
    assert river.dataProvider().changeGeometryValues({f.id(): QgsGeometry() for f in river.getFeatures()})


def _zone_prefixed(river: QgsVectorLayer) -> None:
    """Gauss-Krüger eastings written with their zone number (39…) in a layer whose CRS has none (EPSG:4548)."""
    to_gk = QgsCoordinateTransform(river.crs(), QgsCoordinateReferenceSystem(GK_117), QgsProject.instance())
    changed = {}
    for feature in river.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(to_gk)
        geometry.translate(39_000_000.0, 0.0)
        changed[feature.id()] = geometry
    assert river.dataProvider().changeGeometryValues(changed)
    gk = QgsCoordinateReferenceSystem(GK_117)
    with sqlite3.connect(river.dataProvider().dataSourceUri().split("|")[0]) as db:  # the layer's stored CRS
        db.execute("UPDATE gpkg_geometry_columns SET srs_id = ? WHERE table_name = 'river_bank'",
                   (int(gk.authid().split(":")[1]),))
        db.execute("INSERT OR IGNORE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
                   "organization_coordsys_id, definition) VALUES (?, ?, 'EPSG', ?, ?)",
                   (gk.description(), 4548, 4548, gk.toWkt()))


def _metres_as_degrees(river: QgsVectorLayer) -> None:
    """Gauss-Krüger metres (zone 39, with its 39) left in the EPSG:4490 layer: latitudes of 4.3 million degrees."""
    to_gk = QgsCoordinateTransform(river.crs(), QgsCoordinateReferenceSystem("EPSG:4527"), QgsProject.instance())
    changed = {}
    for feature in river.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(to_gk)
        changed[feature.id()] = geometry
    assert river.dataProvider().changeGeometryValues(changed)


def _one_in_metres(river: QgsVectorLayer) -> None:
    """The river kept, and a copy of it in Gauss-Krüger metres added to the EPSG:4490 layer: the layer as a whole
    still lies where its CRS is used, one of its features nowhere on the earth."""
    to_gk = QgsCoordinateTransform(river.crs(), QgsCoordinateReferenceSystem("EPSG:4527"), QgsProject.instance())
    copy = QgsFeature(next(river.getFeatures()))
    geometry = QgsGeometry(copy.geometry())
    geometry.transform(to_gk)
    copy.setGeometry(geometry)
    copy.setAttribute("fid", None)
    assert river.dataProvider().addFeatures([copy])[0]


@pytest.mark.parametrize("broken, warning", [
    (_no_features, "Constraint layer river_bank (sample) has no features, so where a site lies to it is unknown and "
                   "the rules that need it report 'needs information': check that the right layer or file is bound."),
    (_no_geometry, "Constraint layer river_bank (sample) has no feature with a usable geometry, so where a site lies "
                   "to it is unknown and the rules that need it report 'needs information': draw the features' "
                   "geometries in the layer, or check that the right layer or file is bound."),
    (_one_in_metres, "Constraint layer river_bank (sample): 1 of its features lies outside where its CRS "
                     "EPSG:4490 can be used"),
])
def test_sitingscreen_reads_a_river_layer_it_cannot_place_as_unknown_never_as_no_river(
        zr_processing, sample_gpkg, example_rules, tmp_path, broken, warning):
    """A bound river_bank layer with no features, none with a geometry, or features the unit CRS cannot hold
    (PROJ gives inf) or their own CRS places nowhere (metres in a layer of degrees) used to leave every unit
    'beyond 1000 m of the river': units came out compliant (or the run failed on inf). The site's position to
    the river is unknown, so G-SL-03 (no new C26 within 1000 m of the river) needs information in every unit it
    applies to: no unit is compliant, and the units other clauses forbid anyway stay non-compliant (the hand
    verdicts of the sample, geopandas)."""
    from .test_siting_sample import ATTRIBUTES as CHEMICAL_ATTRIBUTES
    from .test_siting_sample import hand_verdicts

    gpkg = tmp_path / "sample.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    river = QgsVectorLayer(f"{gpkg}|layername=river_bank", "river_bank", "ogr")
    broken(river)
    dispose(river)
    rows, zones, said = screen(gpkg, example_rules, "C2614", CHEMICAL_ATTRIBUTES)
    expected = hand_verdicts(str(sample_gpkg))
    assert "compliant" in expected.values()  # the river's band decides there: not vacuous
    assert {code: row[0] for code, row in rows.items()} == {
        code: "non_compliant" if verdict == "non_compliant" else "needs_study" for code, verdict in expected.items()}
    assert all("G-SL-03" in row[1] for row in rows.values() if row[0] == "needs_study")
    assert not [zone for zone in zones if zone[1] == "G-SL-03"]
    assert [line for line in said if line.startswith(warning)], said


def test_a_unit_whose_coordinates_its_crs_cannot_place_is_never_screened_compliant(zr_processing, sample_gpkg,
                                                                                   example_rules, tmp_path):
    """A unit drawn in Gauss-Krüger metres (with the zone number) in the EPSG:4490 unit layer lies nowhere on the
    earth: QGIS measures its area as NaN. It used to meet no constraint layer and so came out compliant wherever
    no clause needs a zone. It needs further study with the reason, and every other unit keeps its verdict."""
    gpkg = tmp_path / "sample.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    before, _zones, _said = screen(gpkg, example_rules)
    code = sorted(c for c, row in before.items() if row[0] == "compliant")[0]
    units = QgsVectorLayer(f"{gpkg}|layername=control_units", "control_units", "ogr")
    [feature] = [f for f in units.getFeatures() if f["HJGKDYBM"] == code]
    moved = QgsGeometry(feature.geometry())
    moved.transform(QgsCoordinateTransform(units.crs(), QgsCoordinateReferenceSystem("EPSG:4527"),
                                           QgsProject.instance()))  # 3° zone 39, eastings with their 39
    assert units.dataProvider().changeGeometryValues({feature.id(): moved})
    dispose(units)
    rows, _zones, _said = screen(gpkg, example_rules)
    assert rows[code] == ("needs_study", "", "The unit's area cannot be measured on the ellipsoid: its coordinates "
                          "lie outside where EPSG:4490 can be used, so where the unit lies is unknown; it was not "
                          "screened. Check the unit layer's CRS.")
    assert {c: row[0] for c, row in rows.items() if c != code} == {c: row[0] for c, row in before.items() if c != code}


@pytest.mark.parametrize("broken, crs", [(_zone_prefixed, "EPSG:4548"), (_metres_as_degrees, "EPSG:4490")])
def test_sitingscreen_refuses_a_river_layer_wholly_outside_where_its_crs_is_used(
        zr_processing, sample_gpkg, example_rules, tmp_path, broken, crs):
    """Every feature of the river lies where its CRS places nothing (eastings with their zone number under a
    3-degree CRS, metres under degrees): the layer is named and the screen stops, as for a layer without CRS."""
    from qgis.core import QgsProcessingException

    from .test_siting_sample import ATTRIBUTES as CHEMICAL_ATTRIBUTES

    gpkg = tmp_path / "sample.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    river = QgsVectorLayer(f"{gpkg}|layername=river_bank", "river_bank", "ogr")
    broken(river)
    dispose(river)
    with pytest.raises(QgsProcessingException, match=rf"Layer sample \(river_bank\) lies outside where its "
                                                     rf"coordinate reference system {crs} "):
        screen(gpkg, example_rules, "C2614", CHEMICAL_ATTRIBUTES)
