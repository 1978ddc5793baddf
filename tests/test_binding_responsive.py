"""Binding a unit layer as large as a province's leaves QGIS responsive: its units without a code or category are
looked for in a task, and still named, by their feature ids, once found (the event loop's longest gap measured)."""

import time

from tests.grid_units import Ticks, grid_units

COLUMNS, ROWS = 400, 400  # 160,000 units (a province has 40,000; a country 500,000)
BLANK = (4, 16, 159_999)  # no unit code: features 5, 17 and 160000
LONGEST_GAP_S = 0.5  # generous (two shared cores): reading every unit held QGIS on each binding change


def pump(qgis_app, seconds: float) -> None:
    """Let the event loop run for a while."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        qgis_app.processEvents()
        time.sleep(0.005)


def test_binding_many_units_never_freezes_qgis_and_names_units_without_a_code(dock, qgis_app, sample_project,
                                                                               example_rules, tmp_path):
    units = sample_project.addMapLayer(grid_units(tmp_path / "grid.gpkg", COLUMNS, ROWS, blank=BLANK))
    shown = []
    dock.push_message = lambda text, level=1: shown.append(text)
    ticks = Ticks()
    dock.bindings.layer_combo.setLayer(units)
    pump(qgis_app, 0.2)
    dock.bindings.rules_file.setFilePath(str(example_rules))
    pump(qgis_app, 0.2)
    dock.bindings.name_combo.setField("")  # each change of the binding looks at the layer again
    pump(qgis_app, 0.2)
    dock.bindings.name_combo.setField("HJGKDYMC")
    end = time.monotonic() + 60
    while not any("control_units_grid" in text and "160000" in text for text in shown) and time.monotonic() < end:
        pump(qgis_app, 0.05)
    ticks.tick()
    assert [t.layer.name() for t in dock.targets] == ["control_units_grid"]
    named = [text for text in shown if "have no unit code" in text]
    assert named == ["Layer control_units_grid: features 5, 17, 160000 have no unit code or category (HJGKDYBM, "
                     "ZHGKDYFL). Fill them in before relying on the review of sites there."], shown
    assert ticks.longest < LONGEST_GAP_S, f"QGIS did not respond for {ticks.longest:.1f} s"
