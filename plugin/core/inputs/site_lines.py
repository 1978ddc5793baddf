"""A site input that holds lines where polygons were wanted: a CAD drawing's site boundary (a DXF LWPOLYLINE, closed
or not, which GDAL reads as a line). Its lines are counted, the closed ones apart, for the message that says what to
do; a line is never taken for a site: a closed one may be a drawing's frame, a building or a hatch's edge, and an
unclosed one is no area."""

from typing import Any, Iterable

from qgis.core import QgsGeometry, QgsWkbTypes

from ...compat import LINE_GEOMETRY
from ...i18n import grouped, tr


def is_line_type(wkb_type: Any) -> bool:
    """Whether a layer's or source's geometry type is a line type."""
    return QgsWkbTypes.geometryType(wkb_type) == LINE_GEOMETRY


def closed(geometry: QgsGeometry) -> bool:
    """Whether every part of a line geometry ends where it starts, with an area between (four vertices or more)."""
    parts = geometry.asGeometryCollection() if not geometry.isNull() else []
    for part in parts:
        points = part.asPolyline() if not part.isMultipart() else []
        if len(points) < 4 or points[0] != points[-1]:
            return False
    return bool(parts)


def lines_counted(features: Iterable[Any]) -> str:
    """The lines of a layer counted, the closed ones apart, as the messages say it ("2 lines, 1 of them closed")."""
    count = shut = 0
    for feature in features:
        geometry = feature.geometry()
        if geometry.isNull() or not is_line_type(geometry.wkbType()):
            continue
        count += 1
        shut += closed(geometry)
    if count == 1:
        return tr("1 line, closed") if shut else tr("1 line, not closed")
    if not shut:
        return tr("{count} lines, none of them closed").format(count=grouped(count))
    return tr("{count} lines, {closed} of them closed").format(count=grouped(count), closed=grouped(shut))
