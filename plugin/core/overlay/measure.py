"""Measuring and transforming: the ellipsoid, a QgsDistanceArea per CRS, cached transforms."""

import math
from typing import Dict, Optional, Sequence, Tuple

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsDistanceArea,
    QgsEllipsoidUtils,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsUnitTypes,
)

from ...compat import DEGREES, METRES
from ...i18n import tr
from ...typeset import filled
from ..coordinates.crs_names import shown_crs
from ..coordinates.worker_crs import broken_crs
from .geometry_repair import polygon_parts

FALLBACK_ELLIPSOID = "EPSG:1024"  # CGCS2000, the ellipsoid of China's national CRS
PREFERRED_ELLIPSOIDS = ("EPSG:1024", "EPSG:7019", "EPSG:7030", "EPSG:7024", "EPSG:7049")
SAME_AXIS_M = 1e-5  # axes this close are one ellipsoid's (GRS80's and WGS 84's semi-minor axes differ by 1e-4 m)
CARRIED_EDGE_M = 100.0  # the longest edge carried from one CRS into another (then ~1e-4 m off the curve it maps to)
SITE_AREA_SHARE = 0.5  # a site whose outline as drawn encloses less than this share of its measured area has none
FLAT_SHARE = 0.01  # a site filling less than this share of its bounding box may have next to no area
MEASURE_NOISE = 0.01  # measured areas of one region cut at other vertices differ by up to ~1e-3 (geodesic edges)


def measured_area(measure: QgsDistanceArea, geometry: QgsGeometry) -> float:
    """The ellipsoidal area (m²), or NaN where a vertex cannot be taken to the ellipsoid (outside the
    CRS's domain: QGIS 3.38+ raises, earlier versions give 0; ``engine.finish`` refuses both)."""
    try:
        return measure.measureArea(geometry)
    except QgsCsException:
        return math.nan


def drawn_area_m2(measure: QgsDistanceArea, geometry: QgsGeometry) -> float:
    """The area (m²) a polygon's outline encloses as drawn in its CRS's plane: its planar area at the scale the CRS
    has there (the measured area of a square about its middle, per planar unit); NaN when that square cannot be
    measured."""
    box = geometry.boundingBox()
    half = max(box.width(), box.height()) / 2.0
    if not half > 0.0:
        return 0.0
    centre = box.center()
    square = QgsGeometry.fromRect(QgsRectangle(centre.x() - half, centre.y() - half, centre.x() + half,
                                               centre.y() + half))
    return geometry.area() * measured_area(measure, square) / square.area()


def next_to_no_area(measure: QgsDistanceArea, geometry: QgsGeometry, measured: float) -> bool:
    """Whether a site measured at ``measured`` m² (geodesic edges) has next to no area: its vertices almost on one
    line, its outline enclosing less than SITE_AREA_SHARE of that (``drawn_area_m2``) — geodesic edges measure
    hundreds of m² where the outline encloses next to none. Measured again only for a site filling less than
    FLAT_SHARE of its bounding box (edges' bowing is far below half the area of any other site under ~500 km)."""
    box = geometry.boundingBox()
    if geometry.area() >= FLAT_SHARE * box.width() * box.height():
        return False
    drawn = drawn_area_m2(measure, geometry)
    return math.isfinite(drawn) and drawn < SITE_AREA_SHARE * measured


def choose_ellipsoid(requested: Optional[str], crs: QgsCoordinateReferenceSystem) -> str:
    """The requested ellipsoid (e.g. the project's) if set, else the CRS's own, else CGCS2000; one given by its axes
    as a named ellipsoid with the same axes where there is one (``named_ellipsoid``)."""
    text = (requested or "").strip()
    if text and text.upper() != "NONE":
        return named_ellipsoid(text)
    own = crs.ellipsoidAcronym() if crs.isValid() else ""
    return named_ellipsoid(own) if own and own.upper() != "NONE" else FALLBACK_ELLIPSOID


