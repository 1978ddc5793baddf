"""The question asked before another review replaces unsaved work on screen: save it, discard it or cancel."""

from qgis.PyQt.QtWidgets import QMessageBox, QWidget

from ..i18n import tr
from .standard_buttons import worded

SAVE = QMessageBox.StandardButton.Save
DISCARD = QMessageBox.StandardButton.Discard
CANCEL = QMessageBox.StandardButton.Cancel


def ask_unsaved(parent: QWidget, site_id: str) -> QMessageBox.StandardButton:
    """Ask what becomes of the unsaved review of ``site_id``: SAVE, DISCARD or CANCEL (closing the box cancels)."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Unsaved review"),
                      tr("The review of {site} on screen has judgements or an opinion that are not saved in the "
                         "project.").format(site=site_id), SAVE | DISCARD | CANCEL, parent)
    worded(box).setObjectName("zr_unsaved_review")
    box.setInformativeText(tr("Save it as a named review before another review replaces it, or discard it?"))
    box.button(SAVE).setText(tr("Save review…"))
    box.setDefaultButton(SAVE)
    box.setEscapeButton(CANCEL)
    box.exec()
    clicked = box.clickedButton()
    return CANCEL if clicked is None else box.standardButton(clicked)
