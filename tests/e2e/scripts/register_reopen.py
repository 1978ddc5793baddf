"""E2E (second run): reopen the project of register_review.py in a fresh QGIS; the review is back. Then the
register: its entry opened read-only from the register browser, and the register re-reviewed as a task."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

import qgis.utils  # noqa: E402
from e2e_helpers import pump, screenshot, wait_until  # noqa: E402
from qgis.core import QgsProject  # noqa: E402
from qgis.PyQt.QtCore import QTimer  # noqa: E402

from zoning_review.plugin import settings  # noqa: E402


def _tree_texts(tree) -> list:
    """Every text of a tree widget, depth first."""
    found, stack = [], [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        found.append(item.text(0))
        stack.extend(item.child(i) for i in range(item.childCount()))
    return found


def _open_read_only(dock) -> dict:
    """Register ▸ Open the register…, filter, select the entry, 'Open read-only'; what the browser listed."""
    seen = {}

    def pick():
        dialog = dock.register.dialog
        table = dialog.table
        seen["rows"] = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
        dialog.filter.setText("公路 compliant")
        seen["visible"] = dialog.visible_seqs()
        table.selectRow(0)
        dialog.view_button.click()

    sys.zr_e2e_expected_modal = True
    QTimer.singleShot(400, pick)
    dock.register.browse_action.trigger()
    pump(0.3)
    sys.zr_e2e_expected_modal = False
    return seen


def main(iface):
    """Reopen, check the review, open the register entry read-only, go back, re-review the register."""
    settings.REGISTER_PATH.set(os.environ["ZR_E2E_REGISTER"])  # a fresh profile: the setting as the user chose it
    plugin = qgis.utils.plugins["zoning_review"]
    plugin.action.trigger()
    dock = plugin.dock
    pump(0.3)
    assert QgsProject.instance().read(os.environ["ZR_E2E_SAVE_TO"])
    wait_until(lambda: dock.runner.reviews and not dock.runner.busy, 120, "the restored review")
    pump(0.8)
    back = {"verdict": str(dock.runner.verdict()), "banner": dock.banner.text(),
            "judgements": sorted(j.key[1:] + (j.word, j.remark, j.reviewer) for j in dock.runner.judgements),
            "withdrawn": [(w.judgement.unit_code, w.judgement.rule_id, w.by) for w in dock.runner.judgements.withdrawn],
            "opinion": dock.opinion.toPlainText(), "name": dock.form.project().name,
            "current": dock.saved.combo.currentText()}
    browser = _open_read_only(dock)
    wait_until(lambda: dock.record_view.isVisible(), 120, "the read-only entry")
    view = dock.record_view
    record = {"title": view.title.text(), "banner": view.banner.text(), "texts": _tree_texts(view.tree),
              "live_hidden": not dock.tree.isVisible(), "shot": screenshot(iface, "register-entry-read-only")}
    view.back_button.click()
    pump(0.3)
    record["back"] = dock.tree.isVisible() and not view.isVisible()
    dock.register.rereview_action.trigger()
    wait_until(lambda: dock.register.task is None and dock.register.last_layer is not None, 120, "the re-review")
    layer = dock.register.last_layer
    rows = [{k: f[k] for k in ("site_id", "verdict_before", "verdict_after", "verdict_changed", "register_seq")}
            for f in layer.getFeatures()]
    shot = screenshot(iface, "register-rereviewed")
    return {"back": back, "browser": browser, "record": record, "rereview": rows, "rereview_shot": shot,
            "copied": _open_as_new(dock)}


def _open_as_new(dock) -> dict:
    """A fresh panel (project description and site cleared), then the entry opened as a new review from its
    read-only view: the recorded review comes back, evaluated again with the current binding."""
    dock.site_input.clear()
    dock.opinion.clear()
    wait_until(lambda: not dock.runner.reviews and not dock.runner.judgements, 120, "the cleared panel")
    _open_read_only(dock)
    wait_until(lambda: dock.record_view.isVisible(), 120, "the read-only entry")
    dock.record_view.copy_button.click()
    wait_until(lambda: dock.runner.reviews and not dock.runner.busy and dock.tree.isVisible(), 120, "the new review")
    pump(0.8)
    return {"verdict": str(dock.runner.verdict()), "judged": len(dock.runner.judgements),
            "withdrawn": len(dock.runner.judgements.withdrawn), "opinion": dock.opinion.toPlainText(),
            "name": dock.form.project().name, "origin": dock.site_input.status.text()}
