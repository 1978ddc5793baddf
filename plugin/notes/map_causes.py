"""What the map shows of the causes of deciding findings: the distance band of a distance rule.

For every deciding clause whose condition asks for a constraint layer within a distance of the
site, the map draws the layer's nearby features grown by that distance, named in the legend.
"""

from typing import List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGeometry,
    QgsLineSymbol,
    QgsRectangle,
    QgsVectorLayer,
)

from ..core.model.results import SiteReview
from ..core.review.labels import bilingual
from ..core.review.site_review import deciding_findings
from ..core.rules.ruleset import RuleSet
from ..i18n import tr
from .map_layers import MAX_FEATURES, add_features, memory_layer

BAND_SEGMENTS = 16


def distance_causes(review: SiteReview, ruleset: Optional[RuleSet]) -> List[Tuple[str, str, float]]:
    """(layer, filter, distance in m) of every 'within a distance' condition of a deciding clause."""
    if ruleset is None:
        return []
    rules = {rule.id: rule for rule in ruleset.rules}
    out: List[Tuple[str, str, float]] = []
    for finding in deciding_findings(review):
        rule = rules.get(finding.rule_id)
        conditions = rule.when.walk() if rule is not None and rule.when is not None else []
        for cond in conditions:
            cause = (cond.name, cond.where, float(cond.distance_m or 0.0))
            if cond.kind == "spatial" and cond.relation == "within" and cond.distance_m and cause not in out:
                out.append(cause)
    return out


def layer_label(ruleset: Optional[RuleSet], name: str, lang: str) -> str:
    """A constraint layer's label in ``lang`` from the rule set, else its name."""
    decl = ruleset.layers.get(name) if ruleset is not None else None
    return (bilingual(decl.label_zh, decl.label_en, lang) if decl else "") or name


def band_layer(source: QgsVectorLayer, where: str, distance: float, label: str, lang: str,
               extent: QgsRectangle, map_crs: QgsCoordinateReferenceSystem,
               transform_context) -> Optional[QgsVectorLayer]:
    """The features of ``source`` near ``extent`` grown by ``distance`` metres (in the map's
    metric CRS), as one styled polygon layer named for the legend; None when none is near."""
    reach = QgsRectangle(extent)
    reach.grow(distance)
    to_source = QgsCoordinateTransform(map_crs, source.crs(), transform_context)
    to_map = QgsCoordinateTransform(source.crs(), map_crs, transform_context)
    request = QgsFeatureRequest().setFilterRect(to_source.transformBoundingBox(reach))
    if where:
        request.setFilterExpression(where)
    request.setLimit(MAX_FEATURES)
    parts = []
    for feature in source.getFeatures(request):
        geometry = QgsGeometry(feature.geometry())
        if geometry.isEmpty() or geometry.transform(to_map) != 0:
            continue
        parts.append(geometry.buffer(distance, BAND_SEGMENTS))
    if not parts:
        return None
    band = QgsGeometry.unaryUnion(parts)
    band.convertToMultiType()
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
    if fid is None:
        return None
    feature = source.getFeature(fid)
    geometry = QgsGeometry(feature.geometry())
    to_map = QgsCoordinateTransform(source.crs(), map_crs, transform_context)
    if geometry.isEmpty() or geometry.transform(to_map) != 0:
        return None
    line = site.shortestLine(geometry)
    if line.isEmpty():
        return None
    name = tr("Shortest distance from the site to {layer}: {distance} m", lang).format(
        layer=label, distance=f"{line.length():.0f}")
    layer = add_features(memory_layer("LineString", name, map_crs), [(line, [])])
    layer.renderer().setSymbol(QgsLineSymbol.createSimple({
        "color": "20,20,20,255", "width": "0.6", "line_style": "dot"}))
    return layer


def cause_extent(extent: QgsRectangle, site_box: QgsRectangle, causes: List[Tuple[str, str, float]],
                 distances: List[float]) -> QgsRectangle:
    """The map extent grown so that the nearest feature of each distance cause shows beside the site."""
    grown = QgsRectangle(extent)
    for (_layer, _where, limit), found in zip(causes, distances):
        reach = min(found, limit) * 1.15 if found is not None else 0.0
        if reach > 0:
            around = QgsRectangle(site_box)
            around.grow(reach)
            grown.combineExtentWith(around)
    return grown
