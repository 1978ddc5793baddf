"""Where the cause of a finding lies on the map: the constraint features a clause asks about, the
distance band of a 'within a distance' condition, the shortest line to the nearest feature and the
zone a must-be-inside condition requires. Geometry only, in a metric (Gauss-Krüger) CRS; the dock's
canvas highlights and the notes' map both draw from here.
"""

from dataclasses import dataclass, field
from typing import Dict, List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsRectangle,
    QgsVectorLayer,
)

from ..coordinates.crs import gauss_kruger_epsg
from ..model.results import Finding, LayerRelation, SpatialQuery
from ..overlay.layer_filter import LayerFilter
from ..rules.ruleset import RuleSet

BAND_SEGMENTS = 16
MAX_FEATURES = 2000
MIN_REACH_M = 500.0  # the features around the site shown for a clause without a distance
REACH_MARGIN = 1.15
GEOGRAPHIC = "EPSG:4490"


@dataclass(frozen=True)
class Cause:
    """One spatial condition of a clause: a constraint layer (with its filter) and how the site must stand to it."""

    layer: str
    where: str = ""
    relation: str = ""
    distance_m: Optional[float] = None

    @property
    def key(self) -> str:
        """The key of the overlay's measured relation to this layer."""
        return SpatialQuery(self.layer, self.where).key


def rule_causes(rule_id: str, ruleset: Optional[RuleSet]) -> List[Cause]:
    """Every spatial condition of a clause (when, except, only_if), each once, in order."""
    rule = next((r for r in ruleset.rules if r.id == rule_id), None) if ruleset is not None else None
    out: List[Cause] = []
    for root in rule.conditions() if rule is not None else []:
        for cond in root.walk():
            distance = float(cond.distance_m) if cond.distance_m else None
            cause = Cause(cond.name, cond.where, cond.relation, distance)
            if cond.kind == "spatial" and cause not in out:
                out.append(cause)
    return out


def nearby_features(source: QgsVectorLayer, where: str, extent: QgsRectangle,
                    crs: QgsCoordinateReferenceSystem, transform_context) -> List[QgsGeometry]:
    """The geometries (in ``crs``) of the features of ``source`` matching ``where`` whose box meets
    ``extent`` (in ``crs``), at most MAX_FEATURES; none when the filter cannot be applied to the layer or
    fails on one of them (``LayerFilter``, as the review applies it: never a zone the review could not find)."""
    to_source = QgsCoordinateTransform(crs, source.crs(), transform_context)
    to_crs = QgsCoordinateTransform(source.crs(), crs, transform_context)
    found = LayerFilter(where, source.fields(), source.name()) if where else None
    request = found.request() if found is not None else QgsFeatureRequest().setNoAttributes()
    features = source.getFeatures(request.setFilterRect(to_source.transformBoundingBox(extent)))
    out = []
    for feature in found.select(features) if found is not None else features:
        geometry = QgsGeometry(feature.geometry())
        if not geometry.isEmpty() and geometry.transform(to_crs) == 0:
            out.append(geometry)
        if len(out) == MAX_FEATURES:
            break
    return [] if found is not None and found.problem is not None else out


def band_geometry(source: QgsVectorLayer, where: str, distance: float, extent: QgsRectangle,
                  crs: QgsCoordinateReferenceSystem, transform_context) -> Optional[QgsGeometry]:
    """The features of ``source`` near ``extent`` grown by ``distance`` metres in the metric ``crs``,
    as one multi-polygon; None when none is near."""
    reach = QgsRectangle(extent)
    reach.grow(distance)
    parts = [g.buffer(distance, BAND_SEGMENTS) for g in nearby_features(source, where, reach, crs,
                                                                       transform_context)]
    if not parts:
        return None
    band = QgsGeometry.unaryUnion(parts)
    band.convertToMultiType()
    return band


def shortest_line(source: QgsVectorLayer, fid: Optional[int], site: QgsGeometry,
                  crs: QgsCoordinateReferenceSystem, transform_context) -> Optional[QgsGeometry]:
    """The shortest line from the site (in ``crs``) to feature ``fid`` of ``source``; None when unknown."""
    if fid is None:
        return None
    geometry = QgsGeometry(source.getFeature(fid).geometry())
    to_crs = QgsCoordinateTransform(source.crs(), crs, transform_context)
    if geometry.isEmpty() or geometry.transform(to_crs) != 0:
        return None
    line = site.shortestLine(geometry)
    return None if line.isEmpty() else line


