"""*Attributes…* in the rule editor: a project attribute declared without the YAML (a number with its unit, yes/no,
text), an attribute's words changed over its other keys; a name that is no identifier or is taken, or a label without
Chinese, refused; written as one Undo step; the condition picker then offers it, and the saved rule set reviews a
project by it."""


from pathlib import Path

import pytest
import yaml
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox

from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.review.evaluation import evaluate_unit
from zoning_review.plugin.core.review.site_review import render_reason
from zoning_review.plugin.core.rules import yaml_edit
from zoning_review.plugin.core.rules.attribute_words import AttributeWords, declaration_of
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.rules.rule_file import RuleFile
from zoning_review.plugin.core.rules.ruleset import UnitContext
from zoning_review.plugin.gui.rule_editor.attribute_names import AttributeNamesDialog
from zoning_review.plugin.gui.rule_editor.condition_picker import ConditionPicker
from zoning_review.plugin.gui.rule_editor.dialog import RuleEditorDialog

from .test_rule_file_edit import SMALL

BOILER = {"type": "number", "unit": "t/h", "unit_aliases": ["蒸吨"], "label": {"zh": "锅炉"}}
INVEST = {"type": "number", "unit": "亿元", "label": {"zh": "项目总投资", "en": "Total investment"}}


def test_the_words_make_a_declaration_over_its_other_keys():
    renamed = AttributeWords("boiler", "number", "燃煤锅炉蒸发量", "Boiler capacity", "t/h", "蒸吨/小时",
                             unit_aliases="蒸吨")
    assert declaration_of(renamed, BOILER, {"boiler": BOILER}) == ({
        "type": "number", "unit": "t/h", "unit_zh": "蒸吨/小时", "unit_aliases": ["蒸吨"],
        "label": {"zh": "燃煤锅炉蒸发量", "en": "Boiler capacity"}}, [])
    respelled = renamed._replace(unit_aliases="蒸吨；吨/时; ")
    assert declaration_of(respelled, BOILER, {})[0]["unit_aliases"] == ["蒸吨", "吨/时"]
    assert "unit_aliases" not in declaration_of(renamed._replace(unit_aliases=""), BOILER, {})[0]
    new = AttributeWords("invest_yi", "number", "项目总投资", "Total investment", "亿元", "")
    assert declaration_of(new, None, {"boiler": BOILER}) == (INVEST, [])
    flag = AttributeWords("reuse", "boolean", "废水回用", "", "kg", "千克", unit_aliases="公斤")  # no unit for yes/no
    assert declaration_of(flag, None, {}) == ({"type": "boolean", "label": {"zh": "废水回用"}}, [])


def test_a_name_or_a_label_that_would_not_load_is_refused(qgis_app):
    taken = AttributeWords("Boiler", "string", "", "Boiler", "", "")
    assert declaration_of(taken, None, {"boiler": BOILER})[1] == [
        "An attribute named Boiler is declared already.", "The attribute needs a Chinese label."]
    for name in ("1st", "投资", "invest yi", ""):
        problems = declaration_of(AttributeWords(name, "number", "投资", "", "", ""), None, {})[1]
        assert problems and problems[0].startswith("The attribute's name must start with a letter"), name


@pytest.mark.parametrize("attributes", ["", "attributes:\n  boiler: {type: number, label: {zh: 锅炉}}\n",
                                        "attributes: {boiler: {type: number, label: {zh: 锅炉}}}\n"])
def test_declaring_an_attribute_keeps_the_rest_of_the_file(attributes):
    text = SMALL.replace("layers:\n", attributes + "layers:\n")
    edited = yaml_edit.declare_entry(text, "attributes", "invest_yi", INVEST)
    data, before = yaml.safe_load(edited), yaml.safe_load(text)
    assert data["attributes"] == {**(before.get("attributes") or {}), "invest_yi": INVEST}
    assert {k: v for k, v in data.items() if k != "attributes"} == {
        k: v for k, v in before.items() if k != "attributes"}
    assert edited.endswith(text[text.index("rules:"):]) and "# the bank line" in edited


def _declare_invest(dialog: AttributeNamesDialog) -> None:
    dialog.attribute.setCurrentIndex(dialog.attribute.findData(""))
    dialog.name.setText("invest_yi")
    dialog.type.setCurrentIndex(dialog.type.findData("number"))
    dialog.zh.setText("项目总投资")
    dialog.en.setText("Total investment")
    dialog.unit.setText("亿元")


def test_the_dialog_gives_the_new_and_the_changed(qgis_app, example_rules):
    dialog = AttributeNamesDialog(RuleFile.open(str(example_rules)).data)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()  # nothing typed for a new one: nothing to add
    _declare_invest(dialog)
    assert dialog.unit_zh.isEnabled()  # a unit's Chinese words: for a number with a unit only
    dialog.unit.setText("")
    assert not dialog.unit_zh.isEnabled()
    dialog.unit.setText("亿元")
    dialog.type.setCurrentIndex(dialog.type.findData("boolean"))
    assert not dialog.unit_zh.isEnabled()
    dialog.type.setCurrentIndex(dialog.type.findData("number"))
    dialog.name.setText("boiler_tph")
    assert not ok.isEnabled() and "declared already" in dialog.message.text()
    dialog.name.setText("invest_yi")
    assert ok.isEnabled()
    dialog.attribute.setCurrentIndex(dialog.attribute.findData("boiler_tph"))
    assert dialog.name.isReadOnly() and not dialog.type.isEnabled() and dialog.unit.isReadOnly()
    dialog.zh.setText("锅炉蒸发量")
    dialog.accept()
    assert dialog.added == ("invest_yi", INVEST)
    assert list(dialog.changed) == ["boiler_tph"] and dialog.changed["boiler_tph"]["label"]["zh"] == "锅炉蒸发量"
    assert dialog.changed["boiler_tph"]["unit_aliases"] == ["蒸吨"]  # the unit's other spellings, as they were


