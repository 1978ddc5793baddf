"""Control units the overlay cannot use: one whose geometry is a "polygon" with a line for a ring (nothing polygonal is
left once repaired) lying across S03, and one without a geometry. S03 (a compliant C2614 renovation) stayed compliant
in a site's review with only a warning; the siting screen said nothing in its warnings. Now the review names both
units and S03 needs further study (it may lie in the unit not overlaid); the screen names them in the same words and
gives neither unit a verdict but "needs study".
"""

from osgeo import ogr
from qgis.core import QgsCoordinateTransformContext, QgsFeatureRequest, QgsVectorLayer

from zoning_review.plugin.core.inputs.site_attributes import detect_site_fields, project_from_attributes
from zoning_review.plugin.core.overlay.engine import OverlayEngine
from zoning_review.plugin.core.overlay.types import UnitLayerSpec
from zoning_review.plugin.core.review.site_review import render_reason, review_site
from zoning_review.plugin.core.rules.loader import load_ruleset

from .overlay_helpers import dispose
from .test_processing_review import CONSTRAINTS, edited_sample, rows
from .test_siting_unknown_position import screen

LINE_RING = "POLYGON((116.150 38.969, 116.160 38.969, 116.150 38.969))"  # across S03 (116.154-116.158 E, 38.968-.970)
UNIT_WARNING = ("Unit ZH13063810001 (feature {fid}) of {layer} has an invalid geometry (Too few points in geometry "
                "component) and nothing polygonal is left, so it was skipped: redraw the unit's geometry in the layer.")
NO_GEOMETRY = ("Feature {fid} of {layer} has no geometry and was skipped: draw its geometry in the layer, or delete "
               "the feature if it stands for nothing on the map.")
VERDICT_REASON = ("A control unit whose extent meets the site could not be overlaid (see the data warnings): which "
                  "units the site lies in, and so which clauses apply, is uncertain.")


def broken_units(sample_gpkg, tmp_path):
    """The sample with two more priority units: one drawn as ``LINE_RING``, one without a geometry; their ids."""
    gpkg = edited_sample(sample_gpkg, tmp_path / "sample.gpkg")
    data = ogr.Open(str(gpkg), 1)
    layer = data.GetLayerByName("control_units")
    template = layer.GetFeature(27)  # ZH13063810001, a priority protection unit
    added = []
    for wkt in (LINE_RING, None):
        feature = ogr.Feature(layer.GetLayerDefn())
        for index in range(feature.GetFieldCount()):
            feature.SetField(index, template.GetField(index))
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        assert layer.CreateFeature(feature) == 0
        added.append(feature.GetFID())
    data = None
    return gpkg, added


def core_review(gpkg, ruleset):
    """S03 reviewed through the core API (engine on the GeoPackage's layers, project from the site's attributes)."""
    layers = {name: QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
              for name in ("control_units", "sites", *CONSTRAINTS)}
    sites = layers["sites"]
    engine = OverlayEngine(UnitLayerSpec(layers["control_units"], "HJGKDYBM", "HJGKDYMC", "ZHGKDYFL", []),
                           {name: layers[name] for name in CONSTRAINTS}, QgsCoordinateTransformContext())
    site = next(sites.getFeatures(QgsFeatureRequest().setFilterExpression("\"site_id\" = 'S03'")))
    mapping = detect_site_fields(sites.fields().names(), {n: d.type for n, d in ruleset.attributes.items()})
    project = project_from_attributes("S03", dict(zip(sites.fields().names(), site.attributes())), mapping)
    review = review_site("S03", site.geometry(), sites.crs(), project, engine, ruleset)
    del engine
    dispose(*layers.values())
    return review, project


def test_the_review_names_the_units_and_is_not_compliant(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    ruleset = load_ruleset(str(example_rules)).ruleset
    plain, _project = core_review(sample_gpkg, ruleset)
    assert plain.verdict == "compliant"  # the sample's own S03
    gpkg, (line, empty) = broken_units(sample_gpkg, tmp_path)
    review, _project = core_review(gpkg, ruleset)
    said = [render_reason(w, "en") for w in review.overlay.warnings]
    assert UNIT_WARNING.format(fid=line, layer="control_units") in said
    assert NO_GEOMETRY.format(fid=empty, layer="control_units") in said
    assert review.verdict == "needs_study"  # was compliant
    assert [render_reason(r, "en") for r in review.reasons] == [VERDICT_REASON]
    out = tmp_path / "out"
    out.mkdir()
    processing.run("zoningreview:reviewsites", {
        "SITES": f"{gpkg}|layername=sites", "UNITS": f"{gpkg}|layername=control_units", "RULES": str(example_rules),
        "CONSTRAINTS": [f"{gpkg}|layername={name}" for name in CONSTRAINTS], "LANGUAGE": 1,
        "FINDINGS": str(out / "findings.gpkg"), "SUMMARY": str(out / "summary.gpkg")})
    summary = {row["site_id"]: row for row in rows(out / "summary.gpkg")}
    assert summary["S03"]["verdict"] == "needs_study"
    assert summary["S07"]["verdict"] == "non_compliant"  # far from the units added: as on the sample's own data


def test_the_siting_screen_names_the_units_in_the_same_words(zr_processing, sample_gpkg, example_rules, tmp_path):
    gpkg, (line, empty) = broken_units(sample_gpkg, tmp_path)
    rows_by_code, _zones, logged = screen(gpkg, example_rules, "C2614")
    assert rows_by_code  # every unit screened (by code: the two added share ZH13063810001's)
    assert UNIT_WARNING.format(fid=line, layer="sample") in logged
    assert NO_GEOMETRY.format(fid=empty, layer="sample") in logged


def test_the_core_screen_gives_the_units_no_verdict_but_needs_study(qgis_app, sample_gpkg, example_rules, tmp_path):
    from zoning_review.plugin.core.siting.screen import reason_templates

    from .test_siting_filter_none_pass import dock_screen

    ruleset = load_ruleset(str(example_rules)).ruleset
    gpkg, (line, empty) = broken_units(sample_gpkg, tmp_path)
    _review, project = core_review(gpkg, ruleset)
    result = dock_screen(gpkg, ruleset, project)
    by_fid = {unit.fid: unit for unit in result.units}
    assert by_fid[line].verdict == "needs_study" and by_fid[empty].verdict == "needs_study"
    assert [render_reason(r, "en") for r in by_fid[line].reasons] == [
        "The unit's geometry cannot be used (Too few points in geometry component); it was not screened."]
    said = [render_reason(w, "en") for w in result.warnings]
    assert said.count(UNIT_WARNING.format(fid=line, layer="control_units")) == 1
    assert said.count(NO_GEOMETRY.format(fid=empty, layer="control_units")) == 1
    assert all(w.template in reason_templates() for w in result.warnings)
