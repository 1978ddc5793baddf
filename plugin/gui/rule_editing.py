"""The binding panel's rule editing: a bound rule set opened in the editor, or a new one started; after a save, the
layers declared there bound as picked, a new rule set bound to the unit layer, the rule sets checked again."""

import os
from typing import Optional

from ..core.model.binding import RuleSetRef
from ..i18n import tr


class RuleEditing:
    """The binding panel's Edit rules…, New rule set… and ✎ (the panel gives ``project``, ``messages``,
    ``rules_file``, ``more_rules``, ``constraints``, ``current_layer``, ``_refs``, ``_validate``, ``_on_lists`` and
    ``_store``)."""

    rule_editor: Optional[object] = None  # the editor while it is open

    def edit_rules(self) -> None:
        """Open the rule editor on the first rule set; after a save, check it again and review again."""
        self.edit_rule_file(self.rules_file.filePath())

    def edit_rule_file(self, path: str) -> None:
        """Open the rule editor on one of the binding's rule sets; after a save, check them again."""
        from .rule_editor import editor_for

        if not path:
            self.messages.setText(tr("Choose a rule-set file first, then edit its rules."))
            self.messages.setVisible(True)
            return
        self._run_editors(editor_for(path, self.project, self.current_layer(), self))

    def new_rules(self) -> None:
        """Start a new rule set and edit it; once saved, it is bound to the unit layer (after its other rule sets)."""
        from .rule_editor import new_editor

        folder = os.path.dirname(self.rules_file.filePath())
        self._run_editors(new_editor(self.project, self.current_layer(), self, folder))

    def _run_editors(self, dialog) -> None:
        """Run the editor, then each rule set started from it; after each, what it saved bound and checked."""
        from .rule_editor import next_editor

        while dialog is not None:
            self.rule_editor = dialog  # reachable while open
            dialog.exec()
            self.rule_editor = None
            if dialog.new_file and dialog.saved_to:
                self.bind_new(dialog.saved_to)
            self.rules_saved(dialog)
            dialog = next_editor(dialog, self.project, self.current_layer(), self)

    def bind_new(self, path: str) -> None:
        """Bind a new rule set to the unit layer: as its rule set, or after those it has (none without a layer)."""
        if self.current_layer() is None or any(_same(path, ref.path) for ref in self._refs()):
            return
        if not self.rules_file.filePath():
            self.rules_file.setFilePath(path)  # checked and stored as a file chosen
            return
        self.more_rules.set_entries([*self.more_rules.entries(), RuleSetRef(path, "", "")])
        self._on_lists()

    def rules_saved(self, dialog) -> bool:
        """After the rule editor saved one of this layer's rule sets: the layers declared there bound as picked, the
        rule sets checked again; False when it saved none of them."""
        if not dialog.saved_to or not any(_same(dialog.saved_to, ref.path) for ref in self._refs()):
            return False
        self._bound_constraints = {**self.constraints.bindings(), **dialog.new_bindings}
        self._validate(False)
        self._store()
        return True


def _same(path: str, other: str) -> bool:
    return bool(other) and os.path.normcase(os.path.abspath(path)) == os.path.normcase(os.path.abspath(other))
