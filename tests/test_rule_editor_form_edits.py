"""The rule editor's form: a layer declared from the picker is part of the form's edit (undone with it, never written
when the form is discarded); messages beside the fields name the rule by its id, never a file or a JSON path; an id a
later rule has is named beside the id being edited."""

import shutil

import pytest
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtWidgets import QDialog, QMessageBox

from zoning_review.plugin.core.rules.rule_file import RuleFile
from zoning_review.plugin.gui import standard_buttons
from zoning_review.plugin.gui.rule_editor.condition_picker import ConditionPicker
from zoning_review.plugin.gui.rule_editor.dialog import RuleEditorDialog

# The example rule set's first and twelfth rules' ids (rules/examples/xiongan_example.yaml, read by hand).
FIRST_ID, LATER_ID = "G-SL-01", "G-RP-01"
WETLAND = {"spatial": {"layer": "layer", "relation": "overlaps"}}  # 湿地 has no Latin letters: declared as "layer"


@pytest.fixture
def editor(qgis_app, example_rules, tmp_path, sample_gpkg):
    path = tmp_path / "rules.yaml"
    shutil.copyfile(example_rules, path)
    wetland = QgsVectorLayer(f"{sample_gpkg}|layername=industrial_park", "湿地", "ogr")
    dialog = RuleEditorDialog(RuleFile.open(str(path)), [], {}, project_layers=[(wetland.id(), wetland.name())])
    dialog.wetland = wetland
    yield dialog
    dialog.file.original = dialog.file.text  # nothing to ask on close
    dialog.wetland = None  # the layer released while QGIS runs: one left to the interpreter's exit crashed it (3.44)
    dialog.deleteLater()


def pick_wetland(monkeypatch, dialog, where: str = "", layer: str = "layer") -> None:
    """Add… under When, the project layer declared as "layer" (湿地 here; or the rule set's ``layer``) picked with
    'overlapping' and ``where`` as its filter, OK: as the picker is used."""
    def run(picker):
        picker.kind.setCurrentIndex(picker.kind.findData("spatial"))
        assert picker.layer.findData(layer) >= 0, layer
        picker.layer.setCurrentIndex(picker.layer.findData(layer))
        picker.relation.setCurrentIndex(picker.relation.findData("overlaps"))
        picker.where.setText(where)
        picker.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConditionPicker, "exec", run)
    dialog.panel.when.add_button.click()


def test_a_layer_picked_is_not_written_while_the_form_may_be_discarded(editor, monkeypatch):
    original = editor.file.text
    pick_wetland(monkeypatch, editor)
    assert editor.panel.when.items[-1] == WETLAND and editor.pending()
    assert editor.panel.when.list.item(editor.panel.when.list.count() - 1).text() == "Overlapping 湿地"
    assert editor.apply_button.isEnabled()  # the form's layer counts as declared for its checks
    assert editor.file.text == original and not editor.file.changed
    editor.undo_button.click()  # Undo discards the form's changes
    assert editor.file.text == original and not editor.file.changed and not editor.pending()
    assert "layer" not in editor.file.data["layers"] and editor.new_bindings == {}
    pick_wetland(monkeypatch, editor)
    monkeypatch.setattr(standard_buttons, "question", lambda *args: QMessageBox.StandardButton.Yes)
    editor.new_button.click()  # another rule: the form's changes kept only when applied (here they are)
    assert "layer" in editor.file.data["layers"] and editor.file.rules[0]["when"]["spatial"] == WETLAND["spatial"]


def test_a_cancelled_picker_or_a_form_left_declares_nothing(editor, monkeypatch):
    original = editor.file.text
    monkeypatch.setattr(ConditionPicker, "exec", lambda picker: QDialog.DialogCode.Rejected)
    editor.panel.when.add_button.click()
    assert editor.file.text == original and not editor.pending()
    pick_wetland(monkeypatch, editor)
    editor.panel.when.list.setCurrentRow(editor.panel.when.list.count() - 1)
    editor.panel.when.remove_button.click()  # the condition taken out again before applying
    editor.panel.basis.setText("改过的依据")
    assert editor.apply()
    assert "layer" not in editor.file.data["layers"] and editor.new_bindings == {}  # declared only when used


def test_declaring_and_applying_are_one_step_undo_takes_back(editor, monkeypatch):
    original = editor.file.text
    pick_wetland(monkeypatch, editor)
    assert editor.apply()
    assert editor.file.data["layers"]["layer"] == {"label": {"zh": "湿地"}}
    assert editor.new_bindings["layer"].layer_id == editor.wetland.id() and editor.bound["layer"] == "湿地"
    assert len(editor.history) == 1 and editor.undo_button.toolTip() == f"Changed rule {FIRST_ID}"
    editor.undo()
    assert editor.file.text == original and editor.new_bindings == {} and "layer" not in editor.bound
    editor.redo()
    assert editor.file.data["layers"]["layer"] and editor.new_bindings["layer"].layer_id == editor.wetland.id()


def test_messages_beside_fields_name_the_rule_by_its_id(editor):
    panel = editor.panel
    panel.text_zh.setPlainText("")
    assert panel.messages["text"].text() == f"Rule {FIRST_ID}: zh must not be empty."
    panel.text_zh.setPlainText("禁止。")
    panel.when.items = [{"spatial": {"layer": "river_bank", "relation": "within", "distance_m": -3}}]
    panel.changed.emit()
    assert panel.when.message.text() == f"Rule {FIRST_ID}: distance_m must be greater than 0."
    panel.id_edit.setText("")
    panel.changed.emit()
    for label in [*panel.messages.values(), panel.when.message]:
        assert editor.file.path not in label.text() and "$." not in label.text()


def test_an_id_a_later_rule_has_is_named_beside_the_id_being_edited(editor):
    assert [r["id"] for r in editor.file.rules].index(LATER_ID) > 0
    editor.panel.id_edit.setText(LATER_ID)
    message = editor.panel.messages["id"]
    assert message.text() == (f"Rule {LATER_ID}: Another rule already has the id {LATER_ID}: give this rule an id "
                              "of its own.")
    assert message.isVisibleTo(editor.panel) and not editor.apply_button.isEnabled()
    assert LATER_ID not in editor.status.text() and "$.rules" not in editor.status.text()
