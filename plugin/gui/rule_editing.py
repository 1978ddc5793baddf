"""The binding panel's rule editing: a bound rule set opened in the editor; after a save, the layers declared there
bound as picked and the rule sets checked again."""

import os
from typing import Optional

from ..i18n import tr


class RuleEditing:
    """The binding panel's Edit rules… and ✎ (the panel gives ``project``, ``messages``, ``rules_file``,
    ``constraints``, ``current_layer``, ``_refs``, ``_validate`` and ``_store``)."""

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
        dialog = editor_for(path, self.project, self.current_layer(), self)
        if dialog is None:
            return
        self.rule_editor = dialog  # reachable while open
        dialog.exec()
        self.rule_editor = None
        self.rules_saved(dialog)

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
