"""Stored data nested thousands of levels deep (a hand-edited or damaged project, register or condition) is named
like any other unreadable value — where, and what to do —, never a RecursionError's traceback or a crashed QGIS:
a binding on a layer or in the project's entry, the project's saved reviews, a register entry, the rule editor's
YAML page and a rule file."""

import json

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from zoning_review.plugin.core.inputs.bindings import LAYER_PROPERTY, PROJECT_KEY, PROJECT_SCOPE, stored_bindings
from zoning_review.plugin.core.outputs.register import RegisterEntry, RegisterError, append_to_register
from zoning_review.plugin.core.outputs.register_records import read_register
from zoning_review.plugin.core.review.saved import SavedReviewError, entry_from_json
from zoning_review.plugin.core.rules.yaml_source import read_yaml
from zoning_review.plugin.gui.rule_editor.yaml_condition import yaml_condition

from .test_binding_json_words import reopened
from .test_feedback_language import ui  # noqa: F401 - the fixture setting the UI language
from .test_register import entry
from .test_register_not_applied import CLAUSES_AT

DEEP = "[" * 5000 + "]" * 5000


def deep_at(text: str) -> str:
    """Where ``text`` (on one line) opens its 65th nested bracket, as the messages say it: counted here bracket by
    bracket, apart from the code under test."""
    depth = 0
    for column, character in enumerate(text, 1):
        depth += {"[": 1, "{": 1, "]": -1, "}": -1}.get(character, 0)
        if depth == 65:
            return f"at line 1, column {column}"
    raise AssertionError("not nested 65 levels deep")


def test_a_layer_binding_nested_5000_levels_deep_is_named_with_what_to_do(ui, tmp_path):  # noqa: F811
    stored = '{"version": 2, "constraints": {"red_line": ' + DEEP + "}}"
    project = QgsProject()
    units = QgsVectorLayer("Polygon?crs=EPSG:4490&field=code:string", "管控单元", "memory")
    units.setCustomProperty(LAYER_PROPERTY, stored)
    project.addMapLayer(units)
    again = reopened(project, tmp_path / "layer.qgs")
    ui("en")
    bindings, [problem] = stored_bindings(again)
    assert bindings == {}
    assert (f"The binding of layer 管控单元 cannot be read (nested more than 64 levels deep {deep_at(stored)}): the "
            "layer is not reviewed. Bind it again in the Zoning Review panel") in problem, problem
    ui("zh")
    [problem] = stored_bindings(again)[1]
    assert problem.startswith("无法读取图层 管控单元 的绑定（"), problem


def test_a_project_entry_nested_5000_levels_deep_is_named_and_the_layers_own_bindings_used(ui, tmp_path):  # noqa: F811
    stored = '{"version": 2, "layers": {"units_1": {"version": 2, "prose_fields": ' + DEEP + "}}}"
    project = QgsProject()
    project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, stored)
    ui("en")
    [problem] = stored_bindings(reopened(project, tmp_path / "entry.qgs"))[1]
    assert (f"record of the unit-layer bindings cannot be read (nested more than 64 levels deep {deep_at(stored)}): "
            "the bindings the layers carry are used.") in problem, problem


def test_brackets_inside_texts_are_no_nesting(ui, tmp_path):  # noqa: F811
    name = "[" * 200 + "{" * 200  # a layer name is any text
    stored = json.dumps({"version": 2, "code_field": "code", "constraints": {name: {"layer_id": "x",
                                                                                    "layer_name": name}}})
    project = QgsProject()
    units = QgsVectorLayer("Polygon?crs=EPSG:4490&field=code:string", "units", "memory")
    units.setCustomProperty(LAYER_PROPERTY, stored)
    project.addMapLayer(units)
    bindings, problems = stored_bindings(project)
    assert problems == [] and bindings[units.id()].constraints[name].layer_name == name


def test_saved_reviews_nested_5000_levels_deep_are_named_with_what_to_do(ui):  # noqa: F811
    ui("en")
    stored = '{"version": 1, "current": "", "reviews": ' + DEEP + "}"
    with pytest.raises(SavedReviewError) as error:
        entry_from_json(stored)
    assert (f"The project's saved reviews cannot be read (nested more than 64 levels deep {deep_at(stored)}); they "
            "are left as they are") in str(error.value), error.value
    assert "open a backup copy of the project" in str(error.value)


def test_a_register_entry_nested_5000_levels_deep_is_named_by_its_number(qgis_new_project, ui, tmp_path):  # noqa: F811
    ui("en")
    path = str(tmp_path / "r.gpkg")
    made = entry("S01", "compliant")
    stored = '{"version": 2, "clauses": ' + DEEP + ', "unmatched": []}'
    made.values[CLAUSES_AT] = stored
    append_to_register(path, RegisterEntry(made.site, made.site_crs, made.values))
    [record] = read_register(path)
    with pytest.raises(RegisterError) as error:
        record.clauses()
    assert (f"Register {path}, entry 1: the recorded review cannot be read (nested more than 64 levels deep "
            f"{deep_at(stored)})") in str(error.value), error.value


@pytest.mark.parametrize("levels", [5000, 100_000])
def test_a_condition_nested_deeply_on_the_yaml_page_is_a_message_where_it_nests_too_deep(ui, levels):  # noqa: F811
    ui("en")
    text = "all:\n  - any: " + "[" * levels + "]" * levels
    with pytest.raises(ValueError) as error:
        yaml_condition(text)
    # line 2: the top mapping, the all: list and the any: mapping are three levels; the 62nd bracket the 65th level
    column = len("  - any: ") + 62
    assert str(error.value).startswith(f"Line 2, column {column}: the condition is nested more than 64 levels deep "
                                       "here"), error.value


def test_a_condition_nested_within_the_limit_still_reads(ui):  # noqa: F811
    nested: list = []
    for _level in range(39):
        nested = [nested]
    assert yaml_condition("all: " + "[" * 40 + "]" * 40) == {"all": nested}


def test_a_rule_file_nested_100000_levels_deep_is_a_located_message(tmp_path):
    path = tmp_path / "deep.yaml"
    path.write_text("rules: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    document, [problem] = read_yaml(str(path))
    assert document is None and (problem.line, problem.column) == (1, len("rules: ") + 64), problem
    assert "nested more than 64 levels deep" in problem.text(), problem.text()
