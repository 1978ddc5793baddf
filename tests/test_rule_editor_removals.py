"""Removing a declared value of a text attribute or an attribute in the rule editor's *Attributes…*, or a layer in
*Layer names…*: allowed only for a value no rule names (by its id, another spelling, an expression's literal or a
pattern only it matches), an attribute no rule reads and a layer no rule uses, the rules that need one said; the
lines removed leave the file and the others keep theirs, comments included; Undo puts them back; a project giving
the value removed then needs information."""

from pathlib import Path

import pytest
from qgis.PyQt.QtWidgets import QDialogButtonBox

from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.review.evaluation import evaluate_unit
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.rules.rule_file import RuleFile
from zoning_review.plugin.core.rules.ruleset import UnitContext
from zoning_review.plugin.core.rules.value_use import RuleNeeds
from zoning_review.plugin.gui.rule_editor.attribute_names import AttributeNamesDialog
from zoning_review.plugin.gui.rule_editor.dialog import RuleEditorDialog
from zoning_review.plugin.gui.rule_editor.layer_names import LayerNamesDialog

from .test_rule_editor_attributes import answering, editor_declaring
from .test_rule_file_edit import SMALL

COATING = """\
attributes:
  coating:   # asked of every coating project
    type: string
    label: {zh: 涂料类型, en: Coating}
    values:
      # the 2023 notice's list
      - id: water_based   # 水性
        label: {zh: 水性涂料}
        synonyms: [水性]
      - id: solvent_based
        label: {zh: 溶剂型涂料, en: Solvent-borne}
        synonyms: [油性, 油漆]   # as projects write it
      - {id: powder, label: {zh: 粉末涂料}}
      - id: uv_cured   # added in 2024
        label: {zh: 光固化涂料}
      - {id: high_solids, label: {zh: 高固体分涂料}}   # no rule yet
  boiler_tph:   # asked of boiler projects
    type: number
    unit: t/h
    label: {zh: 锅炉蒸发量, en: Boiler capacity}
  retrofit: {type: boolean, label: {zh: 是否改造, en: Retrofit}}
"""
RULES = """\
  - id: COAT-A
    level: general
    dimension: pollutant_emission
    effect: prohibit
    when: {attribute: {name: coating, op: ==, value: solvent_based}}
    text: {zh: 禁止使用溶剂型涂料。}
  - id: COAT-B
    level: general
    dimension: pollutant_emission
    effect: require
    when: {attribute: {name: coating, op: in, value: [水性, 油漆]}}
    text: {zh: 涂料须登记。}
  - id: COAT-C
    level: general
    dimension: pollutant_emission
    effect: require
    when: {expression: "\\"coating\\" = 'powder'"}
    text: {zh: 粉末涂料须回收。}
  - id: COAT-D
    level: general
    dimension: resource_efficiency
    effect: require
    when: {expression: "\\"coating\\" LIKE 'uv%'"}
    text: {zh: 光固化设备须登记。}
  - id: FLAG-1
    level: general
    dimension: spatial_layout
    effect: require
    when: {flag: retrofit}
    text: {zh: 改造项目须登记。}
"""
TEXT = SMALL.replace("layers:\n", COATING + "layers:\n").replace("# trailing comment\n", RULES + "# trailing comment\n")


def _written(tmp_path: Path) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(TEXT, encoding="utf-8")
    loaded = load_ruleset(str(path))
    assert not loaded.errors, loaded.text()
    return path


@pytest.mark.parametrize("value_id, rules", [("water_based", ["COAT-B"]), ("solvent_based", ["COAT-A", "COAT-B"]),
                                             ("powder", ["COAT-C"]), ("uv_cured", ["COAT-D"]), ("high_solids", [])])
def test_the_rules_naming_a_value(qgis_app, tmp_path, value_id, rules):
    document = RuleFile.open(str(_written(tmp_path))).data
    assert RuleNeeds(document).of_value("coating", value_id) == rules


def test_a_file_off_its_schema_cannot_tell(qgis_app, tmp_path):
    document = RuleFile.open(str(_written(tmp_path))).data
    document["rules"][0]["effect"] = "forbid"
    assert RuleNeeds(document).of_value("coating", "high_solids") is None


def _row_of(dialog: AttributeNamesDialog, value_id: str) -> int:
    return next(row for row in range(dialog.values.rowCount()) if dialog.values.item(row, 0).text() == value_id)


