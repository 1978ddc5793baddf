"""The "Generate review notes" button: asks for language, format and file, then writes the notes."""

import os
from typing import List, Optional, Tuple

from qgis.core import QgsApplication, QgsProcessingFeedback, QgsProcessingMultiStepFeedback
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QApplication, QHBoxLayout, QProgressDialog, QPushButton, QWidget

from .. import settings
from ..core.file_names import MAX_STEM_BYTES, FileNameError, notes_path, safe_name
from ..i18n import list_separator, tr
from ..log import log_error
from ..notes.layout_template import Background, NotesCancelledError, advance
from .earlier_exports import settle_export
from .off_gui_thread import off_gui_thread

TABLE_FORMATS = ("csv", "xlsx")


def write_review_notes(runner, site, lang: str, fmt: str, path: str,
                       signer: Optional[Tuple[str, str]] = None,
                       feedback: Optional[QgsProcessingFeedback] = None,
                       background: Optional[Background] = None) -> List[str]:
    """Write the notes (html/pdf/docx; one file per layer that has a say of the site) or the findings table
    (csv/xlsx) of the review; returns the files.

    ``signer`` (reviewer, organisation) replaces the settings' names in the notes; ``feedback`` is told the
    progress and may cancel (NotesCancelledError naming the files completed before); ``background`` runs the Word
    document's building (``export.write_notes``).
    """
    from ..notes.export import write_findings_table, write_site_notes  # the renderers: not at the plugin's load

    if fmt in TABLE_FORMATS:
        return [write_findings_table([item.review for item in runner.reviews], path, lang)]
    folder = os.path.dirname(path)
    written = []
    reviews = runner.deciding()  # a layer with no unit under the site (and none it could not overlay) says nothing
    steps = QgsProcessingMultiStepFeedback(max(1, len(reviews)), feedback) if feedback is not None else None
    for number, (item, basename) in enumerate(zip(reviews, notes_stems(reviews, path))):
        target = item.target
        try:
            if steps is not None:
                steps.setCurrentStep(number)  # the progress dialog takes events: a Cancel, or QGIS closing the project
                advance(steps, 0.0)  # honoured before the layers are used again
            written.append(write_site_notes(
                item.review, runner.description, target.ruleset, target.layer, target.binding.code_field,
                target.constraints, site.geometry, site.crs, folder, basename, fmt, lang,
                runner.project.transformContext(), runner.project.ellipsoid(), signer, runner.opinion,
                runner.judgements.withdrawn, runner.judgements.not_applied(), steps, taken=site.taken,
                background=background))
        except NotesCancelledError as error:
            raise NotesCancelledError(str(error), written) from error
    return written


def notes_stems(reviews: list, path: str) -> List[str]:
    """The file stem of each deciding layer's notes: the chosen file's for one layer, numbered and named by the
    layer for several."""
    stem = os.path.splitext(os.path.basename(path))[0]
    if len(reviews) == 1:
        return [stem]
    return [f"{safe_name(stem)}_{number + 1}_{item.target.layer.name()}" for number, item in enumerate(reviews)]


def notes_files(runner, fmt: str, path: str) -> List[str]:
    """The files writing the notes (or the findings table) of the review to ``path`` would write."""
    if fmt in TABLE_FORMATS:
        return [path]
    files = []
    for stem in notes_stems(runner.deciding(), path):
        try:
            files.append(notes_path(os.path.dirname(path), safe_name(stem, MAX_STEM_BYTES), fmt))
        except FileNameError:
            continue  # refused with its message when written
    return files


def progress_dialog(parent: QWidget) -> Tuple[QgsProcessingFeedback, QProgressDialog]:
    """A modal progress dialog shown now, and the feedback that moves it and that its Cancel cancels."""
    dialog = QProgressDialog(tr("Writing the review notes…"), tr("Cancel"), 0, 100, parent)
    dialog.setObjectName("zr_notes_progress")
    dialog.setWindowTitle(tr("Review notes"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)  # setValue lets the dialog paint and take a Cancel
    dialog.setMinimumDuration(0)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda percent: dialog.setValue(int(percent)))
    dialog.canceled.connect(feedback.cancel)
    dialog.show()
    dialog.setValue(0)
    return feedback, dialog


