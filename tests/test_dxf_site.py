"""A site boundary drawn in CAD: GDAL (and so QGIS) reads a DXF's LWPOLYLINE as a line, closed or not. The dock's
file load and reviewsites refuse such a file, saying how many of its lines are closed and what to do (Processing's
Lines to polygons, or draw or select the polygon); a line is never taken for a site (a closed one may be a drawing
frame or a building, an unclosed one is no area)."""

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException

from zoning_review.plugin.gui.site_sources import SiteError, file_site

from .kept_feedback import Feedback

SQUARE = "LINESTRING(116.0 39.0, 116.002 39.0, 116.002 39.002, 116.0 39.002, 116.0 39.0)"
OPEN = "LINESTRING(116.01 39.0, 116.012 39.0, 116.012 39.002, 116.01 39.002)"


def write_dxf(path, *wkts):
    """A DXF written by GDAL's driver: each line an LWPOLYLINE entity."""
    source = ogr.GetDriverByName("DXF").CreateDataSource(str(path))
    layer = source.CreateLayer("entities")
    for wkt in wkts:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    source = None  # closed: written
    text = path.read_text(encoding="ascii", errors="replace")
    assert text.count("LWPOLYLINE") == len(wkts)
    return path


@pytest.mark.parametrize("wkts, count", [
    ((SQUARE,), "1 line, closed"),
    ((SQUARE, OPEN), "2 lines, 1 of them closed"),
    ((OPEN,), "1 line, not closed"),
    ((OPEN, OPEN), "2 lines, none of them closed"),
])
def test_the_docks_file_load_names_the_lines_and_what_to_do(qgis_app, tmp_path, wkts, count):
    path = write_dxf(tmp_path / "site.dxf", *wkts)
    with pytest.raises(SiteError) as raised:
        file_site(str(path))
    text = str(raised.value)
    assert text.startswith(f"site.dxf holds no polygons, only lines ({count}):"), text
    assert "Lines to polygons" in text and "“Selected”" in text


def test_reviewsites_names_the_lines_of_a_dxf_and_what_to_do(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    path = write_dxf(tmp_path / "sites.dxf", SQUARE, OPEN)
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("zoningreview:reviewsites", {
            "SITES": str(path), "UNITS": f"{sample_gpkg}|layername=control_units", "RULES": str(example_rules),
            "FINDINGS": str(tmp_path / "findings.gpkg"), "SUMMARY": str(tmp_path / "summary.gpkg"),
        }, feedback=Feedback())
    text = str(raised.value)
    assert text.startswith("The candidate sites sites hold no polygons, only lines (2 lines, 1 of them closed)"), text
    assert "Lines to polygons" in text
