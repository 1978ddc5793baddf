"""What an output's file can hold: each row checked before its driver gets it, the file counted once closed.

A row a driver refuses is not always refused cleanly: GDAL's MapInfo driver leaves the refused row's place
unreadable in the .tab (from GDAL 3.9 reading stops there), the GMT and PDF drivers leave a row without
geometry out without a word, FlatGeobuf leaves it out (GDAL 3.6) or refuses it (3.10). So such a row is never
handed to the driver. A failure when the file closes (a full disk at a GeoPackage's COMMIT) is only logged by
QGIS, so a closed file is read back and must hold every row it was given.
"""

import os
from typing import Optional

from osgeo import gdal
from qgis.core import QgsFeature, QgsVectorFileWriter, QgsWkbTypes

from ..compat import WKB_NO_GEOMETRY
from ..i18n import grouped, tr

NO_GEOMETRY_LESS_ROWS = frozenset({"MapInfo File", "OGR_GMT", "FlatGeobuf", "PDF"})
"""Drivers that refuse or leave out a row without geometry in a layer with geometry (GDAL 3.6 to 3.10)."""
EXCEL_CELL = 32767
"""The most characters (UTF-16 code units) an Excel cell holds; GDAL writes longer texts into a workbook."""
GUESSED_HEADERS = frozenset({"XLSX", "ODS"})
"""Drivers that read a sheet's first row as a row when every column is text (GDAL then names them Field1…)."""
FULL_DISK_WORDS = ("disk is full", "no space left on device", "设备上没有空间")
"""How a write refused for want of space is worded: SQLite (a GeoPackage), the C library in English and Chinese."""


def file_path(destination: str) -> str:
    """The file a destination is written to ("" for a temporary or database layer)."""
    path = destination.split("|")[0]
    return path if os.path.isfile(path) else ""


def disk_full(error: str) -> bool:
    """Whether a driver's error says the disk the file is on is full."""
    lowered = error.lower()
    return any(words in lowered for words in FULL_DISK_WORDS)


def file_driver(destination: str) -> str:
    """The OGR driver QGIS writes a file destination with, by its extension ("" when none)."""
    suffix = os.path.splitext(destination.split("|")[0])[1]
    return QgsVectorFileWriter.driverForExtension(suffix[1:]) if suffix else ""


def row_problem(feature: QgsFeature, wkb_type, driver: str) -> str:
    """Why a file of ``driver`` with geometries of ``wkb_type`` would refuse or lose the row ("" when it holds it)."""
    if driver == "XLSX":
        problem = _long_text(feature)
        if problem:
            return problem
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


def _long_text(feature: QgsFeature) -> str:
    """A text longer than an Excel cell holds (Excel cuts it, or refuses the workbook); "" when there is none."""
    for field, value in zip(feature.fields(), feature.attributes()):
        if isinstance(value, str) and len(value) > EXCEL_CELL // 2 and len(value.encode("utf-16-le")) // 2 > EXCEL_CELL:
            return tr("a text of {count} characters in the field {field}, longer than the {limit} an Excel cell "
                      "holds").format(count=grouped(len(value)), field=field.name(), limit=grouped(EXCEL_CELL))
    return ""


def rows_in(destination: str) -> Optional[int]:
    """The rows a closed file reads back with its own driver (until the first it cannot read); None when the
    file or its layer does not open."""
    path, _bar, options = destination.partition("|")
    name = options.split("layername=", 1)[1].split("|")[0] if "layername=" in options else ""
    try:
        data = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
        if data is None:
            return None
        layer = data.GetLayerByName(name or os.path.splitext(os.path.basename(path))[0])
        if layer is None and not name and data.GetLayerCount() == 1:
            layer = data.GetLayer(0)
        if layer is None:
            return None
        return _count(layer, file_driver(destination))
    except RuntimeError:  # GDAL's Python exceptions are on: a file or row that cannot be read
        return None


def _count(layer, driver: str) -> int:
    """The rows of an open OGR layer, read until the first that cannot be (a header read as a row left out)."""
    names = [field.GetName() for field in layer.schema]
    layer.SetIgnoredFields([*names, "OGR_GEOMETRY", "OGR_STYLE"])
    count = 0
    while layer.GetNextFeature() is not None:
        count += 1
    header = driver in GUESSED_HEADERS and names[:1] == ["Field1"]
    return count - 1 if header and count else count


def unwritten(label: str, destination: str, given: int) -> str:
    """After the file closed: why it does not hold the ``given`` rows ("" when it does, or is no file)."""
    if not file_path(destination) or not given:
        return ""  # a temporary or database layer answered each addFeatures call itself; no rows, nothing lost
    found = rows_in(destination)
    if found == given:
        return ""
    if file_driver(destination) == "GPKG":  # it keeps every row it takes, unless its COMMIT fails
        if found is None:
            return tr("{output}: the GeoPackage cannot be read back after writing, so it is incomplete: its rows could "
                      "not be committed, most often because the disk is full. The run failed; free space on that disk, "
                      "or choose a folder on another disk.").format(output=label)
        return tr("{output}: the GeoPackage holds {found} of the {given} rows written to it, so it is incomplete: its "
                  "rows could not be committed, most often because the disk is full. The run failed; free space on "
                  "that disk, or choose a folder on another disk.").format(output=label, found=found, given=given)
    if found is None:
        return tr("{output}: the file cannot be read back after writing, so it is incomplete (the disk may be "
                  "full). The run failed; choose another folder or format, such as a GeoPackage (.gpkg).").format(
            output=label)
    return tr("{output}: the file holds {found} of the {given} rows written to it, so it is incomplete (the disk "
              "may be full, or the format left rows out). The run failed; choose another folder or format, such as "
              "a GeoPackage (.gpkg).").format(output=label, found=found, given=given)
