"""The geometry of a polygon output's row: one type per layer, a 2D MultiPolygon without curves."""

from qgis.core import QgsGeometry

from ..overlay.geometry_repair import flat_2d


def output_geometry(geometry: QgsGeometry) -> QgsGeometry:
    """A 2D MultiPolygon copy, curves segmentized (the outputs' type); a null or empty geometry stays as it is."""
    if geometry.isNull() or geometry.isEmpty():
        return QgsGeometry(geometry)
    copy = flat_2d(geometry)
    if not copy.isMultipart():
        copy.convertToMultiType()
    return copy
