"""The notes dialog and a notes language stored in the settings that the notes are not written in (an .ini edited by
hand, a later version's): named in the dialog, no language chosen for the reviewer — never Chinese silently — and
the dialog kept open until one is chosen, as the options page names it."""

import pytest
from qgis.PyQt.QtWidgets import QDialog

from zoning_review.plugin import settings
from zoning_review.plugin.gui.notes_dialog import NotesDialog


@pytest.fixture
def stored_language():
    """Store a notes language for one test, removed afterwards."""
    yield settings.NOTES_LANGUAGE.set
    settings.NOTES_LANGUAGE.reset()


@pytest.mark.parametrize("stored", ["fr", "zh-CN"])
def test_an_unknown_stored_language_is_named_and_none_chosen(stored_language, tmp_path, qtbot, stored):
    stored_language(stored)
    dialog = NotesDialog(None, str(tmp_path), "S01")
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentIndex() == -1 and dialog.language() == ""
    assert dialog.language_note.isVisibleTo(dialog)
    assert dialog.language_note.text() == (
        f"The notes language stored in the settings, “{stored}”, is not a language of the notes: choose Chinese or "
        "English above (your choice is kept), or set it under Settings ▸ Options ▸ Zoning Review.")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and settings.NOTES_LANGUAGE.value() == stored
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert not dialog.language_note.isVisibleTo(dialog)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and settings.NOTES_LANGUAGE.value() == "en"


@pytest.mark.parametrize("stored, shown", [("zh", "zh"), ("en", "en")])
def test_a_stored_language_of_the_notes_is_chosen_without_a_note(stored_language, tmp_path, qtbot, stored, shown):
    stored_language(stored)
    dialog = NotesDialog(None, str(tmp_path), "S01")
    qtbot.addWidget(dialog)
    assert dialog.language() == shown and not dialog.language_note.isVisibleTo(dialog)
