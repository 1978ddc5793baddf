"""A site's review against a bound constraint layer that gives no zone: the layer has no features at all, or the
features its rule's filter passes all lack a geometry (G-SL-05's grade-I water sources with their geometries lost).
The review read such a layer as "no such zone near the site", so G-SL-05 passed as not applicable for S07, which lies
in a grade-I zone, while the siting screen read the position as unknown. Now both front ends treat it alike: the
position is unknown, a data warning names the layer and what to do, and the clauses that need the layer need
information. A layer with usable features keeps "outside" for a site far from them.

S07 discharges nothing here (as in test_review_filter_none_pass.py), so G-SL-05 alone can decide its verdict.
"""

import pytest

from zoning_review.plugin.core.review.site_review import render_reason
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.siting.screen import reason_templates
from zoning_review.plugin.notes.context import NotesContext
from zoning_review.plugin.notes.document import build_document
from zoning_review.plugin.notes.model import Paragraph, Table

from .test_processing_review import edited_sample
from .test_review_filter_none_pass import dock_review, reviewsites
from .test_review_unknown_position import S07, findings_of
from .test_siting_filter_none_pass import assert_screened_needing_info, dock_screen
from .test_siting_unknown_position import screen

QUIET = "UPDATE sites SET discharges_pollutants = 0 WHERE site_id = 'S07'"
WORDS = "Drinking-water source protection zone where protection grade is I"
EMPTY = ("Constraint layer water_source ({source}) has no features, so where a site lies to it is unknown and the "
         "rules that need it report 'needs information': check that the right layer or file is bound.")
FILTERED = ("None of the features the filter \"grade\" = 'I' of constraint layer water_source ({source}) passes has a "
            "usable geometry, so where a site lies to such zones is unknown and the rules that need it report 'needs "
            "information': draw their geometries in the layer, or check the filter and that the right layer or file "
            "is bound.")
SKIPPED = ("2 features of {source} have no geometry and were skipped (1, 3): draw their geometries in the layer, or "
           "delete those that stand for nothing on the map.")
REASON = (f"the layer bound to {WORDS} has no feature with a usable geometry (see the data warnings), so the site's "
          "position to it is unknown")
LEFT_OUT = ("Constraint layer water_source ({source}): 2 features have no usable geometry (1, 3), so they were left "
            "out of the screen: draw their geometries in the layer, or delete those that are no zones.")
CASES = {  # the edit of the sample, the warnings (the map layer's name as {source}) of G-SL-05's layer: the review's,
    # the siting screen's (each once: the layer's three queries share an empty layer's)
    "no features": ("DELETE FROM water_source", [EMPTY], [EMPTY]),
    "grade I without geometries": ("UPDATE water_source SET geom = NULL WHERE grade = 'I'", [SKIPPED, FILTERED],
                                   [LEFT_OUT, FILTERED]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_layer_without_usable_zones_leaves_the_clause_needing_information(zr_processing, sample_gpkg,
                                                                            example_rules, tmp_path, case):
    edit, warnings, _screened = CASES[case]
    ruleset = load_ruleset(str(example_rules)).ruleset
    gpkg = edited_sample(sample_gpkg, tmp_path / "sample.gpkg", QUIET, edit)
    docked, shown = dock_review(gpkg, ruleset)  # the dock's path: its runner, its results tree
    found = findings_of(docked, "G-SL-05")
    assert found and {f.status for f in found} == {"needs_info"}  # not applicable before: "no grade-I zone"
    assert docked.verdict == "needs_study"
    assert render_reason(found[0].reasons[0], "en") == REASON
    expected = [w.format(source="water_source") for w in warnings]
    layer_warnings = [render_reason(w, "en") for w in docked.overlay.warnings if "water_source" in str(w.values)]
    assert layer_warnings == expected
    assert all(w in shown for w in expected)  # the dock's data-quality branch
    document = build_document(docked, NotesContext(project=S07, layers=ruleset.layers), "en")
    [warned] = [s for s in document.sections if s.title == "Data-quality warnings"]
    assert all(w in [b.text for b in warned.blocks if isinstance(b, Paragraph)] for w in expected)
    section = next(s for s in document.sections if s.title == "Overlapped environmental control units")
    table = [row for block in section.blocks if isinstance(block, Table) for row in block.rows]
    assert [WORDS, "No feature with a usable geometry: position unknown", "—", "—"] in table
    summary, clauses, feedback = reviewsites(gpkg, example_rules, tmp_path / "out")
    assert {row["status"] for row in clauses} == {"needs_info"}
    assert clauses[0]["reason"] == REASON
    assert summary["verdict"] == docked.verdict
    for warning in warnings:  # the map layer named as Processing names a layer of a file
        assert feedback.said("warning", warning.format(source="sample")), feedback.lines


def test_a_layer_with_usable_zones_keeps_the_sites_relation(zr_processing, sample_gpkg, example_rules, tmp_path):
    """Only the grade-II zones without geometries: S07's relation to the grade-I zones is known (it overlaps them:
    G-SL-05 conflicts, as on the sample's own data), to the grade-II ones unknown; the river bank, far from S07, stays
    outside at its distance."""
    ruleset = load_ruleset(str(example_rules)).ruleset
    gpkg = edited_sample(sample_gpkg, tmp_path / "sample.gpkg",
                         "UPDATE water_source SET geom = NULL WHERE grade = 'II'")
    docked, _shown = dock_review(gpkg, ruleset)
    relations = docked.overlay.relations
    assert relations["water_source[\"grade\" = 'I']"].relation == "overlapping"
    assert {f.status for f in findings_of(docked, "G-SL-05")} == {"conflict"}
    grade_two = relations["water_source[\"grade\" = 'II']"]
    assert grade_two.relation == "unknown" and grade_two.problem == "no_features"
    river = relations["river_bank"]
    assert river.known and river.relation == "outside" and river.distance_m > 1000


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_siting_screen_agrees_with_the_review(zr_processing, sample_gpkg, example_rules, tmp_path, case):
    """The dock's screen (layer snapshots) and sitingscreen on the same data: no unit S07 lies in is compliant, G-SL-05
    needing information for the same reason, and the same warnings."""
    edit, _reviewed, warnings = CASES[case]
    ruleset = load_ruleset(str(example_rules)).ruleset
    gpkg = edited_sample(sample_gpkg, tmp_path / "sample.gpkg", QUIET, edit)
    docked, _shown = dock_review(gpkg, ruleset)
    result = dock_screen(gpkg, ruleset, S07)
    screened = {unit.code: unit for unit in result.units}
    assert_screened_needing_info([unit.overlap.code for unit in docked.units], screened, f"G-SL-05: {REASON}")
    said = [render_reason(w, "en") for w in result.warnings if w.values.get("layer") == "water_source"]
    assert said == [w.format(source="water_source") for w in warnings]
    assert all(w.template in reason_templates() for w in result.warnings)
    rows, _zones, logged = screen(gpkg, example_rules, S07.industry, S07.attributes)
    assert {code: row[0] for code, row in rows.items()} == {code: unit.verdict for code, unit in screened.items()}
    assert all("G-SL-05" in rows[unit.overlap.code][1] for unit in docked.units)
    assert [line for line in logged if "water_source" in line] == [w.format(source="sample") for w in warnings]
