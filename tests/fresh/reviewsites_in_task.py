"""reviewsites run twice as the Processing dialog runs it (a task in QGIS's task manager) on the sample loaded in the
project, the pool's threads ended between the runs; then QGIS's area of a square in a CGCS2000 Gauss-Krüger CRS on
the CGCS2000 ellipsoid, measured on the main thread.   python reviewsites_in_task.py OUT_FOLDER"""

import sys
from pathlib import Path

from qgis.core import QgsApplication
from sample_runs import cgcs2000_area, review_parameters, run_in_task, sample_in_project, verdicts
from start import report, start_processing
from task_threads import end_task_threads


def run(layers, out: Path) -> dict:
    """{site: verdict} of one run ({} when it failed)."""
    out.mkdir(parents=True)
    algorithm = QgsApplication.processingRegistry().algorithmById("zoningreview:reviewsites")
    return verdicts(out) if run_in_task(algorithm, review_parameters(layers, out)) else {}


def main(out: Path) -> None:
    start_processing()
    layers = sample_in_project(out)
    first = run(layers, out / "first")
    end_task_threads()
    area = cgcs2000_area()
    second = run(layers, out / "second")
    report({"first": first, "second": second, "area": area})


if __name__ == "__main__":
    main(Path(sys.argv[1]))
