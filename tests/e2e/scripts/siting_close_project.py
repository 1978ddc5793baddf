"""E2E: with the siting screen on the map, start a new project as a user does (File ▸ New, asked to save): note every
message box QGIS opens and answer Cancel, so the project stays. The screen's layers are derived and made again when
the project is opened, so QGIS must not warn that their contents will be permanently lost."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

from e2e_helpers import bind_example_rules, describe_new_c2614, open_sample_dock, pump, wait_until  # noqa: E402
from qgis.core import QgsProject  # noqa: E402
from qgis.PyQt.QtCore import QTimer  # noqa: E402
from qgis.PyQt.QtWidgets import QApplication, QMessageBox  # noqa: E402


def _answer_cancel(asked: list) -> None:
    """Note the text of a message box that is open and answer it Cancel (or close it)."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and box.isVisible():
        asked.append(box.text())
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.click()
        else:
            box.reject()


def main(iface):
    """Bind, describe, screen, then File ▸ New asking to save; the questions QGIS asked."""
    project = QgsProject.instance()
    dock = open_sample_dock(iface)
    bind_example_rules(dock, project.mapLayersByName("control_units")[0])
    describe_new_c2614(dock)
    panel = dock.siting
    panel.button.setChecked(True)
    wait_until(lambda: panel.layers() and not panel.busy and not panel.timer.isActive(), 120, "the screen")
    shown = sorted(layer.id() for layer in panel.layers())
    asked = []
    timer = QTimer()
    timer.setInterval(100)
    timer.timeout.connect(lambda: _answer_cancel(asked))
    timer.start()
    sys.zr_e2e_expected_modal = True  # the questions are answered here
    iface.newProject(True)
    pump(0.5)
    timer.stop()
    sys.zr_e2e_expected_modal = False
    kept = sorted(layer_id for layer_id in shown if project.mapLayer(layer_id) is not None)
    return {"asked": asked, "shown": shown, "kept": kept, "file": project.fileName()}
