"""Batch overlay: results in order, the work spread over worker threads as far as QGIS allows.

QgsDistanceArea uses no GEOS and PyQGIS releases Python's GIL while it measures, so the areas of
one chunk of sites are measured on other cores while the next chunks are begun. From QGIS 3.38 on,
every thread has its own GEOS context, so more of the GEOS work leaves the calling thread: on a machine
with cores to spare (GEOS_THREAD_CORES) the intersections with the candidate units go to the worker
threads (``engine.intersect``, which also cleans a unit's geometry when it is first met, once, under a
lock); on fewer cores the intersections stay on the calling thread — the workers' many short PyQGIS
calls would wait on Python's GIL (3.44, 2 cores, 10,000 sites: 4.2–4.4 s against 3.0–4.0 s) — and a
worker cleans the units a chunk of sites meets (``engine.clean_candidates``: validity checks and
repairs) while the calling thread begins the next chunk, one chunk ahead of its intersections.
The union of a site's overlaps (one longer GEOS call, for the part outside every unit) is taken on the
workers from 3.38 on. Before 3.38 there is one GEOS context for the whole process and all GEOS work
stays on the calling thread. The unit records are made, and relations and every other cache kept, on
the calling thread either way, so every path gives the same results.
"""

import os
import queue
import threading
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import islice
from typing import Any, Callable, Deque, Iterable, Iterator, List, Optional, Tuple, Union

from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsDistanceArea, QgsGeometry

from ..model.results import OverlayResult, SpatialQuery
from .collections_pace import fewer_collections
from .measure import covered_planar, measured_area
from .types import OverlayError, PendingOverlay

CHUNK = 24  # sites whose units are fetched (database layers) and whose areas are measured as one job
AHEAD = 3  # jobs in flight before the oldest is waited for
THREADED_GEOS = 33800  # the first QGIS version (Qgis.versionInt) with one GEOS context per thread
GEOS_THREAD_CORES = 4  # the fewest cores on which the batch intersects on worker threads

Item = Tuple[Any, QgsGeometry, QgsCoordinateReferenceSystem]
Outcome = Union[OverlayResult, OverlayError]
Entry = Tuple[Any, Union[PendingOverlay, OverlayError]]


def worker_count(intersecting: bool = False) -> int:
    """Worker threads, at most four: one per core beside the calling thread's when they only measure,
    one per core when they also intersect (the calling thread is then left with little to do)."""
    cores = os.cpu_count() or 1
    return max(1, min(4, cores if intersecting else cores - 1))


def geos_threads_allowed() -> bool:
    """True when this QGIS gives every thread its own GEOS context (3.38 and later)."""
    return Qgis.versionInt() >= THREADED_GEOS


def intersect_on_workers() -> bool:
    """Whether a batch intersects on its worker threads: where QGIS allows it, on GEOS_THREAD_CORES or more."""
    return geos_threads_allowed() and (os.cpu_count() or 1) >= GEOS_THREAD_CORES


class AreaMeter:
    """Runs jobs on worker threads, each thread with its own QgsDistanceArea."""

    def __init__(self, make: Callable[[], QgsDistanceArea], threads: int):
        self._free = queue.SimpleQueue()
        for _thread in range(threads):
            self._free.put(make())  # made here, on the calling thread; each worker takes one
        self._local = threading.local()
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="zoning-review-areas")

    def submit(self, job: Callable[[QgsDistanceArea], Any]) -> Future:
        """Start ``job(measure)`` on a worker thread with that thread's QgsDistanceArea."""
        return self._pool.submit(lambda: job(self._measure()))

    def _measure(self) -> QgsDistanceArea:
        measure = getattr(self._local, "measure", None)
        if measure is None:
            measure = self._local.measure = self._free.get()
        return measure

    def close(self) -> None:
        """Stop the threads (after the jobs already started)."""
        self._pool.shutdown(wait=True)


Measured = Tuple[List[float], Optional[float]]  # a site's areas (``to_measure`` order) and covered planar area


def _measured(measure: QgsDistanceArea, pending: PendingOverlay, unite: bool) -> Measured:
    """The site's areas, and with ``unite`` the planar area its overlaps cover together (GEOS: 3.38+)."""
    areas = [measured_area(measure, geometry) for geometry in pending.to_measure()]
    return areas, covered_planar(pending.overlaps()) if unite else None


