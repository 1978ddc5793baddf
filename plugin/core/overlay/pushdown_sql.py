"""The SQL of the database overlay: where the unit table is, the checks run once, one query per chunk.

The chunk query replicates the engine step by step: candidates by bounding box (``&&``, the GiST
index); a candidate that is not a plain valid 2D polygon is only named (QGIS cleans and overlays
it, as the engine does), so validity is checked for the units the sites meet, not the whole table;
the site intersected with each other unit it intersects (GEOS, as QGIS does it), once per pair;
the polygonal parts of the intersection without the slivers below ``SLIVER_FRACTION`` of the
site's planar area (``geometry_repair.overlap_parts``); every area on the ellipsoid with geodesic
edges (``ST_Area(geography)``, GeographicLib as QgsDistanceArea) after moving the vertices to the
ellipsoid's geographic CRS when the units are projected; a unit's own area once per batch, by its key
(``unit_areas_sql``), when a chunk first meets it.
"""

import math
import re
from dataclasses import dataclass
from typing import Any, Iterable, List, Optional, Sequence, Tuple

from qgis.core import QgsDataSourceUri
from qgis.PyQt.QtCore import QVariant

from .geometry_repair import SLIVER_FRACTION


def quoted(name: str) -> str:
    """An SQL identifier, quoted."""
    return '"' + name.replace('"', '""') + '"'


def literal(value: Any) -> str:
    """An SQL literal for a key value (integer or text)."""
    if isinstance(value, bool) or value is None:
        raise ValueError(f"unsupported key value {value!r}")
    if isinstance(value, int):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def is_null(value: Any) -> bool:
    """True for SQL NULL as the provider connection returns it."""
    return value is None or (isinstance(value, QVariant) and value.isNull())


def connection_key(uri: QgsDataSourceUri) -> Tuple[str, ...]:
    """What names a database connection: service, host or socket, port, database, user, auth config."""
    return (uri.service(), uri.host(), uri.port() or "5432", uri.database(), uri.username(),
            uri.authConfigId())


@dataclass(frozen=True)
class UnitTable:
    """The unit table as the database knows it."""

    schema: str
    table: str
    geometry: str
    key: str
    where: str  # the layer's provider filter ('' for none)

    @property
    def name(self) -> str:
        """The qualified table name, quoted."""
        return (quoted(self.schema) + "." if self.schema else "") + quoted(self.table)

    def filters(self) -> List[str]:
        """The layer's own filter as a condition list."""
        return [f"({self.where})"] if self.where.strip() else []


def unit_table(uri: QgsDataSourceUri) -> Optional[UnitTable]:
    """The unit table of a postgres layer's source, or None when it is not one plain table with one key."""
    key, table, geometry = uri.keyColumn().strip(), uri.table(), uri.geometryColumn()
    if not key or "," in key or not table or table.startswith("(") or not geometry:
        return None
    return UnitTable(uri.schema(), table, geometry, key.strip('"'), uri.sql())


def preflight_sql(units: UnitTable) -> str:
    """One query: the PostGIS version, the table's SRID, whether the server knows JIT compilation, and
    the keys of its units without geometry."""
    geom, key = "u." + quoted(units.geometry), "u." + quoted(units.key)
    where = " AND ".join([f"({geom} IS NULL OR ST_IsEmpty({geom}))"] + units.filters())
    return (f"SELECT 'srid', Find_SRID({literal(units.schema or 'public')}, {literal(units.table)}, "
            f"{literal(units.geometry)})::text, NULL::boolean "
            f"UNION ALL SELECT 'postgis', postgis_lib_version(), NULL "
            f"UNION ALL SELECT 'jit', current_setting('jit', true), NULL "
            f"UNION ALL SELECT 'missing', {key}::text, NULL "
            f"FROM {units.name} u WHERE {where}")


def srs_sql(srid: int) -> str:
    """The WKT of an SRID in spatial_ref_sys."""
    return f"SELECT srtext FROM spatial_ref_sys WHERE srid = {int(srid)}"


