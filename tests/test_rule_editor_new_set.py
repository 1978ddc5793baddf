"""A rule set started from nothing: New Rule Set… in the editor, the panel and the menu; an empty file offered the
same start instead of being refused."""

import datetime
from pathlib import Path

import pytest
import yaml
from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import QDialog, QMessageBox

from tests.sample_project import layer
from zoning_review.plugin.core.inputs.bindings import read_binding
from zoning_review.plugin.core.rules import yaml_edit
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.rules.new_rule_set import RuleSetStart, create_rule_set, id_from_path
from zoning_review.plugin.core.rules.rule_file import BlankFileError, RuleFile, SaveError
from zoning_review.plugin.gui import standard_buttons
from zoning_review.plugin.gui.rule_editor import editor_for
from zoning_review.plugin.gui.rule_editor.dialog import NEW, RuleEditorDialog
from zoning_review.plugin.gui.rule_editor.new_rule_set import NewRuleSetDialog
from zoning_review.plugin.main import ZoningReviewPlugin

START = RuleSetStart("hebei-2026", "河北省生态环境准入清单", "河北省生态环境厅", "河北省", "2026.1", "2026-03-01")
# The file a start writes, as the schema and rules/README.md describe it (written here by hand).
EXPECTED = """format: zoning-review-rules/1
metadata:
  id: hebei-2026
  title:
    zh: 河北省生态环境准入清单
  version: '2026.1'
  authority:
    zh: 河北省生态环境厅
  effective: '2026-03-01'
  region:
    zh: 河北省
rules: []
"""
RULE = {"id": "G-SL-01", "level": "general", "dimension": "spatial_layout", "effect": "prohibit",
        "text": {"zh": "禁止新建燃煤锅炉。"}, "when": {"industry": ["D4430"]}}


def test_a_started_rule_set_holds_the_required_metadata_and_loads(qgis_app, tmp_path):
    path = tmp_path / "hebei.yaml"
    assert create_rule_set(str(path), START) is None  # nothing was there: no backup
    assert path.read_text(encoding="utf-8") == EXPECTED
    loaded = load_ruleset(str(path))
    assert loaded.ruleset is not None and not loaded.messages, loaded.text()
    meta = loaded.ruleset.metadata
    assert (meta.id, meta.title_zh, meta.authority, meta.region, meta.version, meta.effective) == (
        "hebei-2026", "河北省生态环境准入清单", "河北省生态环境厅", "河北省", "2026.1", datetime.date(2026, 3, 1))
    assert loaded.ruleset.rules == []


