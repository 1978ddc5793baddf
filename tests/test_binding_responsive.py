"""Binding a unit layer as large as a province's leaves QGIS responsive: its units without a code or category are
looked for in a task, never on the GUI thread (before, every binding change read every unit there: 0.4–1.3 s on 40,000
units), and are still named, by their feature ids, once found."""

import time

from tests.grid_units import Threads, grid_units

COLUMNS, ROWS = 100, 100  # 10,000 units
BLANK = (4, 16, 9_999)  # no unit code: features 5, 17 and 10000


def pump(qgis_app, seconds: float) -> None:
    """Let the event loop run for a while."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        qgis_app.processEvents()
        time.sleep(0.005)


def test_binding_reads_the_units_for_a_missing_code_off_the_gui_thread_and_names_them(
        dock, qgis_app, sample_project, example_rules, tmp_path, monkeypatch):
    from zoning_review.plugin.gui import unit_check

    reads = Threads(unit_check.blank_units_warning)
    monkeypatch.setattr(unit_check, "blank_units_warning", reads)
    units = sample_project.addMapLayer(grid_units(tmp_path / "grid.gpkg", COLUMNS, ROWS, blank=BLANK))
    shown = []
    dock.push_message = lambda text, level=1: shown.append(text)
    dock.bindings.layer_combo.setLayer(units)
    pump(qgis_app, 0.2)
    dock.bindings.rules_file.setFilePath(str(example_rules))
    pump(qgis_app, 0.2)
    dock.bindings.name_combo.setField("")  # each change of the binding looks at the layer again
    pump(qgis_app, 0.2)
    dock.bindings.name_combo.setField("HJGKDYMC")
    end = time.monotonic() + 60
    while not any("control_units_grid" in text and "10000" in text for text in shown) and time.monotonic() < end:
        pump(qgis_app, 0.05)
    assert [t.layer.name() for t in dock.targets] == ["control_units_grid"]
    named = [text for text in shown if "have no unit code" in text]
    assert named == ["Layer control_units_grid: features 5, 17, 10000 have no unit code or category (HJGKDYBM, "
                     "ZHGKDYFL). Fill them in before relying on the review of sites there."], shown
    assert reads.gui and not any(reads.gui), "the units were read on the GUI thread"
