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

# Causes of a finding (the dock's canvas highlights): outlines drawn on a white casing so that they
# stand out over any unit fill; fills stay light so that the map beneath shows.
CASING = QColor(255, 255, 255, 230)
CAUSE_FEATURE = "#1565c0"  # the constraint features a clause asks about
CAUSE_BAND = "#1565c0"  # the distance band of a 'within a distance' clause (dashed)
CAUSE_ZONE = "#6a1b9a"  # the zone a must-be-inside clause requires
CAUSE_LINE = "#212121"  # the shortest line from the site to the nearest feature
CAUSE_FILL_ALPHA = 45
HIGHLIGHT_FILL_ALPHA = 40  # a unit's verdict fill: light, the outline carries the colour


def cause_colour(kind: str, alpha: int = 255) -> QColor:
    """The colour of a cause part (``feature``, ``band``, ``zone`` or ``line``) with ``alpha``."""
    colour = QColor({"band": CAUSE_BAND, "zone": CAUSE_ZONE, "line": CAUSE_LINE}.get(kind, CAUSE_FEATURE))
    colour.setAlpha(alpha)
    return colour
