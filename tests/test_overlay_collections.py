"""A geometry collection holding a polygon and lines or points (as a GeoPackage of polygons may hold, written by
other tools): the polygons are reviewed and the other parts left out, as before, but no longer
silently: a warning names the unit (code and feature id) or the site, and the parts' types."""

import pytest
import shapely
from osgeo import ogr, osr
from qgis.core import QgsGeometry, QgsVectorLayer

from zoning_review.plugin.core.overlay.geometry_repair import PARTS_LEFT_OUT, REPAIRED, clean_polygonal
from zoning_review.plugin.core.review.site_review import render_reason

from .overlay_helpers import UNIT_FIELDS, crs, dispose, engine_for, geodesic_area, unit_row

SQUARE = "POLYGON((116 39, 116.01 39, 116.01 39.01, 116 39.01, 116 39))"
WITH_LINE = f"GEOMETRYCOLLECTION({SQUARE}, LINESTRING(116 39, 116.05 39.05), POINT(116.02 39.02))"
SITE = "POLYGON((115.995 38.995, 116.005 38.995, 116.005 39.005, 115.995 39.005, 115.995 38.995))"
UNIT_WORDS = "Unit {code} (feature {fid}) of {layer} holds parts that are not polygons ({detail}); only its " \
             "polygons are used"


@pytest.fixture()
def collection_units(tmp_path):
    """A GeoPackage of polygons in which GDAL stored collections (the GeoPackage format does not stop it; QGIS reads
    them as they are): ZH1 a square with a line and a point, ZH2 a plain square."""
    path = tmp_path / "collections.gpkg"
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4490)
    data = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    table = data.CreateLayer("units", srs, ogr.wkbMultiPolygon)
    rows = [unit_row("ZH1", WITH_LINE),
            unit_row("ZH2", "GEOMETRYCOLLECTION(POLYGON((116 39.02, 116.01 39.02, 116.01 39.03, 116 39.02)))")]
    for name in UNIT_FIELDS:
        table.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for row in rows:
        feature = ogr.Feature(table.GetLayerDefn())
        for name in UNIT_FIELDS:
            feature.SetField(name, row[name])
        feature.SetGeometry(ogr.CreateGeometryFromWkt(row["wkt"]))
        assert table.CreateFeature(feature) == 0
    data = None
    layer = QgsVectorLayer(str(path), "units", "ogr")
    assert layer.isValid() and layer.crs().authid() == "EPSG:4490"
    yield layer
    dispose(layer)


def test_a_unit_with_lines_in_its_collection_is_named_in_a_warning(collection_units):
    result = engine_for(collection_units).overlay(QgsGeometry.fromWkt(SITE), crs("EPSG:4490"))
    [unit] = result.overlaps
    expected = geodesic_area(shapely.from_wkt(SQUARE).intersection(shapely.from_wkt(SITE)))
    assert unit.code == "ZH1" and unit.overlap_m2 == pytest.approx(expected, rel=1e-9)
    fid = {f["HJGKDYBM"]: f.id() for f in collection_units.getFeatures()}["ZH1"]
    [warning] = [w for w in result.warnings if w.template == UNIT_WORDS]
    assert warning.values == {"code": "ZH1", "fid": fid, "layer": "units", "detail": "LineString, Point"}
    assert render_reason(warning, "en") == f"Unit ZH1 (feature {fid}) of units holds parts that are not polygons " \
                                           "(LineString, Point); only its polygons are used"


def test_a_site_with_lines_in_its_collection_is_warned_about(collection_units):
    site = QgsGeometry.fromWkt(f"GEOMETRYCOLLECTION({SITE}, LINESTRING(115 38, 115.5 38.5))")
    result = engine_for(collection_units).overlay(site, crs("EPSG:4490"))
    assert [(w.template, w.values) for w in result.warnings if "site geometry" in w.template] == [
        ("The site geometry holds parts that are not polygons ({detail}); only its polygons are reviewed",
         {"detail": "LineString"})]
    assert result.site_area_m2 == pytest.approx(geodesic_area(shapely.from_wkt(SITE)), rel=1e-9)


def test_a_collection_whose_polygon_is_also_repaired_says_both():
    bowtie = "POLYGON((0 0, 1 1, 1 0, 0 1, 0 0))"
    cleaned = clean_polygonal(QgsGeometry.fromWkt(f"GEOMETRYCOLLECTION({bowtie}, LINESTRING(0 0, 5 5))"))
    assert cleaned.status == REPAIRED
    assert cleaned.detail.startswith("parts not polygonal left out: LineString; ")
    assert clean_polygonal(QgsGeometry.fromWkt(WITH_LINE)).status == PARTS_LEFT_OUT
