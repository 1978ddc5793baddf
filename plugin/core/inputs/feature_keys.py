"""Whether a database layer's feature ids name its rows for good.

QGIS gives the features of a PostGIS table its key's own values as feature ids only when the key is one
integer column (int2 or int4). A table without a primary key is numbered by where its rows are stored
(their ctid), which a rewrite (``VACUUM FULL``, ``CLUSTER``, a restore) changes; a key of another type
(bigint, text, numeric) or of several columns is numbered in the order QGIS first reads the rows in a
session. Such a feature id recorded as a site's id (a FINDINGS or SUMMARY row, a re-review) would later
name another row, so it is refused (fail closed) with what to do.

A file layer of a format without a feature id column (a Shapefile, a CSV, GeoJSON, KML…) numbers its features by
their rows: deleting a row and saving the file again (a Shapefile repacked) numbers the later rows anew. Such files
are common and not refused; the run says so and the notes record the ids as row numbers (``row_number_ids``).
"""

from typing import Any, Optional

from qgis.core import QgsDataSourceUri

from ...i18n import tr
from .hidden_rows import table_words

STABLE_KEY_TYPES = ("int2", "int4")  # the key types QGIS takes as feature ids as they are
KEYED_FORMATS = ("GPKG", "SQLite", "OpenFileGDB", "FileGDB", "PostgreSQL", "MSSQLSpatial", "OCI", "MySQL")  # an id
ROW_PROVIDERS = ("ogr", "delimitedtext")  # the providers of files (OGR's formats, CSV and text files)


def row_number_ids(layer: Any) -> bool:
    """True when ``layer``'s feature ids are the positions of its rows in its file (a format of OGR that keeps no
    feature id, such as a Shapefile, CSV or GeoJSON, or a delimited text file), which change when it is edited."""
    provider = getattr(layer, "providerType", lambda: "")()
    if provider not in ROW_PROVIDERS:
        return False
    return provider == "delimitedtext" or layer.storageType() not in KEYED_FORMATS


def unstable_ids_reason(layer: Any) -> Optional[str]:
    """A translated sentence naming a postgres layer's table and why its feature ids change, or None when they are
    the values of its one integer key (or the layer is not a PostGIS table)."""
    if getattr(layer, "providerType", lambda: "")() != "postgres":
        return None
    provider = layer.dataProvider()
    uri = QgsDataSourceUri(provider.dataSourceUri())
    table = table_words(uri)
    keys = list(provider.pkAttributeIndexes())
    if not keys:
        return tr("The table {table} has no primary key, so QGIS numbers its features by where their rows are "
                  "stored, and the numbers change when the table is rewritten (VACUUM FULL, CLUSTER, a restore)."
                  ).format(table=table)
    fields = provider.fields()
    if len(keys) == 1 and fields.at(keys[0]).typeName().lower() in STABLE_KEY_TYPES:
        return None
    return tr("The key {key} of the table {table} is not one integer column, so QGIS numbers its features in the "
              "order it first reads them, and the numbers differ from one session to the next.").format(
        key=uri.keyColumn() or ",".join(fields.at(index).name() for index in keys), table=table)
