"""The site in a constraint layer's CRS, as the relation searches use it: its box, its prepared GEOS engine, its
copy scaled for a planar nearest-feature search in a geographic CRS, its search windows in ground metres, and the
measures of what it shares with the layer's features (lines within it, its part outside a union).
"""

import math
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import QgsDistanceArea, QgsGeometry, QgsPointXY, QgsRectangle, QgsWkbTypes
from qgis.PyQt.QtGui import QTransform

from ...compat import LINE_GEOMETRY
from .geometry_repair import overlap_parts, polygon_parts
from .measure import ground_scale

REACH_MARGIN = 1.5  # a search window errs wide: map scale varies across it (latitude, projection)


def scaled(geometry: QgsGeometry, scale: float) -> QgsGeometry:
    """A copy with x multiplied by ``scale`` (identity when scale is 1)."""
    if scale == 1.0:
        return geometry
    copy = QgsGeometry(geometry)
    copy.transform(QTransform.fromScale(scale, 1.0))
    return copy


def diagonal(box: QgsRectangle, scale: float) -> float:
    """Length of a box's diagonal after scaling x by ``scale``."""
    return math.hypot(box.width() * scale, box.height())


def bounds_of(rect: QgsRectangle) -> Tuple[float, float, float, float]:
    """A rectangle as (xmin, ymin, xmax, ymax)."""
    return rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()


def bounds_gap(a: Tuple[float, ...], b: Tuple[float, ...], scale: float) -> float:
    """Distance between two (xmin, ymin, xmax, ymax) boxes after scaling x (a lower bound of the geometries')."""
    dx = max(0.0, a[0] - b[2], b[0] - a[2]) * scale
    dy = max(0.0, a[1] - b[3], b[1] - a[3])
    return math.hypot(dx, dy)


class SiteView:
    """The cleaned site in one layer CRS, with what the searches need made once per site and CRS."""

    def __init__(self, geometry: QgsGeometry, geographic: bool):
        self.geometry = geometry
        self.rect = geometry.boundingBox()
        self.bounds = bounds_of(self.rect)
        self.scale = math.cos(math.radians(self.rect.center().y())) if geographic else 1.0
        self._engine: Any = None
        self._scaled: Optional[QgsGeometry] = None
        self._areas: Dict[int, float] = {}
        self._scales: Dict[int, Optional[Tuple[float, float]]] = {}

    def engine(self) -> Any:
        """The prepared GEOS engine of the site."""
        if self._engine is None:
            self._engine = QgsGeometry.createGeometryEngine(self.geometry.constGet())
            self._engine.prepareGeometry()
        return self._engine

    def scaled(self) -> QgsGeometry:
        """The site with x scaled for the nearest-feature search."""
        if self._scaled is None:
            self._scaled = scaled(self.geometry, self.scale)
        return self._scaled

    def window(self, reach_m: float, measure: QgsDistanceArea) -> Optional[QgsRectangle]:
        """The site's box grown on every side by at least ``reach_m`` metres on the ground (None: unknown)."""
        found = self._scale_of(measure)
        if found is None:
            return None
        rect, (per_x, per_y) = self.rect, found
        grow_x, grow_y = REACH_MARGIN * reach_m / per_x, REACH_MARGIN * reach_m / per_y
        return QgsRectangle(rect.xMinimum() - grow_x, rect.yMinimum() - grow_y,
                            rect.xMaximum() + grow_x, rect.yMaximum() + grow_y)

    def units_for(self, metres: float, measure: QgsDistanceArea) -> Optional[float]:
        """Map units spanning at least ``metres`` on the ground every way over the site's box (None: unknown)."""
        found = self._scale_of(measure)
        return None if found is None else metres / min(found)

    def _scale_of(self, measure: QgsDistanceArea) -> Optional[Tuple[float, float]]:
        found = self._scales.get(id(measure), False)
        if found is False:
            found = self._scales[id(measure)] = self._metres_per_unit(measure)
        return found

    def _metres_per_unit(self, measure: QgsDistanceArea) -> Optional[Tuple[float, float]]:
        """The fewest ground metres per map unit along x and along y over the box (None: unknown): worked out
        on the ellipsoid for a geographic CRS, else measured from the box's corners."""
        rect = self.rect
        analytic = ground_scale(measure, rect.yMinimum(), rect.yMaximum())
        if analytic is not None:
            return analytic
        step = max(rect.width(), rect.height()) / 10.0 or 1e-6
        corners = [QgsPointXY(x, y) for x in (rect.xMinimum(), rect.xMaximum())
                   for y in (rect.yMinimum(), rect.yMaximum())]
        per_x = min(measure.measureLine(p, QgsPointXY(p.x() + step, p.y())) for p in corners) / step
        per_y = min(measure.measureLine(p, QgsPointXY(p.x(), p.y() + step)) for p in corners) / step
        if not (math.isfinite(per_x) and math.isfinite(per_y) and per_x > 0 and per_y > 0):
            return None
        return per_x, per_y

    def area(self, measure: QgsDistanceArea) -> float:
        """The site's ellipsoidal area with ``measure``."""
        found = self._areas.get(id(measure))
        if found is None:
            found = self._areas[id(measure)] = measure.measureArea(self.geometry)
        return found


def line_length(view: SiteView, lines: List[QgsGeometry], measure: QgsDistanceArea) -> float:
    """The length (m, on the ellipsoid) of the lines within the site or on its boundary, overlaps counted once."""
    pieces = [QgsGeometry(view.engine().intersection(line.constGet())) for line in lines]
    linear = [part for piece in pieces for part in piece.asGeometryCollection()
              if QgsWkbTypes.geometryType(part.wkbType()) == LINE_GEOMETRY]
    return measure.measureLength(QgsGeometry.unaryUnion(linear)) if linear else 0.0


def outside_part(view: SiteView, union: QgsGeometry, site_area: float) -> float:
    """The site's area (m²) outside ``union`` (a part of it), from that rest's planar share; GEOS's slivers of next
    to no area along the cut dropped."""
    planar = view.geometry.area()
    rest = overlap_parts(polygon_parts(view.geometry.difference(union)), planar)
    if rest.isNull() or rest.isEmpty() or planar <= 0:
        return 0.0
    return rest.area() * site_area / planar
