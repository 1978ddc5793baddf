"""A unit, constraint or site layer read in another encoding than its file's — a GBK Shapefile without a .cpg file
(QGIS reads it as UTF-8: U+FFFD) or with a .cpg naming 1252 (Latin letters) — is named up front, once, from a sample
of its features: in the panel when it is bound (read in the dock's unit-check task, off the GUI thread) and at the
start of reviewsites, saying to set its data source encoding. Read with the right .cpg (GBK), nothing is said.

Expected values: the water_source Shapefile's first feature (fid 0) holds 一级 or 二级 in field grade."""

import time

import pytest
from qgis.core import QgsVectorLayer

from tests.grid_units import Threads

from .kept_feedback import Feedback
from .test_misread_text import CONSTRAINTS, water_source_shapefile

WORDS = "looks read in the wrong encoding"


@pytest.mark.parametrize("cpg, warned", [
    (None, "Set its data source encoding (Layer Properties ▸ Source) to the one its file was written in, such as GBK"),
    ("1252", "Set its data source encoding to GBK (Layer Properties ▸ Source)"), ("GBK", "")])
def test_a_layer_read_in_the_wrong_encoding_is_named_with_a_field_and_feature(qgis_app, sample_gpkg, tmp_path, cpg,
                                                                           warned):
    from zoning_review.plugin.core.inputs.misread_layers import misread_layer_warning

    layer = QgsVectorLayer(str(water_source_shapefile(sample_gpkg, tmp_path / "water", cpg)), "water", "ogr")
    said = misread_layer_warning(layer, "水源保护区")
    if not warned:
        assert said == ""
        return
    assert said.startswith(f"Layer 水源保护区 {WORDS}") and "field grade of feature 0" in said, said
    assert warned in said


def test_reviewsites_names_the_misread_constraint_layer_at_its_start(zr_processing, sample_gpkg, example_rules,
                                                                     tmp_path):
    import processing

    water = water_source_shapefile(sample_gpkg, tmp_path / "water", None)
    feedback = Feedback()
    processing.run("zoningreview:reviewsites", {
        "SITES": f"{sample_gpkg}|layername=sites", "UNITS": f"{sample_gpkg}|layername=control_units",
        "RULES": str(example_rules), "LANGUAGE": 1,
        "CONSTRAINTS": [f"{sample_gpkg}|layername={layer}" for layer in CONSTRAINTS] + [str(water)],
        "FINDINGS": str(tmp_path / "findings.gpkg"), "SUMMARY": str(tmp_path / "summary.gpkg"),
    }, feedback=feedback)
    named = [text for kind, text in feedback.lines if WORDS in text]
    # before: nothing named the layer until a filter read its text, feature by feature
    assert len(named) == 1 and named[0].startswith(f"Layer water_source {WORDS}"), feedback.lines
    first_site = next(i for i, (kind, text) in enumerate(feedback.lines) if " — units " in text)
    assert feedback.lines.index(("warning", named[0])) < first_site


def pump_until(qgis_app, shown, words, seconds=120.0) -> None:
    """Let the event loop run until a message holding ``words`` is shown, or ``seconds`` passed."""
    end = time.monotonic() + seconds
    while not any(words in text for text in shown) and time.monotonic() < end:
        qgis_app.processEvents()
        time.sleep(0.01)


def test_binding_a_misread_constraint_layer_names_it_once_off_the_gui_thread(dock, qgis_app, sample_project,
                                                                             sample_gpkg, example_rules, tmp_path,
                                                                             monkeypatch):
    from tests.dock_helpers import bind
    from zoning_review.plugin.core.inputs.misread_layers import misread_layers_warnings
    from zoning_review.plugin.gui import unit_check

    reads = Threads(misread_layers_warnings)
    monkeypatch.setattr(unit_check, "misread_layers_warnings", reads, raising=False)  # the task's sampling
    water = QgsVectorLayer(str(water_source_shapefile(sample_gpkg, tmp_path / "water", None)), "水源_shp", "ogr")
    sample_project.addMapLayer(water)
    shown = []
    dock.push_message = lambda text, level=1, more="": shown.append(text)
    bind(dock.bindings, example_rules)
    dock.bindings.constraints.combos["water_source"].setLayer(water)
    pump_until(qgis_app, shown, f"水源_shp {WORDS}")
    named = [text for text in shown if WORDS in text]
    # before: the panel said nothing of the layer's encoding
    assert len(named) == 1 and named[0].startswith(f"Layer 水源_shp {WORDS}") and "grade" in named[0], shown
    assert reads.gui and not any(reads.gui), "the layers were sampled on the GUI thread"
    dock.bindings.name_combo.setField("")  # the binding changes: the layer is looked at again, named no more
    dock.bindings.name_combo.setField("HJGKDYMC")
    end = time.monotonic() + 2
    while time.monotonic() < end:
        qgis_app.processEvents()
        time.sleep(0.01)
    assert [text for text in shown if WORDS in text] == named
