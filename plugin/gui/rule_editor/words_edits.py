"""What the rule editor's dialogs on a rule set's words share: their message and OK/Cancel buttons, and their
changes written to the file as one edit Undo takes back."""

from typing import Callable, Tuple

from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QLabel

from ...core.rules.rule_file import SaveError
from .. import standard_buttons
from ..given_values import ERROR_STYLE


def message_and_buttons(dialog: QDialog) -> Tuple[QLabel, QDialogButtonBox]:
    """A dialog's message (what stops OK) and its OK and Cancel buttons, connected."""
    message = QLabel(dialog)
    message.setWordWrap(True)
    message.setStyleSheet(ERROR_STYLE)
    buttons = standard_buttons.worded(QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return message, buttons


class WordsEdits:
    """The rule editor dialog's edits of its rule set's words (the dialog gives ``file``, ``status``, ``panel``,
    ``index``, ``form_data``, ``refill_tree``, ``check`` and ``_record``)."""

    def edit_words(self, edit: Callable[[], None], step: Callable[[], str], done: str) -> None:
        """Run ``edit`` on the file as one edit (all or nothing) named ``step()`` for Undo; the form, the rules and
        the status brought up to date (``done`` said)."""
        before = self.file.text
        try:
            edit()
        except SaveError as error:
            self.file.restore(before)
            self.status.setText(error.text())
            return
        self._record(step(), before, self.index)
        self.panel.set_document(self.form_data())
        self.refill_tree()
        self.check()  # Undo offered for the edit
        self.status.setText(done)
