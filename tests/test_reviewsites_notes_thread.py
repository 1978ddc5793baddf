"""reviewsites run from a real QgsProcessingAlgRunnerTask (as the Processing dialog runs it): HTML and Word notes are
written on the task's worker thread, only their maps drawn on the main thread (print layouts are not thread-safe), so
QGIS stays responsive through the notes; PDF notes, a print layout throughout, are still written on the main thread
after the run. The notes, their index and SUMMARY's notes column are the same bytes (timestamps aside) as those of the
same run on the main thread (processing.run: the notes written there, as they all were before).

Where each step runs is recorded by wrapping the real functions (each still does its work); nothing is timed.
"""

import re
import zipfile
from pathlib import Path
from typing import Dict

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QEventLoop

from .e2e.support.task_threads import watch_note_threads
from .test_processing_review import CONSTRAINTS, params, rows

STAMPS = (  # what differs between two runs of the same notes: when they were written
    re.compile(rb"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?"),
    re.compile(r"\d{4}年\d{1,2}月\d{1,2}日(\s*\d{1,2}[:：]\d{2}([:：]\d{2})?)?".encode()),
)


@pytest.fixture
def threads(monkeypatch):
    """Which thread ('main' or 'worker') each step of the notes ran on, in order: the note written (write_notes),
    its map layers made (build_scene) and drawn (html_maps), a PDF laid out (render_pdf), the index written
    (write_index)."""
    return watch_note_threads(("write_notes", "build_scene", "html_maps", "render_pdf", "write_index"),
                              monkeypatch.setattr)


def run_in_task(values: dict) -> dict:
    """reviewsites run by a QgsProcessingAlgRunnerTask in QGIS's task manager, this (the main) thread's event loop
    running meanwhile; its results, after the main thread's post-processing."""
    algorithm = QgsApplication.processingRegistry().algorithmById("zoningreview:reviewsites")
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    context.setProject(QgsProject.instance())
    task = QgsProcessingAlgRunnerTask(algorithm, values, context, feedback)
    outcome = {}
    loop = QEventLoop()

    def executed(ok, results):
        outcome.update(ok=ok, results=results)
        loop.quit()

    task.executed.connect(executed)
    QgsApplication.taskManager().addTask(task)
    if not outcome:
        loop.exec()
    assert outcome["ok"], "the task failed"
    return outcome["results"]


def notes_bytes(folder: Path) -> Dict[str, bytes]:
    """Every file of a notes folder, timestamps blanked (a Word file: each part of it); the index's record of the notes'
    SHA-256, which differ as their timestamps do, checked against the files and blanked."""
    from zoning_review.plugin.notes.index_pages import DIGEST, file_digest, recorded_pages

    out = {}
    notes = [path for path in sorted(folder.iterdir()) if path.name != "index.html"]
    assert recorded_pages(str(folder / "index.html")) == {path.name: file_digest(str(path)) for path in notes}
    out["index.html"] = blank(re.sub(DIGEST.pattern.encode(), b"<sha256>", (folder / "index.html").read_bytes()))
    for path in notes:
        if path.suffix == ".docx":
            with zipfile.ZipFile(path) as document:
                for name in document.namelist():
                    out[f"{path.name}/{name}"] = blank(document.read(name))
        else:
            out[path.name] = blank(path.read_bytes())
    return out


def blank(data: bytes) -> bytes:
    """``data`` with every date and time blanked."""
    for stamp in STAMPS:
        data = stamp.sub(b"<time>", data)
    return data


def review(project, example_rules, out: Path, fmt: int, in_task: bool) -> Path:
    """reviewsites on the sample's layers in the project (as the desktop has them: their CRSs made on the main thread,
    which a layer a task opened would leave broken once QGIS ends its thread, see test_worker_thread_crs) with notes
    (1 HTML, 2 PDF, 3 Word) into ``out``/notes; the notes folder."""
    import processing

    out.mkdir()
    layer = {name: project.mapLayersByName(name)[0].id() for name in ("sites", "control_units", *CONSTRAINTS)}
    values = params("", example_rules, out, layer["sites"], UNITS=layer["control_units"],
                    CONSTRAINTS=[layer[name] for name in CONSTRAINTS], REPORT_FORMAT=fmt,
                    REPORT_FOLDER=str(out / "notes"))
    if in_task:
        run_in_task(values)
    else:
        processing.run("zoningreview:reviewsites", values)
    return out / "notes"


@pytest.mark.parametrize("fmt, suffix", [(1, "html"), (3, "docx")])
def test_html_and_word_notes_are_written_on_the_worker_thread(zr_processing, sample_project, example_rules, tmp_path,
                                                               threads, fmt, suffix):
    """Every note and the index written on the task's thread, every map made and drawn on the main thread: the same
    files, index and SUMMARY column as the run on the main thread."""
    in_task = review(sample_project, example_rules, tmp_path / "task", fmt, in_task=True)
    assert threads["write_notes"] == ["worker"] * 10  # the sample's ten sites
    assert threads["build_scene"] == threads["html_maps"] == ["main"] * 10 and threads["write_index"] == ["worker"]
    assert "render_pdf" not in threads
    threads.clear()
    on_main = review(sample_project, example_rules, tmp_path / "main", fmt, in_task=False)
    assert threads["write_notes"] == ["main"] * 10 and threads["html_maps"] == ["main"] * 10
    task_files, main_files = notes_bytes(in_task), notes_bytes(on_main)
    assert sorted(path.name for path in in_task.iterdir()) == sorted(path.name for path in on_main.iterdir())
    assert len(list(in_task.glob(f"S*.{suffix}"))) == 10
    assert task_files.keys() == main_files.keys()
    for name in task_files:
        assert task_files[name] == main_files[name], name
    named = [Path(row["notes"]).name for row in rows(tmp_path / "task" / "summary.gpkg")]
    assert named == [Path(row["notes"]).name for row in rows(tmp_path / "main" / "summary.gpkg")]
    assert sorted(named) == sorted(path.name for path in in_task.iterdir() if path.name != "index.html")


def test_pdf_notes_are_still_written_on_the_main_thread(zr_processing, sample_project, example_rules, tmp_path,
                                                        threads):
    """A PDF is a print layout throughout: written after the run, on the main thread, as before."""
    folder = review(sample_project, example_rules, tmp_path / "task", 2, in_task=True)
    assert threads["write_notes"] == ["main"] * 10 and threads["render_pdf"] == ["main"] * 10
    assert threads["write_index"] == ["main"]
    assert len(list(folder.glob("*.pdf"))) == 10
