"""Output rows written on one background thread, in order, while the next sites are reviewed.

PyQGIS releases Python's GIL while a sink writes (GeoPackage inserts, text conversion), so the
writing overlaps the per-site Python work. One thread writes every sink, so each output file is
only ever used by one thread at a time and its rows keep the order they were given in.
"""

from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Deque, List

BACKLOG = 256  # writes queued before the reviewing thread waits for the oldest (bounds memory)


class SinkWriter:
    """Adds features to sinks on a writer thread; ``close`` waits for every write and re-raises a failure."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="zoning-review-writer")
        self._queued: Deque[Future] = deque()

    def add(self, sink: Any, features: List[Any], flags: Any) -> None:
        """Queue ``sink.addFeatures(features, flags)`` (nothing for an empty list)."""
        if not features:
            return
        self._queued.append(self._pool.submit(sink.addFeatures, features, flags))
        while len(self._queued) > BACKLOG:
            self._queued.popleft().result()

    def close(self) -> None:
        """Wait for every queued write; the first write's exception is raised here."""
        try:
            while self._queued:
                self._queued.popleft().result()
        finally:
            self._queued.clear()
            self._pool.shutdown(wait=True)
