"""Features of a PostGIS table that its QGIS layer leaves out.

A table whose geometry column has no declared spatial reference or type may hold geometries in several
SRIDs or of several types. QGIS then offers one layer per SRID and type, and the layer's provider reads
only the rows of its own (``srid=`` and ``type=`` in its source): the others are not there at all, without
a word. A constraint layer missing a red line stored in another SRID would let a site inside it pass as
outside, so such a layer is named as unusable (fail closed) with what to do.
"""

from typing import Any, List, Optional, Tuple

from qgis.core import QgsDataSourceUri, QgsProviderRegistry

from ...compat import LINE_GEOMETRY, POINT_GEOMETRY, POLYGON_GEOMETRY, WKB_UNKNOWN
from ...i18n import grouped, list_separator, sentences, tr
from ..overlay.pushdown_sql import is_null, literal, quoted

# The declared column types whose rows are all of one family (point, line, polygon) as QGIS reads it.
FAMILY_TYPES = {
    0: ("POINT", "MULTIPOINT"),
    1: ("LINESTRING", "MULTILINESTRING", "CIRCULARSTRING", "COMPOUNDCURVE", "MULTICURVE"),
    2: ("POLYGON", "MULTIPOLYGON", "CURVEPOLYGON", "MULTISURFACE", "POLYHEDRALSURFACE", "TIN", "TRIANGLE"),
}


def hidden_rows_error(layer: Any, label: str) -> Optional[str]:
    """A translated message naming a postgres layer (``label``) that leaves out features of its table (stored in
    another SRID or of another geometry type than the layer's), or whose table could not be checked; else None."""
    return hidden_rows_check(layer, label)[0]


def hidden_rows_check(layer: Any, label: str) -> Tuple[Optional[str], bool]:
    """``hidden_rows_error``'s message and whether the table was checked (False: the database could not be asked,
    so the message says the layer is not used for now)."""
    if getattr(layer, "providerType", lambda: "")() != "postgres":
        return None, True
    source = layer.dataProvider().dataSourceUri()
    uri = QgsDataSourceUri(source)
    srid = int(uri.srid()) if uri.srid().strip().lstrip("-").isdigit() else None
    dimension = {POINT_GEOMETRY: 0, LINE_GEOMETRY: 1, POLYGON_GEOMETRY: 2}.get(layer.geometryType())
    if (srid is None and uri.wkbType() == WKB_UNKNOWN) or dimension is None \
            or not uri.geometryColumn():
        return None, True  # QGIS reads every row of the table (or no geometry at all)
    table = table_words(uri)
    try:
        connection = QgsProviderRegistry.instance().providerMetadata("postgres").createConnection(source, {})
        rows = connection.executeSql(hidden_rows_sql(uri, srid, dimension))
    except Exception as error:  # noqa: BLE001 - QgsProviderConnectionException and the like: named, no traceback
        return tr("Layer {layer}: whether its table {table} holds features the layer leaves out could not be checked "
                  "in the database ({reason}), so the layer is not used. Check the connection to the database, then "
                  "run again.").format(layer=label, table=table, reason=str(error).strip() or type(error).__name__), \
            False
    return _hidden_words(label, table, srid, rows[0] if rows else [0, None, 0, None]), True


def _hidden_words(label: str, table: str, srid: Optional[int], row: List[Any]) -> Optional[str]:
    """The message of ``hidden_rows_sql``'s row: the features left out for their SRID, for their type; else None."""
    said = []
    if _count(row[0]):
        said.append(tr("Layer {layer} leaves out {n} features of its table {table}: QGIS shows only those stored in "
                       "the spatial reference SRID {srid}, and these are stored in SRID {srids}.").format(
            layer=label, n=grouped(_count(row[0])), table=table, srid=srid, srids=_listed(row[1])))
    if _count(row[2]):
        said.append(tr("Layer {layer} leaves out {n} features of its table {table}: QGIS shows only the geometries "
                       "of the layer's type, and these are {types}.").format(
            layer=label, n=grouped(_count(row[2])), table=table, types=_listed(row[3])))
    return sentences(said + [tr(
        "The review cannot rely on a layer that leaves features out: store the table's geometries in one spatial "
        "reference and one geometry type (e.g. with ST_Transform), or add a view that gives them so, then run "
        "again.")]) if said else None


def table_words(uri: QgsDataSourceUri) -> str:
    """The table of a database source as people write it (schema.table), or its query."""
    return f"{uri.schema()}.{uri.table()}" if uri.schema() and not uri.table().startswith("(") else uri.table()


def hidden_rows_sql(uri: QgsDataSourceUri, srid: Optional[int], dimension: int) -> str:
    """One row: how many rows of the table (under the layer's own filter) have a geometry in another SRID than
    ``srid`` and those SRIDs, how many have one of another family than ``dimension`` (or a collection) and those
    types: the rows the layer does not show. The table is not read when its geometry column declares the layer's
    SRID and a type of its family."""
    table = uri.table()
    name = table if table.startswith("(") else (quoted(uri.schema()) + "." if uri.schema() else "") + quoted(table)
    geometry = f"({quoted(uri.geometryColumn())})::geometry"
    other_srid = f"ST_SRID(g) <> {int(srid)}" if srid is not None else "false"
    other_type = f"(ST_Dimension(g) <> {dimension} OR GeometryType(g) LIKE 'GEOMETRYCOLLECTION%')"
    declared = ", ".join(literal(kind) for kind in FAMILY_TYPES[dimension])
    typed = ("" if table.startswith("(") or srid is None else
             f" AND NOT EXISTS (SELECT 1 FROM geometry_columns WHERE f_table_schema = "
             f"{literal(uri.schema() or 'public')} AND f_table_name = {literal(table)} AND f_geometry_column = "
             f"{literal(uri.geometryColumn())} AND srid = {int(srid)} AND upper(type) IN ({declared}))")
    where = f"WHERE ({uri.sql()})" if uri.sql().strip() else ""
    return (f"SELECT count(*) FILTER (WHERE {other_srid}), "
            f"string_agg(DISTINCT ST_SRID(g)::text, ', ') FILTER (WHERE {other_srid}), "
            f"count(*) FILTER (WHERE {other_type}), "
            f"string_agg(DISTINCT GeometryType(g), ', ') FILTER (WHERE {other_type}) "
            f"FROM (SELECT {geometry} AS g FROM {name} {where}) zr_t "
            f"WHERE g IS NOT NULL AND NOT ST_IsEmpty(g) AND ({other_srid} OR {other_type}){typed}")


def _count(value: Any) -> int:
    """A count cell as an int (NULL: none)."""
    return 0 if is_null(value) else int(value)


def _listed(value: Any) -> str:
    """A cell listing values with ', ' as the language lists them."""
    items: List[str] = [] if is_null(value) else [item for item in str(value).split(", ") if item]
    return list_separator().join(items) or "?"
