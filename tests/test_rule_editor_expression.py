"""The rule editor's condition picker has a page for an expression: its formula and the optional label reviews show
instead of it, in Chinese and English; a label given is applied, saved and undone like any other edit of a rule."""

import shutil

import pytest
from qgis.PyQt.QtWidgets import QDialog

from zoning_review.plugin.core.model.results import Words
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.rules.rule_file import RuleFile
from zoning_review.plugin.gui.rule_editor.condition_picker import ConditionPicker
from zoning_review.plugin.gui.rule_editor.dialog import RuleEditorDialog

# The example rule set's U-RC-02 (rules/examples/xiongan_example.yaml, read by hand): its one condition.
RULE_ID, FORMULA = "U-RC-02", '"water_m3d" > 5000'
ZH, EN = "日新鲜水用量超过5000立方米", "fresh water use above 5,000 m³/d"
LABELLED = {"expression": {"formula": FORMULA, "label": {"zh": ZH, "en": EN}}}


@pytest.fixture
def editor(qgis_app, example_rules, tmp_path):
    path = tmp_path / "rules.yaml"
    shutil.copyfile(example_rules, path)
    dialog = RuleEditorDialog(RuleFile.open(str(path)), [], {})
    yield dialog
    dialog.file.original = dialog.file.text  # nothing to ask on close
    dialog.deleteLater()


def picked(editor, formula="", zh="", en=""):
    """A picker on its expression page with the fields typed."""
    picker = editor.make_picker()
    picker.kind.setCurrentIndex(picker.kind.findData("expression"))
    picker.expression.formula.setText(formula)
    picker.expression.label_zh.setText(zh)
    picker.expression.label_en.setText(en)
    return picker


@pytest.mark.parametrize("typed, condition", [
    ((FORMULA, "", ""), {"expression": FORMULA}),  # no label: written as every rule file writes it
    ((FORMULA, ZH, ""), {"expression": {"formula": FORMULA, "label": {"zh": ZH}}}),
    ((f"  {FORMULA} ", f" {ZH}", f"{EN} "), LABELLED),
])
def test_the_expression_page_gives_the_formula_and_its_label(editor, typed, condition):
    assert picked(editor, *typed).condition() == condition


@pytest.mark.parametrize("typed, message", [
    (("", ZH, EN), "Write the expression's formula."),
    ((FORMULA, "", EN), "Give the label in Chinese too: the English label is optional, the Chinese one is not."),
])
def test_an_incomplete_expression_is_refused_with_what_to_do(editor, typed, message):
    picker = picked(editor, *typed)
    assert picker.condition() is None and picker.problem.text() == message


@pytest.mark.parametrize("condition", [{"expression": FORMULA}, LABELLED,
                                       {"expression": {"formula": FORMULA, "label": {"zh": ZH}}}])
def test_a_shown_expression_comes_back_unchanged_on_its_page(editor, condition):
    picker = editor.make_picker()
    picker.set_condition(condition)
    assert picker.kind.currentData() == "expression" and picker.condition() == condition


@pytest.mark.parametrize("condition", [
    {"expression": {"formula": FORMULA, "label": {"zh": ZH, "en": ""}}},  # an empty en the page would drop
    {"expression": {"formula": FORMULA, "text": {"zh": ZH}}},
    {"expression": 5000},
])
def test_an_expression_its_page_cannot_give_back_is_edited_as_written(editor, condition):
    picker = editor.make_picker()
    picker.set_condition(condition)
    assert picker.kind.currentData() == "yaml" and picker.condition() == condition


def test_a_label_given_in_the_editor_is_applied_saved_and_undone(editor, monkeypatch):
    index = [rule["id"] for rule in editor.file.rules].index(RULE_ID)
    editor.show_rule(index)
    original = editor.file.text
    when = editor.panel.when
    assert when.list.item(0).text() == f"Expression: {FORMULA}"

    def run(picker):
        assert picker.kind.currentData() == "expression" and picker.expression.formula.text() == FORMULA
        picker.expression.label_zh.setText(ZH)
        picker.expression.label_en.setText(EN)
        picker.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConditionPicker, "exec", run)
    when.list.setCurrentRow(0)
    when.edit_button.click()
    assert when.list.item(0).text() == f"Expression: {EN} (formula: {FORMULA})"
    assert editor.apply() and editor.file.rules[index]["when"] == LABELLED
    assert editor.undo_button.toolTip() == f"Changed rule {RULE_ID}"
    editor.undo()
    assert editor.file.text == original and editor.panel.when.list.item(0).text() == f"Expression: {FORMULA}"
    editor.redo()
    assert editor.file.rules[index]["when"] == LABELLED and editor.save()
    saved = load_ruleset(editor.file.path).ruleset.rules[index]
    assert (saved.id, saved.when.value, saved.when.label) == (RULE_ID, FORMULA, Words(ZH, EN))
