"""Parsed parcels → a checked site geometry: valid rings, points inside the CRS's area of use."""

from typing import List

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
)

from ...i18n import tr
from ...typeset import filled
from .crs_names import shown_crs
from .parse import HEMISPHERE, CoordinateError, Parcel, ParsedCoordinates, Point

AREA_OF_USE_MARGIN_DEG = 0.25


def ring_xy(points: List[Point]) -> List[QgsPointXY]:
    """A closed ring of QgsPointXY."""
    ring = [QgsPointXY(p.x, p.y) for p in points]
    return ring + [ring[0]]


def parcel_geometry(parcel: Parcel) -> QgsGeometry:
    """The polygon of one parcel, checked: no ring crosses itself, holes inside the outer ring."""
    for number in sorted(parcel.rings):
        ring = parcel.rings[number]
        errors = QgsGeometry.fromPolygonXY([ring_xy(ring)]).validateGeometry(Qgis.GeometryValidationEngine.Geos)
        if errors:
            where = errors[0].where() if errors[0].hasWhere() else QgsPointXY(ring[0].x, ring[0].y)
            raise CoordinateError(tr(
                "Parcel {parcel}, ring {ring} (lines {first}–{last}) crosses itself near x={x:.2f}, "
                "y={y:.2f}: check the order of its points.").format(
                parcel=parcel.name, ring=number, first=ring[0].line, last=ring[-1].line,
                x=where.x(), y=where.y()), ring[0].line)
    rings = [ring_xy(parcel.rings[n]) for n in sorted(parcel.rings)]
    geometry = QgsGeometry.fromPolygonXY(rings)
    errors = geometry.validateGeometry(Qgis.GeometryValidationEngine.Geos)
    if errors:
        raise CoordinateError(tr("Parcel {parcel} (line {line}) is not a valid polygon ({error}): holes "
                                 "(圈号 2, 3 …) must lie inside the outer ring.").format(
            parcel=parcel.name, line=parcel.line, error=errors[0].what()), parcel.line)
    return geometry


def check_angles(parsed: ParsedCoordinates, crs: QgsCoordinateReferenceSystem) -> None:
    """Raise when a coordinate written in degrees (minutes and seconds, or a hemisphere) is to be read in a projected
    CRS."""
    if crs.isGeographic():
        return
    point = next((p for parcel in parsed.parcels for p in parcel.points() if p.angle), None)
    if point is None:
        return
    if point.angle == HEMISPHERE:
        message = tr("Point {name} (line {line}) is written in degrees with a hemisphere (E, N, 东经 …), but {crs} is "
                     "a projected CRS whose coordinates are metres: choose a geographic CRS such as EPSG:4490 "
                     "(CGCS2000), or write the coordinates in metres without a hemisphere.")
    else:
        message = tr("Point {name} (line {line}) is written in degrees, minutes and seconds, but {crs} is a projected "
                     "CRS whose coordinates are metres: choose a geographic CRS such as EPSG:4490 (CGCS2000), or "
                     "write the coordinates in metres.")
    raise CoordinateError(filled(message, {"name": point.name, "line": point.line, "crs": shown_crs(crs)},
                                 names=("crs",)), point.line)


def check_area_of_use(parsed: ParsedCoordinates, crs: QgsCoordinateReferenceSystem,
                      context: QgsCoordinateTransformContext) -> None:
    """Raise when a point falls outside the area where the CRS is meant to be used."""
    bounds = crs.bounds()
    if bounds.isEmpty():
        return
    area = QgsRectangle(bounds)
    area.grow(AREA_OF_USE_MARGIN_DEG)
    to_lonlat = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), context)
    for parcel in parsed.parcels:
        for point in parcel.points():
            try:
                lonlat = to_lonlat.transform(QgsPointXY(point.x, point.y))
            except QgsCsException:
                lonlat = None
            if lonlat is None or not area.contains(lonlat):
                raise CoordinateError(_outside(point, crs, bounds, lonlat), point.line)


def _outside(point: Point, crs: QgsCoordinateReferenceSystem, bounds: QgsRectangle, lonlat) -> str:
    if lonlat:
        text = tr("Point {name} (line {line}) lies {where} outside the area of use of {crs} "
                  "({west:.1f}–{east:.1f}°E, {south:.1f}–{north:.1f}°N): check the CRS and the zone "
                  "number (带号), and whether X and Y are swapped.")
    else:
        text = tr("Point {name} (line {line}) lies outside the area of use of {crs} "
                  "({west:.1f}–{east:.1f}°E, {south:.1f}–{north:.1f}°N), where it has no longitude and latitude: "
                  "check the CRS and the zone number (带号), and whether X and Y are swapped.")
    where = tr("at {lon:.4f}°E, {lat:.4f}°N").format(lon=lonlat.x(), lat=lonlat.y()) if lonlat else ""
    return filled(text, {
        "name": point.name, "line": point.line, "where": where, "crs": shown_crs(crs),
        "west": bounds.xMinimum(), "east": bounds.xMaximum(), "south": bounds.yMinimum(), "north": bounds.yMaximum()},
        names=("crs",))


def site_geometry(parsed: ParsedCoordinates, crs: QgsCoordinateReferenceSystem,
                  context: QgsCoordinateTransformContext) -> QgsGeometry:
    """One (multi)polygon of every parcel, after every check; raises CoordinateError."""
    if not crs.isValid():
        raise CoordinateError(tr("Choose the coordinate reference system of the coordinates."))
    check_angles(parsed, crs)
    check_area_of_use(parsed, crs, context)
    parts = [parcel_geometry(p) for p in parsed.parcels]
    if len(parts) == 1:
        return parts[0]
    return QgsGeometry.unaryUnion(parts)
