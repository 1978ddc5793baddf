"""E2E: a compliant project drawn on the canvas just inside the sample's west edge, then drawn again over
that edge (about two thirds outside every unit): what the panel shows each time."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")
sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/scripts")

from dock_review import _pixel  # noqa: E402
from e2e_helpers import bind_example_rules, open_sample_dock, pump, screenshot, wait_until  # noqa: E402
from qgis.core import QgsProject, QgsRectangle  # noqa: E402
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtTest import QTest  # noqa: E402

WEST = (115.641442, 38.754266)  # the westmost vertex of the sample's units
INSIDE = [(WEST[0] + 0.006, WEST[1] - 0.002), (WEST[0] + 0.014, WEST[1] - 0.002),
          (WEST[0] + 0.014, WEST[1] + 0.002), (WEST[0] + 0.006, WEST[1] + 0.002)]
OVER_THE_EDGE = [(WEST[0] - 0.004, WEST[1] - 0.002), (WEST[0] + 0.004, WEST[1] - 0.002),
                 (WEST[0] + 0.004, WEST[1] + 0.002), (WEST[0] - 0.004, WEST[1] + 0.002)]
QUIET = {"boiler_tph": 0.0, "investment_wan": 100.0, "vocs_tpa": 0.0, "discharges_pollutants": False,
         "capacity_increase": False}


def _draw(canvas, dock, vertices) -> None:
    """Click the vertices on the canvas viewport, right-click to finish; wait for the review."""
    if canvas.mapTool() is not dock.site_input.tool:  # the tool stays on after a site is drawn
        QTest.mouseClick(dock.site_input.draw_button, Qt.MouseButton.LeftButton)
    assert canvas.mapTool() is dock.site_input.tool, "draw tool not active"
    before = dock.site_input.site
    viewport = canvas.viewport()
    for x, y in vertices:
        QTest.mouseMove(viewport, _pixel(canvas, x, y))
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _pixel(canvas, x, y))
        pump(0.05)
    QTest.mouseClick(viewport, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier,
                     _pixel(canvas, *vertices[0]))
    pump(0.2)
    wait_until(lambda: dock.site_input.site is not before and dock.runner.reviews and not dock.runner.busy, 120,
               "the review")
    pump(0.3)


def _shown(dock) -> dict:
    """The verdict, the banner, the site row and the line under the layer's row."""
    root = dock.tree.topLevelItem(0)
    [review] = dock.runner.reviews
    return {"verdict": str(dock.runner.verdict()), "banner": dock.banner.text(), "site": root.text(0),
            "units": [u.overlap.code for u in review.review.units],
            "uncovered_m2": review.overlay.uncovered_m2, "site_m2": review.overlay.site_area_m2,
            "rows": [root.child(i).text(0) for i in range(root.childCount())]}


def describe_and_frame(iface, dock, project_name: str):
    """Describe the compliant project in the panel and frame the sample's west edge; the map canvas."""
    dock.form.name_edit.setText(project_name)
    QTest.keyClicks(dock.form.industry.edit, "7320")
    dock.form.construction.setCurrentIndex(dock.form.construction.findData("new"))
    for name, value in QUIET.items():
        dock.form.attributes.set_value(name, value)
    canvas = iface.mapCanvas()
    canvas.setExtent(QgsRectangle(WEST[0] - 0.03, WEST[1] - 0.02, WEST[0] + 0.04, WEST[1] + 0.02))
    canvas.refresh()
    pump(0.5)
    return canvas


def main(iface):
    """Bind, describe a compliant project, draw the two sites."""
    project = QgsProject.instance()
    dock = open_sample_dock(iface, width=0)
    bind_example_rules(dock, project.mapLayersByName("control_units")[0])
    for combo in dock.bindings.prose_combos.values():  # the units' own texts would need a check by hand
        combo.setField("")
    wait_until(lambda: not dock.targets[0].binding.prose_fields, 120, "the requirement text fields unbound")
    canvas = describe_and_frame(iface, dock, "E2E edge")
    _draw(canvas, dock, INSIDE)
    inside = _shown(dock)
    _draw(canvas, dock, OVER_THE_EDGE)
    edge = _shown(dock)
    return {"inside": inside, "edge": edge, "shot": screenshot(iface, "dock-site-over-the-edge")}
