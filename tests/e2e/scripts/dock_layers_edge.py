"""E2E: the sample's units bound twice in the panel (the sample's layer and a copy), a compliant project drawn
on the canvas over their west edge, then just inside it: what the panel shows of the part outside them all."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")
sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/scripts")

from dock_edge import INSIDE, OVER_THE_EDGE, _draw, describe_and_frame  # noqa: E402
from e2e_helpers import ROOT, open_sample_dock, screenshot, wait_until  # noqa: E402
from qgis.core import QgsProject, QgsVectorLayer  # noqa: E402
from register_layers import _bind  # noqa: E402

RULES = str(ROOT / "rules" / "examples" / "xiongan_example.yaml")


def _shown(dock) -> dict:
    """The verdict, the banner, and per bound layer: its row's children in the tree and its review's figures."""
    root = dock.tree.topLevelItem(0)
    layers = [root.child(i) for i in range(root.childCount())]
    return {"verdict": str(dock.runner.verdict()), "banner": dock.banner.text(),
            "layers": [item.text(0) for item in layers],
            "rows": [[item.child(i).text(0) for i in range(item.childCount())] for item in layers],
            "verdicts": [str(r.review.verdict) for r in dock.runner.reviews],
            "uncovered_m2": [r.overlay.uncovered_m2 for r in dock.runner.reviews],
            "site_m2": dock.runner.reviews[0].overlay.site_area_m2}


def main(iface):
    """Bind the sample's units and the copy, describe a compliant project, draw the two sites."""
    project = QgsProject.instance()
    dock = open_sample_dock(iface, width=0)
    _bind(dock, project.mapLayersByName("control_units")[0], RULES, 1)
    for combo in dock.bindings.prose_combos.values():  # the units' own texts would need a check by hand
        combo.setField("")
    wait_until(lambda: not dock.targets[0].binding.prose_fields, 120, "the requirement text fields unbound")
    copy = QgsVectorLayer(os.environ["ZR_E2E_UNITS_COPY"], "units_copy", "ogr")
    assert copy.isValid()
    project.addMapLayer(copy)
    _bind(dock, copy, RULES, 2)
    canvas = describe_and_frame(iface, dock, "E2E edge, two layers")
    _draw(canvas, dock, OVER_THE_EDGE)
    edge = _shown(dock)
    shot = screenshot(iface, "dock-two-layers-over-the-edge")
    _draw(canvas, dock, INSIDE)
    return {"edge": edge, "inside": _shown(dock), "shot": shot,
            "bound": [t.layer.name() for t in dock.targets]}
