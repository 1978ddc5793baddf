"""The key to the cause drawn on the canvas: one line per kind of part (its colour and what it is),
in the canvas's lower right corner while the cause is shown."""

from typing import Dict, List, Tuple

from qgis.PyQt import sip
from qgis.PyQt.QtCore import QEvent, QPointF, Qt
from qgis.PyQt.QtGui import QBrush, QFont, QPainter, QPen, QPixmap
from qgis.PyQt.QtWidgets import QFrame, QGridLayout, QLabel

from ..core.outputs.palette import CASING, CAUSE_FILL_ALPHA, cause_colour
from ..i18n import tr

MARGIN = 8  # pixels between the key and the canvas's edges
SWATCH = (28, 14)  # width, height of a swatch in pixels
LINE_KINDS = ("line",)


def swatch(kind: str, width: int, style: Qt.PenStyle) -> QPixmap:
    """A small picture of how a part of ``kind`` is drawn: an area's fill and outline, or a line."""
    pixmap = QPixmap(*SWATCH)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    casing, pen = QPen(CASING, width + 2), QPen(cause_colour(kind), width)
    pen.setStyle(style)
    if kind in LINE_KINDS:
        middle = SWATCH[1] / 2
        for drawn in (casing, pen):
            painter.setPen(drawn)
            painter.drawLine(QPointF(2, middle), QPointF(SWATCH[0] - 2, middle))
    else:
        painter.setBrush(QBrush(cause_colour(kind, CAUSE_FILL_ALPHA)))
        for drawn in (casing, pen):
            painter.setPen(drawn)
            painter.drawRect(2, 2, SWATCH[0] - 5, SWATCH[1] - 5)
    painter.end()
    return pixmap


class CauseLegend(QFrame):
    """The key, a child of the canvas that stays in its corner through pans, zooms and resizes and lets
    clicks through to the map; ``remove()`` deletes it."""

    def __init__(self, canvas, entries: List[Tuple[str, str]], pens: Dict[str, Tuple[int, Qt.PenStyle]]) -> None:
        super().__init__(canvas)
        self.setObjectName("zoningReviewCauseLegend")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet(  # dark on light, as the map under it, whatever the QGIS theme
            "#zoningReviewCauseLegend { background: rgba(255, 255, 255, 225); border: 1px solid rgb(150, 150, 150);"
            " border-radius: 3px; } #zoningReviewCauseLegend QLabel { color: rgb(33, 33, 33); background: none; }")
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        title = QLabel(tr("Cause of the selected finding"))
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        grid.addWidget(title, 0, 0, 1, 2)
        for row, (kind, text) in enumerate(entries, start=1):
            picture = QLabel()
            picture.setPixmap(swatch(kind, *pens[kind]))
            grid.addWidget(picture, row, 0)
            grid.addWidget(QLabel(text), row, 1)
        self.adjustSize()
        canvas.installEventFilter(self)  # Qt drops the filter when the key is deleted
        self.place()
        self.show()

    def place(self) -> None:
        """Keep to the canvas's lower right corner (where the notes put their legend; QGIS's scale bar and
        north arrow decorations sit lower left by default)."""
        parent = self.parentWidget()
        if parent is not None:
            self.move(max(MARGIN, parent.width() - self.width() - MARGIN),
                      max(MARGIN, parent.height() - self.height() - MARGIN))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """Follow the canvas's resizes; let every event through."""
        if event.type() == QEvent.Type.Resize:
            self.place()
        return False

    def remove(self) -> None:
        """Delete the key now (unless Qt already did, with the canvas)."""
        if not sip.isdeleted(self):
            sip.delete(self)

