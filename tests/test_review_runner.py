"""The dock's review runner with two bound unit layers (a province list and a stricter city list in
another CRS): one task overlays the site on both, each layer is judged by its own rule set, the
dock's verdict is the worse, and a changed project re-evaluates both without a new overlay."""

import dataclasses
import html
import re
import time
from pathlib import Path

import pytest
import shapely
import yaml
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from zoning_review.plugin.core.inputs.bindings import detect_binding
from zoning_review.plugin.core.inputs.resolve import BoundUnitLayer
from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.review.several_layers import units_overlapped
from zoning_review.plugin.core.review.site_review import OUTSIDE, PARTLY_OUTSIDE_LAYERS, render_reason, review_site
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.gui.notes_button import write_review_notes
from zoning_review.plugin.gui.results_view import ResultsTree
from zoning_review.plugin.gui.review_runner import ReviewRunner
from zoning_review.plugin.gui.review_task import Site

from .overlay_helpers import engine_for, geodesic_area, to_shapely

CHEMICAL = ProjectDescription("plant", "C2614", "new", None, {"boiler_tph": 0, "vocs_tpa": 0})
ELECTRONICS = ProjectDescription("plant", "C3971", "new", None, {"boiler_tph": 0, "vocs_tpa": 0})


def city_rules(example_rules, tmp_path) -> object:
    """A city list with one clause: no chemical industry anywhere."""
    data = yaml.safe_load(example_rules.read_text(encoding="utf-8"))
    data["metadata"]["id"] = "city-strict"
    data["rules"] = [{"id": "CITY-01", "level": "general", "dimension": "spatial_layout", "effect": "prohibit",
                      "when": {"industry": "C26"}, "text": {"zh": "全市禁止新建化工项目。"}, "basis": "测试"}]
    path = tmp_path / "city.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_ruleset(str(path)).ruleset


def gauss_kruger_copy(layer: QgsVectorLayer) -> QgsVectorLayer:
    """The units in CGCS2000 / 3-degree Gauss-Kruger zone 39 (EPSG:4527), as a memory layer."""
    copy = layer.materialize(QgsFeatureRequest())
    target = QgsCoordinateReferenceSystem("EPSG:4527")
    transform = QgsCoordinateTransform(copy.crs(), target, QgsProject.instance())
    moved = QgsVectorLayer(f"MultiPolygon?crs={target.authid()}", "city units", "memory")
    moved.dataProvider().addAttributes(copy.fields().toList())
    moved.updateFields()
    features = []
    for feature in copy.getFeatures():
        geometry = feature.geometry()
        geometry.transform(transform)
        feature.setGeometry(geometry)
        features.append(feature)
    moved.dataProvider().addFeatures(features)
    return moved


