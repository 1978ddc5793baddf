"""The benchmark table: figures side by side, with the ratios the issue asks for."""

from typing import Any, Dict, List, Optional


def _num(value: Optional[float], unit: str = "", digits: int = 2) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}{unit}"


def _ratio(numerator: Optional[float], denominator: Optional[float]) -> Optional[float]:
    return numerator / denominator if numerator and denominator else None


def _latency(label: str, figures: Optional[Dict[str, float]], missing: str) -> List[str]:
    if not figures:
        return [f"  {label:<38} {missing}"]
    return [f"  {label:<38} median {_num(figures['median_ms'], ' ms')}   p95 {_num(figures['p95_ms'], ' ms')}"]


def _goal(label: str, ratio: Optional[float], needed: float) -> str:
    """One goal line: the measured ratio, the ratio needed and whether it holds."""
    if ratio is None:
        return f"  {label:<54} ×n/a   (goal ×{needed:.2f})   NOT MEASURED"
    verdict = "holds" if ratio >= needed else "NOT MET"
    return f"  {label:<54} ×{ratio:.2f}   (goal ×{needed:.2f})   {verdict}"


def _sum(*values: Optional[float]) -> Optional[float]:
    return None if any(value is None for value in values) else sum(values)


def _bound(other: Optional[float], cpu: Optional[float], calling: Optional[float], cores: Optional[int],
           whose: str = "") -> List[str]:
    """What bounds a job on this machine, under a goal line: the wall time can be no less than its CPU
    seconds (``whose``, when not only the process's) spread over every core, nor than its calling
    thread's own CPU seconds (that thread's work is serial); and the best ratio against ``other`` that
    this leaves."""
    if not (other and cpu and calling and cores):
        return []
    spread = cpu / cores
    of = f" ({whose})" if whose else ""
    return [f"    bound here: {cpu:.2f} s of CPU{of} / {cores} cores = {spread:.2f} s; calling thread alone "
            f"{calling:.2f} s; so at best ×{other / max(spread, calling):.2f}"]


def _parts(full: Dict[str, Any]) -> List[str]:
    """Where the full reviewsites spent its calling thread's CPU, part by part (what bounds it)."""
    parts, own = full.get("calling_thread_parts") or {}, full.get("calling_thread_cpu_s")
    if not parts or not own:
        return []
    rest = own - sum(parts.values())
    return ["",
            "(f) full reviewsites: CPU seconds of the calling thread, by part (per-site Python runs here)",
            *[f"  {name:<46} {_num(seconds, ' s'):>9}" for name, seconds in parts.items()],
            f"  {'the rest (the run loop, Processing, closing)':<46} {_num(rest, ' s'):>9}",
            f"  {'calling thread in all':<46} {_num(own, ' s'):>9}   wall {_num(full.get('reviewsites_s'), ' s')}",
            f"  {'worker threads (areas, intersections, writing)':<46} "
            f"{_num(full.get('worker_threads_cpu_s'), ' s'):>9}"]


