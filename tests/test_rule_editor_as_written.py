"""The rule editor shows a rule as the file writes it: a value it does not offer is never read as another one."""

from pathlib import Path

import pytest
import yaml

from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.rules.rule_file import RuleFile
from zoning_review.plugin.gui import standard_buttons
from zoning_review.plugin.gui.rule_editor.dialog import RuleEditorDialog

BASE = Path(__file__).parent / "data" / "rules" / "base.yaml"


def rule_set(folder: Path, rules: str) -> Path:
    """The minimal rule set with ``rules`` (YAML list items) after its own rule."""
    path = folder / "edited.yaml"
    path.write_text(BASE.read_text(encoding="utf-8") + rules, encoding="utf-8")
    return path


@pytest.fixture
def typo_dialog(qgis_app, tmp_path):
    path = rule_set(tmp_path, "  - id: T-01\n    level: Unit\n    units: ['0101']\n    dimension: spatial_layout\n"
                              "    effect: forbid\n    text: {zh: 禁止新建燃煤锅炉。}\n")
    dialog = RuleEditorDialog(RuleFile.open(str(path)), [], {})
    dialog.show_rule(1)
    yield dialog
    dialog.file.original = dialog.file.text  # nothing to ask on close
    dialog.deleteLater()


def test_a_level_and_an_effect_the_editor_does_not_offer_are_shown_as_written(typo_dialog):
    panel = typo_dialog.panel
    assert panel.level.currentText() == "Unit (not recognised)" and panel.level.currentData() == "Unit"
    assert panel.effect.currentText() == "forbid (not recognised)"
    assert panel.rule() == {"id": "T-01", "level": "Unit", "units": ["0101"], "dimension": "spatial_layout",
                            "effect": "forbid", "text": {"zh": "禁止新建燃煤锅炉。"}}
    assert "Unit is not allowed for level" in panel.messages["level"].text()
    assert "forbid is not allowed for effect" in panel.messages["effect"].text()
    assert not typo_dialog.pending() and not typo_dialog.apply_button.isEnabled()
    panel.level.setCurrentIndex(panel.level.findData("unit"))  # chosen: the unit codes written are kept
    panel.effect.setCurrentIndex(panel.effect.findData("text"))
    assert typo_dialog.apply()
    assert typo_dialog.file.rules[1] == {"id": "T-01", "level": "unit", "units": ["0101"],
                                         "dimension": "spatial_layout", "effect": "text",
                                         "text": {"zh": "禁止新建燃煤锅炉。"}}
    typo_dialog.show_rule(0)
    assert panel.level.findText("Unit (not recognised)") < 0  # the unknown item went with its rule


def test_leaving_a_rule_with_an_unrecognised_level_does_not_rewrite_it(typo_dialog, monkeypatch):
    from qgis.PyQt.QtWidgets import QMessageBox

    monkeypatch.setattr(standard_buttons, "question", lambda *args: QMessageBox.StandardButton.No)  # keep the edit
    typo_dialog.tree.setCurrentItem(typo_dialog.item_of(0))
    assert typo_dialog.index == 0 and not typo_dialog.file.changed
    typo_dialog.show_rule(1)
    typo_dialog.panel.text_zh.setPlainText("禁止新建燃煤锅炉（改）。")
    typo_dialog.tree.setCurrentItem(typo_dialog.item_of(0))
    assert typo_dialog.index == 1 and not typo_dialog.file.changed  # not applied: the level is still unknown


def test_a_category_rule_without_its_category_is_not_given_one(qgis_app, tmp_path):
    path = rule_set(tmp_path, "  - id: T-02\n    level: category\n    dimension: spatial_layout\n    effect: text\n"
                              "    text: {zh: 园区条款。}\n")
    dialog = RuleEditorDialog(RuleFile.open(str(path)), [], {})
    dialog.show_rule(1)
    assert dialog.panel.category.currentText() == ""
    assert "category" not in dialog.panel.rule() and not dialog.pending()
    assert "Required field category is missing" in dialog.panel.messages["category"].text()
    assert not dialog.apply_button.isEnabled()
    dialog.deleteLater()


@pytest.mark.parametrize("op, typed, value", [("==", "0313", "0313"), ("!=", "313", "313"),
                                              ("in", "0313, 2614", ["0313", "2614"])])
def test_a_text_attribute_keeps_the_value_typed_as_text(qgis_app, tmp_path, op, typed, value):
    """The picker wrote 313 for a text attribute's '0313' (and for '313'), which the loader rejects as a number for
    a text attribute: the rule could not be applied, and reopening a condition written "0313" broke it."""
    path = rule_set(tmp_path, "")
    dialog = RuleEditorDialog(RuleFile.open(str(path)), [], {})
    picker = dialog.make_picker()
    picker.kind.setCurrentIndex(picker.kind.findData("attribute"))
    picker.attribute.setCurrentIndex(picker.attribute.findData("product"))
    picker.attribute_op.setCurrentIndex(picker.attribute_op.findData(op))
    picker.attribute_value.setText(typed)
    condition = picker.condition()
    assert condition == {"attribute": {"name": "product", "op": op, "value": value}}
    reopened = dialog.make_picker()
    reopened.set_condition(condition)
    assert reopened.kind.currentData() == "attribute" and reopened.condition() == condition
    dialog.panel.when.items = [condition]
    dialog.panel.effect.setCurrentIndex(dialog.panel.effect.findData("prohibit"))
    assert dialog.apply() and dialog.save()
    assert load_ruleset(str(path)).ruleset is not None
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["rules"][0]["when"] == condition
    dialog.deleteLater()
