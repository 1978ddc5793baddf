"""Combo boxes of the project form that show what a site's feature gave, even a value the review does not
recognise: it is kept as written (the review reads it and needs further study), never shown as "Not given"."""

from typing import Any, Iterable

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QComboBox

from ..core.rules.readings import blank
from ..i18n import tr
from .compact import compact

ERROR_COLOR = "#c62828"
ERROR_STYLE = f"color: {ERROR_COLOR};"  # a label or editor showing what cannot be read
GIVEN_ROLE = Qt.ItemDataRole.UserRole + 1  # an item added for one given value, dropped when the next is shown
UNKNOWN_ROLE = Qt.ItemDataRole.UserRole + 2  # the item saying that no field of the site holds the value


def choice_combo(name: str, choices: Iterable[tuple], parent) -> QComboBox:
    """A combo of (id, label) choices after "Not given" (data None)."""
    combo = compact(QComboBox(parent))
    combo.setObjectName(name)
    combo.addItem(tr("Not given"), None)
    for key, label in choices:
        combo.addItem(label, key)
    return combo


def select_given(combo: QComboBox, raw: Any, key: Any) -> None:
    """Select the item of ``key`` (what ``raw`` names, '' or None for nothing; "Not given" for a blank ``raw``);
    a value given that names no item is added as written, marked, and selected: the combo's data is that text."""
    drop_given(combo)
    if blank(raw):
        combo.setCurrentIndex(0)
        return
    index = combo.findData(key) if key is not None and key != "" else -1
    if index >= 0:
        combo.setCurrentIndex(index)
        return
    text = str(raw).strip()
    _add_marked(combo, tr("{value} (not recognised)").format(value=text), text, tr(
        "The site's field gives “{value}”, which the review does not recognise: the site needs further study "
        "until you choose a value from the list.").format(value=text))


def show_unknown(combo: QComboBox, text: str, tooltip: str) -> None:
    """Add and select an item (data None) saying that no field of the site holds the value."""
    drop_given(combo)
    _add_marked(combo, text, None, tooltip)
    combo.setItemData(combo.currentIndex(), True, UNKNOWN_ROLE)


def is_unknown(combo: QComboBox) -> bool:
    """True while the item added by ``show_unknown`` is selected."""
    return combo.currentData(UNKNOWN_ROLE) is True


def drop_given(combo: QComboBox) -> None:
    """Remove the items added for a given value, keeping the selection on a choice (else "Not given")."""
    for index in reversed(range(combo.count())):
        if combo.itemData(index, GIVEN_ROLE):
            combo.removeItem(index)


def _add_marked(combo: QComboBox, text: str, data: Any, tooltip: str) -> None:
    """Add and select an item in red with a tooltip, marked as added for one given value."""
    combo.addItem(text, data)
    index = combo.count() - 1
    combo.setItemData(index, True, GIVEN_ROLE)
    combo.setItemData(index, QColor(ERROR_COLOR), Qt.ItemDataRole.ForegroundRole)
    combo.setItemData(index, tooltip, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(index)
