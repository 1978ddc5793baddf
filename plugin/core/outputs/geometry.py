"""The geometry of a polygon output's row: one type per layer, a 2D MultiPolygon without curves."""

from qgis.core import QgsGeometry

from ...compat import WKB_MULTIPOLYGON, WKB_POLYGON
from ..overlay.geometry_repair import flat_2d, polygon_parts


def output_geometry(geometry: QgsGeometry) -> QgsGeometry:
    """A 2D MultiPolygon (the geometry itself when it is one), curves segmentized, only polygonal parts kept (the
    outputs' type); a null or empty geometry, or one without polygonal parts, is a null geometry."""
    wkb_type = geometry.wkbType()  # a plain 2D polygon, nearly every row: no copy to take apart
    if wkb_type == WKB_MULTIPOLYGON and not geometry.isEmpty():
        return geometry
    if wkb_type == WKB_POLYGON and not geometry.isEmpty():
        copy = QgsGeometry(geometry)
        copy.convertToMultiType()
        return copy
    if geometry.isNull() or geometry.isEmpty():
        return QgsGeometry()
    copy = polygon_parts(flat_2d(geometry))
    if copy.isNull() or copy.isEmpty():
        return QgsGeometry()
    if not copy.isMultipart():
        copy.convertToMultiType()
    return copy
