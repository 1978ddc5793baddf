"""A text attribute's values in the rule editor's *Attributes…*: declared in a table (id, Chinese and English label,
other spellings), an id fixed once declared, a value that cannot be declared named; written over the file's own
words for those unchanged; the saved rule set recognises a project's value by any of its spellings and needs
information for one it does not list."""

import json

import pytest
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QTableWidgetItem

from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.review.evaluation import evaluate_unit
from zoning_review.plugin.core.rules.attribute_values import ValueWords, values_of
from zoning_review.plugin.core.rules.attribute_words import AttributeWords, declaration_of, words_of
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.rules.ruleset import UnitContext
from zoning_review.plugin.gui.attribute_rows import AttributeRows
from zoning_review.plugin.gui.rule_editor.attribute_names import AttributeNamesDialog
from zoning_review.plugin.gui.rule_editor.condition_picker import ConditionPicker

from .test_rule_editor_attributes import add_prohibition, editor_declaring
from .test_rule_file_edit import SMALL

SOLVENT = {"type": "string", "label": {"zh": "涂料类型", "en": "Coating"}, "values": [
    {"id": "water_based", "label": {"zh": "水性涂料"}, "synonyms": ["水性", "水溶性涂料"]},
    {"id": "solvent_based", "label": {"zh": "溶剂型涂料", "en": "Solvent-borne"}, "synonyms": ["油性", "油漆"]}]}
ROWS = (ValueWords("water_based", "水性涂料", "", "水性; 水溶性涂料"),
        ValueWords("solvent_based", "溶剂型涂料", "Solvent-borne", "油性；油漆"))


def test_the_rows_make_the_values(qgis_app):
    words = AttributeWords("coating", "string", "涂料类型", "Coating", "", "", ROWS + (ValueWords("", " ", "", ""),))
    assert declaration_of(words, None, {}) == (SOLVENT, [])
    number = AttributeWords("area", "number", "面积", "", "", "", ROWS)  # a number has no values
    assert "values" not in declaration_of(number, None, {})[0]


def test_a_declared_attribute_reads_back_as_its_rows(qgis_app):
    declared = dict(SOLVENT, values=[*SOLVENT["values"], {"id": "odd", "label": {"zh": "其他"},
                                                           "synonyms": ["甲;乙"]}])  # a spelling with a semicolon
    words = words_of("coating", declared)
    assert words.values == ROWS[:1] + (ValueWords("solvent_based", "溶剂型涂料", "Solvent-borne", "油性; 油漆"),
                                       ValueWords("odd", "其他", "", "甲;乙"))
    assert declaration_of(words, declared, {"coating": declared}) == (declared, [])


def test_values_that_cannot_be_declared_are_named(qgis_app):
    rows = [ValueWords("", "粉末", "", ""), ValueWords("2k", "双组分", "", ""), ValueWords("water_based", "", "", ""),
            ValueWords("WATER_BASED", "水基", "", ""), ValueWords("uv", "光固化", "", "水性涂料")]
    values, problems = values_of("coating", [*ROWS[:1], *rows], None)
    assert [value["id"] for value in values] == ["water_based", "uv"]
    assert problems == [
        "A value has no id: give it one of letters, digits and _ (such as water_based).",
        "The value id 2k must start with a letter and hold only letters, digits and _ (such as water_based).",
        "The value water_based is given twice.",
        "The value WATER_BASED is given twice.",
        "The spelling 水性涂料 names two values: water_based and uv."]


def _type_row(dialog: AttributeNamesDialog, row: ValueWords) -> None:
    dialog.add_value.click()
    index = dialog.values.rowCount() - 1
    for column, text in enumerate(row):
        dialog.values.setItem(index, column, QTableWidgetItem(text))


def _declare_coating(dialog: AttributeNamesDialog) -> None:
    dialog.attribute.setCurrentIndex(dialog.attribute.findData(""))
    assert not dialog.values.isVisibleTo(dialog)  # a number's page: no values
    dialog.name.setText("coating")
    dialog.type.setCurrentIndex(dialog.type.findData("string"))
    assert dialog.values.isVisibleTo(dialog)
    dialog.zh.setText("涂料类型")
    dialog.en.setText("Coating")
    for row in ROWS:
        _type_row(dialog, row)