def named_ellipsoid(acronym: str) -> str:
    """The named ellipsoid with the axes of ``acronym`` when that is an ellipsoid given by its axes
    ('PARAMETER:a:b', what QGIS makes of a CRS without authority, e.g. a Shapefile's .prj of a Gauss-Krüger CRS on
    its own central meridian): QGIS measures those only from longitude/latitude, areas from a projected CRS come out
    NaN. CGCS2000 first, then GRS80, WGS 84, Krassowsky, IAG 1975, then other EPSG ellipsoids; else ``acronym``."""
    params = QgsEllipsoidUtils.ellipsoidParameters(acronym)
    if not params.valid or not params.useCustomParameters:
        return acronym
    same = [definition.acronym for definition in QgsEllipsoidUtils.definitions()
            if definition.parameters.valid and not definition.parameters.useCustomParameters
            and abs(definition.parameters.semiMajor - params.semiMajor) <= SAME_AXIS_M
            and abs(definition.parameters.semiMinor - params.semiMinor) <= SAME_AXIS_M]
    ranked = sorted(same, key=lambda name: (PREFERRED_ELLIPSOIDS.index(name) if name in PREFERRED_ELLIPSOIDS
                                            else len(PREFERRED_ELLIPSOIDS), not name.startswith("EPSG:"), name))
    return ranked[0] if ranked else acronym


def ellipsoid_name(acronym: str) -> str:
    """The name PROJ gives an ellipsoid (``CGCS2000`` for ``EPSG:1024``), '' for one it does not list
    (a legacy acronym, an ellipsoid given by its parameters)."""
    for definition in QgsEllipsoidUtils.definitions():
        if definition.acronym == acronym:
            suffix = f" ({acronym})"
            text = definition.description
            return text[:-len(suffix)] if text.endswith(suffix) else text
    return ""


def uncovered_m2(whole: QgsGeometry, part: QgsGeometry, whole_m2: float) -> float:
    """The area in m² of ``whole`` outside ``part`` (a part of it), from that rest's own planar area.

    Planar, as GEOS cut it: measured with geodesic edges, the slivers between the whole's edges and
    the part's cut points would count as land outside the part that is not there.
    """
    rest = whole.difference(part)
    planar = whole.area()
    if rest.isNull() or rest.isEmpty() or planar <= 0:
        return 0.0
    return polygon_parts(rest).area() * whole_m2 / planar


def covered_planar(overlaps: Sequence[QgsGeometry]) -> float:
    """The planar area (own CRS units) the overlaps of a site cover together: their union's, so that
    units overlapping each other (duplicates, a unit drawn over another) count their shared part once.

    Should GEOS fail to unite them, the largest alone: what is certainly covered (fail closed).
    """
    parts = [overlap for overlap in overlaps if not overlap.isNull() and not overlap.isEmpty()]
    if len(parts) <= 1:
        return parts[0].area() if parts else 0.0
    union = QgsGeometry.unaryUnion(parts)
    if union.isNull() or union.isEmpty():
        return max(part.area() for part in parts)
    return union.area()


def uncovered_share(site_planar: float, covered: float, site_m2: float, threshold: float) -> float:
    """The site's area (m²) outside every unit it meets: the share of its planar area (unit CRS) that
    the overlaps' ``covered`` planar area leaves, times its measured area; 0 at or below ``threshold``
    (the slivers' rule).

    Planar, as GEOS cut the overlaps: their measured areas, with geodesic edges, differ from the site's
    by more than the threshold on large sites even where the units cover it (see ``uncovered_m2``).
    """
    if site_planar <= 0.0:
        return 0.0
    rest = max(0.0, 1.0 - covered / site_planar) * site_m2
    return rest if rest > threshold else 0.0


def metres_per_degree(latitude: float, semi_major: float, semi_minor: float) -> Tuple[float, float]:
    """Ground metres per degree of longitude and per degree of latitude at ``latitude`` (degrees) on the
    ellipsoid: the radii of curvature along the parallel (N·cos φ) and along the meridian (M)."""
    e2 = 1.0 - (semi_minor * semi_minor) / (semi_major * semi_major)  # the first eccentricity, squared
    phi = math.radians(latitude)
    w = math.sqrt(1.0 - e2 * math.sin(phi) ** 2)
    radian = math.pi / 180.0
    return radian * semi_major / w * math.cos(phi), radian * semi_major * (1.0 - e2) / w ** 3


