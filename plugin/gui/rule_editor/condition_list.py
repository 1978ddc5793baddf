"""A rule's when, except or only_if as a list of conditions in words, with add, edit and remove."""

import copy
from typing import Any, Callable, Dict, List, Optional, Union

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from ...core.rules.rule_form import condition_of, conjuncts
from ...i18n import tr
from ..given_values import ERROR_STYLE
from .words import describe

Condition = Dict[str, Any]


class ConditionList(QGroupBox):
    """Conditions joined by 'and' (when, only_if), or each one an exception (except)."""

    changed = pyqtSignal()

    def __init__(self, title: str, name: str, exceptions: bool, make_picker: Callable[[], Any], parent=None) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self.exceptions = exceptions
        self.make_picker = make_picker
        self.picker = None  # the picker while it is open
        self.document: Dict[str, Any] = {}
        self.items: List[Condition] = []
        self.initial: tuple = (None, [])
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName(f"{name}_list")
        self.list.setMaximumHeight(110)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit())
        row = QHBoxLayout()
        self.add_button = self._button(tr("Add…"), f"{name}_add", self.add)
        self.edit_button = self._button(tr("Edit…"), f"{name}_edit", self.edit)
        self.remove_button = self._button(tr("Remove"), f"{name}_remove", self.remove)
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        self.message = QLabel(self)
        self.message.setObjectName(f"{name}_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.message)

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def set_value(self, value: Union[None, Condition, List[Condition]], document: Dict[str, Any]) -> None:
        """Show a condition (when, only_if) or a list of exceptions."""
        self.document = document
        if self.exceptions:
            self.items = [copy.deepcopy(c) for c in value or []]
        else:
            self.items = conjuncts(value) if isinstance(value, dict) else []
        self.initial = (copy.deepcopy(value), copy.deepcopy(self.items))
        self._refill()

    def value(self) -> Union[None, Condition, List[Condition]]:
        """The condition the list holds (None when empty), or the exceptions (None when none); as written
        when unchanged (an ``all:`` list stays a list)."""
        if self.items == self.initial[1]:
            return copy.deepcopy(self.initial[0])
        if self.exceptions:
            return [copy.deepcopy(c) for c in self.items] or None
        return condition_of(self.items)

    def set_document(self, document: Dict[str, Any]) -> None:
        """Word the conditions with another version of the rule set's labels."""
        self.document = document
        self._refill()

    def show_messages(self, texts: List[str]) -> None:
        """The loader's messages about this part of the rule, beside it (hidden when none)."""
        self.message.setText("\n".join(texts))
        self.message.setVisible(bool(texts))

    def add(self) -> None:
        """Pick a condition and add it."""
        found = self._pick(None)
        if found is not None:
            self.items.extend([found] if self.exceptions else conjuncts(found))
            self._changed()

    def edit(self) -> None:
        """Edit the selected condition with the picker."""
        row = self.list.currentRow()
        if row < 0:
            return
        found = self._pick(self.items[row])
        if found is not None:
            self.items[row:row + 1] = [found] if self.exceptions else conjuncts(found)
            self._changed()

    def remove(self) -> None:
        """Remove the selected condition."""
        row = self.list.currentRow()
        if row >= 0:
            del self.items[row]
            self._changed()

    def _pick(self, current: Optional[Condition]) -> Optional[Condition]:
        picker = self.make_picker()
        if current is not None:
            shown = current if len(current) == 1 else {"all": conjuncts(current)}
            picker.set_condition(shown)
        self.picker = picker
        try:
            accepted = picker.exec() == QDialog.DialogCode.Accepted
            return picker.condition() if accepted else None
        finally:
            self.picker = None
            picker.deleteLater()

    def _changed(self) -> None:
        self._refill()
        self.changed.emit()

    def _refill(self) -> None:
        self.list.clear()
        for item in self.items:
            self.list.addItem(tr(" and ").join(describe(part, self.document) for part in conjuncts(item)))
