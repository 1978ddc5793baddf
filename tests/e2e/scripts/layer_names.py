"""E2E: *Layer names…* in the rule editor. The example rule set (a copy) bound in the dock; in the editor, the
water-source layer's field grade given new labels and the layer an English name through the dialog's table; the
layer the rules use kept (the dialog names them) and a wetland layer no rule uses removed; the rule set saved; the
dock stops asking for the wetland layer, and its review of S07 (inside a grade-I zone) names the filtered part by the
new words."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

from e2e_helpers import (  # noqa: E402
    bind_example_rules,
    in_rule_editor,
    in_words_dialog,
    open_sample_dock,
    review_sample_site,
    screenshot,
    tree_texts,
    type_in_cell,
    wait_until,
)
from qgis.core import QgsProject  # noqa: E402
from qgis.gui import QgsMapLayerComboBox  # noqa: E402
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtTest import QTest  # noqa: E402

from zoning_review.plugin.gui.rule_editor.layer_names import LayerNamesDialog  # noqa: E402

LANG = os.environ.get("LANG", "en")[:2]


def _rename(dialog, seen) -> None:
    def fill(names):
        names.layer.setCurrentIndex(names.layer.findData("river_bank"))
        seen["river_bank"] = {"enabled": names.removal.button.isEnabled(), "note": names.removal.note.text()}
        names.layer.setCurrentIndex(names.layer.findData("wetland"))
        QTest.mouseClick(names.removal.button, Qt.MouseButton.LeftButton)
        seen["layers"] = [names.layer.itemData(i) for i in range(names.layer.count())]
        names.layer.setCurrentIndex(names.layer.findData("water_source"))
        seen["rows"] = [names.table.item(r, 0).text() for r in range(names.table.rowCount())]
        names.en.clear()
        QTest.keyClicks(names.en, "Source-water zone")
        type_in_cell(names.table, 0, 1, "级别")
        type_in_cell(names.table, 0, 2, "grade")
        seen["shot_names"] = screenshot_of(names, f"layer-names-{LANG}")

    in_words_dialog(dialog, dialog.layers_button, LayerNamesDialog, "zr_layer_names", fill, seen)
    seen["status"] = dialog.status.text()
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    seen["saved"] = dialog.status.text()


def screenshot_of(widget, name: str) -> str:
    path = os.path.join(os.environ["ZR_E2E_ARTIFACTS"], f"{name}.png")
    widget.grab().save(path)
    return path


def main(iface):
    """Bind the copy of the example, rename in the editor, review S07 through the dock."""
    dock = open_sample_dock(iface)
    bind_example_rules(dock, QgsProject.instance().mapLayersByName("control_units")[0], os.environ["ZR_E2E_RULES"])
    wait_until(lambda: dock.findChild(QgsMapLayerComboBox, "constraint_wetland") is not None, 60, "the wetland row")
    renamed = in_rule_editor(dock, _rename)
    wait_until(lambda: dock.findChild(QgsMapLayerComboBox, "constraint_wetland") is None, 60,
               "the panel without the wetland row")
    renamed["rows_after"] = sorted(combo.objectName() for combo in dock.findChildren(QgsMapLayerComboBox)
                                   if combo.objectName().startswith("constraint_"))
    review_sample_site(iface, dock, "S07")
    return {"renamed": renamed, "texts": tree_texts(dock), "shot": screenshot(iface, f"layer-names-S07-{LANG}")}
