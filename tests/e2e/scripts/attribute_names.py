"""E2E: *Attributes…* in the rule editor. The example rule set (a copy) bound in the dock; in the editor a number
attribute invest_yi (亿元) declared through the dialog, a rule comparing it added with the pickers, the rule set
saved; the dock's project form then asks for it, and the review of S01 with 3 (亿元) given shows the rule's finding
in the attribute's words."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

from e2e_helpers import (  # noqa: E402
    attribute_condition,
    bind_example_rules,
    in_rule_editor,
    in_words_dialog,
    open_sample_dock,
    pick_condition,
    review_sample_site,
    screenshot,
    start_rule,
    tree_texts,
    wait_until,
)
from qgis.core import QgsProject  # noqa: E402
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtTest import QTest  # noqa: E402

from zoning_review.plugin.gui.rule_editor.attribute_names import AttributeNamesDialog  # noqa: E402

LANG = os.environ.get("LANG", "en")[:2]


def _declare(dialog, seen) -> None:
    def fill(names):
        names.attribute.setCurrentIndex(names.attribute.findData(""))
        QTest.keyClicks(names.name, "invest_yi")
        names.type.setCurrentIndex(names.type.findData("number"))
        names.zh.insert("项目总投资（亿元）")  # as an input method commits it (QTest types ASCII only)
        QTest.keyClicks(names.en, "Total investment")
        names.unit.insert("亿元")
        seen["message"] = names.message.text()
        path = os.path.join(os.environ["ZR_E2E_ARTIFACTS"], f"attribute-names-{LANG}.png")
        names.grab().save(path)
        seen["shot_names"] = path

    in_words_dialog(dialog, dialog.attributes_button, AttributeNamesDialog, "zr_attribute_names", fill, seen)
    start_rule(dialog, "E2E-INV-01", "项目总投资超过1亿元的，须开展专项论证（示例）。", "prohibit")
    pick_condition(dialog.panel.when, attribute_condition("invest_yi", ">", "1"))
    seen["conditions"] = [dialog.panel.when.list.item(i).text() for i in range(dialog.panel.when.list.count())]
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    seen["status"] = dialog.status.text()


def main(iface):
    """Bind the copy of the example, declare and use the attribute in the editor, review S01 with it given."""
    dock = open_sample_dock(iface)
    bind_example_rules(dock, QgsProject.instance().mapLayersByName("control_units")[0], os.environ["ZR_E2E_RULES"])
    declared = in_rule_editor(dock, _declare)
    wait_until(lambda: "invest_yi" in dock.form.attributes.editors, 60, "the attribute in the project form")
    review_sample_site(iface, dock, "S01")  # the site's own description: the attribute not given
    before = tree_texts(dock)
    dock.form.attributes.set_value("invest_yi", 3)  # given in the form: the site reviewed again with it
    wait_until(lambda: any("3 亿元" in text or "is 3 (" in text for text in tree_texts(dock)), 60, "the review with it")
    return {"declared": declared, "before": before, "texts": tree_texts(dock),
            "shot": screenshot(iface, f"attribute-names-S01-{LANG}")}
