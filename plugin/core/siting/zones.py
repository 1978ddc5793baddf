"""Zones for the siting screen: constraint features and their ellipsoidal buffers in the unit CRS,
indexed and prepared, and how much of a unit each zone covers (none, part or all).

Buffer method: each feature is split into 3°-wide longitude strips; each piece is projected to a
transverse Mercator centred on its strip (on the measuring ellipsoid), buffered there by the
distance times the projection's largest scale factor over the piece and its reach, and widened
so that its arcs' chords lie on the circle (GEOS puts the vertices of an arc on it, the chords
inside): the zone is never narrower than the distance on the ground, and wider by at most 0.3 %.
It is densified and projected into the unit CRS. Buffers of the pieces together make the buffer
of the feature. The strip projections are PROJ operations set on transforms,
not CRSs (creating and identifying a CRS per strip costs ~0.1 s).
"""

import math
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsDistanceArea,
    QgsEllipsoidUtils,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ...compat import POLYGON_GEOMETRY
from ..coordinates.worker_crs import on_main_thread
from ..overlay.geometry_repair import overlap_parts
from ..overlay.measure import MEASURE_NOISE, uncovered_m2

NONE = "none"
PART = "part"
ALL = "all"
STRIP_DEGREES = 3.0
BUFFER_SEGMENTS = 16
# GEOS splits an arc into round(angle / quantum) chords, so a chord spans up to 1.5 quanta (pi/2 / segments):
# widened by this, no chord lies inside the circle.
CHORD_SLACK = 1.0 / math.cos(1.5 * math.pi / (4 * BUFFER_SEGMENTS))
METRES_PER_DEGREE = 110000.0  # less than any degree of latitude, so a reach in degrees errs wide
GRS80 = (6378137.0, 298.257222101)
MARGIN = 0.01  # relative slack of the planar area bounds; closer calls are measured exactly
_CRS: Dict[Tuple[float, float], QgsCoordinateReferenceSystem] = {}


def ellipsoid_parameters(acronym: str) -> Tuple[float, float]:
    """(semi-major axis, inverse flattening) of an ellipsoid; GRS80/CGCS2000 when unknown."""
    params = QgsEllipsoidUtils.ellipsoidParameters(acronym or "")
    if not params.valid or params.semiMajor <= 0:
        return GRS80
    if params.inverseFlattening > 0:
        return params.semiMajor, params.inverseFlattening
    flattening = (params.semiMajor - params.semiMinor) / params.semiMajor
    return params.semiMajor, (1.0 / flattening if flattening > 0 else 0.0)


def lonlat_crs(a: float, rf: float) -> QgsCoordinateReferenceSystem:
    """Longitude/latitude on an ellipsoid: made once on the main thread, made anew for each call in a worker (one
    made there and kept would be broken once the worker's thread ended: see coordinates.worker_crs)."""
    found = _CRS.get((a, rf))
    if found is None:
        found = QgsCoordinateReferenceSystem.fromProj(f"+proj=longlat +a={a} +rf={rf} +no_defs")
        if on_main_thread():
            _CRS[(a, rf)] = found
    return found


def area_density(a: float, rf: float, latitude: float) -> float:
    """Ellipsoidal area per square degree of longitude × latitude at a latitude (m²/deg²)."""
    e2 = 0.0 if rf <= 0 else (2.0 - 1.0 / rf) / rf
    phi = math.radians(latitude)
    sin = math.sin(phi)
    return a * a * (1.0 - e2) * math.cos(phi) / (1.0 - e2 * sin * sin) ** 2 * (math.pi / 180.0) ** 2


class AreaBounds:
    """Cheap exact bounds of the ellipsoidal areas QgsDistanceArea measures in a lon/lat CRS.

    Measured areas integrate the (unimodal, equator-peaked) area density over the polygon in
    lon/lat space, so a region inside a latitude band has an area between its planar area in
    square degrees times the density's minimum and maximum on the band (widened by MARGIN).
    """

    def __init__(self, ellipsoid: str):
        self.a, self.rf = ellipsoid_parameters(ellipsoid)

    def scale(self, box: QgsRectangle) -> Optional[Tuple[float, float]]:
        """(low, high) m² per square degree for regions inside the box; None when no bound applies."""
        south, north = max(-90.0, box.yMinimum() - 1e-6), min(90.0, box.yMaximum() + 1e-6)
        if box.width() >= 180.0 or north < south:
            return None
        ends = (area_density(self.a, self.rf, south), area_density(self.a, self.rf, north))
        high = area_density(self.a, self.rf, 0.0) if south <= 0.0 <= north else max(ends)
        return min(ends) * (1.0 - MARGIN), high * (1.0 + MARGIN)


