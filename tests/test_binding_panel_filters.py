"""The binding panel checks each rule's filter against the constraint layer chosen for it: a field the layer lacks
is warned about under the rule set, naming the rule, the field and the layer's fields."""

from tests.sample_project import layer
from zoning_review.plugin.gui.binding_panel import BindingPanel

GRADE_I = "where: \"\\\"grade\\\" = 'I'\""


def test_a_filter_on_a_field_the_chosen_layer_lacks_is_warned_about(sample_project, example_rules, tmp_path, qtbot):
    text = example_rules.read_text(encoding="utf-8")
    assert text.count(GRADE_I) == 1
    typo = tmp_path / "typo.yaml"
    typo.write_text(text.replace(GRADE_I, GRADE_I.replace("grade", "grade_level", 1)), encoding="utf-8")
    panel = BindingPanel(sample_project)
    qtbot.addWidget(panel)
    panel.layer_combo.setLayer(layer("control_units"))
    panel.rules_file.setFilePath(str(typo))
    assert panel.constraints.combos["water_source"].currentLayer().name() == "water_source"
    shown = panel.messages.text()
    assert "loads with warnings" in shown
    assert ("Rule G-SL-05: the filter &quot;grade_level&quot; = &#x27;I&#x27; of layer water_source names "
            "grade_level, which the bound layer water_source does not have (its fields: fid, name, grade)") in shown


def test_choosing_another_layer_checks_the_filters_again(sample_project, example_rules, qtbot):
    panel = BindingPanel(sample_project)
    qtbot.addWidget(panel)
    panel.layer_combo.setLayer(layer("control_units"))
    panel.rules_file.setFilePath(str(example_rules))
    assert "✔" in panel.messages.text()
    panel.constraints.combos["water_source"].setLayer(layer("industrial_park"))  # no field grade
    shown = panel.messages.text()
    assert "G-SL-05" in shown and "G-SL-06" in shown and "bound layer industrial_park" in shown
    panel.constraints.combos["water_source"].setLayer(layer("water_source"))
    assert "✔" in panel.messages.text() and "G-SL-05" not in panel.messages.text()
