"""The siting screen switched off (or cancelled, or screened again) removes its temporary layers at once, and their
features — a province's 40,171 units in two layers — and its units' results are freed in a task, off the GUI thread
(removed with the layers and the panel's results, they held QGIS for half a second)."""

import time

from tests.grid_units import Threads, screen_grid, wait_screened

COLUMNS, ROWS = 30, 20  # 600 units


def _wait(qgis_app, predicate, seconds: float = 240) -> None:
    end = time.monotonic() + seconds
    while not predicate() and time.monotonic() < end:
        qgis_app.processEvents()
        time.sleep(0.005)


def test_the_screens_features_are_freed_off_the_gui_thread(dock, qgis_app, sample_project, example_rules, tmp_path,
                                                           monkeypatch):
    from qgis.core import QgsAbstractFeatureSource, QgsFeatureRequest

    from zoning_review.plugin.gui import background_free

    counted, drop = [], background_free.drop

    def counting_drop(held):
        counted.append(sorted(sum(1 for _ in item.getFeatures(QgsFeatureRequest().setNoAttributes()))
                              if isinstance(item, QgsAbstractFeatureSource) else len(item) for item in held))
        drop(held)

    drops = Threads(counting_drop)
    monkeypatch.setattr(background_free, "drop", drops)
    panel = screen_grid(dock, sample_project, example_rules, tmp_path / "grid.gpkg", COLUMNS, ROWS)
    panel.button.setChecked(True)
    wait_screened(qgis_app, panel)
    made = panel.layers()
    assert len(made) == 2, panel.summary.text()
    ids = {layer.id() for layer in made}
    zones = next(layer for layer in made if not layer.name().startswith("Siting screen")).featureCount()
    del made
    panel.button.setChecked(False)
    assert not ids & set(sample_project.mapLayers()), "the screen's layers are removed at once"
    assert not panel.results
    _wait(qgis_app, lambda: len(drops.gui) == 2 and not background_free._RUNNING, 30)
    assert drops.gui == [False, False], "the screen's features or results were freed on the GUI thread, or not at all"
    assert sorted(counted) == sorted([sorted([zones, COLUMNS * ROWS]), [COLUMNS * ROWS]]), \
        "each layer's features and the units' results, held until freed"
