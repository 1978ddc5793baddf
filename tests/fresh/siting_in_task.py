"""The dock's siting screen task run twice by QGIS's task manager on units in Beijing 1954 / Gauss-Krüger CM 117°E,
the pool's threads ended between the runs; then whether a transform to the screen's lon/lat CRS on their ellipsoid
is valid on the main thread.   python siting_in_task.py OUT_FOLDER"""

import sys
from pathlib import Path

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject
from start import report, wait_for
from task_threads import end_task_threads

from tests.overlay_helpers import memory_layer, reproject, to_shapely
from tests.test_siting_engine import CHEMICAL, FIELDS, RULES, UNITS, binding, loaded_ruleset
from zoning_review.plugin.core.siting.zones import lonlat_crs
from zoning_review.plugin.gui.siting_task import SitingTask, snapshot_inputs

CRS = "EPSG:2436"  # Beijing 1954 / 3-degree Gauss-Kruger CM 117E: a CRS and ellipsoid no other code here makes
KRASSOWSKY = (6378245.0, 298.3)


def in_crs(wkt: str) -> str:
    """A lon/lat (Beijing 1954) WKT in CRS."""
    return reproject(to_shapely(QgsGeometry.fromWkt(wkt)), "EPSG:4214", CRS).wkt


def screen(inputs) -> dict:
    """{unit: [verdict, deciding rule ids]} of one screen; {"error": …} when it failed."""
    received = []
    task = SitingTask(inputs, lambda result, error: received.append((result, error)))
    QgsApplication.taskManager().addTask(task)
    wait_for(lambda: received)
    result, error = received[0]
    if result is None:
        return {"error": error}
    return {unit.code: [unit.verdict.value, sorted(zone.rule_id for zone in unit.zones)] for unit in result.units}


def main(out: Path) -> None:
    units = memory_layer("Polygon", CRS, [
        {"wkt": in_crs(wkt), "HJGKDYBM": code, "HJGKDYMC": code, "ZHGKDYFL": category, "KJBJYS": prose}
        for code, (wkt, category, prose) in UNITS.items()], FIELDS)
    river = memory_layer("LineString", CRS, [{"wkt": in_crs("LINESTRING(116.0 38.9, 116.0 39.2)")}], ("name",),
                         "river")
    park = memory_layer("Polygon", CRS, [{"wkt": in_crs("POLYGON((116.2 39, 116.22 39, 116.22 39.02, 116.2 39.02, "
                                                        "116.2 39))")}], ("name",), "park")
    ruleset = loaded_ruleset(out / "siting.yaml", RULES)
    first = screen(snapshot_inputs(units, binding(True), ruleset, CHEMICAL, {"river": river, "park": park}))
    end_task_threads()
    hub = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4214"), lonlat_crs(*KRASSOWSKY),
                                 QgsProject.instance().transformContext())
    second = screen(snapshot_inputs(units, binding(True), ruleset, CHEMICAL, {"river": river, "park": park}))
    report({"first": first, "second": second, "hub_valid": hub.isValid()})


if __name__ == "__main__":
    main(Path(sys.argv[1]))
