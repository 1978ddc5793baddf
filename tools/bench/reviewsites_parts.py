"""Where a full reviewsites run spends the time of its calling thread: CPU seconds per part.

The plugin's own functions are wrapped for the run (nothing in the plugin changes) and each call's
``time.thread_time`` is added to its part. The calling thread does everything that keeps state
(the overlay stream's unit records and relations, evaluation, the rows); the worker threads measure
areas (and intersect, from QGIS 3.38 on) and write the rows, so their CPU is the process's CPU
less the calling thread's.
"""

import time
from contextlib import contextmanager
from typing import Any, Callable, Dict, Iterator, List, Tuple

PARTS = ("setup (inputs, unit index)", "overlay stream (unit records, relations)", "evaluation",
         "FINDINGS rows (with findings_json)", "SUMMARY rows", "CLAUSES rows", "rows handed to the writer",
         "the log (a line for each of the first sites)")


def _timed(original: Callable, spent: Dict[str, float], part: str) -> Callable:
    """``original`` with its calling thread's CPU time added to ``spent[part]``."""
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.thread_time()
        try:
            return original(*args, **kwargs)
        finally:
            spent[part] += time.thread_time() - started
    return timed


def _timed_stream(original: Callable, spent: Dict[str, float], part: str) -> Callable:
    """A generator function whose every step's CPU time is added to ``spent[part]``."""
    def timed(*args: Any, **kwargs: Any) -> Iterator[Any]:
        steps = original(*args, **kwargs)
        try:
            while True:
                started = time.thread_time()
                try:
                    item = next(steps)
                except StopIteration:
                    return
                finally:
                    spent[part] += time.thread_time() - started
                yield item
        finally:
            steps.close()
    return timed


@contextmanager
def timed_parts() -> Iterator[Dict[str, float]]:
    """While active, reviewsites' parts are timed into the yielded dict (part → CPU seconds)."""
    from zoning_review.plugin.processing import review_run
    run = review_run.BatchReview
    spent = dict.fromkeys(PARTS, 0.0)
    targets: List[Tuple[Any, str, str, Callable]] = [
        (run, "setup", PARTS[0], _timed), (review_run, "batch_overlay", PARTS[1], _timed_stream),
        (run, "review_one", PARTS[2], _timed), (review_run, "finding_features", PARTS[3], _timed),
        (review_run, "summary_feature", PARTS[4], _timed), (review_run, "clause_features", PARTS[5], _timed),
        (review_run.SinkWriter, "add", PARTS[6], _timed), (review_run.ReviewLog, "site", PARTS[7], _timed),
    ]
    originals = [(owner, name, getattr(owner, name)) for owner, name, _part, _wrap in targets]
    for owner, name, part, wrap in targets:
        setattr(owner, name, wrap(getattr(owner, name), spent, part))
    try:
        yield spent
    finally:
        for owner, name, original in originals:
            setattr(owner, name, original)
