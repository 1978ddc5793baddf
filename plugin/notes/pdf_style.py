"""Fonts, colours and text measuring for the PDF notes body, which is drawn with native layout items.

Text is broken into lines here (Unicode line-break rules, so Chinese breaks between ideographs), with
the same font metrics the layout draws with; the layout then only draws the given lines.
"""

import math
from dataclasses import dataclass
from typing import Dict, List, Tuple

from qgis.core import QgsLayout, QgsLayoutItemLabel, QgsLayoutUtils, QgsTextFormat, QgsTextRenderer
from qgis.PyQt.QtCore import QTextBoundaryFinder
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF

# Latin text and digits from DejaVu Sans (Qt's PDF writer maps every glyph of it back to its
# character), Chinese from the first CJK font installed; Qt falls back along this list glyph by glyph.
FAMILIES = ["DejaVu Sans", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",
            "PingFang SC", "SimSun"]
TEXT = "#1a1a1a"
ACCENT = "#1f4e79"
GRID = "#8a8a8a"
HEADER_FILL = "#dde6f0"
LABEL_FILL = "#eef2f7"
TONE_FILL = {"ok": "#e3f1e0", "warn": "#fff1d6", "bad": "#f9dcdc"}
TONE_TEXT = {"ok": "#1e6b1e", "warn": "#8a5a00", "bad": "#a11212", "muted": "#777777"}
METRICS_SCALE = 10.0  # measure fonts ten times larger: small pixel sizes round their metrics
LINE_PAD_MM = 0.35  # added to every cell's text height: room for ascenders and rounding
OPENING = "（［｛【《〈「『〔"  # full-width opening brackets (East Asian width F or W)
WRAP_SLACK = 0.97  # lines are broken at this share of the width the cell gives
MIN_LABEL_POINTS = 5.0  # a template label's text is made no smaller to fit its box
LABEL_TOLERANCE_MM = 0.5  # a label's text may reach this far past its box (a line's leading below the last)


@dataclass(frozen=True)
class TextStyle:
    """Size (points), weight and colour of a run of body text."""

    size: float = 9.0
    bold: bool = False
    colour: str = TEXT


def text_format(style: TextStyle) -> QgsTextFormat:
    """The layout text format of a style (size in points, the font families above)."""
    font = QFont(FAMILIES[0])
    font.setFamilies(FAMILIES)
    font.setBold(style.bold)
    result = QgsTextFormat()
    result.setFont(font)
    result.setSize(style.size)
    result.setColor(QColor(style.colour))
    return result


def with_fallback(font: QFont) -> QFont:
    """The font with FAMILIES after its own family, so Chinese it lacks is drawn by a Simplified Chinese font."""
    result = QFont(font)
    result.setFamilies([font.family()] + [family for family in FAMILIES if family != font.family()])
    return result


def finish_labels(layout: QgsLayout) -> None:
    """Every label of the layout (the template's title, header, captions) falls back along FAMILIES — left
    to the system, Chinese a Latin font lacks is drawn with the Japanese forms of Noto Sans CJK — and its
    text, with the notes' values, fits its box: a long site id or name is never cut off."""
    for label in [item for item in layout.items() if isinstance(item, QgsLayoutItemLabel)]:
        size = label.textFormat().size() if hasattr(label, "textFormat") else label.font().pointSizeF()
        set_label_font(label, size)
        while size > MIN_LABEL_POINTS and not fits(label):
            size = max(MIN_LABEL_POINTS, size * 0.9)
            set_label_font(label, size)


def set_label_font(label: QgsLayoutItemLabel, size: float) -> None:
    """The label's own font with FAMILIES to fall back on, at ``size`` points."""
    if hasattr(label, "textFormat"):  # QGIS 3.24: fonts through text formats
        text = label.textFormat()
        text.setFont(with_fallback(text.font()))
        text.setSize(size)
        label.setTextFormat(text)
    else:
        font = with_fallback(label.font())
        font.setPointSizeF(size)
        label.setFont(font)


def fits(label: QgsLayoutItemLabel) -> bool:
    """Whether the label's text, broken into lines as wide as its box (by the label's own measure), fits the box."""
    needed = label.sizeForText()
    margin_x, margin_y = 2 * label.marginX(), 2 * label.marginY()
    width, height = label.rect().width() - margin_x, label.rect().height() - margin_y
    lines = math.ceil((needed.width() - margin_x) / width) if width > 0 else 1
    return (needed.height() - margin_y) * max(1, lines) <= height + LABEL_TOLERANCE_MM


