"""A rule's filter on a constraint layer that none of the layer's features passes — G-SL-05's grade-I water sources
asked for as 'Ⅰ' (the Roman numeral character) while the layer holds 'I'. The siting screen warned of it; a site's
review said nothing and read the layer as "no such zone near the site", so G-SL-05 passed as not applicable for S07,
which lies in a grade-I zone. Now the review gives the siting screen's warning (in the notes' data warnings and the
dock's data-quality branch) and the clauses that need the layer need information; the dock's path and reviewsites
agree."""


from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer

from zoning_review.plugin.core.inputs.bindings import detect_binding
from zoning_review.plugin.core.inputs.resolve import BoundUnitLayer
from zoning_review.plugin.core.inputs.site_attributes import detect_site_fields, project_from_attributes
from zoning_review.plugin.core.review.site_review import render_reason
from zoning_review.plugin.gui.results_view import ResultsTree
from zoning_review.plugin.gui.review_runner import ReviewRunner
from zoning_review.plugin.gui.review_task import Site
from zoning_review.plugin.notes.context import NotesContext
from zoning_review.plugin.notes.document import build_document
from zoning_review.plugin.notes.model import Paragraph, Table

from .kept_feedback import Feedback
from .test_processing_review import CONSTRAINTS, edited_sample, rows
from .test_review_runner import wait_for
from .test_review_unknown_position import S07, findings_of, rules_with_filter, sample_engine, site_review  # noqa: F401

ROMAN_I = "where: \"\\\"grade\\\" = 'Ⅰ'\""  # no feature of water_source holds 'Ⅰ' (they hold 'I' and 'II')
ROMAN_II = "where: \"\\\"grade\\\" = 'Ⅱ'\""
GRADE_II = "where: \"\\\"grade\\\" = 'II'\""
WARNING_EN = ("The filter \"grade\" = 'Ⅰ' of constraint layer water_source (water_source) matches none of its "
              "features, so where a site lies to such zones is unknown and the rules that need it report 'needs "
              "information': check that the values it compares are written as the layer holds them (such as 一级 or "
              "I), and that the right layer is bound.")
REASON_EN = ("the filter of Drinking-water source protection zone where protection grade is Ⅰ matches none of the "
             "bound layer's features (see the data warnings), so the site's position to it is unknown")


def test_a_filter_no_feature_passes_leaves_the_clause_needing_information(sample_engine, example_rules,  # noqa: F811
                                                                          tmp_path):
    engine, sites = sample_engine
    right = site_review(engine, sites, "S07", S07, rules_with_filter(example_rules, tmp_path, "where: \"\\\"grade\\\" "
                                                                                              "= 'I'\""))
    assert {f.status for f in findings_of(right, "G-SL-05")} == {"conflict"}  # S07 lies in a grade-I zone
    ruleset = rules_with_filter(example_rules, tmp_path, ROMAN_I)
    review = site_review(engine, sites, "S07", S07, ruleset)
    found = findings_of(review, "G-SL-05")
    assert found and {f.status for f in found} == {"needs_info"}  # not applicable before: "no grade-I zone"
    assert review.verdict == "needs_study"
    assert render_reason(found[0].reasons[0], "en") == REASON_EN
    assert [render_reason(w, "en") for w in review.overlay.warnings] == [WARNING_EN]
    document = build_document(review, NotesContext(project=S07, layers=ruleset.layers), "en")
    [warned] = [s for s in document.sections if s.title == "Data-quality warnings"]
    assert [b.text for b in warned.blocks if isinstance(b, Paragraph)] == [WARNING_EN]
    section = next(s for s in document.sections if s.title == "Overlapped environmental control units")
    table = [row for block in section.blocks if isinstance(block, Table) for row in block.rows]
    assert ["Drinking-water source protection zone where protection grade is Ⅰ",
            "No feature passes the filter: position unknown", "—", "—"] in table


def test_a_clause_the_project_decides_anyway_keeps_its_finding(sample_engine, example_rules, tmp_path):  # noqa: F811
    """G-SL-06 (grade II, for projects that discharge pollutants) with a filter no feature passes: S07 discharges
    none, so the clause does not apply whatever the layer holds; the warning is given all the same."""
    engine, sites = sample_engine
    text = example_rules.read_text(encoding="utf-8")
    assert text.count(GRADE_II) == 1
    path = tmp_path / "rules.yaml"
    path.write_text(text.replace(GRADE_II, ROMAN_II), encoding="utf-8")
    from zoning_review.plugin.core.rules.loader import load_ruleset

    ruleset = load_ruleset(str(path)).ruleset
    review = site_review(engine, sites, "S07", S07, ruleset)
    assert {f.status for f in findings_of(review, "G-SL-06")} == {"not_applicable"}
    assert {f.status for f in findings_of(review, "G-SL-05")} == {"conflict"}
    assert review.verdict == "non_compliant"
    assert any("'Ⅱ'" in render_reason(w, "en") and "matches none of its features" in render_reason(w, "en")
               for w in review.overlay.warnings)


