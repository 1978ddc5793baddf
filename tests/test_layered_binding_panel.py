"""The binding panel with several access lists: add, order, scope, and what a saved project keeps."""

import html
import json
from pathlib import Path

import pytest

from tests.sample_project import layer
from zoning_review.plugin.core.inputs.bindings import PROJECT_KEY, PROJECT_SCOPE, project_bindings, read_binding
from zoning_review.plugin.core.inputs.targets import bound_targets
from zoning_review.plugin.core.model.binding import RuleSetRef
from zoning_review.plugin.core.rules.layered import LayeredRuleSet
from zoning_review.plugin.gui.binding_panel import BindingPanel

ROOT = Path(__file__).resolve().parents[1]
PROVINCE, COUNTY, UNITS = (str(ROOT / "rules" / "examples" / "layered" / f"xiongan_{name}.yaml")
                           for name in ("province", "county", "units"))


def add_list(panel: BindingPanel, path: str, scope: str = "") -> None:
    """Press 'Add another rule set…' and fill in the new row."""
    panel.more_rules.add_button.click()
    row = panel.more_rules.rows[-1]
    row.scope.setText(scope)
    row.file.setFilePath(path)


def test_three_lists_are_bound_in_order_with_their_scopes_and_survive_a_reload(sample_project, tmp_path, qtbot):
    panel = BindingPanel(sample_project)
    qtbot.addWidget(panel)
    panel.layer_combo.setLayer(layer("control_units"))
    panel.rules_file.setFilePath(PROVINCE)
    assert panel.rules_scope.placeholderText() == "ZH130000"
    add_list(panel, UNITS)
    add_list(panel, COUNTY, "ZH130600")
    panel.more_rules.move_up(panel.more_rules.rows[1])  # the county list before the unit list
    stored = read_binding(layer("control_units"))
    assert [(Path(r.path).name, r.scope) for r in stored.rule_sets] == [
        ("xiongan_province.yaml", ""), ("xiongan_county.yaml", "ZH130600"), ("xiongan_units.yaml", "")]
    assert panel.more_rules.rows[1].scope.placeholderText() == "all"
    assert "xiongan-units-example" in panel.messages.text()
    assert set(panel.constraints.combos) == {"industrial_park", "red_line", "river_bank", "water_source"}
    target = bound_targets(sample_project)[0]
    assert isinstance(target.ruleset, LayeredRuleSet)
    assert [p.scope.text() for p in target.ruleset.parts] == ["ZH130000", "ZH130600", "all"]
    panel.more_rules.move_up(panel.more_rules.rows[0])  # above the first list
    assert Path(panel.rules_file.filePath()).name == "xiongan_county.yaml"
    assert panel.rules_scope.text() == "ZH130600"
    panel.more_rules.remove(panel.more_rules.rows[1])
    assert [Path(r.path).name for r in read_binding(layer("control_units")).rule_sets] == [
        "xiongan_county.yaml", "xiongan_province.yaml"]
    qgz = tmp_path / "project.qgz"
    assert sample_project.write(str(qgz))
    sample_project.clear()
    assert sample_project.read(str(qgz))
    text, _ok = sample_project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
    assert json.loads(text)["version"] == 2
    recorded = list(project_bindings(sample_project).values())[0]
    assert [(Path(r.path).name, r.scope) for r in recorded.rule_sets] == [
        ("xiongan_county.yaml", "ZH130600"), ("xiongan_province.yaml", "")]
    fresh = BindingPanel(sample_project)
    qtbot.addWidget(fresh)
    assert Path(fresh.rules_file.filePath()).name == "xiongan_county.yaml"
    assert [Path(r.path).name for r in fresh.more_rules.entries()] == ["xiongan_province.yaml"]


def test_a_project_saved_with_a_version_1_binding_opens_with_its_one_list(sample_project, example_rules):
    units = layer("control_units")
    old = {"version": 1, "code_field": "HJGKDYBM", "name_field": "HJGKDYMC", "category_field": "ZHGKDYFL",
           "prose_fields": {}, "rules_path": str(example_rules), "rules_relative": "", "constraints": {}}
    sample_project.writeEntry(PROJECT_SCOPE, PROJECT_KEY,
                              json.dumps({"version": 1, "layers": {units.id(): old}}))
    binding = project_bindings(sample_project)[units.id()]
    assert binding.rule_sets == [RuleSetRef(str(example_rules), "", "")]
    target = bound_targets(sample_project)[0]
    assert not isinstance(target.ruleset, LayeredRuleSet)
    assert target.ruleset.metadata.id == "xiongan-example"


def review_s02(dock, qtbot):
    """Review site S02 from the sites layer with the dock's bindings."""
    from qgis.core import QgsCoordinateReferenceSystem

    from zoning_review.plugin.gui.site_sources import selected_site

    dock.canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4490"))
    sites = layer("sites")
    sites.selectByExpression("\"site_id\" = 'S02'")
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.set_site(selected_site(sites))
    return dock.runner.reviews[0].review


