"""The siting screen of a unit table that cannot be counted: PostgreSQL's estimate of a table never analysed is -1,
and QGIS's postgres provider with estimated metadata gives that estimate as the layer's feature count."""

import pytest
from qgis.core import QgsVectorLayer

from .kept_feedback import Feedback, at_report
from .overlay_helpers import dispose

COPIES = 3  # the sample's units three times over: more than the 50 units between two progress reports


@pytest.fixture
def uncounted_units(postgis):
    """A unit table of the sample's units three times over, never analysed (autovacuum off: its 114 rows are past the
    threshold at which autovacuum analyses a table, within a minute of the insert)."""
    copies = " UNION ALL ".join(f"SELECT fid + {copy * 1000} AS fid, {columns(postgis)} FROM control_units"
                                for copy in range(COPIES))
    postgis.psql(f"DROP TABLE IF EXISTS uncounted_units; "
                 f"CREATE TABLE uncounted_units (LIKE control_units INCLUDING ALL) WITH (autovacuum_enabled = false); "
                 f"CREATE TEMP TABLE every_unit AS {copies}; INSERT INTO uncounted_units SELECT * FROM every_unit")
    uri = postgis.uri("uncounted_units")
    uri.setUseEstimatedMetadata(True)
    layer = QgsVectorLayer(uri.uri(False), "uncounted_units", "postgres")
    yield layer
    dispose(layer)
    postgis.psql("DROP TABLE uncounted_units")


def columns(postgis) -> str:
    """The columns of the sample's unit table after its key, in order."""
    return postgis.psql("SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) "
                        "FROM information_schema.columns WHERE table_name = 'control_units' AND column_name <> 'fid'")


def screen(units, rules, feedback) -> dict:
    """zoningreview:sitingscreen of the units for a new C2614 project."""
    import processing

    return processing.run("zoningreview:sitingscreen", {
        "UNITS": units, "RULES": str(rules), "INDUSTRY": "C2614", "CONSTRUCTION": 0, "CATALOGUE": 0,
        "OUTPUT": "TEMPORARY_OUTPUT", "ZONES": "TEMPORARY_OUTPUT"}, feedback=feedback)


def test_the_progress_of_units_that_cannot_be_counted_never_passes_all_done(zr_processing, uncounted_units, sample_gpkg,
                                                                      example_rules):
    """The progress of 114 units that cannot be counted never goes past 100 % (it went on to 10,000 %)."""
    sample = QgsVectorLayer(f"{sample_gpkg}|layername=control_units", "units", "ogr")
    total = COPIES * sample.featureCount()
    dispose(sample)
    assert uncounted_units.isValid() and uncounted_units.featureCount() == -1
    feedback = Feedback()
    result = screen(uncounted_units, example_rules, feedback)
    assert result["OUTPUT"].featureCount() == total
    assert feedback.progress and max(feedback.progress) <= 100.0, feedback.progress
    # the units counted by their ids: the bar moves with each of the 114 units (it stayed at 0 %) and ends at 100 %
    assert feedback.progress[0] == round(1000 / total) / 10 and feedback.progress[-1] == 100.0
    assert feedback.progress == sorted(feedback.progress) and feedback.progress.count(100.0) == 1


def test_a_cancelled_screen_of_units_that_cannot_be_counted_says_how_many_it_screened(zr_processing, uncounted_units,
                                                                                      example_rules):
    """Cancelled at its first progress report (after its first unit), the screen says so, never '1 of 0 units': the
    units were counted by their ids."""
    assert uncounted_units.featureCount() == -1
    feedback = Feedback(cancel_when=at_report(1))
    result = screen(uncounted_units, example_rules, feedback)  # the units screened kept, as reviewsites keeps its sites
    assert result["OUTPUT"].featureCount() == 1
    assert feedback.said("warning", "The siting screen was cancelled after ") == [
        "The siting screen was cancelled after 1 of 114 units: the files it wrote hold those units only and are kept "
        "as written (QGIS loads no output of a cancelled run). Run the screen again to screen every unit."]


def test_the_dock_screening_units_it_cannot_count_names_no_number(uncounted_units, qgis_iface, qgis_new_project,
                                                                   qgis_app, qtbot, example_rules, sample_gpkg):
    """While the units of a table that cannot be counted were screened, the dock said "Screening 0 units…": it
    names no number it does not know."""
    from qgis.core import QgsProject

    from zoning_review.plugin.gui.dock import ZoningReviewDock

    from .test_siting_panel import wait_screen

    units = uncounted_units
    sample = QgsVectorLayer(f"{sample_gpkg}|layername=control_units", "units", "ogr")
    total = COPIES * sample.featureCount()
    dispose(sample)
    assert units.isValid() and units.featureCount() == -1
    QgsProject.instance().addMapLayer(units, False)
    dock = ZoningReviewDock(qgis_iface)
    qtbot.addWidget(dock)
    try:
        dock.bindings.layer_combo.setLayer(units)
        dock.bindings.rules_file.setFilePath(str(example_rules))
        dock.form.industry.set_code("C2614")
        dock.siting.button.setChecked(True)
        assert dock.siting.summary.text() == "Screening the units…"
        wait_screen(qgis_app, dock.siting)
        assert dock.siting.summary.text().startswith(f"{total} units: ")
    finally:
        dock.teardown()
        QgsProject.instance().takeMapLayer(units)
