"""Fewer Python garbage collections while a batch runs.

A batch makes millions of short-lived objects while it keeps large, long-lived caches (unit
records, memoised findings). With CPython's default thresholds the collector runs thousands of
times and rescans those caches; raising the youngest generation's threshold for the duration of
the batch lets reference counting free the temporaries first. The setting is process-wide, so it
is raised once for any number of concurrent batches and restored when the last one ends.
"""

import gc
import threading
from contextlib import contextmanager
from typing import Iterator, List, Tuple

YOUNG_THRESHOLD = 50_000

_lock = threading.Lock()
_saved: List[Tuple[int, ...]] = []  # the thresholds to restore, while batches run
_running = [0]


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Within this block, collect garbage less often (thresholds restored afterwards)."""
    with _lock:
        if _running[0] == 0:
            current = gc.get_threshold()
            _saved[:] = [current]
            if current[0]:  # 0 means the collector is switched off: leave it so
                gc.set_threshold(max(current[0], YOUNG_THRESHOLD), *current[1:])
        _running[0] += 1
    try:
        yield
    finally:
        with _lock:
            _running[0] -= 1
            if _running[0] == 0:
                gc.set_threshold(*_saved.pop())
