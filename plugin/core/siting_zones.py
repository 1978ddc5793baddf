"""Zones for the siting screen: constraint features and their ellipsoidal buffers in the unit CRS,
indexed and prepared, and how much of a unit each zone covers (none, part or all).

Buffer method: each feature is split into 3°-wide longitude strips; each piece is projected to a
transverse Mercator centred on its strip (on the measuring ellipsoid), buffered there by the
distance times the projection's scale factor at the piece (so the width is right on the ground,
error below 0.02 %), densified and projected into the unit CRS. Buffers of the pieces together
make the buffer of the feature.
"""

import math
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsDistanceArea,
    QgsEllipsoidUtils,
    QgsGeometry,
    QgsRectangle,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from .geometry_repair import polygon_parts

NONE = "none"
PART = "part"
ALL = "all"
STRIP_DEGREES = 3.0
BUFFER_SEGMENTS = 16
GRS80 = (6378137.0, 298.257222101)


def ellipsoid_parameters(acronym: str) -> Tuple[float, float]:
    """(semi-major axis, inverse flattening) of an ellipsoid; GRS80/CGCS2000 when unknown."""
    params = QgsEllipsoidUtils.ellipsoidParameters(acronym or "")
    if not params.valid or params.semiMajor <= 0:
        return GRS80
    if params.inverseFlattening > 0:
        return params.semiMajor, params.inverseFlattening
    flattening = (params.semiMajor - params.semiMinor) / params.semiMajor
    return params.semiMajor, (1.0 / flattening if flattening > 0 else 0.0)


@dataclass
class UnitArea:
    """A unit's ellipsoidal area, measured on first use, and its sliver threshold."""

    geometry: QgsGeometry
    measure: QgsDistanceArea
    min_area_m2: float
    min_fraction: float
    _area: Optional[float] = None
    clips: Dict[int, QgsGeometry] = field(default_factory=dict)

    @property
    def area(self) -> float:
        """Area in m²."""
        if self._area is None:
            self._area = self.measure.measureArea(self.geometry)
        return self._area

    @property
    def threshold(self) -> float:
        """Overlaps at or below this many m² are slivers and ignored."""
        return max(self.min_area_m2, self.min_fraction * self.area)


def is_polygonal(geometry: QgsGeometry) -> bool:
    """True for polygons and multipolygons."""
    return QgsWkbTypes.geometryType(geometry.wkbType()) == QgsWkbTypes.PolygonGeometry


class ZoneLayer:
    """Geometries in the unit CRS with a spatial index and prepared GEOS engines."""

    def __init__(self, pieces: Iterable[QgsGeometry]):
        self.pieces: List[QgsGeometry] = [p for p in pieces if not p.isNull() and not p.isEmpty()]
        self.polygonal = bool(self.pieces) and all(is_polygonal(p) for p in self.pieces)
        self._index = QgsSpatialIndex()
        self._engines: Dict[int, Any] = {}
        for number, piece in enumerate(self.pieces):
            self._index.addFeature(number, piece.boundingBox())

    def _engine(self, number: int) -> Any:
        engine = self._engines.get(number)
        if engine is None:
            engine = QgsGeometry.createGeometryEngine(self.pieces[number].constGet())
            engine.prepareGeometry()
            self._engines[number] = engine
        return engine

    def meeting(self, unit: QgsGeometry) -> Tuple[List[int], bool]:
        """Pieces meeting the unit, and whether one of them contains it wholly."""
        found = []
        for number in self._index.intersects(unit.boundingBox()):
            engine = self._engine(number)
            if not engine.intersects(unit.constGet()):
                continue
            if self.polygonal and engine.contains(unit.constGet()):
                return [number], True
            found.append(number)
        return found, False

    def clip(self, unit: "UnitArea", numbers: Optional[List[int]] = None) -> QgsGeometry:
        """The polygonal part of the unit the zone covers (empty geometry when none), kept on the unit."""
        found = unit.clips.get(id(self))
        if found is None:
            found = unit.clips[id(self)] = self._clip(unit.geometry, numbers)
        return found

    def _clip(self, unit: QgsGeometry, numbers: Optional[List[int]]) -> QgsGeometry:
        numbers = self.meeting(unit)[0] if numbers is None else numbers
        parts = []
        for number in numbers:
            shared = unit.intersection(self.pieces[number])
            shared = polygon_parts(shared) if not shared.isNull() else shared
            if not shared.isNull() and not shared.isEmpty():
                parts.append(shared)
        if not parts:
            return QgsGeometry()
        return parts[0] if len(parts) == 1 else QgsGeometry.unaryUnion(parts)

    def coverage(self, unit: "UnitArea") -> Tuple[str, float]:
        """(NONE, PART or ALL, area covered in m²): slivers below the unit's threshold are ignored."""
        numbers, contained = self.meeting(unit.geometry)
        if contained:
            return ALL, unit.area
        if not numbers:
            return NONE, 0.0
        if not self.polygonal:
            return PART, 0.0
        inside = unit.measure.measureArea(self.clip(unit, numbers))
        if inside <= unit.threshold:
            return NONE, 0.0
        return (ALL, unit.area) if unit.area - inside <= unit.threshold else (PART, inside)