def break_points(text: str) -> List[int]:
    """Positions where a line may break, ending with len(text): Unicode's line-break rules, but never after a
    hyphen between Latin letters or digits (a rule id G-PE-01, a date 2026-12-03 stays whole) and always before
    a full-width opening bracket, as Unicode allows and Qt does not after Latin text: G-PE-01 / （ZH…）."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    points = {i for i, char in enumerate(text) if char in OPENING and i > 0 and text[i - 1] not in OPENING}
    position = finder.toNextBoundary()
    while position > 0:
        if not joined_by_hyphen(text, position):
            points.add(position)
        position = finder.toNextBoundary()
    return sorted(points | {len(text)})


def joined_by_hyphen(text: str, position: int) -> bool:
    """Whether ``position`` follows a hyphen that joins two Latin letters or digits (``G-PE``, ``12-03``)."""
    return (1 < position < len(text) and text[position - 1] == "-"
            and all(c.isascii() and c.isalnum() for c in (text[position - 2], text[position])))


def segments(text: str) -> List[str]:
    """The text cut at every allowed line break (each piece keeps its trailing spaces)."""
    pieces, start = [], 0
    for end in break_points(text):
        if end > start:
            pieces.append(text[start:end])
            start = end
    return pieces


class TextMeasure:
    """Widths and line heights in millimetres as the layout draws them, and line breaking."""

    def __init__(self, layout: QgsLayout):
        self.context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
        self.unit = self.context.scaleFactor() * METRICS_SCALE  # metric units per millimetre
        self._metrics: Dict[TextStyle, QFontMetricsF] = {}

    def metrics(self, style: TextStyle) -> QFontMetricsF:
        """Font metrics of a style, in METRICS_SCALE painter units."""
        if style not in self._metrics:
            self._metrics[style] = QgsTextRenderer.fontMetrics(self.context, text_format(style),
                                                               METRICS_SCALE)
        return self._metrics[style]

    def width(self, text: str, style: TextStyle) -> float:
        """The width of one line of text (mm)."""
        return self.metrics(style).horizontalAdvance(text) / self.unit

    def line_height(self, style: TextStyle) -> float:
        """The distance from one line to the next (mm)."""
        return self.metrics(style).lineSpacing() / self.unit

    def widest_piece(self, text: str, style: TextStyle) -> float:
        """The width of the longest part of the text that cannot be broken (mm)."""
        return max((self.width(piece.rstrip(), style) for line in str(text).split("\n")
                    for piece in segments(line)), default=0.0)

    def widest_line(self, text: str, style: TextStyle) -> float:
        """The width of the longest line of the text, unbroken (mm)."""
        return max((self.width(line, style) for line in str(text).split("\n")), default=0.0)

    def wrap(self, text: str, width: float, style: TextStyle) -> List[str]:
        """The text broken into lines no wider than ``width`` mm (explicit line breaks kept)."""
        lines: List[str] = []
        for paragraph in str(text).split("\n"):
            lines.extend(self.wrap_line(paragraph, width * WRAP_SLACK, style))
        return lines or [""]

    def wrap_line(self, text: str, width: float, style: TextStyle) -> List[str]:
        """One paragraph broken at allowed breaks; a piece wider than a line is cut anywhere."""
        metrics, limit = self.metrics(style), width * self.unit
        lines, line = [], ""
        for piece in segments(text):
            if metrics.horizontalAdvance((line + piece).rstrip()) <= limit:
                line += piece
                continue
            if line.strip():
                lines.append(line.rstrip())
            cut, line = self.cut(piece, limit, metrics)
            lines.extend(cut)
        if line.strip() or not lines:
            lines.append(line.rstrip())
        return lines

    @staticmethod
    def cut(piece: str, limit: float, metrics: QFontMetricsF) -> Tuple[List[str], str]:
        """A piece too wide for a line cut character by character: full lines and the rest."""
        full, line = [], ""
        for char in piece:
            if line and metrics.horizontalAdvance((line + char).rstrip()) > limit:
                full.append(line)
                line = ""
            line += char
        return full, line
