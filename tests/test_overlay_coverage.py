"""A site partly outside every control unit of the layer: the part outside is measured, and the review
needs further study (that part was not reviewed) instead of taking its verdict from the part inside."""

import html
import math
import re

import processing
import pytest
import shapely
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsVectorLayer, edit

from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.overlay.measure import covered_planar
from zoning_review.plugin.core.review.site_review import evaluate_overlay, render_reason
from zoning_review.plugin.core.rules.loader import load_ruleset

from .overlay_helpers import crs, engine_for, geodesic_area, memory_layer, to_shapely, unit_row
from .test_processing_review import params, rows

CELL = 0.01  # degrees: a 6 × 6 grid of units west of Beijing
WEST, SOUTH = 116.0, 39.0
GRID_LINE = st.integers(-2, 6).map(lambda i: round(i * CELL, 6))  # sites on the units' edges: touches
CORNER = st.tuples(st.one_of(st.floats(WEST - 0.02, WEST + 6 * CELL),  # or just over the grid's west edge:
                             st.floats(0.0, 2e-6).map(lambda over: WEST - over),  # outside but a sliver
                             GRID_LINE.map(lambda x: WEST + x)),
                   st.one_of(st.floats(SOUTH - 0.02, SOUTH + 6 * CELL), GRID_LINE.map(lambda y: SOUTH + y)))
SIZE = st.tuples(st.floats(0.0005, 0.05), st.floats(0.0005, 0.05))
CELLS = st.one_of(st.just(frozenset(range(36))), st.sets(st.integers(0, 35), min_size=1, max_size=36))
QUIET = {"boiler_tph": 0.0, "investment_wan": 100.0, "vocs_tpa": 0.0, "discharges_pollutants": False,
         "capacity_increase": False}  # with a service industry: compliant wherever the sample's units allow it


def cell(index: int):
    """Grid cell ``index`` (row-major) as a shapely box."""
    row, column = divmod(index, 6)
    return shapely.box(WEST + column * CELL, SOUTH + row * CELL, WEST + (column + 1) * CELL, SOUTH + (row + 1) * CELL)


def expected_outside(site, cells) -> float:
    """The share of the site's lon/lat area outside the cells, times its geodesic area (shapely and pyproj)."""
    union = shapely.union_all([cell(i) for i in cells]) if cells else shapely.Polygon()
    return shapely.area(shapely.difference(site, union)) / shapely.area(site) * geodesic_area(site)


def bowing_m2(site) -> float:
    """The most the ground area of a lon/lat box may change when its east-west edges are cut at other vertices: each
    is a geodesic on the ground, bowing poleward by a sagitta of about R·Δλ²/8·sin φ·cos φ (at most half of it), so
    the area between one and its pieces is at most two thirds of its length times that, for both edges."""
    west, _south, east, _north = site.bounds
    span = math.radians(east - west)
    return 2 * (2 / 3) * (6_371_000.0 * span) * (6_371_000.0 * span ** 2 / 8 * 0.5)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=CELLS, corner=CORNER, size=SIZE)
@example(cells=frozenset(range(36)), corner=(116.0, 39.06), size=(0.046875, 0.0005))  # a 4 km strip on the grid's edge
def test_the_part_outside_every_unit_is_measured(qgis_app, cells, corner, size):
    layer = memory_layer("Polygon", "EPSG:4490", [unit_row(f"U{i:02d}", cell(i).wkt) for i in sorted(cells)])
    site = shapely.box(corner[0], corner[1], corner[0] + size[0], corner[1] + size[1])
    result = engine_for(layer).overlay(QgsGeometry.fromWkt(site.wkt), crs("EPSG:4490"))
    expected = expected_outside(site, cells)
    threshold = max(1.0, 1e-4 * result.site_area_m2)
    if expected > threshold * (1 + 1e-6):
        event("partly or wholly outside")
        assert result.uncovered_m2 == pytest.approx(expected, rel=1e-6)
        # the share is the planar one (edges as GEOS cuts them); on the ground the same to a part in a thousand, but
        # for the site's edges, whose geodesics bow differently once the units' corners cut them (a long thin strip)
        outside = shapely.difference(site, shapely.union_all([cell(i) for i in cells]))
        assert result.uncovered_m2 == pytest.approx(geodesic_area(outside), rel=2e-3, abs=threshold + bowing_m2(site))
    elif expected < threshold * (1 - 1e-6):
        event("inside, but for slivers" if expected > 0 else "inside")
        assert result.uncovered_m2 == 0.0  # slivers along the units' edges are not a part outside


