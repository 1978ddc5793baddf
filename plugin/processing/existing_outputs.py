"""An output file that already exists: QGIS writes a file given without a table name whole, deleting every
layer it held (a GeoPackage's, a workbook's sheets), so the layers such a file holds beside the one written."""

import os
from typing import List

from osgeo import gdal
from qgis.PyQt.QtCore import QFileInfo


def replaced_layers(path: str) -> List[str]:
    """The layers of the existing file at ``path`` that writing it whole would delete, beside the one it writes."""
    if not os.path.isfile(path):
        return []
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        data = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError:  # GDAL raising its errors (UseExceptions): not a file it reads as vector data
        data = None
    finally:
        gdal.PopErrorHandler()
    if data is None or data.GetDriver().GetMetadataItem("DCAP_MULTIPLE_VECTOR_LAYERS") != "YES":
        return []
    info = QFileInfo(path)
    written = {info.baseName(), info.completeBaseName()}  # the layer QGIS names after the file
    names = (data.GetLayer(index).GetName() for index in range(data.GetLayerCount()))
    return [name for name in names if name not in written]