class _Job:
    """One chunk of sites: each begun overlay (or its error) and the future of their areas."""

    def __init__(self, entries: List[Entry], meter: AreaMeter, intersect: Optional[Callable] = None):
        self.entries = entries
        begun = [pending for _key, pending in entries if isinstance(pending, PendingOverlay)]
        unite = geos_threads_allowed()

        def job(measure: QgsDistanceArea) -> List[Measured]:
            if intersect is not None:
                for pending in begun:
                    intersect(pending)
            return [_measured(measure, pending, unite) for pending in begun]

        self.future = meter.submit(job)

    def outcomes(self, engine: Any) -> Iterator[Tuple[Any, Outcome]]:
        """Each site's finished result (or error), in the order begun."""
        measured = iter(self.future.result())
        for key, pending in self.entries:
            if not isinstance(pending, PendingOverlay):
                yield key, pending
                continue
            try:
                yield key, engine.finish(pending, *next(measured))
            except OverlayError as error:
                yield key, error


def overlay_stream(engine: Any, items: Iterable[Item], queries: Iterable[SpatialQuery] = (),
                   with_geometries: bool = True, threads: Optional[bool] = None) -> Iterator[Tuple[Any, Outcome]]:
    """Overlay (key, site, site CRS) items; yields (key, result or OverlayError) in the items' order.

    ``threads``: intersect on the worker threads (default: ``intersect_on_workers()``).
    Results come a few chunks behind the items read, so a consumer that stops reading (cancel)
    still receives nothing half-measured: closing the iterator waits for the running jobs only.
    """
    queries = list(queries)
    on_workers = intersect_on_workers() if threads is None else threads
    ahead = clean_ahead(on_workers)
    engine.prepare_batch()
    measurer, crs = engine.measurer, engine.crs
    meter = AreaMeter(lambda: measurer.fresh(crs), worker_count(on_workers))
    jobs: Deque[_Job] = deque()
    waiting: List[Entry] = []  # with ``ahead``: the chunk begun whose units are being cleaned on a worker
    with fewer_collections():
        try:
            for chunk in _chunks(items, CHUNK):
                entries = _begun(engine, chunk, queries, with_geometries, on_workers or ahead)
                if ahead:
                    begun = _pending(entries)
                    meter.submit(lambda _measure, begun=begun: engine.clean_candidates(begun))
                    entries, waiting = waiting, entries
                    for pending in _pending(entries):
                        engine.intersect(pending)
                if entries:
                    jobs.append(_Job(entries, meter, engine.intersect if on_workers else None))
                while len(jobs) > AHEAD:
                    yield from jobs.popleft().outcomes(engine)
            for pending in _pending(waiting):
                engine.intersect(pending)
            if waiting:
                jobs.append(_Job(waiting, meter))
            while jobs:
                yield from jobs.popleft().outcomes(engine)
        finally:
            meter.close()


def clean_ahead(on_workers: bool) -> bool:
    """Whether the units a chunk of sites meets are cleaned on a worker thread before the calling thread intersects
    them (where QGIS allows GEOS there and the intersections stay on the calling thread)."""
    return geos_threads_allowed() and not on_workers


def _begun(engine: Any, chunk: List[Item], queries: List[SpatialQuery], with_geometries: bool,
           defer: bool) -> List[Entry]:
    """Each site of a chunk begun (``engine.begin``), or its error."""
    engine.prefetch((site, site_crs) for _key, site, site_crs in chunk)
    entries: List[Entry] = []
    for key, site, site_crs in chunk:
        try:
            entries.append((key, engine.begin(site, site_crs, queries, with_geometries, defer)))
        except OverlayError as error:
            entries.append((key, error))
    return entries


def _pending(entries: List[Entry]) -> List[PendingOverlay]:
    """The overlays begun among the entries (not the errors)."""
    return [pending for _key, pending in entries if isinstance(pending, PendingOverlay)]


def _chunks(items: Iterable[Item], size: int) -> Iterator[List[Item]]:
    """The items in lists of ``size`` (the last one shorter), read as needed."""
    items = iter(items)
    while True:
        chunk = list(islice(items, size))
        if not chunk:
            return
        yield chunk
