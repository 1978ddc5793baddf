"""*Layer names…* in the rule editor: a declared layer's label and its filters' field labels edited in a table, the
declaration replaced in the file (the rest of it unchanged), one Undo step; what the rules' filters read offered
unlabelled; a Chinese label required; the saved rule set says the new words."""

import shutil
from pathlib import Path

import pytest
import yaml
from qgis.PyQt.QtWidgets import QDialogButtonBox

from zoning_review.plugin.core.model.results import SpatialQuery
from zoning_review.plugin.core.rules import yaml_update
from zoning_review.plugin.core.rules.condition_words import filter_words
from zoning_review.plugin.core.rules.layer_words import FieldWords, declaration_of, field_rows
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.rules.rule_file import RuleFile
from zoning_review.plugin.gui.rule_editor.dialog import RuleEditorDialog
from zoning_review.plugin.gui.rule_editor.layer_names import LayerNamesDialog

from .test_rule_editor_attributes import answering
from .test_rule_file_edit import SMALL

NEW_WATER = {"label": {"zh": "饮用水水源保护区", "en": "Drinking-water source zone"},
             "fields": {"grade": {"zh": "级别", "en": "grade"}, "name": {"zh": "水源地名称"}}}


@pytest.mark.parametrize("river", [
    "  river_bank: {label: {zh: 河岸}}   # the bank line\n",
    "  river_bank:\n    label: {zh: 河岸}   # the bank line\n    fields: {DM: {zh: 代码}}\n",
])
@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_replacing_a_declaration_keeps_the_rest_of_the_file(river, eol):
    text = SMALL.replace("  river_bank: {label: {zh: 河岸}}   # the bank line\n", river).replace("\n", eol)
    new = {"label": {"zh": "河流岸线", "en": "River bank"}, "fields": {"AN_JB": {"zh": "岸线级别"}}}
    edited = yaml_update.replace_entry(text, "layers", "river_bank", new)
    data, before = yaml.safe_load(edited), yaml.safe_load(text)
    assert data["layers"]["river_bank"] == new
    assert {k: v for k, v in data.items() if k != "layers"} == {k: v for k, v in before.items() if k != "layers"}
    assert edited.startswith(text[:text.index("river_bank")]) and edited.endswith(text[text.index("rules:"):])
    assert edited.replace("\r\n", "").count("\n") == 0 or eol == "\n"


def test_the_fields_offered_are_the_labelled_then_those_the_filters_read():
    document = yaml.safe_load(SMALL)
    document["layers"]["river_bank"]["fields"] = {"DM": {"zh": "代码", "en": "code"}}
    document["rules"].append({"id": "R3", "when": {"spatial": {"layer": "river_bank", "relation": "overlaps",
                                                               "where": "\"dm\" = '1' AND \"AN_JB\" = '一级'"}}})
    assert field_rows(document, "river_bank") == [FieldWords("DM", "代码", "code"), FieldWords("AN_JB", "", "")]


def test_a_declaration_needs_chinese_words(qgis_app):
    rows = [FieldWords("DM", "代码", ""), FieldWords("AN_JB", "", ""), FieldWords("MC", "", "name"),
            FieldWords("", "级别", ""), FieldWords("dm", "编码", "")]
    declaration, problems = declaration_of(" ", "River bank", rows)
    assert declaration == {"label": {"zh": "", "en": "River bank"}, "fields": {"DM": {"zh": "代码"}}}
    assert problems == ["The layer needs a Chinese name.", "The field MC needs a Chinese label.",
                        "A labelled row has no field name.", "The field dm is labelled twice."]
    assert declaration_of("河岸", "", rows[:2]) == ({"label": {"zh": "河岸"}, "fields": {"DM": {"zh": "代码"}}}, [])


def _edit_water(dialog: LayerNamesDialog) -> None:
    """As a user would: water_source chosen, its English name, grade's labels and name's Chinese label typed."""
    dialog.layer.setCurrentIndex(dialog.layer.findData("water_source"))
    dialog.en.setText("Drinking-water source zone")
    table = dialog.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["grade"]
    table.item(0, 1).setText("级别")
    table.item(0, 2).setText("grade")
    dialog._add_row()
    table.item(1, 0).setText("name")
    table.item(1, 1).setText("水源地名称")


def test_the_dialog_gives_the_changed_declarations(qgis_app, example_rules):
    dialog = LayerNamesDialog(RuleFile.open(str(example_rules)).data)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    _edit_water(dialog)
    dialog.layer.setCurrentIndex(dialog.layer.findData("red_line"))  # the edits kept while another is shown
    dialog.zh.setText("")
    assert not ok.isEnabled() and "Chinese name" in dialog.message.text()
    dialog.zh.setText("生态保护红线")
    assert ok.isEnabled() and not dialog.message.text()
    dialog.accept()
    assert dialog.changed == {"water_source": NEW_WATER}


@pytest.fixture
def editor(qgis_app, example_rules, tmp_path):
    path = tmp_path / "rules.yaml"
    shutil.copyfile(example_rules, path)
    dialog = RuleEditorDialog(RuleFile.open(str(path)), [], {})
    yield dialog
    dialog.file.original = dialog.file.text
    dialog.deleteLater()


def test_the_editor_writes_the_names_as_one_edit(editor, monkeypatch):
    original = editor.file.text
    monkeypatch.setattr(LayerNamesDialog, "exec", answering(_edit_water))
    editor.layers_button.click()
    assert editor.file.data["layers"]["water_source"] == NEW_WATER
    text = editor.file.text
    assert text.startswith(original[:original.index("  water_source:")])
    assert text.endswith(original[original.index("  river_bank:"):])
    editor.file.save()
    ruleset = load_ruleset(editor.file.path).ruleset
    said = filter_words(ruleset.layers, SpatialQuery("water_source", "\"grade\" = 'I'"))
    assert (said.zh, said.en) == ("饮用水水源保护区中级别为 I 的部分", "Drinking-water source zone where grade is I")
    editor.undo_button.click()
    assert editor.file.text == original
    editor.redo_button.click()
    assert editor.file.text == text == Path(editor.file.path).read_text(encoding="utf-8")


def test_a_rule_set_without_layers_says_how_to_declare_one(qgis_app, tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_text(SMALL.replace("layers:\n  river_bank: {label: {zh: 河岸}}   # the bank line\n", ""),
                    encoding="utf-8")
    editor = RuleEditorDialog(RuleFile.open(str(path)), [], {})
    editor.layers_button.click()
    assert "declares no layer" in editor.status.text()
    editor.deleteLater()
