"""The rule editor asks before deleting a rule, and Undo takes back deletions and applied edits, last first."""

import shutil
from pathlib import Path

import pytest
import yaml
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QMessageBox

from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.rules.rule_file import RuleFile
from zoning_review.plugin.gui import standard_buttons
from zoning_review.plugin.gui.rule_editor.dialog import RuleEditorDialog

# The example's first rule, written out here: its id, the first 36 characters of its text, its basis.
FIRST_ID = "G-SL-01"
FIRST_WORDS = "禁止新建、扩建《产业结构调整指导目录》中的淘汰类项目和《市场准入负面清单"
BASIS = "冀政字〔2020〕71号；产业结构调整指导目录；市场准入负面清单"


@pytest.fixture
def rules_path(example_rules, tmp_path):
    path = tmp_path / "rules.yaml"
    shutil.copyfile(example_rules, path)
    return path


@pytest.fixture
def dialog(qgis_app, rules_path):
    editor = RuleEditorDialog(RuleFile.open(str(rules_path)), [], {"river_bank": "河流岸线"})
    yield editor
    editor.file.original = editor.file.text  # nothing to ask on close
    editor.deleteLater()


def answer(monkeypatch, button):
    """The plugin's yes/no question answers ``button``; the texts it was asked are returned."""
    asked = []
    monkeypatch.setattr(standard_buttons, "question", lambda *args: asked.append(args[1:3]) or button)
    return asked


def ids(dialog):
    return [rule["id"] for rule in dialog.file.rules]


def test_delete_asks_first_naming_the_rule_and_no_keeps_it(dialog, monkeypatch):
    """One click on Delete rule removed the rule at once."""
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    before = ids(dialog)
    dialog.delete_rule()
    assert asked == [("Delete rule", f"Delete rule {FIRST_ID} {FIRST_WORDS}…? Undo brings it back; the file "
                                     "changes only when the rule set is saved.")]
    assert ids(dialog) == before and not dialog.file.changed and dialog.index == 0


def test_the_question_is_a_real_yes_no_box(dialog):
    """Clicked as a user would: the box is modal over the editor, and Yes deletes."""
    seen = {}

    def click_yes():
        box = QApplication.activeModalWidget()
        seen["text"] = box.text() if isinstance(box, QMessageBox) else None
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, click_yes)
    QTest.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert seen["text"].startswith(f"Delete rule {FIRST_ID} ") and FIRST_ID not in ids(dialog)


def test_a_deleted_rule_comes_back_with_undo_exactly_as_written(dialog, monkeypatch, rules_path):
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    original = rules_path.read_text(encoding="utf-8")
    dialog.show_rule(2)
    deleted = dialog.file.rules[2]["id"]
    dialog.delete_rule()
    assert deleted not in ids(dialog) and dialog.undo_button.toolTip() == f"Deleted rule {deleted}"
    dialog.undo()
    assert dialog.file.text == original and not dialog.file.changed
    assert dialog.file.rules[dialog.index]["id"] == deleted and dialog.tree.currentItem().text(0).startswith(deleted)
    assert dialog.status.text() == f"Undone: Deleted rule {deleted}."
    assert not dialog.undo_button.isEnabled()


def test_undo_takes_back_applied_edits_last_first(dialog, monkeypatch):
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    original = dialog.file.text
    dialog.panel.basis.setText("改过的依据")
    assert dialog.apply()
    changed = dialog.file.text
    dialog.show_rule(1)
    second = ids(dialog)[1]
    dialog.delete_rule()
    deleted = dialog.file.text
    dialog.new_rule()
    dialog.panel.text_zh.setPlainText("新条款。")
    dialog.panel.effect.setCurrentIndex(dialog.panel.effect.findData("text"))
    added = dialog.panel.id_edit.text()
    assert dialog.apply() and dialog.undo_button.toolTip() == f"Added rule {added}"
    assert len(ids(dialog)) == len(yaml.safe_load(original)["rules"])
    dialog.undo()
    assert dialog.file.text == deleted and len(ids(dialog)) == len(yaml.safe_load(original)["rules"]) - 1
    dialog.undo()
    assert dialog.file.text == changed and ids(dialog)[1] == second
    assert dialog.undo_button.toolTip() == f"Changed rule {FIRST_ID}"
    dialog.undo()
    assert dialog.file.text == original and dialog.file.rules[0]["basis"] == BASIS
    assert dialog.index == 0 and dialog.panel.basis.text() == dialog.file.rules[0]["basis"]


