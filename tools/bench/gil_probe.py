"""Does PyQGIS release Python's GIL inside GEOS calls? Measured, not assumed.

A worker thread runs long GEOS calls (a buffer with many segments, through QgsGeometry) while the
calling thread loops in pure Python and notes the longest pause between two of its steps. When a
call holds the GIL, the loop stalls for the call's whole duration, every call; when it releases
it, the loop's pauses stay far shorter than a call (on a loaded machine, scheduling adds a few).
Prints one JSON line: a call's duration, the loop's pauses, and the verdict.
Usage (a matrix root): tools/matrix/run_in_root.sh 3.44 -- python tools/bench/gil_probe.py
"""

import json
import statistics
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_data import CACHE  # noqa: E402
from qgis_parts import layer, start_qgis  # noqa: E402

CALLS = 12


def main() -> None:
    """Time one call alone, then the Python loop's pauses beside a thread making CALLS of them."""
    start_qgis()
    from qgis.core import Qgis, QgsFeatureRequest
    units = layer(CACHE, "units.gpkg", "control_units")
    big = max((f.geometry() for f in units.getFeatures(QgsFeatureRequest().setNoAttributes().setLimit(300))),
              key=lambda g: g.constGet().nCoordinates())
    started = time.perf_counter()
    big.buffer(0.02, 64)
    call_s = time.perf_counter() - started
    done = threading.Event()

    def work() -> None:
        for _call in range(CALLS):
            big.buffer(0.02, 64)
        done.set()

    worker = threading.Thread(target=work)
    pauses = []
    last = time.perf_counter()
    worker.start()
    while not done.is_set():
        now = time.perf_counter()
        pauses.append(now - last)
        last = now
    worker.join()
    long_pauses = sum(1 for p in pauses if p > call_s / 2)
    print(json.dumps({"qgis": Qgis.QGIS_VERSION, "call_ms": call_s * 1000, "calls": CALLS,
                      "longest_pause_ms": max(pauses) * 1000, "median_pause_us": statistics.median(pauses) * 1e6,
                      "pauses_over_half_a_call": long_pauses,
                      "gil_released": long_pauses < CALLS / 2}))


if __name__ == "__main__":
    main()
