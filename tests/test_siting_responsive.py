"""The siting screen leaves QGIS responsive: its temporary layers are made and filled in its task, never on the GUI
thread (before, 40,000 units' rows were written there at the end of the screen: about 6 s without a response), and
belong to the GUI thread, their data too, once handed over."""

from tests.grid_units import Threads, screen_grid, wait_screened

COLUMNS, ROWS = 30, 20  # 600 units


def test_the_screens_layers_are_filled_off_the_gui_thread(dock, qgis_app, sample_project, example_rules, tmp_path,
                                                         monkeypatch):
    from zoning_review.plugin.gui import siting_task

    fills = Threads(siting_task.filled_layers)
    monkeypatch.setattr(siting_task, "filled_layers", fills)
    panel = screen_grid(dock, sample_project, example_rules, tmp_path / "grid.gpkg", COLUMNS, ROWS)
    panel.button.setChecked(True)
    wait_screened(qgis_app, panel)
    assert panel.layers(), panel.summary.text()
    screen = next(lyr for lyr in panel.layers() if lyr.name().startswith("Siting screen"))
    assert screen.featureCount() == COLUMNS * ROWS and screen.renderer().type() == "categorizedSymbol"
    assert fills.gui and not any(fills.gui), "the screen's layers were filled on the GUI thread"
    for made in panel.layers():  # made off the GUI thread, they must belong to it now, their data too
        assert made.thread() is qgis_app.thread() and made.dataProvider().thread() is qgis_app.thread()


def test_the_screens_progress_reaches_the_gui_thread_once_a_percent(dock, qgis_app, sample_project, example_rules,
                                                                   tmp_path):
    """The screen's progress was handed to the GUI thread in tenths of a percent, for each unit of a small layer: a
    province's screen called it a thousand times; now once a whole percentage, here 600 units' in at most 101 calls,
    the bar still moving from 0 to 100 %."""
    panel = screen_grid(dock, sample_project, example_rules, tmp_path / "grid.gpkg", COLUMNS, ROWS)
    bar, calls = [], []
    on_progress = panel._on_progress

    def counted(value):
        calls.append(value)
        on_progress(value)
        bar.append(panel.progress.value())

    panel._on_progress = counted  # what the screen's tasks are connected to
    panel.button.setChecked(True)
    wait_screened(qgis_app, panel)
    assert panel.layers(), panel.summary.text()
    assert 10 <= len(calls) <= 101, len(calls)
    assert all(value == int(value) for value in calls) and bar == sorted(bar) and calls[-1] == 100
