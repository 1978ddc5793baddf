"""E2E: Vector ▸ Zoning Review ▸ New Rule Set… in the real desktop. The file and metadata are typed, the editor opens
on the new rule set, a rule prohibiting chemical plants (C26) is written with the pickers and saved; bound to the unit
layer in the panel, the new rule set reviews S03 (a C2614 chemical plant)."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

import qgis.utils  # noqa: E402
from e2e_helpers import (  # noqa: E402
    ARTIFACTS,
    bind_example_rules,
    open_sample_dock,
    pick_condition,
    pick_industry_c26,
    pump,
    wait_until,
)
from qgis.core import QgsProject  # noqa: E402
from qgis.PyQt.QtCore import Qt, QTimer  # noqa: E402
from qgis.PyQt.QtTest import QTest  # noqa: E402
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox  # noqa: E402

from zoning_review.plugin.gui.results_view import CLAUSE_ROLE, KIND_ROLE  # noqa: E402
from zoning_review.plugin.i18n import tr  # noqa: E402

TARGET = os.environ["ZR_E2E_NEW_RULES"]
SUFFIX = os.environ.get("ZR_E2E_SUFFIX", "")


def _menu_action(iface):
    """The plugin's New Rule Set… in the Vector menu's Zoning Review submenu, and the submenu's entries."""
    title = tr("&Zoning Review").replace("&", "")
    for action in iface.vectorMenu().actions():
        menu = action.menu()
        if menu is not None and action.text().replace("&", "") == title:
            texts = [a.text() for a in menu.actions()]
            return next((a for a in menu.actions() if a.text() == tr("New Rule Set…")), None), texts
    return None, []


def _grab(widget, name: str) -> str:
    path = str(ARTIFACTS / f"{name}.png")
    widget.grab().save(path)
    return path


def _start(seen) -> None:
    """The New Rule Set dialog: the file and the metadata typed, OK clicked."""
    dialog = QApplication.activeModalWidget()
    seen["start_dialog"] = dialog.objectName() if dialog else ""
    if dialog is None or dialog.objectName() != "zr_new_rule_set":
        if dialog is not None:
            dialog.reject()
        return
    QTest.keyClicks(dialog.file, TARGET)
    dialog.file.editingFinished.emit()
    seen["offered_id"] = dialog.id_edit.text()
    for edit, text in ((dialog.title, "示例县生态环境准入清单"), (dialog.authority, "示例县生态环境分局"),
                       (dialog.region, "示例县")):
        edit.setText(text)  # typed as an input method gives it (QTest types ASCII only)
    seen["start_shot"] = _grab(dialog, "new-rule-set-start" + SUFFIX)
    QTimer.singleShot(1000, lambda: _edit(seen))
    QTest.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def _edit(seen) -> None:
    """The editor on the new rule set: one rule written with the form and the picker, Save, Close."""
    dialog = QApplication.activeModalWidget()
    seen["editor"] = dialog.objectName() if dialog else ""
    if dialog is None or dialog.objectName() != "zr_rule_editor":
        if dialog is not None:
            dialog.reject()
        return
    try:
        seen["title"] = dialog.windowTitle()
        seen["rules_before"] = len(dialog.file.rules)
        panel = dialog.panel
        panel.id_edit.selectAll()
        QTest.keyClicks(panel.id_edit, "X-SL-01")
        panel.text_zh.setPlainText("禁止新建、改建化学原料和化学制品制造项目（示例）。")
        panel.effect.setCurrentIndex(panel.effect.findData("prohibit"))
        pick_condition(panel.when, pick_industry_c26)
        seen["conditions"] = [panel.when.list.item(i).text() for i in range(panel.when.list.count())]
        seen["shot"] = _grab(dialog, "new-rule-set-editor" + SUFFIX)
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen["status"] = dialog.status.text()
    except Exception as error:  # noqa: BLE001 - reported to the test, the dialog still closes
        seen["error"] = f"{type(error).__name__}: {error}"
        dialog.file.original = dialog.file.text
    dialog.done(0)


def _findings(tree) -> dict:
    """{rule id: status} of every finding row in the results tree."""
    found, stack = {}, [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        if item.data(0, KIND_ROLE) in ("finding", "judged"):
            finding = item.data(0, CLAUSE_ROLE)[2]
            found[finding.rule_id] = str(finding.status)
        stack.extend(item.child(i) for i in range(item.childCount()))
    return found


def _review_s03(iface, dock, project) -> dict:
    sites = project.mapLayersByName("sites")[0]
    iface.setActiveLayer(sites)
    sites.selectByExpression("\"site_id\" = 'S03'")
    QTest.mouseClick(dock.site_input.selected_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: dock.runner.reviews and not dock.runner.busy and "X-SL-01" in _findings(dock.tree), 120,
               "the review with the new rule set")
    pump(0.5)
    return {"verdict": str(dock.runner.verdict()), "banner": dock.banner.text(), "findings": _findings(dock.tree)}


def main(iface):
    """New Rule Set… from the menu, a rule added and saved, the rule set bound and S03 reviewed with it."""
    project = QgsProject.instance()
    dock = open_sample_dock(iface)
    action, entries = _menu_action(iface)
    seen = {"menu": entries}
    if action is None:
        return seen
    sys.zr_e2e_expected_modal = True
    QTimer.singleShot(800, lambda: _start(seen))
    action.trigger()
    sys.zr_e2e_expected_modal = False
    pump(0.5)
    units = project.mapLayersByName("control_units")[0]
    bind_example_rules(dock, units, TARGET)
    seen["panel"] = dock.bindings.messages.text()
    seen["review"] = _review_s03(iface, dock, project)
    seen["plugin_loaded"] = "zoning_review" in qgis.utils.plugins
    return seen
