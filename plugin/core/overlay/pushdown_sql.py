"""The SQL of the database overlay: where the unit table is, the checks run once, one query per chunk.

The chunk query replicates the engine step by step: candidates by bounding box (``&&``, the GiST
index), the site intersected with each unit it intersects (GEOS, as QGIS does it), the polygonal
parts of the intersection without the slivers below ``SLIVER_FRACTION`` of the site's planar area
(``geometry_repair.overlap_parts``), every area on the ellipsoid with geodesic edges
(``ST_Area(geography)``, GeographicLib as QgsDistanceArea) after moving the vertices to the
ellipsoid's geographic CRS when the units are projected.
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
    """One query: the PostGIS version, the table's SRID, and its units the chunk query leaves to QGIS
    (no geometry, empty, not a plain 2D polygon or multipolygon, or not valid) with what is wrong."""
    geom, key = "u." + quoted(units.geometry), "u." + quoted(units.key)
    problem = (f"{geom} IS NULL OR ST_IsEmpty({geom}) OR GeometryType({geom}) NOT IN ('POLYGON', 'MULTIPOLYGON')"
               f" OR ST_NDims({geom}) <> 2 OR NOT ST_IsValid({geom})")
    where = " AND ".join([f"({problem})"] + units.filters())
    return (f"SELECT 'srid', Find_SRID({literal(units.schema or 'public')}, {literal(units.table)}, "
            f"{literal(units.geometry)})::text, NULL::boolean "
            f"UNION ALL SELECT 'postgis', postgis_lib_version(), NULL "
            f"UNION ALL SELECT 'problem', {key}::text, ({geom} IS NULL OR ST_IsEmpty({geom})) "
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


def chunk_sql(units: UnitTable, srid: int, geographic: int, sites: Sequence[str], skip: Iterable[Any],
              with_geometries: bool, measured: Iterable[Any] = ()) -> str:
    """One query for a chunk of sites (WKB in hex, in the unit CRS): a row per site and unit it
    intersects — site number, site area, unit key, overlap area, unit area (and the overlap as WKB) —
    and one row (key NULL) for a site that intersects none. Units in ``skip`` (keys as text) are left out; the
    area of the units in ``measured`` is not measured again (NULL)."""
    geom, key = "u." + quoted(units.geometry), "u." + quoted(units.key)
    known = [literal(value) for value in measured]
    unit_area = f"ST_Area({geography('o.zr_u', srid, geographic)})"
    if known:
        unit_area = f"CASE WHEN o.zr_k = ANY(ARRAY[{','.join(known)}]) THEN NULL ELSE {unit_area} END"
    array = ",".join(f"'{hex_}'" for hex_ in sites)
    skipped = [literal(str(value)) for value in skip]
    conditions = units.filters() + ([f"NOT ({key}::text = ANY(ARRAY[{','.join(skipped)}]::text[]))"] if skipped else [])
    where = ("WHERE " + " AND ".join(conditions)) if conditions else ""
    limit = f"{SLIVER_FRACTION!r} * p.zr_sa"
    parts = ("SELECT ST_Collect(d.geom ORDER BY d.path) FROM ST_Dump(ST_CollectionExtract(p.zr_x, 3)) d "
             f"WHERE ST_Area(d.geom) > {limit}")
    kept = (f"CASE WHEN GeometryType(p.zr_x) = 'POLYGON' THEN CASE WHEN ST_Area(p.zr_x) > {limit} THEN p.zr_x END "
            f"ELSE ({parts}) END")  # one polygon (most overlaps): kept whole or not at all, as overlap_parts does
    wkb = ", encode(ST_AsBinary(o.zr_o), 'hex')" if with_geometries else ""
    return (
        "WITH zr_s AS (SELECT (t.n - 1)::int AS zr_i, "
        f"ST_GeomFromWKB(decode(t.h, 'hex'), {int(srid)}) AS zr_g "
        f"FROM unnest(ARRAY[{array}]::text[]) WITH ORDINALITY AS t(h, n)), "
        f"zr_p AS (SELECT s.zr_i, {key} AS zr_k, ST_Area(s.zr_g) AS zr_sa, "
        f"ST_Intersection(s.zr_g, {geom}) AS zr_x, {geom} AS zr_u "
        f"FROM zr_s s JOIN {units.name} u ON {geom} && s.zr_g AND ST_Intersects(s.zr_g, {geom}) {where}), "
        f"zr_o AS (SELECT p.zr_i, p.zr_k, p.zr_u, ({kept}) AS zr_o FROM zr_p p) "
        f"SELECT s.zr_i, ST_Area({geography('s.zr_g', srid, geographic)}), o.zr_k, "
        f"ST_Area({geography('o.zr_o', srid, geographic)}), {unit_area}{wkb} "
        "FROM zr_s s LEFT JOIN zr_o o ON o.zr_i = s.zr_i ORDER BY s.zr_i")


@dataclass
class PairRow:
    """One unit a site of the chunk intersects, as the database measured it."""

    key: Any
    overlap_m2: float
    unit_m2: Optional[float]  # None: measured before
    wkb_hex: str = ""


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
        overlap = 0.0 if is_null(row[3]) else finite(row[3])  # nothing polygonal left: a touch
        wkb = "" if len(row) < 6 or is_null(row[5]) else str(row[5])
        pairs[index].append(PairRow(row[2], overlap, None if is_null(row[4]) else finite(row[4]), wkb))
    if any(area is None for area in areas):
        raise ValueError("a site of the chunk is missing from the query's result")
    return [float(area) for area in areas], pairs


def finite(value: Any) -> float:
    """A finite float from a result cell, else ValueError."""
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"not a finite area: {value!r}")
    return number
