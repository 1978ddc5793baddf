"""The rule editor: a rule set's rules by level and dimension, one rule's form, its suggestion, undo and redo, save with
a backup, a new rule set started."""

import os
from typing import Any, Dict, List, Mapping, NamedTuple, Optional, Sequence, Set, Tuple

from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import (
    QAction,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.model.binding import ConstraintBinding
from ...core.review.labels import dimension_label, level_label
from ...core.rules.rule_file import RuleFile, SaveError
from ...core.rules.rule_form import check_rule, field_message, new_rule_id, rule_title, rule_tree
from ...i18n import tr
from ...suggest import marker_for
from .. import standard_buttons
from .attribute_names import EditingAttributeNames
from .condition_picker import ConditionPicker
from .declaring import Declaring
from .layer_names import EditingLayerNames
from .new_rule_set import start_rule_set
from .rule_panel import RulePanel
from .saving import Saving
from .suggestion_panel import SuggestionPanel, accepted_fields

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1
NEW = -1
HISTORY = 50  # the edits Undo can take back


class Step(NamedTuple):
    """An edit Undo can take back (or Redo make again): its words, the file's text before it (after it), the rule it
    touched."""

    words: str
    text: str
    index: int


class RuleEditorDialog(Declaring, EditingLayerNames, EditingAttributeNames, Saving, QDialog):
    """Edit the rules of one rule-set file; nothing reaches the file before Save, and only what loads."""

    def __init__(self, rule_file: RuleFile, unit_fields: List[str], bound: Mapping[str, str], parent=None,
                 project_layers: Sequence[Tuple[str, str]] = (), project: Optional[QgsProject] = None,
                 bound_ids: Optional[Mapping[str, str]] = None) -> None:
        super().__init__(parent)
        self.setObjectName("zr_rule_editor")
        self.setWindowTitle(tr("Rule editor — {path}").format(path=rule_file.path))
        self.resize(1000, 720)
        self.file = rule_file
        self.unit_fields, self.bound = list(unit_fields), dict(bound)
        self.project_layers = list(project_layers)  # (id, name) of the layers of ``project`` a condition may name
        self.project = project or QgsProject.instance()
        self.bound_ids = dict(bound_ids or {})  # the map layer id each bound layer name is bound to
        self.new_bindings: Dict[str, ConstraintBinding] = {}  # layers declared here, bound to project layers
        self.declared: Dict[str, ConstraintBinding] = {}  # layers the form's conditions declare, not yet applied
        self.new_file = False  # a rule set started from nothing (bound once saved, from the panel)
        self.next_path: Optional[str] = None  # a rule set started here, to edit once this editor is closed
        self.index = 0 if rule_file.rules else NEW
        self.saved_to: Optional[str] = None
        self.rejected_ids: Set[str] = set()
        self.blank: Dict[str, Any] = {}  # the new rule as it was started, before anything was typed
        self.history: List[Step] = []
        self.undone: List[Step] = []  # edits taken back, last last, for Redo until a new edit
        self.parked: Dict[str, Tuple[ConstraintBinding, str]] = {}  # bindings of layers an Undo took back
        self.panel = RulePanel(self.make_picker, self)
        self.suggestion = SuggestionPanel(self)
        self._build()
        self.panel.changed.connect(self.check)
        self.suggestion.accepted.connect(lambda: self.take_suggestion(apply=True))
        self.suggestion.editRequested.connect(lambda: self.take_suggestion(apply=False))
        self.suggestion.rejected.connect(self.reject_suggestion)
        self.refill_tree()
        self.show_rule(self.index)

    def _build(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        self.tree = QTreeWidget(left)
        self.tree.setObjectName("zr_rule_tree")
        self.tree.setHeaderHidden(True)
        self.tree.currentItemChanged.connect(self._on_item)
        row = QHBoxLayout()
        self.new_button = self._button(tr("New rule"), "zr_rule_new", self.new_rule, row)
        self.delete_button = self._button(tr("Delete rule"), "zr_rule_delete", self.delete_rule, row)
        self.undo_button = self._button(tr("Undo"), "zr_rule_undo", self.undo, row)
        self.undo_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_button = self._button(tr("Redo"), "zr_rule_redo", self.redo, row)
        words = QHBoxLayout()  # the rule set's words: its layers' and attributes'
        self.layers_button = self._button(tr("Layer names…"), "zr_rule_layers", self.edit_layer_names, words)
        self.attributes_button = self._button(tr("Attributes…"), "zr_rule_attributes", self.edit_attribute_names, words)
        self.redo_action = QAction(tr("Redo"), self)  # every binding of the platform: Ctrl+Shift+Z, Ctrl+Y…
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self.redo)
        self.addAction(self.redo_action)
        left_layout.addWidget(self.tree)
        left_layout.addLayout(row)
        left_layout.addLayout(words)
        form = QWidget(self)
        form_layout = QVBoxLayout(form)
        form_layout.addWidget(self.suggestion)
        form_layout.addWidget(self.panel)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setSizes([300, 700])
        self.status = QLabel(self)
        self.status.setObjectName("zr_rule_editor_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = standard_buttons.worded(QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self))
        buttons.rejected.connect(self.reject)
        self.apply_button = self._button(tr("Apply to the rule"), "zr_rule_apply", self.apply, None)
        self.save_button = self._button(tr("Save the rule set"), "zr_rules_save", self.save, None)
        self.new_set_button = self._button(tr("New Rule Set…"), "zr_rule_set_new", self.new_rule_set, None)
        buttons.addButton(self.new_set_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _button(self, text: str, name: str, slot, row: Optional[QHBoxLayout]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        if row is not None:
            row.addWidget(button)
        return button

    def make_picker(self) -> ConditionPicker:
        """A condition picker for the rule set being edited."""
        picker = ConditionPicker(self.form_data(), self.unit_fields, self.form_bound(), self, self.project_layers)
        picker.accepted.connect(lambda: self.declare_from(picker))
        return picker

    def refill_tree(self) -> None:
        """List the rules by level, then dimension; a text-only rule with a suggestion is marked."""
        self.tree.blockSignals(True)
        self.tree.clear()
        rules = self.file.rules
        for level, dimension, indexes in rule_tree(rules):
            top = self._group(level_label(level))
            child = QTreeWidgetItem(top, [dimension_label(dimension)])
            for index in indexes:
                item = QTreeWidgetItem(child, [self._title(rules[index])])
                item.setData(0, INDEX_ROLE, index)
        self.tree.expandAll()
        self.tree.blockSignals(False)

    def _group(self, text: str) -> QTreeWidgetItem:
        for i in range(self.tree.topLevelItemCount()):
            if self.tree.topLevelItem(i).text(0) == text:
                return self.tree.topLevelItem(i)
        return QTreeWidgetItem(self.tree, [text])

    def _title(self, rule: Dict[str, Any]) -> str:
        mark = tr(" (suggestion)") if "suggested" in rule else ""
        return rule_title(rule) + mark

    def item_of(self, index: int) -> Optional[QTreeWidgetItem]:
        """The tree item of rule ``index``."""
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item.data(0, INDEX_ROLE) == index:
                return item
            stack.extend(item.child(i) for i in range(item.childCount()))
        return None

    def _on_item(self, item: Optional[QTreeWidgetItem], previous: Optional[QTreeWidgetItem]) -> None:
        index = item.data(0, INDEX_ROLE) if item is not None else None
        if index is None or index == self.index:
            return
        if not self.may_leave():
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(previous)
            self.tree.blockSignals(False)
            return
        self.show_rule(index)

    def may_leave(self) -> bool:
        """True when another rule may be shown: the form's rule applied, unchanged, or its changes discarded."""
        if not self.pending() or self.apply():
            return True
        answer = standard_buttons.question(self, tr("Rule editor"), tr(
            "The rule shown has errors, so it cannot be applied. Discard its changes and go on?"))
        return answer == standard_buttons.YES

    def pending(self) -> bool:
        """True when the form differs from the rule in the file (a new rule: from the rule as it was started)."""
        return self.panel.rule() != (self.blank if self.index == NEW else self.file.rules[self.index])

    def show_rule(self, index: int) -> None:
        """Show rule ``index`` (or a new one) in the form, and its suggestion (the form's declarations dropped)."""
        self.index, self.declared = index, {}
        rules = self.file.rules
        if index == NEW:
            rule = {"id": new_rule_id(rules, "G-SL"), "level": "general", "dimension": "spatial_layout",
                    "effect": "prohibit", "text": {"zh": ""}}
            self.blank = rule
        else:
            rule = rules[index]
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(self.item_of(index))  # none for a new rule
        self.tree.blockSignals(False)
        self.panel.set_rule(rule, self.file.data)
        marker = None
        if index != NEW and str(rule.get("id")) not in self.rejected_ids:
            marker = marker_for(rule, self.file.data)
        self.suggestion.show_marker(rule, marker, self.file.data)
        self.delete_button.setEnabled(index != NEW)
        self.check()

    def check(self) -> bool:
        """Check the form's rule as the loader would, messages beside the fields; True when it may be applied."""
        index, rule = len(self.file.rules) if self.index == NEW else self.index, self.panel.rule()
        candidate = self.with_declared(self.file.candidate(index, rule))
        by_field = check_rule(candidate, index, self.file.path)
        rule_id = str(rule.get("id") or "")
        texts = {key: [field_message(m, rule_id) if key else m.text() for m in items]
                 for key, items in by_field.items()}
        self.panel.show_messages(texts)
        shown = set(self.panel.messages) | {"when", "except", "only_if"}
        general = [t for key, items in texts.items() if key not in shown for t in items]
        errors = any(m.severity == "error" for items in by_field.values() for m in items)
        self.status.setText("\n".join(general) if general else (
            tr("The rule has errors: see the messages beside the fields.") if errors else
            tr("The rule is valid.") + (tr(" Unsaved changes.") if self.file.changed else "")))
        self.apply_button.setEnabled(not errors and self.pending())
        self._undo_shown()
        return not errors

    def _undo_shown(self) -> None:
        """Undo is offered while the form has changes or an edit can be taken back, Redo while an edit taken back can
        be made again and the form has none; their tips say which."""
        self.undo_button.setEnabled(self.pending() or bool(self.history))
        self.undo_button.setToolTip(tr("Discard the changes in the form") if self.pending() else
                                    self.history[-1].words if self.history else "")
        may_redo = bool(self.undone) and not self.pending()
        self.redo_button.setEnabled(may_redo)
        self.redo_action.setEnabled(may_redo)
        self.redo_button.setToolTip(self.undone[-1].words if self.undone else "")

    def apply(self) -> bool:
        """Put the form's rule into the rule set (not yet the file); False when it has errors."""
        if not self.check():
            return False
        rule, before, index = self.panel.rule(), self.file.text, self.index
        try:
            declared = self.declare_used(rule)  # in the same edit: Undo takes both back
            if self.index == NEW:
                self.index = self.file.append(rule)
            else:
                self.file.replace(self.index, rule)
        except SaveError as error:
            self.file.restore(before)
            self.index = index
            self.status.setText(error.text())
            return False
        self.bind_declared(declared)
        words = tr("Added rule {id}") if index == NEW else tr("Changed rule {id}")
        self._record(words.format(id=rule.get("id", "")), before, self.index)
        self.refill_tree()
        self.show_rule(self.index)
        return True

    def new_rule(self) -> None:
        """Start a new rule (added to the rule set when applied)."""
        if self.may_leave():
            self.show_rule(NEW)

    def delete_rule(self) -> None:
        """Remove the rule shown from the rule set (the file changes only on Save)."""
        if self.index == NEW:
            return
        rule = self.file.rules[self.index]
        answer = standard_buttons.question(self, tr("Delete rule"), tr(
            "Delete rule {rule}? Undo brings it back; the file changes only when the rule set is saved.").format(
            rule=rule_title(rule)))
        if answer != standard_buttons.YES:
            return
        before = self.file.text
        try:
            self.file.remove(self.index)
        except SaveError as error:  # the removal does not read back as the rule set without it
            self.status.setText(error.text())
            return
        self._record(tr("Deleted rule {id}").format(id=rule.get("id", "")), before, self.index)
        self.refill_tree()
        self.show_rule(0 if self.file.rules else NEW)

    def _record(self, words: str, before: str, index: int) -> None:
        """Keep an edit made to the file for Undo (the last HISTORY of them)."""
        if self.file.text != before:
            self.history = [*self.history, Step(words, before, index)][-HISTORY:]
            self.undone = []

    def undo(self) -> None:
        """Discard the form's changes; without any, take back the last edit to the rule set (not yet the file)."""
        if self.pending():
            self.show_rule(self.index)
            return
        if not self.history:
            return
        step = self.history.pop()
        self.undone.append(Step(step.words, self.file.text, step.index))
        self._go_to(step)
        self.status.setText(tr("Undone: {step}.").format(step=step.words))

    def redo(self) -> None:
        """Make again the last edit Undo took back (while the form has no changes)."""
        if not self.undone or self.pending():
            return
        step = self.undone.pop()
        self.history.append(Step(step.words, self.file.text, step.index))
        self._go_to(step)
        self.status.setText(tr("Redone: {step}.").format(step=step.words))

    def _go_to(self, step: Step) -> None:
        """The rule set as ``step``'s text, its rule shown; a layer declared here keeps its binding while declared."""
        self.file.restore(step.text)
        declared = self.file.data.get("layers") or {}
        for name in [n for n in self.parked if n in declared]:
            self.new_bindings[name], self.bound[name] = self.parked.pop(name)
        for name in [n for n in self.new_bindings if n not in declared]:  # declared by an edit taken back
            self.parked[name] = (self.new_bindings.pop(name), self.bound.pop(name, ""))
        self.refill_tree()
        rules = self.file.rules
        self.show_rule(min(step.index, len(rules) - 1) if rules else NEW)

    def take_suggestion(self, apply: bool) -> None:
        """Put the suggestion into the form: applied at once, or to be edited first."""
        marker = self.suggestion.marker
        if marker is None:
            return
        rule = {k: v for k, v in self.panel.rule().items() if k != "suggested"}
        rule.update(accepted_fields(marker))
        self.panel.set_rule(rule, self.form_data())
        self.suggestion.show_marker(rule, None, self.file.data)
        if apply:
            self.apply()
        else:
            self.check()

    def reject_suggestion(self) -> None:
        """Drop the suggestion: the marker leaves the rule (if the file has one); the rule stays text."""
        rule = self.panel.rule()
        self.rejected_ids.add(str(rule.get("id")))
        self.suggestion.show_marker(rule, None, self.file.data)
        if "suggested" in rule:
            del rule["suggested"]
            self.panel.set_rule(rule, self.form_data())
            self.apply()

    def reject(self) -> None:
        """Close; unsaved changes are lost only when the user says so."""
        if self.may_close():
            super().reject()

    def may_close(self) -> bool:
        """True when nothing is unsaved, or the user says the changes may be lost."""
        if not (self.file.changed or self.pending()):
            return True
        answer = standard_buttons.question(self, tr("Rule editor"), tr("Close without saving the changes?"))
        return answer == standard_buttons.YES

    def new_rule_set(self) -> None:
        """Start a new rule set (its file and metadata asked for): this editor closes and one opens on it."""
        if not self.may_close():
            return
        path = start_rule_set(self, os.path.dirname(self.file.path))
        if path:
            self.next_path = path
            self.done(QDialog.DialogCode.Rejected)
