"""Bindings stored in a QGIS project, written and read again through QgsProject (.qgs and .qgz).

A binding this plugin cannot read (hand-edited, or written by a newer version) is named in a message, its layer is
not reviewed, and one of a newer version is never overwritten; no traceback. A bound rule-set file is kept relative
to where the project is written, so a project moved with its folder still finds it.
"""

import json
import ntpath
import os
import shutil

import pytest
from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QLabel

from tests.dock_helpers import bind
from tests.sample_project import layer
from zoning_review.plugin.core.inputs.bindings import (
    LAYER_PROPERTY,
    PROJECT_KEY,
    PROJECT_SCOPE,
    StoredBindingError,
    bound_layers,
    stored_bindings,
    write_binding,
)
from zoning_review.plugin.core.inputs.resolve import InputError, unit_binding
from zoning_review.plugin.core.inputs.targets import bound_targets
from zoning_review.plugin.core.model.verdicts import Status
from zoning_review.plugin.gui.binding_panel import BindingPanel

HAND_EDITED = [
    '{"version": 2, "constraints": []}',
    '{"version": 2, "constraints": {"red_line": "red_line"}}',
    '{"version": 2, "code_field": 5}',
    '{"version": 2, "prose_fields": ["KJBJYS"], "rule_sets": [{"path": "x.yaml"}]}',
    '{"version": 2, "rule_sets": "x.yaml"}',
    '{"version": 2, "rule_sets": [{"scope": "all"}]}',
    '{"version": 2, "code_field": "HJGKDYBM",',
    '["HJGKDYBM"]',
]
NEWER = json.dumps({"version": 3, "code_field": "HJGKDYBM", "rule_sets": [{"path": "x.yaml", "weight": 2}]})


def _reopened(project: QgsProject, path) -> QgsProject:
    """The project written to ``path`` and read back."""
    assert project.write(str(path))
    project.clear()
    assert project.read(str(path))
    return project


@pytest.fixture
def bound(sample_project, example_rules, qtbot):
    """The sample project with control_units bound to the example rule set through the panel."""
    panel = BindingPanel(sample_project)
    qtbot.addWidget(panel)
    bind(panel, example_rules)
    assert [t.layer.name() for t in bound_targets(sample_project)] == ["control_units"]
    return sample_project


@pytest.mark.parametrize("text", HAND_EDITED)
def test_a_hand_edited_layer_binding_is_named_and_its_layer_not_reviewed(bound, text, tmp_path):
    layer("control_units").setCustomProperty(LAYER_PROPERTY, text)
    project = _reopened(bound, tmp_path / "edited.qgs")
    assert bound_layers(project) == {} and bound_targets(project) == []
    problems = stored_bindings(project)[1]
    assert len(problems) == 1 and "control_units" in problems[0] and "Bind it again" in problems[0]
    with pytest.raises(InputError, match="control_units"):
        unit_binding(layer("control_units"))


def test_rebinding_replaces_a_hand_edited_binding(bound, example_rules, tmp_path, qtbot):
    layer("control_units").setCustomProperty(LAYER_PROPERTY, HAND_EDITED[0])
    project = _reopened(bound, tmp_path / "edited.qgz")
    panel = BindingPanel(project)
    qtbot.addWidget(panel)
    panel.layer_combo.setLayer(layer("control_units"))
    assert "cannot be read" in panel.status.text()
    panel.rules_file.setFilePath("")
    bind(panel, example_rules)
    assert [t.layer.name() for t in bound_targets(project)] == ["control_units"]
    assert stored_bindings(project)[1] == []