def test_undo_first_discards_the_forms_changes(dialog):
    dialog.panel.basis.setText("尚未应用")
    assert dialog.undo_button.isEnabled() and dialog.undo_button.toolTip() == "Discard the changes in the form"
    dialog.undo()
    assert not dialog.pending() and dialog.panel.basis.text() == dialog.file.rules[0]["basis"]
    assert not dialog.undo_button.isEnabled() and dialog.history == []


def test_a_deletion_saved_by_mistake_is_undone_and_saved_back(dialog, monkeypatch, rules_path):
    """Saved after a wrong click: Undo, then Save, writes the file as it was (a new backup each time)."""
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    original = rules_path.read_text(encoding="utf-8")
    dialog.delete_rule()
    assert dialog.save() and FIRST_ID not in rules_path.read_text(encoding="utf-8")
    dialog.undo()
    assert dialog.file.changed and dialog.save()
    assert rules_path.read_text(encoding="utf-8") == original
    assert load_ruleset(str(rules_path)).ruleset is not None
    assert len(list(rules_path.parent.glob("rules.yaml.*.bak"))) == 2


def test_ctrl_z_outside_a_field_undoes_a_deletion(dialog, monkeypatch, qtbot):
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.show()
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)
    dialog.delete_rule()
    dialog.tree.setFocus()
    QTest.keyClick(dialog.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.file.changed, timeout=60000)  # a button's shortcut clicks it animated
    assert ids(dialog)[0] == FIRST_ID


def test_undoing_an_added_rule_shows_the_last_one_and_the_only_rule_can_be_deleted(qgis_app, tmp_path, monkeypatch):
    """Deleting the only rule raised a traceback, then was refused ("could not be written as YAML…"): it is
    deleted, leaving ``rules: []``, which saves; Undo brings the rule back."""
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    path = tmp_path / "one.yaml"
    shutil.copyfile(Path(__file__).parent / "data" / "rules" / "base.yaml", path)
    original = path.read_text(encoding="utf-8")
    editor = RuleEditorDialog(RuleFile.open(str(path)), [], {})
    editor.new_rule()
    editor.panel.text_zh.setPlainText("另一条款。")
    editor.panel.effect.setCurrentIndex(editor.panel.effect.findData("text"))
    assert editor.apply() and editor.index == 1
    editor.undo()
    assert [r["id"] for r in editor.file.rules] == ["BASE-01"] and editor.index == 0 and not editor.file.changed
    editor.delete_rule()
    assert editor.file.rules == [] and editor.undo_button.toolTip() == "Deleted rule BASE-01"
    assert editor.save() and path.read_text(encoding="utf-8") == original[:original.index("rules:")] + "rules: []\n"
    assert load_ruleset(str(path)).ruleset.rules == []
    editor.undo()
    assert [r["id"] for r in editor.file.rules] == ["BASE-01"] and editor.file.text == original
    editor.file.original = editor.file.text  # nothing to ask on close
    editor.deleteLater()


def test_redo_makes_again_what_undo_took_back_last_first(dialog, monkeypatch):
    """The editor had Undo but no Redo: an edit taken back by mistake had to be typed again."""
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    original = dialog.file.text
    dialog.panel.basis.setText("改过的依据")
    assert dialog.apply()
    changed = dialog.file.text
    dialog.show_rule(1)
    second = ids(dialog)[1]
    dialog.delete_rule()
    deleted = dialog.file.text
    assert not dialog.redo_button.isEnabled() and dialog.redo_button.toolTip() == ""
    dialog.undo()
    dialog.undo()
    assert dialog.file.text == original and dialog.redo_button.isEnabled()
    assert dialog.redo_button.toolTip() == f"Changed rule {FIRST_ID}"
    dialog.redo()
    assert dialog.file.text == changed and dialog.status.text() == f"Redone: Changed rule {FIRST_ID}."
    assert dialog.index == 0 and dialog.panel.basis.text() == "改过的依据"
    assert dialog.redo_button.toolTip() == f"Deleted rule {second}"
    dialog.redo()
    assert dialog.file.text == deleted and second not in ids(dialog) and not dialog.redo_button.isEnabled()
    dialog.undo()
    assert dialog.file.text == changed and ids(dialog)[1] == second


