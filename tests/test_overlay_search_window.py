"""The nearest-feature search window: grown on the ground by a reach in metres, worked out on the
ellipsoid for a geographic CRS (it errs wide: it holds every point within the reach)."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
)

from zoning_review.plugin.core.overlay.measure import Measurer, ground_scale
from zoning_review.plugin.core.overlay.site_view import SiteView

from .overlay_helpers import cgcs2000_measure


@settings(max_examples=60, deadline=None)
@given(lon=st.floats(-170.0, 168.0), lat=st.floats(-70.0, 68.0), width=st.floats(1e-4, 2.0),
       height=st.floats(1e-4, 2.0), reach=st.floats(10.0, 100_000.0))
def test_a_search_window_holds_every_point_within_its_reach(qgis_app, lon, lat, width, height, reach):
    """Away from the 180th meridian: a window does not wrap round it (a reach past it ends at ±180° in lon/lat data;
    the lists the plugin reviews lie far from it)."""
    measure = cgcs2000_measure()
    box = QgsRectangle(lon, lat, lon + width, lat + height)
    assert ground_scale(measure, lat, lat + height) is not None  # worked out on the ellipsoid, not sampled
    window = SiteView(QgsGeometry.fromRect(box), geographic=True).window(reach, measure)
    starts = [QgsPointXY(x, y) for x in (lon, lon + width / 2, lon + width)
              for y in (lat, lat + height / 2, lat + height)]
    for start in starts:  # every point `reach` metres (geodesic) from the box's edge is in the window
        for step in range(24):
            end = measure.computeSpheroidProject(start, reach, math.radians(15 * step))
            assert window.contains(end), (start.toString(), 15 * step, end.toString(), window.toString())


@settings(max_examples=40, deadline=None)
@given(lon=st.floats(73.0, 134.0), lat=st.floats(18.0, 53.0), size=st.floats(1e-4, 1.0))
def test_the_ground_scale_agrees_with_measured_steps(qgis_app, lon, lat, size):
    measure = cgcs2000_measure()
    per_x, per_y = ground_scale(measure, lat, lat + size)
    step = size / 10
    corners = [QgsPointXY(x, y) for x in (lon, lon + size) for y in (lat, lat + size)]
    sampled_x = min(measure.measureLine(p, QgsPointXY(p.x() + step, p.y())) for p in corners) / step
    sampled_y = min(measure.measureLine(p, QgsPointXY(p.x(), p.y() + step)) for p in corners) / step
    assert per_x == pytest.approx(sampled_x, rel=1e-3) and per_y == pytest.approx(sampled_y, rel=1e-3)
    assert per_x <= sampled_x * (1 + 1e-6)  # the fewest metres per degree: the window errs wide


def test_the_scale_is_worked_out_in_degrees_only(qgis_app):
    # the engine measures EPSG:4490 in the ellipsoid's own CRS (QGIS does not call that one geographic)
    engine_measure = Measurer("EPSG:1024", QgsCoordinateTransformContext()).for_crs(
        QgsCoordinateReferenceSystem("EPSG:4490"))
    assert ground_scale(engine_measure, 39.0, 39.1) == pytest.approx(ground_scale(cgcs2000_measure(), 39.0, 39.1))
    projected = QgsDistanceArea()
    projected.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4527"), QgsCoordinateTransformContext())
    projected.setEllipsoid("EPSG:1024")
    assert ground_scale(projected, 4_000_000.0, 4_001_000.0) is None
    assert ground_scale(cgcs2000_measure(), -91.0, 10.0) is None
    assert ground_scale(cgcs2000_measure(), 89.0, 90.0) is None  # at the pole: measured, as before
