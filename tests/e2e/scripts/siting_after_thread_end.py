"""E2E: the siting screen on the sample's units and zones in Beijing 1954 / Gauss-Krüger CM 117°E, switched on,
off, the task threads ended (as QGIS's pools end them after 30 s idle), on again: the second screen as the first."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

import processing  # noqa: E402
from e2e_helpers import bind_example_rules, describe_new_c2614, open_sample_dock, wait_until  # noqa: E402
from qgis.core import QgsProject  # noqa: E402
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtTest import QTest  # noqa: E402
from task_threads import end_task_threads  # noqa: E402

LAYERS = ("control_units", "red_line", "water_source", "river_bank", "industrial_park")


def screened(panel) -> dict:
    """Switch the screen on, wait for it: {unit: verdict}; then switch it off."""
    QTest.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    wait_until(lambda: panel.layers() and not panel.busy and not panel.timer.isActive(), 120, "the screen")
    screen = next(layer for layer in panel.layers() if layer.name().startswith("Siting screen"))
    verdicts = {f["unit_code"]: f["verdict"] for f in screen.getFeatures()}
    QTest.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    wait_until(lambda: not panel.layers(), 120, "the screen switched off")
    return verdicts


def main(iface):
    """The layers reprojected on the main thread, the units bound, a C2614 project described, screened twice."""
    project = QgsProject.instance()
    dock = open_sample_dock(iface)
    for name in LAYERS:  # the sample's units and the layers the rules name, each replaced by its copy in EPSG:2436
        sample = project.mapLayersByName(name)[0]
        copy = processing.run("native:reprojectlayer", {"INPUT": sample, "TARGET_CRS": "EPSG:2436",
                                                        "OUTPUT": "memory:"})["OUTPUT"]
        copy.setName(name)
        project.removeMapLayer(sample)
        project.addMapLayer(copy)
    units = project.mapLayersByName("control_units")[0]
    bind_example_rules(dock, units)
    describe_new_c2614(dock)
    first = screened(dock.siting)
    end_task_threads()
    second = screened(dock.siting)
    return {"crs": units.crs().authid(), "first": first, "second": second}
