"""E2E: unsaved work on screen (an opinion written after saving the review) and Selected pressed on another site:
the question is asked over the desktop; Cancel keeps the site and the opinion, Discard takes the other site; then
another saved review chosen in the list asks nothing (nothing on screen is lost)."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

from e2e_helpers import ARTIFACTS, bind_example_rules, open_sample_dock, pump, wait_until  # noqa: E402
from qgis.core import QgsProject  # noqa: E402
from qgis.PyQt.QtCore import Qt, QTimer  # noqa: E402
from qgis.PyQt.QtGui import QTextCursor  # noqa: E402
from qgis.PyQt.QtTest import QTest  # noqa: E402
from qgis.PyQt.QtWidgets import QApplication, QMessageBox  # noqa: E402


def _press_selected(iface, dock, site_id: str) -> None:
    """Select the sample site ``site_id`` in the sites layer and press Selected as the user does."""
    sites = QgsProject.instance().mapLayersByName("sites")[0]
    sites.selectByExpression(f"\"site_id\" = '{site_id}'")
    iface.setActiveLayer(sites)
    QTest.mouseClick(dock.site_input.selected_button, Qt.MouseButton.LeftButton)


def _shot(box, name: str) -> str:
    """The question box as shown, saved as tests/artifacts/<name>.png."""
    path = str(ARTIFACTS / f"{name}.png")
    box.grab().save(path)
    return path


def _answered(iface, dock, site_id: str, button, shot: str = "") -> list:
    """Press Selected on ``site_id`` and answer the question with ``button``; what each box showed."""
    seen = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(100, answer)
            return
        seen.append({"title": box.windowTitle(), "text": box.text(), "info": box.informativeText(),
                     "buttons": sorted(b.text().replace("&", "") for b in box.buttons()),
                     "shot": _shot(box, shot) if shot else ""})
        box.button(button).click()

    sys.zr_e2e_expected_modal = True
    QTimer.singleShot(300, answer)
    _press_selected(iface, dock, site_id)
    pump(0.5)
    sys.zr_e2e_expected_modal = False
    return seen


def _state(dock) -> dict:
    return {"site": dock.site_input.status.text(), "opinion": dock.opinion.toPlainText(),
            "name": dock.form.project().name, "list": dock.saved.combo.currentText()}


def main(iface):
    """S02 reviewed, saved, then its opinion changed; S01 selected: Cancel, then Discard; the saved one again."""
    dock = open_sample_dock(iface)
    bind_example_rules(dock, QgsProject.instance().mapLayersByName("control_units")[0])
    _press_selected(iface, dock, "S02")
    wait_until(lambda: dock.runner.reviews and not dock.runner.busy, 120, "the review of S02")
    pump(0.6)
    dock.opinion.setPlainText("同意。")
    assert dock.saved.save_as("S02 初审")
    dock.opinion.setFocus()
    dock.opinion.moveCursor(QTextCursor.MoveOperation.End)
    dock.opinion.insertPlainText("需补充材料。")  # written after saving: unsaved (keyClicks knows ASCII keys only)
    before = _state(dock)
    cancelled = _answered(iface, dock, "S01", QMessageBox.StandardButton.Cancel, "unsaved-review-question")
    after_cancel = _state(dock)
    reviews = dock.runner.reviews
    discarded = _answered(iface, dock, "S01", QMessageBox.StandardButton.Discard)
    wait_until(lambda: dock.runner.reviews is not reviews and not dock.runner.busy, 120, "the review of S01")
    pump(0.6)
    after_discard = _state(dock)
    combo = dock.saved.combo
    reviews = dock.runner.reviews
    sys.zr_e2e_expected_modal = False  # a question now would block the run: the watchdog names it
    combo.setCurrentIndex(combo.findData("S02 初审"))
    combo.activated.emit(combo.currentIndex())
    wait_until(lambda: dock.runner.reviews is not reviews and not dock.runner.busy, 120, "the saved review")
    pump(0.6)
    return {"before": before, "cancelled": cancelled, "after_cancel": after_cancel, "discarded": discarded,
            "after_discard": after_discard, "restored": _state(dock)}
