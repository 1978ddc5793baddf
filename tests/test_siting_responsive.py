"""The siting screen of many units leaves QGIS responsive: the dock's event loop is never held for long while
the units are screened and their temporary layers made (measured as the longest gap between timer ticks)."""

import time

from tests.grid_units import Ticks, grid_units

COLUMNS, ROWS = 160, 150  # 24,000 units: a province's units are 40,000
LONGEST_GAP_S = 1.0  # generous (two shared cores): the screen's layers took seconds in the GUI thread


def test_screening_many_units_never_freezes_qgis(dock, qgis_app, sample_project, example_rules, tmp_path):
    units = sample_project.addMapLayer(grid_units(tmp_path / "grid.gpkg", COLUMNS, ROWS))
    dock.bindings.layer_combo.setLayer(units)
    dock.bindings.rules_file.setFilePath(str(example_rules))
    dock.form.construction.setCurrentIndex(dock.form.construction.findData("new"))
    dock.form.industry.set_code("C2614")
    panel = dock.siting
    ticks = Ticks()
    panel.button.setChecked(True)
    end = time.monotonic() + 240
    while not (panel.layers() and not panel.busy and not panel.timer.isActive()) and time.monotonic() < end:
        qgis_app.processEvents()
        time.sleep(0.005)
    ticks.tick()
    assert panel.layers(), panel.summary.text()
    screen = next(lyr for lyr in panel.layers() if lyr.name().startswith("Siting screen"))
    assert screen.featureCount() == COLUMNS * ROWS and screen.renderer().type() == "categorizedSymbol"
    for made in panel.layers():  # made off the GUI thread, they must belong to it now, their data too
        assert made.thread() is qgis_app.thread() and made.dataProvider().thread() is qgis_app.thread()
    assert ticks.longest < LONGEST_GAP_S, f"QGIS did not respond for {ticks.longest:.1f} s"
