"""*Layer names…* in the rule editor: a declared constraint layer's label and the labels of the fields its filters
read, edited in a table instead of the file's ``layers:`` block, or a layer no rule uses removed; applied as one edit
Undo takes back."""

from typing import Any, Dict, List, Mapping

from qgis.PyQt.QtCore import Qt
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

from ...core.rules.layer_words import FieldWords, declaration_of, field_rows, label_of
from ...core.rules.value_use import RuleNeeds
from ...i18n import label_in, list_separator, tr, ui_language
from .words_edits import RemovalOffer, WordsEdits, answered, append_row, message_and_buttons, row_texts


class LayerNamesDialog(QDialog):
    """The words of every layer a rule set declares; on OK, ``changed`` holds the declarations that differ and
    ``removed`` the layers removed."""

    def __init__(self, document: Mapping[str, Any], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("zr_layer_names")
        self.setWindowTitle(tr("Layer names"))
        self.resize(620, 420)
        self.document = document
        self.layers: Dict[str, Any] = dict(document.get("layers") or {})
        self.edited: Dict[str, Dict[str, Any]] = {}
        self.changed: Dict[str, Dict[str, Any]] = {}
        self.removed: List[str] = []
        self.needs = RuleNeeds(document)
        self.layer = QComboBox(self)
        self.layer.setObjectName("zr_layer_names_layer")
        for name, declaration in self.layers.items():
            self.layer.addItem(_named(name, declaration), name)
        self.zh, self.en = QLineEdit(self), QLineEdit(self)
        self.zh.setObjectName("zr_layer_names_zh")
        self.en.setObjectName("zr_layer_names_en")
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("zr_layer_names_fields")
        self.table.setHorizontalHeaderLabels([tr("Field"), tr("Chinese label"), tr("English label")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        add = QPushButton(tr("Add a field"), self)
        add.setObjectName("zr_layer_names_add")
        add.setAutoDefault(False)
        add.clicked.connect(self._add_row)
        self.removal = RemovalOffer(
            self, "zr_layer_names_remove", tr("Remove the layer"),
            tr("Whether a rule uses the layer {name} cannot be told while the rule set does not follow its schema: "
               "mend the file first."),
            tr("The layer {name} cannot be removed: the rules {rules} use it. Change them first."))
        self.removal.button.clicked.connect(self._remove_layer)
        self.message, self.buttons = message_and_buttons(self)
        self._lay_out(add)
        self.current = ""
        self.layer.currentIndexChanged.connect(self._show)
        for signal in (self.zh.textChanged, self.en.textChanged, self.table.itemChanged):
            signal.connect(self._check)
        self._show()

    def _lay_out(self, add: QPushButton) -> None:
        form = QFormLayout()
        chosen = QHBoxLayout()
        chosen.addWidget(self.layer, 1)
        chosen.addWidget(self.removal.button)
        form.addRow(tr("Layer"), chosen)
        form.addRow(self.removal.note)
        form.addRow(tr("Name in Chinese"), self.zh)
        form.addRow(tr("Name in English"), self.en)
        note = QLabel(tr("The words the reasons and the notes name the layer and its filters' fields by."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _show(self) -> None:
        """Keep the words of the layer shown so far; show those of the layer chosen."""
        self._keep_current()
        self.current = self.layer.currentData() or ""
        declaration = self.edited.get(self.current, self.layers.get(self.current))
        shown = dict(self.document, layers={**self.layers, self.current: declaration})
        self.table.blockSignals(True)
        self.zh.setText(label_of(declaration)[0])
        self.en.setText(label_of(declaration)[1])
        self.table.setRowCount(0)
        for row in field_rows(shown, self.current):
            self._add_row(row, editable=False)
        self.table.blockSignals(False)
        self.removal.offer(self.current or None, {"name": _named(self.current, self.layers.get(self.current))},
                           lambda: self.needs.of_entry("layers", self.current))
        self._check()

    def _remove_layer(self) -> None:
        """The layer shown removed (on OK): taken out of the list, its edits dropped."""
        name, self.current = self.current, ""
        self.removed.append(name)
        self.edited.pop(name, None)
        self.layer.removeItem(self.layer.currentIndex())
        if self.layer.count() == 0:
            self._show()

    def _add_row(self, row: Any = None, editable: bool = True) -> None:
        append_row(self.table, row if isinstance(row, FieldWords) else FieldWords("", "", ""), not editable)

    def _rows(self) -> List[FieldWords]:
        return [FieldWords(*texts) for texts in row_texts(self.table)]

    def _declaration(self):
        return declaration_of(self.zh.text(), self.en.text(), self._rows())

    def _check(self) -> None:
        problems = self._declaration()[1] if self.current else []
        self.message.setText("\n".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            not problems and bool(self.current or self.removed))

    def accept(self) -> None:
        """The declarations that differ from the rule set's, then close."""
        self._keep_current()
        self.changed = {name: words for name, words in self.edited.items() if words != self.layers.get(name)}
        super().accept()

    def _keep_current(self) -> None:
        if self.current:
            self.edited[self.current] = self._declaration()[0]


def _named(name: str, declaration: Any) -> str:
    """A declared layer as the editor names it: its label in the UI language (its name without one)."""
    return label_in(*label_of(declaration), name, ui_language())


class EditingLayerNames(WordsEdits):
    """The rule editor dialog's *Layer names…*."""

    def edit_layer_names(self) -> None:
        """Edit the declared layers' words; the changed declarations written to the file as one edit."""
        if not self.file.data.get("layers"):
            self.status.setText(tr("The rule set declares no layer yet: pick a project layer in a condition."))
            return
        dialog = LayerNamesDialog(self.file.data, self)
        if not answered(dialog) or not (dialog.changed or dialog.removed):
            return
        removed = list_separator().join(_named(name, dialog.layers.get(name)) for name in dialog.removed)

        def replace() -> None:
            for name, declaration in dialog.changed.items():
                self.file.replace_entry("layers", name, declaration)
            for name in dialog.removed:
                self.file.remove_entry("layers", name)

        def step() -> str:
            layers = self.file.data.get("layers") or {}
            named = list_separator().join(_named(name, layers.get(name)) for name in dialog.changed)
            if not removed:
                return tr("Changed the names of {layers}").format(layers=named)
            if not named:
                return tr("Removed the layers {layers}").format(layers=removed)
            return tr("Changed the names of {layers} and removed {removed}").format(layers=named, removed=removed)

        self.edit_words(replace, step, tr("Layer names changed; save the rule set to keep them."))
