"""What the map shows of the causes of deciding findings: the distance band of a distance rule.

The geometry comes from ``core/review/causes.py`` (shared with the dock's canvas highlights); this
module names and styles it as legend layers.

For every deciding clause whose condition asks for a constraint layer within a distance of the
site, the map draws the layer's nearby features grown by that distance, named in the legend.
"""

from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsGeometry,
    QgsLineSymbol,
    QgsRectangle,
    QgsVectorLayer,
)

from ..core.review.causes import band_geometry, shortest_line
from ..core.review.labels import bilingual
from ..core.rules.ruleset import RuleSet
from ..i18n import tr
from .map_layers import add_features, memory_layer


def layer_label(ruleset: Optional[RuleSet], name: str, lang: str) -> str:
    """A constraint layer's label in ``lang`` from the rule set, else its name."""
    decl = ruleset.layers.get(name) if ruleset is not None else None
    return (bilingual(decl.label_zh, decl.label_en, lang) if decl else "") or name


def band_layer(source: QgsVectorLayer, where: str, distance: float, label: str, lang: str,
               extent: QgsRectangle, map_crs: QgsCoordinateReferenceSystem,
               transform_context) -> Optional[QgsVectorLayer]:
    """The features of ``source`` near ``extent`` grown by ``distance`` metres (in the map's
    metric CRS), as one styled polygon layer named for the legend; None when none is near."""
    band = band_geometry(source, where, distance, extent, map_crs, transform_context)
    if band is None:
        return None
    name = tr("{layer}: {distance} m band of the clause", lang).format(layer=label, distance=f"{distance:g}")
    layer = add_features(memory_layer("MultiPolygon", name, map_crs), [(band, [])])
    layer.renderer().setSymbol(QgsFillSymbol.createSimple({
        "color": "30,100,200,60", "outline_color": "30,100,200,255", "outline_style": "dash",
        "outline_width": "0.4"}))
    return layer


def distance_line(source: QgsVectorLayer, fid: Optional[int], site: QgsGeometry, label: str, lang: str,
                  map_crs: QgsCoordinateReferenceSystem, transform_context) -> Optional[QgsVectorLayer]:
    """The shortest line from the site (in the map CRS) to the nearest feature the review measured,
    named with its length for the legend; None when that feature is unknown."""
    line = shortest_line(source, fid, site, map_crs, transform_context)
    if line is None:
        return None
    name = tr("Shortest distance from the site to {layer}: {distance} m", lang).format(
        layer=label, distance=f"{line.length():.0f}")
    layer = add_features(memory_layer("LineString", name, map_crs), [(line, [])])
    layer.renderer().setSymbol(QgsLineSymbol.createSimple({
        "color": "20,20,20,255", "width": "0.6", "line_style": "dot"}))
    return layer