def goals(results: Dict[str, Any]) -> List[str]:
    """One line per goal of the performance issue, each with its measured ratio and whether it holds."""
    engine, native = results.get("engine", {}), results.get("native", {})
    gpd, full, pushed = results.get("geopandas", {}), results.get("reviewsites", {}), results.get("pushdown", {})
    batch = engine.get("batch_s")
    gpd_areas = (gpd["sjoin_intersection_s"] + gpd["geodesic_area_s"]
                 if gpd.get("sjoin_intersection_s") and gpd.get("geodesic_area_s") else None)
    same = full.get("digests_same")
    digest_line = ("  FINDINGS/SUMMARY digests unchanged on the bench data      "
                   + {True: "same as recorded   holds", False: "DIFFERENT from those recorded   NOT MET",
                      None: "no digests recorded for this QGIS version   NOT MEASURED"}[same])
    cores = results.get("cores")
    batch_cpu = (engine.get("batch_cpu_s"), engine.get("batch_calling_cpu_s"), cores)
    return [
        "Goals (each ratio: how many times faster than the other; ≥ the goal's figure holds)",
        _goal("batch overlay vs native:intersection + areas", _ratio(native.get("total_s"), batch), 2.0),
        *_bound(native.get("total_s"), *batch_cpu),
        _goal("batch overlay vs GeoPandas with geodesic areas", _ratio(gpd_areas, batch), 1.0),
        *_bound(gpd_areas, *batch_cpu),
        _goal("full reviewsites vs native:intersection + areas",
              _ratio(native.get("total_s"), full.get("reviewsites_s")), 1.0),
        *_bound(native.get("total_s"), full.get("reviewsites_cpu_s"), full.get("calling_thread_cpu_s"), cores),
        _goal("PostGIS push-down vs file-based batch", _ratio(batch, pushed.get("batch_s")), 1.0),
        *_bound(batch, _sum(pushed.get("batch_cpu_s"), pushed.get("server_cpu_s")),
                pushed.get("batch_calling_cpu_s"), cores, "QGIS and the PostgreSQL server"),
        digest_line,
    ]