@pytest.mark.parametrize("suffix", ["qgs", "qgz"])
def test_a_layer_binding_of_a_newer_version_is_never_overwritten(bound, example_rules, suffix, tmp_path, qtbot):
    layer("control_units").setCustomProperty(LAYER_PROPERTY, NEWER)
    project = _reopened(bound, tmp_path / f"newer.{suffix}")
    assert bound_targets(project) == []
    assert "newer version" in stored_bindings(project)[1][0]
    panel = BindingPanel(project)
    qtbot.addWidget(panel)
    panel.layer_combo.setLayer(layer("control_units"))
    assert "Update the plugin" in panel.status.text()
    panel.rules_file.setFilePath(str(example_rules))
    assert "Update the plugin" in panel.status.text()
    panel.unbind()
    assert "Update the plugin" in panel.status.text()
    assert layer("control_units").customProperty(LAYER_PROPERTY) == NEWER


def test_a_project_entry_of_a_newer_version_keeps_every_layers_binding(bound, tmp_path):
    entry = json.dumps({"version": 3, "layers": {"units_a": {"version": 3}, "units_b": {"version": 3}}})
    bound.writeEntry(PROJECT_SCOPE, PROJECT_KEY, entry)
    project = _reopened(bound, tmp_path / "newer.qgz")
    assert [t.layer.name() for t in bound_targets(project)] == ["control_units"]  # its own property reads
    assert "newer version" in stored_bindings(project)[1][0]
    units = layer("control_units")
    with pytest.raises(StoredBindingError, match="Update the plugin"):
        write_binding(units, bound_layers(project)[units.id()], project)
    assert project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")[0] == entry


def test_the_dock_names_an_unreadable_binding_when_the_project_opens(bound, qgis_iface, tmp_path, qtbot):
    from zoning_review.plugin.gui.dock import ZoningReviewDock

    layer("control_units").setCustomProperty(LAYER_PROPERTY, HAND_EDITED[1])
    path = tmp_path / "edited.qgz"
    assert bound.write(str(path))
    bound.clear()
    dock = ZoningReviewDock(qgis_iface)
    qtbot.addWidget(dock)
    qgis_iface.messageBar().clear_messages()
    assert bound.read(str(path))
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    dock.teardown()
    assert any("control_units" in m and "cannot be read" in m for m in warnings), warnings


def _bound_before_first_save(dock, folder, example_rules):
    """control_units bound in the dock to a copy of the example rule set in ``folder``/rules, the project unsaved."""
    (folder / "rules").mkdir(parents=True)
    rules = folder / "rules" / "x.yaml"
    shutil.copy(example_rules, rules)
    assert dock.project.homePath() == ""
    bind(dock.bindings, rules)
    return rules


def test_a_project_bound_before_its_first_save_finds_its_rule_set_after_a_move(dock, example_rules, tmp_path):
    rules = _bound_before_first_save(dock, tmp_path / "bureau", example_rules)
    assert dock.project.write(str(tmp_path / "bureau" / "review.qgz"))
    assert not dock.project.isDirty()
    dock.project.clear()
    moved = tmp_path / "elsewhere"
    shutil.copytree(tmp_path / "bureau", moved)
    os.remove(rules)  # the old folder is gone: only the moved copy has the rule set
    assert dock.project.read(str(moved / "review.qgz"))
    assert not dock.project.isDirty()
    assert [os.path.realpath(r.path) for t in bound_targets(dock.project) for r in t.ruleset.lists()] == [
        os.path.realpath(moved / "rules" / "x.yaml")]


def test_a_project_saved_in_another_folder_finds_its_rule_set_from_there(dock, example_rules, tmp_path):
    _bound_before_first_save(dock, tmp_path / "bureau", example_rules)
    assert dock.project.write(str(tmp_path / "bureau" / "review.qgs"))
    (tmp_path / "bureau" / "2027").mkdir()
    assert dock.project.write(str(tmp_path / "bureau" / "2027" / "review.qgs"))
    dock.project.clear()
    shutil.move(tmp_path / "bureau", tmp_path / "archive")
    assert dock.project.read(str(tmp_path / "archive" / "2027" / "review.qgs"))
    assert len(bound_targets(dock.project)) == 1