EXTRA = st.lists(st.tuples(st.floats(WEST - 0.01, WEST + 5 * CELL), st.floats(SOUTH - 0.01, SOUTH + 5 * CELL),
                           st.floats(0.002, 0.03)), max_size=2)  # squares laid over the grid, maybe past it


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=CELLS, twice=st.sets(st.integers(0, 35), max_size=12), extra=EXTRA, corner=CORNER, size=SIZE)
def test_units_overlapping_each_other_cover_their_shared_part_once(qgis_app, cells, twice, extra, corner, size):
    """Duplicated units and units drawn over others (a fault of real layers) do not hide a part outside."""
    shapes = [cell(i) for i in sorted(cells)] + [cell(i) for i in sorted(twice & cells)]
    shapes += [shapely.box(x, y, x + side, y + side) for x, y, side in extra]
    layer = memory_layer("Polygon", "EPSG:4490", [unit_row(f"U{n:02d}", shape.wkt) for n, shape in enumerate(shapes)])
    site = shapely.box(corner[0], corner[1], corner[0] + size[0], corner[1] + size[1])
    result = engine_for(layer).overlay(QgsGeometry.fromWkt(site.wkt), crs("EPSG:4490"))
    union = shapely.union_all(shapes)
    expected = shapely.area(shapely.difference(site, union)) / shapely.area(site) * geodesic_area(site)
    threshold = max(1.0, 1e-4 * result.site_area_m2)
    if expected > threshold * (1 + 1e-6):
        event("partly or wholly outside" + (", units overlapping there" if len(result.overlaps) > 1 else ""))
        assert result.uncovered_m2 == pytest.approx(expected, rel=1e-6)
    elif expected < threshold * (1 - 1e-6):
        assert result.uncovered_m2 == 0.0


def test_a_site_half_outside_a_unit_drawn_twice_is_half_outside(qgis_app):
    """The two copies of the unit each cover half the site: added up, they would cover all of it."""
    layer = memory_layer("Polygon", "EPSG:4490", [unit_row("U00", cell(0).wkt), unit_row("U00", cell(0).wkt)])
    site = shapely.box(WEST - CELL / 2, SOUTH, WEST + CELL / 2, SOUTH + CELL)
    result = engine_for(layer).overlay(QgsGeometry.fromWkt(site.wkt), crs("EPSG:4490"))
    assert len(result.overlaps) == 2
    outside = shapely.box(WEST - CELL / 2, SOUTH, WEST, SOUTH + CELL)
    assert result.uncovered_m2 == pytest.approx(geodesic_area(outside), rel=1e-3)
    assert result.uncovered_m2 == pytest.approx(result.site_area_m2 / 2, rel=1e-3)


def test_a_batch_finds_the_part_outside_the_same_way(qgis_app):
    """The batch (the union on its worker threads from QGIS 3.38 on) gives every site the single overlay's figure."""
    shapes = [cell(i) for i in range(36) if i % 5] + [cell(i) for i in range(0, 36, 3)]
    layer = memory_layer("Polygon", "EPSG:4490", [unit_row(f"U{n:02d}", s.wkt) for n, s in enumerate(shapes)])
    engine = engine_for(layer)
    sites = [shapely.box(WEST - 0.007 + 0.001 * (k % 12), SOUTH + 0.001 * k, WEST + 0.001 * (k % 12) + 0.001,
                         SOUTH + 0.001 * k + 0.005) for k in range(60)]  # over the grid's west edge, and inside
    geometries = [QgsGeometry.fromWkt(site.wkt) for site in sites]
    batch = list(engine.overlay_many(geometries, crs("EPSG:4490")))
    union = shapely.union_all(shapes)
    outside = [shapely.area(shapely.difference(site, union)) / shapely.area(site) for site in sites]
    assert sum(1 for share in outside if share > 1e-3) >= 10 and sum(1 for share in outside if share == 0) >= 5
    for site, geometry, result, share in zip(sites, geometries, batch, outside):
        assert result.uncovered_m2 == engine.overlay(geometry, crs("EPSG:4490")).uncovered_m2
        assert result.uncovered_m2 == pytest.approx(share * geodesic_area(site), rel=1e-6, abs=1.0)


