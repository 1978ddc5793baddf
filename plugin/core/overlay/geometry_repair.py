"""Turn any stored geometry into a clean 2D polygonal geometry for area computations.

Curves are linearised, Z/M dropped, unclosed rings closed, invalid geometries repaired with
``makeValid()`` and only the polygonal part of the result kept. The outcome says what was
done so that callers can report it as a data-quality warning naming the feature.
"""

from dataclasses import dataclass
from typing import List, Optional

from qgis.core import QgsGeometry, QgsPolygon, QgsWkbTypes

from ...compat import POLYGON_GEOMETRY, WKB_GEOMETRY_COLLECTION, WKB_MULTIPOLYGON, WKB_POLYGON
from .geometry_words import DROPPED, INVALID, UNCLOSED

OK = ""
NULL = "null"
EMPTY = "empty"
NOT_POLYGONAL = "not_polygonal"
REPAIRED = "repaired"
PARTS_LEFT_OUT = "parts_left_out"  # a collection's lines or points left out, its polygons clean
UNUSABLE = "unusable"
SLIVER_FRACTION = 1e-9  # overlay parts with less planar area than this share of the cut whole are slivers


@dataclass
class Cleaned:
    """A cleaned geometry (None when unusable) and what happened to it."""

    geometry: Optional[QgsGeometry]
    status: str = OK
    detail: str = ""

    @property
    def usable(self) -> bool:
        """True when there is a non-empty polygonal geometry to compute with."""
        return self.geometry is not None


PLAIN_POLYGONAL = (WKB_POLYGON, WKB_MULTIPOLYGON)


def flat_2d(geometry: QgsGeometry) -> QgsGeometry:
    """A copy without curves, Z or M."""
    abstract = geometry.constGet().clone()
    if QgsWkbTypes.isCurvedType(abstract.wkbType()):
        abstract = abstract.segmentize()
    abstract.dropZValue()
    abstract.dropMValue()
    return QgsGeometry(abstract)


def polygon_parts(geometry: QgsGeometry) -> QgsGeometry:
    """The polygonal part of any geometry (a Polygon or MultiPolygon), possibly empty."""
    wkb_type = geometry.wkbType()
    if QgsWkbTypes.geometryType(wkb_type) == POLYGON_GEOMETRY:
        return geometry
    if QgsWkbTypes.flatType(wkb_type) != WKB_GEOMETRY_COLLECTION:
        return QgsGeometry()
    parts: List[QgsGeometry] = []
    for part in geometry.asGeometryCollection():
        kept = polygon_parts(part)
        if not kept.isNull() and not kept.isEmpty():
            parts.append(kept)
    if not parts:
        return QgsGeometry()
    if len(parts) == 1:
        return parts[0]
    return QgsGeometry.collectGeometry(parts)


def other_parts(geometry: QgsGeometry) -> List[str]:
    """The types of a collection's non-empty parts that are not polygonal (points, lines), at any depth."""
    wkb_type = geometry.wkbType()
    if QgsWkbTypes.geometryType(wkb_type) == POLYGON_GEOMETRY or geometry.isEmpty():
        return []
    if QgsWkbTypes.flatType(wkb_type) != WKB_GEOMETRY_COLLECTION:
        return [QgsWkbTypes.displayString(wkb_type)]
    return [kind for part in geometry.asGeometryCollection() for kind in other_parts(part)]


def overlap_parts(geometry: QgsGeometry, whole_area: float) -> QgsGeometry:
    """The polygonal part of an overlay result without the slivers GEOS leaves along shared edges.

    Where two boundaries run together with vertices at different places, GEOS may return slivers
    of next to no planar area (~1e-16 of a square degree). Measured with geodesic edges such a
    sliver can count as square kilometres, so parts below SLIVER_FRACTION of ``whole_area`` (the
    planar area of what was cut, in the same CRS) are dropped.
    """
    limit = SLIVER_FRACTION * whole_area
    if geometry.wkbType() == WKB_POLYGON:  # the usual result: one polygon (perhaps empty), no parts to sort
        return geometry if geometry.isEmpty() or geometry.area() > limit else QgsGeometry()
    polygonal = polygon_parts(geometry)
    if polygonal.isNull() or polygonal.isEmpty():
        return polygonal
    if not polygonal.isMultipart():
        return polygonal if polygonal.area() > limit else QgsGeometry()
    parts = polygonal.asGeometryCollection()
    kept = [part for part in parts if part.area() > limit]
    if len(kept) == len(parts):
        return polygonal
    if not kept:
        return QgsGeometry()
    return kept[0] if len(kept) == 1 else QgsGeometry.collectGeometry(kept)


