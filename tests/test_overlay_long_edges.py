"""A site carried into another CRS keeps its shape: a long edge is densified before it is transformed.

A straight edge in one CRS is a curve in another. Carried over by its two end points alone, a 17 km
east–west edge of a lon/lat site bows about 5 m north in a Gauss-Krüger unit layer: the site then lay
partly in the unit north of it, which it does not touch, and missed a narrow unit along its own south
edge, which it does overlap (a unit whose clauses were then not applied). Expected values come from
shapely and pyproj: the site densified in its own CRS, cut in the units' CRS, areas as geodesics.
"""

import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from .overlay_helpers import crs, dispose, engine_for, from_shapely, geodesic_area, memory_layer, reproject, unit_row

UNIT_CRS = "EPSG:4527"  # CGCS2000 / 3-degree Gauss-Kruger zone 39 (central meridian 117°E)
FINE = 1e-4  # degrees: the oracle's densifying step (about 10 m)
STEP = 5e-4  # degrees: the units' vertices along their parallels (about 50 m: a chord 1e-4 m off its curve)


def band(south: float, north: float, west: float, east: float):
    """A lon/lat band between two parallels, densified so that its edges follow them in any CRS."""
    return shapely.segmentize(shapely.box(west, south, east, north), STEP)


def units_layer(bands, site_ll):
    """Units in the Gauss-Krüger CRS, each a band between two parallels a little wider than the site."""
    west, east = site_ll.bounds[0] - 0.01, site_ll.bounds[2] + 0.01
    rows = [unit_row(code, reproject(band(south, north, west, east), "EPSG:4490", UNIT_CRS).wkt)
            for code, south, north in bands]
    return memory_layer("MultiPolygon", UNIT_CRS, rows)


def oracle(site_ll, bands):
    """Each unit's overlap (m²) with the lon/lat site: the site densified, cut in the units' CRS, measured."""
    site = reproject(shapely.segmentize(site_ll, FINE), "EPSG:4490", UNIT_CRS)
    west, east = site_ll.bounds[0] - 0.01, site_ll.bounds[2] + 0.01
    found = {}
    for code, south, north in bands:
        piece = reproject(band(south, north, west, east), "EPSG:4490", UNIT_CRS).intersection(site)
        if not piece.is_empty:
            found[code] = geodesic_area(reproject(shapely.segmentize(piece, 10.0), UNIT_CRS, "EPSG:4490"))
    return found


def test_a_site_whose_edge_runs_along_a_unit_border_lies_in_one_unit(qgis_app):
    # the site's north edge (17 km) is the parallel 39.05°, the border between ZH_S and ZH_N
    site_ll = shapely.box(116.3, 39.0, 116.5, 39.05)
    bands = [("ZH_S", 38.9, 39.05), ("ZH_N", 39.05, 39.2)]
    layer = units_layer(bands, site_ll)
    try:
        result = engine_for(layer).overlay(from_shapely(site_ll), crs("EPSG:4490"))
        expected = geodesic_area(shapely.segmentize(site_ll, FINE))
        assert [u.code for u in result.overlaps] == ["ZH_S"]
        assert all(u.overlap_m2 < 1.0 for u in result.touches)
        assert result.site_area_m2 == pytest.approx(expected, rel=1e-6)
        assert result.overlaps[0].overlap_m2 == pytest.approx(expected, rel=1e-6)
        assert result.uncovered_m2 == 0.0
    finally:
        dispose(layer)


def test_a_narrow_unit_along_the_sites_edge_is_overlapped_by_its_whole_strip(qgis_app):
    # ZH_STRIP: 1.5 m wide along the inside of the site's south edge, about 25,000 m² of the site
    site_ll = shapely.box(116.3, 39.0, 116.5, 39.05)
    strip = 1.5 / 111_030.0
    bands = [("ZH_STRIP", 38.99, 39.0 + strip), ("ZH_MAIN", 39.0 + strip, 39.2)]
    layer = units_layer(bands, site_ll)
    try:
        result = engine_for(layer).overlay(from_shapely(site_ll), crs("EPSG:4490"))
        expected = oracle(site_ll, bands)
        assert expected["ZH_STRIP"] > 20_000.0 > 1e-4 * result.site_area_m2  # well over the touch tolerance
        got = {u.code: u.overlap_m2 for u in result.overlaps}
        assert sorted(got) == ["ZH_MAIN", "ZH_STRIP"]
        assert got["ZH_STRIP"] == pytest.approx(expected["ZH_STRIP"], rel=1e-3)
        assert got["ZH_MAIN"] == pytest.approx(expected["ZH_MAIN"], rel=1e-6)
    finally:
        dispose(layer)


@settings(max_examples=25, deadline=None)
@given(west=st.floats(115.6, 118.0), width=st.floats(0.02, 0.4), south=st.floats(38.95, 39.3),
       height=st.floats(0.005, 0.1), border=st.floats(0.0, 1.0))
def test_overlaps_of_a_lon_lat_site_with_gauss_krueger_units_match_the_densified_site(
        qgis_app, west, width, south, height, border):
    site_ll = shapely.box(west, south, west + width, south + height)
    middle = round(south + border * height, 6)  # the border between the two units, a parallel across the site
    bands = [("ZH_A", 38.8, middle), ("ZH_B", middle, 39.5)]
    layer = units_layer(bands, site_ll)
    try:
        result = engine_for(layer).overlay(from_shapely(site_ll), crs("EPSG:4490"))
        expected = oracle(site_ll, bands)
        site_m2 = geodesic_area(shapely.segmentize(site_ll, FINE))
        assert result.site_area_m2 == pytest.approx(site_m2, rel=1e-6)
        assert sum(expected.values()) == pytest.approx(site_m2, rel=1e-6)  # the oracle itself adds up
        threshold = max(1.0, 1e-4 * site_m2)
        got = {u.code: u.overlap_m2 for u in result.overlaps}
        assert sorted(got) == sorted(code for code, area in expected.items() if area > 1.5 * threshold) or \
            any(abs(area - threshold) < 0.5 * threshold for area in expected.values())
        for code, area in got.items():
            assert area == pytest.approx(expected[code], rel=1e-4, abs=1.0)
        assert result.uncovered_m2 == 0.0
    finally:
        dispose(layer)