def test_a_rule_set_on_another_windows_drive_is_bound_by_its_absolute_path(sample_project, monkeypatch):
    monkeypatch.setattr(os.path, "relpath", ntpath.relpath)  # Windows: C: and D: have no relative path
    sample_project.setPresetHomePath("D:\\bureau")
    units = layer("control_units")
    binding = unit_binding(units)
    binding.rules_path = "C:\\rules\\x.yaml"
    write_binding(units, binding, sample_project)
    monkeypatch.undo()
    assert [(r.path, r.relative) for r in bound_layers(sample_project)[units.id()].rule_sets] == [
        ("C:\\rules\\x.yaml", "")]


def _site_on(layer_name: str):
    """A small site inside the first feature of a sample layer."""
    from qgis.core import QgsCoordinateReferenceSystem

    from zoning_review.plugin.gui.review_task import Site

    inside = next(layer(layer_name).getFeatures()).geometry().pointOnSurface().buffer(0.001, 8)
    return Site(inside, QgsCoordinateReferenceSystem("EPSG:4490"), "test")


def _statuses(dock, rule_id: str) -> set:
    """The statuses of one clause over the units of the dock's review."""
    return {f.status for unit in dock.runner.reviews[0].review.units for f in unit.findings if f.rule_id == rule_id}


def test_a_constraint_layer_known_by_a_name_two_layers_have_is_not_guessed(dock, example_rules, qgis_iface, qtbot):
    """red_line removed and added again (a new id) beside another layer called red_line: neither is used, the
    warning names both, and the red-line clause needs information instead of being decided on a guess."""
    bind(dock.bindings, example_rules)
    dock.form.attributes.set_value("major_infrastructure", False)
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.set_site(_site_on("red_line"))
    assert _statuses(dock, "G-SL-04") == {Status.CONFLICT}  # the clause decides with the bound layer
    gpkg = layer("red_line").source().split("|")[0]
    dock.project.removeMapLayer(layer("red_line").id())
    for table in ("water_source", "red_line"):
        dock.project.addMapLayer(QgsVectorLayer(f"{gpkg}|layername={table}", "red_line", "ogr"))
    qgis_iface.messageBar().clear_messages()
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.refresh_targets()
    assert "red_line" not in dock.targets[0].constraints
    warnings = [m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning) if "2 layers" in m]
    assert len(warnings) == 1 and "layername=water_source" in warnings[0] and "layername=red_line" in warnings[0]
    assert _statuses(dock, "G-SL-04") == {Status.NEEDS_INFO}
    dock.bindings.refresh()
    assert dock.bindings.constraints.combos["red_line"].currentLayer() is None
    assert any("2 layers are called red_line" in label.text()
               for label in dock.bindings.constraints.findChildren(QLabel))


def _rule_count(project) -> int:
    """How many rules the one bound unit layer is reviewed with."""
    (target,) = bound_targets(project)
    return len(target.ruleset.rules)


def test_a_copied_project_folder_reviews_with_its_own_rule_set(dock, example_rules, tmp_path):
    """As QGIS finds a layer's file: the copy's rule set (one rule fewer) beside the copied project, not the original
    still at its absolute path — also once the copy is saved elsewhere and the original is gone."""
    _bound_before_first_save(dock, tmp_path / "bureau", example_rules)
    assert dock.project.write(str(tmp_path / "bureau" / "review.qgz"))
    whole = _rule_count(dock.project)
    dock.project.clear()
    shutil.copytree(tmp_path / "bureau", tmp_path / "copy")
    copied = tmp_path / "copy" / "rules" / "x.yaml"
    text = copied.read_text(encoding="utf-8")
    start = text.index("  - id: G-SL-04")
    copied.write_text(text[:start] + text[text.index("  - id: G-SL-05"):], encoding="utf-8")
    assert dock.project.read(str(tmp_path / "copy" / "review.qgz"))
    assert _rule_count(dock.project) == whole - 1
    (tmp_path / "copy" / "2027").mkdir()
    assert dock.project.write(str(tmp_path / "copy" / "2027" / "review.qgz"))  # saved elsewhere: the same file
    dock.project.clear()
    shutil.rmtree(tmp_path / "bureau")
    assert dock.project.read(str(tmp_path / "copy" / "2027" / "review.qgz"))
    assert [os.path.realpath(r.path) for t in bound_targets(dock.project) for r in t.ruleset.lists()] == [
        os.path.realpath(copied)]