def test_the_dialog_fixes_a_declared_value_s_id(qgis_app):
    dialog = AttributeNamesDialog({"attributes": {"coating": SOLVENT}})
    dialog.attribute.setCurrentIndex(dialog.attribute.findData("coating"))
    assert dialog.values.rowCount() == 2
    assert not dialog.values.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable  # the rules name it
    assert dialog.values.item(0, 1).flags() & Qt.ItemFlag.ItemIsEditable
    _type_row(dialog, ValueWords("powder", "粉末涂料", "", "水性"))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.message.text() == "The spelling 水性 names two values: water_based and powder."
    dialog.values.item(2, 3).setText("粉末")
    assert ok.isEnabled()
    dialog.accept()
    assert dialog.changed == {"coating": dict(SOLVENT, values=[*SOLVENT["values"], {
        "id": "powder", "label": {"zh": "粉末涂料"}, "synonyms": ["粉末"]}])}


def _pick_solvent_based(picker) -> int:
    picker.kind.setCurrentIndex(picker.kind.findData("attribute"))
    picker.attribute.setCurrentIndex(picker.attribute.findData("coating"))
    picker.attribute_op.setCurrentIndex(picker.attribute_op.findData("=="))
    picker.attribute_value.setText("solvent_based")
    picker.accept()
    return QDialog.DialogCode.Accepted


@pytest.mark.parametrize("given, status", [("油漆", "conflict"), ("Solvent-borne", "conflict"),
                                           ("水性", "not_applicable"), ("粉末涂料", "needs_info")])
def test_values_declared_in_the_editor_review_a_project(qgis_app, tmp_path, monkeypatch, given, status):
    path = tmp_path / "rules.yaml"
    editor = editor_declaring(path, monkeypatch, _declare_coating)
    assert editor.file.data["attributes"] == {"coating": SOLVENT}
    add_prohibition(editor, monkeypatch, "COAT-1", "禁止新建使用溶剂型涂料的项目。", _pick_solvent_based)
    loaded = load_ruleset(str(path))
    assert not [m for m in loaded.messages if "COAT-1" in str(m) or "coating" in str(m.json_path)], loaded.messages
    unit = UnitContext("ZH13062920001", "容城县城镇重点管控单元", "重点管控单元", {})
    found = {f.rule_id: f for f in evaluate_unit(loaded.ruleset, unit,
                                                 ProjectDescription(attributes={"coating": given}), {})}
    assert str(found["COAT-1"].status) == status


def test_the_project_form_offers_a_text_s_values(qgis_app, tmp_path, qtbot):
    path = tmp_path / "rules.yaml"
    path.write_text(SMALL.replace("layers:\n", "attributes:\n  coating: " + json.dumps(SOLVENT, ensure_ascii=False)
                                  + "\nlayers:\n"), encoding="utf-8")
    rows = AttributeRows()
    qtbot.addWidget(rows)
    rows.set_declared(list(load_ruleset(str(path)).ruleset.attributes.values()))
    edit = rows.editors["coating"]
    assert edit.toolTip() == "The rule set's values: 水性涂料, Solvent-borne"  # English words where given
    completer = edit.completer()
    completer.setCompletionPrefix("涂料")  # any part of a label
    assert completer.completionCount() == 1 and completer.currentCompletion() == "水性涂料"
    completer.setCompletionPrefix("solvent")
    assert completer.currentCompletion() == "Solvent-borne"
    edit.setText("油漆")  # another spelling the rule set knows, typed: given as typed
    assert rows.value("coating") == "油漆"


def test_the_picker_names_the_values_and_writes_their_ids(qgis_app):
    document = {"attributes": {"area": {"type": "number", "label": {"zh": "面积"}}, "coating": SOLVENT}, "rules": []}
    picker = ConditionPicker(document, [], {})
    picker.kind.setCurrentIndex(picker.kind.findData("attribute"))
    assert not picker.attribute_values.isVisibleTo(picker)  # a number: no values to name
    picker.attribute.setCurrentIndex(picker.attribute.findData("coating"))
    assert picker.attribute_values.isVisibleTo(picker)
    assert picker.attribute_values.text() == "Its values: 水性涂料 (water_based), Solvent-borne (solvent_based)"
    picker.attribute_op.setCurrentIndex(picker.attribute_op.findData("in"))
    picker.attribute_value.setText("水性涂料, 油漆, 粉末")  # a label, another spelling, one not declared
    assert picker.condition() == {"attribute": {"name": "coating", "op": "in",
                                                "value": ["water_based", "solvent_based", "粉末"]}}
    picker.deleteLater()
