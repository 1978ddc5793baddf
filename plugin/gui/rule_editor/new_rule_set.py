"""New Rule Set…: a file name and the metadata every rule set gives; the file written, a file there kept as a
backup after asking."""

import os
from typing import List, Optional

from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import settings
from ...core.rules.new_rule_set import ID_PATTERN, RuleSetStart, create_rule_set, id_from_path
from ...core.rules.rule_file import SaveError
from ...i18n import tr
from ...log import log_error
from .. import standard_buttons
from ..given_values import ERROR_STYLE


class NewRuleSetDialog(QDialog):
    """Ask for the new rule set's file and metadata; on OK the file is written (``path`` is then set)."""

    def __init__(self, parent=None, folder: str = "", blank: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("zr_new_rule_set")
        self.setWindowTitle(tr("New Rule Set"))
        self.path: Optional[str] = None
        self.blank = blank  # an empty file the rule set is started in (its name fixed)
        self.folder = folder or settings.LAST_RULES_DIR.value()
        layout = QVBoxLayout(self)
        if blank:
            note = QLabel(tr("{path} is empty. Give the rule set's details to start it in this file.").format(
                path=blank), self)
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        self.file = self._line("zr_new_rules_file", blank)
        self.file.setReadOnly(bool(blank))
        self.file.setPlaceholderText(tr("The new rule set's file (.yaml)"))
        self.file.editingFinished.connect(self._offer_id)
        form.addRow(tr("File"), self._file_row(not blank))
        self.id_edit = self._line("zr_new_rules_id", id_from_path(blank) if blank else "")
        self.id_edit.setPlaceholderText(tr("Letters, digits, . _ -, e.g. hebei-2024"))
        self.title = self._line("zr_new_rules_title", "")
        self.authority = self._line("zr_new_rules_authority", "")
        self.region = self._line("zr_new_rules_region", "")
        self.version = self._line("zr_new_rules_version", "1")
        self.effective = QDateEdit(QDate.currentDate(), self)
        self.effective.setObjectName("zr_new_rules_effective")
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        for label, widget in ((tr("Rule set id"), self.id_edit), (tr("Title"), self.title),
                              (tr("Issuing authority"), self.authority), (tr("Region"), self.region),
                              (tr("Version"), self.version), (tr("In force from"), self.effective)):
            form.addRow(label, widget)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setObjectName("zr_new_rules_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.problem)
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        buttons = standard_buttons.worded(QDialogButtonBox(ok_cancel, self))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _line(self, name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        return edit

    def _file_row(self, browse: bool) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.file, 1)
        if browse:
            button = QPushButton(tr("Browse…"), row)
            button.setObjectName("zr_new_rules_browse")
            button.clicked.connect(self.browse)
            layout.addWidget(button)
        return row

    def browse(self) -> None:
        """Choose the file in a file dialog (replacing a file there is asked on OK)."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self, tr("New Rule Set"), self.file.text() or self.folder, tr("Rule sets (*.yaml *.yml)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self.file.setText(chosen)
            self._offer_id()

    def _offer_id(self) -> None:
        if self.file.text().strip() and not self.id_edit.text().strip():
            self.id_edit.setText(id_from_path(self.file.text().strip()))

    def target(self) -> str:
        """The file to write: as typed, ``.yaml`` added when it has no rule-set extension."""
        path = os.path.expanduser(self.file.text().strip())
        return path if not path or path.lower().endswith((".yaml", ".yml")) else f"{path}.yaml"

    def start(self) -> RuleSetStart:
        """The metadata as typed."""
        return RuleSetStart(self.id_edit.text().strip(), self.title.text().strip(), self.authority.text().strip(),
                            self.region.text().strip(), self.version.text().strip(),
                            self.effective.date().toString("yyyy-MM-dd"))

    def problems(self) -> List[str]:
        """What must be given or corrected before the file is written."""
        path, start = self.target(), self.start()
        found = []
        if not path:
            found.append(tr("Give the file of the new rule set."))
        elif not os.path.isdir(os.path.dirname(os.path.abspath(path))):
            found.append(tr("The folder {folder} does not exist: choose a file in an existing folder.").format(
                folder=os.path.dirname(os.path.abspath(path))))
        if not (start.id and start.title and start.authority and start.region and start.version):
            found.append(tr("Give the rule set id, the title, the issuing authority, the region and the version."))
        if start.id and not ID_PATTERN.match(start.id):
            found.append(tr("The rule set id may hold letters, digits and . _ - only, beginning with a letter or a "
                            "digit."))
        return found

    def create(self) -> None:
        """Write the rule set (a file there replaced only when the user says so) and close; else say why not."""
        found = self.problems()
        if found:
            self.problem.setText("\n".join(found))
            return
        path = self.target()
        if not self._may_replace(path):
            return
        try:
            create_rule_set(path, self.start())
        except SaveError as error:
            self.problem.setText(error.text())
            return
        except OSError as error:
            log_error(tr("The rule set could not be written."), error)
            self.problem.setText(tr("{path} could not be written ({problem}).").format(
                path=path, problem=error.strerror or str(error)))
            return
        settings.LAST_RULES_DIR.set(os.path.dirname(os.path.abspath(path)))
        self.path = path
        self.accept()

    def _may_replace(self, path: str) -> bool:
        """True when nothing is there, the empty file the rule set starts in, or the user agrees to replace it."""
        if not os.path.exists(path) or os.path.normcase(path) == os.path.normcase(self.blank):
            return True
        if os.path.isdir(path):
            self.problem.setText(tr("{path} is a folder: give a file name.").format(path=path))
            return False
        answer = standard_buttons.question(self, tr("New Rule Set"), tr(
            "{path} already exists. Replace it with the new rule set? Its present content is kept as a timestamped "
            "backup beside it.").format(path=path))
        return answer == standard_buttons.YES


def start_rule_set(parent: Optional[QWidget], folder: str = "", blank: str = "") -> Optional[str]:
    """The file of a rule set started by the user (in the empty file ``blank`` when given), or None."""
    dialog = NewRuleSetDialog(parent, folder, blank)
    try:
        return dialog.path if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