def dock_review(gpkg, ruleset):
    """S07 reviewed by the dock's runner (overlay task, evaluation) against the GeoPackage's layers: the layer review
    and the results tree's data-quality rows."""
    layers = {name: QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr") for name in ("control_units", "sites",
                                                                                          *CONSTRAINTS)}
    units, sites = layers["control_units"], layers["sites"]
    QgsProject.instance().addMapLayers(list(layers.values()), False)
    site = next(sites.getFeatures(QgsFeatureRequest().setFilterExpression("\"site_id\" = 'S07'")))
    mapping = detect_site_fields(sites.fields().names(), {n: d.type for n, d in ruleset.attributes.items()})
    project = project_from_attributes("S07", dict(zip(sites.fields().names(), site.attributes())), mapping)
    target = BoundUnitLayer(units, detect_binding(units), ruleset, {n: layers[n] for n in CONSTRAINTS})
    runner = ReviewRunner(QgsProject.instance())
    runner.review(Site(site.geometry(), sites.crs()), [target], project)
    wait_for(runner)
    [review] = runner.reviews
    tree = ResultsTree()
    tree.show_reviews("S07", review.overlay.site_area_m2, runner.reviews)
    top = tree.topLevelItem(0)  # one unit layer: its rows under the site
    branch = next(top.child(i) for i in range(top.childCount()) if top.child(i).text(0).startswith(
        "Data-quality warnings"))
    shown = [branch.child(i).text(0) for i in range(branch.childCount())]
    runner.teardown()
    QgsProject.instance().removeMapLayers([layer.id() for layer in layers.values()])
    return review.review, shown


def test_the_dock_and_reviewsites_agree_on_a_filter_no_feature_passes(zr_processing, sample_gpkg, example_rules,
                                                                      tmp_path):
    from zoning_review.plugin.core.rules.loader import load_ruleset

    path = tmp_path / "roman.yaml"
    path.write_text(example_rules.read_text(encoding="utf-8").replace(
        "where: \"\\\"grade\\\" = 'I'\"", ROMAN_I), encoding="utf-8")
    ruleset = load_ruleset(str(path)).ruleset
    # S07 discharging nothing: G-SL-05 alone could make it non-compliant (as in test_review_unknown_position)
    gpkg = edited_sample(sample_gpkg, tmp_path / "sample.gpkg",
                         "UPDATE sites SET discharges_pollutants = 0 WHERE site_id = 'S07'")
    docked, shown = dock_review(gpkg, ruleset)
    assert WARNING_EN in shown  # the map layers named as their tables
    out = tmp_path / "out"
    summary, clauses, feedback = reviewsites(gpkg, path, out)
    assert {row["status"] for row in clauses} == {"needs_info"}
    assert clauses[0]["reason"] == REASON_EN
    assert summary["verdict"] == docked.verdict == "needs_study"
    assert {f.status for f in findings_of(docked, "G-SL-05")} == {"needs_info"}
    assert [(u.overlap.code, u.verdict) for u in docked.units] == [
        (row["unit_code"], row["verdict"]) for row in rows(out / "findings.gpkg") if row["site_id"] == "S07"]
    # the same words in the run's log, the map layer named as Processing names a layer of a file
    assert feedback.said("warning", WARNING_EN.replace("(water_source)", "(sample)"))


def reviewsites(gpkg, rules, out) -> tuple:
    """zoningreview:reviewsites on the GeoPackage: S07's summary row, its G-SL-05 clause rows, the log."""
    import processing

    feedback = Feedback()
    out.mkdir()
    processing.run("zoningreview:reviewsites", {
        "SITES": f"{gpkg}|layername=sites", "UNITS": f"{gpkg}|layername=control_units",
        "RULES": str(rules), "CONSTRAINTS": [f"{gpkg}|layername={name}" for name in CONSTRAINTS],
        "LANGUAGE": 1, "FINDINGS": str(out / "findings.gpkg"), "SUMMARY": str(out / "summary.gpkg"),
        "CLAUSES": str(out / "clauses.gpkg")}, feedback=feedback)
    [summary] = [row for row in rows(out / "summary.gpkg") if row["site_id"] == "S07"]
    clauses = [row for row in rows(out / "clauses.gpkg") if row["site_id"] == "S07" and row["rule_id"] == "G-SL-05"]
    return summary, clauses, feedback
