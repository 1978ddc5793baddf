"""E2E: a rule set whose water_source declaration labels its field grade, bound in the panel; sample site S07 reviewed
through the dock: the results name the filtered parts of the layer by the label; then the layer bound to water_source
is one without that field: the panel warns of the label."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

from e2e_helpers import (  # noqa: E402
    bind_example_rules,
    open_sample_dock,
    pump,
    review_sample_site,
    screenshot,
    tree_texts,
    wait_until,
)
from qgis.core import QgsProject  # noqa: E402


def _layer(name: str):
    return QgsProject.instance().mapLayersByName(name)[0]


def main(iface):
    """Bind the labelled rule set, review S07, read the results; bind another layer to water_source, read the panel."""
    lang = os.environ.get("LANG", "en")[:2]
    dock = open_sample_dock(iface)
    bind_example_rules(dock, _layer("control_units"), os.environ["ZR_E2E_LABELLED_RULES"])
    bound_messages = dock.bindings.messages.text()
    review_sample_site(iface, dock, "S07")
    texts = tree_texts(dock)
    results_shot = screenshot(iface, f"field-labels-S07-{lang}")
    dock.bindings.constraints.combos["water_source"].setLayer(_layer("industrial_park"))  # no field grade
    wait_until(lambda: "industrial_park" in dock.bindings.messages.text(), 30, "the panel's check of the layer")
    pump(0.3)
    warned = dock.bindings.messages.text()
    warning_shot = screenshot(iface, f"field-labels-warning-{lang}")
    return {"bound_messages": bound_messages, "texts": texts, "warned": warned,
            "shots": [results_shot, warning_shot]}
