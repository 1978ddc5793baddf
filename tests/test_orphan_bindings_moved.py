"""A binding recorded for a unit layer no longer in the project, after the project moved with its data: the layer
that is the same data moved (the same file relative to the project's folder, or the same file name and layer name
when one layer has them) is offered Restore binding; several such layers are named and none is offered. Its rule-set
files are kept relative to where the project is saved, so a Restore after a Save As and a move finds them."""

import shutil

from qgis.core import QgsVectorLayer

from tests.dock_helpers import bind
from tests.sample_project import layer
from zoning_review.plugin.core.inputs.bindings import bound_layers
from zoning_review.plugin.core.inputs.targets import bound_targets


def _added_again(project, source: str, name: str = "control_units") -> QgsVectorLayer:
    """A layer of ``source`` added to the project under ``name`` (a new id)."""
    added = QgsVectorLayer(source, name, "ogr")
    assert added.isValid(), source
    return project.addMapLayer(added)


def _bound_in(dock, folder, example_rules, data=True) -> str:
    """control_units bound in the dock to ``folder``/rules/x.yaml — its data copied to ``folder``/data/units.gpkg
    when ``data`` —, removed and added again (its binding recorded for a layer no longer in the project); the
    project saved as ``folder``/review.qgz. The source of the layer added again."""
    (folder / "rules").mkdir(parents=True)
    shutil.copy(example_rules, folder / "rules" / "x.yaml")
    units = layer("control_units")
    source = units.source()
    if data:
        (folder / "data").mkdir()
        shutil.copy(source.split("|")[0], folder / "data" / "units.gpkg")
        source = f"{folder / 'data' / 'units.gpkg'}|layername=control_units"
        dock.project.removeMapLayer(units.id())
        _added_again(dock.project, source)
    bind(dock.bindings, folder / "rules" / "x.yaml")
    assert dock.project.write(str(folder / "review.qgz"))
    dock.project.removeMapLayer(layer("control_units").id())
    _added_again(dock.project, source)
    assert dock.project.write(str(folder / "review.qgz"))
    dock.project.clear()
    return source


def _restored(dock) -> None:
    """control_units chosen in the panel, Restore binding offered and clicked: the layer is reviewed again."""
    units = layer("control_units")
    dock.bindings.layer_combo.setLayer(units)
    assert dock.bindings.recorded.restore_button.isVisibleTo(dock.bindings)
    dock.bindings.recorded.restore_button.click()
    assert list(bound_layers(dock.project)) == [units.id()]
    assert dock.unusable == [] and [t.layer.id() for t in dock.targets] == [units.id()]


def test_a_project_moved_with_its_data_is_offered_the_binding_of_the_layer_it_moved(dock, example_rules, tmp_path):
    _bound_in(dock, tmp_path / "bureau", example_rules)
    shutil.move(tmp_path / "bureau", tmp_path / "archive")
    assert dock.project.read(str(tmp_path / "archive" / "review.qgz"))
    assert layer("control_units").source().startswith(str(tmp_path / "archive" / "data" / "units.gpkg"))
    assert dock.unusable == [
        "Unit layer control_units, bound to the rule sets x.yaml, is no longer in the project, so no site is "
        "reviewed. Layer control_units holds its data, moved with the project: choose control_units as the unit "
        "layer in the Zoning Review panel and click Restore binding, or click Forget there to drop the old binding."]
    dock.bindings.layer_combo.setLayer(layer("control_units"))
    assert "This layer holds the data of control_units, moved with the project" in dock.bindings.recorded.label.text()
    _restored(dock)


def test_a_restore_after_a_save_as_and_a_move_finds_the_rule_set_beside_the_project(dock, example_rules, tmp_path):
    _bound_in(dock, tmp_path / "bureau", example_rules, data=False)
    assert dock.project.read(str(tmp_path / "bureau" / "review.qgz"))
    (tmp_path / "bureau" / "2027").mkdir()
    assert dock.project.write(str(tmp_path / "bureau" / "2027" / "review.qgz"))  # Save As, the binding unrestored
    dock.project.clear()
    shutil.move(tmp_path / "bureau", tmp_path / "archive")
    assert dock.project.read(str(tmp_path / "archive" / "2027" / "review.qgz"))
    _restored(dock)
    (target,) = bound_targets(dock.project)
    assert [r.path for r in target.ruleset.lists()] == [str(tmp_path / "archive" / "rules" / "x.yaml")]


def test_a_save_as_then_a_move_with_the_data_still_finds_the_layer_it_moved(dock, example_rules, tmp_path):
    _bound_in(dock, tmp_path / "bureau", example_rules)
    assert dock.project.read(str(tmp_path / "bureau" / "review.qgz"))
    (tmp_path / "bureau" / "2027").mkdir()
    assert dock.project.write(str(tmp_path / "bureau" / "2027" / "review.qgz"))
    dock.project.clear()
    shutil.move(tmp_path / "bureau", tmp_path / "archive")
    assert dock.project.read(str(tmp_path / "archive" / "2027" / "review.qgz"))
    _restored(dock)


def _reorganised(dock, example_rules, tmp_path, folders) -> None:
    """control_units bound from ``tmp_path``/old/units.gpkg, removed, the old folder gone, and a layer called
    control_units added from units.gpkg in each of ``folders`` (another place relative to the project)."""
    (tmp_path / "old").mkdir()
    shutil.copy(layer("control_units").source().split("|")[0], tmp_path / "old" / "units.gpkg")
    dock.project.removeMapLayer(layer("control_units").id())
    _added_again(dock.project, f"{tmp_path / 'old' / 'units.gpkg'}|layername=control_units")
    bind(dock.bindings, example_rules)
    dock.project.removeMapLayer(layer("control_units").id())
    for folder in folders:
        (tmp_path / folder).mkdir()
        shutil.copy(tmp_path / "old" / "units.gpkg", tmp_path / folder / "units.gpkg")
    shutil.rmtree(tmp_path / "old")
    for folder in folders:
        _added_again(dock.project, f"{tmp_path / folder / 'units.gpkg'}|layername=control_units")
    _added_again(dock.project, f"{tmp_path / folders[0] / 'units.gpkg'}|layername=red_line", "red_line_2025")
    dock.refresh_targets()


def test_the_one_layer_of_the_same_file_name_and_layer_name_is_offered(dock, example_rules, tmp_path):
    _reorganised(dock, example_rules, tmp_path, ["2025"])
    assert "Layer control_units holds its data, moved with the project" in dock.unusable[0]
    _restored(dock)


def test_several_layers_that_may_hold_the_data_are_named_and_none_is_offered(dock, example_rules, tmp_path):
    _reorganised(dock, example_rules, tmp_path, ["2025", "2026"])
    sources = [f"control_units ({tmp_path / folder / 'units.gpkg'}|layername=control_units)"
               for folder in ("2025", "2026")]
    (problem,) = dock.unusable
    assert problem.startswith("Unit layer control_units, bound to the rule sets xiongan_example.yaml, is no longer in "
                              "the project, so no site is reviewed. The layers control_units (")
    assert problem.endswith(" each may hold its data: none is offered, as which one it is is not known. Bind the "
                            "right one again in the Zoning Review panel and click Forget there to drop the old "
                            "binding.")
    assert all(source in problem for source in sources)
    for units in dock.project.mapLayersByName("control_units"):
        dock.bindings.layer_combo.setLayer(units)
        assert dock.bindings.recorded.isVisibleTo(dock.bindings)
        assert not dock.bindings.recorded.restore_button.isVisibleTo(dock.bindings)
