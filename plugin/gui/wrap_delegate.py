"""Rows of the results tree as tall as their wrapped text: a long reason is shown whole, never cut."""

from qgis.PyQt.QtCore import QRect, QSize, Qt
from qgis.PyQt.QtGui import QFontMetrics
from qgis.PyQt.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

PADDING = 6


def _int(flag) -> int:
    """A Qt flag as the int QFontMetrics takes (Qt6's flags are enums with a value, Qt5's are ints)."""
    return int(getattr(flag, "value", flag))


TEXT_FLAGS = _int(Qt.AlignmentFlag.AlignLeft) | _int(Qt.TextFlag.TextWordWrap)


class WrapDelegate(QStyledItemDelegate):
    """Sizes each row for its text wrapped in the width the column leaves it (indentation and icon taken off)."""

    def sizeHint(self, option, index) -> QSize:
        """The row's height for its wrapped text."""
        base = super().sizeHint(option, index)
        tree = self.parent()
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if tree is None or not text:
            return base
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self.text_width(tree, index, opt)
        box = QFontMetrics(opt.font).boundingRect(QRect(0, 0, width, 1_000_000), TEXT_FLAGS, text)
        return QSize(base.width(), max(base.height(), box.height() + PADDING))

    @staticmethod
    def text_width(tree, index, opt) -> int:
        """The width the row's text gets: the column's less indentation, decoration and margins."""
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = tree.indentation() * (depth + (1 if tree.rootIsDecorated() else 0))
        margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
        icon = opt.decorationSize.width() + 2 * margin if not opt.icon.isNull() else 0
        return max(40, tree.columnWidth(0) - indent - icon - 4 * margin)
