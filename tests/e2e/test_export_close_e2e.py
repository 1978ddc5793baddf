"""QGIS closed (or the plugin unloaded) in the real desktop while the panel writes review notes.

The notes' progress dialog is modal, yet QGIS can still be told to close meanwhile (its main window's close, File ▸
Exit from elsewhere); QGIS then closes the project, deleting the layers the notes read, and ends every event loop.
Before, the export went on: a Word file already being built was completed after QGIS had agreed to close, the next
layer's notes (or the PDF's, or a Word file's not yet built) failed with "wrapped C/C++ object of type
QgsVectorLayer has been deleted" and its traceback in the plugin's log. Now closing QGIS cancels the notes as the
dialog's Cancel does (``gui/notes_exit.py``, asked by QGIS once its own questions are answered), and so does
unloading the plugin: the export stops at its next check, the Word worker is waited for and its ``.part`` removed,
no file is left half-written and a file already at the chosen path stays as it was. QGIS then quits, exit code 0.

The ``word`` run also takes the panel's earlier-export path in the desktop (``gui/earlier_exports.py``).
"""

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from tests.qgis_desktop import qgis_available, run_in_qgis
from tests.test_notes_pdf import page_count, pdftotext

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "notes_export_close.py"
CANCELLED = "Writing the notes was cancelled; no file was written."
LAYER_FILES = [f"项目_{number}_control_units.docx" for number in (1, 2, 3)]


def closed_run(artifacts_dir: Path, mode: str) -> tuple:
    """The desktop run of ``mode`` in its own emptied folder: the run, its artifacts folder and the messages logged."""
    folder = artifacts_dir / f"export-close-{mode}"
    shutil.rmtree(folder, ignore_errors=True)
    run = run_in_qgis(SCRIPT, folder, locale="en_US", timeout=240, env={"ZR_CLOSE_MODE": mode})
    assert run.returncode == 0 and not run.errors, run.explain()  # no crash, no Python error anywhere
    assert "Traceback" not in run.stderr, run.explain()
    log = folder / "log.jsonl"
    logged = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()] if log.exists() else []
    return run, folder, logged


def assert_cancelled_cleanly(run, folder: Path, logged: list, said: str = CANCELLED) -> None:
    """The export was cancelled (no traceback logged, no part file), the user told so (``said``)."""
    detail = run.detail
    assert detail["bar"] == [said], detail["bar"]
    ours = [item for item in logged if item["tag"] == "Zoning Review"]
    assert not [item for item in ours if "Traceback" in item["text"] or item["level"] >= 2], ours
    assert not [item for item in logged if "has been deleted" in item["text"]], logged
    assert not list((folder / "notes").glob("*.part")), sorted((folder / "notes").iterdir())


def digests(folder: Path) -> dict:
    """The SHA-256 of each file in ``folder``."""
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())}


def open_word(path: Path):
    """The Word document at ``path`` as python-docx reads it (the plugin's vendored copy)."""
    from zoning_review.plugin.notes import docx_word

    return docx_word.docx.Document(str(path))


def test_closing_qgis_while_word_notes_are_built_cancels_them_and_keeps_the_earlier_file(artifacts_dir):
    run, folder, logged = closed_run(artifacts_dir, "word")
    detail = run.detail
    # the earlier-export path in the desktop: three files, then one; the unchanged earlier ones removed
    first, second = detail["earlier"]["first"], detail["earlier"]["second"]
    assert first["written"] == LAYER_FILES and first["files"] == LAYER_FILES, first
    notes = folder / "notes"
    assert second["written"] == ["项目.docx"], second
    assert second["files"] == ["项目.docx", "项目_2_control_units.docx", "项目_4_control_units.docx"], second
    [said] = second["bar"]
    removed = f"{notes / '项目_1_control_units.docx'}, {notes / '项目_3_control_units.docx'}"
    assert f"Removed the files an earlier export of these notes wrote that this one does not write again: {removed}" \
        in said, said
    assert f"Kept: {notes / '项目_2_control_units.docx'}, {notes / '项目_4_control_units.docx'}." in said, said
    # closed while python-docx built the document: QGIS closed the project and ended its event loops meanwhile
    assert detail["written"] == [], detail
    events = detail["events"]
    assert events[1] == {"layers": 0, "quitting": True, "part": False}, events
    assert events[2:] == ["building", "built"], events  # the worker went on after the close, and was waited for
    assert detail["quitting"] is True
    assert_cancelled_cleanly(run, folder, logged)
    # the files there before are as they were (项目_2_control_units.docx among the two the export would have
    # written), none added; the earlier notes at the chosen file a whole Word document
    assert digests(notes) == detail["before"] and sorted(detail["before"]) == second["files"]
    assert open_word(notes / "项目.docx").paragraphs[0].text, "the earlier notes' title"


def test_closing_qgis_as_the_second_pdf_begins_keeps_the_first_whole_and_writes_no_second(artifacts_dir):
    run, folder, logged = closed_run(artifacts_dir, "pdf")
    events = run.detail["events"]
    assert events == ["closing", {"layers": 0, "quitting": True, "part": False}], events
    first = folder / "notes" / "项目_1_control_units.pdf"
    assert_cancelled_cleanly(run, folder, logged, f"Writing the notes was cancelled; only these were written: {first}")
    assert run.detail["written"] == [] and run.detail["before"] == {}, run.detail
    assert sorted(digests(folder / "notes")) == [first.name]  # the second's file was not written, nor any part of it
    assert first.read_bytes().startswith(b"%PDF-") and page_count(str(first)) >= 1 and pdftotext(str(first))


def test_unloading_the_plugin_while_word_notes_are_built_cancels_them(artifacts_dir):
    run, folder, logged = closed_run(artifacts_dir, "unload")
    detail = run.detail
    assert detail["events"][:2] == ["closing", {"unloaded": True}], detail["events"]
    assert detail["events"][2]["layers"] > 0 and detail["events"][2]["quitting"] is False, detail["events"]
    assert detail["events"][3:] == ["building", "built"], detail["events"]
    assert detail["loaded"] is False and detail["quitting"] is False, detail  # QGIS went on without the plugin
    assert detail["written"] == [], detail
    assert_cancelled_cleanly(run, folder, logged)
    assert run.detail["before"] == {} and digests(folder / "notes") == {}