def render(results: Dict[str, Any]) -> str:
    """A readable table of every figure and ratio."""
    engine, native = results.get("engine", {}), results.get("native", {})
    gpd, geos = results.get("geopandas", {}), results.get("geos", {})
    full, siting = results.get("reviewsites", {}), results.get("siting", {})
    postgis, api = results.get("postgis", {}), results.get("qgis_geos", {})
    pushed = results.get("pushdown", {})
    failed = [f"  {name} FAILED: {part['error']}" for name, part in results.items()
              if isinstance(part, dict) and "error" in part]
    batch = engine.get("batch_s")
    with_index = batch + engine["index_build_s"] if batch and engine.get("index_build_s") else None
    gpd_areas = (gpd["sjoin_intersection_s"] + gpd["geodesic_area_s"]
                 if gpd.get("sjoin_intersection_s") and gpd.get("geodesic_area_s") else None)
    lines = [
        f"Machine: {results['machine']}",
        f"Data: {results['data']}",
        f"Each contender ran {engine.get('runs', 1)} times, each in a fresh process: every figure is the median.",
        "",
        "(a) one site (200 different sites, EPSG:4490 units)",
        f"  {'unit index build (once)':<38} {_num(engine.get('index_build_s'), ' s')}",
        f"  {'constraint indexes build (once)':<38} {_num(engine.get('constraint_index_build_s'), ' s')}",
        *_latency("overlay alone (first touch of units)", engine.get("overlay"), "n/a"),
        *_latency("overlay alone (units seen before)", engine.get("overlay_warm"), "n/a"),
        *_latency("overlay + 3 distances (seen before)", engine.get("overlay_3_distances"), "n/a"),
        *_latency("full review", engine.get("full_review"), "n/a (review.py not plugged in yet)"),
        "",
        "(b) batch, 10,000 sites: overlay + ellipsoidal areas",
        f"  {'engine.overlay_many':<38} {_num(batch, ' s')}   {_num(engine.get('batch_sites_per_s'), ' sites/s', 0)}"
        f"   pairs {engine.get('pairs', 'n/a')}   {_num(engine.get('area_km2'), ' km²', 3)}",
        f"  {'  with the unit index build':<38} {_num(with_index, ' s')}",
        f"  {'the same, units in PostGIS':<38} {_num(postgis.get('batch_s'), ' s')}"
        f"   {_num(postgis.get('batch_sites_per_s'), ' sites/s', 0)}   pairs {postgis.get('pairs', 'n/a')}"
        f"   (index of boxes {_num(postgis.get('index_build_s'), ' s')})",
        f"  {'units + sites in PostGIS, pushed down':<38} {_num(pushed.get('batch_s'), ' s')}"
        f"   {_num(pushed.get('batch_sites_per_s'), ' sites/s', 0)}   pairs {pushed.get('pairs', 'n/a')}"
        f"   {_num(pushed.get('area_km2'), ' km²', 3)}   ({pushed.get('chunk_queries', 'n/a')} queries,"
        f" first result after {_num(pushed.get('first_result_s'), ' s')})",
        f"  {'full reviewsites (FINDINGS written)':<38} {_num(full.get('reviewsites_s'), ' s')}"
        f"   {_num(full.get('reviewsites_sites_per_s'), ' sites/s', 0)}"
        f"   vs native:intersection alone ×{_num(_ratio(native.get('total_s'), full.get('reviewsites_s')))}",
        "",
        "(c) the same job elsewhere                 time        (b) is faster by",
        f"  {'native:intersection + ellipsoidal area':<38} {_num(native.get('total_s'), ' s'):>9}"
        f"   ×{_num(_ratio(native.get('total_s'), batch))}   pairs {native.get('pairs', 'n/a')}"
        f"   {_num(native.get('area_km2'), ' km²', 3)}",
        f"  {'  (b) with its index build':<38} {'':>9}   ×{_num(_ratio(native.get('total_s'), with_index))}",
        f"  {'GeoPandas sjoin + shapely intersection':<38} {_num(gpd.get('sjoin_intersection_s'), ' s'):>9}"
        f"   ×{_num(_ratio(gpd.get('sjoin_intersection_s'), batch))}   pairs {gpd.get('pairs', 'n/a')}",
        f"  {'  + area (Albers, approximate)':<38} {_num(gpd.get('albers_area_s'), ' s'):>9}",
        f"  {'  + area (pyproj geodesic, loop)':<38} {_num(gpd.get('geodesic_area_s'), ' s'):>9}"
        f"   {_num(gpd.get('area_km2'), ' km²', 3)}",
        f"  {'  the same job (with geodesic areas)':<38} {_num(gpd_areas, ' s'):>9}"
        f"   ×{_num(_ratio(gpd_areas, batch))}",
        "",
        "(d) GEOS floor: exact intersections of the intersecting pairs only",
        f"  {'shapely.intersection (vectorised)':<38} {_num(geos.get('intersection_s'), ' s'):>9}"
        f"   (b) / floor = {_num(_ratio(batch, geos.get('intersection_s')))}   pairs {geos.get('pairs', 'n/a')}",
        "  the same GEOS work through QGIS's API (one thread in QGIS 3.22), nothing else:",
        f"  {'  the same intersections':<38} {_num(api.get('intersection_s'), ' s'):>9}"
        f"   / floor = {_num(_ratio(api.get('intersection_s'), geos.get('intersection_s')))}",
        f"  {'  + validity of every touched unit':<38} {_num(api.get('validity_s'), ' s'):>9}"
        f"   units {api.get('units_touched', 'n/a')}",
        f"  {'  + prepared tests of the candidates':<38} {_num(api.get('prepared_s'), ' s'):>9}"
        f"   candidates {api.get('candidates', 'n/a')}",
        f"  {'  all three':<38} {_num(api.get('total_s'), ' s'):>9}"
        f"   / floor = {_num(_ratio(api.get('total_s'), geos.get('intersection_s')))}"
        f"   (b) / this = {_num(_ratio(batch, api.get('total_s')))}",
        "",
        *_parts(full),
        "",
        "(e) peak memory (each contender in its own process, data loaded)",
        *[f"  {name:<38} {_num(results.get(name, {}).get('peak_rss_mb'), ' MB', 0)}"
          for name in ("engine", "postgis", "pushdown", "reviewsites", "native", "geopandas", "geos", "qgis_geos",
                       "siting")],
        "",
        "siting screen: every unit for one project (new C2614)",
        f"  {'units screened':<38} {siting.get('units', 'n/a')}   {_num(siting.get('siting_total_s'), ' s')}",
        "",
        f"Total run: {_num(results.get('total_s'), ' s', 0)}",
        "",
        *goals(results),
    ]
    return "\n".join(lines + failed)
