"""The PyQGIS contenders: the plugin's overlay engine, and native:intersection + ellipsoidal area."""

import importlib.util
import os
import statistics
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

ROOT = Path(__file__).resolve().parents[2]
PROCESSING_PATH = "/usr/share/qgis/python/plugins"
LATENCY_SITES = 200
UNIT_FIELDS = ("HJGKDYBM", "HJGKDYMC", "ZHGKDYFL")
EXTRA_FIELDS = ["KJBJYS", "PWWPFGK", "HJFXFK", "ZYKFXLYQ", "ZLCB"]
QUERIES = (("red_line", ""), ("water_source", "\"grade\" = 'I'"), ("river_bank", ""))
_APP: List[Any] = []  # the QgsApplication must outlive every use of QGIS


def start_qgis() -> Any:
    """A headless QgsApplication with Processing, and the checkout importable as zoning_review (the process's one
    application: started once, then handed back)."""
    if _APP:
        return _APP[0]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if PROCESSING_PATH not in sys.path:
        sys.path.append(PROCESSING_PATH)
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    _APP.append(app)
    if "zoning_review" not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            "zoning_review", ROOT / "__init__.py", submodule_search_locations=[str(ROOT)])
        module = importlib.util.module_from_spec(spec)
        sys.modules["zoning_review"] = module
        spec.loader.exec_module(module)
    return app


def layer(cache: Path, file: str, name: str) -> Any:
    """A GeoPackage layer of the benchmark data."""
    from qgis.core import QgsVectorLayer
    found = QgsVectorLayer(f"{cache / file}|layername={name}", name, "ogr")
    assert found.isValid(), name
    return found


def percentile(values: List[float], fraction: float) -> float:
    """The value at a fraction of the sorted list (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def latency(call: Callable[[Any], Any], sites: List[Any]) -> Dict[str, float]:
    """Median and p95 in ms of ``call(site)`` over the sites (after a short warm-up)."""
    for site in sites[:10]:
        call(site)
    times = []
    for site in sites:
        started = time.perf_counter()
        call(site)
        times.append((time.perf_counter() - started) * 1000.0)
    return {"median_ms": statistics.median(times), "p95_ms": percentile(times, 0.95), "count": len(times)}


def full_review_call(engine: Any, site_crs: Any) -> Optional[Callable[[Any], Any]]:
    """The full one-site review: overlay + distances to the 3 constraint layers + the example rules."""
    from zoning_review.plugin.core.model.project import ProjectDescription
    from zoning_review.plugin.core.review.site_review import review_site
    from zoning_review.plugin.core.rules.loader import load_ruleset

    ruleset = load_ruleset(str(ROOT / "rules" / "examples" / "xiongan_example.yaml")).ruleset
    project = ProjectDescription(name="bench", industry="C2614", construction="new", catalogue="",
                                 attributes={"boiler_tph": 10.0, "investment_wan": 20000.0, "vocs_tpa": 3.0,
                                             "discharges_pollutants": True, "capacity_increase": True})
    prose = dict(zip(("spatial_layout", "pollutant_emission", "risk_prevention", "resource_efficiency"),
                     EXTRA_FIELDS[:4]))
    return lambda site: review_site("bench", site, site_crs, project, engine, ruleset, prose)


def run_engine(cache: Path) -> Dict[str, Any]:
    """(a) one-site latency, (b) batch throughput of the plugin's engine."""
    start_qgis()
    from qgis.core import QgsProject

    from zoning_review.plugin.core.model.results import SpatialQuery
    from zoning_review.plugin.core.overlay.engine import OverlayEngine, UnitLayerSpec
    units = layer(cache, "units.gpkg", "control_units")
    sites_layer = layer(cache, "sites.gpkg", "sites")
    sites = [f.geometry() for f in sites_layer.getFeatures()]
    site_crs = sites_layer.crs()
    constraints = {name: layer(cache, "constraints.gpkg", name) for name, _w in QUERIES}
    engine = OverlayEngine(UnitLayerSpec(units, *UNIT_FIELDS, EXTRA_FIELDS), constraints,
                           QgsProject.instance().transformContext())
    started = time.perf_counter()
    engine.build_index()
    figures: Dict[str, Any] = {"index_build_s": time.perf_counter() - started}
    queries = [SpatialQuery(name, where) for name, where in QUERIES]
    started = time.perf_counter()
    engine.overlay(sites[0], site_crs, queries)
    figures["constraint_index_build_s"] = time.perf_counter() - started
    step = len(sites) // LATENCY_SITES
    sample = sites[::step][:LATENCY_SITES]
    figures["overlay"] = latency(lambda s: engine.overlay(s, site_crs), sample)
    figures["overlay_warm"] = latency(lambda s: engine.overlay(s, site_crs), sample)
    figures["overlay_3_distances"] = latency(lambda s: engine.overlay(s, site_crs, queries), sample)
    review = full_review_call(engine, site_crs)
    figures["full_review"] = latency(review, sample) if review else None
    figures.update(batch(engine, sites, site_crs))
    return figures