def test_a_site_that_only_touches_a_unit_lies_wholly_outside(qgis_app):
    layer = memory_layer("Polygon", "EPSG:4490", [unit_row("U00", cell(0).wkt)])
    site = shapely.box(WEST, SOUTH + CELL, WEST + CELL, SOUTH + 2 * CELL)  # on the unit's north edge
    result = engine_for(layer).overlay(QgsGeometry.fromWkt(site.wkt), crs("EPSG:4490"))
    assert [u.code for u in result.touches] == ["U00"] and not result.overlaps
    assert result.uncovered_m2 == result.site_area_m2


def test_a_site_covered_by_several_units_has_nothing_outside(qgis_app):
    layer = memory_layer("Polygon", "EPSG:4490", [unit_row(f"U{i:02d}", cell(i).wkt) for i in range(36)])
    site = QgsGeometry.fromWkt(shapely.box(WEST + 0.003, SOUTH + 0.004, WEST + 0.047, SOUTH + 0.0512).wkt)
    result = engine_for(layer).overlay(site, crs("EPSG:4490"))
    assert len(result.overlaps) == 30 and result.uncovered_m2 == 0.0


@pytest.fixture(scope="module")
def sample_units(sample_gpkg):
    layer = QgsVectorLayer(f"{sample_gpkg}|layername=control_units", "control_units", "ogr")
    assert layer.isValid()
    return layer


@pytest.fixture(scope="module")
def straddling(sample_units):
    """A square over the west edge of the sample's units, about two thirds of it outside them."""
    union = shapely.union_all([to_shapely(f.geometry()) for f in sample_units.getFeatures()])
    west = min(union.exterior.coords if union.geom_type == "Polygon" else
               [p for part in union.geoms for p in part.exterior.coords], key=lambda p: p[0])
    site = shapely.box(west[0] - 0.004, west[1] - 0.002, west[0] + 0.004, west[1] + 0.002)
    share = shapely.area(shapely.difference(site, union)) / shapely.area(site)
    assert 0.5 < share < 0.8
    return site, share


@pytest.fixture(scope="module")
def constraint_layers(sample_gpkg):
    return {name: QgsVectorLayer(f"{sample_gpkg}|layername={name}", name, "ogr")
            for name in ("red_line", "water_source", "river_bank", "industrial_park")}


def review_of(site, units, constraints, rules, industry="M7320"):
    """The sample's review of ``site`` (shapely, EPSG:4490) for a project of ``industry``."""
    ruleset = load_ruleset(str(rules)).ruleset
    engine = engine_for(units, constraints)
    overlay = engine.overlay(QgsGeometry.fromWkt(site.wkt), crs("EPSG:4490"), ruleset.spatial_queries())
    project = ProjectDescription(name="edge", industry=industry, construction="new", catalogue="",
                                 attributes=dict(QUIET))
    return overlay, evaluate_overlay("edge", overlay, project, ruleset)


def test_a_compliant_site_partly_outside_the_units_needs_further_study(sample_units, constraint_layers, straddling,
                                                                      example_rules):
    site, share = straddling
    overlay, review = review_of(site, sample_units, constraint_layers, example_rules)
    assert [u.verdict for u in review.units] == ["compliant"]  # the part inside is compliant
    assert review.verdict == "needs_study"
    assert overlay.uncovered_m2 == pytest.approx(share * geodesic_area(site), rel=1e-6)
    [reason] = [render_reason(r, "en") for r in review.reasons]
    assert reason == (f"{round(overlay.uncovered_m2):,} m² of the site ({round(100 * share, 1)} %) lies outside every "
                      "control unit of the unit layer: that part was not reviewed.")
    assert render_reason(review.reasons[0], "zh").startswith(f"选址有 {round(overlay.uncovered_m2):,} m²")


def test_a_non_compliant_site_partly_outside_stays_non_compliant_and_says_so(sample_units, constraint_layers,
                                                                            straddling, example_rules):
    site, _share = straddling
    _overlay, review = review_of(site, sample_units, constraint_layers, example_rules, industry="C2511")
    assert review.verdict == "non_compliant"
    texts = [render_reason(r, "en") for r in review.reasons]
    assert "lies outside every control unit" in texts[-1] and all("outside" not in t for t in texts[:-1])


