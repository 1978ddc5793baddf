"""A site smaller than the touch threshold (1 m²) that lies inside a unit is inside it (#15)."""

from hypothesis import given, settings
from hypothesis import strategies as st
from qgis.core import QgsGeometry

from .overlay_helpers import crs, dispose, engine_for, memory_layer, unit_row

# Two units side by side at 39°N (EPSG:4490): west 116.00–116.01, east 116.01–116.02.
UNITS = [unit_row("ZH_W", "POLYGON((116.00 39.00, 116.01 39.00, 116.01 39.01, 116.00 39.01, 116.00 39.00))"),
         unit_row("ZH_E", "POLYGON((116.01 39.00, 116.02 39.00, 116.02 39.01, 116.01 39.01, 116.01 39.00))")]
# Metres per degree near 39°N on the CGCS2000 ellipsoid (rounded; the areas below only need to be close).
M_PER_DEG_LON, M_PER_DEG_LAT = 86_700.0, 111_030.0


def square(west: float, south: float, side_m: float) -> QgsGeometry:
    """A square of about side_m metres with its south-west corner at (west, south)."""
    dx, dy = side_m / M_PER_DEG_LON, side_m / M_PER_DEG_LAT
    return QgsGeometry.fromWkt(f"POLYGON(({west} {south}, {west + dx} {south}, {west + dx} {south + dy}, "
                               f"{west} {south + dy}, {west} {south}))")


def test_half_square_metre_site_inside_a_unit_is_in_it(qgis_app):
    layer = memory_layer("Polygon", "EPSG:4490", UNITS)
    try:
        result = engine_for(layer).overlay(square(116.005, 39.005, 0.7071), crs("EPSG:4490"))
        assert 0.4 < result.site_area_m2 < 0.6
        assert [u.code for u in result.overlaps] == ["ZH_W"] and not result.touches
    finally:
        dispose(layer)


@settings(max_examples=40, deadline=None)
@given(side=st.floats(0.05, 3.0), east_share=st.floats(0.0, 0.05))
def test_any_small_site_is_in_the_unit_that_holds_it(qgis_app, side, east_share):
    """A small site across the border with at most 5 % in the east unit: in the west unit, the east one a touch."""
    layer = memory_layer("Polygon", "EPSG:4490", UNITS)
    try:
        west = 116.01 - (1 - east_share) * side / M_PER_DEG_LON
        result = engine_for(layer).overlay(square(west, 39.005, side), crs("EPSG:4490"))
        assert [u.code for u in result.overlaps] == ["ZH_W"]
        assert {u.code for u in result.touches} <= {"ZH_E"}
    finally:
        dispose(layer)
