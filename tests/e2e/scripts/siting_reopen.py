"""E2E (second run): a fresh QGIS opens the project saved with the siting screen on — with the plugin loaded (its
panel not opened, as after restarting QGIS) or unloaded first (``ZR_PLUGIN_OFF``: as without the plugin); the layers
and groups the layer tree then shows."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

import qgis.utils  # noqa: E402
from e2e_helpers import pump  # noqa: E402
from qgis.core import QgsLayerTreeGroup, QgsProject  # noqa: E402


def _tree(group) -> list:
    """The layer tree as names, a group as [name, its children]."""
    return [[node.name(), _tree(node)] if isinstance(node, QgsLayerTreeGroup) else node.name()
            for node in group.children()]


def main(iface):
    """Open the project; the layer tree and every layer's name, provider and feature count."""
    if os.environ.get("ZR_PLUGIN_OFF"):
        assert qgis.utils.unloadPlugin("zoning_review")
    project = QgsProject.instance()
    assert project.read(os.path.join(os.environ["ZR_E2E_SAVE_TO"], "on.qgz"))
    pump(1.0)
    return {"loaded": "zoning_review" in qgis.utils.plugins, "tree": _tree(project.layerTreeRoot()),
            "layers": sorted([layer.name(), layer.providerType(), layer.featureCount()]
                             for layer in project.mapLayers().values())}