def metric_crs(site: QgsGeometry, site_crs: QgsCoordinateReferenceSystem,
               transform_context) -> QgsCoordinateReferenceSystem:
    """The CGCS2000 Gauss-Krüger CRS of the site's centre (distances and bands are drawn in metres)."""
    to_geographic = QgsCoordinateTransform(site_crs, QgsCoordinateReferenceSystem(GEOGRAPHIC),
                                           transform_context)
    centre = to_geographic.transform(site.boundingBox().center())
    return QgsCoordinateReferenceSystem(gauss_kruger_epsg(centre.x()))


@dataclass
class CausePart:
    """One cause of a finding in the metric CRS: the layer's features, band, zone and distance line."""

    cause: Cause
    features: List[QgsGeometry] = field(default_factory=list)
    band: Optional[QgsGeometry] = None  # 'within a distance': the features grown by the distance
    zone: Optional[QgsGeometry] = None  # 'inside': the zone the site must lie in
    line: Optional[QgsGeometry] = None  # site → nearest feature
    distance_m: Optional[float] = None  # the distance the review measured (ellipsoidal)


@dataclass
class CauseScene:
    """Every cause of one finding, the site, and the extent that shows them together (all in ``crs``)."""

    crs: QgsCoordinateReferenceSystem
    site: QgsGeometry
    parts: List[CausePart] = field(default_factory=list)

    def extent(self) -> QgsRectangle:
        """The site's box with each distance line, and the band's reach around the site, with a margin."""
        box = QgsRectangle(self.site.boundingBox())
        for part in self.parts:
            if part.line is not None:
                box.combineExtentWith(part.line.boundingBox())
            if part.band is not None:
                around = QgsRectangle(self.site.boundingBox())
                around.grow(part.cause.distance_m or 0.0)
                box.combineExtentWith(around)
        box.scale(1.2)
        return box


def unknown_position(relation: Optional[LayerRelation]) -> bool:
    """Whether the review could not place the site towards a bound layer (its filter or CRS unusable)."""
    return relation is not None and bool(relation.problem)


def finding_scene(finding: Finding, ruleset: Optional[RuleSet], relations: Dict[str, LayerRelation],
                  constraints: Dict[str, QgsVectorLayer], site: QgsGeometry,
                  site_crs: QgsCoordinateReferenceSystem, transform_context) -> Optional[CauseScene]:
    """The causes of ``finding`` on the constraint layers at hand, or None when its clause has none (none on a
    layer whose filter or CRS the review could not use: where the site lies to it is unknown)."""
    causes = [c for c in rule_causes(finding.rule_id, ruleset)
              if c.layer in constraints and not unknown_position(relations.get(c.key))]
    if not causes:
        return None
    crs = metric_crs(site, site_crs, transform_context)
    site_here = QgsGeometry(site)
    site_here.transform(QgsCoordinateTransform(site_crs, crs, transform_context))
    scene = CauseScene(crs, site_here)
    for cause in causes:
        scene.parts.append(_part(cause, relations.get(cause.key), constraints[cause.layer], scene,
                                 transform_context))
    return scene


def _part(cause: Cause, relation: Optional[LayerRelation], source: QgsVectorLayer, scene: CauseScene,
          transform_context) -> CausePart:
    """One cause's geometries around the site."""
    found = relation.distance_m if relation is not None else None
    reach = max(MIN_REACH_M, cause.distance_m or 0.0, (found or 0.0) * REACH_MARGIN)
    window = QgsRectangle(scene.site.boundingBox())
    window.grow(reach)
    part = CausePart(cause, nearby_features(source, cause.where, window, scene.crs, transform_context),
                     distance_m=found)
    if cause.relation == "within" and cause.distance_m:
        part.band = band_geometry(source, cause.where, cause.distance_m, scene.site.boundingBox(),
                                  scene.crs, transform_context)
    if cause.relation == "inside" and part.features:
        part.zone = QgsGeometry.unaryUnion(part.features)
    if found and relation is not None:
        part.line = shortest_line(source, relation.nearest_fid, scene.site, scene.crs, transform_context)
    return part
