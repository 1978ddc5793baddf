"""Slivers GEOS leaves along a shared edge do not count as overlaps.

A site whose edge runs along a neighbouring unit's edge, with a vertex of its own in between,
meets the neighbour in a sliver of ~1e-16 square degrees. Measured with geodesic edges such a
sliver counted as up to square kilometres: the neighbour was reported as overlapped (and a unit
beside a zone as partly inside it). These tests pin the touch down, whatever the edge.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsGeometry,
)

from zoning_review.plugin.core.model.results import SpatialQuery
from zoning_review.plugin.core.siting.zones import NONE, UnitArea, ZoneLayer

from .overlay_helpers import cgcs2000_measure, crs, dispose, engine_for, memory_layer, unit_row

# An edge where GEOS does leave a sliver (found by search): A, B and the site's own vertex M at t.
EDGE = (116.025, 39.541, 116.607, 39.793, 0.22)


def shapes(ax: float, ay: float, bx: float, by: float, t: float):
    """The site (A, M, B, C), the unit it lies in (A, B, C) and the neighbour across AB (A, O, B)."""
    mx, my = ax + t * (bx - ax), ay + t * (by - ay)
    cx, cy, ox, oy = ax + 0.1, by + 0.2, bx + 0.1, ay - 0.2
    site = f"POLYGON(({ax} {ay}, {mx} {my}, {bx} {by}, {cx} {cy}, {ax} {ay}))"
    inside = f"POLYGON(({ax} {ay}, {bx} {by}, {cx} {cy}, {ax} {ay}))"
    beside = f"POLYGON(({ax} {ay}, {ox} {oy}, {bx} {by}, {ax} {ay}))"
    return site, inside, beside


def measured(wkt: str) -> float:
    return cgcs2000_measure().measureArea(QgsGeometry.fromWkt(wkt))


def test_the_edge_does_leave_a_sliver_that_measures_as_land(qgis_app):
    site, _inside, beside = shapes(*EDGE)
    sliver = QgsGeometry.fromWkt(site).intersection(QgsGeometry.fromWkt(beside))
    assert sliver.area() < 1e-14 and measured(sliver.asWkt()) > 1e5  # the trap the tests below avoid


def review(site: str, inside: str, beside: str):
    units = memory_layer("Polygon", "EPSG:4490", [unit_row("IN", inside), unit_row("BESIDE", beside)])
    zone = memory_layer("Polygon", "EPSG:4490", [{"wkt": beside, "name": "z"}], fields=("name",), name="zone")
    engine = engine_for(units, {"zone": zone})
    result = engine.overlay(QgsGeometry.fromWkt(site), crs("EPSG:4490"), [SpatialQuery("zone")])
    dispose(units, zone)
    return result


def check_touch_only(site: str, inside: str, beside: str) -> None:
    result = review(site, inside, beside)
    assert [u.code for u in result.overlaps] == ["IN"]
    # the same land in the plane, cut with or without the vertex between (geodesic edges tell them apart)
    overlap = result.overlaps[0].overlap_m2
    assert overlap == pytest.approx(measured(site), rel=1e-9) or overlap == pytest.approx(measured(inside), rel=1e-9)
    assert [(u.code, u.overlap_m2) for u in result.touches] == [("BESIDE", 0.0)]
    zone = result.relations["zone"]
    assert (zone.relation, zone.overlap_m2, zone.distance_m) == ("outside", 0.0, 0.0)


def test_a_site_along_a_neighbours_edge_only_touches_it(qgis_app):
    check_touch_only(*shapes(*EDGE))


@settings(max_examples=40, deadline=None)
@given(st.floats(116.0, 117.0), st.floats(39.0, 40.0), st.floats(0.3, 0.6), st.floats(0.1, 0.5),
       st.floats(0.01, 0.99))
def test_any_shared_edge_with_a_vertex_between_is_a_touch(qgis_app, ax, ay, dx, dy, t):
    check_touch_only(*shapes(ax, ay, ax + dx, ay + dy, t))


def test_a_zone_beside_a_unit_covers_none_of_it(qgis_app):
    site, _inside, beside = shapes(*EDGE)
    unit = UnitArea(QgsGeometry.fromWkt(site), cgcs2000_measure(), 1.0, 1e-5)  # the unit has the vertex between
    assert ZoneLayer([QgsGeometry.fromWkt(beside)]).coverage(unit)[0] == NONE


def test_a_sliver_beside_a_real_piece_is_dropped_and_the_piece_kept(qgis_app):
    from zoning_review.plugin.core.overlay.geometry_repair import overlap_parts

    site, _inside, beside = shapes(*EDGE)
    sliver = QgsGeometry.fromWkt(site).intersection(QgsGeometry.fromWkt(beside))
    real = QgsGeometry.fromWkt("POLYGON((116.0 39.0, 116.01 39.0, 116.01 39.01, 116.0 39.01, 116.0 39.0))")
    both = QgsGeometry.collectGeometry([real, sliver])
    whole = QgsGeometry.fromWkt(site).area()
    assert overlap_parts(both, whole).asWkt() == real.asWkt()
    assert overlap_parts(sliver, whole).isEmpty()
    assert overlap_parts(real, whole).asWkt() == real.asWkt()


def test_the_part_of_a_unit_outside_a_zone_that_covers_it_has_no_sliver(qgis_app):
    """The siting screen's 'outside' region: the unit less the zone is nothing, not a sliver of km²."""
    from zoning_review.plugin.core.siting.layers import KeyZones, SourceRef
    from zoning_review.plugin.core.siting.scenarios import Atom
    from zoning_review.plugin.core.siting.zones import EllipsoidalBuffer

    ax, ay, bx, by, t = 116.238, 39.544, 116.649, 39.886, 0.63  # an edge where the rest is a sliver
    unit_wkt, _inside, _beside = shapes(ax, ay, bx, by, t)  # the unit has the vertex between
    cover = f"POLYGON(({ax} {ay}, {bx} {by}, {bx} {by + 1}, {ax - 1} {by + 1}, {ax} {ay}))"
    layer = memory_layer("Polygon", "EPSG:4490", [{"wkt": cover, "name": "z"}], fields=("name",), name="zone")
    context = QgsCoordinateTransformContext()
    zones = KeyZones(SpatialQuery("zone"), SourceRef.of(layer), crs("EPSG:4490"), context,
                     EllipsoidalBuffer("EPSG:1024", context))
    measure = cgcs2000_measure()
    unit = UnitArea(QgsGeometry.fromWkt(unit_wkt), measure, 1.0, 1e-5)
    rest = QgsGeometry.fromWkt(unit_wkt).difference(zones.base.clip(unit))
    assert not rest.isEmpty() and rest.area() < 1e-14 and measure.measureArea(rest) > 1e4  # the trap
    outside = zones.region(unit, Atom(SpatialQuery("zone"), "overlaps"), False)
    assert outside is None or outside.isEmpty()
    dispose(layer)
