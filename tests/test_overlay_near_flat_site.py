"""A site whose vertices lie almost on one line (a saved review's, a layer's, drawn or typed alike: every input goes
through the one overlay) has next to no area, yet measured along geodesic edges in a lon/lat CRS it counts as
~177 m²: refused naming why, as an exactly flat site is, never reviewed as a site of that area. Thin sites that do
enclose an area (a corridor, a narrow triangle) are reviewed with their area, as before."""

import pytest
import shapely
from qgis.core import QgsGeometry

from zoning_review.plugin.core.overlay.types import OverlayError

from .overlay_helpers import crs, dispose, engine_for, geodesic_area, memory_layer, unit_row

UNIT = unit_row("ZH1", "POLYGON((115.9 38.9, 116.1 38.9, 116.1 39.1, 115.9 39.1, 115.9 38.9))")
NEAR_FLAT = "POLYGON((115.95 38.95, 115.96 38.96, 115.97 38.97, 115.95 38.95))"  # not exactly on one line in floats
M_PER_DEG_LON, M_PER_DEG_LAT = 86_700.0, 111_030.0  # near 39°N on the CGCS2000 ellipsoid (rounded)


@pytest.fixture
def units(qgis_app):
    layer = memory_layer("Polygon", "EPSG:4490", [UNIT])
    yield layer
    dispose(layer)


def test_the_premise_geodesic_edges_give_a_near_flat_site_an_area_its_outline_lacks():
    """Independently of QGIS: pyproj's geodesic area ~177 m², the outline's plane area far below 1 m²."""
    shape = shapely.from_wkt(NEAR_FLAT)
    assert 150.0 < geodesic_area(shape) < 200.0
    assert shape.area * M_PER_DEG_LON * M_PER_DEG_LAT < 0.01


def test_a_site_almost_on_one_line_is_refused_naming_why(units):
    with pytest.raises(OverlayError) as caught:
        engine_for(units).overlay(QgsGeometry.fromWkt(NEAR_FLAT), crs("EPSG:4490"))
    message = str(caught.value)
    assert "next to no area" in message and "almost on one line" in message and "EPSG:4490" in message
    assert "Check the site's vertices" in message
    assert caught.value.reason.template.startswith("The site has next to no area")


def test_many_sites_refuse_the_near_flat_one_only(units):
    square = "POLYGON((115.95 38.95, 115.96 38.95, 115.96 38.96, 115.95 38.96, 115.95 38.95))"
    outcomes = list(engine_for(units).overlay_many([QgsGeometry.fromWkt(w) for w in (square, NEAR_FLAT, square)],
                                                   crs("EPSG:4490")))
    assert [type(outcome).__name__ for outcome in outcomes] == ["OverlayResult", "OverlayError", "OverlayResult"]


@pytest.mark.parametrize("wkt", [
    # a corridor 5 m wide and ~1.4 km long, across the lon/lat grid
    "POLYGON((115.95 38.95, 115.96 38.96, 115.96005 38.95996, 115.95005 38.94996, 115.95 38.95))",
    # a corridor ~60 m wide and ~140 km long, its long edges bowing as geodesics (checked: it fills next to none of
    # its bounding box)
    "POLYGON((115 38, 116 39, 116.0005 38.9996, 115.0005 37.9996, 115 38))",
    # a narrow triangle, its apex ~20 m off a ~1.4 km base
    "POLYGON((115.95 38.95, 115.955 38.9552, 115.96 38.96, 115.95 38.95))",
    # a small compact site
    "POLYGON((115.95 38.95, 115.9501 38.95, 115.9501 38.9501, 115.95 38.9501, 115.95 38.95))",
])
def test_thin_or_small_sites_with_an_area_are_reviewed_with_it(units, wkt):
    result = engine_for(units).overlay(QgsGeometry.fromWkt(wkt), crs("EPSG:4490"))
    assert result.site_area_m2 == pytest.approx(geodesic_area(shapely.from_wkt(wkt)), rel=0.01)
    assert [unit.code for unit in result.overlaps] == ["ZH1"]