def test_a_new_edit_ends_redo_and_changes_in_the_form_hold_it(dialog, monkeypatch):
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.delete_rule()
    dialog.undo()
    assert dialog.redo_button.isEnabled()
    dialog.panel.basis.setText("尚未应用")
    assert not dialog.redo_button.isEnabled()
    dialog.redo()
    assert ids(dialog)[0] == FIRST_ID and dialog.panel.basis.text() == "尚未应用"  # nothing redone over the form
    assert dialog.apply() and not dialog.redo_button.isEnabled() and dialog.undone == []
    dialog.redo()
    assert ids(dialog)[0] == FIRST_ID and dialog.file.rules[0]["basis"] == "尚未应用"


def test_redo_s_keys_and_button_beside_undo_in_the_shown_dialog(dialog, monkeypatch, qtbot):
    """Each of the platform's Redo keys (Ctrl+Shift+Z on Linux and macOS, Ctrl+Y on Windows; this platform has
    both) redoes outside a field; the button sits beside Undo and is clicked as a user would."""
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.show()
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)
    undo, redo = dialog.undo_button.geometry(), dialog.redo_button.geometry()
    assert redo.top() == undo.top() and redo.left() >= undo.right()
    assert dialog.redo_button.text() == "Redo" and dialog.redo_button.isVisible()
    dialog.delete_rule()
    bindings = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} & {keys.toString() for keys in bindings}
    for keys in bindings:
        dialog.undo()
        assert ids(dialog)[0] == FIRST_ID
        dialog.tree.setFocus()
        QTest.keySequence(dialog.tree, keys)
        qtbot.waitUntil(lambda: FIRST_ID not in ids(dialog), timeout=60000)
    dialog.undo()
    QTest.mouseClick(dialog.redo_button, Qt.MouseButton.LeftButton)
    assert FIRST_ID not in ids(dialog) and dialog.status.text() == f"Redone: Deleted rule {FIRST_ID}."


def test_redo_gives_a_layer_declared_in_the_editor_its_binding_back(qgis_app, example_rules, tmp_path, sample_gpkg):
    from qgis.core import QgsVectorLayer

    wetland = QgsVectorLayer(f"{sample_gpkg}|layername=industrial_park", "湿地", "ogr")
    path = tmp_path / "rules.yaml"
    shutil.copyfile(example_rules, path)
    editor = RuleEditorDialog(RuleFile.open(str(path)), [], {}, project_layers=[(wetland.id(), wetland.name())])
    editor.panel.basis.setText("改过的依据")
    assert editor.apply()
    picker = editor.make_picker()
    picker.kind.setCurrentIndex(picker.kind.findData("spatial"))
    picker.layer.setCurrentIndex(picker.layer.findText("湿地", Qt.MatchFlag.MatchContains))
    picker.relation.setCurrentIndex(picker.relation.findData("overlaps"))
    name = picker.layer.currentData()
    picked = picker.condition()
    picker.accept()
    editor.panel.when.items.append(picked)
    editor.panel.changed.emit()
    assert editor.apply()
    assert editor.new_bindings[name].layer_id == wetland.id()
    editor.undo()
    assert name not in (editor.file.data.get("layers") or {}) and name not in editor.new_bindings | editor.bound
    editor.redo()
    assert name in editor.file.data["layers"] and editor.new_bindings[name].layer_id == wetland.id()
    assert editor.bound[name] == "湿地" and editor.file.rules[0]["basis"] == "改过的依据"
    editor.file.original = editor.file.text  # nothing to ask on close
    editor.deleteLater()
