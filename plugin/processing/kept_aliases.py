"""Whether an output's file or table keeps its columns' aliases, asked of GDAL before the sink is opened.

QGIS (3.32 and later) warns in English, once a column for its alias and once for its comment, wherever the writer
of a file or the provider of a table takes no aliases or no comments (it checks the comment by the alias):
a GeoPackage with GDAL 3.6 (QGIS 3.40's Debian root), a CSV, Excel or GeoJSON file with every GDAL. Such an output
is given its columns without aliases; it would not have kept them. The aliases stay where the format keeps them
(a GeoPackage from GDAL 3.7), and a loaded output gets them as its layer's own (``verdict_styler``).
"""

import os
import re

from osgeo import gdal
from qgis.core import QgsDataSourceUri, QgsProcessingUtils, QgsVectorFileWriter

PROVIDER_PREFIX = re.compile(r"^(.{3,}?):(.*)$", re.DOTALL)
"""A destination QGIS hands to a provider (ogr:, postgis:, spatialite:…), as QgsProcessingUtils tells it apart."""
CREATION_FLAGS = "DMD_CREATION_FIELD_DEFN_FLAGS"  # what a driver sets when it creates a column (GDAL 3.7+)
ALTER_FLAGS = "GDAL_DMD_ALTER_FIELD_DEFN_FLAGS"  # what it changes in a column, as QGIS's OGR provider asks
KEPT = ("AlternativeName", "Comment")  # both, or QGIS warns about the one missing for every aliased column


def keeps_aliases(destination: str) -> bool:
    """Whether QGIS writes ``destination`` (a sink's, as ``parameterAsOutputLayer`` gives it) with its columns'
    aliases and no warning: a file of a format GDAL creates with alternative names and comments, or such a file's
    table named by an ogr: URI; never a scratch layer nor another provider's table."""
    if not destination or destination.startswith("memory:"):
        return False
    if QgsProcessingUtils.decodeProviderKeyAndUri(destination)[0]:
        return False
    prefixed = PROVIDER_PREFIX.match(destination)
    if prefixed:
        return prefixed.group(1) == "ogr" and _ogr_table_keeps(prefixed.group(2))
    _stem, dot, extension = destination.rpartition(".")
    driver = QgsVectorFileWriter.driverForExtension(extension) if dot else ""
    return _driver_keeps(driver or "GPKG", CREATION_FLAGS)  # QGIS writes a GeoPackage where no format is named


def _ogr_table_keeps(uri: str) -> bool:
    """Whether an ogr: table's file format keeps aliases and comments when QGIS's OGR provider creates it."""
    database = QgsDataSourceUri(uri).database() or uri
    suffix = os.path.basename(database).partition(".")[2]  # all after the name's first dot, as QGIS takes it
    driver = QgsVectorFileWriter.driverForExtension(suffix)
    return _driver_keeps(driver, CREATION_FLAGS) and _driver_keeps(driver, ALTER_FLAGS)


def _driver_keeps(driver: str, flags: str) -> bool:
    """Whether the OGR driver lists alternative names and comments among its ``flags`` (none before GDAL 3.7)."""
    found = gdal.GetDriverByName(driver) if driver else None
    listed = (found.GetMetadataItem(flags) or "").split() if found is not None else []
    return all(flag in listed for flag in KEPT)