def cpu_mark() -> Tuple[float, float]:
    """The CPU seconds used so far by the whole process and by the calling thread."""
    return time.process_time(), time.thread_time()


def cpu_since(mark: Tuple[float, float]) -> Tuple[float, float]:
    """The CPU seconds used since ``mark`` by the whole process and by the calling thread."""
    now = cpu_mark()
    return now[0] - mark[0], now[1] - mark[1]


def batch(engine: Any, sites: List[Any], site_crs: Any) -> Dict[str, Any]:
    """Overlay + ellipsoidal areas for every site; the count and area of overlaps as a cross-check, and
    the CPU seconds of the whole process and of the calling thread alone."""
    started, mark = time.perf_counter(), cpu_mark()
    results = list(engine.overlay_many(sites, site_crs, with_geometries=False))
    seconds = time.perf_counter() - started
    cpu_s, own_s = cpu_since(mark)
    return {**batch_figures(results, seconds), "batch_cpu_s": cpu_s, "batch_calling_cpu_s": own_s}


def batch_figures(results: List[Any], seconds: float) -> Dict[str, Any]:
    """Throughput, and the count and total area of the overlaps, of a batch's results."""
    pieces = [u for r in results for u in r.overlaps + r.touches]
    errors = sum(1 for r in results if isinstance(r, Exception))
    return {"batch_s": seconds, "batch_sites_per_s": len(results) / seconds, "sites": len(results),
            "pairs": len(pieces), "area_km2": sum(u.overlap_m2 for u in pieces) / 1e6, "errors": errors}


@contextmanager
def bench_server(cache: Path, files: Dict[str, str], analyze: bool = False) -> Iterator[Tuple[Any, float]]:
    """A private PostGIS server (Unix socket) with bench files loaded as tables (file → table), and
    the seconds the loading took (with fresh statistics when ``analyze``)."""
    start_qgis()
    sys.path.insert(0, str(ROOT))
    from tests.postgis_server import start_server
    server = start_server()
    try:
        started = time.perf_counter()
        for file, table in files.items():
            server.load(cache / file, table)
        if analyze:
            server.psql("; ".join(f"ANALYZE {table}" for table in files.values()))
        yield server, time.perf_counter() - started
    finally:
        server.stop()


def _cpu_ticks(pid: int, reaped: bool) -> int:
    """A process's CPU clock ticks (user + system), with those of its ended children when ``reaped``."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    user, system, children_user, children_system = (int(value) for value in fields[11:15])
    return user + system + (children_user + children_system if reaped else 0)


def server_cpu_s(server: Any) -> float:
    """The CPU seconds the PostgreSQL server has used so far: its postmaster, the backends still running
    and those that ended (parallel workers, closed connections)."""
    postmaster = int((server.folder / "data" / "postmaster.pid").read_text().split()[0])
    ticks = _cpu_ticks(postmaster, True)
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == postmaster:
                ticks += _cpu_ticks(int(entry.name), False)
        except (OSError, ValueError):
            continue  # ended meanwhile
    return ticks / os.sysconf("SC_CLK_TCK")


def unit_engine(units: Any) -> Any:
    """The plugin's engine on a unit layer of the bench data, without constraint layers."""
    from qgis.core import QgsProject

    from zoning_review.plugin.core.overlay.engine import OverlayEngine, UnitLayerSpec
    return OverlayEngine(UnitLayerSpec(units, *UNIT_FIELDS, EXTRA_FIELDS), {}, QgsProject.instance().transformContext())


def run_postgis(cache: Path) -> Dict[str, Any]:
    """(b) the same batch with the units in PostGIS (a private server on a Unix socket, loaded with GDAL)."""
    with bench_server(cache, {"units.gpkg": "control_units"}) as (server, load_s):
        figures: Dict[str, Any] = {"load_s": load_s}
        sites_layer = layer(cache, "sites.gpkg", "sites")
        sites = [f.geometry() for f in sites_layer.getFeatures()]
        engine = unit_engine(server.layer("control_units"))
        started = time.perf_counter()
        engine.build_index()
        figures["index_build_s"] = time.perf_counter() - started
        figures.update(batch(engine, sites, sites_layer.crs()))
        return figures


