"""E2E: the plugin loads, its action opens the dock on the sample project, reload leaves nothing behind."""

import sys

sys.path.insert(0, __import__("os").environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

import qgis.utils  # noqa: E402
from e2e_helpers import ROOT, pump, screenshot  # noqa: E402
from qgis.core import QgsApplication, QgsProject  # noqa: E402
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QMenu  # noqa: E402


def _counts(iface) -> dict:
    """How many of the plugin's actions, docks and providers exist now."""
    window = iface.mainWindow()
    actions = window.findChildren(QAction, "ZoningReviewToggleDock")
    in_toolbar = [a for a in iface.pluginToolBar().actions() if a.objectName() == "ZoningReviewToggleDock"]
    menus = [a for a in iface.vectorMenu().actions() if "Zoning Review" in a.text()]
    return {
        "actions": len(actions),
        "toolbar": len(in_toolbar),
        "menus": len(menus),
        "docks": len(window.findChildren(QDockWidget, "ZoningReviewDock")),
        "submenus": len([m for m in window.findChildren(QMenu) if m.title() == "&Zoning Review"]),
        "provider": QgsApplication.processingRegistry().providerById("zoningreview") is not None,
    }


def main(iface):
    """Open the sample, show the dock, screenshot, then reload (while drawing) and unload the plugin."""
    assert "zoning_review" in qgis.utils.plugins, "plugin not loaded"
    assert QgsProject.instance().read(str(ROOT / "sample" / "xiongan_review.qgz"))
    layers = sorted(layer.name() for layer in QgsProject.instance().mapLayers().values())
    plugin = qgis.utils.plugins["zoning_review"]
    plugin.action.trigger()
    pump(0.5)
    assert plugin.dock.isVisible(), "dock not visible after the action"
    shot = screenshot(iface, "e2e-foundation")
    loaded = _counts(iface)
    canvas = iface.mapCanvas()
    tool_before = type(canvas.mapTool()).__name__
    plugin.dock.site_input.draw_button.setChecked(True)
    drawing = type(canvas.mapTool()).__name__
    qgis.utils.reloadPlugin("zoning_review")
    pump(0.5)
    reloaded = _counts(iface)
    tools = {"before": tool_before, "drawing": drawing, "after_reload": type(canvas.mapTool()).__name__}
    qgis.utils.unloadPlugin("zoning_review")
    pump(0.5)
    unloaded = _counts(iface)
    return {"layers": layers, "loaded": loaded, "reloaded": reloaded, "unloaded": unloaded, "shot": shot,
            "tools": tools}
