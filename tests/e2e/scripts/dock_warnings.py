"""E2E: the sample's units as a layer in Xian 1980 with one unit's geometry invalid, bound in the panel; a site drawn
across that unit on the canvas (in CGCS2000): the data warnings the results tree shows; then the sample's own units
(CGCS2000, valid) bound instead: the site reviewed again, and what the tree shows then."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")
sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/scripts")

from dock_review import VIEW, _draw  # noqa: E402
from e2e_helpers import ROOT, open_sample_dock, pump, screenshot, wait_until  # noqa: E402
from qgis.core import QgsProject, QgsVectorLayer  # noqa: E402
from qgis.PyQt.QtTest import QTest  # noqa: E402

from zoning_review.plugin.gui.results_view import KIND_ROLE  # noqa: E402

RULES = str(ROOT / "rules" / "examples" / "xiongan_example.yaml")


def _bind(dock, layer) -> None:
    """Choose the layer in the panel and give it the example rule set; wait for it to be the one bound layer."""
    dock.bindings.layer_combo.setLayer(layer)
    pump(0.2)
    dock.bindings.rules_file.setFilePath(RULES)
    wait_until(lambda: [t.layer.id() for t in dock.targets] == [layer.id()], 120, f"{layer.name()} bound")


def _unbind(dock, layer) -> None:
    """Take the rule set off the layer with the panel."""
    dock.bindings.layer_combo.setLayer(layer)
    pump(0.2)
    if dock.targets:
        dock.bindings.unbind()
    wait_until(lambda: not dock.targets, 120, f"{layer.name()} unbound")


def _rows(dock) -> list:
    """The site row's children: kind, words, tooltip, whether they carry an icon and are expanded, their rows."""
    root = dock.tree.topLevelItem(0)
    rows = []
    for item in (root.child(i) for i in range(root.childCount())):
        rows.append({"kind": item.data(0, KIND_ROLE), "text": item.text(0), "tip": item.toolTip(0),
                     "icon": not item.icon(0).isNull(), "expanded": item.isExpanded(),
                     "children": [{"kind": item.child(j).data(0, KIND_ROLE), "text": item.child(j).text(0),
                                   "tip": item.child(j).toolTip(0)} for j in range(item.childCount())]})
    return rows


def _reviewed(dock, what: str) -> None:
    """Wait for the review of the site to be shown."""
    wait_until(lambda: dock.runner.reviews and not dock.runner.busy and dock.tree.topLevelItemCount(), 120, what)
    pump(0.3)


def main(iface):
    """Bind the Xian 1980 units, draw, read the tree; change the industry, read; bind the sample's units, read."""
    project = QgsProject.instance()
    dock = open_sample_dock(iface)
    sample = project.mapLayersByName("control_units")[0]
    _unbind(dock, sample)
    xian = QgsVectorLayer(os.environ["ZR_E2E_XIAN_UNITS"], "control_units_xian", "ogr")
    assert xian.isValid() and xian.crs().authid() == "EPSG:4610"
    project.addMapLayer(xian)
    _bind(dock, xian)
    dock.form.name_edit.setText("E2E")
    QTest.keyClicks(dock.form.industry.edit, "3911")
    dock.form.construction.setCurrentIndex(dock.form.construction.findData("new"))
    canvas = iface.mapCanvas()
    canvas.setExtent(VIEW)
    canvas.refresh()
    pump(0.5)
    _draw(canvas, dock)
    _reviewed(dock, "the review against the Xian 1980 units")
    warned = _rows(dock)
    shot = screenshot(iface, f"dock-warnings-{os.environ.get('LANG', 'en')[:2]}")
    dock.form.industry.edit.clear()
    QTest.keyClicks(dock.form.industry.edit, "3011")  # evaluated again on the kept overlay
    wait_until(lambda: dock.runner.verdict() == "non_compliant", 120, "the new verdict")
    pump(0.3)
    reevaluated = _rows(dock)
    _unbind(dock, xian)
    _bind(dock, sample)
    _reviewed(dock, "the review against the sample's units")
    return {"warned": warned, "reevaluated": reevaluated, "clean": _rows(dock), "shot": shot,
            "fid": next(f.id() for f in xian.getFeatures() if f["HJGKDYBM"] == os.environ["ZR_E2E_INVALID"])}