def _has_unclosed_ring(geometry: QgsGeometry) -> bool:
    abstract = geometry.constGet()
    if isinstance(abstract, QgsPolygon):
        polygons = (abstract,)
    else:  # a multipolygon: by index, quicker than iterating its parts from Python
        polygons = (abstract.geometryN(i) for i in range(abstract.numGeometries()))
    for polygon in polygons:
        ring = polygon.exteriorRing()
        if ring is not None and not ring.isClosed():
            return True
        holes = polygon.numInteriorRings()
        if holes and any(not polygon.interiorRing(i).isClosed() for i in range(holes)):
            return True
    return False


def _polygons(geometry: QgsGeometry) -> List[QgsPolygon]:
    return [p for p in geometry.constParts() if isinstance(p, QgsPolygon)]


def _closed(geometry: QgsGeometry) -> QgsGeometry:
    parts = []
    for polygon in _polygons(geometry):
        rebuilt = QgsPolygon()
        rebuilt.setExteriorRing(_closed_ring(polygon.exteriorRing()))
        for i in range(polygon.numInteriorRings()):
            rebuilt.addInteriorRing(_closed_ring(polygon.interiorRing(i)))
        parts.append(QgsGeometry(rebuilt))
    return parts[0] if len(parts) == 1 else QgsGeometry.collectGeometry(parts)


def _closed_ring(ring):
    copy = ring.clone()
    if not copy.isClosed():
        copy.addVertex(copy.startPoint())
    return copy


def clean_polygonal(geometry: Optional[QgsGeometry]) -> Cleaned:
    """Clean one geometry for overlay: polygonal, 2D, linear, closed and GEOS-valid."""
    if geometry is None or geometry.isEmpty():  # a null geometry is empty too
        return Cleaned(None, NULL if geometry is None or geometry.isNull() else EMPTY)
    dropped = ""  # the types of a collection's parts left out (lines, points), said in a warning
    if geometry.wkbType() in PLAIN_POLYGONAL:
        polygonal = QgsGeometry(geometry)  # already 2D, linear, polygonal and not empty: a shallow copy will do
    else:
        flat = flat_2d(geometry)
        polygonal = polygon_parts(flat)
        if polygonal.isNull() or polygonal.isEmpty():
            return Cleaned(None, NOT_POLYGONAL, QgsWkbTypes.displayString(geometry.wkbType()))
        dropped = ", ".join(dict.fromkeys(other_parts(flat)))
    status, detail = OK, ""
    if _has_unclosed_ring(polygonal):
        polygonal = _closed(polygonal)
        status, detail = REPAIRED, UNCLOSED
    if not polygonal.isGeosValid():
        detail = polygonal.lastError() or detail or INVALID
        polygonal = polygon_parts(polygonal.makeValid())
        status = REPAIRED
        if polygonal.isNull() or polygonal.isEmpty():
            return Cleaned(None, UNUSABLE, _with_dropped(detail, dropped))
    if dropped:
        return Cleaned(polygonal, status, _with_dropped(detail, dropped)) if status else \
            Cleaned(polygonal, PARTS_LEFT_OUT, dropped)
    return Cleaned(polygonal, status, detail)


def _with_dropped(detail: str, dropped: str) -> str:
    """A repair's detail with the types of the parts left out, when there are any."""
    return "; ".join(filter(None, (DROPPED.format(types=dropped) if dropped else "", detail)))


def clean_any(geometry: Optional[QgsGeometry]) -> Cleaned:
    """Clean a geometry of any type: polygons as in clean_polygonal, lines and points made 2D/linear."""
    if geometry is None or geometry.isNull():
        return Cleaned(None, NULL)
    if geometry.isEmpty():
        return Cleaned(None, EMPTY)
    if QgsWkbTypes.geometryType(geometry.wkbType()) == POLYGON_GEOMETRY:
        return clean_polygonal(geometry)
    return Cleaned(flat_2d(geometry))
