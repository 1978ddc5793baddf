"""reviewsites run twice as the Processing dialog runs it (a task in QGIS's task manager) on the sample loaded in the
project, the pool's threads ended between the runs; then QGIS's area of a square in a CGCS2000 Gauss-Krüger CRS on
the CGCS2000 ellipsoid, measured on the main thread.   python reviewsites_in_task.py OUT_FOLDER"""

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
    QgsProject,
    QgsVectorLayer,
)
from start import ROOT, end_pool_threads, report, start_processing, wait_for

LAYERS = ("sites", "control_units", "red_line", "water_source", "river_bank", "industrial_park")
RULES = ROOT / "rules" / "examples" / "layered"
SQUARE = "POLYGON((500000 4300000, 501000 4300000, 501000 4301000, 500000 4301000, 500000 4300000))"


def run(layers, out: Path) -> dict:
    """{site: verdict} of one run."""
    out.mkdir(parents=True)
    parameters = {"SITES": layers["sites"].id(), "UNITS": layers["control_units"].id(),
                  "RULES": [str(RULES / f"xiongan_{level}.yaml") for level in ("province", "county", "units")],
                  "CONSTRAINTS": [layers[name].id() for name in LAYERS[2:]], "LANGUAGE": 1, "REPORT_FORMAT": 0,
                  "SUMMARY": str(out / "summary.gpkg"), "FINDINGS": str(out / "findings.gpkg")}
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    ended = {}
    task = QgsProcessingAlgRunnerTask(QgsApplication.processingRegistry().algorithmById("zoningreview:reviewsites"),
                                      parameters, context, feedback)
    task.executed.connect(lambda ok, _results: ended.update(ok=ok))
    QgsApplication.taskManager().addTask(task)
    wait_for(lambda: "ok" in ended)
    summary = QgsVectorLayer(str(out / "summary.gpkg"), "summary", "ogr")
    return {f["site_id"]: f["verdict"] for f in summary.getFeatures()} if ended["ok"] else {}


def main(out: Path) -> None:
    start_processing()
    shutil.copy(ROOT / "sample" / "xiongan_sample.gpkg", out / "sample.gpkg")
    layers = {name: QgsVectorLayer(f"{out / 'sample.gpkg'}|layername={name}", name, "ogr") for name in LAYERS}
    QgsProject.instance().addMapLayers(list(layers.values()))
    first = run(layers, out / "first")
    end_pool_threads()
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4547"), QgsProject.instance().transformContext())
    measure.setEllipsoid("EPSG:1024")
    area = measure.measureArea(QgsGeometry.fromWkt(SQUARE))
    second = run(layers, out / "second")
    report({"first": first, "second": second, "area": area if area == area else "NaN"})


if __name__ == "__main__":
    main(Path(sys.argv[1]))
