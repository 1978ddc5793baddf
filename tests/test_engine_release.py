"""The dock's overlay engines hold a copy of every unit's geometry: one is kept per bound unit layer (another
ellipsoid or tolerance replaces it, before each was kept beside the others: +165 MB on a province's 40,171 units for
each), and the one replaced is freed in a task once no review task reads it (freed on the GUI thread, a province's
geometries held QGIS for half a second). An engine freed and used again reads its layer again."""

import time

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsGeometry, QgsProject

from tests.grid_units import Threads

SITE_WKT = "POLYGON((115.93 38.93, 115.95 38.93, 115.95 38.945, 115.93 38.945, 115.93 38.93))"


def _target(units_layer, river, example_rules):
    """The sample units bound to the example rule set, with the river bank."""
    from zoning_review.plugin.core.inputs.bindings import detect_binding
    from zoning_review.plugin.core.inputs.resolve import BoundUnitLayer
    from zoning_review.plugin.core.rules.loader import load_ruleset

    QgsProject.instance().addMapLayers([units_layer, river], False)
    ruleset = load_ruleset(str(example_rules)).ruleset
    return BoundUnitLayer(units_layer, detect_binding(units_layer), ruleset, {"river_bank": river})


def _wait(predicate, seconds: float = 120) -> None:
    end = time.monotonic() + seconds
    while not predicate() and time.monotonic() < end:
        QgsApplication.processEvents()
        time.sleep(0.01)


def _codes(engine, target) -> list:
    site = QgsGeometry.fromWkt(SITE_WKT)
    result = engine.overlay(site, QgsCoordinateReferenceSystem("EPSG:4490"), target.ruleset.spatial_queries())
    return sorted((unit.code, round(unit.overlap_m2)) for unit in result.overlaps)


def test_one_engine_per_layer_the_one_replaced_freed_off_the_gui_thread(
        qgis_app, units_layer, river_bank_layer, example_rules, monkeypatch):
    from zoning_review.plugin.gui import background_free, engine_release
    from zoning_review.plugin.gui.engine_cache import EngineCache

    frees = Threads(engine_release.free)
    monkeypatch.setattr(engine_release, "free", frees)
    target = _target(units_layer, river_bank_layer, example_rules)
    context = QgsProject.instance().transformContext()
    cache = EngineCache()
    first = cache.engine(target, context, "EPSG:7030")
    codes = _codes(first, target)
    assert codes, "the site lies on units of the sample"
    second = cache.engine(target, context, "EPSG:7019")  # the project's ellipsoid changed
    assert cache.kept() == [second], "an engine kept beside the one of the layer's current settings"
    _wait(lambda: frees.gui)
    assert frees.gui == [False], "the replaced engine was freed on the GUI thread, or not at all"
    _wait(lambda: not background_free._RUNNING)
    assert _codes(first, target) == codes, "an engine freed and used again must read its layer again"
    cache.clear()
    QgsProject.instance().removeMapLayers([units_layer.id(), river_bank_layer.id()])


def test_an_engine_a_review_task_may_read_is_freed_only_after_it_ended(
        qgis_app, units_layer, river_bank_layer, example_rules, monkeypatch):
    from zoning_review.plugin.gui import background_free, engine_release
    from zoning_review.plugin.gui.engine_cache import EngineCache

    frees = Threads(engine_release.free)
    monkeypatch.setattr(engine_release, "free", frees)
    target = _target(units_layer, river_bank_layer, example_rules)
    context = QgsProject.instance().transformContext()
    reading = [True]
    cache = EngineCache(lambda: reading[0])
    first = cache.engine(target, context, None)
    codes = _codes(first, target)
    monkeypatch.setattr("zoning_review.plugin.gui.engine_cache.tolerance", lambda: ("other",))
    cache.engine(target, context, None)  # a new tolerance while a cancelled task may still read the first engine
    _wait(lambda: frees.gui, 1.0)
    assert frees.gui == [] and _codes(first, target) == codes
    reading[0] = False
    cache.release()  # the task ended
    _wait(lambda: frees.gui)
    assert frees.gui == [False]
    _wait(lambda: not background_free._RUNNING)
    cache.clear()
    QgsProject.instance().removeMapLayers([units_layer.id(), river_bank_layer.id()])
