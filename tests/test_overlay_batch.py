"""The batch stream (areas measured on worker threads) gives exactly what one site at a time gives,
in order, with errors in place; a stream closed early leaves the engine answering correctly."""

import gc
import random

import pytest
from qgis.core import QgsGeometry

from zoning_review.plugin.core.overlay import batch as overlay_batch
from zoning_review.plugin.core.overlay.batch import overlay_stream
from zoning_review.plugin.core.overlay.collections_pace import YOUNG_THRESHOLD
from zoning_review.plugin.core.overlay.engine import OverlayError

from .overlay_helpers import crs, dispose, engine_for, memory_layer, unit_row, write_file

X0, Y0 = 500000.0, 4300000.0  # EPSG:4546, metres
GRID = 12  # 12 x 12 units of 1 km²
SITES = 150  # more than CHUNK * (AHEAD + 1), so several jobs are in flight


def square(x1: float, y1: float, x2: float, y2: float) -> str:
    """WKT of a rectangle in metres from (X0, Y0)."""
    a, b, c, d = X0 + x1, Y0 + y1, X0 + x2, Y0 + y2
    return f"POLYGON(({a} {b}, {c} {b}, {c} {d}, {a} {d}, {a} {b}))"


@pytest.fixture(scope="module")
def grid_units(tmp_path_factory):
    rows = [unit_row(f"ZH{i:02d}{j:02d}", square(i * 1000, j * 1000, (i + 1) * 1000, (j + 1) * 1000))
            for i in range(GRID) for j in range(GRID)]
    layer = write_file(memory_layer("Polygon", "EPSG:4546", rows), tmp_path_factory.mktemp("grid") / "grid.gpkg")
    yield layer
    dispose(layer)


def sites() -> list:
    """Seeded rectangles of 0.01–4 km² inside the grid, most crossing unit borders; two broken."""
    rng = random.Random(4754)
    found = []
    for _ in range(SITES):
        w, h = rng.uniform(100, 2000), rng.uniform(100, 2000)
        x, y = rng.uniform(0, GRID * 1000 - w), rng.uniform(0, GRID * 1000 - h)
        found.append(QgsGeometry.fromWkt(square(x, y, x + w, y + h)))
    found[7] = QgsGeometry()
    found[130] = QgsGeometry.fromWkt("LINESTRING(500000 4300000, 501000 4301000)")
    return found


def summary(result) -> list:
    return [(u.fid, u.code, round(u.overlap_m2, 6), round(u.unit_fraction, 12), round(u.site_fraction, 12))
            for u in result.overlaps + result.touches]


def test_stream_matches_one_site_at_a_time(grid_units):
    assert SITES > overlay_batch.CHUNK * (overlay_batch.AHEAD + 1)
    geometries, gk = sites(), crs("EPSG:4546")
    items = [(f"S{n}", site, gk) for n, site in enumerate(geometries)]
    streamed = list(overlay_stream(engine_for(grid_units), items))
    assert [key for key, _outcome in streamed] == [key for key, _s, _c in items]
    for n, (_key, outcome) in enumerate(streamed):
        if n in (7, 130):
            assert isinstance(outcome, OverlayError)
            continue
        alone = engine_for(grid_units).overlay(geometries[n], gk)
        assert summary(outcome) == summary(alone)
        assert outcome.site_area_m2 == alone.site_area_m2
        assert set(outcome.geometries) == set(alone.geometries)
        # the grid tiles the region: the pieces add up to the site (ellipsoid vs plane within 1e-3)
        planar = geometries[n].area()
        assert sum(u.overlap_m2 for u in outcome.overlaps + outcome.touches) == pytest.approx(planar, rel=1e-3)
        assert all(u.unit_fraction == pytest.approx(u.overlap_m2 / 1e6, rel=1e-3) for u in outcome.overlaps)


def test_a_stream_closed_early_leaves_no_unit_half_measured(grid_units):
    geometries, gk = sites(), crs("EPSG:4546")
    engine = engine_for(grid_units)
    stream = overlay_stream(engine, [(n, site, gk) for n, site in enumerate(geometries)])
    thresholds = gc.get_threshold()
    first_key, _first = next(stream)
    assert gc.get_threshold()[0] == max(thresholds[0], YOUNG_THRESHOLD) or thresholds[0] == 0  # while it runs
    stream.close()
    assert gc.get_threshold() == thresholds  # and as before once it is closed
    assert first_key == 0
    for n in (40, 90, 140):  # begun and abandoned, or never begun
        again = engine.overlay(geometries[n], gk)
        assert summary(again) == summary(engine_for(grid_units).overlay(geometries[n], gk))
        assert all(u.unit_fraction > 0 for u in again.overlaps)
