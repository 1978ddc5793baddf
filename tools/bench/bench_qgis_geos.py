"""The GEOS work of the batch done through QGIS's own API, with nothing of the engine around it.

Every PyQGIS program pays for it: each call converts the QGIS geometry to GEOS and the result
back, and QGIS 3.22 runs it on the calling thread only (one GEOS context for the whole process).
Three steps, each timed apart, each on freshly read geometries (QGIS keeps a geometry's
validity once checked):
- the intersections of exactly the pairs the GEOS floor intersects (``intersection_s``);
- the validity check of every unit the sites touch (``validity_s``);
- the prepared-site ``intersects`` test of every index candidate (``prepared_s``).

Hook for run_bench.py: ``from bench_qgis_geos import run_qgis_geos``.
"""

import sys
import time
from pathlib import Path
from typing import Any, Dict, List, Tuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from qgis_parts import layer, start_qgis  # noqa: E402


def _read(cache: Path) -> Tuple[Dict[int, Any], List[Any]]:
    """Fresh unit geometries by feature id, and the site geometries."""
    from qgis.core import QgsFeatureRequest
    units = layer(cache, "units.gpkg", "control_units")
    request = QgsFeatureRequest().setNoAttributes()
    geometries = {f.id(): f.geometry() for f in units.getFeatures(request)}
    sites = [f.geometry() for f in layer(cache, "sites.gpkg", "sites").getFeatures(request)]
    return geometries, sites


def _candidates(units: Dict[int, Any], sites: List[Any]) -> List[List[int]]:
    """Each site's candidate units (bounding boxes meet), from a QgsSpatialIndex."""
    from qgis.core import QgsSpatialIndex
    index = QgsSpatialIndex()
    for fid, geometry in units.items():
        index.addFeature(fid, geometry.boundingBox())
    return [index.intersects(site.boundingBox()) for site in sites]


def _engine(site: Any, prepared: bool) -> Any:
    from qgis.core import QgsGeometry
    engine = QgsGeometry.createGeometryEngine(site.constGet())
    if prepared:
        engine.prepareGeometry()
    return engine


def run_qgis_geos(cache: Path) -> Dict[str, Any]:
    """Time the three GEOS steps of the batch through QgsGeometry / QgsGeometryEngine."""
    start_qgis()
    units, sites = _read(cache)
    candidates = _candidates(units, sites)
    started = time.perf_counter()
    pairs = []
    for site, fids in zip(sites, candidates):
        engine = _engine(site, True)
        pairs.append([fid for fid in fids if engine.intersects(units[fid].constGet())])
    prepared_s = time.perf_counter() - started
    units, sites = _read(cache)
    started = time.perf_counter()
    count = 0
    for site, fids in zip(sites, pairs):
        engine = _engine(site, False)
        for fid in fids:
            engine.intersection(units[fid].constGet())
            count += 1
    intersection_s = time.perf_counter() - started
    units, _sites = _read(cache)
    touched = sorted({fid for fids in pairs for fid in fids})
    started = time.perf_counter()
    for fid in touched:
        units[fid].isGeosValid()
    validity_s = time.perf_counter() - started
    return {"intersection_s": intersection_s, "validity_s": validity_s, "prepared_s": prepared_s,
            "total_s": intersection_s + validity_s + prepared_s, "pairs": count,
            "candidates": sum(len(fids) for fids in candidates), "units_touched": len(touched)}


if __name__ == "__main__":
    from build_data import CACHE
    print(run_qgis_geos(CACHE))