def answering(fill):
    """A words dialog's ``exec`` for a test: ``fill`` run in the dialog, then OK."""
    def run(dialog):
        fill(dialog)
        dialog.accept()
        return QDialog.DialogCode.Accepted
    return run


def editor_declaring(path: Path, monkeypatch, fill, text: str = SMALL) -> RuleEditorDialog:
    """A rule editor on the small rule set (or ``text``) written to ``path``, *Attributes…* clicked, ``fill`` run in
    the dialog and OK."""
    path.write_text(text, encoding="utf-8")
    editor = RuleEditorDialog(RuleFile.open(str(path)), [], {})
    monkeypatch.setattr(AttributeNamesDialog, "exec", answering(fill))
    editor.attributes_button.click()
    return editor


def _invest_spelled(dialog: AttributeNamesDialog) -> None:
    _declare_invest(dialog)
    assert dialog.unit_aliases.isEnabled()
    dialog.unit_aliases.setText("亿；億元")


def test_a_number_given_in_another_spelling_of_its_unit_is_read(qgis_app, tmp_path, monkeypatch):
    path = tmp_path / "rules.yaml"
    editor = editor_declaring(path, monkeypatch, _invest_spelled)
    assert editor.file.data["attributes"]["invest_yi"]["unit_aliases"] == ["亿", "億元"]
    add_prohibition(editor, monkeypatch, "INV-1", "项目总投资超过1亿元的，须开展专项论证。", _pick_invest)
    ruleset = load_ruleset(str(path)).ruleset
    unit = UnitContext("ZH13062920001", "容城县城镇重点管控单元", "重点管控单元", {})
    for given, status in (("3亿", "conflict"), ("0.5 億元", "not_applicable"), ("3 万元", "needs_info")):
        found = evaluate_unit(ruleset, unit, ProjectDescription(attributes={"invest_yi": given}), {})
        assert str(next(f for f in found if f.rule_id == "INV-1").status) == status, given


def _pick_invest(picker) -> int:
    picker.kind.setCurrentIndex(picker.kind.findData("attribute"))
    assert picker.attribute.findData("invest_yi") >= 0  # the picker offers the attribute just declared
    picker.attribute.setCurrentIndex(picker.attribute.findData("invest_yi"))
    picker.attribute_op.setCurrentIndex(picker.attribute_op.findData(">"))
    picker.attribute_value.setText("1")
    picker.accept()
    return QDialog.DialogCode.Accepted


def test_an_attribute_declared_in_the_editor_reviews_a_project(qgis_app, tmp_path, monkeypatch):
    path = tmp_path / "rules.yaml"
    editor = editor_declaring(path, monkeypatch, _declare_invest)
    original = SMALL
    assert editor.file.data["attributes"] == {"invest_yi": INVEST}
    at = original.index("rules:")  # the section added before the rules, the rest as it was
    assert editor.file.text.startswith(original[:at]) and editor.file.text.endswith(original[at:])
    editor.undo_button.click()
    assert editor.file.text == original
    editor.redo_button.click()
    add_prohibition(editor, monkeypatch, "INV-1", "项目总投资超过1亿元的，须开展专项论证。", _pick_invest)
    ruleset = load_ruleset(str(path)).ruleset
    unit = UnitContext("ZH13062920001", "容城县城镇重点管控单元", "重点管控单元", {})
    found = {f.rule_id: f for f in evaluate_unit(ruleset, unit, ProjectDescription(attributes={"invest_yi": "3"}), {})}
    assert str(found["INV-1"].status) == "conflict"
    assert render_reason(found["INV-1"].reasons[0], "zh") == "项目总投资为 3 亿元；条款要求：高于 1 亿元"
    assert render_reason(found["INV-1"].reasons[0], "en") == \
        "Total investment is 3 (100 million yuan); rule: more than 1 (100 million yuan)"


def add_prohibition(editor: RuleEditorDialog, monkeypatch, rule_id: str, text_zh: str, pick) -> None:
    """A new prohibiting rule with one condition ``pick`` fills in the picker, applied and saved; the editor let go."""
    editor.new_button.click()
    editor.panel.id_edit.setText(rule_id)
    editor.panel.text_zh.setPlainText(text_zh)
    editor.panel.effect.setCurrentIndex(editor.panel.effect.findData("prohibit"))
    monkeypatch.setattr(ConditionPicker, "exec", pick)
    editor.panel.when.add_button.click()
    assert editor.apply()
    editor.file.save()
    editor.deleteLater()


@pytest.mark.parametrize("kind", ["attribute", "flag"])
def test_a_picker_without_attributes_says_where_to_declare_one(qgis_app, kind):
    picker = ConditionPicker(yaml.safe_load(SMALL), [], {})
    picker.kind.setCurrentIndex(picker.kind.findData(kind))
    assert picker.condition() is None
    assert picker.problem.text().endswith("declare one with Attributes… under the rules.")
    picker.deleteLater()
