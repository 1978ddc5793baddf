"""E2E: the plugin loads, its action opens the dock on the sample project, reload leaves nothing behind."""

import sys

sys.path.insert(0, __import__("os").environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

import qgis.utils  # noqa: E402
from e2e_helpers import ROOT, pump, screenshot  # noqa: E402
from qgis.core import QgsApplication, QgsProject  # noqa: E402
from qgis.PyQt.QtWidgets import QAction, QDockWidget  # noqa: E402


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
        "provider": QgsApplication.processingRegistry().providerById("zoningreview") is not None,
    }


def main(iface):
    """Open the sample, show the dock, screenshot, then reload and unload the plugin."""
    assert "zoning_review" in qgis.utils.plugins, "plugin not loaded"
    assert QgsProject.instance().read(str(ROOT / "sample" / "xiongan_review.qgz"))
    layers = sorted(layer.name() for layer in QgsProject.instance().mapLayers().values())
    plugin = qgis.utils.plugins["zoning_review"]
    plugin.action.trigger()
    pump(0.5)
    assert plugin.dock.isVisible(), "dock not visible after the action"
    shot = screenshot(iface, "e2e-foundation")
    loaded = _counts(iface)
    qgis.utils.reloadPlugin("zoning_review")
    pump(0.5)
    reloaded = _counts(iface)
    qgis.utils.unloadPlugin("zoning_review")
    pump(0.5)
    unloaded = _counts(iface)
    return {"layers": layers, "loaded": loaded, "reloaded": reloaded, "unloaded": unloaded, "shot": shot}
