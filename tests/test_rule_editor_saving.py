"""The rule editor's Save when another program changed the file meanwhile: the edits are never lost."""

import shutil

import pytest
import yaml
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QFileDialog, QMessageBox

from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.rules.rule_file import RuleFile
from zoning_review.plugin.gui.rule_editor.dialog import RuleEditorDialog

ELSEWHERE = "# edited by a colleague in a text editor\n"
BASIS = "编辑器中填写的依据"


@pytest.fixture
def edited(qgis_app, example_rules, tmp_path):
    """The editor on a copy of the example, its first rule's basis changed in the form; the file then changed by
    another program."""
    path = tmp_path / "rules.yaml"
    shutil.copyfile(example_rules, path)
    dialog = RuleEditorDialog(RuleFile.open(str(path)), [], {"river_bank": "河流岸线"})
    dialog.panel.basis.setText(BASIS)
    path.write_text(example_rules.read_text(encoding="utf-8") + ELSEWHERE, encoding="utf-8")
    yield dialog, path
    dialog.file.original = dialog.file.text  # nothing to ask on close
    dialog.deleteLater()


def click(button_text, seen):
    """Click the button of the modal box shown next whose text is ``button_text``; its text kept in ``seen``."""
    def clicked():
        box = QApplication.activeModalWidget()
        seen.append(box.text() if isinstance(box, QMessageBox) else None)
        if isinstance(box, QMessageBox):
            next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, clicked)


def first_basis(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))["rules"][0]["basis"]


def test_the_edits_can_be_saved_as_another_file(edited, tmp_path, monkeypatch):
    dialog, path = edited
    other = tmp_path / "rules_mine.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(other), ""))
    seen = []
    click("Save As…", seen)
    assert dialog.save()
    assert seen[0].startswith(f"{path} was changed by another program since it was opened")
    assert path.read_text(encoding="utf-8").endswith(ELSEWHERE)  # the colleague's file untouched
    assert first_basis(other) == BASIS and load_ruleset(str(other)).ruleset is not None
    assert dialog.file.path == str(other) and str(other) in dialog.windowTitle() and not dialog.file.changed
    assert dialog.status.text() == f"Saved as {other}."


def test_the_file_can_be_replaced_keeping_the_other_version(edited, tmp_path):
    dialog, path = edited
    changed_elsewhere = path.read_text(encoding="utf-8")
    click("Replace the File", [])
    assert dialog.save()
    assert first_basis(path) == BASIS
    backups = list(tmp_path.glob("rules.yaml.*.bak"))
    assert len(backups) == 1 and backups[0].read_text(encoding="utf-8") == changed_elsewhere
    assert dialog.status.text() == f"Saved. The previous file is kept as {backups[0]}."


def test_cancel_keeps_the_edits_in_the_editor_and_says_so(edited):
    dialog, path = edited
    click("Cancel", [])
    assert not dialog.save()
    assert path.read_text(encoding="utf-8").endswith(ELSEWHERE)
    assert dialog.file.rules[0]["basis"] == BASIS and dialog.file.changed  # applied, kept, not lost
    assert dialog.status.text() == (f"Not saved: {path} was changed by another program. Your edits are still here: "
                                    "save again to write them to another file or over it.")
