"""The siting screen switched off (or cancelled, or screened again) removes its temporary layers at once, and their
features — a province's 40,171 units in two layers — and its units' results are freed in the background, off the GUI
thread (removed with the layers and the panel's results, they held QGIS for half a second)."""


from tests.grid_units import counted_drops, screen_grid, wait_screened, wait_until

COLUMNS, ROWS = 30, 20  # 600 units


def test_the_screens_features_are_freed_off_the_gui_thread(dock, qgis_app, sample_project, example_rules, tmp_path,
                                                           monkeypatch):

    from zoning_review.plugin.gui import background_free

    counted, drops = counted_drops(monkeypatch)
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
    wait_until(qgis_app, lambda: len(drops.gui) == 2 and not background_free._RUNNING)
    assert drops.gui == [False, False], "the screen's features or results were freed on the GUI thread, or not at all"
    assert sorted(counted) == sorted([sorted([zones, COLUMNS * ROWS]), [COLUMNS * ROWS]]), \
        "each layer's features and the units' results, held until freed"
