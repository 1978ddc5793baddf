"""A constraint layer declared in the rule editor opened from the plugin menu is bound as it was picked."""

import shutil

from qgis.core import QgsVectorLayer

from tests.sample_project import layer
from zoning_review.plugin.core.inputs.bindings import read_binding
from zoning_review.plugin.gui.rule_editor.dialog import RuleEditorDialog
from zoning_review.plugin.main import ZoningReviewPlugin


def pick_wetland_and_save(dialog: RuleEditorDialog) -> int:
    """As a user would in the editor: a condition on the project layer 湿地 on rule 0, then Save."""
    picker = dialog.make_picker()
    picker.kind.setCurrentIndex(picker.kind.findData("spatial"))
    picker.layer.setCurrentIndex(picker.layer.findData("layer"))  # 湿地 has no Latin letters: declared as "layer"
    picker.relation.setCurrentIndex(picker.relation.findData("overlaps"))
    picked = picker.condition()
    picker.accept()
    dialog.panel.when.items.append(picked)
    dialog.panel.changed.emit()
    assert dialog.save(), dialog.status.text()
    return 0


def test_a_layer_declared_from_the_menus_editor_is_bound_to_the_layer_picked(dock, example_rules, tmp_path,
                                                                             qgis_iface, monkeypatch):
    rules = tmp_path / "rules.yaml"
    shutil.copyfile(example_rules, rules)
    units = layer("control_units")
    dock.bindings.layer_combo.setLayer(units)
    dock.bindings.rules_file.setFilePath(str(rules))
    wetland = QgsVectorLayer("Polygon?crs=EPSG:4326", "湿地", "memory")
    dock.project.addMapLayer(wetland)
    plugin = ZoningReviewPlugin(qgis_iface)
    plugin.dock = dock
    monkeypatch.setattr(RuleEditorDialog, "exec", pick_wetland_and_save)
    plugin.open_rule_editor(str(rules))
    bound = read_binding(units).constraints
    assert bound["layer"].layer_id == wetland.id()
    assert "river_bank" in bound  # the layers bound before are kept
