"""What the panel shows of a site's units: a small overlap in m² (never "0.00 ha"), the units the site only touches
listed as the notes list them, not reviewed; and the site's area in the status line measured as the review measures
it, on the project's ellipsoid."""

import hashlib
import re

import pytest
import shapely
from pyproj import Geod
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsProject
from qgis.PyQt.QtGui import QPalette

from tests.dock_helpers import bind
from tests.overlay_helpers import geodesic_area, to_shapely
from tests.sample_project import layer

TOUCHES = "Boundary touches (overlap below the tolerance; not reviewed):"


def corner_site(units, inside_m: float):
    """A square (EPSG:4490, ~340 m wide) reaching ``inside_m`` metres into the units past their westmost vertex; with
    the area (m²) of its part inside them, by shapely and pyproj."""
    union = shapely.union_all([to_shapely(f.geometry()) for f in units.getFeatures()])
    west = min(shapely.get_coordinates(union), key=lambda point: point[0])
    inside = inside_m / 86_000.0  # degrees of longitude near 39°N
    site = shapely.box(west[0] + inside - 0.004, west[1] - 0.002, west[0] + inside, west[1] + 0.002)
    return site, geodesic_area(shapely.intersection(site, union))


def review(dock, geometry, qtbot) -> None:
    """Make ``geometry`` (EPSG:4490) the dock's site and wait for its review."""
    from zoning_review.plugin.gui.review_task import Site

    site = Site(geometry, QgsCoordinateReferenceSystem("EPSG:4490"), "test")
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.set_site(site)


def rows(item) -> list:
    """Every row under ``item``, depth first."""
    found = []
    for index in range(item.childCount()):
        child = item.child(index)
        found += [child] + rows(child)
    return found


@pytest.fixture()
def corner(dock, example_rules, qtbot):
    """The dock bound to the example rules and a site that overlaps one unit by some tens of m²."""
    bind(dock.bindings, example_rules)
    site, inside_m2 = corner_site(layer("control_units"), 1.0)
    assert 20.0 < inside_m2 < 49.0  # over the default tolerance (~15 m² for this site), "0.00 ha" in hectares
    return dock, QgsGeometry.fromWkt(site.wkt), inside_m2


def test_a_small_overlap_is_shown_in_square_metres(corner, qtbot):
    dock, site, inside_m2 = corner
    review(dock, site, qtbot)
    [(unit_item, _layer, _fid)] = dock.tree.units
    line = unit_item.child(0).text(0)
    shown = re.search(r" · ([\d,]+\.\d) m² · ", line)
    assert shown, line
    assert float(shown.group(1).replace(",", "")) == pytest.approx(inside_m2, abs=0.2)
    assert " ha " not in line


def test_units_the_site_only_touches_are_listed_not_reviewed(corner, qtbot):
    from zoning_review.plugin import settings

    dock, site, inside_m2 = corner
    settings.MIN_OVERLAP_M2.set(2 * inside_m2)  # the overlapped unit becomes a touch
    try:
        review(dock, site, qtbot)
    finally:
        settings.MIN_OVERLAP_M2.reset()
    [touched] = dock.runner.reviews[0].review.overlay.touches
    assert dock.tree.units == []  # no unit reviewed
    root = dock.tree.topLevelItem(0)
    groups = [item for item in rows(root) if item.text(0) == TOUCHES]
    assert len(groups) == 1 and groups[0].isExpanded()
    [row] = rows(groups[0])
    assert row.text(0).startswith(f"{touched.code} {touched.name} · ")
    shown = re.search(r" · ([\d,]+\.\d\d) m²$", row.text(0))
    assert shown and float(shown.group(1).replace(",", "")) == pytest.approx(inside_m2, abs=0.02), row.text(0)
    muted = dock.tree.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert {groups[0].foreground(0).color().name(), row.foreground(0).color().name()} == {muted.name()}
    assert row.icon(0).isNull()  # no verdict: not reviewed


def test_the_status_line_measures_the_site_on_the_projects_ellipsoid(corner, qtbot):
    dock, site, _inside = corner
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:4490"))  # a project without a CRS measures on none
    project.setEllipsoid("PARAMETER:6000000:5990000")  # far from CGCS2000, the CRS's own
    assert project.ellipsoid() == "PARAMETER:6000000:5990000"
    review(dock, site, qtbot)
    ring = shapely.from_wkt(site.asWkt())
    expected = geodesic_area(ring, Geod(a=6000000.0, b=5990000.0))
    cgcs2000 = geodesic_area(ring)
    assert expected < 0.9 * cgcs2000
    status = dock.site_input.status.text()
    shown = re.search(r": ([\d,]+) m² \(", status)
    assert shown, status
    assert float(shown.group(1).replace(",", "")) == pytest.approx(expected, rel=1e-4)
    assert f"{shown.group(1)} m²" in dock.tree.topLevelItem(0).text(0)  # the review's area, as the panel shows it


def test_overlap_areas_are_never_rounded_to_none():
    from zoning_review.plugin.gui.results_view import overlap_area

    assert overlap_area(40.0) == "40.0 m²"
    assert overlap_area(0.04) == "<0.1 m²"
    assert overlap_area(0.004, 2) == "<0.01 m²"
    assert overlap_area(0.04, 2) == "0.04 m²"
    assert overlap_area(9999.9) == "9,999.9 m²"
    assert overlap_area(12345.0) == "1.23 ha"