def run_pushdown(cache: Path) -> Dict[str, Any]:
    """(b) the same batch with units and sites in one PostGIS database: the overlay and areas pushed down."""
    files = {"units.gpkg": "control_units", "sites.gpkg": "sites"}
    with bench_server(cache, files, analyze=True) as (server, load_s):
        from zoning_review.plugin.core.overlay.pushdown import batch_overlay
        figures: Dict[str, Any] = {"load_s": load_s}
        units, sites_layer = server.layer("control_units"), server.layer("sites")
        site_crs = sites_layer.crs()
        items = [(f.id(), f.geometry(), site_crs) for f in sites_layer.getFeatures()]
        engine = unit_engine(units)
        started, results = time.perf_counter(), []
        mark, server_started = cpu_mark(), server_cpu_s(server)
        for _key, outcome in batch_overlay(engine, sites_layer, items, with_geometries=False):
            if not results:
                figures["first_result_s"] = time.perf_counter() - started  # the setup and the first chunk
            results.append(outcome)
        figures.update(batch_figures(results, time.perf_counter() - started))
        cpu_s, own_s = cpu_since(mark)
        figures.update({"batch_cpu_s": cpu_s, "batch_calling_cpu_s": own_s,
                        "server_cpu_s": server_cpu_s(server) - server_started})
        figures["chunk_queries"] = server.statements().count("WITH zr_s AS")
        return figures


def run_native(cache: Path) -> Dict[str, Any]:
    """(c) native:intersection with default settings, then the ellipsoidal area of each piece."""
    start_qgis()
    import processing
    from processing.core.Processing import Processing
    from qgis.core import QgsDistanceArea, QgsProject
    Processing.initialize()
    started = time.perf_counter()
    output = processing.run("native:intersection", {
        "INPUT": f"{cache / 'sites.gpkg'}|layername=sites",
        "OVERLAY": f"{cache / 'units.gpkg'}|layername=control_units",
        "OUTPUT": "memory:"})["OUTPUT"]
    intersect_s = time.perf_counter() - started
    started = time.perf_counter()
    measure = QgsDistanceArea()
    measure.setSourceCrs(output.crs(), QgsProject.instance().transformContext())
    measure.setEllipsoid(output.crs().ellipsoidAcronym())
    areas = [measure.measureArea(f.geometry()) for f in output.getFeatures()]
    area_s = time.perf_counter() - started
    return {"intersection_s": intersect_s, "area_s": area_s, "total_s": intersect_s + area_s,
            "pairs": len(areas), "area_km2": sum(areas) / 1e6}


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB."""
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def run_reviewsites(cache: Path) -> Dict[str, Any]:
    """(b) the full zoningreview:reviewsites job (example rules, 3 distances) with FINDINGS written."""
    import tempfile

    start_qgis()
    import processing
    from digests import layer_digest, record, reference
    from processing.core.Processing import Processing
    from qgis.core import QgsApplication
    from reviewsites_parts import timed_parts

    from zoning_review.plugin.processing.provider import ZoningReviewProvider

    Processing.initialize()
    provider = ZoningReviewProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    with tempfile.TemporaryDirectory(prefix="zr-bench-") as folder:  # FINDINGS is about 500 MB
        out = Path(folder)
        started, mark = time.perf_counter(), cpu_mark()
        with timed_parts() as parts:
            processing.run("zoningreview:reviewsites", {
                "SITES": f"{cache / 'sites.gpkg'}|layername=sites",
                "UNITS": f"{cache / 'units.gpkg'}|layername=control_units",
                "RULES": str(ROOT / "rules" / "examples" / "xiongan_example.yaml"),
                "CONSTRAINTS": [f"{cache / 'constraints.gpkg'}|layername={name}" for name, _w in QUERIES],
                "FINDINGS": str(out / "findings.gpkg"), "SUMMARY": str(out / "summary.gpkg"),
            })
        seconds = time.perf_counter() - started
        cpu_s, own_s = cpu_since(mark)
        peak_mb = peak_rss_mb()  # the run's own (reading the outputs back for the digests takes more)
        summary = layer(out, "summary.gpkg", "summary")
        count = summary.featureCount()
        del summary
        digests = {"findings": layer_digest(out / "findings.gpkg", "findings"),
                   "summary": layer_digest(out / "summary.gpkg", "summary")}
    if os.environ.get("ZR_BENCH_RECORD_DIGESTS"):
        record(digests["findings"], digests["summary"])
    expected = reference()
    return {"reviewsites_s": seconds, "reviewsites_cpu_s": cpu_s, "reviewsites_sites_per_s": count / seconds,
            "peak_rss_mb": peak_mb, "calling_thread_cpu_s": own_s, "worker_threads_cpu_s": cpu_s - own_s,
            "calling_thread_parts": parts,
            "sites": count, "findings_digest": digests["findings"], "summary_digest": digests["summary"],
            "digests_recorded": expected is not None,
            "digests_same": expected == digests if expected is not None else None}