def test_a_start_over_a_file_keeps_it_as_a_backup_and_a_bad_id_writes_nothing(qgis_app, tmp_path):
    path = tmp_path / "old.yaml"
    path.write_text("# the bureau's draft\n", encoding="utf-8")
    backup = create_rule_set(str(path), START, now=datetime.datetime(2026, 1, 3, 14, 15, 2))
    assert backup == f"{path}.20260103-141502.bak"
    assert Path(backup).read_text(encoding="utf-8") == "# the bureau's draft\n"
    other = tmp_path / "other.yaml"
    with pytest.raises(SaveError, match="would not load"):
        create_rule_set(str(other), RuleSetStart("-bad id", "t", "a", "r"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name, f"{path.name}.20260103-141502.bak"]


def test_the_id_offered_comes_from_the_file_name():
    assert id_from_path("/x/hebei_2026 draft.yaml") == "hebei_2026-draft"
    assert id_from_path("/x/河北准入清单.yaml") == "rule-set"


@pytest.mark.parametrize("text", ["", "\n  \n", "# nothing yet\n", "\ufeff"])
def test_an_empty_file_is_told_apart_from_one_without_rules(tmp_path, text):
    path = tmp_path / "empty.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BlankFileError):
        RuleFile.open(str(path))
    path.write_text("format: zoning-review-rules/1\n", encoding="utf-8")  # not empty: still refused as before
    with pytest.raises(SaveError, match="has no list of rules") as refused:
        RuleFile.open(str(path))
    assert not isinstance(refused.value, BlankFileError)


def test_the_first_rule_of_an_empty_list_is_written_as_a_block_list():
    text = yaml_edit.append_rule(EXPECTED, RULE)
    assert text == EXPECTED.replace("rules: []\n", """rules:
  - id: G-SL-01
    level: general
    dimension: spatial_layout
    effect: prohibit
    when:
      industry: [D4430]
    text: {zh: 禁止新建燃煤锅炉。}
""")
    assert yaml.safe_load(text)["rules"] == [RULE]


def fill(dialog: NewRuleSetDialog, path: str = "") -> None:
    """The form as a user fills it in."""
    if path:
        dialog.file.setText(path)
        dialog.file.editingFinished.emit()
    dialog.title.setText(START.title)
    dialog.authority.setText(START.authority)
    dialog.region.setText(START.region)
    dialog.effective.setDate(QDate(2026, 3, 1))


def test_the_dialog_asks_what_is_missing_and_before_replacing_a_file(qgis_app, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(standard_buttons, "question",
                        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No)
    dialog = NewRuleSetDialog(None, str(tmp_path))
    dialog.create()
    assert dialog.problem.text() == ("Give the file of the new rule set.\n"
                                     "Give the rule set id, the title, the issuing authority, the region and the "
                                     "version.")
    dialog.id_edit.setText("河北")
    dialog.create()
    assert "The rule set id may hold letters, digits and . _ - only" in dialog.problem.text()
    dialog.id_edit.setText("")
    existing = tmp_path / "draft.yaml"
    existing.write_text("format: zoning-review-rules/1\n", encoding="utf-8")
    fill(dialog, str(tmp_path / "draft"))  # .yaml added
    assert dialog.id_edit.text() == "draft"
    dialog.create()
    assert asked == [f"{existing} already exists. Replace it with the new rule set? Its present content is kept as "
                     "a timestamped backup beside it."]
    assert dialog.path is None and existing.read_text(encoding="utf-8") == "format: zoning-review-rules/1\n"
    monkeypatch.setattr(standard_buttons, "question", lambda *args: QMessageBox.StandardButton.Yes)
    dialog.create()
    assert dialog.path == str(existing) and dialog.result() == QDialog.DialogCode.Accepted
    assert load_ruleset(str(existing)).ruleset.metadata.id == "draft"
    assert [p.read_text(encoding="utf-8") for p in tmp_path.glob("draft.yaml.*.bak")] == [
        "format: zoning-review-rules/1\n"]
    dialog.deleteLater()


def started(path: str):
    """NewRuleSetDialog.exec as a user: the form filled (the file too when it is not fixed), OK."""
    def run(dialog):
        fill(dialog, "" if dialog.blank else path)
        dialog.create()
        return dialog.result()
    return run


def test_an_empty_file_opened_in_the_editor_is_offered_a_new_rule_set(qgis_app, qgis_new_project, tmp_path,
                                                                       monkeypatch):
    path = tmp_path / "empty.yaml"
    path.write_text("", encoding="utf-8")
    monkeypatch.setattr(NewRuleSetDialog, "exec", started(""))
    dialog = editor_for(str(path), qgis_new_project)
    assert isinstance(dialog, RuleEditorDialog) and dialog.new_file and dialog.index == NEW
    assert dialog.file.path == str(path) and load_ruleset(str(path)).ruleset.metadata.id == "empty"
    assert list(tmp_path.glob("empty.yaml.*.bak"))  # the empty file kept too, as every replaced file is
    dialog.deleteLater()


def add_rule_and_save(dialog: RuleEditorDialog) -> int:
    """RuleEditorDialog.exec as a user: a rule written in the form, Save, Close."""
    panel = dialog.panel
    panel.id_edit.setText(RULE["id"])
    panel.text_zh.setPlainText(RULE["text"]["zh"])
    panel.when.items = [{"industry": ["D4430"]}]
    panel.changed.emit()
    assert dialog.save(), dialog.status.text()
    return 0


def test_new_rule_set_in_the_panel_is_bound_to_the_unit_layer_once_saved(dock, example_rules, tmp_path, monkeypatch):
    units = layer("control_units")
    dock.bindings.layer_combo.setLayer(units)
    dock.bindings.rules_file.setFilePath(str(example_rules))
    new = tmp_path / "county.yaml"
    monkeypatch.setattr(NewRuleSetDialog, "exec", started(str(new)))
    monkeypatch.setattr(RuleEditorDialog, "exec", add_rule_and_save)
    dock.bindings.new_rules_button.click()
    assert [r.id for r in load_ruleset(str(new)).ruleset.rules] == ["G-SL-01"]
    assert [ref.path for ref in read_binding(units).rule_sets] == [str(example_rules), str(new)]


def test_new_rule_set_in_the_editor_opens_the_new_one_after_this_one(dock, example_rules, tmp_path, qgis_iface,
                                                                     monkeypatch):
    """From the plugin menu's Rule Editor…: New Rule Set… in it closes it and the editor opens on the new file; a
    rule set started from the menu is not bound to any unit layer."""
    new = tmp_path / "started.yaml"
    opened = []

    def run(dialog):
        opened.append(dialog.file.path)
        if len(opened) == 1:
            dialog.new_set_button.click()
            return 0
        return add_rule_and_save(dialog)

    monkeypatch.setattr(NewRuleSetDialog, "exec", started(str(new)))
    monkeypatch.setattr(RuleEditorDialog, "exec", run)
    plugin = ZoningReviewPlugin(qgis_iface)
    plugin.dock = dock
    dock.bindings.layer_combo.setLayer(layer("control_units"))
    plugin.open_rule_editor(str(example_rules))
    assert opened == [str(example_rules), str(new)]
    assert [r.id for r in load_ruleset(str(new)).ruleset.rules] == ["G-SL-01"]
    assert read_binding(layer("control_units")) is None
