"""The batch with its GEOS work on worker threads (QGIS 3.38+, one GEOS context per thread: the intersections on 4+
cores, the units' cleaning ahead of the calling thread's intersections on fewer) gives exactly what one site at a
time gives: the same units, areas, pieces, relations and warnings in the same order, for clean, repaired and broken
units and sites, sites in another CRS."""

import random
import threading

import pytest
from qgis.core import Qgis, QgsGeometry

from zoning_review.plugin.core.model.results import SpatialQuery
from zoning_review.plugin.core.overlay import batch as overlay_batch
from zoning_review.plugin.core.overlay import unit_records
from zoning_review.plugin.core.overlay.batch import geos_threads_allowed, overlay_stream
from zoning_review.plugin.core.overlay.engine import OverlayError

from .overlay_helpers import crs, dispose, engine_for, memory_layer, unit_row, write_file

X0, Y0 = 500000.0, 4300000.0  # EPSG:4546, metres
GRID = 10
SITES = 200  # several jobs in flight on every worker
BOW_TIE = "POLYGON((500200 4300200, 502800 4302800, 502800 4300200, 500200 4302800, 500200 4300200))"


def square(x1: float, y1: float, x2: float, y2: float) -> str:
    """WKT of a rectangle in metres from (X0, Y0)."""
    a, b, c, d = X0 + x1, Y0 + y1, X0 + x2, Y0 + y2
    return f"POLYGON(({a} {b}, {c} {b}, {c} {d}, {a} {d}, {a} {b}))"


@pytest.fixture(scope="module")
def layers(tmp_path_factory):
    """Grid units, an invalid (bow-tie) unit over them, and a river to relate the sites to."""
    folder = tmp_path_factory.mktemp("threads")
    rows = [unit_row(f"ZH{i:02d}{j:02d}", square(i * 1000, j * 1000, (i + 1) * 1000, (j + 1) * 1000))
            for i in range(GRID) for j in range(GRID)] + [unit_row("ZHBOWTIE", BOW_TIE)]
    units = write_file(memory_layer("Polygon", "EPSG:4546", rows), folder / "units.gpkg")
    river = write_file(memory_layer("LineString", "EPSG:4546", [
        {"wkt": f"LINESTRING({X0 + 100} {Y0 + 5100}, {X0 + 9900} {Y0 + 4700})"}]), folder / "river.gpkg")
    yield units, river
    dispose(units, river)


def sites() -> list:
    """Seeded rectangles (EPSG:4490, so every site is transformed), one empty and one line."""
    rng = random.Random(2614)
    to_4490 = crs("EPSG:4546"), crs("EPSG:4490")
    from qgis.core import QgsCoordinateTransform, QgsProject
    transform = QgsCoordinateTransform(*to_4490, QgsProject.instance())
    found = []
    for _ in range(SITES):
        w, h = rng.uniform(50, 2500), rng.uniform(50, 2500)
        x, y = rng.uniform(0, GRID * 1000 - w), rng.uniform(0, GRID * 1000 - h)
        geometry = QgsGeometry.fromWkt(square(x, y, x + w, y + h))
        geometry.transform(transform)
        found.append(geometry)
    found[11] = QgsGeometry()
    found[150] = QgsGeometry.fromWkt("LINESTRING(116 39, 116.01 39.01)")
    return found


def everything(outcome) -> tuple:
    """All of an outcome, exactly: numbers unrounded, pieces as WKB, warnings in order."""
    if isinstance(outcome, OverlayError):
        return ("error", str(outcome))
    units = [(u.fid, u.code, u.name, u.category, u.overlap_m2, u.site_fraction, u.unit_fraction,
              sorted(u.attributes.items())) for u in outcome.overlaps + outcome.touches]
    pieces = sorted((fid, bytes(geometry.asWkb())) for fid, geometry in outcome.geometries.items())
    relations = sorted((key, repr(relation)) for key, relation in outcome.relations.items())
    return (outcome.site_area_m2, len(outcome.overlaps), units, pieces, relations,
            [(w.template, sorted((k, str(v)) for k, v in w.values.items())) for w in outcome.warnings])


def stream(layers, threads: bool) -> list:
    """The whole batch through a fresh engine, on the worker threads or not."""
    units, river = layers
    engine = engine_for(units, {"river": river})
    items = [(n, site, crs("EPSG:4490")) for n, site in enumerate(sites())]
    return [(key, everything(outcome)) for key, outcome in
            overlay_stream(engine, items, [SpatialQuery("river")], threads=threads)]


