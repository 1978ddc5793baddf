"""Writing PDF notes from the panel shows a modal progress dialog that moves while the layout is built and lets the
user cancel; a cancelled note leaves no file, not even its partial file, and the message bar says so."""

import os

import pytest
from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsFeedback, QgsGeometry
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QProgressDialog, QPushButton

from tests.dock_helpers import SITE_WKT, bind


@pytest.fixture()
def reviewed(dock, example_rules, qtbot, qgis_iface):
    """The dock with the test site reviewed against the example rules, the message bar empty."""
    from zoning_review.plugin.gui.review_task import Site

    bind(dock.bindings, example_rules)
    site = Site(QgsGeometry.fromWkt(SITE_WKT), QgsCoordinateReferenceSystem("EPSG:4490"), "test")
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.set_site(site)
    qgis_iface.messageBar().clear_messages()
    return dock


class Watcher:
    """Looks at the progress dialog every few milliseconds while the notes are written (the dialog's own
    setValue lets the timer run); clicks its Cancel button once it reaches ``cancel_at`` %, if given."""

    def __init__(self, cancel_at=None):
        self.seen = []
        self.modal = []
        self.cancel_at = cancel_at
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self.look)
        self.timer.start()

    def look(self):
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        dialogs += [w for top in QApplication.topLevelWidgets() for w in top.findChildren(QProgressDialog)
                    if w.isVisible() and w not in dialogs]
        for dialog in dialogs:
            self.modal.append(dialog.isModal())
            if not self.seen or self.seen[-1] != dialog.value():
                self.seen.append(dialog.value())
            if self.cancel_at is not None and dialog.value() >= self.cancel_at:
                self.cancel_at = None
                next(b for b in dialog.findChildren(QPushButton)).click()


def test_pdf_notes_show_a_modal_progress_dialog_that_moves(reviewed, tmp_path):
    watcher = Watcher()
    path = str(tmp_path / "notes.pdf")
    try:
        written = reviewed.notes.write("en", "pdf", path)
    finally:
        watcher.timer.stop()
    assert written == [path] and os.path.getsize(path) > 0
    assert watcher.modal and all(watcher.modal)
    assert len(watcher.seen) >= 5 and watcher.seen == sorted(watcher.seen), watcher.seen  # block by block
    assert watcher.seen[-1] >= 60
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_cancelled_pdf_notes_leave_no_file_and_say_so(reviewed, tmp_path, qgis_iface):
    watcher = Watcher(cancel_at=35)  # while the body's blocks are placed
    path = tmp_path / "out" / "notes.pdf"
    try:
        written = reviewed.notes.write("en", "pdf", str(path))
    finally:
        watcher.timer.stop()
    assert written == [] and watcher.cancel_at is None
    assert os.listdir(path.parent) == []
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert "Zoning Review:Writing the notes was cancelled; no file was written." in warnings, warnings


class CancelDuringExport(QgsFeedback):
    """Cancelled while QGIS writes the PDF (after the layout is built, at 60 %): the first look after the export
    sees it."""

    def isCanceled(self):
        return self.progress() > 60


def test_a_cancel_given_while_the_pdf_is_written_keeps_no_partial_file(qgis_app, tmp_path):
    from tests.test_notes_pdf_flow import long_document
    from zoning_review.plugin.notes.layout_renderer import TEMPLATE, render_pdf
    from zoning_review.plugin.notes.layout_template import NotesCancelledError

    feedback = CancelDuringExport()
    with pytest.raises(NotesCancelledError):
        render_pdf(long_document(), None, str(tmp_path / "notes.pdf"), TEMPLATE, feedback=feedback)
    assert feedback.progress() > 60  # the export ran
    assert os.listdir(tmp_path) == []
