"""E2E: the rule editor declares a project layer for a condition with a filter. The sample's water-source zones are
added again as 水源地, their field grade given the alias 保护区级别 in QGIS; a rule on that layer with the filter
"grade" = 'I' is added with the pickers and saved: the declaration labels the field by its alias, and the dock's review
of S07 (inside a grade-I zone) names the filtered part by it. A second rule, added in the editor opened again, gives the
layer (now declared and bound) a filter on name, whose alias the declaration then gains beside grade's."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

from e2e_helpers import (  # noqa: E402
    bind_example_rules,
    in_rule_editor,
    open_sample_dock,
    pick_condition,
    review_sample_site,
    screenshot,
    start_rule,
    tree_texts,
    wait_until,
)
from qgis.core import QgsProject, QgsVectorLayer  # noqa: E402
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtTest import QTest  # noqa: E402

LANG = os.environ.get("LANG", "en")[:2]


def _layer(name: str):
    return QgsProject.instance().mapLayersByName(name)[0]


def _water_with_alias() -> QgsVectorLayer:
    """The sample's water-source zones as a second project layer, 水源地, whose field grade has an alias."""
    layer = QgsVectorLayer(_layer("water_source").source(), "水源地", "ogr")
    layer.setFieldAlias(layer.fields().indexOf("grade"), "保护区级别")
    layer.setFieldAlias(layer.fields().indexOf("name"), "水源地名称")
    QgsProject.instance().addMapLayer(layer)
    return layer


def _grade_one(picker) -> None:
    picker.kind.setCurrentIndex(picker.kind.findData("spatial"))
    picker.layer.setCurrentIndex(picker.layer.findData("layer"))  # 水源地: no Latin letters, declared as "layer"
    picker.relation.setCurrentIndex(picker.relation.findData("overlaps"))
    QTest.keyClicks(picker.where, "\"grade\" = 'I'")


def _named(picker) -> None:
    picker.kind.setCurrentIndex(picker.kind.findData("spatial"))
    picker.layer.setCurrentIndex(picker.layer.findData("layer"))  # declared by the first rule, bound in the panel
    picker.relation.setCurrentIndex(picker.relation.findData("overlaps"))
    QTest.keyClicks(picker.where, "\"name\" IS NOT NULL")


def _add_second_rule(dialog, seen) -> None:
    start_rule(dialog, "E2E-WS-02", "水源地保护区内禁止新建排污口（示例）。", "prohibit")
    pick_condition(dialog.panel.when, _named)
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    seen["status"] = dialog.status.text()


def _add_rule(dialog, seen) -> None:
    start_rule(dialog, "E2E-WS-01", "水源地一级保护区内禁止新建项目（示例）。", "prohibit")
    panel = dialog.panel
    pick_condition(panel.when, _grade_one)
    seen["conditions"] = [panel.when.list.item(i).text() for i in range(panel.when.list.count())]
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    seen["status"] = dialog.status.text()


def main(iface):
    """Bind the rules, add the rule on 水源地 in the editor, review S07 through the dock."""
    dock = open_sample_dock(iface)
    water = _water_with_alias()
    bind_example_rules(dock, _layer("control_units"), os.environ["ZR_E2E_RULES"])
    added = in_rule_editor(dock, _add_rule)
    wait_until(lambda: "layer" in dock.bindings.constraints.combos, 60, "the declared layer in the panel")
    bound = dock.bindings.constraints.combos["layer"].currentLayer()
    again = in_rule_editor(dock, _add_second_rule)
    review_sample_site(iface, dock, "S07")
    texts = tree_texts(dock)
    shot = screenshot(iface, f"editor-aliases-S07-{LANG}")
    return {"added": added, "again": again, "bound": bound.id() == water.id() if bound else False, "texts": texts,
            "shot": shot}