@dataclass
class UnitArea:
    """A unit's ellipsoidal area, measured on first use, and its sliver threshold."""

    geometry: QgsGeometry
    measure: QgsDistanceArea
    min_area_m2: float
    min_fraction: float
    bounds: Optional[AreaBounds] = None
    _area: Optional[float] = None
    clips: Dict[int, QgsGeometry] = field(default_factory=dict)
    _scale: Any = False

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

    def quick_class(self, inside: QgsGeometry) -> Optional[str]:
        """NONE or PART for the part ``inside`` of the unit, from area bounds; None when too close."""
        if self._scale is False:
            self._scale = None if self.bounds is None else self.bounds.scale(self.geometry.boundingBox())
        if self._scale is None:
            return None
        low, high = self._scale
        total = self.geometry.area()
        covered = 0.0 if inside.isNull() or inside.isEmpty() else inside.area()
        least = max(self.min_area_m2, self.min_fraction * total * low)
        most = max(self.min_area_m2, self.min_fraction * total * high)
        if covered * high <= least:
            return NONE
        if covered * low <= most:
            return None
        # A unit (nearly) covered is left to the exact path: measured areas of one region differ with
        # its vertices (~3e-4 relative), so there "unit - inside" is decided by that noise.
        return PART if (total - covered) * low > most + MEASURE_NOISE * total * high else None


def is_polygonal(geometry: QgsGeometry) -> bool:
    """True for polygons and multipolygons."""
    return QgsWkbTypes.geometryType(geometry.wkbType()) == POLYGON_GEOMETRY


class ZoneLayer:
    """Geometries in the unit CRS with a spatial index and prepared GEOS engines."""

    def __init__(self, pieces: Iterable[QgsGeometry]):
        self.pieces: List[QgsGeometry] = [p for p in pieces if not p.isNull() and not p.isEmpty()]
        self.polygonal = bool(self.pieces) and all(is_polygonal(p) for p in self.pieces)
        self._index = QgsSpatialIndex()
        self._engines: Dict[int, Any] = {}
        self._boxes = [piece.boundingBox() for piece in self.pieces]
        for number, box in enumerate(self._boxes):
            self._index.addFeature(number, box)

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
        box = unit.boundingBox()
        for number in self._index.intersects(box):
            engine = self._engine(number)
            if not engine.intersects(unit.constGet()):
                continue
            if self.polygonal and self._boxes[number].contains(box) and engine.contains(unit.constGet()):
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
        parts, whole = [], unit.area()
        for number in numbers:
            shared = overlap_parts(unit.intersection(self.pieces[number]), whole)
            if not shared.isEmpty():
                parts.append(shared)
        if not parts:
            return QgsGeometry()
        return parts[0] if len(parts) == 1 else QgsGeometry.unaryUnion(parts)

    def coverage(self, unit: "UnitArea") -> Tuple[str, "LazyArea"]:
        """(NONE, PART or ALL, area covered in m²): slivers below the unit's threshold are ignored."""
        numbers, contained = self.meeting(unit.geometry)
        if contained:
            return ALL, LazyArea(lambda: unit.area)
        if not numbers:
            return NONE, ZERO
        if not self.polygonal:
            return PART, ZERO
        clip = self.clip(unit, numbers)
        quick = unit.quick_class(clip)
        if quick == NONE:
            return NONE, ZERO
        if quick is not None:
            return quick, LazyArea(lambda: unit.area if quick == ALL else unit.measure.measureArea(clip))
        inside = unit.measure.measureArea(clip)
        if inside <= unit.threshold:
            return NONE, ZERO
        if unit.area - inside > unit.threshold + MEASURE_NOISE * unit.area:
            return PART, LazyArea(lambda: inside)
        # Nearly all: measured areas of one region differ with its vertices by more than the
        # threshold on large units, so what decides is the uncovered rest itself.
        if uncovered_m2(unit.geometry, clip, unit.area) <= unit.threshold:
            return ALL, LazyArea(lambda: unit.area)
        return PART, LazyArea(lambda: inside)


class LazyArea:
    """An area in m², computed on the first call."""

    def __init__(self, compute: Callable[[], float]):
        self._compute: Optional[Callable[[], float]] = compute
        self._value = 0.0

    def __call__(self) -> float:
        """The area in m²."""
        if self._compute is not None:
            self._value, self._compute = self._compute(), None
        return self._value


