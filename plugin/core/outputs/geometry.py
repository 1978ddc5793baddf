"""The geometry of a polygon output's row: one type per layer, a 2D MultiPolygon without curves."""

from qgis.core import QgsGeometry

from ..overlay.geometry_repair import flat_2d, polygon_parts


def output_geometry(geometry: QgsGeometry) -> QgsGeometry:
    """A 2D MultiPolygon copy, curves segmentized, only polygonal parts kept (the outputs' type); a null or empty
    geometry, or one without polygonal parts, is a null geometry."""
    if geometry.isNull() or geometry.isEmpty():
        return QgsGeometry()
    copy = polygon_parts(flat_2d(geometry))
    if copy.isNull() or copy.isEmpty():
        return QgsGeometry()
    if not copy.isMultipart():
        copy.convertToMultiType()
    return copy
