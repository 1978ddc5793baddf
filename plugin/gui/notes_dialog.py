"""Ask how to write the review notes: language, format, file, reviewer and organisation."""

import os
from typing import Callable, List, Optional, Tuple

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
)

from .. import settings
from ..i18n import list_separator, tr, ui_language
from ..notes.formats import format_names
from . import standard_buttons

Files = Callable[[str, str], List[str]]  # (format, chosen file) → the files writing it would write


class NotesDialog(QDialog):
    """Language (Chinese/English), format, file, reviewer and organisation, and whether to open the file."""

    def __init__(self, parent, folder: str, basename: str, files: Optional[Files] = None) -> None:
        super().__init__(parent)
        self.files = files or (lambda _fmt, path: [path])
        self.setObjectName("zr_notes_dialog")
        self.setWindowTitle(tr("Generate review notes"))
        form = QFormLayout(self)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("zr_notes_language")
        self.language_combo.addItem("中文", "zh")
        self.language_combo.addItem("English", "en")
        form.addRow(tr("Language"), self.language_combo)
        self.language_note = QLabel(self)
        self.language_note.setObjectName("zr_notes_language_note")
        self.language_note.setWordWrap(True)
        form.addRow(self.language_note)
        self._show_language(settings.NOTES_LANGUAGE.value())
        self.format_combo = QComboBox(self)
        for fmt, name in format_names().items():
            self.format_combo.addItem(name, fmt)
        self.format_combo.addItem(tr("Findings table (CSV)"), "csv")
        self.format_combo.addItem(tr("Findings table (Excel XLSX)"), "xlsx")
        form.addRow(tr("Format"), self.format_combo)
        self.file_widget = QgsFileWidget(self)
        self.file_widget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.file_widget.setFilePath(os.path.join(folder, f"{basename}.html"))
        form.addRow(tr("Save as"), self.file_widget)
        self.reviewer_edit = QLineEdit(settings.REVIEWER.value(), self)
        self.reviewer_edit.setObjectName("zr_notes_reviewer")
        form.addRow(tr("Reviewer"), self.reviewer_edit)
        self.organisation_edit = QLineEdit(settings.ORGANISATION.value(), self)
        self.organisation_edit.setObjectName("zr_notes_organisation")
        form.addRow(tr("Organisation"), self.organisation_edit)
        self.open_check = QCheckBox(tr("Open the file after writing"), self)
        self.open_check.setObjectName("zr_notes_open")
        form.addRow(self.open_check)
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        buttons = standard_buttons.worded(QDialogButtonBox(ok_cancel, self))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format_combo.currentIndexChanged.connect(self._on_format)
        self._on_format()

    def _show_language(self, stored: str) -> None:
        """Select the stored notes language (the interface's when none is stored); one the notes are not written in
        selects none and is named, the reviewer to choose."""
        index = self.language_combo.findData(stored or ui_language())
        self.language_combo.setCurrentIndex(index)
        if index < 0:
            self.language_note.setText(tr(
                "The notes language stored in the settings, “{value}”, is not a language of the notes: choose "
                "Chinese or English above (your choice is kept), or set it under Settings ▸ Options ▸ Zoning "
                "Review.").format(value=stored))
        self.language_note.setVisible(index < 0)
        self.language_combo.currentIndexChanged.connect(lambda _index: self.language_note.hide())

    def _on_format(self, *_args) -> None:
        """Keep the file's extension and the dialog's filter in step with the format."""
        fmt = self.format()
        filters = {"html": tr("Web page (*.html)"), "pdf": tr("PDF (*.pdf)"), "docx": tr("Word document (*.docx)"),
                   "csv": tr("CSV table (*.csv)"), "xlsx": tr("Excel workbook (*.xlsx)")}
        self.file_widget.setFilter(filters[fmt])
        stem, _ext = os.path.splitext(self.file_widget.filePath())
        if stem:
            self.file_widget.setFilePath(f"{stem}.{fmt}")

    def language(self) -> str:
        """'zh' or 'en' ('' while none is chosen)."""
        return self.language_combo.currentData() or ""

    def format(self) -> str:
        """'html', 'pdf', 'docx', 'csv' or 'xlsx'."""
        return self.format_combo.currentData()

    def path(self) -> str:
        """The chosen file."""
        return self.file_widget.filePath()

    def signer(self) -> Tuple[str, str]:
        """(reviewer, organisation) as typed."""
        return self.reviewer_edit.text().strip(), self.organisation_edit.text().strip()

    def open_after(self) -> bool:
        """Whether to open the written file."""
        return self.open_check.isChecked()

    def accept(self) -> None:
        """Remember the language and folder, then close; the dialog stays open while no language is chosen, and a
        file already there is replaced only when the reviewer agrees (else the dialog stays open for another name)."""
        if not self.language():
            self.language_note.show()
            self.language_combo.setFocus()
            return
        if not self.path() or not self._replace_agreed():
            return
        settings.NOTES_LANGUAGE.set(self.language())
        settings.LAST_OUTPUT_DIR.set(os.path.dirname(self.path()))
        super().accept()

    def _replace_agreed(self) -> bool:
        """True when no file to be written exists, or the reviewer agrees to replace those that do."""
        taken = [path for path in self.files(self.format(), self.path()) if os.path.exists(path)]
        if not taken:
            return True
        answer = standard_buttons.question(
            self, tr("Replace files?"),
            tr("These files already exist and would be replaced: {files}\nReplace them? Choose No to keep them "
               "and give another file name.").format(files=list_separator().join(taken)))
        return answer == standard_buttons.YES
