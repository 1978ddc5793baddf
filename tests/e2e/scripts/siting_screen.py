"""E2E: bind the sample rule set with the dock's widgets, describe a new C2614 project, switch the
siting screen on, check its temporary layers and the screenshot, then reload: nothing left behind."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

import qgis.utils  # noqa: E402
from e2e_helpers import (  # noqa: E402
    bind_example_rules,
    describe_new_c2614,
    open_sample_dock,
    pump,
    screenshot,
    wait_until,
)
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsProject  # noqa: E402
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtTest import QTest  # noqa: E402
from qgis.PyQt.QtWidgets import QScrollArea  # noqa: E402

GROUP_KEY = "zoning_review/siting_group"


def _user_layers(project) -> dict:
    """The user's layers: id → (name, feature count, modified)."""
    return {lid: (layer.name(), layer.featureCount(), layer.isModified())
            for lid, layer in project.mapLayers().items()}


def _groups(project) -> int:
    return sum(1 for child in project.layerTreeRoot().children() if child.customProperty(GROUP_KEY))


def _display(layer, feature) -> str:
    """The layer's display expression evaluated for a feature (what identify and map tips show)."""
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    return str(QgsExpression(layer.displayExpression()).evaluate(context))


def main(iface):
    """Bind, describe, screen, look, reload."""
    project = QgsProject.instance()
    dock = open_sample_dock(iface)
    units = project.mapLayersByName("control_units")[0]
    bind_example_rules(dock, units)
    before = _user_layers(project)
    describe_new_c2614(dock)
    panel = dock.siting
    QTest.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert panel.button.isChecked(), "the screen button did not toggle"
    wait_until(lambda: panel.layers() and not panel.busy and not panel.timer.isActive(), 120, "the screen")
    pump(0.3)
    screen = next(layer for layer in panel.layers() if layer.name().startswith("Siting screen"))
    zones = next(layer for layer in panel.layers() if layer is not screen)
    verdicts = {f["unit_code"]: f["verdict"] for f in screen.getFeatures()}
    urban = next(f for f in screen.getFeatures() if f["unit_code"] == "ZH13062920001")
    top = project.layerTreeRoot().children()[0]
    dock.bindings.setCollapsed(True)
    dock.form.attributes_box.setCollapsed(True)
    pump(0.2)
    dock.findChild(QScrollArea, "zr_scroll").ensureWidgetVisible(panel)
    canvas = iface.mapCanvas()
    canvas.setExtent(screen.extent())
    canvas.refresh()
    pump(1.0)
    shot = screenshot(iface, "siting-zh" if os.environ.get("LANG", "en")[:2] == "zh" else "siting-en")
    state = {
        "screen": screen.name(), "zones": zones.name(), "units": units.featureCount(),
        "rows": screen.featureCount(), "zone_rows": zones.featureCount(), "verdicts": verdicts,
        "urban_display": _display(screen, urban), "urban_reason": urban["reason"],
        "urban_rules": urban["rule_ids"], "summary": panel.summary.text(),
        "top_is_group": bool(top.customProperty(GROUP_KEY)),
        "top_layers": sorted(child.layerId() for child in top.children()),
        "layer_ids": sorted([screen.id(), zones.id()]),
    }
    ids = set(state["layer_ids"])
    QTest.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    off = {"left": sorted(ids & set(project.mapLayers())), "groups": _groups(project)}
    QTest.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    wait_until(lambda: panel.layers() and not panel.busy, 120, "the screen again")
    again = sorted(layer.id() for layer in panel.layers())
    qgis.utils.reloadPlugin("zoning_review")
    pump(0.5)
    reloaded = {"left": sorted(set(again) & set(project.mapLayers())), "groups": _groups(project),
                "user_layers_same": _user_layers(project) == before}
    return dict(state, off=off, reloaded=reloaded, shot=shot)
