"""The register's numbers, never given twice: the highest number ever issued, kept in the GeoPackage itself.

The highest sequence number the register ever had is one row of the GeoPackage's standard ``gpkg_metadata`` table
(its own ``md_standard_uri``, ``NUMBERS_URI``; no other row is read or touched); triggers raise it with every entry
added (or renumbered by hand) in the same transaction, so an entry deleted by hand — the last one included — never
gives its number to a later review: the next number is one more than the larger of the entries' highest and the
recorded one. GDAL and QGIS list no ``gpkg_*`` table as a layer: the GeoPackage shows the register alone. The row is
made with a new register and added to an older one on its first append, from its entries' highest number (the
triggers first, so an entry another reviewer adds meanwhile counts).

Every function raises the provider connection's exception (``QgsException`` in 3.22,
``QgsProviderConnectionException`` later) for the caller to word, and ``NumbersError`` for a recorded number that is
not one.
"""

from typing import Any, List

from qgis.core import QgsProviderRegistry

NUMBERS_URI = "urn:zoning-review:register:last-issued"
TRIGGERS = ("reviews_last_issued_insert", "reviews_last_issued_update")
METADATA_DEFINITION = "http://www.geopackage.org/spec120/#extension_metadata"
METADATA_TABLES = (
    "CREATE TABLE IF NOT EXISTS gpkg_metadata (id INTEGER CONSTRAINT m_pk PRIMARY KEY ASC NOT NULL,"
    "md_scope TEXT NOT NULL DEFAULT 'dataset',md_standard_uri TEXT NOT NULL,"
    "mime_type TEXT NOT NULL DEFAULT 'text/xml',metadata TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE IF NOT EXISTS gpkg_metadata_reference (reference_scope TEXT NOT NULL,table_name TEXT,"
    "column_name TEXT,row_id_value INTEGER,timestamp DATETIME NOT NULL DEFAULT "
    "(strftime('%Y-%m-%dT%H:%M:%fZ','now')),md_file_id INTEGER NOT NULL,md_parent_id INTEGER,"
    "CONSTRAINT crmr_mfi_fk FOREIGN KEY (md_file_id) REFERENCES gpkg_metadata(id),"
    "CONSTRAINT crmr_mpi_fk FOREIGN KEY (md_parent_id) REFERENCES gpkg_metadata(id))",
)
RECORDED = f"SELECT metadata FROM gpkg_metadata WHERE md_standard_uri = '{NUMBERS_URI}'"


class NumbersError(ValueError):
    """The register's record of its highest number is not a number (the value as stored)."""


def _sql(path: str, statement: str) -> List[List[Any]]:
    """The rows of one SQL statement on the GeoPackage at ``path``."""
    connection = QgsProviderRegistry.instance().providerMetadata("ogr").createConnection(path, {})
    return connection.executeSql(statement)


def _count(path: str, statement: str) -> int:
    """The number one counting statement gives."""
    return int(_sql(path, statement)[0][0] or 0)


def _kept(path: str) -> bool:
    """Whether the register at ``path`` has its row of the highest number and both triggers."""
    names = ", ".join(f"'{name}'" for name in TRIGGERS)
    if _count(path, f"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ({names})") < 2:
        return False
    return bool(_count(path, f"SELECT count(*) FROM gpkg_metadata WHERE md_standard_uri = '{NUMBERS_URI}'"))


def _metadata_extension(path: str) -> None:
    """The standard metadata tables, registered as GDAL registers them, unless present."""
    for statement in METADATA_TABLES:
        _sql(path, statement)
    for table in ("gpkg_metadata", "gpkg_metadata_reference"):
        _sql(path, "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
                   f"SELECT '{table}', NULL, 'gpkg_metadata', '{METADATA_DEFINITION}', 'read-write' WHERE NOT EXISTS "
                   f"(SELECT 1 FROM gpkg_extensions WHERE table_name = '{table}' AND extension_name = 'gpkg_metadata')")


def keep_numbers(path: str, layer: str) -> None:
    """The row of the highest number issued and its triggers, added to the register ``layer`` unless present."""
    if _count(path, "SELECT count(*) FROM sqlite_master WHERE name = 'gpkg_metadata'") and _kept(path):
        return
    _sql(path, "CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT,column_name TEXT,"
               "extension_name TEXT NOT NULL,definition TEXT NOT NULL,scope TEXT NOT NULL,"
               "CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))")
    _metadata_extension(path)
    raise_last = ('BEGIN UPDATE gpkg_metadata SET metadata = CAST(max(CAST(metadata AS INTEGER), NEW."seq") AS TEXT) '
                  f"WHERE md_standard_uri = '{NUMBERS_URI}'; END")
    _sql(path, f'CREATE TRIGGER IF NOT EXISTS "{TRIGGERS[0]}" AFTER INSERT ON "{layer}" '
               f'WHEN NEW."seq" IS NOT NULL {raise_last}')
    highest = f'coalesce((SELECT max("seq") FROM "{layer}"), 0)'
    _sql(path, "INSERT INTO gpkg_metadata (md_scope, md_standard_uri, mime_type, metadata) "
               f"SELECT 'undefined', '{NUMBERS_URI}', 'text/plain', CAST({highest} AS TEXT) "
               f"WHERE NOT EXISTS (SELECT 1 FROM gpkg_metadata WHERE md_standard_uri = '{NUMBERS_URI}')")
    _sql(path, f'CREATE TRIGGER IF NOT EXISTS "{TRIGGERS[1]}" AFTER UPDATE OF "seq" ON "{layer}" '
               f'WHEN NEW."seq" IS NOT NULL {raise_last}')


def next_seq(path: str, layer: str) -> int:
    """One more than the larger of the entries' highest number and the highest number ever issued."""
    recorded = [str(row[0]).strip() for row in _sql(path, RECORDED)]
    for text in recorded:
        if not text.isascii() or not text.isdigit():
            raise NumbersError(text)
    return max([_count(path, f'SELECT max("seq") FROM "{layer}"'), *map(int, recorded)]) + 1
