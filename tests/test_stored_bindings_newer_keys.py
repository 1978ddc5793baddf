"""Bindings written by a later version that added keys without a new version number (as this one added the unit
layer's name, source and file): named as a newer version's with those keys, left exactly as stored — never
rewritten without them by a save that relates the rule sets to the project's folder, nor by binding again — and their
layer not reviewed."""

import json
import shutil

import pytest

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

# (where a later version's key is added in the stored binding, the key as the message names it)
LATER_KEYS = [
    (lambda b: b.update(review_buffer_m=50), "review_buffer_m"),
    (lambda b: b["rule_sets"][0].update(weight=2), "rule_sets[1].weight"),
    (lambda b: b["constraints"]["red_line"].update(filter="\"grade\" = 'I'"), "constraints.red_line.filter"),
]


def _entry(project) -> dict:
    """The project's entry of bindings, as JSON."""
    return json.loads(project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")[0])


def _bound_before_first_save(dock, folder, example_rules):
    """control_units bound in the dock to a copy of the example rule set in ``folder``/rules, the project unsaved
    (its first save relates the rule set to the project's folder, which rewrites a binding it can read)."""
    (folder / "rules").mkdir(parents=True)
    rules = folder / "rules" / "x.yaml"
    shutil.copy(example_rules, rules)
    bind(dock.bindings, rules)
    return rules


def _as_a_later_version_wrote_it(project, add) -> str:
    """control_units' binding, on the layer and in the project's entry, with a later version's key added; the
    layer's binding as stored."""
    units = layer("control_units")
    stored = json.loads(units.customProperty(LAYER_PROPERTY))
    assert stored["constraints"]["red_line"]["layer_id"]
    add(stored)
    text = json.dumps(stored, ensure_ascii=False, sort_keys=True)
    units.setCustomProperty(LAYER_PROPERTY, text)
    entry = _entry(project)
    entry["layers"][units.id()] = stored
    project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, json.dumps(entry, ensure_ascii=False))
    return text


@pytest.mark.parametrize("add, key", LATER_KEYS)
def test_a_binding_with_a_later_versions_keys_is_named_kept_and_its_layer_not_reviewed(dock, example_rules, tmp_path,
                                                                                      add, key):
    _bound_before_first_save(dock, tmp_path / "bureau", example_rules)
    text = _as_a_later_version_wrote_it(dock.project, add)
    units = layer("control_units")
    entry = _entry(dock.project)
    assert dock.project.write(str(tmp_path / "bureau" / "review.qgz"))  # relates bound rule sets to the folder
    assert units.customProperty(LAYER_PROPERTY) == text and _entry(dock.project) == entry
    problems = stored_bindings(dock.project)[1]
    assert len(problems) == 1 and problems[0].startswith("The binding of layer control_units was written by a "
                                                         f"newer version of Zoning Review (it holds {key}, "), problems
    assert "left as it is" in problems[0] and "Update the plugin" in problems[0]
    assert bound_layers(dock.project) == {} and bound_targets(dock.project) == []
    with pytest.raises(InputError, match="newer version"):
        unit_binding(units)  # Processing: the layer is not reviewed either
    dock.project.clear()
    moved = tmp_path / "moved"
    shutil.copytree(tmp_path / "bureau", moved)
    assert dock.project.read(str(moved / "review.qgz"))
    assert dock.targets == [] and key in dock.unusable[0]  # the dock reviews no site
    assert dock.project.write(str(moved / "review.qgz"))  # written where it moved: still as stored
    assert layer("control_units").customProperty(LAYER_PROPERTY) == text and _entry(dock.project) == entry


@pytest.mark.parametrize("add, key", LATER_KEYS[:1])
def test_binding_again_never_writes_over_a_binding_with_a_later_versions_keys(dock, example_rules, tmp_path, add,
                                                                            key):
    rules = _bound_before_first_save(dock, tmp_path / "bureau", example_rules)
    text = _as_a_later_version_wrote_it(dock.project, add)
    entry = _entry(dock.project)
    dock.bindings.refresh()
    dock.bindings.layer_combo.setLayer(layer("control_units"))
    assert "Update the plugin" in dock.bindings.status.text() and key in dock.bindings.status.text()
    dock.bindings.rules_file.setFilePath("")
    dock.bindings.rules_file.setFilePath(str(rules))
    dock.bindings.unbind()
    assert layer("control_units").customProperty(LAYER_PROPERTY) == text and _entry(dock.project) == entry
    with pytest.raises(StoredBindingError, match="Update the plugin"):
        write_binding(layer("control_units"), _readable(), dock.project)
    dock.refresh_targets()
    assert dock.targets == [] and key in dock.unusable[0]


def _readable():
    """A binding this version reads and writes."""
    from zoning_review.plugin.core.model.binding import UnitBinding

    return UnitBinding(code_field="HJGKDYBM")


def test_a_project_entry_with_a_later_versions_keys_is_never_written_over(dock, example_rules, tmp_path):
    _bound_before_first_save(dock, tmp_path / "bureau", example_rules)
    entry = dict(_entry(dock.project), groups={"county": [layer("control_units").id()]})
    text = json.dumps(entry, ensure_ascii=False)
    dock.project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, text)
    assert dock.project.write(str(tmp_path / "bureau" / "review.qgz"))
    assert dock.project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")[0] == text
    problems = stored_bindings(dock.project)[1]
    assert len(problems) == 1 and problems[0].startswith("The project's bindings were written by a newer version "
                                                         "of Zoning Review (they hold groups, "), problems
    with pytest.raises(StoredBindingError, match="Update the plugin"):
        write_binding(layer("control_units"), _readable(), dock.project)
    assert dock.project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")[0] == text


def test_a_version_1_binding_with_only_its_own_keys_still_reads(sample_project, example_rules):
    units = layer("control_units")
    old = {"version": 1, "code_field": "HJGKDYBM", "name_field": "HJGKDYMC", "category_field": "ZHGKDYFL",
           "prose_fields": {}, "rules_path": str(example_rules), "rules_relative": "",
           "constraints": {"red_line": {"layer_id": layer("red_line").id(), "layer_name": "red_line"}}}
    units.setCustomProperty(LAYER_PROPERTY, json.dumps(old))
    assert bound_layers(sample_project)[units.id()].rules_path == str(example_rules)
    units.setCustomProperty(LAYER_PROPERTY, json.dumps(dict(old, layer_source="units.gpkg")))  # a version 2 key
    assert bound_layers(sample_project) == {} and "layer_source" in stored_bindings(sample_project)[1][0]
