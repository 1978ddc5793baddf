"""The one verdict palette: the dock's banner and highlights, the styled SUMMARY and siting layers, and
the notes' location map all colour a verdict alike."""

from typing import Dict

from qgis.PyQt.QtGui import QColor

from ..model.verdicts import Verdict

VERDICT_COLOURS: Dict[Verdict, str] = {
    Verdict.COMPLIANT: "#2e7d32",
    Verdict.NEEDS_STUDY: "#e69500",
    Verdict.NON_COMPLIANT: "#c62828",
}
NEUTRAL = "#757575"  # a verdict not in the palette
UNREVIEWED = QColor(200, 200, 200, 60)  # units on the notes' map that the site does not overlap


def verdict_colour(verdict: str, alpha: int = 255) -> QColor:
    """The verdict's colour (green, amber or red; grey for anything else) with ``alpha`` (0–255)."""
    colour = QColor(VERDICT_COLOURS.get(verdict, NEUTRAL))
    colour.setAlpha(alpha)
    return colour


def rgba(colour: QColor) -> str:
    """``r,g,b,a`` as QGIS symbol properties take it."""
    return f"{colour.red()},{colour.green()},{colour.blue()},{colour.alpha()}"
