"""E2E: with the sample rule set bound, type an industry code that is not in GB/T 4754-2017 (X1234) into the dock's
form and switch the siting screen on, as a user does; then clear the industry. What the panel says each time."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

from e2e_helpers import bind_example_rules, open_sample_dock, pump, screenshot, wait_until  # noqa: E402
from qgis.core import QgsProject  # noqa: E402
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtTest import QTest  # noqa: E402
from qgis.PyQt.QtWidgets import QScrollArea  # noqa: E402


def _settled(panel) -> str:
    """The panel's summary once no screen is due or running."""
    pump(0.3)
    wait_until(lambda: not panel.busy and not panel.timer.isActive(), 120, "the screen to settle")
    pump(0.3)
    return panel.summary.text()


def main(iface):
    """Bind, type X1234, screen, read; clear the industry, read."""
    project = QgsProject.instance()
    dock = open_sample_dock(iface)
    bind_example_rules(dock, project.mapLayersByName("control_units")[0])
    dock.form.construction.setCurrentIndex(dock.form.construction.findData("new"))
    QTest.keyClicks(dock.form.industry.edit, "X1234")
    panel = dock.siting
    QTest.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    unreadable = _settled(panel)
    dock.findChild(QScrollArea, "zr_scroll").ensureWidgetVisible(panel.summary)
    pump(0.3)
    shot = screenshot(iface, f"siting-industry-{os.environ.get('LANG', '')[:2]}")
    layers = [layer.name() for layer in panel.layers()]
    dock.form.industry.edit.clear()
    blank = _settled(panel)
    return {"on": panel.button.isChecked(), "unreadable": unreadable, "layers": layers, "blank": blank,
            "shot": shot}
