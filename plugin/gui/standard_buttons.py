"""Standard buttons (OK, Cancel, Yes…) worded from the plugin's own catalogue, in the UI language.

Qt words them from its own translations, which QGIS loads as ``qt_<its language code>`` and ``qtbase_<…>``: Qt
names its Simplified Chinese ``zh_CN``, QGIS ``zh-Hans``, and Debian installs Qt's apart (qttranslations5-l10n), so
the plugin's Chinese dialogs showed English buttons. Every dialog and question of the plugin takes its buttons' words
from here.
"""

from typing import Dict, Optional, Tuple, TypeVar

from qgis.PyQt.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from ..i18n import tr

Box = TypeVar("Box")  # a QDialogButtonBox or a QMessageBox
YES = QMessageBox.StandardButton.Yes
NO = QMessageBox.StandardButton.No
OK = QMessageBox.StandardButton.Ok


def button_words() -> Dict[str, str]:
    """The standard buttons the plugin shows, by their Qt name, in the UI language (with Qt's mnemonics)."""
    return {"Ok": tr("OK"), "Cancel": tr("Cancel"), "Close": tr("Close"), "Save": tr("Save"),
            "Discard": tr("Discard"), "Yes": tr("&Yes"), "No": tr("&No")}


def worded(box: Box) -> Box:
    """``box`` (a QDialogButtonBox or QMessageBox) with its standard buttons in the UI language; a text the caller
    sets afterwards (a button named for what it does) stays."""
    kinds = type(box).StandardButton
    for name, text in button_words().items():
        button = box.button(getattr(kinds, name))
        if button is not None:
            button.setText(text)
    return box


def question(parent: Optional[QWidget], title: str, text: str) -> QMessageBox.StandardButton:
    """Ask ``text`` with Yes and No; Enter and closing the box answer No (every question of the plugin is whether to
    let something go)."""
    box = worded(QMessageBox(QMessageBox.Icon.Question, title, text, YES | NO, parent))
    box.setDefaultButton(NO)
    box.setEscapeButton(NO)
    box.exec()
    clicked = box.clickedButton()
    return NO if clicked is None else box.standardButton(clicked)


def warning(parent: Optional[QWidget], title: str, text: str) -> None:
    """Say ``text`` as a warning with an OK button."""
    worded(QMessageBox(QMessageBox.Icon.Warning, title, text, OK, parent)).exec()


def text_input(parent: Optional[QWidget], title: str, label: str, text: str = "") -> Tuple[str, bool]:
    """Ask for a line of text, ``text`` given to begin with (QInputDialog.getText's answer, its buttons worded)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    words = button_words()
    dialog.setOkButtonText(words["Ok"])
    dialog.setCancelButtonText(words["Cancel"])
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.textValue(), accepted
