"""Layer styles of the outputs: the categorised verdict renderer of the SUMMARY and siting layers."""

from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory, QgsSymbol, QgsVectorLayer

from ..review.labels import verdict_label
from .palette import VERDICT_COLOURS, verdict_colour

SUMMARY_OPACITY = 0.6


def verdict_renderer(geometry_type, opacity: float = SUMMARY_OPACITY) -> QgsCategorizedSymbolRenderer:
    """A renderer on the field ``verdict``: one category per verdict in the palette's colour."""
    categories = []
    for verdict in VERDICT_COLOURS:
        symbol = QgsSymbol.defaultSymbol(geometry_type)
        symbol.setColor(verdict_colour(verdict))
        symbol.setOpacity(opacity)
        categories.append(QgsRendererCategory(str(verdict), symbol, verdict_label(verdict)))
    return QgsCategorizedSymbolRenderer("verdict", categories)


def style_by_verdict(layer: QgsVectorLayer, opacity: float = SUMMARY_OPACITY) -> None:
    """Colour a layer with a ``verdict`` field by verdict."""
    layer.setRenderer(verdict_renderer(layer.geometryType(), opacity))
    layer.triggerRepaint()
