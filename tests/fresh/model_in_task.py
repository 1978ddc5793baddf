"""reviewsites as the one step of a model run as the Processing dialog runs it (a task in QGIS's task manager, where
the model prepares its steps on its own worker thread) on the sample loaded in the project, the pool's threads ended
after the run; then QGIS's area of a square in a CGCS2000 Gauss-Krüger CRS on the CGCS2000 ellipsoid, measured on the
main thread.   python model_in_task.py OUT_FOLDER"""

import sys
from pathlib import Path

from qgis.core import (
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
)
from sample_runs import cgcs2000_area, review_parameters, run_in_task, sample_in_project, verdicts
from start import report, start_processing
from task_threads import end_task_threads


def model(parameters: dict) -> QgsProcessingModelAlgorithm:
    """A model of one step: reviewsites with ``parameters`` as static values."""
    step = QgsProcessingModelChildAlgorithm("zoningreview:reviewsites")
    step.setChildId("review")
    for name, value in parameters.items():
        step.addParameterSources(name, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    found = QgsProcessingModelAlgorithm("zoning review model", "tests")
    found.addChildAlgorithm(step)
    return found


def main(out: Path) -> None:
    start_processing()
    layers = sample_in_project(out)
    ok = run_in_task(model(review_parameters(layers, out)), {})
    end_task_threads()
    report({"ok": ok, "verdicts": verdicts(out), "area": cgcs2000_area()})


if __name__ == "__main__":
    main(Path(sys.argv[1]))
