"""The non-QGIS contenders: GeoPandas (sjoin + shapely 2 vectorised intersection) and the GEOS floor."""

import time
from pathlib import Path
from typing import Any, Dict, Tuple

import numpy
import shapely
from pyproj import Geod

ALBERS_CHINA = "+proj=aea +lat_1=25 +lat_2=47 +lat_0=0 +lon_0=105 +ellps=GRS80 +units=m"


def read(cache: Path) -> Tuple[Any, Any, float]:
    """Sites and units as GeoDataFrames, and the reading time."""
    import geopandas
    started = time.perf_counter()
    sites = geopandas.read_file(cache / "sites.gpkg", layer="sites", engine="pyogrio")
    units = geopandas.read_file(cache / "units.gpkg", layer="control_units", engine="pyogrio",
                                columns=["HJGKDYBM", "HJGKDYMC", "ZHGKDYFL"])
    return sites, units, time.perf_counter() - started


def geopandas_overlay(cache: Path) -> Dict[str, Any]:
    """sjoin (intersects) + vectorised intersection; area in an equal-area projection and geodesic."""
    import geopandas
    sites, units, read_s = read(cache)
    started = time.perf_counter()
    joined = geopandas.sjoin(sites, units, predicate="intersects", how="inner")
    pieces = shapely.intersection(sites.geometry.values[joined.index.values],
                                  units.geometry.values[joined["index_right"].values])
    join_s = time.perf_counter() - started
    started = time.perf_counter()
    albers = geopandas.GeoSeries(pieces, crs="EPSG:4490").to_crs(ALBERS_CHINA).area.values
    albers_s = time.perf_counter() - started
    started = time.perf_counter()
    geod = Geod(a=6378137.0, f=1 / 298.257222101)
    geodesic = numpy.array([abs(geod.geometry_area_perimeter(p)[0]) for p in pieces])
    geodesic_s = time.perf_counter() - started
    return {"read_s": read_s, "sjoin_intersection_s": join_s, "albers_area_s": albers_s,
            "geodesic_area_s": geodesic_s, "pairs": len(pieces),
            "area_km2": float(geodesic.sum()) / 1e6, "albers_area_km2": float(albers.sum()) / 1e6}


def geos_floor(cache: Path) -> Dict[str, Any]:
    """Only the exact intersections of the intersecting (site, unit) pairs, vectorised in GEOS."""
    sites, units, _read_s = read(cache)
    site_array, unit_array = numpy.asarray(sites.geometry.values), numpy.asarray(units.geometry.values)
    started = time.perf_counter()
    site_idx, unit_idx = shapely.STRtree(unit_array).query(site_array, predicate="intersects")
    query_s = time.perf_counter() - started
    started = time.perf_counter()
    pieces = shapely.intersection(site_array[site_idx], unit_array[unit_idx])
    intersection_s = time.perf_counter() - started
    return {"intersection_s": intersection_s, "query_s": query_s, "pairs": len(pieces)}