@pytest.mark.skipif(not geos_threads_allowed(), reason="QGIS before 3.38 shares one GEOS context between threads")
def test_threaded_intersections_give_exactly_the_calling_thread_results(layers, monkeypatch):
    monkeypatch.setattr(overlay_batch, "worker_count", lambda _intersecting=False: 3)  # several, even on 2 cores
    serial, threaded = stream(layers, threads=False), stream(layers, threads=True)
    assert [key for key, _o in threaded] == list(range(SITES))
    assert threaded == serial
    outcomes = [o for _key, o in serial]
    assert outcomes[11][0] == "error" and outcomes[150][0] == "error"
    warned = [o for o in outcomes if o[0] != "error" and any("invalid geometry" in w[0] for w in o[5])]
    assert warned, "some sites meet the bow-tie unit: its repair warning is part of the comparison"
    assert any(o[0] != "error" and o[4] for o in outcomes)


@pytest.mark.parametrize("cores", [2, 4, 8])
def test_intersections_leave_the_calling_thread_only_where_qgis_allows_it_and_cores_are_spare(layers, monkeypatch,
                                                                                              cores):
    monkeypatch.setattr(overlay_batch.os, "cpu_count", lambda: cores)
    units, _river = layers
    engine, on_main = engine_for(units), set()
    intersect = engine.intersect

    def spy(pending):
        on_main.add(threading.current_thread() is threading.main_thread())
        intersect(pending)

    engine.intersect = spy
    items = [(n, site, crs("EPSG:4490")) for n, site in enumerate(sites())]
    outcomes = list(overlay_stream(engine, items))
    on_workers = Qgis.versionInt() >= 33800 and cores >= 4
    assert len(outcomes) == SITES and on_main == ({False} if on_workers else {True})


def test_each_unit_is_cleaned_once_on_the_thread_that_intersects_it(layers, monkeypatch):
    monkeypatch.setattr(overlay_batch, "worker_count", lambda _intersecting=False: 3)
    monkeypatch.setattr(overlay_batch.os, "cpu_count", lambda: 4)
    units, _river = layers
    engine, cleaned_on = engine_for(units), []
    warning_for = unit_records.feature_warning

    def spy(fid, code, layer, cleaned):  # called once per cleaning of a unit
        cleaned_on.append((fid, threading.current_thread() is threading.main_thread()))
        return warning_for(fid, code, layer, cleaned)

    monkeypatch.setattr(unit_records, "feature_warning", spy)
    items = [(n, site, crs("EPSG:4490")) for n, site in enumerate(sites())]
    outcomes = [outcome for _key, outcome in overlay_stream(engine, items)]
    fids = [fid for fid, _main in cleaned_on]
    assert len(fids) == len(set(fids)) and len(fids) > GRID  # once each, and many units were met
    assert {on_main for _fid, on_main in cleaned_on} == ({False} if geos_threads_allowed() else {True})
    bow_tie = [u for u in engine.records.kept.values() if u.code == "ZHBOWTIE"]
    assert bow_tie and bow_tie[0].raw is None and bow_tie[0].warning is not None
    assert bow_tie[0].geometry.isGeosValid()  # repaired, as the warning says
    assert any(not isinstance(o, OverlayError) and any(w.template == bow_tie[0].warning.template for w in o.warnings)
               for o in outcomes)


@pytest.mark.parametrize("cores", [2, 4])
def test_the_batch_gives_exactly_what_one_site_at_a_time_gives(layers, monkeypatch, cores):
    monkeypatch.setattr(overlay_batch.os, "cpu_count", lambda: cores)
    units, river = layers
    queries = [SpatialQuery("river")]
    alone = engine_for(units, {"river": river})
    expected = []
    for site in sites():
        try:
            expected.append(everything(alone.overlay(site, crs("EPSG:4490"), queries)))
        except OverlayError as error:
            expected.append(everything(error))
    engine = engine_for(units, {"river": river})
    items = [(n, site, crs("EPSG:4490")) for n, site in enumerate(sites())]
    assert [everything(outcome) for _key, outcome in overlay_stream(engine, items, queries)] == expected


def test_on_two_cores_the_units_are_cleaned_on_a_worker_ahead_of_the_intersections(layers, monkeypatch):
    monkeypatch.setattr(overlay_batch.os, "cpu_count", lambda: 2)
    units, _river = layers
    engine, asked = engine_for(units), []
    clean_candidates = engine.clean_candidates

    def spy(begun):
        asked.append((threading.current_thread() is threading.main_thread(), len(begun)))
        clean_candidates(begun)

    engine.clean_candidates = spy
    items = [(n, site, crs("EPSG:4490")) for n, site in enumerate(sites())]
    assert len(list(overlay_stream(engine, items))) == SITES
    if geos_threads_allowed():  # every chunk's sites (less the two that cannot be reviewed), on the worker
        assert {on_main for on_main, _count in asked} == {False} and sum(n for _m, n in asked) == SITES - 2
    else:  # one GEOS context for the process: all GEOS work stays on the calling thread
        assert asked == []
