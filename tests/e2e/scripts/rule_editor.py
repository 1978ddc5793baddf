"""E2E: the rule editor from the dock's binding panel. S03 (a chemical renovation ~600 m from the river) is
reviewed with the example list plus an imported prose clause; the clause's suggestion is accepted in the
editor, then a distance rule is added with the pickers; after each save the dock reviews S03 again."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

import qgis.utils  # noqa: E402
from e2e_helpers import (  # noqa: E402
    ARTIFACTS,
    bind_example_rules,
    in_rule_editor,
    open_sample_dock,
    pick_condition,
    pick_industry_c26,
    pump,
    screenshot,
    start_rule,
    wait_until,
)
from qgis.core import QgsProject  # noqa: E402
from qgis.PyQt.QtCore import Qt, QTimer  # noqa: E402
from qgis.PyQt.QtTest import QTest  # noqa: E402
from qgis.PyQt.QtWidgets import QApplication, QMessageBox, QPushButton  # noqa: E402

from zoning_review.plugin.gui.results_view import CLAUSE_ROLE, KIND_ROLE  # noqa: E402
from zoning_review.plugin.i18n import tr  # noqa: E402

RULES = os.environ["ZR_E2E_RULES"]
SUFFIX = os.environ.get("ZR_E2E_SUFFIX", "")


def _items(tree) -> list:
    """Every finding row of the results tree."""
    found, stack = [], [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        if item.data(0, KIND_ROLE) in ("finding", "judged"):
            found.append(item)
        stack.extend(item.child(i) for i in range(item.childCount()))
    return found


def _findings(tree) -> dict:
    """{rule id: status} of every finding row in the results tree."""
    return {item.data(0, CLAUSE_ROLE)[2].rule_id: str(item.data(0, CLAUSE_ROLE)[2].status) for item in _items(tree)}


def _state(dock) -> dict:
    return {"verdict": str(dock.runner.verdict()), "banner": dock.banner.text(), "findings": _findings(dock.tree)}


def _grab(widget, name: str) -> str:
    path = str(ARTIFACTS / f"{name}.png")
    widget.grab().save(path)
    return path


def _accept_suggestion(dialog, seen) -> None:
    index = next(i for i, r in enumerate(dialog.file.rules) if r["id"] == "IMP-SL-01")
    dialog.tree.setCurrentItem(dialog.item_of(index))
    pump(0.3)
    seen["shown"] = dialog.suggestion.isVisible()
    seen["words"] = dialog.suggestion.view.toPlainText()
    seen["shot"] = _grab(dialog, "rule-editor-suggestion" + SUFFIX)
    QTest.mouseClick(dialog.findChild(QPushButton, "zr_suggestion_accept"), Qt.MouseButton.LeftButton)
    pump(0.2)
    seen["rule"] = dialog.file.rules[index]
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    seen["status"] = dialog.status.text()


def _renovation(picker) -> None:
    picker.kind.setCurrentIndex(picker.kind.findData("construction"))
    next(b for b in picker.construction_boxes if b.property("zr_value") == "renovation").setChecked(True)


def _answer_yes(seen) -> None:
    """Answer the question on screen with Yes, its text kept in ``seen``."""
    box = QApplication.activeModalWidget()
    seen["asked"] = box.text() if isinstance(box, QMessageBox) else ""
    if isinstance(box, QMessageBox):
        box.button(QMessageBox.StandardButton.Yes).click()


def _river(picker) -> None:
    picker.kind.setCurrentIndex(picker.kind.findData("spatial"))
    picker.layer.setCurrentIndex(picker.layer.findData("river_bank"))
    picker.relation.setCurrentIndex(picker.relation.findData("within"))
    QTest.keyClicks(picker.distance, "1000")


def _add_distance_rule(dialog, seen) -> None:
    start_rule(dialog, "E2E-SL-01", "河流岸线1公里范围内禁止改建化工项目（示例）。", "prohibit")
    panel = dialog.panel
    for fill in (pick_industry_c26, _renovation, _river):
        pick_condition(panel.when, fill)
    seen["conditions"] = [panel.when.list.item(i).text() for i in range(panel.when.list.count())]
    seen["rule"] = panel.rule()
    seen["shot"] = _grab(dialog, "rule-editor-distance-rule" + SUFFIX)
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    seen["status"] = dialog.status.text()


def _review_s03(iface, dock, project) -> None:
    sites = project.mapLayersByName("sites")[0]
    iface.setActiveLayer(sites)
    sites.selectByExpression("\"site_id\" = 'S03'")
    QTest.mouseClick(dock.site_input.selected_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: dock.runner.reviews and not dock.runner.busy, 120, "the review")
    pump(0.5)


def _wait_for(dock, rule_id: str, status: str) -> None:
    wait_until(lambda: not dock.runner.busy and _findings(dock.tree).get(rule_id) == status, 120,
               f"{rule_id} {status}")
    pump(0.3)


def _algorithm_index(tree, algorithm_id: str):
    """The toolbox tree's index of an algorithm (the tree filtered and expanded)."""
    model = tree.model()
    stack = [model.index(row, 0) for row in range(model.rowCount())]
    while stack:
        index = stack.pop(0)
        alg = tree.algorithmForIndex(index)
        if alg is not None and alg.id() == algorithm_id:
            return index
        stack.extend(model.index(row, 0, index) for row in range(model.rowCount(index)))
    return None


