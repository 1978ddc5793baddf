"""reviewsites as the one step of a model run as the Processing dialog runs it (a task in QGIS's task manager, where
the model prepares its steps on its own worker thread) on the sample loaded in the project, the pool's threads ended
after the run; then QGIS's area of a square in a CGCS2000 Gauss-Krüger CRS on the CGCS2000 ellipsoid, measured on the
main thread.   python model_in_task.py OUT_FOLDER"""

import shutil
import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsGeometry,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProject,
    QgsVectorLayer,
)
from start import ROOT, end_pool_threads, report, start_processing, wait_for

LAYERS = ("sites", "control_units", "red_line", "water_source", "river_bank", "industrial_park")
RULES = ROOT / "rules" / "examples" / "layered"
SQUARE = "POLYGON((500000 4300000, 501000 4300000, 501000 4301000, 500000 4301000, 500000 4300000))"


def model(layers, out: Path) -> QgsProcessingModelAlgorithm:
    """A model of one step: reviewsites over the project's layers, its outputs written to ``out``."""
    static = QgsProcessingModelChildParameterSource.fromStaticValue
    step = QgsProcessingModelChildAlgorithm("zoningreview:reviewsites")
    step.setChildId("review")
    values = {"SITES": layers["sites"].id(), "UNITS": layers["control_units"].id(),
              "RULES": [str(RULES / f"xiongan_{level}.yaml") for level in ("province", "county", "units")],
              "CONSTRAINTS": [layers[name].id() for name in LAYERS[2:]], "LANGUAGE": 1, "REPORT_FORMAT": 0,
              "SUMMARY": str(out / "summary.gpkg"), "FINDINGS": str(out / "findings.gpkg")}
    for name, value in values.items():
        step.addParameterSources(name, [static(value)])
    found = QgsProcessingModelAlgorithm("zoning review model", "tests")
    found.addChildAlgorithm(step)
    return found


def main(out: Path) -> None:
    start_processing()
    shutil.copy(ROOT / "sample" / "xiongan_sample.gpkg", out / "sample.gpkg")
    layers = {name: QgsVectorLayer(f"{out / 'sample.gpkg'}|layername={name}", name, "ogr") for name in LAYERS}
    QgsProject.instance().addMapLayers(list(layers.values()))
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    ended = {}
    task = QgsProcessingAlgRunnerTask(model(layers, out), {}, context, feedback)
    task.executed.connect(lambda ok, _results: ended.update(ok=ok))
    QgsApplication.taskManager().addTask(task)
    wait_for(lambda: "ok" in ended)
    summary = QgsVectorLayer(str(out / "summary.gpkg"), "summary", "ogr")
    verdicts = {f["site_id"]: f["verdict"] for f in summary.getFeatures()}
    end_pool_threads()
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4547"), QgsProject.instance().transformContext())
    measure.setEllipsoid("EPSG:1024")
    area = measure.measureArea(QgsGeometry.fromWkt(SQUARE))
    report({"ok": ended["ok"], "verdicts": verdicts, "area": area if area == area else "NaN"})


if __name__ == "__main__":
    main(Path(sys.argv[1]))