@pytest.mark.parametrize("other_layers", [False, True])
def test_reviewsites_writes_the_part_outside_into_the_summary(zr_processing, sample_gpkg, example_rules, straddling,
                                                              tmp_path, other_layers):
    """Alone, the part outside makes the site 'needs further study'; as one of several unit layers (rereview
    over several), that part may lie in another layer, and the verdict is the units' own."""
    site, share = straddling
    sample = QgsVectorLayer(f"{sample_gpkg}|layername=sites", "sites", "ogr")
    sites = sample.materialize(QgsFeatureRequest().setFilterExpression("site_id = 'S08'"))  # compliant where it is
    with edit(sites):
        for feature in sites.getFeatures():
            sites.changeGeometry(feature.id(), QgsGeometry.fromWkt(site.wkt))
    out = tmp_path / "out"
    out.mkdir()
    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, out, sites=sites,
                                                      SITE_ID_FIELD="site_id", USE_UNIT_PROSE=False,
                                                      OTHER_UNIT_LAYERS=other_layers))
    [row] = rows(out / "summary.gpkg")
    outside = f"({round(100 * share, 1)} %) lies outside every control unit"
    if other_layers:
        assert (row["verdict"], row["reason"]) == ("compliant", "No applicable clause conflicts or needs information.")
    else:
        assert row["verdict"] == "needs_study" and outside in row["reason"]


def test_the_notes_conclude_needs_further_study_and_name_the_part_outside(zr_processing, sample_gpkg, example_rules,
                                                                          straddling, tmp_path):
    """The HTML notes of the compliant project over the edge: the conclusion says why, and the EIA table has a
    row for the part outside, 'needs further study', beside the unit's own 'compliant'."""
    site, share = straddling
    sample = QgsVectorLayer(f"{sample_gpkg}|layername=sites", "sites", "ogr")
    sites = sample.materialize(QgsFeatureRequest().setFilterExpression("site_id = 'S08'"))
    with edit(sites):
        for feature in sites.getFeatures():
            sites.changeGeometry(feature.id(), QgsGeometry.fromWkt(site.wkt))
    out = tmp_path / "out"
    out.mkdir()
    processing.run("zoningreview:reviewsites", params(
        sample_gpkg, example_rules, out, sites=sites, SITE_ID_FIELD="site_id", USE_UNIT_PROSE=False, LANGUAGE=0,
        REPORT_FORMAT=1, REPORT_FOLDER=str(out / "notes")))
    text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", (out / "notes" / "S08.html").read_text("utf-8"))))
    outside = f"（{round(100 * share, 1)}%）位于管控单元图层的所有管控单元之外：该部分未经审查。"
    conclusion = text[text.index("结论：需进一步论证"):text.index("环评报告引用摘要")]
    assert "未发现存在冲突的条款，但选址的部分或全部未能对照条款审查，详见下文。" in conclusion
    assert outside in conclusion
    eia = text[text.index("符合性结论"):text.index("数据来源与版本")]
    assert re.search(r"编码 ZH13063230008.*? 符合 .*?" + re.escape(outside) + " 需进一步论证", eia), eia


def test_the_overlaps_cover_their_union_and_the_largest_when_geos_cannot_unite_them(qgis_app):
    square = QgsGeometry.fromWkt("POLYGON((0 0, 2 0, 2 2, 0 2, 0 0))")
    beside = QgsGeometry.fromWkt("POLYGON((2 0, 5 0, 5 2, 2 2, 2 0))")
    over = QgsGeometry.fromWkt("POLYGON((1 0, 3 0, 3 2, 1 2, 1 0))")
    assert covered_planar([]) == 0.0 and covered_planar([QgsGeometry()]) == 0.0  # a touch leaves no overlap
    assert covered_planar([square]) == 4.0
    assert covered_planar([square, QgsGeometry(square)]) == pytest.approx(4.0)  # a unit drawn twice
    assert covered_planar([square, beside, QgsGeometry()]) == pytest.approx(10.0)
    assert covered_planar([square, over]) == pytest.approx(6.0)
    # a hole across its shell: GEOS cannot unite it with another; what is certainly covered is the largest
    broken = QgsGeometry.fromWkt("POLYGON((0 0, 4 0, 4 4, 0 4, 0 0), (3 1, 5 1, 5 3, 3 3, 3 1))")
    assert QgsGeometry.unaryUnion([broken, beside]).isNull()
    assert covered_planar([broken, beside]) == broken.area() == 12.0