def test_the_dialog_takes_out_only_a_value_no_rule_names(qgis_app, tmp_path):
    dialog = AttributeNamesDialog(RuleFile.open(str(_written(tmp_path))).data)
    dialog.attribute.setCurrentIndex(dialog.attribute.findData("coating"))
    assert not dialog.value_removal.button.isEnabled() and dialog.value_removal.note.text() == ""  # no value chosen
    dialog.values.setCurrentCell(_row_of(dialog, "solvent_based"), 1)
    assert not dialog.value_removal.button.isEnabled()
    assert dialog.value_removal.note.text() == ("The value solvent_based cannot be removed: the rules COAT-A, "
                                                "COAT-B name it. Change them first.")
    dialog.values.setCurrentCell(_row_of(dialog, "high_solids"), 2)
    assert dialog.value_removal.button.isEnabled() and dialog.value_removal.note.text() == ""
    dialog.value_removal.button.click()
    assert [dialog.values.item(row, 0).text() for row in range(dialog.values.rowCount())] == [
        "water_based", "solvent_based", "powder", "uv_cured"]
    dialog.add_value.click()  # a row just added goes at once
    dialog.values.setCurrentCell(4, 0)
    assert dialog.value_removal.button.isEnabled()
    dialog.value_removal.button.click()
    assert dialog.values.rowCount() == 4
    dialog.accept()
    assert [value["id"] for value in dialog.changed["coating"]["values"]] == [
        "water_based", "solvent_based", "powder", "uv_cured"]


def _remove_high_solids(dialog: AttributeNamesDialog) -> None:
    dialog.attribute.setCurrentIndex(dialog.attribute.findData("coating"))
    dialog.values.setCurrentCell(_row_of(dialog, "high_solids"), 0)
    dialog.value_removal.button.click()


def test_a_value_taken_out_leaves_the_file_and_undo_puts_it_back(qgis_app, tmp_path, monkeypatch):
    path = tmp_path / "rules.yaml"
    editor = editor_declaring(path, monkeypatch, _remove_high_solids, TEXT)
    expected = TEXT.replace("      - {id: high_solids, label: {zh: 高固体分涂料}}   # no rule yet\n", "")
    assert editor.file.text == expected
    editor.undo_button.click()
    assert editor.file.text == TEXT
    editor.redo_button.click()
    editor.file.save()
    editor.deleteLater()
    assert path.read_text(encoding="utf-8") == expected
    loaded = load_ruleset(str(path))
    assert not loaded.messages, loaded.text()
    unit = UnitContext("ZH13062920001", "容城县城镇重点管控单元", "重点管控单元", {})
    for given, status in (("高固体分涂料", "needs_info"), ("油漆", "conflict")):
        found = {f.rule_id: f for f in evaluate_unit(loaded.ruleset, unit,
                                                     ProjectDescription(attributes={"coating": given}), {})}
        assert str(found["COAT-A"].status) == status


@pytest.mark.parametrize("name, rules", [("coating", ["COAT-A", "COAT-B", "COAT-C", "COAT-D"]),
                                         ("retrofit", ["FLAG-1"]), ("boiler_tph", [])])
def test_the_rules_reading_an_attribute(qgis_app, tmp_path, name, rules):
    assert RuleNeeds(RuleFile.open(str(_written(tmp_path))).data).of_entry("attributes", name) == rules


BOILER = ("  boiler_tph:   # asked of boiler projects\n    type: number\n    unit: t/h\n"
          "    label: {zh: 锅炉蒸发量, en: Boiler capacity}\n")


def test_an_attribute_removed_leaves_its_lines_and_the_last_its_section(qgis_app, tmp_path):
    file = RuleFile.open(str(_written(tmp_path)))
    file.remove_entry("attributes", "boiler_tph")
    assert file.text == TEXT.replace(BOILER, "")
    only = SMALL.replace("layers:\n", "attributes:\n" + BOILER + "layers:\n")
    path = tmp_path / "only.yaml"
    path.write_text(only, encoding="utf-8")
    file = RuleFile.open(str(path))
    file.remove_entry("attributes", "boiler_tph")
    assert file.text == SMALL and "attributes" not in file.data