class EllipsoidalBuffer:
    """Buffers geometries by a distance on the ellipsoid (see the module docstring)."""

    def __init__(self, ellipsoid: str, context: QgsCoordinateTransformContext):
        self.a, self.rf = ellipsoid_parameters(ellipsoid)
        self.context = context
        self.hub = QgsCoordinateReferenceSystem.fromProj(
            f"+proj=longlat +a={self.a} +rf={self.rf} +no_defs")
        self._zones: Dict[int, Tuple[QgsCoordinateTransform, QgsCoordinateTransform]] = {}
        self._target: Optional[QgsCoordinateReferenceSystem] = None

    def _zone(self, zone: int, target: QgsCoordinateReferenceSystem) -> Tuple[QgsCoordinateTransform, ...]:
        """(lon/lat → zone, zone → target) transforms of a 3° strip, created once."""
        if target is not self._target:
            self._zones, self._target = {}, target
        found = self._zones.get(zone)
        if found is None:
            crs = QgsCoordinateReferenceSystem.fromProj(
                f"+proj=tmerc +lat_0=0 +lon_0={zone * STRIP_DEGREES} +k=1 +x_0=500000 +y_0=0 "
                f"+a={self.a} +rf={self.rf} +units=m +no_defs")
            found = (QgsCoordinateTransform(self.hub, crs, self.context),
                     QgsCoordinateTransform(crs, target, self.context))
            self._zones[zone] = found
        return found

    def buffer(self, geometries: List[QgsGeometry], crs: QgsCoordinateReferenceSystem, distance_m: float,
               target: QgsCoordinateReferenceSystem) -> Tuple[List[QgsGeometry], List[str]]:
        """Polygons (in ``target``) that together are the buffer of the geometries (in ``crs``),
        and the errors of the geometries that could not be transformed."""
        to_hub = QgsCoordinateTransform(crs, self.hub, self.context)
        out, errors = [], []
        for geometry in geometries:
            try:
                out.extend(self._buffer_one(geometry, to_hub, distance_m, target))
            except QgsCsException as error:
                errors.append(str(error))
        return out, errors

    def _buffer_one(self, geometry: QgsGeometry, to_hub: QgsCoordinateTransform, distance_m: float,
                    target: QgsCoordinateReferenceSystem) -> List[QgsGeometry]:
        lonlat = QgsGeometry(geometry)
        lonlat.transform(to_hub)
        out = []
        for zone, piece in self._strips(lonlat):
            forward, back = self._zone(zone, target)
            local = QgsGeometry(piece)
            local.transform(forward)
            grown = local.buffer(distance_m * self._scale(piece, zone), BUFFER_SEGMENTS)
            grown = grown.densifyByDistance(max(distance_m, 500.0))
            grown.transform(back)
            out.append(grown)
        return out

    @staticmethod
    def _strips(lonlat: QgsGeometry) -> List[Tuple[int, QgsGeometry]]:
        """The geometry cut into 3° longitude strips, with each strip's zone number."""
        box = lonlat.boundingBox()
        first = math.floor(box.xMinimum() / STRIP_DEGREES + 0.5)
        last = math.floor(box.xMaximum() / STRIP_DEGREES + 0.5)
        if first == last:
            return [(first, lonlat)]
        out = []
        for zone in range(first, last + 1):
            west = (zone - 0.5) * STRIP_DEGREES
            piece = lonlat.clipped(QgsRectangle(west, -90.0, west + STRIP_DEGREES, 90.0))
            if not piece.isNull() and not piece.isEmpty():
                out.append((zone, piece))
        return out

    @staticmethod
    def _scale(piece: QgsGeometry, zone: int) -> float:
        """Transverse Mercator scale factor at the piece's centre (spherical formula)."""
        centre = piece.boundingBox().center()
        b = math.cos(math.radians(centre.y())) * math.sin(math.radians(centre.x() - zone * STRIP_DEGREES))
        return 1.0 / math.sqrt(max(1e-12, 1.0 - b * b))
