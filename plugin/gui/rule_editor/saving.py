"""The rule editor's Save: the file written after a backup; one another program changed meanwhile replaced or the
edits saved to another file, as the user says, never lost."""

import os
from typing import Callable, Optional

from qgis.PyQt.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...core.rules.rule_file import ChangedOnDiskError, SaveError
from ...i18n import tr
from ...log import log_error
from ..standard_buttons import worded

SAVE_AS = "save_as"
REPLACE = "replace"


class Saving:
    """The rule editor dialog's Save (the dialog gives ``file``, ``status``, ``saved_to``, ``pending`` and
    ``apply``)."""

    def save(self) -> bool:
        """Apply the form if it changed, then write the file (a timestamped backup first); True when saved. When
        another program changed the file meanwhile, the edits go to another file or over it as the user says."""
        if self.pending() and not self.apply():
            return False
        return self._write(self.file.save, self.file.path)

    def _write(self, write: Callable[[], Optional[str]], target: str) -> bool:
        """Write the rule set by ``write`` (to ``target``), saying what became of it; True when written."""
        try:
            backup = write()
        except ChangedOnDiskError:
            return self._changed_on_disk()
        except SaveError as error:
            self.status.setText(error.text())
            return False
        except OSError as error:
            log_error(tr("The rule set could not be saved."), error)
            self.status.setText(tr("{path} could not be written ({problem}); the file was left as it was.").format(
                path=target, problem=error.strerror or str(error)))
            return False
        self.saved_to = self.file.path
        self.setWindowTitle(tr("Rule editor — {path}").format(path=self.file.path))
        self.status.setText(tr("Saved. The previous file is kept as {backup}.").format(backup=backup) if backup else
                            tr("Saved as {path}.").format(path=self.file.path))
        return True

    def _changed_on_disk(self) -> bool:
        """The file was changed by another program: replace it, save the edits as another file, or keep editing."""
        choice = ask_changed(self, self.file.path)
        if choice == REPLACE:
            return self._write(lambda: self.file.save(replace_changed=True), self.file.path)
        path = other_path(self, self.file.path) if choice == SAVE_AS else None
        if path:
            return self._write(lambda: self.file.save_as(path), path)
        self.status.setText(tr("Not saved: {path} was changed by another program. Your edits are still here: save "
                               "again to write them to another file or over it.").format(path=self.file.path))
        return False


def ask_changed(parent: QWidget, path: str) -> str:
    """What to do with the edits of ``path``, which another program changed: SAVE_AS, REPLACE or '' (keep editing)."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Rule editor"), tr(
        "{path} was changed by another program since it was opened, so it was not overwritten. Your edits are still "
        "here: save them to another file, or replace the file with them (its present version is then kept as a "
        "timestamped backup beside it).").format(path=path), QMessageBox.StandardButton.Cancel, parent)
    worded(box)
    save_as = box.addButton(tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
    replace = box.addButton(tr("Replace the File"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(save_as)
    box.exec()
    clicked = box.clickedButton()
    return SAVE_AS if clicked is save_as else REPLACE if clicked is replace else ""


def other_path(parent: QWidget, path: str) -> Optional[str]:
    """The file the user chooses to save the rule set as (beside ``path`` to begin with), or None."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, tr("Save the Rule Set As"), os.path.dirname(path),
                                                  tr("Rule sets (*.yaml *.yml)"))
    return chosen or None
