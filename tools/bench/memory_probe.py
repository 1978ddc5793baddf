"""Does `reviewsites`' memory grow with the number of sites? Measured, for census-size batches.

Writes the bench's 10,000 sites COPIES times into a new GeoPackage, each copy moved a little (so that no two
sites are one), runs the full `reviewsites` on them (example rules, the three constraint layers) and prints one
JSON line: the sites, the seconds, the process's peak memory and the size of the outputs. A run per count, each
in its own process, shows whether the peak follows the sites or levels off (the batch's caches are bounded).
Usage: python tools/bench/memory_probe.py COPIES [--json] [--postgis]   (--json: FINDINGS with findings_json, the
default of the algorithm; without it FINDINGS_JSON=false. --postgis: units and sites loaded into a private PostGIS
server and read from there, so that the overlay is pushed down, as the README's census-size batch runs). In a
matrix root:
tools/matrix/run_in_root.sh 3.44 -- python tools/bench/memory_probe.py 8
"""

import json
import resource
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Tuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_data import CACHE  # noqa: E402
from qgis_parts import QUERIES, ROOT, bench_server, layer, start_qgis  # noqa: E402

STEP = (0.0003, 0.0002)  # degrees each copy is moved by, on top of the one before


def peak_mb() -> float:
    """This process's peak resident memory so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def copied_sites(folder: Path, copies: int) -> Tuple[Path, int]:
    """The bench's sites COPIES times, each copy moved by STEP more and its ids numbered, as a new GeoPackage, and
    their count."""
    from qgis.core import QgsCoordinateTransformContext, QgsFeature, QgsVectorFileWriter
    source = layer(CACHE, "sites.gpkg", "sites")
    path = folder / "sites.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "sites"
    writer = QgsVectorFileWriter.create(str(path), source.fields(), source.wkbType(), source.crs(),
                                        QgsCoordinateTransformContext(), options)
    fid, ident = source.fields().indexOf("fid"), source.fields().indexOf("site_id")
    features = list(source.getFeatures())
    for copy in range(copies):
        for feature in features:
            geometry = feature.geometry()
            geometry.translate(STEP[0] * copy, STEP[1] * copy)
            moved = QgsFeature(source.fields())
            values = feature.attributes()
            values[fid] = None  # a new feature id
            values[ident] = f"{values[ident]}-{copy + 1}"  # ids stay one per site
            moved.setAttributes(values)
            moved.setGeometry(geometry)
            if not writer.addFeature(moved):
                raise RuntimeError(writer.errorMessage())
    del writer
    return path, len(features) * copies


@contextmanager
def inputs(sites: Path, postgis: bool) -> Iterator[Tuple[object, object]]:
    """The sites and units for reviewsites: file layers, or tables of a private PostGIS server loaded with them."""
    if not postgis:
        yield f"{sites}|layername=sites", f"{CACHE / 'units.gpkg'}|layername=control_units"
        return
    with bench_server(CACHE, {"units.gpkg": "control_units", str(sites): "sites"}, analyze=True) as (server, _s):
        yield server.layer("sites"), server.layer("control_units")


def main() -> None:
    """Write the sites, review them, print the figures."""
    copies, with_json, postgis = int(sys.argv[1]), "--json" in sys.argv[2:], "--postgis" in sys.argv[2:]
    start_qgis()
    from processing.core.Processing import Processing
    from qgis.core import QgsApplication

    from zoning_review.plugin.processing.provider import ZoningReviewProvider
    Processing.initialize()
    provider = ZoningReviewProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    with tempfile.TemporaryDirectory(prefix="zr-memory-") as name:
        folder = Path(name)
        sites, count = copied_sites(folder, copies)
        with inputs(sites, postgis) as (site_layer, unit_layer):
            before = peak_mb()
            started = time.perf_counter()
            review(site_layer, unit_layer, folder, with_json)
            seconds = time.perf_counter() - started
        written = sum(path.stat().st_size for path in folder.glob("*.gpkg") if path != sites)
    from qgis.core import Qgis
    print(json.dumps({"qgis": Qgis.QGIS_VERSION, "sites": count, "findings_json": with_json, "postgis": postgis,
                      "seconds": round(seconds, 1), "peak_mb_before_run": round(before),
                      "peak_mb": round(peak_mb()), "outputs_mb": round(written / 1e6)}))


def review(sites: object, units: object, folder: Path, with_json: bool) -> None:
    """The full reviewsites of the sites, its outputs into ``folder``."""
    import processing
    processing.run("zoningreview:reviewsites", {
        "SITES": sites, "UNITS": units,
        "RULES": str(ROOT / "rules" / "examples" / "xiongan_example.yaml"),
        "CONSTRAINTS": [f"{CACHE / 'constraints.gpkg'}|layername={name}" for name, _w in QUERIES],
        "FINDINGS_JSON": with_json,
        "FINDINGS": str(folder / "findings.gpkg"), "SUMMARY": str(folder / "summary.gpkg")})


if __name__ == "__main__":
    main()
