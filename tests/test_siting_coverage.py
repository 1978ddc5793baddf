"""How much of a unit a zone covers when several overlapping pieces cover it together.

Measured ellipsoidal areas depend on a polygon's vertices (an edge is a geodesic between them), so
the area of the pieces' union and the area of the unit differ by more than the sliver threshold on
a large unit even when the pieces cover it wholly; the class must not rest on that difference.
"""

import pytest
from qgis.core import (
    QgsGeometry,
    QgsRectangle,
)

from zoning_review.plugin.core.siting.zones import ALL, NONE, PART, UnitArea, ZoneLayer

from .overlay_helpers import cgcs2000_measure

UNIT = "POLYGON((116.0 39.5, 116.5 39.35, 116.2 39.0, 116.0 39.5))"  # long diagonal edges, ~1,000 km²


@pytest.fixture(scope="module")
def measure(qgis_app):
    return cgcs2000_measure()


def unit_area(measure) -> UnitArea:
    return UnitArea(QgsGeometry.fromWkt(UNIT), measure, 1.0, 1e-5)


def strips(*edges):
    """Rectangles between consecutive longitudes, reaching well beyond the unit north and south."""
    return [QgsGeometry.fromRect(QgsRectangle(west, 38.0, east, 40.0)) for west, east in edges]


def test_pieces_that_cover_the_unit_together_cover_all_of_it(measure):
    unit = unit_area(measure)
    zone = ZoneLayer(strips((115.9, 116.23), (116.17, 116.6)))  # overlapping; neither holds the unit
    clip = zone.clip(unit)
    assert unit.area - measure.measureArea(clip) > unit.threshold  # the trap: the union measures less
    assert zone.coverage(unit_area(measure))[0] == ALL


@pytest.mark.parametrize("gap", [0.01, 0.0005])  # clearly part, and part only by the uncovered rest
def test_pieces_that_leave_a_strip_uncovered_cover_part(measure, gap):
    zone = ZoneLayer(strips((115.9, 116.2), (116.2 + gap, 116.6)))
    kind, covered = zone.coverage(unit_area(measure))
    assert kind == PART
    whole = QgsGeometry.fromWkt(UNIT)
    strip = whole.intersection(QgsGeometry.fromRect(QgsRectangle(116.2, 38.0, 116.2 + gap, 40.0)))
    assert measure.measureArea(strip) > 100 * unit_area(measure).threshold
    assert covered() == pytest.approx(measure.measureArea(whole) - measure.measureArea(strip), rel=1e-3)


def test_a_piece_that_misses_the_unit_covers_none(measure):
    assert ZoneLayer(strips((117.0, 117.5))).coverage(unit_area(measure))[0] == NONE
