"""A message in QGIS's message bar with a *Details…* button that opens the whole text (a failure's run, say): the bar
says what failed and what to do, the button shows everything behind it."""

from qgis.core import Qgis
from qgis.gui import QgsMessageBarItem, QgsMessageViewer
from qgis.PyQt.QtWidgets import QPushButton

from ..i18n import tr


def push_with_details(bar, title: str, text: str, details: str, level: Qgis.MessageLevel) -> QgsMessageBarItem:
    """Push ``text`` to ``bar`` (kept until closed) with a *Details…* button opening ``details`` as plain text."""
    item = QgsMessageBarItem(title, text, level, 0)
    button = QPushButton(tr("Details…"), item)  # the item's own: freed with it, not by Python
    button.setObjectName("zr_message_details")
    item.setWidget(button)
    button.clicked.connect(lambda: show_details(title, details, bar))
    bar.pushItem(item)
    return item


def show_details(title: str, details: str, parent=None) -> None:
    """The whole text in QGIS's message viewer, which the user closes (and which then deletes itself)."""
    viewer = QgsMessageViewer(parent)
    viewer.setTitle(title)
    viewer.setMessageAsPlainText(details)
    viewer.showMessage(True)
