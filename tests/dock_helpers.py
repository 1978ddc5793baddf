"""Shared by the dock tests: a site over three sample units, the sample's units bound in a panel, the dock.

No tests here; the dock tests import these (the ``dock`` fixture is in conftest).
"""

from tests.sample_project import layer
from zoning_review.plugin.gui.binding_panel import BindingPanel

SITE_WKT = "POLYGON((115.885 39.040, 115.915 39.040, 115.915 39.055, 115.885 39.055, 115.885 39.040))"


def bind(panel: BindingPanel, rules: str) -> None:
    """Choose control_units and a rule-set file in the panel."""
    panel.layer_combo.setLayer(layer("control_units"))
    panel.rules_file.setFilePath(str(rules))
