"""E2E: describe a new C2614 project on the sample, save it with the siting screen off, switch the screen on, save it
again as a user does (Project ▸ Save As, here ``QgsProject.write``); what the session shows after each save."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

from e2e_helpers import bind_example_rules, describe_new_c2614, open_sample_dock, pump, wait_until  # noqa: E402
from qgis.core import QgsProject  # noqa: E402

GROUP_KEY = "zoning_review/siting_group"


def _screen(panel, project) -> dict:
    """The screen as the session shows it: on or off, its layers (id → features) and whether its group is on top."""
    top = project.layerTreeRoot().children()[0]
    return {"on": panel.button.isChecked(), "layers": {layer.id(): layer.featureCount() for layer in panel.layers()},
            "group_on_top": bool(top.customProperty(GROUP_KEY)), "summary": panel.summary.text()}


def main(iface):
    """Save with the screen off, then on; the screen before and after the second save."""
    project = QgsProject.instance()
    folder = os.environ["ZR_E2E_SAVE_TO"]
    dock = open_sample_dock(iface)
    bind_example_rules(dock, project.mapLayersByName("control_units")[0])
    describe_new_c2614(dock)
    pump(0.5)
    assert project.write(os.path.join(folder, "off.qgz"))
    panel = dock.siting
    panel.button.setChecked(True)
    wait_until(lambda: panel.layers() and not panel.busy and not panel.timer.isActive(), 120, "the screen")
    pump(0.5)
    before = _screen(panel, project)
    assert project.write(os.path.join(folder, "on.qgz"))
    pump(1.0)  # a screen started again by the save would show here
    return {"before": before, "after": _screen(panel, project), "dirty": project.isDirty()}
