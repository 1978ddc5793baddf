"""Keep combo boxes from widening the dock beyond a narrow side panel."""

from qgis.PyQt.QtWidgets import QComboBox

MIN_CHARACTERS = 10


def compact(combo: QComboBox) -> QComboBox:
    """Let the combo shrink to a few characters instead of its longest entry."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(MIN_CHARACTERS)
    return combo
