"""The form of one rule: id, scope, dimension, effect, texts, conditions — each with the loader's message beside it."""

import copy
from typing import Any, Callable, Dict, List, Mapping

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.model.vocab import DIMENSIONS, EFFECTS, LEVELS
from ...core.review.labels import dimension_label, effect_label, level_label
from ...i18n import tr
from ..given_values import ERROR_STYLE
from ..labels import category_text, pick_label
from .condition_list import ConditionList

UNRECOGNISED_ROLE = Qt.ItemDataRole.UserRole + 1  # an item added for a value the list does not offer
FORM_KEYS = ("id", "level", "category", "units", "dimension", "effect", "text", "basis", "when", "except", "only_if")


class RulePanel(QWidget):
    """Edits one rule; ``rule()`` is the rule the widgets describe (other keys of the rule kept as they were)."""

    changed = pyqtSignal()

    def __init__(self, make_picker: Callable[[], Any], parent=None) -> None:
        super().__init__(parent)
        self.original: Dict[str, Any] = {}
        self._loading = False
        self.messages: Dict[str, QLabel] = {}
        form = QFormLayout()
        self.id_edit = self._line("zr_rule_id")
        self.level = self._combo("zr_rule_level", [(v, level_label(v)) for v in LEVELS])
        self.category = self._combo("zr_rule_category", [])
        self.category.setEditable(True)
        self.units = self._line("zr_rule_units")
        self.units.setPlaceholderText(tr("Unit codes separated by commas"))
        self.dimension = self._combo("zr_rule_dimension", [(v, dimension_label(v)) for v in DIMENSIONS])
        self.effect = self._combo("zr_rule_effect", [(v, effect_label(v)) for v in EFFECTS])
        self.text_zh = self._text("zr_rule_text_zh")
        self.text_en = self._text("zr_rule_text_en")
        self.basis = self._line("zr_rule_basis")
        for label, key, widget in ((tr("Rule id"), "id", self.id_edit), (tr("Level"), "level", self.level),
                                   (tr("Category"), "category", self.category), (tr("Units"), "units", self.units),
                                   (tr("Dimension"), "dimension", self.dimension),
                                   (tr("Effect"), "effect", self.effect), (tr("Text (Chinese)"), "text", self.text_zh),
                                   (tr("Text (English)"), "", self.text_en), (tr("Basis"), "basis", self.basis)):
            form.addRow(label, self._with_message(widget, key))
        self.when = ConditionList(tr("When (all of these hold)"), "zr_when", False, make_picker, self)
        self.exceptions = ConditionList(tr("Except (each one exempts)"), "zr_except", True, make_picker, self)
        self.only_if = ConditionList(tr("Only if (for a restriction: what allows it)"), "zr_only_if", False,
                                     make_picker, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        for box in (self.when, self.exceptions, self.only_if):
            layout.addWidget(box)
            box.changed.connect(self._emit)
        self.level.currentIndexChanged.connect(self._scope_shown)

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.textChanged.connect(self._emit)
        return edit

    def _text(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setMaximumHeight(64)
        edit.textChanged.connect(self._emit)
        return edit

    def _combo(self, name: str, choices: List[tuple]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for value, words in choices:
            combo.addItem(words, value)
        combo.currentIndexChanged.connect(self._emit)
        combo.editTextChanged.connect(self._emit)
        return combo

    def _with_message(self, widget: QWidget, key: str) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget)
        if key:
            label = QLabel(box)
            label.setObjectName(f"zr_rule_{key}_message")
            label.setWordWrap(True)
            label.setStyleSheet(ERROR_STYLE)
            label.hide()
            layout.addWidget(label)
            self.messages[key] = label
        return box

    def _emit(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()

    def _scope_shown(self, *_args) -> None:
        level = self.level.currentData()
        self.category.parentWidget().setEnabled(level == "category")
        self.units.parentWidget().setEnabled(level == "unit")

    def set_rule(self, rule: Mapping[str, Any], document: Dict[str, Any]) -> None:
        """Show a rule of a document (the document gives the labels of layers, attributes and kinds)."""
        self._loading = True
        try:
            self.original = copy.deepcopy(dict(rule))
            self.id_edit.setText(str(rule.get("id", "")))
            _choose(self.level, rule.get("level"))
            self.category.clear()
            for value in ("priority", "key", "general"):
                self.category.addItem(category_text(value), value)
            for value, kind in (document.get("kinds") or {}).items():
                label = kind.get("label") or {}
                self.category.addItem(pick_label(label.get("zh", ""), label.get("en", ""), value), value)
            _choose(self.category, rule.get("category"))
            self.units.setText(", ".join(str(u) for u in rule.get("units") or []))
            _choose(self.dimension, rule.get("dimension"))
            _choose(self.effect, rule.get("effect"))
            text = rule.get("text") or {}
            self.text_zh.setPlainText(str(text.get("zh", "")))
            self.text_en.setPlainText(str(text.get("en", "")))
            self.basis.setText(str(rule.get("basis", "")))
            self.when.set_value(rule.get("when"), document)
            self.exceptions.set_value(rule.get("except"), document)
            self.only_if.set_value(rule.get("only_if"), document)
            self._scope_shown()
        finally:
            self._loading = False

    def set_document(self, document: Dict[str, Any]) -> None:
        """The rule set changed around the rule (a layer declared): conditions are worded with its labels."""
        for box in (self.when, self.exceptions, self.only_if):
            box.set_document(document)

    def rule(self) -> Dict[str, Any]:
        """The rule the widgets describe."""
        rule = {k: v for k, v in copy.deepcopy(self.original).items() if k not in FORM_KEYS}
        rule.update(id=self.id_edit.text().strip(), level=self.level.currentData())
        unknown = rule["level"] not in LEVELS  # the scope's fields kept as written until a level is chosen
        if rule["level"] == "category" or (unknown and "category" in self.original):
            rule["category"] = _combo_value(self.category) or None
        if rule["level"] == "unit" or (unknown and "units" in self.original):
            rule["units"] = [u.strip() for u in self.units.text().replace("，", ",").split(",") if u.strip()]
        rule.update(dimension=self.dimension.currentData(), effect=self.effect.currentData())
        for key in ("level", "category", "dimension", "effect"):  # a field not given stays so
            if rule.get(key, "") is None:
                del rule[key]
        text = {"zh": self.text_zh.toPlainText().strip()}
        if self.text_en.toPlainText().strip():
            text["en"] = self.text_en.toPlainText().strip()
        rule["text"] = _as_written(self.original.get("text"), text)
        if self.basis.text().strip():
            rule["basis"] = _as_written(self.original.get("basis"), self.basis.text().strip())
        for key, box in (("when", self.when), ("except", self.exceptions), ("only_if", self.only_if)):
            value = box.value()
            if value is not None:
                rule[key] = value
        return rule

    def show_messages(self, by_field: Mapping[str, List[str]]) -> None:
        """Put each field's messages beside it; hide the others."""
        for key, label in self.messages.items():
            texts = by_field.get(key, [])
            label.setText("\n".join(texts))
            label.setVisible(bool(texts))
        for key, box in (("when", self.when), ("except", self.exceptions), ("only_if", self.only_if)):
            box.show_messages(list(by_field.get(key, [])))


def _choose(combo: QComboBox, value: Any) -> None:
    """Select ``value``; one the list does not offer (or none) is shown as written, never as the first item."""
    for index in reversed(range(combo.count())):
        if combo.itemData(index, UNRECOGNISED_ROLE):
            combo.removeItem(index)
    index = combo.findData(value)
    if index < 0 and combo.isEditable():
        combo.setCurrentIndex(-1)
        combo.setEditText("" if value is None else str(value))
        return
    if index < 0:
        words = tr("Not given") if value is None else tr("{value} (not recognised)").format(value=value)
        combo.addItem(words, value)
        index = combo.count() - 1
        combo.setItemData(index, True, UNRECOGNISED_ROLE)
    combo.setCurrentIndex(index)


def _combo_value(combo: QComboBox) -> str:
    """The chosen item's value, or the text typed when it matches no item."""
    index = combo.findText(combo.currentText())
    return str(combo.itemData(index)) if index >= 0 else combo.currentText().strip()


def _stripped(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _stripped(v) for k, v in value.items()}
    return value.strip() if isinstance(value, str) else value


def _as_written(original: Any, value: Any) -> Any:
    """The original text when the edit differs from it only in surrounding blanks (a block scalar's last newline)."""
    return copy.deepcopy(original) if original is not None and _stripped(original) == value else value