class NotesButton(QWidget):
    """A row with the button; enabled once a review exists and the notes module is present."""

    def __init__(self, dock, parent=None) -> None:
        super().__init__(parent)
        self.dock = dock
        self.dialog = None
        self.feedback: Optional[QgsProcessingFeedback] = None  # of the PDF or Word notes being written
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(QgsApplication.getThemeIcon("/mActionNewReport.svg"),
                                  tr("Generate review notes…"), self)
        self.button.setObjectName("zr_notes")
        layout.addStretch(1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.generate)
        self.set_ready(False)

    def set_ready(self, enabled: bool) -> None:
        """Enable only when there is a review to write."""
        self.button.setEnabled(enabled)
        self.button.setToolTip(tr("Write the review notes of the current site"))

    def generate(self) -> None:
        """Ask where and how, then write the notes of the current review."""
        from .notes_dialog import NotesDialog

        name = safe_name(self.dock.form.project().name or tr("site"))
        folder = settings.LAST_OUTPUT_DIR.value() or os.path.expanduser("~")
        self.dialog = NotesDialog(self.window(), folder, name,
                                  lambda fmt, path: notes_files(self.dock.runner, fmt, path))
        self.dialog.accepted.connect(self._write)
        self.dialog.open()

    def _write(self) -> None:
        dialog, self.dialog = self.dialog, None
        self.write(dialog.language(), dialog.format(), dialog.path(), dialog.signer(), dialog.open_after())
        dialog.deleteLater()

    def write(self, lang: str, fmt: str, path: str, signer: Optional[Tuple[str, str]] = None,
              open_after: bool = False) -> List[str]:
        """Write the notes (opened when asked); success and failure are reported in the message bar."""
        runner, site = self.dock.runner, self.dock.site_input.site
        if site is None or not runner.reviews:
            self.dock.push_message(tr("Review a site before generating its notes."), 1)
            return []
        # the PDF's layout and the Word document take seconds: a modal dialog that moves, takes a Cancel and keeps the
        # user from changing the review meanwhile (python-docx works on a worker thread, QGIS responsive)
        feedback, dialog = progress_dialog(self.window()) if fmt in ("pdf", "docx") else (None, None)
        if dialog is None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.feedback = feedback
        try:
            written = write_review_notes(runner, site, lang, fmt, path, signer, feedback, off_gui_thread)
        except NotesCancelledError as error:
            self._cancelled(error.written)
            return []
        except Exception as error:  # noqa: BLE001 - NotesError, OSError…: shown, the traceback in the log
            message = tr("The notes could not be written to {path}: {error}").format(path=path, error=str(error))
            log_error(message, error)
            self.dock.push_message(message, 2)
            return []
        finally:
            self.feedback = None
            if dialog is None:
                QApplication.restoreOverrideCursor()
            else:
                dialog.close()
                dialog.deleteLater()
        self._announce(written, *(settle_export(path, fmt, written) if fmt not in TABLE_FORMATS else ([], [])))
        if open_after:
            for written_path in written:
                QDesktopServices.openUrl(QUrl.fromLocalFile(written_path))
        return written

    def _cancelled(self, written: List[str]) -> None:
        """Say that writing was cancelled, and which files (of several) were complete before."""
        if written:
            self.dock.push_message(tr("Writing the notes was cancelled; only these were written: {files}").format(
                files=list_separator().join(written)), 1)
        else:
            self.dock.push_message(tr("Writing the notes was cancelled; no file was written."), 1)

    def _announce(self, written: List[str], removed: List[str], kept: List[str]) -> None:
        """Say which files were written, and which files of an earlier export to the same file were removed or kept."""
        said = [tr("Review notes written: {files}").format(files=list_separator().join(written))]
        if removed:
            said.append(tr("Removed the files an earlier export of these notes wrote that this one does not write "
                           "again: {files}").format(files=list_separator().join(removed)))
        if kept:
            said.append(tr("Kept: {files}. They are named like the files of an earlier export of these notes, but "
                           "were changed since or not written by Zoning Review, so they were not removed; they do not "
                           "show this review: move or delete them if they are no longer needed.").format(
                files=list_separator().join(kept)))
        self.dock.push_message("\n".join(said), 1 if kept else 0)

    def stop(self) -> None:
        """Cancel the notes being written, as the progress dialog's Cancel does: no file of them is left half-written
        (each is written beside its place and moved there only when complete) and an earlier file stays as it was.
        ``write`` returns once the Word document's worker has stopped."""
        if self.feedback is not None:
            self.feedback.cancel()

    def teardown(self) -> None:
        """Cancel the notes being written and close an open dialog."""
        self.stop()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