def test_a_site_that_cannot_be_measured_is_said_so_in_the_status_line(dock, qtbot):
    from zoning_review.plugin.gui.review_task import Site

    far = QgsGeometry.fromWkt("POLYGON((1e15 1e15, 1.1e15 1e15, 1.1e15 1.1e15, 1e15 1.1e15, 1e15 1e15))")
    dock.site_input.set_site(Site(far, QgsCoordinateReferenceSystem("EPSG:4527"), "test"))
    status = dock.site_input.status.text()
    assert "its area cannot be measured in EPSG:4527" in status and "nan" not in status, status


def shown_m2(dock) -> float:
    """The site's area the status line shows, in m²."""
    status = dock.site_input.status.text()
    shown = re.search(r": ([\d,]+) m² \(", status)
    assert shown, status
    return float(shown.group(1).replace(",", ""))


def test_the_status_line_follows_a_new_ellipsoid_of_the_project(corner, qtbot):
    dock, site, _inside = corner
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:4490"))
    project.setEllipsoid("EPSG:1024")  # CGCS2000
    review(dock, site, qtbot)
    ring = shapely.from_wkt(site.asWkt())
    assert shown_m2(dock) == pytest.approx(geodesic_area(ring), rel=1e-4)
    project.setEllipsoid("PARAMETER:6000000:5990000")
    expected = geodesic_area(ring, Geod(a=6000000.0, b=5990000.0))
    assert expected < 0.9 * geodesic_area(ring)
    assert shown_m2(dock) == pytest.approx(expected, rel=1e-4)


def test_the_status_line_follows_the_bound_unit_layers_ellipsoid(dock, example_rules, qtbot):
    from zoning_review.plugin.gui.review_task import Site

    project = QgsProject.instance()
    project.setEllipsoid("NONE")  # the review measures on the bound unit layer's CRS's, else the site's
    site, _inside = corner_site(layer("control_units"), 1.0)
    beijing_1954 = QgsCoordinateReferenceSystem("EPSG:4214")  # Krassowsky's ellipsoid; the units' is CGCS2000
    dock.site_input.set_site(Site(QgsGeometry.fromWkt(site.wkt), beijing_1954, "test"))
    krassowsky, cgcs2000 = geodesic_area(site, Geod(ellps="krass")), geodesic_area(site)
    assert abs(krassowsky - cgcs2000) > 3.0  # whole square metres apart
    assert shown_m2(dock) == pytest.approx(krassowsky, abs=0.5)
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        bind(dock.bindings, example_rules)
    assert shown_m2(dock) == pytest.approx(cgcs2000, abs=0.5)


def test_a_new_ellipsoid_of_the_project_reviews_the_site_again_keeping_judgements_and_opinion(corner, qtbot):
    """The review on screen (the site's area, the unit's overlap, the results panel) follows a new ellipsoid of the
    project, as the status line does; the reviewer's judgement and overall opinion stay."""
    from zoning_review.plugin.core.review.judgements import Judgement

    dock, site, _inside = corner
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:4490"))
    project.setEllipsoid("EPSG:1024")  # CGCS2000
    review(dock, site, qtbot)
    [unit] = dock.runner.reviews[0].review.units
    clause = next(f for f in unit.findings if f.status == "manual_check")  # left to a person: judged
    digest = hashlib.sha256(f"{clause.text_zh}\n{clause.text_en}".encode()).hexdigest()
    judgement = Judgement(dock.runner.site_id(), unit.overlap.code, clause.rule_id, "not_applicable", remark="已核实",
                          override=False, clause=digest)
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.runner.judge(judgement)
    dock.opinion.setPlainText("同意选址")
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):  # before: the review on screen stayed as it was
        project.setEllipsoid("PARAMETER:6000000:5990000")
    geod = Geod(a=6000000.0, b=5990000.0)
    ring = shapely.from_wkt(site.asWkt())
    inside = shapely.intersection(ring, shapely.union_all([to_shapely(f.geometry())
                                                           for f in layer("control_units").getFeatures()]))
    assert geodesic_area(inside, geod) < 0.95 * geodesic_area(inside)  # far enough apart to tell
    [again] = dock.runner.reviews
    assert again.overlay.site_area_m2 == pytest.approx(geodesic_area(ring, geod), rel=1e-4)
    [unit] = again.review.units
    assert unit.overlap.overlap_m2 == pytest.approx(geodesic_area(inside, geod), rel=1e-3)
    [(unit_item, _layer, _fid)] = dock.tree.units  # the results panel shows the new review
    shown = re.search(r" · ([\d,]+\.\d) m² · ", unit_item.child(0).text(0))
    assert shown and float(shown.group(1).replace(",", "")) == pytest.approx(geodesic_area(inside, geod), abs=0.2)
    assert f"{shown_m2(dock):,.0f} m²" in dock.tree.topLevelItem(0).text(0)
    assert list(dock.runner.judgements) == [judgement]
    assert next(f for f in unit.findings if f.rule_id == clause.rule_id).status == "not_applicable"
    assert (dock.opinion.toPlainText(), dock.runner.opinion) == ("同意选址", "同意选址")
