"""E2E: bind the province, county and unit lists with the panel's widgets, review site S02 from the
sites layer, read each finding's list in the results tree; save the project, read it back, find the
three lists bound in order."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

import qgis.utils  # noqa: E402
from e2e_helpers import ARTIFACTS, ROOT, open_sample_dock, pump, screenshot, wait_until  # noqa: E402
from qgis.core import QgsProject  # noqa: E402
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtTest import QTest  # noqa: E402

from zoning_review.plugin.core.inputs.bindings import read_binding  # noqa: E402
from zoning_review.plugin.gui.site_sources import selected_site  # noqa: E402
from zoning_review.plugin.gui.tree_state import all_items, item_path  # noqa: E402

LISTS = [str(ROOT / "rules" / "examples" / "layered" / f"xiongan_{name}.yaml")
         for name in ("province", "county", "units")]


def add_list(panel, path: str) -> None:
    """Click 'Add another rule set…' and choose the file in the new row."""
    QTest.mouseClick(panel.more_rules.add_button, Qt.MouseButton.LeftButton)
    pump(0.1)
    panel.more_rules.rows[-1].file.setFilePath(path)
    pump(0.2)


def main(iface):
    """Bind three lists, review S02, save and reopen the project."""
    dock = open_sample_dock(iface)
    units = QgsProject.instance().mapLayersByName("control_units")[0]
    panel = dock.bindings
    panel.layer_combo.setLayer(units)
    panel.rules_file.setFilePath(LISTS[0])
    add_list(panel, LISTS[1])
    add_list(panel, LISTS[2])
    wait_until(lambda: dock.targets and len(getattr(dock.targets[0].ruleset, "parts", [])) == 3, 120, "three lists")
    panel_shot = screenshot(iface, "layered-binding-" + os.environ.get("LANG", "en")[:2])
    sites = QgsProject.instance().mapLayersByName("sites")[0]
    sites.selectByExpression("\"site_id\" = 'S02'")
    dock.site_input.set_site(selected_site(sites))
    wait_until(lambda: dock.runner.reviews and not dock.runner.busy, 120, "the review")
    pump(0.3)
    review = dock.runner.reviews[0].review
    sources = {item_path(item)[-2]: item.text(0) for item in all_items(dock.tree) if item_path(item)[-1] == "source"}
    path = str(ARTIFACTS / "layered.qgz")
    assert QgsProject.instance().write(path)
    assert QgsProject.instance().read(path)
    pump(0.5)
    reread = read_binding(QgsProject.instance().mapLayersByName("control_units")[0])
    return {"verdict": str(review.verdict), "decisive": [f.rule_id for f in review.all_findings() if f.decisive],
            "sources": sources, "lists": [p.source.list_id for p in dock.targets[0].ruleset.parts],
            "reread": [os.path.basename(r.path) for r in reread.rule_sets] if reread else [],
            "panel_rows": len(qgis.utils.plugins["zoning_review"].dock.bindings.more_rules.rows), "shot": panel_shot}
