"""Every polygon output holds one geometry type: curved sites and units are written as 2D MultiPolygons.

Before, a curved site (a CurvePolygon in a GeoPackage) was written into SUMMARY's MultiPolygon layer as a
MultiSurface, and a FlatGeobuf SUMMARY refused it ("Mismatched geometry type").
"""

import math
import shutil
from pathlib import Path

import pytest
from osgeo import ogr

from tests.test_output_write_failures import replace_geometry, rows_of
from tests.test_processing_review import params

RADIUS = 0.002  # degrees: replace_geometry's "circle"


def geometries(path: Path, layer: str = "") -> dict:
    """{geometry type name: count} of a file's layer (its first when not named)."""
    data = ogr.Open(str(path))
    found: dict = {}
    for feature in data.GetLayerByName(layer) if layer else data.GetLayer(0):
        name = feature.GetGeometryRef().GetGeometryName() if feature.GetGeometryRef() else "NONE"
        found[name] = found.get(name, 0) + 1
    return found


def site_geometry(path: Path, site: str):
    """The SUMMARY geometry of one site (a copy that outlives the file)."""
    data = ogr.Open(str(path))
    for feature in data.GetLayer(0):
        if feature["site_id"] == site:
            return feature.GetGeometryRef().Clone()
    raise AssertionError(f"no row for {site}")


@pytest.fixture
def curved_sample(sample_gpkg, tmp_path) -> tuple:
    """A copy of the sample whose fifth site is a curved circle; the copy and that site's id."""
    gpkg = tmp_path / "in" / "sample.gpkg"
    gpkg.parent.mkdir()
    shutil.copy(sample_gpkg, gpkg)
    fids = replace_geometry(gpkg, "sites", 4, "circle")
    return gpkg, {r["fid"]: r["site_id"] for r in rows_of(gpkg, "sites")}[fids[4]]


@pytest.mark.parametrize("suffix", ["gpkg", "fgb"])
def test_a_curved_site_is_written_as_a_multipolygon(zr_processing, curved_sample, example_rules, tmp_path, suffix):
    import processing

    gpkg, curved = curved_sample
    summary = tmp_path / f"summary.{suffix}"
    processing.run("zoningreview:reviewsites", params(gpkg, example_rules, tmp_path, SUMMARY=str(summary)))
    assert geometries(summary) == {"MULTIPOLYGON": 10}
    assert set(geometries(tmp_path / "findings.gpkg")) == {"MULTIPOLYGON"}
    circle = site_geometry(summary, curved)
    assert circle.GetGeometryCount() == 1 and circle.GetGeometryRef(0).GetGeometryRef(0).GetPointCount() > 32
    assert circle.GetArea() == pytest.approx(math.pi * RADIUS ** 2, rel=1e-3)



@pytest.mark.parametrize("wkt, expected", [
    ("GEOMETRYCOLLECTION Z (POLYGON Z ((0 0 1, 2 0 1, 2 2 1, 0 0 1)), LINESTRING Z (5 5 1, 6 6 1))",
     "MultiPolygon (((0 0, 2 0, 2 2, 0 0)))"),
    ("POLYGON M ((0 0 3, 2 0 3, 2 2 3, 0 0 3))", "MultiPolygon (((0 0, 2 0, 2 2, 0 0)))"),
    ("LINESTRING (0 0, 1 1)", ""),
    ("POLYGON EMPTY", ""),
])
def test_an_output_geometry_is_a_plain_multipolygon_or_none(qgis_app, wkt, expected):
    from qgis.core import QgsGeometry

    from zoning_review.plugin.core.outputs.geometry import output_geometry

    made = output_geometry(QgsGeometry.fromWkt(wkt))
    assert (made.asWkt() if not made.isNull() else "") == expected
