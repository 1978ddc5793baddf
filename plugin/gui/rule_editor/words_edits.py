"""What the rule editor's dialogs on a rule set's words share: their tables' rows, their message and OK/Cancel
buttons, their offers to remove what no rule needs, and their changes written to the file as one edit Undo takes
back."""

from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTableWidget, QTableWidgetItem

from ...core.rules.rule_file import SaveError
from ...i18n import list_separator, tr
from .. import standard_buttons
from ..given_values import ERROR_STYLE

READ_ONLY = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


def append_row(table: QTableWidget, texts: Iterable[str], fixed: bool) -> None:
    """A row of a words table (its first cell, the name the rules use, read-only when ``fixed``)."""
    index = table.rowCount()
    table.insertRow(index)
    for column, text in enumerate(texts):
        item = QTableWidgetItem(text)
        if column == 0 and fixed:
            item.setFlags(READ_ONLY)
        table.setItem(index, column, item)


def row_texts(table: QTableWidget) -> List[Tuple[str, ...]]:
    """Every row's cell texts ('' for a cell never filled)."""
    cell = lambda r, c: table.item(r, c).text() if table.item(r, c) else ""  # noqa: E731
    return [tuple(cell(r, c) for c in range(table.columnCount())) for r in range(table.rowCount())]


def answered(dialog: QDialog) -> bool:
    """Show a modal words dialog; True when it was accepted (what it holds can still be read: it is let go later)."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


class RemovalOffer:
    """A button removing what a words dialog shows, enabled only when no rule needs it, and a note saying which rules
    do (or that it cannot be told); each thing asked about once while the dialog is open."""

    def __init__(self, dialog: QDialog, name: str, text: str, unknown: str, needed: str) -> None:
        self.button = QPushButton(text, dialog)
        self.button.setObjectName(name)
        self.button.setAutoDefault(False)
        self.note = QLabel(dialog)
        self.note.setObjectName(f"{name}_note")
        self.note.setWordWrap(True)
        self.unknown, self.needed = unknown, needed  # translated; ``needed`` names the rules as {rules}
        self._asked: Dict[Any, Optional[List[str]]] = {}

    def offer(self, key: Any, values: Dict[str, str], ask: Callable[[], Optional[List[str]]]) -> None:
        """Offer to remove ``key`` (None: nothing to remove) unless a rule needs it: ``ask()`` gives the rules that do
        (``value_use.RuleNeeds``); ``values`` fill the note's words."""
        if key is None:
            self.button.setEnabled(False)
            self.note.setText("")
            return
        if key not in self._asked:
            self._asked[key] = ask()
        rules = self._asked[key]
        self.button.setEnabled(rules == [])
        if rules is None:
            self.note.setText(self.unknown.format(**values))
        else:
            named = list_separator().join(rule or tr("a part of the rule set outside its rules") for rule in rules)
            self.note.setText(self.needed.format(rules=named, **values) if rules else "")


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
