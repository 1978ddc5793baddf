"""E2E: how long QGIS's GUI thread pauses while the siting screen runs on a large unit layer, while its layers are
shown (Python collecting its garbage, as it does at any time), and when a screen run again is cancelled part way.

A Python timer ticks every 10 ms; its slot, like every Python slot of QGIS and the plugin, needs Python's lock, so
the gap between two ticks is how long a click on the panel would have waited."""

import gc
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")
sys.path.insert(0, os.environ["ZR_E2E_ROOT"])

from e2e_helpers import bind_example_rules, describe_new_c2614, open_sample_dock, pump, wait_until  # noqa: E402
from qgis.core import QgsProject  # noqa: E402
from qgis.PyQt.QtCore import Qt, QTimer  # noqa: E402
from qgis.PyQt.QtTest import QTest  # noqa: E402

from tests.grid_units import grid_units  # noqa: E402

TICK_MS = 10
SLOW_S = 0.1  # a gap noted with where the other threads were


class Ticks:
    """The longest gap between a Python timer's ticks, by phase, and Python's full garbage collections."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.phase = "idle"
        self.longest = {}
        self.slow = []
        self.collections = []
        self._began = 0.0
        self.timer = QTimer()
        self.timer.timeout.connect(self.tick)
        self.timer.start(TICK_MS)
        gc.callbacks.append(self._collected)

    def tick(self) -> None:
        """One tick: the gap since the last one, counted in the current phase."""
        now = time.perf_counter()
        gap, self.last = now - self.last, now
        self.longest[self.phase] = round(max(self.longest.get(self.phase, 0.0), gap), 3)
        if gap > SLOW_S:
            self.slow.append((round(gap, 3), self.phase))

    def enter(self, phase: str) -> None:
        """Count the gaps from now on in ``phase`` (the gap up to now in the last one)."""
        self.tick()
        self.phase = phase

    def _collected(self, step: str, info: dict) -> None:
        """A full collection's duration, in the thread it ran in (Python's lock held throughout)."""
        if step == "start":
            self._began = time.perf_counter()
        elif info["generation"] == 2:
            self.collections.append((round(time.perf_counter() - self._began, 3), self.phase,
                                     threading.current_thread() is threading.main_thread()))

    def stop(self) -> None:
        """Stop ticking and noting collections."""
        self.timer.stop()
        gc.callbacks.remove(self._collected)


def main(iface):
    """Bind a grid of units with requirement texts (ZR_GRID columns x rows, 300x300 unless given), screen them,
    collect garbage, screen again and cancel part way."""
    project = QgsProject.instance()
    dock = open_sample_dock(iface)
    columns, rows = (int(n) for n in os.environ.get("ZR_GRID", "300x300").split("x"))
    units = project.addMapLayer(grid_units(Path(tempfile.mkdtemp(prefix="zr-pauses-")) / "grid.gpkg", columns, rows,
                                           prose=True))
    bind_example_rules(dock, units)
    describe_new_c2614(dock)
    panel = dock.siting
    pump(1.0)
    gc.collect()
    before = len(gc.get_objects())  # the Python objects QGIS and the plugin hold before the screen
    ticks = Ticks()
    pump(0.5)
    ticks.enter("screen")
    started = time.perf_counter()
    QTest.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    wait_until(lambda: panel.layers() and not panel.busy, 400, "the screen")
    screened_s = time.perf_counter() - started
    shown = sum(layer.featureCount() for layer in panel.layers() if layer.name().startswith("Siting screen"))
    pump(0.5)
    ticks.enter("collect")  # Python collects its garbage now and then, on whichever thread allocates
    gc.collect()
    held = len(gc.get_objects()) - before  # what the shown screen keeps for Python's collector to visit
    pump(0.3)
    ticks.enter("rerun")
    dock.form.attributes.set_value("major_infrastructure", True)  # the description changed: screened again
    wait_until(lambda: panel.busy and panel.progress.value() >= 30, 400, "30 % of the second screen")
    ticks.enter("cancel")
    QTest.mouseClick(panel.button, Qt.MouseButton.LeftButton)  # switched off part way
    pump(3.0)
    ticks.enter("end")
    ticks.stop()
    return {"units": units.featureCount(), "shown": shown, "held": held, "screened_s": round(screened_s, 1),
            "longest": ticks.longest, "slow": ticks.slow, "collections": ticks.collections,
            "left": [layer.name() for layer in panel.layers()],
            "prose": sorted(dock.targets[0].binding.prose_fields.values()) if dock.targets else []}