def _added_again(project, source: str):
    """control_units removed from the project and a layer of ``source`` added under its name (a new id)."""
    project.removeMapLayer(layer("control_units").id())
    added = QgsVectorLayer(source, "control_units", "ogr")
    assert added.isValid()
    return project.addMapLayer(added)


def test_a_unit_layer_added_again_is_offered_its_binding_and_never_bound_unasked(dock, example_rules, qgis_iface):
    bind(dock.bindings, example_rules)
    units = layer("control_units")
    old_id, source = units.id(), units.source()
    qgis_iface.messageBar().clear_messages()
    added = _added_again(dock.project, source)
    assert bound_layers(dock.project) == {} and dock.targets == []  # not bound to the new layer unasked
    (problem,) = dock.unusable
    assert problem.startswith("Unit layer control_units, bound to the rule sets xiongan_example.yaml, is no longer in "
                              "the project, so no site is reviewed. Layer control_units has its data source"), problem
    assert "Restore binding" in problem and "Forget" in problem
    named = [m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning) if "no longer" in m]
    assert named[-1] == f"Zoning Review:{problem}"  # named as removed, then as offered to the layer added
    assert dock.bindings.current_layer().id() == added.id()
    assert dock.bindings.recorded.isVisibleTo(dock.bindings)
    assert dock.bindings.recorded.restore_button.isVisibleTo(dock.bindings)
    dock.bindings.recorded.restore_button.click()
    assert list(bound_layers(dock.project)) == [added.id()] and [t.layer.id() for t in dock.targets] == [added.id()]
    entry = json.loads(dock.project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")[0])
    assert list(entry["layers"]) == [added.id()] and old_id not in entry["layers"]
    assert entry["layers"][added.id()]["layer_source"] == source
    assert dock.unusable == [] and not dock.bindings.recorded.isVisibleTo(dock.bindings)


def test_a_binding_whose_layer_left_the_project_is_named_when_it_opens_until_forgotten(dock, example_rules,
                                                                                     qgis_iface, tmp_path):
    bind(dock.bindings, example_rules)
    copy = tmp_path / "units_2025.gpkg"
    shutil.copy(layer("control_units").source().split("|")[0], copy)
    added = _added_again(dock.project, f"{copy}|layername=control_units").id()
    path = tmp_path / "review.qgz"
    assert dock.project.write(str(path))
    dock.project.clear()
    qgis_iface.messageBar().clear_messages()
    assert dock.project.read(str(path))
    warnings = [m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning) if "no longer" in m]
    assert len(warnings) == 1 and "control_units, bound to the rule sets xiongan_example.yaml" in warnings[0]
    assert "added again as a new layer" in warnings[0] and "Bind the unit layer again" in warnings[0]
    assert dock.targets == [] and bound_layers(dock.project) == {}
    dock.bindings.layer_combo.setLayer(dock.project.mapLayer(added))
    assert dock.bindings.recorded.isVisibleTo(dock.bindings)
    assert not dock.bindings.recorded.restore_button.isVisibleTo(dock.bindings)  # another data source: not offered
    dock.bindings.recorded.forget_button.click()
    assert dock.unusable == [] and stored_bindings(dock.project) == ({}, [])
    assert not dock.bindings.recorded.isVisibleTo(dock.bindings)
