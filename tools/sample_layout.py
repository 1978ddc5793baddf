"""The illustrative layout of the sample: constraint layers, special units and the unit partition."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Tuple

import numpy as np
import shapely
from sample_geometry import (
    Piece,
    blob_ll,
    diff,
    inter,
    make_coverage,
    merge_small,
    poisson_points,
    polygon_ll,
    to_m,
    union,
    voronoi_cells,
)
from shapely.geometry import LineString, box
from shapely.geometry.base import BaseGeometry

SEED = 20240917
LAKE_BOX = box(115.85, 38.82, 116.10, 38.98)  # around Baiyangdian: cells here are priority units
MIN_UNIT_M2 = 2.5e6  # parts of units below this are merged into a neighbour

RED_LINE_VERTICES: List[Tuple[float, float]] = [
    (115.895, 38.885), (115.915, 38.900), (115.950, 38.903), (115.985, 38.915),
    (116.020, 38.925), (116.050, 38.918), (116.062, 38.895), (116.055, 38.860),
    (116.048, 38.835), (116.025, 38.818), (115.990, 38.815), (115.955, 38.825),
    (115.925, 38.840), (115.905, 38.860),
]
RED_LINE_SPLIT_LAT = 38.866
RIVER_VERTICES: List[Tuple[float, float]] = [
    (116.045, 38.950), (116.070, 38.953), (116.090, 38.955), (116.120, 38.958),
    (116.150, 38.962), (116.180, 38.957), (116.210, 38.950), (116.240, 38.952),
    (116.270, 38.958), (116.300, 38.970),
]
RIVER_NAME = "大清河（示意河段）"


@dataclass(frozen=True)
class Park:
    """An illustrative industrial park (its own key industrial-park unit)."""

    county: str
    name: str
    unit_name: str
    vertices: Tuple[Tuple[float, float], ...]


PARKS: Tuple[Park, ...] = (
    Park("130638", "雄县经济开发区（示意）", "雄县经济开发区重点管控单元",
         ((116.148, 38.9665), (116.172, 38.9650), (116.196, 38.9625), (116.198, 38.9850),
          (116.185, 38.9920), (116.150, 38.9900))),
    Park("130629", "容城县服装产业园区（示意）", "容城县服装产业园区重点管控单元",
         ((115.945, 39.0600), (115.975, 39.0590), (115.978, 39.0790), (115.958, 39.0820),
          (115.946, 39.0770))),
    Park("130632", "安新县工业园区（示意）", "安新县工业园区重点管控单元",
         ((115.960, 38.9780), (115.988, 38.9760), (115.990, 38.9950), (115.963, 38.9960))),
)


@dataclass(frozen=True)
class Town:
    """A county seat: its built-up area is a key (urban) unit."""

    county: str
    unit_name: str
    lon: float
    lat: float
    rx: float
    ry: float


TOWNS: Tuple[Town, ...] = (
    Town("130629", "容城县城镇重点管控单元", 115.870, 39.055, 3000.0, 2600.0),
    Town("130632", "安新县城镇重点管控单元", 115.935, 38.935, 2500.0, 2200.0),
    Town("130638", "雄县城镇重点管控单元", 116.100, 38.978, 3200.0, 2800.0),
)


@dataclass(frozen=True)
class WaterSource:
    """A drinking-water source protection area: grade I inside grade II (radii in metres)."""

    name: str
    lon: float
    lat: float
    r1: Tuple[float, float]
    r2: Tuple[float, float]


WATER_SOURCES: Tuple[WaterSource, ...] = (
    WaterSource("容城县城区地下水饮用水水源保护区（示意）", 115.800, 39.095, (380.0, 320.0),
                (1500.0, 1150.0)),
    WaterSource("雄县城区地下水饮用水水源保护区（示意）", 116.160, 39.090, (360.0, 300.0),
                (1500.0, 1200.0)),
)

SEED_COUNTS: Dict[str, Tuple[int, float]] = {
    "130629": (7, 4000.0),
    "130632": (13, 4500.0),
    "130638": (10, 4500.0),
}
KEY_CELL_ANCHORS: Dict[str, Tuple[float, float]] = {
    "130629": (116.000, 39.070),
    "130632": (115.750, 38.800),
    "130638": (116.250, 39.050),
}


@dataclass
class Constraints:
    """The constraint layers in lon/lat."""

    red_line: BaseGeometry
    water_source: List[Tuple[str, str, BaseGeometry]]  # (name, grade, geometry)
    river: BaseGeometry
    parks: List[Tuple[str, BaseGeometry]]


def build_constraints(counties: Dict[str, BaseGeometry], rng: np.random.Generator) -> Constraints:
    """Build red line, water-source zones, river and parks, clipped to the three counties."""
    area = union(list(counties.values()))
    red = inter(polygon_ll(RED_LINE_VERTICES), area)
    zones: List[Tuple[str, str, BaseGeometry]] = []
    for ws in WATER_SOURCES:
        grade2 = inter(blob_ll(ws.lon, ws.lat, ws.r2[0], ws.r2[1], rng, 18, 0.10), area)
        grade1 = inter(blob_ll(ws.lon, ws.lat, ws.r1[0], ws.r1[1], rng, 12, 0.08), grade2)
        zones.append((ws.name, "II", diff(grade2, grade1)))
        zones.append((ws.name, "I", grade1))
    river = inter(shapely.set_precision(LineString(RIVER_VERTICES), 1e-7), area)
    parks = [(p.name, inter(polygon_ll(p.vertices), counties[p.county])) for p in PARKS]
    return Constraints(red, zones, river, parks)


def special_pieces(counties: Dict[str, BaseGeometry], cons: Constraints,
                   rng: np.random.Generator) -> List[Piece]:
    """Parks, towns and the red-line units, each inside one county, never overlapping."""
    pieces: List[Piece] = []
    taken: List[BaseGeometry] = []
    for park, (name, geom) in zip(PARKS, cons.parks):
        pieces.append(Piece(park.county, "park", "key_park", geom, park.unit_name, {"park": name}))
        taken.append(geom)
    red_anxin = inter(cons.red_line, counties["130632"])
    north = inter(red_anxin, box(115.0, RED_LINE_SPLIT_LAT, 117.0, 40.0))
    south = diff(red_anxin, north)
    pieces.append(Piece("130632", "red", "priority", north, "白洋淀湿地优先保护单元（北部淀区）"))
    pieces.append(Piece("130632", "red", "priority", south, "白洋淀湿地优先保护单元（南部淀区）"))
    taken.append(red_anxin)
    blocked = union(taken)
    for town in TOWNS:
        geom = blob_ll(town.lon, town.lat, town.rx, town.ry, rng, 16, 0.14)
        geom = diff(inter(geom, counties[town.county]), blocked)
        pieces.append(Piece(town.county, "town", "key", geom, town.unit_name))
    return pieces


def cell_pieces(counties: Dict[str, BaseGeometry], specials: List[Piece],
                rng: np.random.Generator) -> List[Piece]:
    """Seeded Voronoi cells over what the special units leave of each county."""
    pieces: List[Piece] = []
    for code, county in counties.items():
        rest = diff(county, union([p.geom for p in specials if p.county == code]))
        count, spacing = SEED_COUNTS[code]
        seeds = poisson_points(to_m(rest), count, rng, spacing)
        for cell in voronoi_cells(rest, seeds):
            if not cell.is_empty:
                pieces.append(Piece(code, "cell", "", cell))
    return pieces


def classify_cells(pieces: List[Piece]) -> None:
    """Cells around the lake are priority; one cell per county (nearest its anchor) is key."""
    for piece in pieces:
        if piece.kind != "cell":
            continue
        centre = piece.geom.representative_point()
        piece.category = "priority" if LAKE_BOX.contains(centre) else "general"
    for code, (lon, lat) in KEY_CELL_ANCHORS.items():
        cells = [p for p in pieces if p.kind == "cell" and p.county == code
                 and p.category == "general"]
        target = shapely.Point(lon, lat)
        nearest = min(cells, key=lambda p: p.geom.distance(target))
        nearest.category = "key"


def build_pieces(counties: Dict[str, BaseGeometry], cons: Constraints,
                 rng: np.random.Generator) -> List[Piece]:
    """The full partition: specials plus classified cells, small fragments merged."""
    specials = special_pieces(counties, cons, rng)
    cells = cell_pieces(counties, specials, rng)
    merged = merge_small(specials + cells, MIN_UNIT_M2)
    make_coverage(merged)
    classify_cells(merged)
    return merged
