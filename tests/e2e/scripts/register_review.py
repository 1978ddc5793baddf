"""E2E: a prose-only list imported with importaccesslist, bound to the sample's units; S05 reviewed, every
manual clause judged 符合 through the right-click menu, one judgement removed and given again; the review
saved in the project and to the register, the project written."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")
sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/scripts")

import processing  # noqa: E402
from e2e_helpers import bind_example_rules, open_sample_dock, pump, screenshot, wait_until  # noqa: E402
from judge_review import _items, _judge, _open_clauses  # noqa: E402
from qgis.core import QgsProject  # noqa: E402
from qgis.PyQt.QtCore import Qt, QTimer  # noqa: E402
from qgis.PyQt.QtGui import QContextMenuEvent  # noqa: E402
from qgis.PyQt.QtTest import QTest  # noqa: E402
from qgis.PyQt.QtWidgets import QApplication  # noqa: E402

from zoning_review.plugin import settings  # noqa: E402
from zoning_review.plugin.gui.results_view import CLAUSE_ROLE  # noqa: E402

OPINION = "同意选址，按判定落实各项要求。"


def _remove_judgement(dock, item) -> list:
    """Right-click a judged clause and choose the menu's 'Remove the judgement'; the menu's texts."""
    tree, seen = dock.tree, {}

    def click_menu():
        menu = QApplication.activePopupWidget()
        seen["menu"] = [a.text() for a in menu.actions()]
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         menu.actionGeometry(menu.actions()[1]).center())

    tree.expandAll()
    tree.scrollToItem(item)
    pump(0.1)
    point = tree.visualItemRect(item).center()
    QTimer.singleShot(300, click_menu)
    QApplication.sendEvent(tree.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                              tree.viewport().mapToGlobal(point)))
    pump(0.2)
    return seen.get("menu", [])


def _state(dock) -> dict:
    """What the dock shows: verdict, banner, clauses open and judged."""
    def clauses(items):
        return sorted((c[1], c[2].rule_id) for c in (i.data(0, CLAUSE_ROLE) for i in items))

    return {"verdict": str(dock.runner.verdict()), "banner": dock.banner.text(),
            "open": clauses(_open_clauses(dock.tree)), "judged": clauses(_items(dock.tree, "judged"))}


def _review_s05(iface, dock, project) -> None:
    """Describe the road project, take the selected S05 and wait for the review."""
    dock.form.name_edit.setText("S05")
    QTest.keyClicks(dock.form.industry.edit, "4812")
    dock.form.construction.setCurrentIndex(dock.form.construction.findData("new"))
    sites = project.mapLayersByName("sites")[0]
    iface.setActiveLayer(sites)
    sites.selectByExpression("\"site_id\" = 'S05'")
    QTest.mouseClick(dock.site_input.selected_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: dock.runner.reviews and not dock.runner.busy, 120, "the review")
    pump(0.5)


def main(iface):
    """Import, bind, review, judge, remove and judge again, save, register."""
    settings.REVIEWER.set("王工")
    saved_to = os.environ["ZR_E2E_SAVE_TO"]
    rules = os.path.join(os.path.dirname(saved_to), "雄安准入清单.yaml")
    imported = processing.run("zoningreview:importaccesslist", {
        "INPUT": os.environ["ZR_E2E_XLSX"], "RULESET_ID": "xiongan-prose", "TITLE": "雄安新区生态环境准入清单（示例）",
        "OUTPUT": rules})
    project = QgsProject.instance()
    dock = open_sample_dock(iface)
    bind_example_rules(dock, project.mapLayersByName("control_units")[0], rules)
    _review_s05(iface, dock, project)
    before = _state(dock)
    for _round in range(len(before["open"]) + 2):
        left = _open_clauses(dock.tree)
        if not left:
            break
        _judge(dock, left[0], "compliant", "已现场核查")
        count = len(left) - 1
        wait_until(lambda: len(_open_clauses(dock.tree)) == count, 120, "the judged clause")  # noqa: B023
    judged = _state(dock)
    target = _items(dock.tree, "judged")[0].data(0, CLAUSE_ROLE)
    sys.zr_e2e_expected_modal = True
    menu = _remove_judgement(dock, _items(dock.tree, "judged")[0])
    sys.zr_e2e_expected_modal = False
    wait_until(lambda: len(_open_clauses(dock.tree)) == 1, 120, "the clause left open again")
    removed = {**_state(dock), "menu": menu, "withdrawn": [(w.judgement.rule_id, w.by) for w in
                                                         dock.runner.judgements.withdrawn]}
    shot_removed = screenshot(iface, "register-judgement-removed")
    _judge(dock, _open_clauses(dock.tree)[0], "compliant", "已现场核查")
    wait_until(lambda: not _open_clauses(dock.tree), 120, "the clause judged again")
    dock.opinion.setFocus()
    dock.opinion.insertPlainText(OPINION)
    pump(0.2)
    after = _state(dock)
    assert dock.saved.save_as("S05 复核")
    settings.REGISTER_PATH.set(os.environ["ZR_E2E_REGISTER"])
    QTest.mouseClick(dock.saved.register_button, Qt.MouseButton.LeftButton)
    pump(0.3)
    assert project.write(saved_to)
    shot = screenshot(iface, "register-prose-judged")
    return {"imported": {k: imported[k] for k in ("RULES", "UNITS")}, "before": before, "judged": judged,
            "removed_clause": [target[1], target[2].rule_id], "removed": removed, "after": after,
            "shots": [shot_removed, shot], "rules": rules}
