"""Turn the built sample into files: GeoPackage layers + default styles, .qgz project, README."""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Tuple

import shapely
from sample_geometry import polygons_of, to_m, union
from sample_layout import RIVER_NAME
from sample_qgis import (
    FIELD_TYPES,
    LayerData,
    start_qgis,
    stop_qgis,
    store_default_styles,
    write_gpkg,
    write_project,
)
from sample_readme import render_readme
from sample_text import PROSE_FIELDS
from shapely.geometry import MultiLineString, MultiPolygon
from shapely.geometry.base import BaseGeometry

UNIT_FIELDS = ("HJGKDYBM", "HJGKDYMC", "ZHGKDYFL", "PROV", "CITY", "COUNTY", *PROSE_FIELDS,
               "ZLCB")
SITE_FIELDS: Tuple[Tuple[str, str], ...] = (
    ("site_id", "str"), ("name", "str"), ("industry", "str"), ("construction", "str"),
    ("catalogue", "str"), ("boiler_tph", "real"), ("investment_wan", "real"),
    ("vocs_tpa", "real"), ("water_m3d", "real"), ("discharges_pollutants", "bool"),
    ("water_supply_facility", "bool"), ("major_infrastructure", "bool"),
    ("capacity_increase", "bool"),
)
RED_LINE_NAME = "白洋淀生态保护红线（示意）"
PROJECT_TITLE = "Zoning Review sample — 雄安三县（示意数据）"


def _multi_wkb(geom: BaseGeometry) -> bytes:
    """WKB of a polygonal geometry as MultiPolygon."""
    return shapely.to_wkb(MultiPolygon(polygons_of(geom)))


def _fields(names: Tuple[Tuple[str, str], ...]) -> List[Tuple[str, int]]:
    """QGIS field specs from (name, kind) pairs."""
    return [(name, FIELD_TYPES[kind]) for name, kind in names]


def layers_of(data: Dict[str, object]) -> List[LayerData]:
    """The six GeoPackage layers, in contract order, features in stable order."""
    cons = data["cons"]
    units = data["units"]
    unit_rows = [(_multi_wkb(u.piece.geom), dict(u.attrs)) for u in units]
    ws_rows = [(_multi_wkb(g), {"name": n, "grade": grade})
               for n, grade, g in sorted(cons.water_source, key=lambda t: (t[0], t[1]))]
    river_parts = [p for p in shapely.get_parts(cons.river) if p.geom_type == "LineString"]
    river_rows = [(shapely.to_wkb(MultiLineString(river_parts)), {"name": RIVER_NAME})]
    park_rows = [(_multi_wkb(g), {"name": n}) for n, g in cons.parks]
    site_rows = []
    for spec in data["specs"]:
        record = {"site_id": spec.site_id, **spec.attrs}
        site_rows.append((shapely.to_wkb(data["sites"][spec.site_id]), record))
    return [
        LayerData("control_units", "MultiPolygon", _fields(tuple((f, "str") for f in UNIT_FIELDS)),
                  unit_rows),
        LayerData("red_line", "MultiPolygon", _fields((("name", "str"),)),
                  [(_multi_wkb(cons.red_line), {"name": RED_LINE_NAME})]),
        LayerData("water_source", "MultiPolygon", _fields((("name", "str"), ("grade", "str"))),
                  ws_rows),
        LayerData("river_bank", "MultiLineString", _fields((("name", "str"),)), river_rows),
        LayerData("industrial_park", "MultiPolygon", _fields((("name", "str"),)), park_rows),
        LayerData("sites", "Polygon", _fields(SITE_FIELDS), site_rows),
    ]


def extent_of(data: Dict[str, object]) -> Tuple[float, float, float, float]:
    """The project's default view: the three counties with a small margin."""
    minx, miny, maxx, maxy = union(list(data["counties"].values())).bounds
    return (round(minx - 0.02, 3), round(miny - 0.02, 3), round(maxx + 0.02, 3),
            round(maxy + 0.02, 3))


def write_all(data: Dict[str, object], gpkg: Path, project: Path, readme: Path) -> None:
    """Write GeoPackage, default styles, project and README."""
    start_qgis()
    try:
        write_gpkg(gpkg, layers_of(data))
        store_default_styles(gpkg)
        write_project(gpkg, project, extent_of(data), PROJECT_TITLE)
    finally:
        stop_qgis()
    readme.write_text(render_readme(data), encoding="utf-8")


def print_summary(data: Dict[str, object]) -> None:
    """Print units per category and the units each site touches."""
    units = data["units"]
    print(f"{len(units)} units")
    for spec in data["specs"]:
        site = data["sites"][spec.site_id]
        codes = [u.code for u in units if u.piece.geom.intersection(site).area > 0]
        dist = to_m(site).distance(to_m(data["cons"].river))
        print(f"{spec.site_id} {spec.verdict:14s} {','.join(codes)} river {dist:.0f} m")