def base_geographic(srtext: str) -> Optional[int]:
    """The EPSG code of a WKT's geographic CRS: its own when geographic, its base CRS's when projected."""
    text = srtext.strip()
    if text.startswith("GEOGCS"):
        found = re.search(r'AUTHORITY\["EPSG","(\d+)"\]\]\s*$', text)
    else:
        found = re.search(r'AUTHORITY\["EPSG","(\d+)"\]\]\s*,\s*PROJECTION', text)
    return int(found.group(1)) if found else None


def spheroid(srtext: str) -> Optional[Tuple[float, float]]:
    """(semi-major axis, inverse flattening) of a WKT's SPHEROID, or None."""
    found = re.search(r'SPHEROID\["[^"]*",\s*([0-9.eE+-]+),\s*([0-9.eE+-]+)', srtext)
    return (float(found.group(1)), float(found.group(2))) if found else None


def geography(expression: str, srid: int, geographic: int) -> str:
    """An expression's geometry (in ``srid``) as geography on ``geographic``'s ellipsoid."""
    if srid == geographic:
        return f"geography({expression})"
    return f"geography(ST_Transform({expression}, {int(geographic)}))"


def probe_sql(wkb_hex: str, srid: int, geographic: int) -> str:
    """The ellipsoidal area of one polygon, as the chunk query measures it."""
    site = f"ST_GeomFromWKB(decode('{wkb_hex}', 'hex'), {int(srid)})"
    return f"SELECT ST_Area({geography(site, srid, geographic)})"


def chunk_sql(units: UnitTable, srid: int, geographic: int, sites: Sequence[str], with_geometries: bool,
              jit: bool = False) -> str:
    """One query for a chunk of sites (WKB in hex, in the unit CRS): a row per site and unit it
    intersects — site number, site area, unit key, whether the unit is a plain valid polygon, overlap
    area, its planar area, the planar area of the union of the site's overlaps when it has several (else NULL;
    units may overlap each other), and the overlap as WKB (without ``with_geometries``, only for a site that
    meets a problem unit: QGIS unites its overlaps with the problem unit's) — and one row (key NULL) for a
    site that intersects none. A unit that is not a plain valid polygon gets a row for every site whose box
    it meets, with no area.
    The ``OFFSET 0`` fences keep each GEOS call to one per pair (an inlined step would repeat it).
    ``jit``: the server has JIT compilation, which is turned off for the query (its transaction only):
    PostGIS's high function costs make the planner compile every chunk, which took longer than the query."""
    geom, key = "u." + quoted(units.geometry), "u." + quoted(units.key)
    array = ",".join(f"'{hex_}'" for hex_ in sites)
    where = ("WHERE " + " AND ".join(units.filters())) if units.filters() else ""
    plain = (f"CASE WHEN GeometryType({geom}) IN ('POLYGON', 'MULTIPOLYGON') AND ST_NDims({geom}) = 2 "
             f"THEN ST_IsValid({geom}) ELSE false END")
    limit = f"{SLIVER_FRACTION!r} * p.zr_sa"
    parts = ("SELECT ST_Collect(d.geom ORDER BY d.path) FROM ST_Dump(ST_CollectionExtract(p.zr_x, 3)) d "
             f"WHERE ST_Area(d.geom) > {limit}")
    kept = (f"CASE WHEN GeometryType(p.zr_x) = 'POLYGON' THEN CASE WHEN ST_Area(p.zr_x) > {limit} THEN p.zr_x END "
            f"ELSE ({parts}) END")  # one polygon (most overlaps): kept whole or not at all, as overlap_parts does
    wkb = "encode(ST_AsBinary(o.zr_o), 'hex')"
    wkb = wkb if with_geometries else f"CASE WHEN v.zr_bad THEN {wkb} END"
    return ("SET LOCAL jit = off; " if jit else "") + (
        "WITH zr_s AS (SELECT (t.n - 1)::int AS zr_i, "
        f"ST_GeomFromWKB(decode(t.h, 'hex'), {int(srid)}) AS zr_g "
        f"FROM unnest(ARRAY[{array}]::text[]) WITH ORDINALITY AS t(h, n)), "
        f"zr_c AS (SELECT s.zr_i, s.zr_g, {key} AS zr_k, {geom} AS zr_u, {plain} AS zr_ok "
        f"FROM zr_s s JOIN {units.name} u ON {geom} && s.zr_g {where} OFFSET 0), "
        "zr_p AS (SELECT c.zr_i, c.zr_k, c.zr_u, c.zr_ok, ST_Area(c.zr_g) AS zr_sa, "
        "CASE WHEN c.zr_ok THEN ST_Intersection(c.zr_g, c.zr_u) END AS zr_x FROM zr_c c "
        "WHERE CASE WHEN c.zr_ok THEN ST_Intersects(c.zr_g, c.zr_u) ELSE true END OFFSET 0), "
        "zr_o AS (SELECT p.zr_i, p.zr_k, p.zr_ok, "
        f"CASE WHEN p.zr_ok THEN ({kept}) END AS zr_o FROM zr_p p), "
        "zr_v AS (SELECT v.zr_i, CASE WHEN count(v.zr_o) > 1 THEN ST_Area(ST_Union(array_agg(v.zr_o))) END "
        "AS zr_cov, bool_or(NOT v.zr_ok) AS zr_bad FROM zr_o v GROUP BY v.zr_i "
        "HAVING count(v.zr_o) > 1 OR bool_or(NOT v.zr_ok)) "  # only sites with several overlaps or a problem unit
        f"SELECT s.zr_i, ST_Area({geography('s.zr_g', srid, geographic)}), o.zr_k, o.zr_ok, "
        f"ST_Area({geography('o.zr_o', srid, geographic)}), ST_Area(o.zr_o), v.zr_cov, {wkb} "
        "FROM zr_s s LEFT JOIN zr_o o ON o.zr_i = s.zr_i LEFT JOIN zr_v v ON v.zr_i = s.zr_i ORDER BY s.zr_i")


