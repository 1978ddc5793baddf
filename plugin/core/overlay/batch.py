"""Batch overlay: GEOS on the calling thread, ellipsoidal areas on worker threads, results in order.

QgsDistanceArea uses no GEOS and releases Python's GIL while it measures, so the areas of one
chunk of sites are measured on other cores while the next chunks are intersected. GEOS itself
stays on the calling thread: in QGIS 3.22 every thread shares one GEOS context.
"""

import os
import queue
import threading
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import islice
from typing import Any, Callable, Deque, Iterable, Iterator, List, Tuple, Union

from qgis.core import QgsCoordinateReferenceSystem, QgsDistanceArea, QgsGeometry

from ..model.results import OverlayResult, SpatialQuery
from .collections_pace import fewer_collections
from .types import OverlayError, PendingOverlay

CHUNK = 24  # sites whose units are fetched (database layers) and whose areas are measured as one job
AHEAD = 3  # jobs in flight before the oldest is waited for

Item = Tuple[Any, QgsGeometry, QgsCoordinateReferenceSystem]
Outcome = Union[OverlayResult, OverlayError]


def worker_count() -> int:
    """Measuring threads: one per core beside the calling thread's, at least one, at most four."""
    return max(1, min(4, (os.cpu_count() or 1) - 1))


class AreaMeter:
    """Measures lists of geometries on worker threads, each thread with its own QgsDistanceArea."""

    def __init__(self, make: Callable[[], QgsDistanceArea], threads: int):
        self._free = queue.SimpleQueue()
        for _thread in range(threads):
            self._free.put(make())  # made here, on the calling thread; each worker takes one
        self._local = threading.local()
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="zoning-review-areas")

    def submit(self, geometries: List[QgsGeometry]) -> "Future[List[float]]":
        """Start measuring; the future's result is the areas in m², in order."""
        return self._pool.submit(self._measure, geometries)

    def _measure(self, geometries: List[QgsGeometry]) -> List[float]:
        measure = getattr(self._local, "measure", None)
        if measure is None:
            measure = self._local.measure = self._free.get()
        return [measure.measureArea(geometry) for geometry in geometries]

    def close(self) -> None:
        """Stop the threads (after the jobs already started)."""
        self._pool.shutdown(wait=True)


class _Job:
    """One chunk of sites: each begun overlay (or its error) and the future of their areas."""

    def __init__(self, entries: List[Tuple[Any, Union[PendingOverlay, OverlayError]]], meter: AreaMeter):
        self.entries = entries
        geometries: List[QgsGeometry] = []
        self.spans: List[Tuple[int, int]] = []
        for _key, pending in entries:
            start = len(geometries)
            if isinstance(pending, PendingOverlay):
                geometries.extend(pending.to_measure())
            self.spans.append((start, len(geometries)))
        self.future = meter.submit(geometries)

    def outcomes(self, engine: Any) -> Iterator[Tuple[Any, Outcome]]:
        """Each site's finished result (or error), in the order begun."""
        areas = self.future.result()
        for (key, pending), (start, end) in zip(self.entries, self.spans):
            if isinstance(pending, PendingOverlay):
                yield key, engine.finish(pending, areas[start:end])
            else:
                yield key, pending


def overlay_stream(engine: Any, items: Iterable[Item], queries: Iterable[SpatialQuery] = (),
                   with_geometries: bool = True) -> Iterator[Tuple[Any, Outcome]]:
    """Overlay (key, site, site CRS) items; yields (key, result or OverlayError) in the items' order.

    Results come a few chunks behind the items read, so a consumer that stops reading (cancel)
    still receives nothing half-measured: closing the iterator waits for the running jobs only.
    """
    queries = list(queries)
    engine.prepare_batch()
    measurer, crs = engine.measurer, engine.crs
    meter = AreaMeter(lambda: measurer.fresh(crs), worker_count())
    jobs: Deque[_Job] = deque()
    with fewer_collections():
        try:
            for chunk in _chunks(items, CHUNK):
                engine.prefetch((site, site_crs) for _key, site, site_crs in chunk)
                entries: List[Tuple[Any, Union[PendingOverlay, OverlayError]]] = []
                for key, site, site_crs in chunk:
                    try:
                        entries.append((key, engine.begin(site, site_crs, queries, with_geometries)))
                    except OverlayError as error:
                        entries.append((key, error))
                jobs.append(_Job(entries, meter))
                while len(jobs) > AHEAD:
                    yield from jobs.popleft().outcomes(engine)
            while jobs:
                yield from jobs.popleft().outcomes(engine)
        finally:
            meter.close()


def _chunks(items: Iterable[Item], size: int) -> Iterator[List[Item]]:
    """The items in lists of ``size`` (the last one shorter), read as needed."""
    items = iter(items)
    while True:
        chunk = list(islice(items, size))
        if not chunk:
            return
        yield chunk
