"""The outputs of a run that stopped part way (cancelled, or failed): what it wrote is removed — a file it wrote
whole, or its table of a GeoPackage that holds others —, so that no incomplete result stays under the name given."""

import os
from typing import List, Optional

from osgeo import gdal
from qgis.PyQt.QtCore import QFileInfo

from ..i18n import tr
from .sink_checks import file_path
from .sink_writer import Output


def discard(outputs: List[Optional[Output]], feedback) -> None:
    """Remove what each (closed) output wrote to a file, saying so on ``feedback``; one that cannot be removed is
    named with what to do."""
    for output in outputs:
        path = file_path(output.destination) if output is not None else ""
        if not path:
            continue  # a temporary layer (never loaded) or a database table
        error = _remove(path, _table(output.destination, path))
        if error:
            feedback.pushWarning(tr("{output}: the run did not complete, and its incomplete output could not be "
                                    "removed ({error}). Delete it: it is no complete screen.").format(
                output=output.label, error=error))
        else:
            feedback.pushWarning(tr("{output}: the run did not complete, so its incomplete output was removed.").format(
                output=output.label))


def _table(destination: str, path: str) -> str:
    """The table a destination names (``path|layername=name``), else the one QGIS names after the file."""
    for part in destination.split("|")[1:]:
        if part.startswith("layername="):
            return part[len("layername="):]
    return QFileInfo(path).completeBaseName()


def _remove(path: str, table: str) -> str:
    """Remove the table from the file, and the file when it held nothing else; the error ("" when removed)."""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        data = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
        if data is None:
            return gdal.GetLastErrorMsg() or path
        names = [data.GetLayer(index).GetName() for index in range(data.GetLayerCount())]
        if names and names != [table]:  # other tables the file held stay
            found = names.index(table) if table in names else -1
            done = found >= 0 and data.DeleteLayer(found) == 0
            data = None
            return "" if done else (gdal.GetLastErrorMsg() or table)
        driver, data = data.GetDriver(), None
        if driver.Delete(path) != 0 and os.path.exists(path):
            os.remove(path)
        return ""
    except (RuntimeError, OSError) as error:
        return str(error)
    finally:
        gdal.PopErrorHandler()
