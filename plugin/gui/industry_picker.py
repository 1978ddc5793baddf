"""A line edit with a completer over the GB/T 4754-2017 table, searched by code or by Chinese or English name."""

from typing import Optional, Union

from qgis.PyQt.QtCore import QStringListModel, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..core.model.project import FieldNumber
from ..core.rules import gbt4754
from ..i18n import tr, ui_language
from .given_values import ERROR_STYLE


def level_text(level: str) -> str:
    """A table level in words."""
    return {
        "section": tr("section"),
        "division": tr("division"),
        "group": tr("group"),
        "class": tr("class"),
    }.get(level, level)


def entry_text(entry: gbt4754.IndustryEntry) -> str:
    """``C3011 水泥制造`` (``C3011 Manufacture of cement`` for English users): how an entry is offered and shown."""
    return f"{entry.code} {entry.name(ui_language())}"


class IndustryPicker(QWidget):
    """Type a code (3011, C3011) or a name (水泥, cement); the completer offers matching entries."""

    changed = pyqtSignal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("zr_industry")
        self.edit.setPlaceholderText(tr("Code or name, e.g. 3011 or cement"))
        self.edit.setClearButtonEnabled(True)
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.edit.setCompleter(self.completer)
        self.hint = QLabel(self)
        self.hint.setObjectName("zr_industry_hint")
        self.hint.setWordWrap(True)
        self.number: Optional[FieldNumber] = None  # a site's number given for the industry, until a code is typed
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        self.edit.textEdited.connect(self._offer)
        self.edit.textChanged.connect(self._on_text)
        self._on_text(self.edit.text())

    def suggestions(self) -> list:
        """What the completer currently offers."""
        return self.model.stringList()

    def _offer(self, text: str) -> None:
        """Refill the completer from the table's search for the typed text."""
        self.model.setStringList([entry_text(e) for e in gbt4754.search(text, limit=40)])
        if self.model.rowCount():
            self.completer.complete()

    def code(self) -> Optional[str]:
        """The normalised code entered (``C3011``), or None when empty or unknown."""
        entry = self.entry()
        return entry.code if entry else None

    def given(self) -> Optional[Union[str, FieldNumber]]:
        """The industry as the review reads it: the normalised code, else the text entered as written (not a code:
        it needs information), else the site's number kept by ``set_given``; None when nothing is given."""
        text = self.edit.text().strip()
        return self.code() or text or self.number

    def entry(self) -> Optional[gbt4754.IndustryEntry]:
        """The table entry entered, or None."""
        text = self.edit.text().strip()
        if not text:
            return None
        return gbt4754.lookup(text.split()[0])

    def set_code(self, code: Optional[str]) -> None:
        """Show a code (and its name) in the picker."""
        entry = gbt4754.lookup(code) if code else None
        self.edit.setText(entry_text(entry) if entry else (code or ""))

    def set_given(self, code: object) -> None:
        """Show a description's industry as written; a number from a site's field (its leading zeros lost) is
        not read as a code: the picker stays empty, its hint asks for the code, and the number is kept as given
        (the review needs further study) until a code is entered."""
        self.number = None
        if not isinstance(code, FieldNumber):
            self.edit.setText(code or "")
            return
        self.edit.clear()
        self.number = code
        self._on_text("")

    def _on_text(self, text: str) -> None:
        entry = self.entry()
        if text.strip():
            self.number = None  # the code entered replaces the site's number
        if not text.strip() and self.number is not None:
            self.hint.setText(tr("Field {field} holds the number {number}, which loses leading zeros (0313 becomes "
                                 "313, another industry): enter the code here, and store industry codes as text, "
                                 "such as A0313.").format(field=self.number.field, number=str(self.number)))
            self.hint.setStyleSheet(ERROR_STYLE)
        elif not text.strip():
            self.hint.setText(tr("Not given: rules that name industries will need information."))
            self.hint.setStyleSheet("color: palette(mid);")
        elif entry is None:
            self.hint.setText(tr("“{text}” is not a GB/T 4754-2017 code: pick an entry from the list.")
                              .format(text=text.strip()))
            self.hint.setStyleSheet(ERROR_STYLE)
        else:
            self.hint.setText(tr("{name} ({level} of GB/T 4754-2017)").format(
                name=entry.name(ui_language()), level=level_text(entry.level)))
            self.hint.setStyleSheet("")
        self.changed.emit()