def _toolbox_entry(iface) -> dict:
    """Right-click Validate rule set in the Processing toolbox, choose Edit a Rule Set…: the editor opens."""
    from zoning_review.plugin.gui.rule_editor import toolbox_entry

    toolbox = qgis.utils.plugins["processing"].toolbox
    toolbox.show()
    toolbox.searchBox.setText("rule set")
    tree = toolbox.algorithmTree
    tree.expandAll()
    pump(0.5)
    seen = {}
    chosen = toolbox_entry.choose_rule_set
    toolbox_entry.choose_rule_set = lambda _parent: RULES  # stands for the file dialog

    def close_editor():
        editor = QApplication.activeModalWidget()
        seen["editor"] = editor.objectName() if editor else ""
        seen["title"] = editor.windowTitle() if editor else ""
        if editor is not None and editor.objectName() == "zr_rule_editor":
            editor.show_rule(next(i for i, r in enumerate(editor.file.rules) if r["id"] == "E2E-SL-01"))
            QTimer.singleShot(300, lambda: _answer_yes(seen))  # the editor asks before deleting
            QTest.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
            QTest.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)  # the rule added above goes again
            seen["status"] = editor.status.text()
        if editor is not None:
            editor.done(0)

    def choose():
        menu = QApplication.activePopupWidget()
        seen["menu"] = [a.text() for a in menu.actions()] if menu else []
        action = next((a for a in menu.actions() if a.text() == tr("Edit a Rule Set…")), None) if menu else None
        if action is None:  # the test then fails on seen["menu"], which names what was there
            if menu is not None:
                menu.close()
            return
        QTimer.singleShot(800, close_editor)
        menu.close()
        action.trigger()

    index = _algorithm_index(tree, "zoningreview:validaterules")
    seen["found"] = index is not None
    if index is not None:
        tree.setCurrentIndex(index)
        point = tree.visualRect(index).center()
        sys.zr_e2e_expected_modal = True
        QTimer.singleShot(400, choose)
        toolbox.showPopupMenu(point)
        pump(1.5)
        sys.zr_e2e_expected_modal = False
    from processing.gui.ProviderActions import ProviderContextMenuActions
    from qgis.core import QgsApplication

    entries = [a for a in ProviderContextMenuActions.actions if isinstance(a, toolbox_entry.EditRuleSetEntry)]
    seen["entries"] = len(entries)
    registry = QgsApplication.processingRegistry()
    for name in ("native:buffer", "zoningreview:reviewsites", "zoningreview:suggestconditions"):
        entries[0].setData(registry.algorithmById(name), toolbox)
        seen[name] = entries[0].isEnabled()
    toolbox_entry.choose_rule_set = chosen
    toolbox.searchBox.setText("")
    toolbox.hide()
    return seen


def _entries_after_reload() -> dict:
    """How many rule-editor entries the toolbox menu holds after reloading, then unloading the plugin."""
    from processing.gui.ProviderActions import ProviderContextMenuActions

    def count() -> int:
        return sum(1 for a in ProviderContextMenuActions.actions if type(a).__name__ == "EditRuleSetEntry")

    qgis.utils.reloadPlugin("zoning_review")
    pump(0.5)
    reloaded = count()
    qgis.utils.unloadPlugin("zoning_review")
    pump(0.5)
    return {"reloaded": reloaded, "unloaded": count()}


def main(iface):
    """Bind the rules, review S03, accept the suggestion, add a distance rule; the dock follows each save."""
    project = QgsProject.instance()
    dock = open_sample_dock(iface)
    bind_example_rules(dock, project.mapLayersByName("control_units")[0], RULES)
    _review_s03(iface, dock, project)
    before = _state(dock)
    accepted = in_rule_editor(dock, _accept_suggestion)
    wait_until(lambda: not dock.runner.busy and _findings(dock.tree).get("IMP-SL-01") != "manual_check", 120,
               "the accepted rule")
    pump(0.5)
    after_suggestion = _state(dock)
    added = in_rule_editor(dock, _add_distance_rule)
    _wait_for(dock, "E2E-SL-01", "conflict")
    after_rule = _state(dock)
    dock.tree.expandAll()
    finding = next(i for i in _items(dock.tree) if i.data(0, CLAUSE_ROLE)[2].rule_id == "E2E-SL-01")
    dock.tree.setCurrentItem(finding)  # its cause on the canvas: the river's 1 km band
    dock.tree.scrollToItem(finding)
    shot = screenshot(iface, "rule-editor-dock-new-finding" + SUFFIX)
    toolbox = _toolbox_entry(iface)
    wait_until(lambda: not dock.runner.busy and "E2E-SL-01" not in _findings(dock.tree), 120, "the rule removed")
    pump(0.5)
    toolbox["after_delete"] = _state(dock)
    toolbox["panel"] = dock.bindings.messages.text()
    toolbox["after_reload"] = _entries_after_reload()
    return {"toolbox": toolbox, "before": before, "accepted": accepted, "after_suggestion": after_suggestion,
            "added": added, "after_rule": after_rule, "shot": shot}
