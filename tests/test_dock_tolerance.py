"""The panel's next review uses the overlay tolerances as the Options page stored them, not those its kept
engine was made with: a unit overlapped by less than a newly set minimum overlap is a touch at once."""

import shapely
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsProject

from zoning_review.plugin import settings
from zoning_review.plugin.core.inputs.bindings import detect_binding
from zoning_review.plugin.core.inputs.resolve import BoundUnitLayer
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.gui.review_runner import ReviewRunner
from zoning_review.plugin.gui.review_task import Site

from .overlay_helpers import geodesic_area, to_shapely
from .test_review_runner import QUIET, wait_for


def corner_site(units):
    """A square (EPSG:4490) reaching 10 m into the units past their westmost vertex, most of it outside them;
    with the area (m²) of its part inside, by shapely and pyproj."""
    union = shapely.union_all([to_shapely(f.geometry()) for f in units.getFeatures()])
    west = min(shapely.get_coordinates(union), key=lambda point: point[0])
    inside = 10.0 / 86_000.0  # degrees of longitude near 39°N
    site = shapely.box(west[0] + inside - 0.004, west[1] - 0.002, west[0] + inside, west[1] + 0.002)
    return site, geodesic_area(shapely.intersection(site, union))


def test_a_new_minimum_overlap_applies_to_the_next_review(units_layer, example_rules):
    units = units_layer.materialize(QgsFeatureRequest())
    QgsProject.instance().addMapLayers([units], False)
    ruleset = load_ruleset(str(example_rules)).ruleset
    target = BoundUnitLayer(units, detect_binding(units), ruleset, {})
    site, inside_m2 = corner_site(units)
    runner = ReviewRunner(QgsProject.instance())
    try:
        runner.review(Site(QgsGeometry.fromWkt(site.wkt), units.crs()), [target], QUIET)
        wait_for(runner)
        overlay = runner.reviews[0].overlay
        assert 1.0 < inside_m2 < 0.1 * overlay.site_area_m2  # over the default tolerance, under its cap
        assert [round(u.overlap_m2) for u in overlay.overlaps] == [round(inside_m2)]
        settings.MIN_OVERLAP_M2.set(2 * inside_m2)  # as the Options page stores it
        runner.review(Site(QgsGeometry.fromWkt(site.wkt), units.crs()), [target], QUIET)
        wait_for(runner)
        overlay = runner.reviews[0].overlay
        assert not overlay.overlaps and [round(u.overlap_m2) for u in overlay.touches] == [round(inside_m2)]
        assert runner.reviews[0].review.verdict == "needs_study"  # outside every unit, as the new tolerance says
    finally:
        settings.MIN_OVERLAP_M2.reset()
        runner.teardown()
        QgsProject.instance().removeMapLayers([units.id()])
