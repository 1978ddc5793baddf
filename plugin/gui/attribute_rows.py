"""Input rows for the project attributes the bound rule sets declare (number, yes/no, text)."""

from typing import Any, Dict, List, Optional

from qgis.PyQt.QtCore import QLocale, pyqtSignal
from qgis.PyQt.QtGui import QDoubleValidator
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ..i18n import tr
from .compact import compact
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
            if decl.unit and not any(unit in text for unit in (decl.unit, *decl.unit_aliases)):
                text = tr("{label} ({unit})").format(label=text, unit=decl.unit)
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
        edit.textChanged.connect(self._emit)
        return edit

    def _emit(self, *_args) -> None:
        self.changed.emit()

    def value(self, name: str) -> Optional[Any]:
        """The typed value of one attribute, or None when not given (or not a number)."""
        editor = self.editors.get(name)
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if not isinstance(editor, QLineEdit):
            return None
        text = editor.text().strip()
        if not text:
            return None
        if self.kinds[name] == "number":
            try:
                return float(text)
            except ValueError:
                return None
        return text

    def values(self) -> Dict[str, Any]:
        """Every attribute that was given."""
        out = {}
        for name in self.editors:
            value = self.value(name)
            if value is not None:
                out[name] = value
        return out

    def set_value(self, name: str, value: Any) -> None:
        """Put a value into an attribute's editor (None clears it)."""
        editor = self.editors.get(name)
        if isinstance(editor, QComboBox):
            index = editor.findData(value) if value is not None else 0
            editor.setCurrentIndex(max(index, 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else f"{value:g}" if isinstance(value, float) else str(value))