def test_the_dialog_removes_only_an_attribute_no_rule_reads(qgis_app, tmp_path):
    dialog = AttributeNamesDialog(RuleFile.open(str(_written(tmp_path))).data)
    dialog.attribute.setCurrentIndex(dialog.attribute.findData("coating"))
    assert not dialog.attribute_removal.button.isEnabled()
    assert dialog.attribute_removal.note.text() == ("The attribute Coating cannot be removed: the rules COAT-A, "
                                                    "COAT-B, COAT-C, COAT-D read it. Change them first.")
    dialog.attribute.setCurrentIndex(dialog.attribute.findData(""))  # a new attribute: nothing to remove
    assert not dialog.attribute_removal.button.isEnabled() and dialog.attribute_removal.note.text() == ""
    dialog.attribute.setCurrentIndex(dialog.attribute.findData("boiler_tph"))
    dialog.en.setText("Boiler")  # an edit dropped with the attribute
    assert dialog.attribute_removal.button.isEnabled() and dialog.attribute_removal.note.text() == ""
    dialog.attribute_removal.button.click()
    assert dialog.attribute.findData("boiler_tph") == -1 and dialog.attribute.currentData() in ("retrofit", "")
    dialog.accept()
    assert (dialog.removed, dialog.changed, dialog.added) == (["boiler_tph"], {}, None)


def test_an_attribute_removed_in_the_editor_is_one_step_undo_takes_back(qgis_app, tmp_path, monkeypatch):
    def remove(dialog):
        dialog.attribute.setCurrentIndex(dialog.attribute.findData("boiler_tph"))
        dialog.attribute_removal.button.click()
        _remove_high_solids(dialog)

    editor = editor_declaring(tmp_path / "rules.yaml", monkeypatch, remove, TEXT)
    expected = TEXT.replace(BOILER, "").replace(
        "      - {id: high_solids, label: {zh: 高固体分涂料}}   # no rule yet\n", "")
    assert editor.file.text == expected
    assert editor.undo_button.toolTip() == "Changed the attributes Coating and removed Boiler capacity"
    editor.undo_button.click()
    assert editor.file.text == TEXT
    editor.deleteLater()


WETLAND = "  wetland:   # not used yet\n    label: {zh: 湿地保护区, en: Wetland}\n"


def _with_wetland(example_rules, tmp_path) -> Path:
    text = example_rules.read_text(encoding="utf-8").replace("\nkinds:\n", WETLAND + "\nkinds:\n")
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_dialog_removes_only_a_layer_no_rule_uses(qgis_app, example_rules, tmp_path):
    document = RuleFile.open(str(_with_wetland(example_rules, tmp_path))).data
    assert RuleNeeds(document).of_entry("layers", "water_source") == ["G-SL-05", "G-SL-06", "G-RP-02"]
    dialog = LayerNamesDialog(document)
    dialog.layer.setCurrentIndex(dialog.layer.findData("river_bank"))
    assert not dialog.removal.button.isEnabled()
    assert dialog.removal.note.text() == ("The layer River bank cannot be removed: the rules G-SL-03 use it. Change "
                                          "them first.")
    dialog.layer.setCurrentIndex(dialog.layer.findData("wetland"))
    dialog.zh.setText("")  # an edit that would stop OK, dropped with the layer
    assert dialog.removal.button.isEnabled() and dialog.removal.note.text() == ""
    dialog.removal.button.click()
    assert dialog.layer.findData("wetland") == -1
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.accept()
    assert (dialog.removed, dialog.changed) == (["wetland"], {})


def _removing_layer(name: str):
    """A LayerNamesDialog.exec that removes the layer ``name`` and answers OK."""
    def remove(dialog: LayerNamesDialog) -> None:
        dialog.layer.setCurrentIndex(dialog.layer.findData(name))
        dialog.removal.button.click()
    return answering(remove)


def test_a_layer_removed_in_the_editor_leaves_its_lines(qgis_app, example_rules, tmp_path, monkeypatch):
    path = _with_wetland(example_rules, tmp_path)
    editor = RuleEditorDialog(RuleFile.open(str(path)), [], {})
    monkeypatch.setattr(LayerNamesDialog, "exec", _removing_layer("wetland"))
    editor.layers_button.click()
    assert editor.file.text == example_rules.read_text(encoding="utf-8")
    assert editor.undo_button.toolTip() == "Removed the layers Wetland"
    editor.file.save()
    assert not load_ruleset(str(path)).messages
    editor.deleteLater()


def test_the_only_layer_removed_takes_its_section(qgis_app, tmp_path, monkeypatch):
    path = tmp_path / "small.yaml"
    path.write_text(SMALL, encoding="utf-8")
    editor = RuleEditorDialog(RuleFile.open(str(path)), [], {})
    monkeypatch.setattr(LayerNamesDialog, "exec", _removing_layer("river_bank"))
    editor.layers_button.click()
    assert editor.file.text == SMALL.replace("layers:\n  river_bank: {label: {zh: 河岸}}   # the bank line\n", "")
    editor.undo_button.click()
    assert editor.file.text == SMALL
    editor.deleteLater()
