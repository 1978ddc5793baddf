"""*Attributes…* in the rule editor: a project attribute declared (its name, type, label, a number's unit, a text's
values) or an attribute's words and values changed, without the YAML; applied as one edit Undo takes back. The
condition picker and the dock's project form then offer it."""

from typing import Any, Dict, List, Mapping, Optional, Tuple

from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
)

from ...core.rules.attribute_values import ValueWords, value_rows
from ...core.rules.attribute_words import AttributeWords, declaration_of, words_of
from ...core.rules.value_use import RuleNeeds
from ...i18n import label_in, list_separator, tr, ui_language
from .words_edits import RemovalOffer, WordsEdits, answered, append_row, message_and_buttons, row_texts

NEW = ""  # the combo's entry for a new attribute
BLANK = AttributeWords("", "number", "", "", "", "")


def _type_words() -> Dict[str, str]:
    return {"number": tr("Number"), "boolean": tr("Yes or no"), "string": tr("Text")}


class AttributeNamesDialog(QDialog):
    """The rule set's attributes and one new one; on OK, ``changed`` holds the declarations that differ, ``added``
    the new attribute (name and declaration) when one was described and ``removed`` the attributes removed."""

    def __init__(self, document: Mapping[str, Any], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("zr_attribute_names")
        self.setWindowTitle(tr("Attributes"))
        self.needs = RuleNeeds(document)
        self.declared: Dict[str, Any] = dict(document.get("attributes") or {})
        self.removed: List[str] = []
        self.edited: Dict[str, AttributeWords] = {}
        self.changed: Dict[str, Dict[str, Any]] = {}
        self.added: Optional[Tuple[str, Dict[str, Any]]] = None
        self.attribute = QComboBox(self)
        self.attribute.setObjectName("zr_attribute_names_attribute")
        for name, declaration in self.declared.items():
            self.attribute.addItem(_named(name, declaration), name)
        self.attribute.addItem(tr("New attribute…"), NEW)
        self.attribute_removal = RemovalOffer(
            self, "zr_attribute_names_remove_attribute", tr("Remove the attribute"),
            tr("Whether a rule reads the attribute {name} cannot be told while the rule set does not follow its "
               "schema: mend the file first."),
            tr("The attribute {name} cannot be removed: the rules {rules} read it. Change them first."))
        self.attribute_removal.button.clicked.connect(self._remove_attribute)
        self.name, self.zh, self.en, self.unit, self.unit_zh, self.unit_aliases = (self._line(key) for key in (
            "name", "zh", "en", "unit", "unit_zh", "unit_aliases"))
        self.type = QComboBox(self)
        self.type.setObjectName("zr_attribute_names_type")
        for key, words in _type_words().items():
            self.type.addItem(words, key)
        self.values = self._values_table()
        self.message, self.buttons = message_and_buttons(self)
        self._lay_out()
        self.current: Optional[str] = None
        self.attribute.currentIndexChanged.connect(self._show)
        self.type.currentIndexChanged.connect(self._check)
        self._show()

    def _values_table(self) -> QTableWidget:
        table = QTableWidget(0, 4, self)
        table.setObjectName("zr_attribute_names_values")
        table.setHorizontalHeaderLabels([tr("Value id"), tr("Chinese label"), tr("English label"),
                                         tr("Other spellings (separated by ;)")])
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        rows = table.verticalHeader().defaultSectionSize() * 4  # four values in sight
        table.setMinimumHeight(rows + table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth())
        table.itemChanged.connect(self._check)
        self.add_value = QPushButton(tr("Add a value"), self)
        self.add_value.setObjectName("zr_attribute_names_add_value")
        self.add_value.setAutoDefault(False)
        self.add_value.clicked.connect(lambda: append_row(self.values, ValueWords("", "", "", ""), False))
        self.value_removal = RemovalOffer(
            self, "zr_attribute_names_remove_value", tr("Remove the value"),
            tr("Whether a rule names the value {id} cannot be told while the rule set does not follow its schema: "
               "mend the file first."),
            tr("The value {id} cannot be removed: the rules {rules} name it. Change them first."))
        self.value_removal.button.clicked.connect(self._remove_value)
        table.currentCellChanged.connect(lambda *_cells: self._value_removable())
        return table

    def _value_removable(self) -> None:
        """Offer to remove the current value unless a rule names it (one not declared yet: at once)."""
        row = self.values.currentRow()
        item = self.values.item(row, 0) if row >= 0 else None
        value_id = item.text().strip() if item is not None else ""
        declared = {value.id for value in value_rows(self.declared.get(self.current))}
        self.value_removal.offer((self.current, value_id) if row >= 0 else None, {"id": value_id}, lambda: (
            self.needs.of_value(self.current, value_id) if value_id in declared else []))

    def _attribute_removable(self) -> None:
        """Offer to remove the attribute shown unless a rule reads it."""
        label = _named(self.current, self.declared.get(self.current))
        self.attribute_removal.offer(None if self.current == NEW else self.current, {"name": label},
                                     lambda: self.needs.of_entry("attributes", self.current))

    def _remove_attribute(self) -> None:
        """The attribute shown removed (on OK): taken out of the list, its edits dropped."""
        name, self.current = self.current, None
        self.removed.append(name)
        self.edited.pop(name, None)
        self.attribute.removeItem(self.attribute.currentIndex())

    def _remove_value(self) -> None:
        self.values.removeRow(self.values.currentRow())
        self._value_removable()
        self._check()

    def _line(self, key: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(f"zr_attribute_names_{key}")
        line.textChanged.connect(self._check)
        return line

    def _lay_out(self) -> None:
        form = QFormLayout()
        chosen = QHBoxLayout()
        chosen.addWidget(self.attribute, 1)
        chosen.addWidget(self.attribute_removal.button)
        form.addRow(tr("Attribute"), chosen)
        form.addRow(self.attribute_removal.note)
        for words, widget in ((tr("Name (letters, digits, _)"), self.name),
                              (tr("Type"), self.type), (tr("Label in Chinese"), self.zh),
                              (tr("Label in English"), self.en), (tr("Unit"), self.unit),
                              (tr("Unit in Chinese"), self.unit_zh),
                              (tr("Other spellings of the unit (separated by ;)"), self.unit_aliases)):
            form.addRow(words, widget)
        note = QLabel(tr("A number's value is asked for and compared in its unit (such as 万元): a new attribute's "
                         "name, type and unit cannot be changed here once declared."), self)
        note.setWordWrap(True)
        self.values_note = QLabel(tr("A text's values: a project's value is recognised by its id, its labels or "
                                     "its other spellings; one the list lacks needs information. A value's id "
                                     "cannot be changed once declared: the rules name it. A value no rule names "
                                     "can be removed."), self)
        self.values_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.values_note)
        layout.addWidget(self.values, 1)
        buttons = QHBoxLayout()
        for button in (self.add_value, self.value_removal.button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.value_removal.note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _words(self) -> AttributeWords:
        return AttributeWords(self.name.text().strip(), self.type.currentData(), self.zh.text().strip(),
                              self.en.text().strip(), self.unit.text().strip(), self.unit_zh.text().strip(),
                              self._value_rows(), self.unit_aliases.text().strip())

    def _value_rows(self) -> Tuple[ValueWords, ...]:
        return tuple(ValueWords(*texts) for texts in row_texts(self.values) if any(text.strip() for text in texts))

    def _show(self) -> None:
        """Keep the words shown so far; show those of the attribute chosen (a new one's editable throughout)."""
        if self.current is not None:
            self.edited[self.current] = self._words()
        self.current = self.attribute.currentData()
        new = self.current == NEW
        words = self.edited.get(self.current) or (BLANK if new else words_of(self.current,
                                                                              self.declared.get(self.current)))
        for line, text in ((self.name, words.name), (self.zh, words.zh), (self.en, words.en),
                           (self.unit, words.unit), (self.unit_zh, words.unit_zh),
                           (self.unit_aliases, words.unit_aliases)):
            line.blockSignals(True)
            line.setText(text)
            line.blockSignals(False)
        self.type.setCurrentIndex(max(0, self.type.findData(words.type)))
        fixed = {row.id for row in value_rows(self.declared.get(self.current))}
        self.values.blockSignals(True)
        self.values.setRowCount(0)
        for row in words.values:
            append_row(self.values, row, row.id in fixed)
        self.values.blockSignals(False)
        self._value_removable()
        self._attribute_removable()
        self.name.setReadOnly(not new)
        self.type.setEnabled(new)
        self.unit.setReadOnly(not new)
        self._check()

    def _declaration(self, key: str, words: AttributeWords):
        original = None if key == NEW else self.declared.get(key)
        return declaration_of(words, original, self.declared)

    def _check(self) -> None:
        number = self.type.currentData() == "number"
        for line in (self.unit_zh, self.unit_aliases):  # a unit's words need a unit
            line.setEnabled(number and bool(self.unit.text().strip()))
        text = self.type.currentData() == "string"
        for widget in (self.values_note, self.values, self.add_value, self.value_removal.button,
                       self.value_removal.note):
            widget.setVisible(text)
        words = self._words()
        problems = [] if self.current == NEW and _blank(words) else self._declaration(self.current, words)[1]
        self.message.setText("\n".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def accept(self) -> None:
        """The declarations that differ, and the new attribute when one was described, then close."""
        self.edited[self.current] = self._words()
        for key, words in self.edited.items():
            if key == NEW:
                if not _blank(words):
                    self.added = (words.name, self._declaration(NEW, words)[0])
                continue
            declaration = self._declaration(key, words)[0]
            if declaration != self.declared.get(key):
                self.changed[key] = declaration
        super().accept()


def _blank(words: AttributeWords) -> bool:
    """Nothing typed for a new attribute (whatever its type)."""
    return not any(words._replace(type=""))


def _named(name: str, declaration: Any) -> str:
    """An attribute as the editor names it: its label in the UI language (its name without one)."""
    words = words_of(name, declaration)
    return label_in(words.zh, words.en, name, ui_language())


class EditingAttributeNames(WordsEdits):
    """The rule editor dialog's *Attributes…*."""

    def edit_attribute_names(self) -> None:
        """Declare or rename attributes; the changes written to the file as one edit."""
        dialog = AttributeNamesDialog(self.file.data, self)
        if not answered(dialog) or not (dialog.changed or dialog.added or dialog.removed):
            return
        removed = list_separator().join(_named(name, dialog.declared.get(name)) for name in dialog.removed)

        def write() -> None:
            for name, declaration in dialog.changed.items():
                self.file.replace_entry("attributes", name, declaration)
            for name in dialog.removed:
                self.file.remove_entry("attributes", name)
            if dialog.added:
                self.file.declare_attribute(*dialog.added)

        def step() -> str:
            named = [*dialog.changed, *([dialog.added[0]] if dialog.added else [])]
            attributes = self.file.data.get("attributes") or {}
            words = list_separator().join(_named(name, attributes.get(name)) for name in named)
            if not removed:
                return tr("Changed the attributes {attributes}").format(attributes=words)
            if not named:
                return tr("Removed the attributes {attributes}").format(attributes=removed)
            return tr("Changed the attributes {attributes} and removed {removed}").format(attributes=words,
                                                                                          removed=removed)

        self.edit_words(write, step, tr("Attributes changed; save the rule set to keep them."))
