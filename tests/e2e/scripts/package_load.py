"""E2E: the plugin installed from the ZIP package loads, translates and shows its dock."""

import os
import sys

import qgis.utils
from qgis.core import QgsApplication


def main(iface):
    """Report where the loaded plugin lives and whether its parts are there."""
    assert "zoning_review" in qgis.utils.plugins, "plugin not loaded from the package"
    plugin = qgis.utils.plugins["zoning_review"]
    plugin.action.trigger()
    QgsApplication.processEvents()
    module = os.path.realpath(sys.modules["zoning_review"].__file__)
    provider = QgsApplication.processingRegistry().providerById("zoningreview")
    return {
        "module": module,
        "dock_visible": plugin.dock.isVisible(),
        "algorithms": sorted(a.id() for a in provider.algorithms()) if provider else [],
        "action_text": plugin.action.text(),
    }
