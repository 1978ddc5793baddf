"""What the map shows of the causes of deciding findings (``core/review/causes.py``), as styled layers
named for the legend: the band of a distance clause, the zone a clause requires the site inside, and
the shortest line from the site to each; and where the map looks: one map when the site stays
readable beside its causes, else a map at the site's scale and a second one with the site and all causes.
"""

from typing import List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsGeometry,
    QgsLineSymbol,
    QgsRectangle,
    QgsVectorLayer,
)

from ..compat import POLYGON_GEOMETRY
from ..core.review.cause_phrases import band_phrase, line_phrase, prohibited_phrase, required_phrase, restricted_phrase
from ..core.review.cause_shapes import CauseShapes
from ..core.review.deciding_causes import BAND, PROHIBITED, REQUIRED, DecidingCause
from ..core.review.labels import bilingual
from ..core.rules.condition_words import layer_words
from ..core.rules.ruleset import RuleSet
from .map_layers import add_features, memory_layer

MIN_SITE_SHARE = 1 / 16  # the site spans at least this share of the map (about 11 mm of a 180 mm map)
MAP_ASPECT = 1.6  # width / height of a notes map (the template's map is 180 × 105 mm)
ZONE_COLOUR = "120,60,160"
FORBIDDEN_COLOUR = "200,30,30"


def layer_label(ruleset: Optional[RuleSet], name: str, lang: str) -> str:
    """A constraint layer's label in ``lang`` from the rule set, else its name."""
    decl = ruleset.layers.get(name) if ruleset is not None else None
    return (bilingual(decl.label_zh, decl.label_en, lang) if decl else "") or name


def cause_layers(shapes: CauseShapes, label: str, lang: str,
                 crs: QgsCoordinateReferenceSystem) -> Tuple[Optional[QgsVectorLayer], Optional[QgsVectorLayer]]:
    """The cause's area (band or required zone) and its distance line as styled layers (None: nothing)."""
    if shapes.cause.kind == BAND:
        area = _area_layer(shapes.band, band_phrase(label, shapes.cause.distance_m, lang), crs,
                           {"color": "30,100,200,60", "outline_color": "30,100,200,255", "outline_style": "dash",
                            "outline_width": "0.4"})
    elif shapes.cause.kind == REQUIRED:
        area = _area_layer(_union(shapes.parts), required_phrase(label, lang), crs,
                           {"color": ZONE_COLOUR + ",70", "outline_color": ZONE_COLOUR + ",255",
                            "outline_width": "0.8"})
    else:
        name = (prohibited_phrase if shapes.cause.kind == PROHIBITED else restricted_phrase)(label, lang)
        area = _area_layer(_union(shapes.parts), name, crs, {
            "color": FORBIDDEN_COLOUR + ",50", "outline_color": FORBIDDEN_COLOUR + ",255",
            "outline_style": "dash", "outline_width": "0.6"})
    return area, _line_layer(shapes, label, lang, crs)


def cause_label(ruleset: Optional[RuleSet], cause: DecidingCause, lang: str) -> str:
    """A cause's layer in ``lang``, its filter said in words (饮用水水源保护区中保护区级别为 I 的部分)."""
    if ruleset is None or not cause.where:
        return layer_label(ruleset, cause.layer, lang)
    words = layer_words(ruleset, cause.query)
    return bilingual(words.zh, words.en, lang)


def _union(parts: List[QgsGeometry]) -> Optional[QgsGeometry]:
    """The parts as one multipolygon (None without parts)."""
    polygons = [part for part in parts if part.type() == POLYGON_GEOMETRY]
    if not polygons:
        return None
    union = QgsGeometry.unaryUnion(polygons)
    union.convertToMultiType()
    return union


def _area_layer(geometry: Optional[QgsGeometry], name: str, crs: QgsCoordinateReferenceSystem,
                style: dict) -> Optional[QgsVectorLayer]:
    """One polygon layer holding ``geometry``, styled and named for the legend (None when empty)."""
    if geometry is None or geometry.isEmpty():
        return None
    layer = add_features(memory_layer("MultiPolygon", name, crs), [(geometry, [])])
    layer.renderer().setSymbol(QgsFillSymbol.createSimple(style))
    return layer


def _line_layer(shapes: CauseShapes, label: str, lang: str,
                crs: QgsCoordinateReferenceSystem) -> Optional[QgsVectorLayer]:
    """The shortest line from the site to the nearest feature, named with its length (None when they meet)."""
    nearest = shapes.nearest
    if nearest is None or nearest.line.isEmpty() or nearest.line.length() <= 0:
        return None
    name = line_phrase(label, nearest.distance_m, lang)
    layer = add_features(memory_layer("LineString", name, crs), [(nearest.line, [])])
    layer.renderer().setSymbol(QgsLineSymbol.createSimple({
        "color": "20,20,20,255", "width": "0.6", "line_style": "dot"}))
    return layer


def cause_constraints(constraints: List[QgsVectorLayer], causes: List[DecidingCause], ruleset: Optional[RuleSet],
                      lang: str) -> Tuple[List[QgsVectorLayer], List[QgsVectorLayer]]:
    """(the constraint layers to draw, those among them the legend names): a layer a clause requires
    the site inside, unfiltered, is drawn as that zone instead; a band's layer is named."""
    zones = {layer_label(ruleset, c.layer, lang) for c in causes if c.kind != BAND and not c.where}
    bands = [layer_label(ruleset, c.layer, lang) for c in causes if c.kind == BAND]
    drawn = [layer for layer in constraints if layer.name() not in zones]
    return drawn, [layer for name in dict.fromkeys(bands) for layer in drawn if layer.name() == name]


def site_share(site_box: QgsRectangle, extent: QgsRectangle) -> float:
    """The share of a map (of MAP_ASPECT) showing ``extent`` that the site's larger side spans."""
    width = max(extent.width(), extent.height() * MAP_ASPECT, 1e-9)
    return max(site_box.width() / width, site_box.height() * MAP_ASPECT / width)


def plan_extents(base: QgsRectangle, site_box: QgsRectangle,
                 reaches: List[QgsRectangle]) -> Tuple[QgsRectangle, Optional[QgsRectangle]]:
    """(main extent, second extent or None): one map around the site and every cause while the site
    stays readable (MIN_SITE_SHARE); else the main map at the site's scale with the causes that
    keep it readable, and a second map with the site and every cause."""
    whole = QgsRectangle(base)
    for box in reaches:
        whole.combineExtentWith(box)
    if site_share(site_box, whole) >= MIN_SITE_SHARE:
        return whole, None
    detail = QgsRectangle(base)
    for box in sorted(reaches, key=lambda b: max(b.width(), b.height())):
        grown = QgsRectangle(detail)
        grown.combineExtentWith(box)
        if site_share(site_box, grown) >= MIN_SITE_SHARE:
            detail = grown
    return detail, whole
