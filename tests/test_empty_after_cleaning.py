"""A constraint feature whose geometry is there but of which nothing usable is left once repaired (a zero-area polygon,
a "polygon" whose ring is a line, a bow-tie whose lobes have no area). The siting screen left it out with "no usable
geometry" while a site's review dropped it without a word when it measured the site: S07, lying in the grade-I water
source whose geometry is such, read as outside every grade-I zone (G-SL-05 not applicable). Now both name the feature
in one warning, and a site (or a unit) whose box meets the feature's box has an unknown position to the layer: G-SL-05
needs information, never compliant.

S07 discharges nothing here (as in test_review_no_usable_zones.py), so G-SL-05 alone can decide its verdict.
"""

import pytest
from osgeo import ogr

from zoning_review.plugin.core.review.site_review import render_reason
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.siting.screen import reason_templates

from .test_processing_review import edited_sample
from .test_review_filter_none_pass import dock_review, reviewsites
from .test_review_unknown_position import S07, findings_of
from .test_siting_filter_none_pass import assert_screened_needing_info, dock_screen
from .test_siting_unknown_position import screen

QUIET = "UPDATE sites SET discharges_pollutants = 0 WHERE site_id = 'S07'"
SHAPES = {  # across S07 (116.1627-116.1653 E, 39.0906-39.0923 N), inside the grade-I zone's box it replaces
    "zero area": "POLYGON((116.160 39.0915, 116.163 39.0915, 116.166 39.0915, 116.160 39.0915))",
    "ring is a line": "POLYGON((116.160 39.0915, 116.166 39.0915, 116.160 39.0915))",
    "bow-tie of slivers": "POLYGON((116.160 39.0915, 116.166 39.0915, 116.163 39.0915, 116.163 39.092, "
                          "116.163 39.0915, 116.160 39.0915))",
}
WORDS = "Drinking-water source protection zone where protection grade is I"
REASON = (f"a feature of the layer bound to {WORDS} whose extent meets the site has a geometry of which nothing "
          "usable is left once repaired (see the data warnings), so the site's position to it is unknown")
WARNING = ("Constraint layer water_source ({source}): feature 3 has a geometry of which nothing usable is left once "
           "repaired, so it was left out: redraw its geometry in the layer, or delete the feature if it is no zone.")


def with_geometry(gpkg, layer_name: str, fid: int, wkt: str):
    """The GeoPackage with feature ``fid`` of a layer given the geometry ``wkt`` as written (OGR checks nothing)."""
    data = ogr.Open(str(gpkg), 1)
    layer = data.GetLayerByName(layer_name)
    feature = layer.GetFeature(fid)
    feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    assert layer.SetFeature(feature) == 0
    data = None
    return gpkg


def broken_sample(sample_gpkg, tmp_path, wkt: str):
    """The sample with S07 quiet and grade-I water source 3 (雄县, S07's) drawn as ``wkt``."""
    gpkg = edited_sample(sample_gpkg, tmp_path / "sample.gpkg", QUIET)
    return with_geometry(gpkg, "water_source", 3, wkt)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_the_review_names_the_feature_and_needs_information(zr_processing, sample_gpkg, example_rules, tmp_path,
                                                            shape):
    ruleset = load_ruleset(str(example_rules)).ruleset
    gpkg = broken_sample(sample_gpkg, tmp_path, SHAPES[shape])
    docked, shown = dock_review(gpkg, ruleset)  # the dock's path: its runner (the core overlay and evaluation)
    grade_one = docked.overlay.relations["water_source[\"grade\" = 'I']"]
    assert grade_one.relation == "unknown" and grade_one.problem == "unusable"  # was "outside" (feature 1, far away)
    found = findings_of(docked, "G-SL-05")
    assert found and {f.status for f in found} == {"needs_info"}
    assert render_reason(found[0].reasons[0], "en") == REASON
    assert docked.verdict == "needs_study"
    said = [render_reason(w, "en") for w in docked.overlay.warnings]
    assert said.count(WARNING.format(source="water_source")) == 1, said
    assert WARNING.format(source="water_source") in shown  # the dock's data-quality branch
    summary, clauses, feedback = reviewsites(gpkg, example_rules, tmp_path / "out")
    assert summary["verdict"] == "needs_study"
    assert {row["status"] for row in clauses} == {"needs_info"}
    assert clauses[0]["reason"] == REASON
    assert feedback.said("warning", WARNING.format(source="sample")), feedback.lines


def test_a_site_far_from_the_feature_keeps_its_relation(zr_processing, sample_gpkg, example_rules, tmp_path):
    """Grade-I zone 1 (容城, S08's) drawn as a line: S07, 30 km east, still lies in zone 3 (G-SL-05 conflicts), the
    left-out feature named all the same."""
    ruleset = load_ruleset(str(example_rules)).ruleset
    gpkg = edited_sample(sample_gpkg, tmp_path / "sample.gpkg", QUIET)
    with_geometry(gpkg, "water_source", 1, "POLYGON((115.796 39.095, 115.804 39.095, 115.796 39.095))")
    docked, _shown = dock_review(gpkg, ruleset)
    assert docked.overlay.relations["water_source[\"grade\" = 'I']"].relation in ("inside", "overlapping")
    assert {f.status for f in findings_of(docked, "G-SL-05")} == {"conflict"}
    said = [render_reason(w, "en") for w in docked.overlay.warnings]
    assert WARNING.replace("feature 3", "feature 1").format(source="water_source") in said


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_the_siting_screen_agrees_with_the_review(zr_processing, sample_gpkg, example_rules, tmp_path, shape):
    """The dock's screen (layer snapshots) and sitingscreen: no unit S07 lies in is compliant, G-SL-05 needing
    information for the review's reason, and the review's warning."""
    ruleset = load_ruleset(str(example_rules)).ruleset
    gpkg = broken_sample(sample_gpkg, tmp_path, SHAPES[shape])
    docked, _shown = dock_review(gpkg, ruleset)
    assert docked.units
    result = dock_screen(gpkg, ruleset, S07)
    screened = {unit.code: unit for unit in result.units}
    assert_screened_needing_info([unit.overlap.code for unit in docked.units], screened, f"G-SL-05: {REASON}")
    said = [render_reason(w, "en") for w in result.warnings]
    assert said.count(WARNING.format(source="water_source")) == 1, said
    assert all(w.template in reason_templates() for w in result.warnings)
    rows, _zones, logged = screen(gpkg, example_rules, S07.industry, S07.attributes)
    assert {code: row[0] for code, row in rows.items()} == {code: unit.verdict for code, unit in screened.items()}
    assert WARNING.format(source="sample") in logged
