"""Input rows for the project attributes the bound rule sets declare (number, yes/no, text)."""

from typing import Any, Dict, List, Optional

from qgis.PyQt.QtCore import QLocale, Qt, pyqtSignal
from qgis.PyQt.QtGui import QDoubleValidator
from qgis.PyQt.QtWidgets import QComboBox, QCompleter, QFormLayout, QLabel, QLineEdit, QWidget

from ..core.rules.values import as_bool, as_number
from ..i18n import list_separator, tr
from .compact import compact
from .given_values import ERROR_STYLE, select_given
from .labels import pick_label


class AttributeRows(QWidget):
    """One row per declared attribute; an empty value means "not given", never zero or no."""

    changed = pyqtSignal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.editors: Dict[str, QWidget] = {}
        self.kinds: Dict[str, str] = {}
        self.remembered: Dict[str, Any] = {}
        self.empty = QLabel(tr("The bound rule sets declare no project attributes."), self)
        self.form.addRow(self.empty)

    def set_declared(self, declared: List[Any]) -> None:
        """Rebuild the rows for these AttributeDecl objects, keeping values already entered.

        Values are remembered by name even while no rule set declares them (e.g. while a project
        is being read and its layers come and go), so they come back with their rows.
        """
        self.remembered.update({name: self.value(name) for name in self.editors})
        kept = {name: value for name, value in self.remembered.items() if value is not None}
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors, self.kinds = {}, {}
        if not declared:
            self.empty = QLabel(tr("The bound rule sets declare no project attributes."), self)
            self.form.addRow(self.empty)
        for decl in declared:
            editor = self._editor(decl)
            editor.setObjectName(f"zr_attr_{decl.name}")
            self.editors[decl.name] = editor
            self.kinds[decl.name] = decl.type
            text = pick_label(decl.label_zh, decl.label_en, decl.name)
            if decl.unit and not any(unit in text for unit in decl.units):
                unit = pick_label(decl.unit_zh, decl.unit, decl.unit)
                text = tr("{label} ({unit})").format(label=text, unit=unit)
            label = QLabel(text, self)
            label.setToolTip(tr("Field name in a sites layer for batch review: {name}").format(name=decl.name))
            self.form.addRow(label, editor)
            if decl.name in kept:
                self.set_value(decl.name, kept[decl.name])

    def _editor(self, decl: Any) -> QWidget:
        if decl.type == "boolean":
            combo = compact(QComboBox(self))
            combo.addItem(tr("Not given"), None)
            combo.addItem(tr("Yes"), True)
            combo.addItem(tr("No"), False)
            combo.currentIndexChanged.connect(self._emit)
            return combo
        edit = QLineEdit(self)
        edit.setPlaceholderText(tr("Not given"))
        edit.setClearButtonEnabled(True)
        if decl.type == "number":
            validator = QDoubleValidator(self)
            validator.setLocale(QLocale.c())
            edit.setValidator(validator)
            edit.textChanged.connect(lambda text: self._mark_number(edit, text, decl.units))
        if decl.value_labels:
            self._offer_values(edit, decl.value_labels)
        edit.textChanged.connect(self._emit)
        return edit

    @staticmethod
    def _offer_values(edit: QLineEdit, value_labels) -> None:
        """A text's declared values offered as it is typed (any part of a label, case aside) and named in its
        tooltip; another spelling the rule set knows may still be typed."""
        words = [pick_label(zh, en, value_id) for value_id, zh, en in value_labels]
        completer = QCompleter(words, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)
        edit.setToolTip(tr("The rule set's values: {values}").format(values=list_separator().join(words)))

    @staticmethod
    def _mark_number(edit: QLineEdit, text: str, units) -> None:
        """Red, with a tooltip, while a number's editor holds text that is not a number (a site's field gave it)."""
        wrong = bool(text.strip()) and as_number(text, units) is None
        edit.setStyleSheet(ERROR_STYLE if wrong else "")
        edit.setToolTip(tr("“{value}” is not a number: the site needs further study until you enter one.").format(
            value=text.strip()) if wrong else "")

    def _emit(self, *_args) -> None:
        self.changed.emit()

    def value(self, name: str) -> Optional[Any]:
        """The typed value of one attribute, None when not given; a value that is not of its type (a site's
        field gave it) as written, which the review reads as needing information."""
        editor = self.editors.get(name)
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if not isinstance(editor, QLineEdit):
            return None
        text = editor.text().strip()
        if not text:
            return None
        number = as_number(text) if self.kinds[name] == "number" else None
        return text if number is None else number

    def values(self) -> Dict[str, Any]:
        """Every attribute that was given."""
        out = {}
        for name in self.editors:
            value = self.value(name)
            if value is not None:
                out[name] = value
        return out

    def set_values(self, values: Dict[str, Any]) -> None:
        """Show exactly these values (a description's): every other attribute is cleared, not kept from before."""
        self.remembered = dict(values)
        for name in self.editors:
            self.set_value(name, values.get(name))

    def set_value(self, name: str, value: Any) -> None:
        """Put a value into an attribute's editor (None clears it); a yes/no value that is neither is shown as
        written and kept."""
        editor = self.editors.get(name)
        if isinstance(editor, QComboBox):
            select_given(editor, value, as_bool(value))
        elif isinstance(editor, QLineEdit):
            editor.setText(number_text(value))


def number_text(value: Any) -> str:
    """A value as its editor shows it: a float in full (123456789, not 1.23457e+08), '' for None."""
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)