def unit_areas_sql(units: UnitTable, srid: int, geographic: int, keys: Iterable[Any]) -> str:
    """The units with these keys, each with its area on the ellipsoid (as the chunk query measures)."""
    geom, key = "u." + quoted(units.geometry), "u." + quoted(units.key)
    where = " AND ".join([f"{key} IN ({','.join(literal(value) for value in keys)})"] + units.filters())
    return f"SELECT {key}, ST_Area({geography(geom, srid, geographic)}) FROM {units.name} u WHERE {where}"


@dataclass
class PairRow:
    """One unit a site of the chunk meets, as the database found it."""

    key: Any
    overlap_m2: float
    wkb_hex: str = ""
    problem: bool = False  # not a plain valid polygon: QGIS cleans and overlays it
    planar: float = 0.0  # the overlap's planar area in the unit CRS, as GEOS cut it
    covered: Optional[float] = None  # the planar area of the union of the site's overlaps, when it has several


def parse_chunk(rows: List[List[Any]], count: int) -> Tuple[List[float], List[List[PairRow]]]:
    """Each site's area and pairs from the chunk query's rows; ValueError on anything unexpected
    (a missing site, an area that is not a finite number)."""
    areas: List[Optional[float]] = [None] * count
    pairs: List[List[PairRow]] = [[] for _site in range(count)]
    for row in rows:
        index = int(row[0])
        areas[index] = finite(row[1])
        if is_null(row[2]):
            continue
        if row[3] is not True:
            pairs[index].append(PairRow(row[2], 0.0, problem=True))
            continue
        overlap = 0.0 if is_null(row[4]) else finite(row[4])  # nothing polygonal left: a touch
        planar = 0.0 if is_null(row[5]) else finite(row[5])
        covered = None if is_null(row[6]) else finite(row[6])
        wkb = "" if is_null(row[7]) else str(row[7])
        pairs[index].append(PairRow(row[2], overlap, wkb, planar=planar, covered=covered))
    if any(area is None for area in areas):
        raise ValueError("a site of the chunk is missing from the query's result")
    return [float(area) for area in areas], pairs


def finite(value: Any) -> float:
    """A finite float from a result cell, else ValueError."""
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"not a finite area: {value!r}")
    return number
