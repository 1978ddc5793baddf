"""E2E: review the sample's S05 in the dock, right-click every clause left to a person and judge it 符合
through the judgement dialog; the site turns compliant and the judged clauses show who judged them."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

from e2e_helpers import bind_example_rules, open_sample_dock, pump, screenshot, wait_until  # noqa: E402
from qgis.core import QgsProject  # noqa: E402
from qgis.PyQt.QtCore import Qt, QTimer  # noqa: E402
from qgis.PyQt.QtGui import QContextMenuEvent  # noqa: E402
from qgis.PyQt.QtTest import QTest  # noqa: E402
from qgis.PyQt.QtWidgets import QApplication  # noqa: E402

from zoning_review.plugin import settings  # noqa: E402
from zoning_review.plugin.gui.results_view import CLAUSE_ROLE, KIND_ROLE  # noqa: E402

LEFT_TO_A_PERSON = ("manual_check", "needs_info")


def _items(tree, kind: str):
    """Every tree item of a kind."""
    found, stack = [], [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        if item.data(0, KIND_ROLE) == kind:
            found.append(item)
        stack.extend(item.child(i) for i in range(item.childCount()))
    return found


def _open_clauses(tree):
    """Finding rows still left to a person."""
    return [i for i in _items(tree, "finding") if str(i.data(0, CLAUSE_ROLE)[2].status) in LEFT_TO_A_PERSON]


def _judge(dock, item, word: str, remark: str) -> str:
    """Right-click the item, choose the menu's action, fill in the dialog and accept; the dialog's title."""
    tree = dock.tree
    seen = {}

    def fill_dialog():
        dialog = dock.judgements.dialog
        seen["title"] = dialog.windowTitle() if dialog else ""
        dialog.word.setCurrentIndex(dialog.word.findData(word))
        dialog.remark.setPlainText(remark)
        dialog.accept()

    def click_menu():
        menu = QApplication.activePopupWidget()
        seen["menu"] = [a.text() for a in menu.actions()]
        QTimer.singleShot(300, fill_dialog)
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         menu.actionGeometry(menu.actions()[0]).center())

    sys.zr_e2e_expected_modal = True  # the dialog below is filled in and closed by fill_dialog
    tree.expandAll()
    tree.scrollToItem(item)
    pump(0.1)
    point = tree.visualItemRect(item).center()
    QTimer.singleShot(300, click_menu)
    QApplication.sendEvent(tree.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                              tree.viewport().mapToGlobal(point)))
    pump(0.2)
    sys.zr_e2e_expected_modal = False
    return f"{seen.get('menu')} {seen.get('title')}"


def _wait_for_open(dock, count: int) -> None:
    """Wait until ``count`` clauses are left open."""
    wait_until(lambda: len(_open_clauses(dock.tree)) == count, 120, "the judged clause")


def _renamed(dock) -> dict:
    """Rename the project after judging (the site's id is its name): the judgements must follow."""
    name = dock.form.name_edit.text()
    dock.form.name_edit.setText(name + " 改名")
    wait_until(lambda: {j.site_id for j in dock.runner.judgements} == {name + " 改名"}, 120, "the renamed judgements")
    pump(0.3)
    state = {"verdict": str(dock.runner.verdict()), "judged": len(_items(dock.tree, "judged"))}
    dock.form.name_edit.setText(name)
    wait_until(lambda: {j.site_id for j in dock.runner.judgements} == {name}, 120, "the judgements renamed back")
    pump(0.3)
    return state


def main(iface):
    """S05 selected and reviewed, then every open clause judged through the right-click menu."""
    settings.REVIEWER.set("王工")
    project = QgsProject.instance()
    dock = open_sample_dock(iface)
    bind_example_rules(dock, project.mapLayersByName("control_units")[0])
    dock.form.name_edit.setText("S05")
    QTest.keyClicks(dock.form.industry.edit, "4812")
    dock.form.construction.setCurrentIndex(dock.form.construction.findData("new"))
    for name, value in (("boiler_tph", 0.0), ("vocs_tpa", 0.0), ("water_m3d", 0.0), ("major_infrastructure", True),
                        ("discharges_pollutants", False), ("water_supply_facility", False),
                        ("capacity_increase", False)):
        dock.form.attributes.set_value(name, value)
    sites = project.mapLayersByName("sites")[0]
    iface.setActiveLayer(sites)
    sites.selectByExpression("\"site_id\" = 'S05'")
    QTest.mouseClick(dock.site_input.selected_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: dock.runner.reviews and not dock.runner.busy, 120, "the review")
    pump(0.5)
    before = {"verdict": str(dock.runner.verdict()), "banner": dock.banner.text(),
              "open": sorted((c[1], c[2].rule_id) for c in (i.data(0, CLAUSE_ROLE) for i in _open_clauses(dock.tree)))}
    shown = []
    for _round in range(len(before["open"]) + 2):
        left = _open_clauses(dock.tree)
        if not left:
            break
        shown.append(_judge(dock, left[0], "compliant", "已现场核查"))
        _wait_for_open(dock, len(left) - 1)
    judged = _items(dock.tree, "judged")
    after = {"verdict": str(dock.runner.verdict()), "banner": dock.banner.text(),
             "judged": sorted((c[1], c[2].rule_id, str(c[2].status), c[2].judgement.reviewer)
                              for c in (i.data(0, CLAUSE_ROLE) for i in judged)),
             "texts": [i.text(0) for i in judged],
             "runner": sorted(j.key[1:] for j in dock.runner.judgements)}
    dock.opinion.setFocus()
    dock.opinion.insertPlainText("同意选址，按判定落实各项要求。")  # typed (QTest types ASCII only)
    pump(0.2)
    folder = os.path.join(os.environ.get("XDG_RUNTIME_DIR", "/tmp"), "judged-notes")
    os.makedirs(folder, exist_ok=True)
    written = dock.notes.write("zh", "html", os.path.join(folder, "S05.html"))
    with open(written[0], encoding="utf-8") as handle:
        notes = handle.read()
    shot = screenshot(iface, "dock-judged")
    saved_to = os.environ.get("ZR_E2E_SAVE_TO")
    if saved_to:  # the review saved by name in the project, and the project written for a later run
        assert dock.saved.save_as("S05 复核")
        assert project.write(saved_to)
        settings.REGISTER_PATH.set(saved_to + ".register.gpkg")
        QTest.mouseClick(dock.saved.register_button, Qt.MouseButton.LeftButton)  # the row: number 1
        pump(0.3)
    renamed = _renamed(dock)
    return {"before": before, "after": after, "shown": shown, "shot": shot, "notes": notes, "renamed": renamed,
            "name": dock.form.project().name,
            "opinion": dock.runner.opinion}
