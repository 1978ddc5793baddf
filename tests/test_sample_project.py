"""The sample action's copy: made once in a user folder, saved bound to the example rule set."""

from qgis.core import QgsProject

from zoning_review.plugin.core.inputs.bindings import bound_layers, resolve_rules_path
from zoning_review.plugin.gui.sample_project import prepare_sample


def test_copy_is_bound_and_kept(qgis_app, tmp_path):
    folder = tmp_path / "profile" / "sample"
    path = prepare_sample(str(folder))
    assert sorted(p.name for p in folder.iterdir()) == [
        "README.md", "rules", "xiongan_review.qgz", "xiongan_sample.gpkg"]
    project = QgsProject()
    assert project.read(path)
    bindings = bound_layers(project)
    assert len(bindings) == 1
    (layer_id, binding), = bindings.items()
    assert project.mapLayer(layer_id).name() == "control_units"
    assert resolve_rules_path(binding, project) == str(folder / "rules" / "xiongan_example.yaml")
    assert binding.rules_relative == "rules/xiongan_example.yaml"
    assert binding.code_field == "HJGKDYBM"
    assert set(binding.constraints) == {"industrial_park", "red_line", "river_bank", "water_source"}
    assert all(project.mapLayer(c.layer_id) is not None for c in binding.constraints.values())
    assert all(layer.isValid() for layer in project.mapLayers().values())
    project.clear()
    edited = folder / "README.md"
    edited.write_text("my notes", encoding="utf-8")
    assert prepare_sample(str(folder)) == path
    assert edited.read_text(encoding="utf-8") == "my notes", "a second use must not overwrite the copy"