ZERO = LazyArea(lambda: 0.0)


class EllipsoidalBuffer:
    """Buffers geometries by a distance on the ellipsoid (see the module docstring)."""

    def __init__(self, ellipsoid: str, context: QgsCoordinateTransformContext):
        self.a, self.rf = ellipsoid_parameters(ellipsoid)
        self.context = context
        self.hub = lonlat_crs(self.a, self.rf)
        self._zones: Dict[int, Tuple[QgsCoordinateTransform, QgsCoordinateTransform]] = {}

    def _zone(self, zone: int) -> Tuple[QgsCoordinateTransform, QgsCoordinateTransform]:
        """(lon/lat → strip, strip → lon/lat) transforms of a 3° strip, created once."""
        found = self._zones.get(zone)
        if found is None:
            tmerc = (f"+proj=tmerc +lat_0=0 +lon_0={zone * STRIP_DEGREES!r} +k=1 +x_0=500000 +y_0=0 "
                     f"+a={self.a!r} +rf={self.rf!r}")
            lonlat, metres = QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:3857")
            forward = QgsCoordinateTransform(lonlat, metres, self.context)  # CRSs only carry the operation
            forward.setCoordinateOperation(
                f"+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step {tmerc}")
            back = QgsCoordinateTransform(metres, lonlat, self.context)
            back.setCoordinateOperation(f"+proj=pipeline +step +inv {tmerc} +step +proj=unitconvert "
                                        "+xy_in=rad +xy_out=deg")
            found = self._zones[zone] = (forward, back)
        return found

    def buffer(self, geometries: List[QgsGeometry], crs: QgsCoordinateReferenceSystem, distance_m: float,
               target: QgsCoordinateReferenceSystem) -> Tuple[List[QgsGeometry], List[str]]:
        """Polygons (in ``target``) that together are the buffer of the geometries (in ``crs``),
        and the errors of the geometries that could not be transformed."""
        to_hub = QgsCoordinateTransform(crs, self.hub, self.context)
        out, errors = [], []
        try:
            to_target = self._to_target(target)
        except QgsCsException as error:
            return out, [str(error)] * len(geometries)
        for geometry in geometries:
            try:
                out.extend(self._buffer_one(geometry, to_hub, distance_m, to_target))
            except QgsCsException as error:
                errors.append(str(error))
        return out, errors

    def _to_target(self, target: QgsCoordinateReferenceSystem) -> Optional[QgsCoordinateTransform]:
        """lon/lat → ``target``, or None when that is a no-op."""
        transform = QgsCoordinateTransform(self.hub, target, self.context)
        transform.transform(QgsPointXY(0.0, 0.0))  # instantiates the operation
        return None if transform.instantiatedCoordinateOperationDetails().proj.strip() == "+proj=noop" else transform

    def _buffer_one(self, geometry: QgsGeometry, to_hub: QgsCoordinateTransform, distance_m: float,
                    to_target: Optional[QgsCoordinateTransform]) -> List[QgsGeometry]:
        lonlat = QgsGeometry(geometry)
        lonlat.transform(to_hub)
        out = []
        for zone, piece in self._strips(lonlat):
            forward, back = self._zone(zone)
            local = QgsGeometry(piece)
            local.transform(forward)
            grown = local.buffer(distance_m * self._scale(piece, zone, distance_m) * CHORD_SLACK, BUFFER_SEGMENTS)
            grown = grown.densifyByDistance(max(distance_m, 500.0))
            grown.transform(back)
            if to_target is not None:
                grown.transform(to_target)
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
    def _scale(piece: QgsGeometry, zone: int, reach_m: float) -> float:
        """The largest transverse Mercator scale factor (spherical formula) over the piece grown by ``reach_m``."""
        box = piece.boundingBox()
        grow_lat = reach_m / METRES_PER_DEGREE
        south, north = box.yMinimum() - grow_lat, box.yMaximum() + grow_lat
        nearest = 0.0 if south <= 0.0 <= north else min(abs(south), abs(north))
        widest = max(abs(south), abs(north))
        grow_lon = min(STRIP_DEGREES, grow_lat / max(1e-6, math.cos(math.radians(min(89.9, widest)))))
        centre = zone * STRIP_DEGREES
        offset = min(90.0, max(abs(box.xMinimum() - grow_lon - centre), abs(box.xMaximum() + grow_lon - centre)))
        b = math.cos(math.radians(min(90.0, nearest))) * math.sin(math.radians(offset))
        return 1.0 / math.sqrt(max(1e-12, 1.0 - b * b))