def ground_scale(measure: QgsDistanceArea, y_min: float, y_max: float) -> Optional[Tuple[float, float]]:
    """The fewest ground metres per map unit along x and along y between latitudes ``y_min`` and ``y_max``,
    worked out on the ellipsoid when ``measure`` measures in a geographic CRS (None otherwise)."""
    # in degrees: geographic (the ellipsoid's own CRS, which ``Measurer`` measures in, is not isGeographic())
    if not (measure.willUseEllipsoid() and measure.sourceCrs().mapUnits() == DEGREES) \
            or not -90.0 <= y_min <= y_max <= 90.0:
        return None
    a, b = measure.ellipsoidSemiMajor(), measure.ellipsoidSemiMinor()
    if not (math.isfinite(a) and math.isfinite(b) and 0 < b <= a):
        return None
    poleward = max(abs(y_min), abs(y_max))  # the parallels shrink towards the poles…
    nearest_equator = 0.0 if y_min <= 0.0 <= y_max else min(abs(y_min), abs(y_max))  # …the meridian's radius grows
    per_x, per_y = metres_per_degree(poleward, a, b)[0], metres_per_degree(nearest_equator, a, b)[1]
    return (per_x, per_y) if per_x > 1e-3 and per_y > 1e-3 else None  # a box at a pole: no parallel to go along


def crs_key(crs: QgsCoordinateReferenceSystem) -> str:
    """A cheap stable key for a CRS (its authority id, else its WKT)."""
    return crs.authid() or crs.toWkt()


def crs_label(crs: QgsCoordinateReferenceSystem) -> str:
    """A CRS as people name it: 'EPSG:4527 - CGCS2000 / …', else its PROJ string (its WKT when it has none)."""
    if crs.authid():
        return crs.userFriendlyIdentifier()
    return crs.toProj() or crs.toWkt()


class Measurer:
    """Ellipsoidal areas and lengths of geometries given in any CRS, on one ellipsoid."""

    def __init__(self, ellipsoid: str, context: QgsCoordinateTransformContext):
        self.rejected = "" if QgsDistanceArea().setEllipsoid(ellipsoid) else ellipsoid
        self.ellipsoid = FALLBACK_ELLIPSOID if self.rejected else ellipsoid
        self.usable = QgsDistanceArea().setEllipsoid(self.ellipsoid)
        self._context = context
        self._by_crs: Dict[str, QgsDistanceArea] = {}

    def for_crs(self, crs: QgsCoordinateReferenceSystem, key: str = "") -> QgsDistanceArea:
        """The QgsDistanceArea measuring geometries in ``crs`` (whose ``crs_key`` is ``key``, if given)
        on this ellipsoid (shared, one thread)."""
        key = key or crs_key(crs)
        found = self._by_crs.get(key)
        if found is None:
            found = self._by_crs[key] = self.fresh(crs)
        return found

    def fresh(self, crs: QgsCoordinateReferenceSystem) -> QgsDistanceArea:
        """A new QgsDistanceArea for ``crs`` on this ellipsoid (e.g. for another thread)."""
        found = QgsDistanceArea()
        found.setSourceCrs(self._measured_crs(crs), self._context)
        found.setEllipsoid(self.ellipsoid)
        return found

    def _measured_crs(self, crs: QgsCoordinateReferenceSystem) -> QgsCoordinateReferenceSystem:
        """The ellipsoid's own CRS when ``crs`` maps to it unchanged (saves a no-op transform per vertex)."""
        params = QgsEllipsoidUtils.ellipsoidParameters(self.ellipsoid)
        target = params.crs if params.valid and not params.useCustomParameters else None
        if target is None or not target.isValid() or not crs.isValid():
            return crs
        return target if keeps_coordinates(QgsCoordinateTransform(crs, target, self._context)) else crs


