"""What an output's file can hold: each row checked before its driver gets it.

A row a driver refuses is not always refused cleanly: GDAL's MapInfo driver leaves the refused row's place
unreadable in the .tab (from GDAL 3.9 reading stops there), the GMT and PDF drivers leave a row without
geometry out without a word, FlatGeobuf leaves it out (GDAL 3.6) or refuses it (3.10). So such a row is never
handed to the driver.
"""

import os

from qgis.core import QgsFeature, QgsVectorFileWriter, QgsWkbTypes

from ..compat import WKB_NO_GEOMETRY
from ..i18n import tr

NO_GEOMETRY_LESS_ROWS = frozenset({"MapInfo File", "OGR_GMT", "FlatGeobuf", "PDF"})
"""Drivers that refuse or leave out a row without geometry in a layer with geometry (GDAL 3.6 to 3.10)."""


def file_driver(destination: str) -> str:
    """The OGR driver QGIS writes a file destination with, by its extension ("" when none)."""
    suffix = os.path.splitext(destination.split("|")[0])[1]
    return QgsVectorFileWriter.driverForExtension(suffix[1:]) if suffix else ""


def row_problem(feature: QgsFeature, wkb_type, driver: str) -> str:
    """Why a file of ``driver`` with geometries of ``wkb_type`` would refuse or lose the row ("" when it holds it)."""
    if wkb_type == WKB_NO_GEOMETRY:
        return ""
    geometry = feature.geometry()
    if geometry.isNull() or geometry.isEmpty():
        if driver in NO_GEOMETRY_LESS_ROWS:
            return tr("a row without geometry, which the {format} format cannot hold").format(format=driver)
        return ""
    if geometry.wkbType() != wkb_type:
        return tr("a {found} geometry in a layer of {expected}").format(
            found=QgsWkbTypes.displayString(geometry.wkbType()), expected=QgsWkbTypes.displayString(wkb_type))
    return ""

