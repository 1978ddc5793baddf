"""`make bench`: the overlay engine against native:intersection, GeoPandas and the GEOS floor.

Each contender runs in its own process (so peak memory is its own), on the same data built by
build_data.py, RUNS times; every figure is the median of the runs (the machine is shared and noisy).
Prints a table and writes .cache/bench/results.json (results-VERSION.json in a matrix root:
`make bench QGIS=3.44` runs it there, on the same data).
Usage: .venv/bin/python tools/bench/run_bench.py [--part NAME]
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Dict, List

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_data import CACHE, ensure_data  # noqa: E402

PARTS = ("engine", "postgis", "pushdown", "reviewsites", "native", "geopandas", "geos", "qgis_geos", "siting")
RUNS = 3  # each contender runs this many times, each in a fresh process; every figure is the median


def run_part(name: str) -> Dict[str, Any]:
    """Run one contender in a fresh interpreter and return its JSON figures."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, str(HERE / "run_bench.py"), "--part", name],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"error": (done.stderr or done.stdout)[-2000:], "wall_s": time.perf_counter() - started}
    return json.loads(done.stdout.strip().splitlines()[-1])


def median_figures(runs: List[Any]) -> Any:
    """The runs' figures combined: the median of each number, nested dicts figure by figure."""
    first = runs[0]
    if isinstance(first, dict):
        if "error" in first:
            return first
        return {key: median_figures([run[key] for run in runs if isinstance(run, dict) and key in run])
                for key in first}
    if isinstance(first, bool) and all(isinstance(run, bool) for run in runs):
        return all(runs)
    if isinstance(first, (int, float)) and not isinstance(first, bool):
        return statistics.median(runs)
    return first


def run_repeated(name: str) -> Dict[str, Any]:
    """A contender's median figures over RUNS fresh runs (the first failure is returned as it is)."""
    runs = []
    for _run in range(RUNS):
        figures = run_part(name)
        if "error" in figures:
            return figures
        runs.append(figures)
    combined = median_figures(runs)
    combined["runs"] = len(runs)
    return combined


def part_main(name: str) -> None:
    """Entry point of a contender process: print its figures as one JSON line."""
    if name == "geopandas":
        from contenders import geopandas_overlay as run
    elif name == "geos":
        from contenders import geos_floor as run
    elif name == "qgis_geos":
        from bench_qgis_geos import run_qgis_geos as run
    elif name == "reviewsites":
        from qgis_parts import run_reviewsites as run
    elif name == "siting":
        from bench_siting import run_siting as run
    elif name == "postgis":
        from qgis_parts import run_postgis as run
    elif name == "pushdown":
        from qgis_parts import run_pushdown as run
    else:
        from qgis_parts import run_engine, run_native
        run = run_engine if name == "engine" else run_native
    figures = run(CACHE)
    figures.setdefault("peak_rss_mb", peak_rss_mb())  # a part may give the peak of its run alone
    print(json.dumps(figures))


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB."""
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def machine() -> str:
    """A one-line description of the machine."""
    import os
    cpu = "unknown CPU"
    if os.path.exists("/proc/cpuinfo"):
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            names = [line.split(":", 1)[1].strip() for line in info if line.startswith("model name")]
        cpu = names[0] if names else cpu
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}"


def main() -> None:
    """Build the data if needed, run every contender, print and save the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--part", choices=PARTS)
    args = parser.parse_args()
    if args.part:
        part_main(args.part)
        return
    started = time.perf_counter()
    ensure_data()
    results = {"machine": machine(), "cores": os.cpu_count() or 1, "data": (CACHE / "READY").read_text().strip()}
    for name in PARTS:
        print(f"running {name}…", file=sys.stderr, flush=True)
        results[name] = run_repeated(name)
    results["total_s"] = time.perf_counter() - started
    from report import render
    print(render(results))
    version = os.environ.get("ZR_QGIS_MATRIX")
    out = CACHE / (f"results-{version}.json" if version else "results.json")
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
