"""What the reviewsites scripts share: the sample in the project, reviewsites' parameters on it, a run as the
Processing dialog runs one (a task in QGIS's task manager), and a QGIS area on the CGCS2000 ellipsoid."""

import shutil
from pathlib import Path
from typing import Dict

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsGeometry,
    QgsProcessingAlgorithm,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from start import ROOT, wait_for

LAYERS = ("sites", "control_units", "red_line", "water_source", "river_bank", "industrial_park")
RULES = ROOT / "rules" / "examples" / "layered"
SQUARE = "POLYGON((500000 4300000, 501000 4300000, 501000 4301000, 500000 4301000, 500000 4300000))"


def sample_in_project(out: Path) -> Dict[str, QgsVectorLayer]:
    """A copy of the sample's layers, in the project: {name: layer}."""
    shutil.copy(ROOT / "sample" / "xiongan_sample.gpkg", out / "sample.gpkg")
    layers = {name: QgsVectorLayer(f"{out / 'sample.gpkg'}|layername={name}", name, "ogr") for name in LAYERS}
    QgsProject.instance().addMapLayers(list(layers.values()))
    return layers


def review_parameters(layers: Dict[str, QgsVectorLayer], out: Path) -> dict:
    """reviewsites over the layers with the layered example lists, SUMMARY and FINDINGS written to ``out``."""
    return {"SITES": layers["sites"].id(), "UNITS": layers["control_units"].id(),
            "RULES": [str(RULES / f"xiongan_{level}.yaml") for level in ("province", "county", "units")],
            "CONSTRAINTS": [layers[name].id() for name in LAYERS[2:]], "LANGUAGE": 1, "REPORT_FORMAT": 0,
            "SUMMARY": str(out / "summary.gpkg"), "FINDINGS": str(out / "findings.gpkg")}


def run_in_task(algorithm: QgsProcessingAlgorithm, parameters: dict) -> bool:
    """Run ``algorithm`` as the Processing dialog does; whether it succeeded."""
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    ended = {}
    task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
    task.executed.connect(lambda ok, _results: ended.update(ok=ok))
    QgsApplication.taskManager().addTask(task)
    wait_for(lambda: "ok" in ended)
    return ended["ok"]


def verdicts(out: Path) -> Dict[str, str]:
    """{site: verdict} of the SUMMARY written to ``out``."""
    summary = QgsVectorLayer(str(out / "summary.gpkg"), "summary", "ogr")
    return {feature["site_id"]: feature["verdict"] for feature in summary.getFeatures()}


def cgcs2000_area():
    """QGIS's area of SQUARE (CGCS2000 / 3-degree Gauss-Krüger CM 114°E) on the CGCS2000 ellipsoid, measured here
    ("NaN" for NaN, as JSON has none)."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4547"), QgsProject.instance().transformContext())
    measure.setEllipsoid("EPSG:1024")
    area = measure.measureArea(QgsGeometry.fromWkt(SQUARE))
    return area if area == area else "NaN"
