"""Lose nothing: a binding the project records that this plugin cannot read (hand-edited, malformed) is written
back exactly as stored by every change of the project's bindings — binding, unbinding, forgetting the bindings of
layers no longer in the project, the rule-set paths kept relative at a save. Only the layer bound again (or
unbound) replaces its own."""

import json
import shutil

import pytest

from tests.dock_helpers import bind
from tests.sample_project import layer
from zoning_review.plugin.core.inputs.bindings import PROJECT_KEY, PROJECT_SCOPE, bound_layers, stored_bindings

# stored bindings of this version the plugin cannot read, each as a user's editor left it
MALFORMED = {
    "units_2024_0a1b": {"version": 2, "code_field": 5, "rule_sets": [{"path": "2024.yaml"}], "note": "手改"},
    "units_2023_9f8e": {"version": 2, "constraints": ["red_line"], "layer_name": "单元 2023"},
}


def _entry(project) -> dict:
    """The project's entry of bindings, as JSON."""
    return json.loads(project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")[0])


def _with_malformed(project, extra: dict = None) -> None:
    """The project's entry with the malformed bindings (and ``extra`` ones) added, as a hand edit leaves it."""
    entry = _entry(project)
    entry["layers"].update(MALFORMED, **(extra or {}))
    project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, json.dumps(entry, ensure_ascii=False))


def _kept(project) -> None:
    """Every malformed binding is still in the project's entry, exactly as stored."""
    layers = _entry(project)["layers"]
    assert {key: layers.get(key) for key in MALFORMED} == MALFORMED


@pytest.fixture
def edited(dock, example_rules, tmp_path):
    """The dock's project, control_units bound, saved, read again and given malformed bindings of other layers."""
    bind(dock.bindings, example_rules)
    path = tmp_path / "edited.qgz"
    assert dock.project.write(str(path))
    dock.project.clear()
    assert dock.project.read(str(path))
    _with_malformed(dock.project)
    _kept(dock.project)
    return dock


def test_binding_again_keeps_the_bindings_of_other_layers_it_cannot_read(edited):
    edited.bindings.layer_combo.setLayer(layer("control_units"))
    edited.bindings.name_combo.setField("HJGKDYBM")  # a field changed: the binding is written
    assert bound_layers(edited.project)[layer("control_units").id()].name_field == "HJGKDYBM"
    _kept(edited.project)


def test_unbinding_keeps_the_bindings_of_other_layers_it_cannot_read(edited):
    edited.bindings.layer_combo.setLayer(layer("control_units"))
    edited.bindings.unbind_button.click()
    assert bound_layers(edited.project) == {}
    _kept(edited.project)


def test_forgetting_the_bindings_of_layers_no_longer_in_the_project_keeps_those_it_cannot_read(edited):
    units = layer("control_units")
    gone = dict(_entry(edited.project)["layers"][units.id()], layer_name="units_removed")
    _with_malformed(edited.project, {"units_removed_77": gone})
    edited.bindings.refresh()
    assert edited.bindings.recorded.isVisibleTo(edited.bindings)
    edited.bindings.recorded.forget_button.click()
    assert "units_removed_77" not in _entry(edited.project)["layers"]
    _kept(edited.project)


def test_a_save_elsewhere_keeps_the_bindings_of_other_layers_it_cannot_read(dock, example_rules, tmp_path):
    (tmp_path / "bureau" / "rules").mkdir(parents=True)
    rules = tmp_path / "bureau" / "rules" / "x.yaml"
    shutil.copy(example_rules, rules)
    bind(dock.bindings, rules)  # bound before the first save: the save relates the rule set to the project's folder
    _with_malformed(dock.project)
    assert dock.project.write(str(tmp_path / "bureau" / "review.qgz"))
    recorded = bound_layers(dock.project)[layer("control_units").id()].rule_sets
    assert [ref.relative for ref in recorded] == ["rules/x.yaml"]  # the save wrote the entry
    _kept(dock.project)


def test_binding_a_layer_again_replaces_its_own_binding_it_cannot_read(edited, example_rules):
    units = layer("control_units")
    units.removeCustomProperty("zoning_review/binding")
    _with_malformed(edited.project, {units.id(): {"version": 2, "code_field": ["HJGKDYBM"]}})
    assert "control_units" in stored_bindings(edited.project)[1][0]
    edited.bindings.layer_combo.setLayer(units)
    edited.bindings.rules_file.setFilePath("")
    bind(edited.bindings, example_rules)
    assert _entry(edited.project)["layers"][units.id()]["code_field"] == "HJGKDYBM"
    assert stored_bindings(edited.project)[1] == []
    _kept(edited.project)