def keeps_coordinates(transform: QgsCoordinateTransform) -> bool:
    """True when ``transform`` leaves every coordinate as it is: PROJ's null operation, as between two datums
    taken as one (WGS 84 and CGCS2000, Xian 1980 and CGCS2000 without a grid), checked on a point."""
    try:
        if transform.instantiatedCoordinateOperationDetails().proj.strip() != "+proj=noop":
            return False
        probe = QgsPointXY(116.123456789, 39.987654321)
        moved = transform.transform(probe)
    except Exception:  # noqa: BLE001 - any doubt: the coordinates are transformed
        return False
    return (moved.x(), moved.y()) == (probe.x(), probe.y())


class Transforms:
    """Coordinate transforms between CRSs, created once per pair with one transform context."""

    def __init__(self, context: QgsCoordinateTransformContext):
        self._context = context
        self._pairs: Dict[Tuple[str, str], Optional[QgsCoordinateTransform]] = {}

    def get(self, source: QgsCoordinateReferenceSystem, target: QgsCoordinateReferenceSystem,
            source_key: str = "", target_key: str = "") -> Optional[QgsCoordinateTransform]:
        """The transform from ``source`` to ``target`` (their ``crs_key``s, if known, given too), or None when
        the coordinates stay as they are (the same CRS, or ``keeps_coordinates``); QgsCsException when QGIS has
        none (e.g. a CRS QGIS broke: see coordinates.worker_crs)."""
        key = (source_key or crs_key(source), target_key or crs_key(target))
        if key[0] == key[1]:
            return None
        if key not in self._pairs:
            if broken_crs(source) or broken_crs(target):  # asked for a transformation, QGIS 3.22 may crash later
                raise no_transformation(source, target)
            found = QgsCoordinateTransform(source, target, self._context)
            if not found.isValid():  # it would hand back every coordinate unchanged
                raise no_transformation(source, target)
            self._pairs[key] = None if keeps_coordinates(found) else found
        return self._pairs[key]


def no_transformation(source: QgsCoordinateReferenceSystem, target: QgsCoordinateReferenceSystem) -> QgsCsException:
    """The error of a transformation QGIS cannot set up (translated, its CRSs named in the UI language)."""
    message = tr("QGIS cannot set up a transformation from {source} to {target}; if it could earlier in this session, "
                 "restart QGIS.")
    return QgsCsException(filled(message, {"source": shown_label(source), "target": shown_label(target)},
                                 names=("source", "target")))


def shown_label(crs: QgsCoordinateReferenceSystem) -> str:
    """A CRS as a message in the UI language names it (one without authority by its definition)."""
    return shown_crs(crs) if crs.authid() else crs_label(crs)


def transformed(geometry: QgsGeometry, transform: Optional[QgsCoordinateTransform],
                reverse: bool = False) -> QgsGeometry:
    """A transformed copy (the geometry itself when no transform is needed), its edges densified first in the
    CRS they are straight in (``densified``); may raise QgsCsException."""
    if transform is None:
        return geometry
    copy = densified(geometry, transform.destinationCrs() if reverse else transform.sourceCrs())
    direction = Qgis.TransformDirection.Reverse if reverse else Qgis.TransformDirection.Forward
    copy.transform(transform, direction)
    return copy


def densified(geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem) -> QgsGeometry:
    """A copy of a (linear) geometry in ``crs`` whose edges are at most CARRIED_EDGE_M long, by vertices added
    along them: a straight edge in one CRS is a curve in another, and carried over by its two ends alone a
    17 km edge of a lon/lat site lies 5 m off in a Gauss-Krüger CRS. Edges that short keep their shape."""
    step = CARRIED_EDGE_M * QgsUnitTypes.fromUnitToUnitFactor(METRES, crs.mapUnits())
    if not (math.isfinite(step) and step > 0.0):  # a CRS of unknown units: carried as it is
        return QgsGeometry(geometry)
    return geometry.densifyByDistance(step)
