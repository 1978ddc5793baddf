"""Helpers for scripts that run inside the QGIS desktop during e2e tests."""

import os
import sys
import time
from pathlib import Path
from typing import Callable

import qgis.utils
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QDialogButtonBox, QLineEdit, QPushButton, QTableWidget

ROOT = Path(os.environ.get("ZR_E2E_ROOT", "."))
ARTIFACTS = Path(os.environ.get("ZR_E2E_ARTIFACTS", "."))


def pump(seconds: float = 0.2) -> None:
    """Let QGIS process events (and deferred deletes) for a while."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QgsApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.01)


def wait_until(predicate: Callable[[], bool], timeout: float = 120.0, what: str = "") -> None:
    """Process events until predicate() is true; raise AssertionError after timeout seconds."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return
        pump(0.05)
    raise AssertionError(f"timed out after {timeout}s waiting for {what or predicate}")


def screenshot(iface, name: str) -> str:
    """Save the main window as tests/artifacts/<name>.png and return the path."""
    pump(0.5)
    path = ARTIFACTS / f"{name}.png"
    iface.mainWindow().grab().save(str(path))
    return str(path)


def open_sample_dock(iface, width: int = 440):
    """Read the bundled sample project and open the Zoning Review panel (``width`` pixels wide; 0 leaves it as
    it opens); the panel."""
    assert QgsProject.instance().read(str(ROOT / "sample" / "xiongan_review.qgz"))
    plugin = qgis.utils.plugins["zoning_review"]
    plugin.action.trigger()
    if width:
        iface.mainWindow().resizeDocks([plugin.dock], [width], Qt.Orientation.Horizontal)
    pump(0.3)
    return plugin.dock


def bind_example_rules(dock, units, path: str = "") -> None:
    """Bind the rule set at ``path`` (the example's without one) to ``units`` with the dock's widgets, and wait for
    the binding."""
    dock.bindings.layer_combo.setLayer(units)
    dock.bindings.rules_file.setFilePath(path or str(ROOT / "rules" / "examples" / "xiongan_example.yaml"))
    wait_until(lambda: dock.targets, 120, "the binding")


def tree_texts(dock) -> list:
    """Every text and tip of the dock's results, all expanded."""
    from zoning_review.plugin.gui.tree_state import all_items

    dock.tree.expandAll()
    pump(0.3)
    return [item.text(0) for item in all_items(dock.tree)] + [item.toolTip(0) for item in all_items(dock.tree)]


def describe_new_c2614(dock) -> None:
    """Describe with the dock's form a new C2614 project that adds capacity and discharges pollutants."""
    dock.form.name_edit.setText("C2614 E2E")
    QTest.keyClicks(dock.form.industry.edit, "2614")
    dock.form.construction.setCurrentIndex(dock.form.construction.findData("new"))
    for name, value in (("capacity_increase", True), ("discharges_pollutants", True),
                        ("major_infrastructure", False), ("water_supply_facility", False)):
        dock.form.attributes.set_value(name, value)


def pick_condition(box, fill) -> None:
    """Click a rule editor condition list's Add… button and fill the picker that opens (``fill(picker)``), then OK."""
    def filled():
        picker = box.picker
        fill(picker)
        ok = picker.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(300, filled)
    QTest.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    pump(0.2)


def pick_industry_c26(picker) -> None:
    """In a condition picker: the industry C26 typed (the hint names the division) and added."""
    picker.kind.setCurrentIndex(picker.kind.findData("industry"))
    QTest.keyClicks(picker.industry.edit, "C26")
    QTest.mouseClick(picker.findChild(QPushButton, "zr_industry_add"), Qt.MouseButton.LeftButton)


def in_rule_editor(dock, work) -> dict:
    """Click the binding panel's Edit rules… button; ``work(dialog, seen)`` runs while the editor is open."""
    seen = {}

    def run():
        dialog = dock.bindings.rule_editor
        try:
            work(dialog, seen)
        except Exception as error:  # noqa: BLE001 - reported to the test, the dialog still closes
            seen["error"] = f"{type(error).__name__}: {error}"
        if "error" in seen:
            dialog.file.original = dialog.file.text  # closes without asking
        dialog.done(0)

    sys.zr_e2e_expected_modal = True
    QTimer.singleShot(500, run)
    QTest.mouseClick(dock.bindings.edit_rules_button, Qt.MouseButton.LeftButton)
    sys.zr_e2e_expected_modal = False
    return seen


def start_rule(dialog, rule_id: str, text_zh: str, effect: str) -> None:
    """In the rule editor: New rule, with its id, Chinese text and effect filled in."""
    QTest.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    panel = dialog.panel
    panel.id_edit.setText(rule_id)
    panel.text_zh.setPlainText(text_zh)
    panel.effect.setCurrentIndex(panel.effect.findData(effect))


def review_sample_site(iface, dock, site_id: str) -> None:
    """A sample site selected and reviewed through the dock's Selected features button, its results shown."""
    sites = QgsProject.instance().mapLayersByName("sites")[0]
    sites.selectByExpression(f"\"site_id\" = '{site_id}'")
    iface.setActiveLayer(sites)
    QTest.mouseClick(dock.site_input.selected_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: dock.runner.reviews and not dock.runner.busy and dock.tree.topLevelItemCount(), 120,
               f"the review of {site_id}")


def in_words_dialog(editor, button, dialog_class, name: str, fill, seen: dict) -> None:
    """Click ``button`` of the rule editor; ``fill(dialog)`` runs in the modal ``dialog_class`` (object name
    ``name``) it opens, then OK; an error is kept in ``seen`` and the dialog cancelled."""
    def run():
        dialog = next((found for found in editor.findChildren(dialog_class, name) if found.isVisible()), None)
        if dialog is None:
            seen["error"] = f"no {name} dialog opened"
            return
        try:
            fill(dialog)
        except Exception as error:  # noqa: BLE001 - reported to the test; the dialog still closes
            seen["error"] = f"{type(error).__name__}: {error}"
            dialog.reject()
            return
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(300, run)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    pump(0.2)


def type_in_cell(table: QTableWidget, row: int, column: int, text: str) -> None:
    """A table cell edited as a user does from the keyboard: the cell chosen, F2, select all, type, Enter."""
    table.setFocus()
    table.setCurrentCell(row, column)
    QTest.keyClick(table, Qt.Key.Key_F2)
    pump(0.2)
    editor = table.findChild(QLineEdit)
    assert editor is not None, "no cell editor opened"
    editor.selectAll()
    editor.insert(text)  # as an input method commits it (QTest types ASCII only)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    pump(0.1)


def attribute_condition(name: str, op: str, value: str) -> Callable:
    """A picker's fill: an attribute condition ``name op value``, the value typed (ASCII)."""
    def fill(picker) -> None:
        picker.kind.setCurrentIndex(picker.kind.findData("attribute"))
        picker.attribute.setCurrentIndex(picker.attribute.findData(name))
        picker.attribute_op.setCurrentIndex(picker.attribute_op.findData(op))
        QTest.keyClicks(picker.attribute_value, value)

    return fill
