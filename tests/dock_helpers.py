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


def saved_to_register(dock, folder):
    """The review on screen saved to a new register in ``folder`` (its first entry), read back as a record."""
    from zoning_review.plugin import settings
    from zoning_review.plugin.core.outputs.register_records import read_register
    from zoning_review.plugin.gui.register_entry import save_to_register

    path = str(folder / "台账.gpkg")
    settings.REGISTER_PATH.set(path)
    try:
        assert save_to_register(dock) == 1
    finally:
        settings.REGISTER_PATH.reset()
    [record] = read_register(path)
    return record