def rows(tree):
    """(path of keys, text) of every row of the results tree."""
    from zoning_review.plugin.gui.tree_state import all_items, item_path

    return [(item_path(item), item.text(0)) for item in all_items(tree)]


def test_the_dock_reviews_with_three_lists_and_names_each_findings_list(dock, qtbot):
    dock.bindings.layer_combo.setLayer(layer("control_units"))
    dock.bindings.rules_file.setFilePath(PROVINCE)
    add_list(dock.bindings, COUNTY)
    add_list(dock.bindings, UNITS)
    review = review_s02(dock, qtbot)
    assert str(review.verdict) == "non_compliant"
    assert [f.rule_id for f in review.all_findings() if f.decisive] == ["G-SL-03", "C-K-01"]
    found = rows(dock.tree)
    sources = {path[-2]: text for path, text in found if path[-1] == "source"}
    assert sources["rule:G-SL-03"] == ("Access list: Hebei Province general access requirements (example) "
                                       "(示例：河北省生态环境厅（非官方）, version 2024.1-example)")
    assert "Xiong'an New Area requirements by unit category (example)" in sources["rule:C-K-01"]


def test_a_unit_no_bound_list_covers_needs_information_in_the_dock(dock, qtbot):
    dock.bindings.layer_combo.setLayer(layer("control_units"))
    dock.bindings.rules_file.setFilePath(PROVINCE)
    dock.bindings.rules_scope.setText("ZH130629")  # Rongcheng only: S02 lies in Xiongxian (ZH130638…)
    dock.bindings.rules_scope.editingFinished.emit()
    review = review_s02(dock, qtbot)
    assert {u.overlap.code[:8] for u in review.units} == {"ZH130638"}
    assert str(review.verdict) == "needs_study"
    for unit in review.units:
        assert [(f.rule_id, str(f.status)) for f in unit.findings if not f.rule_id.startswith(unit.overlap.code)] \
            == [("input:access_list", "needs_info")]
    assert any(path[-1] == "rule:input:access_list" for path, _text in rows(dock.tree))


def test_each_further_list_opens_in_the_rule_editor(sample_project, qtbot):
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication

    panel = BindingPanel(sample_project)
    qtbot.addWidget(panel)
    panel.layer_combo.setLayer(layer("control_units"))
    panel.rules_file.setFilePath(PROVINCE)
    add_list(panel, COUNTY, "ZH130600")
    add_list(panel, UNITS)
    titles = []

    def close_editor():
        dialog = QApplication.activeModalWidget()
        titles.append(dialog.windowTitle() if dialog is not None else "")
        if dialog is not None:
            dialog.reject()

    for button, expected in ((panel.more_rules.rows[1].edit, UNITS), (panel.edit_rules_button, PROVINCE),
                             (panel.more_rules.rows[0].edit, COUNTY)):
        QTimer.singleShot(300, close_editor)
        button.click()
        assert titles[-1].endswith(expected), titles
    assert panel.rule_editor is None


@pytest.mark.parametrize("scope", ['"CITY" = @city', '"ZLCB" = = 1'], ids=["variable", "parse"])
def test_a_scope_typed_beside_a_list_is_to_be_corrected_there_not_in_the_file(sample_project, qtbot, scope):
    """The panel said 'fix the file and choose it again' and named only the county's file: the scope is the
    binding's."""
    panel = BindingPanel(sample_project)
    qtbot.addWidget(panel)
    units = layer("control_units")
    panel.layer_combo.setLayer(units)
    panel.rules_file.setFilePath(PROVINCE)
    add_list(panel, COUNTY, scope)
    shown = html.unescape(panel.messages.text())
    assert "A scope given beside a rule set cannot be used; correct it there:" in shown
    said = f"error: the scope {scope} that the binding of unit layer {units.name()} gives the rule set {COUNTY} "
    assert said in shown
    assert "The file is not at fault" in shown and "fix the file" not in shown
    assert units.id() not in [target.layer.id() for target in bound_targets(sample_project)]  # not reviewed


@pytest.mark.parametrize("scope, words", [
    ('"CITY" = @city', "reads the variable @city, which a scope does not have"),
    ('"ZLCB" = = 1', "does not parse: syntax error, unexpected EQ"),
], ids=["variable", "parse"])
def test_a_scope_typed_with_no_unit_layer_chosen_is_to_be_corrected_there_not_in_the_file(sample_project, qtbot,
                                                                                          scope, words):
    """With no unit layer chosen, the scope typed beside a list was reported as the file's own ('fix the file and
    choose it again', the message at the county's file)."""
    panel = BindingPanel(sample_project)
    qtbot.addWidget(panel)
    panel.layer_combo.setLayer(None)
    panel.rules_file.setFilePath(PROVINCE)
    add_list(panel, COUNTY, scope)
    assert panel.current_layer() is None
    shown = html.unescape(panel.messages.text())
    assert "A scope given beside a rule set cannot be used; correct it there:" in shown
    assert (f"error: the scope {scope} typed beside the rule set {COUNTY} in the Zoning Review panel {words}"
            in shown)
    assert "The file is not at fault" in shown and "fix the file" not in shown and f"{COUNTY}: error" not in shown
