"""The sample action's copy: made once in a user folder, saved bound to the example rule set."""

from pathlib import Path

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



def test_a_new_plugin_version_opens_a_fresh_sample_and_leaves_the_old_copy_as_it_was(qgis_app, tmp_path,
                                                                                   monkeypatch):
    import shutil

    from qgis.core import QgsApplication

    from zoning_review.plugin.gui import sample_project

    profile = tmp_path / "profile"
    monkeypatch.setattr(QgsApplication, "qgisSettingsDirPath", staticmethod(lambda: str(profile)))
    old = Path(sample_project.sample_folder())
    assert Path(sample_project.prepare_sample(str(old))).parent == old and profile in old.parents
    (old / "README.md").write_text("my notes", encoding="utf-8")
    (old / "审查.qgz").write_bytes(b"saved by the user")
    monkeypatch.setattr(sample_project, "plugin_version", lambda: "9.9.9", raising=False)
    assert Path(sample_project.sample_folder()) != old, "a new version alone has its own copy"
    bundle = tmp_path / "plugin" / "sample"  # the next version's sample: its README rewritten
    shutil.copytree(sample_project.SAMPLE_DIR, bundle)
    (bundle / "README.md").write_text("# 新版示例\n", encoding="utf-8")
    monkeypatch.setattr(sample_project, "SAMPLE_DIR", str(bundle))
    new = Path(sample_project.sample_folder())
    assert new != old and "9.9.9" in new.name
    path = sample_project.prepare_sample(str(new))
    assert (new / "README.md").read_text(encoding="utf-8") == "# 新版示例\n"
    project = QgsProject()
    assert project.read(path) and len(bound_layers(project)) == 1
    project.clear()
    assert (old / "README.md").read_text(encoding="utf-8") == "my notes", "the earlier copy is left as it was"
    assert (old / "审查.qgz").read_bytes() == b"saved by the user"
