"""The register's numbers, never given twice: the highest number ever issued, kept in the GeoPackage itself.

A one-row table ``reviews_numbers`` holds the highest sequence number the register ever had; triggers raise it
with every entry added (or renumbered by hand) in the same transaction, so an entry deleted by hand — the last one
included — never gives its number to a later review: the next number is one more than the larger of the entries'
highest and the recorded one. The table is created with a new register and added to an older one on its first
append, from its entries' highest number (the triggers first, so an entry another reviewer adds meanwhile counts).
The table is not a layer of the GeoPackage (not in ``gpkg_contents``): QGIS lists the register alone.

Every function raises the provider connection's exception (``QgsException`` in 3.22,
``QgsProviderConnectionException`` later) for the caller to word.
"""

from typing import Any, List

from qgis.core import QgsProviderRegistry

NUMBERS = "reviews_numbers"


def _sql(path: str, statement: str) -> List[List[Any]]:
    """The rows of one SQL statement on the GeoPackage at ``path``."""
    connection = QgsProviderRegistry.instance().providerMetadata("ogr").createConnection(path, {})
    return connection.executeSql(statement)


def keep_numbers(path: str, layer: str) -> None:
    """The table of the highest number issued and its triggers, added to the register ``layer`` unless present."""
    if _sql(path, f"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = '{NUMBERS}_update'")[0][0]:
        return
    _sql(path, f'CREATE TABLE IF NOT EXISTS "{NUMBERS}" ("id" INTEGER PRIMARY KEY CHECK ("id" = 1), '
               '"last_issued" INTEGER NOT NULL)')
    raise_last = (f'BEGIN UPDATE "{NUMBERS}" SET "last_issued" = max("last_issued", NEW."seq") '
                  f'WHERE "id" = 1 AND NEW."seq" IS NOT NULL; END')
    _sql(path, f'CREATE TRIGGER IF NOT EXISTS "{NUMBERS}_insert" AFTER INSERT ON "{layer}" {raise_last}')
    _sql(path, f'INSERT OR IGNORE INTO "{NUMBERS}" ("id", "last_issued") '
               f'SELECT 1, coalesce(max("seq"), 0) FROM "{layer}"')
    _sql(path, f'CREATE TRIGGER IF NOT EXISTS "{NUMBERS}_update" AFTER UPDATE OF "seq" ON "{layer}" {raise_last}')


def next_seq(path: str, layer: str) -> int:
    """One more than the larger of the entries' highest number and the highest number ever issued."""
    rows = _sql(path, f'SELECT max(coalesce((SELECT max("seq") FROM "{layer}"), 0), '
                      f'coalesce((SELECT "last_issued" FROM "{NUMBERS}" WHERE "id" = 1), 0))')
    return int(rows[0][0] or 0) + 1
