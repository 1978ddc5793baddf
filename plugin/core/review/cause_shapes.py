"""The geometry of a deciding cause (``deciding_causes.DecidingCause``) in a metric map CRS: the layer's
features near the site, the band of a distance clause, and the shortest line from the site to the nearest
feature — found even where the review did not look for it (a must-be-inside clause measures no distance).

Built on ``causes.py``'s feature helpers. The user's layers are only read.
"""

from dataclasses import dataclass
from typing import List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsRectangle,
    QgsVectorLayer,
)

from ..model.results import LayerRelation
from .causes import REACH_MARGIN, band_geometry, nearby_features
from .deciding_causes import BAND, DecidingCause

FIRST_SEARCH_M = 2000.0
LAST_SEARCH_M = 256000.0  # a required zone farther than this from the site is not looked for


@dataclass
class Nearest:
    """The nearest feature of a cause's layer to the site and the shortest line to it (in the map CRS),
    and the distance in metres (the review's ellipsoidal one when it measured it, else planar)."""

    geometry: QgsGeometry
    line: QgsGeometry
    distance_m: float


@dataclass
class CauseShapes:
    """What a map draws of one cause, in the map CRS."""

    cause: DecidingCause
    parts: List[QgsGeometry]  # the layer's features (matching the filter) near the site
    band: Optional[QgsGeometry]  # those features grown by the clause's distance (bands only)
    nearest: Optional[Nearest]


def _searched(source: QgsVectorLayer, where: str, site: QgsGeometry, map_crs: QgsCoordinateReferenceSystem,
              context) -> Optional[QgsGeometry]:
    """The nearest matching feature, looked for in windows doubling from FIRST_SEARCH_M around the site."""
    reach = FIRST_SEARCH_M
    while reach <= LAST_SEARCH_M:
        window = QgsRectangle(site.boundingBox())
        window.grow(reach)
        found = nearby_features(source, where, window, map_crs, context)
        if found:
            nearest = min(found, key=site.distance)
            if site.distance(nearest) <= reach:  # every feature nearer than reach lies in the window
                return nearest
        reach *= 2
    return None


def _measured(source: QgsVectorLayer, relation: Optional[LayerRelation], map_crs: QgsCoordinateReferenceSystem,
              context) -> Optional[QgsGeometry]:
    """The nearest feature the review found, in the map CRS (None when it found none)."""
    if relation is None or relation.nearest_fid is None:
        return None
    geometry = QgsGeometry(source.getFeature(relation.nearest_fid).geometry())
    if geometry.isEmpty() or geometry.transform(QgsCoordinateTransform(source.crs(), map_crs, context)) != 0:
        return None
    return geometry


def nearest_feature(cause: DecidingCause, source: QgsVectorLayer, site: QgsGeometry,
                    map_crs: QgsCoordinateReferenceSystem, context,
                    relation: Optional[LayerRelation] = None) -> Optional[Nearest]:
    """The nearest feature of the cause's layer to ``site`` (in the metric ``map_crs``): the one the
    review measured when it did, else searched; None when there is none within LAST_SEARCH_M."""
    geometry = _measured(source, relation, map_crs, context)
    measured = relation.distance_m if geometry is not None and relation is not None else None
    if geometry is None:
        geometry = _searched(source, cause.where, site, map_crs, context)
    if geometry is None:
        return None
    line = site.shortestLine(geometry)
    if measured is None:
        measured = 0.0 if site.intersects(geometry) else line.length()
    return Nearest(geometry, line, measured)


def reach_box(site: QgsGeometry, cause: DecidingCause, nearest: Optional[Nearest]) -> QgsRectangle:
    """The site's box grown to show the cause's nearest feature (no farther than a band's width)."""
    box = QgsRectangle(site.boundingBox())
    if nearest is None:
        return box
    reach = nearest.line.length() if not nearest.line.isEmpty() else 0.0
    if cause.kind == BAND:
        reach = min(reach, cause.distance_m)
    box.grow(reach * REACH_MARGIN)
    return box


def cause_shapes(cause: DecidingCause, source: QgsVectorLayer, site: QgsGeometry,
                 map_crs: QgsCoordinateReferenceSystem, context, relation: Optional[LayerRelation] = None,
                 extent: Optional[QgsRectangle] = None, nearest: Optional[Nearest] = None) -> CauseShapes:
    """Everything a map draws of one cause, in ``map_crs`` (metric, e.g. the site's Gauss-Krüger zone;
    ``site`` in it too): the features near the site (in ``extent``, else around the site as far as the
    nearest one) and, for a band, those features grown by the clause's distance; ``nearest`` when found."""
    if nearest is None:
        nearest = nearest_feature(cause, source, site, map_crs, context, relation)
    box = QgsRectangle(extent) if extent is not None else reach_box(site, cause, nearest)
    if cause.kind == BAND:
        band = band_geometry(source, cause.where, cause.distance_m, box, map_crs, context)
        return CauseShapes(cause, [], band, nearest)
    return CauseShapes(cause, nearby_features(source, cause.where, box, map_crs, context), None, nearest)