def wait_for(runner: ReviewRunner, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while runner.busy and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert not runner.busy


@pytest.fixture
def targets(units_layer, river_bank_layer, sites_layer, example_rules, tmp_path):
    province = units_layer.materialize(QgsFeatureRequest())
    city = gauss_kruger_copy(units_layer)
    QgsProject.instance().addMapLayers([province, city, river_bank_layer], False)
    example = load_ruleset(str(example_rules)).ruleset
    found = [BoundUnitLayer(province, detect_binding(province), example, {"river_bank": river_bank_layer}),
             BoundUnitLayer(city, detect_binding(city), city_rules(example_rules, tmp_path), {})]
    yield found
    QgsProject.instance().removeMapLayers([province.id(), city.id(), river_bank_layer.id()])


def test_two_bound_layers_are_reviewed_together_and_the_worse_verdict_shows(targets, sites_layer):
    site = next(sites_layer.getFeatures()).geometry()
    runner = ReviewRunner(QgsProject.instance())
    reviewed = []
    runner.reviewed.connect(lambda: reviewed.append(len(runner.reviews)))
    runner.review(Site(site, sites_layer.crs()), targets, ELECTRONICS)
    wait_for(runner)
    assert reviewed == [2]
    province, city = runner.reviews
    assert (province.target, city.target) == tuple(targets)
    for review, target in ((province, targets[0]), (city, targets[1])):  # each as reviewed alone
        alone = review_site("x", site, sites_layer.crs(), ELECTRONICS, engine_for(target.layer, target.constraints),
                            target.ruleset, target.binding.prose_fields)
        assert review.review.verdict == alone.verdict
        assert [u.overlap.code for u in review.review.units] == [u.overlap.code for u in alone.units]
    codes = [u.code for u in province.overlay.overlaps]
    assert codes and codes == [u.code for u in city.overlay.overlaps]
    for ours, theirs in zip(province.overlay.overlaps, city.overlay.overlaps):
        assert theirs.overlap_m2 == pytest.approx(ours.overlap_m2, rel=1e-4)  # one site, two CRSs
    assert city.review.verdict == "compliant"  # its one clause is for chemicals
    assert runner.verdict() == province.review.verdict

    overlays = [r.overlay for r in runner.reviews]
    assert runner.reevaluate(CHEMICAL)
    assert [r.overlay for r in runner.reviews] == overlays  # the same overlays, evaluated again
    assert runner.reviews[1].review.verdict == "non_compliant"
    assert [f.rule_id for u in runner.reviews[1].review.units for f in u.findings if f.status == "conflict"]
    assert runner.verdict() == "non_compliant"
    assert runner.reviews[0].review.verdict == "needs_study"  # the worse comes from the city list
    runner.teardown()


QUIET = ProjectDescription("edge", "M7320", "new", None, {"boiler_tph": 0.0, "investment_wan": 100.0, "vocs_tpa": 0.0,
                                                          "discharges_pollutants": False, "capacity_increase": False})


def over_the_west_edge(units_layer, inside: float):
    """A square (EPSG:4490) over the west edge of the units, ``inside`` degrees of its 0.008 east of the westmost
    vertex; with the share of it outside every unit (shapely)."""
    union = shapely.union_all([to_shapely(f.geometry()) for f in units_layer.getFeatures()])
    west = min(shapely.get_coordinates(union), key=lambda point: point[0])
    site = shapely.box(west[0] + inside - 0.008, west[1] - 0.002, west[0] + inside, west[1] + 0.002)
    return site, shapely.area(shapely.difference(site, union)) / shapely.area(site)


def quiet(targets, sample_gpkg):
    """The bound layers with no requirement-text fields (the units' own texts would need a check by hand), the
    first with every constraint layer of the sample."""
    constraints = {name: QgsVectorLayer(f"{sample_gpkg}|layername={name}", name, "ogr")
                   for name in ("red_line", "water_source", "river_bank", "industrial_park")}
    found = [dataclasses.replace(t, binding=dataclasses.replace(t.binding, prose_fields={})) for t in targets]
    return [dataclasses.replace(found[0], constraints=constraints)] + found[1:]


def test_the_part_of_a_site_outside_every_bound_layer_makes_it_need_further_study(targets, units_layer, sample_gpkg):
    """Both layers hold the same units (in two CRSs): a compliant project over their west edge needs further
    study, the first layer naming the part outside them all, in the panel's tree as well."""
    site, share = over_the_west_edge(units_layer, 0.004)
    assert 0.5 < share < 0.8
    runner = ReviewRunner(QgsProject.instance())
    runner.review(Site(QgsGeometry.fromWkt(site.wkt), units_layer.crs()), quiet(targets, sample_gpkg), QUIET)
    wait_for(runner)
    province, city = runner.reviews
    assert [u.verdict for r in runner.reviews for u in r.review.units] == ["compliant", "compliant"]
    assert all(r.overlay.uncovered_m2 > 0 for r in runner.reviews)  # each layer leaves that part
    assert (province.review.verdict, city.review.verdict, runner.verdict()) == ("needs_study", "compliant",
                                                                                "needs_study")
    area = share * geodesic_area(site)
    said = (f"{round(area):,} m² of the site ({round(100 * share, 1)} %) lies outside every control unit of the bound "
            "unit layers: that part was not reviewed.")
    assert [render_reason(r, "en") for r in province.review.reasons] == [said]
    assert render_reason(province.review.reasons[0], "zh") == (f"选址有 {round(area):,} m²（{round(100 * share, 1)}%）"
                                                               "位于所绑定的各管控单元图层的所有管控单元之外：该部分未经审查。")
    assert not [r for r in city.review.reasons if "outside" in r.template]
    tree = ResultsTree()
    tree.show_reviews("edge", province.overlay.site_area_m2, runner.reviews)
    first = tree.topLevelItem(0).child(0)
    assert [first.child(i).text(0) for i in range(first.childCount())][-1] == said
    assert runner.reevaluate(CHEMICAL) and runner.verdict() == "non_compliant"  # the city list forbids it
    assert runner.reviews[0].review.reasons[-1].template == PARTLY_OUTSIDE_LAYERS  # after the deciding clauses
    runner.teardown()


def test_a_site_one_bound_layer_covers_is_not_outside_them(targets, units_layer, sample_gpkg):
    """Inside the units: no part outside, whichever layer is asked."""
    site, share = over_the_west_edge(units_layer, 0.014)
    assert share == 0.0
    runner = ReviewRunner(QgsProject.instance())
    runner.review(Site(QgsGeometry.fromWkt(site.wkt), units_layer.crs()), quiet(targets, sample_gpkg), QUIET)
    wait_for(runner)
    assert runner.verdict() == "compliant"
    assert not [r for lr in runner.reviews for r in lr.review.reasons if r.template in OUTSIDE]
    reviews = [r.review for r in runner.reviews]
    assert [[u.overlap.code for u in r.units] for r in reviews] == [["ZH13063230008"]] * 2
    assert units_overlapped(reviews) == 1  # one unit, in both layers
    blank = [dataclasses.replace(r, units=[dataclasses.replace(u, overlap=dataclasses.replace(u.overlap, code=""))
                                           for u in r.units]) for r in reviews]
    assert units_overlapped(blank) == 2  # without codes, nothing says they are one unit
    runner.teardown()


def test_a_layer_with_no_unit_under_the_site_does_not_decide_its_verdict(units_layer, sample_gpkg, example_rules,
                                                                             tmp_path):
    """The sample's units split into two layers (by feature id, as rereview's tests do), the layer without the
    site's unit bound first: inside, the site is compliant though the first layer has no unit under it; over the
    edge, the part outside both is named by the second layer, the one that decides."""
    [unit] = units_layer.getFeatures(QgsFeatureRequest().setFilterExpression("\"HJGKDYBM\" = 'ZH13063230008'"))
    mine = f"$id % 3 = {unit.id() % 3}"
    example = load_ruleset(str(example_rules)).ruleset
    layers = [units_layer.materialize(QgsFeatureRequest().setFilterExpression(f"NOT ({mine})")),
              units_layer.materialize(QgsFeatureRequest().setFilterExpression(mine))]
    QgsProject.instance().addMapLayers(layers, False)
    targets = quiet([BoundUnitLayer(layer, detect_binding(layer), example, {}) for layer in layers], sample_gpkg)
    targets[1] = dataclasses.replace(targets[1], constraints=targets[0].constraints)
    runner = ReviewRunner(QgsProject.instance())
    inside, _share = over_the_west_edge(units_layer, 0.014)
    runner.review(Site(QgsGeometry.fromWkt(inside.wkt), units_layer.crs()), targets, QUIET)
    wait_for(runner)
    first, second = (r.review for r in runner.reviews)
    assert not first.units and first.verdict == "needs_study"  # that layer alone: outside every unit of it
    assert [u.overlap.code for u in second.units] == ["ZH13063230008"] and second.verdict == "compliant"
    assert runner.verdict() == "compliant"
    edge, share = over_the_west_edge(units_layer, 0.004)
    runner.review(Site(QgsGeometry.fromWkt(edge.wkt), units_layer.crs()), targets, QUIET)
    wait_for(runner)
    first, second = (r.review for r in runner.reviews)
    assert runner.verdict() == "needs_study" and second.verdict == "needs_study"
    assert [r.template for r in second.reasons] == [PARTLY_OUTSIDE_LAYERS]
    assert second.reasons[0].values["percent"] == f"{100 * share:.1f}"  # as shown: never <0.1 or >99.9 here
    assert [r.template for r in first.reasons] == ["The site lies outside every control unit of the unit layer."]
    # the notes: one file, of the layer that decides (the other's would say the site lies outside its units)
    written = write_review_notes(runner, Site(QgsGeometry.fromWkt(edge.wkt), units_layer.crs()), "en", "html",
                                 str(tmp_path / "edge.html"))
    assert [Path(path).name for path in written] == ["edge.html"]
    text = html.unescape(re.sub(r"\s+", " ", Path(written[0]).read_text(encoding="utf-8")))
    assert "lies outside every control unit of the bound unit layers" in text and "ZH13063230008" in text
    runner.teardown()
    QgsProject.instance().removeMapLayers([layer.id() for layer in layers])


def test_a_layer_whose_unit_near_the_site_cannot_be_overlaid_keeps_its_say(units_layer, sample_gpkg, example_rules):
    """The layer without the site's unit also holds a collapsed polygon (a line drawn as a polygon) across the
    site: the overlay skips it with a warning, the site may lie in that unit, so that layer still decides."""
    [unit] = units_layer.getFeatures(QgsFeatureRequest().setFilterExpression("\"HJGKDYBM\" = 'ZH13063230008'"))
    others = units_layer.materialize(QgsFeatureRequest().setFilterExpression("\"HJGKDYBM\" <> 'ZH13063230008'"))
    inside, _share = over_the_west_edge(units_layer, 0.014)
    (x0, y0), (x1, y1) = inside.bounds[:2], inside.bounds[2:]
    broken = QgsFeature(others.fields())
    broken.setAttributes([None] * others.fields().count())
    broken["HJGKDYBM"] = "ZH13063239999"
    broken.setGeometry(QgsGeometry.fromWkt(f"MULTIPOLYGON((({x0} {y0}, {x1} {y1}, {x0} {y0})))"))
    assert others.dataProvider().addFeatures([broken])
    layers = [others, units_layer.materialize(QgsFeatureRequest().setFilterFid(unit.id()))]
    QgsProject.instance().addMapLayers(layers, False)
    example = load_ruleset(str(example_rules)).ruleset
    targets = quiet([BoundUnitLayer(layer, detect_binding(layer), example, {}) for layer in layers], sample_gpkg)
    targets[1] = dataclasses.replace(targets[1], constraints=targets[0].constraints)
    runner = ReviewRunner(QgsProject.instance())
    runner.review(Site(QgsGeometry.fromWkt(inside.wkt), units_layer.crs()), targets, QUIET)
    wait_for(runner)
    first, second = (r.review for r in runner.reviews)
    assert not first.units and "ZH13063239999" in str([w.values for w in first.overlay.warnings])
    assert second.verdict == "compliant" and runner.verdict() == "needs_study"
    runner.teardown()
    QgsProject.instance().removeMapLayers([layer.id() for layer in layers])


def test_a_site_the_overlay_cannot_use_is_shown_and_logged_as_a_plain_warning(units_layer, example_rules):
    """An expected input problem (here a site with no area) is the task's error and a warning in the plugin's log,
    like the siting task's: the traceback is for unexpected errors only."""
    from qgis.core import QgsApplication

    from zoning_review.plugin.gui.review_task import OverlayJob, ReviewTask
    from zoning_review.plugin.log import TAG

    target = BoundUnitLayer(units_layer, detect_binding(units_layer), load_ruleset(str(example_rules)).ruleset, {})
    line = QgsGeometry.fromWkt("LINESTRING(116.0 39.0, 116.1 39.1)")
    task = ReviewTask(Site(line, QgsCoordinateReferenceSystem("EPSG:4490")),
                      [OverlayJob(target, engine_for(units_layer))])
    logged = []

    def record(text, tag, level):
        if tag == TAG:
            logged.append((int(level), text))

    QgsApplication.messageLog().messageReceived.connect(record)
    try:
        assert task.run() is False
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(record)
    assert task.error.startswith("The site geometry is not a polygon")  # the overlay's own message, no prefix
    assert logged == [(1, task.error)]  # Qgis.MessageLevel.Warning, the message alone
