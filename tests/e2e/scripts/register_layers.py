"""E2E: the sample's units as two layers, each bound in the panel to the example list; S05 (whose two
priority units lie one in each layer) reviewed, saved to the register, and the register re-reviewed from
the panel's menu."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")
sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/scripts")

from e2e_helpers import ROOT, open_sample_dock, pump, screenshot, wait_until  # noqa: E402
from qgis.core import QgsProject, QgsVectorLayer  # noqa: E402
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtTest import QTest  # noqa: E402
from register_review import _review_s05  # noqa: E402

from zoning_review.plugin import settings  # noqa: E402
from zoning_review.plugin.core.outputs.register_records import read_register  # noqa: E402

RULES = str(ROOT / "rules" / "examples" / "xiongan_example.yaml")
COLUMNS = ("site_id", "verdict_before", "verdict_after", "verdict_changed", "clauses_added", "clauses_removed",
           "clauses_changed", "register_seq")


def _bind(dock, layer, rules: str, count: int) -> None:
    """Choose the layer in the panel, give it the rule set, wait for ``count`` bound layers."""
    dock.bindings.layer_combo.setLayer(layer)
    pump(0.2)
    dock.bindings.rules_file.setFilePath(rules)
    wait_until(lambda: len(dock.targets) == count, 120, f"{count} bound layers")


def main(iface):
    """Unbind the sample's units, bind the two halves, review S05, register it, re-review the register."""
    settings.REGISTER_PATH.set(os.environ["ZR_E2E_REGISTER"])
    project = QgsProject.instance()
    dock = open_sample_dock(iface, width=0)
    dock.bindings.layer_combo.setLayer(project.mapLayersByName("control_units")[0])
    pump(0.2)
    if dock.targets:
        dock.bindings.unbind()
    wait_until(lambda: not dock.targets, 120, "the sample's binding removed")
    for count, name in enumerate(("units_A", "units_B"), start=1):
        layer = QgsVectorLayer(os.environ[f"ZR_E2E_{name.upper()}"], name, "ogr")
        assert layer.isValid(), name
        project.addMapLayer(layer)
        _bind(dock, layer, RULES, count)
    _review_s05(iface, dock, project)
    reviewed = {"verdict": str(dock.runner.verdict()), "layers": [r.target.layer.name() for r in dock.runner.reviews],
                "units": sorted(u.overlap.code for r in dock.runner.reviews for u in r.review.units)}
    QTest.mouseClick(dock.saved.register_button, Qt.MouseButton.LeftButton)
    pump(0.3)
    [entry] = read_register(os.environ["ZR_E2E_REGISTER"])
    registered = {"verdict": entry.text("verdict"), "sources": entry.text("unit_layer_source"),
                  "clauses": sorted(f"{c.get('unit_code')}:{c['rule_id']}" for c in entry.clauses())}
    dock.register.rereview_action.trigger()
    wait_until(lambda: dock.register.task is None and dock.register.last_layer is not None, 120, "the re-review")
    rows = [{k: f[k] for k in COLUMNS} for f in dock.register.last_layer.getFeatures()]
    shot = screenshot(iface, "register-two-layers-rereviewed")
    return {"reviewed": reviewed, "registered": registered, "rereview": rows, "shot": shot,
            "conflict": _conflict(iface, dock, project)}


def _conflict(iface, dock, project) -> dict:
    """Bind units_B's river bank to another layer, ask for a re-review: what the bar says, whether a task ran."""
    river = project.mapLayersByName("river_bank")[0]
    other = QgsVectorLayer(river.source(), "river_bank_B", "ogr")
    project.addMapLayer(other)
    dock.bindings.layer_combo.setLayer(project.mapLayersByName("units_B")[0])
    pump(0.2)
    dock.bindings.constraints.combos["river_bank"].setLayer(other)
    wait_until(lambda: [t.constraints["river_bank"].name() for t in dock.targets] == ["river_bank", "river_bank_B"],
               120, "units_B's river bank rebound")
    iface.messageBar().clearWidgets()
    last = dock.register.last_layer
    dock.register.rereview_action.trigger()
    pump(0.5)
    return {"bar": [item.text() for item in iface.messageBar().items()],
            "task": dock.register.task is not None, "new_table": dock.register.last_layer is not last,
            "shot": screenshot(iface, "register-constraint-conflict")}
