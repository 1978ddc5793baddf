"""The dock's results tree and canvas: the selected finding's cause drawn on the canvas (checked against
a band and a distance worked out here in another CRS), expanded rows and selection kept across a
re-evaluation, whole reasons, and unit highlights outlined on a white casing."""

import hashlib
import math
import re
from dataclasses import replace

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor, QFontMetrics, QPalette
from qgis.PyQt.QtWidgets import QApplication, QFrame, QLabel

from tests.dock_helpers import bind
from tests.sample_project import layer
from tests.test_dock_words import ui_locale  # noqa: F401 - the fixture
from zoning_review.plugin.core.outputs.palette import HIGHLIGHT_FILL_ALPHA, VERDICT_COLOURS
from zoning_review.plugin.core.review.judgements import Judgement
from zoning_review.plugin.gui.site_sources import selected_site
from zoning_review.plugin.gui.tree_state import all_items, item_path
from zoning_review.plugin.i18n import translator

UTM = QgsCoordinateReferenceSystem("EPSG:32650")  # not the Gauss-Krüger CRS the plugin draws in
LIMIT_M = 1000.0


def review_s02(dock, example_rules, qtbot):
    """Bind the sample rules and review site S02 as taken from the sites layer (the map in CGCS2000)."""
    dock.canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4490"))
    bind(dock.bindings, example_rules)
    sites = layer("sites")
    sites.selectByExpression("\"site_id\" = 'S02'")
    site = selected_site(sites)
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.set_site(site)
    return site


def finding_row(tree, rule_id: str):
    """The first finding row of a rule."""
    return next(item for item in all_items(tree) if item_path(item)[-1] == f"rule:{rule_id}")


def to_utm(geometry: QgsGeometry, crs) -> QgsGeometry:
    """A copy of ``geometry`` in UTM zone 50N."""
    copy = QgsGeometry(geometry)
    assert copy.transform(QgsCoordinateTransform(crs, UTM, QgsProject.instance())) == 0
    return copy


def layer_in_utm(name: str) -> QgsGeometry:
    """Every feature of a sample layer, one geometry, in UTM."""
    source = layer(name)
    return QgsGeometry.unaryUnion([to_utm(f.geometry(), source.crs()) for f in source.getFeatures()])


def river_in_utm() -> QgsGeometry:
    """Every river-bank feature, one geometry, in UTM."""
    return layer_in_utm("river_bank")


def test_selecting_a_finding_shows_its_distance_band_and_line(dock, example_rules, qtbot):
    site = review_s02(dock, example_rules, qtbot)
    assert dock.runner.verdict() == "non_compliant"
    canvas_crs = dock.canvas.mapSettings().destinationCrs()
    dock.tree.setCurrentItem(finding_row(dock.tree, "G-SL-03"))
    cause = dock.highlights.cause
    bands, lines = cause.geometries("band"), cause.geometries("line")
    assert len(bands) == 1 and len(lines) == 1 and cause.geometries("feature")
    river = river_in_utm()
    band = to_utm(bands[0], canvas_crs)
    # every vertex of the band's outline lies 1 km from the river bank
    gaps = [QgsGeometry(point.clone()).distance(river) for point in
            (band.vertexAt(i) for i in range(0, band.constGet().nCoordinates(), 7))]
    assert gaps and all(abs(gap - LIMIT_M) < 0.01 * LIMIT_M for gap in gaps), (min(gaps), max(gaps))
    # over the site's box the band covers what a 1 km buffer of the river covers
    site_utm = to_utm(site.geometry, site.crs)
    box = QgsGeometry.fromRect(site_utm.boundingBox())
    expected = river.buffer(LIMIT_M, 64).intersection(box).area()
    assert expected > 0 and band.intersection(box).area() == pytest.approx(expected, rel=0.01)
    # the line runs from the site to the river bank, as long as the review measured
    line = to_utm(lines[0], canvas_crs)
    measured = site_utm.distance(river)
    assert 500 < measured < LIMIT_M
    assert line.length() == pytest.approx(measured, rel=0.01)
    ends = [QgsGeometry(line.vertexAt(i).clone()) for i in (0, line.constGet().nCoordinates() - 1)]
    assert sorted(e.distance(site_utm) < 1 for e in ends) == [False, True]
    assert sorted(e.distance(river) < 1 for e in ends) == [False, True]
    assert len(cause.labels) == 1 and f"{measured:,.0f} m" in cause.labels[0].text
    # the canvas shows the site and the line together
    shown = to_utm(QgsGeometry.fromRect(dock.canvas.extent()), canvas_crs)
    assert shown.contains(line) and shown.contains(site_utm)
    # another row takes the cause off the canvas; so does a new site
    dock.tree.setCurrentItem(dock.tree.topLevelItem(0))
    assert cause.parts == [] and cause.items == []
    dock.tree.setCurrentItem(finding_row(dock.tree, "G-SL-03"))
    assert cause.parts
    dock.site_input.clear()
    assert cause.items == [] and dock.highlights.units == {}


def test_a_must_be_inside_clause_shows_the_zone_it_requires(dock, example_rules, qtbot):
    site = review_s02(dock, example_rules, qtbot)
    canvas_crs = dock.canvas.mapSettings().destinationCrs()
    dock.tree.setCurrentItem(finding_row(dock.tree, "C-K-01"))  # new chemical plants must enter a park
    cause = dock.highlights.cause
    zones, lines = cause.geometries("zone"), cause.geometries("line")
    assert len(zones) == 1 and len(lines) == 1 and not cause.geometries("band")
    parks, site_utm = layer_in_utm("industrial_park"), to_utm(site.geometry, site.crs)
    zone = to_utm(zones[0], canvas_crs)
    assert zone.area() > 0 and zone.difference(parks).area() < 1e-3 * zone.area()
    line = to_utm(lines[0], canvas_crs)
    assert not site_utm.intersects(parks) and line.length() == pytest.approx(site_utm.distance(parks), rel=0.01)
    far_end = QgsGeometry(line.vertexAt(line.constGet().nCoordinates() - 1).clone())
    near_end = QgsGeometry(line.vertexAt(0).clone())
    assert min(far_end.distance(zone), near_end.distance(zone)) < 1


KEYS = {  # the key's words, as the notes' legend says them
    "en_US": ("Cause of the selected finding", "River bank: 1,000 m band of the clause", "River bank",
              "Shortest distance from the site to River bank: {} m"),
    "zh_CN": ("所选审查结果的原因", "河流岸线：条款规定的 1,000 m 范围", "河流岸线", "选址至河流岸线的最近距离：{} m"),
}


@pytest.mark.parametrize("locale", sorted(KEYS))
def test_the_cause_has_a_key_in_the_canvas_corner(dock, example_rules, qtbot, ui_locale, locale,  # noqa: F811 - the ui_locale fixture
                                                  request):
    ui_locale(locale)  # the rule set's labels
    if locale == "zh_CN":  # the plugin's own words: as QGIS installs the plugin's translator at start
        chinese = translator("zh")
        QCoreApplication.installTranslator(chinese)
        request.addfinalizer(lambda: QCoreApplication.removeTranslator(chinese))
    app = QApplication.instance()  # a dark QGIS theme: light text on dark widgets
    light = app.palette()
    dark = QPalette(QColor(45, 45, 45))
    dark.setColor(QPalette.ColorRole.WindowText, QColor(235, 235, 235))
    app.setPalette(dark)
    request.addfinalizer(lambda: app.setPalette(light))
    site = review_s02(dock, example_rules, qtbot)
    canvas = dock.canvas
    window = canvas.window()  # QGIS's main window, the canvas in it
    window.resize(900, 650)
    window.show()
    request.addfinalizer(window.hide)
    qtbot.waitExposed(window)
    dock.tree.setCurrentItem(finding_row(dock.tree, "G-SL-03"))
    legend = dock.highlights.cause.legend
    assert legend is not None and legend.parentWidget() is canvas and not legend.isHidden()
    title, band, features, line = KEYS[locale]
    words = [label.text() for label in legend.findChildren(QLabel) if label.text()]
    assert words[:3] == [title, band, features], words
    metres = float(re.fullmatch(re.escape(line).replace(r"\{\}", "([0-9,]+)"), words[3]).group(1).replace(",", ""))
    assert metres == pytest.approx(to_utm(site.geometry, site.crs).distance(river_in_utm()), rel=0.01)
    assert len(words) == 4 and len([label for label in legend.findChildren(QLabel) if label.pixmap()]) >= 3
    for label in legend.findChildren(QLabel):  # dark on light, as the map under it, in a dark theme too
        if label.text():
            image = legend.grab(label.geometry()).toImage()
            pixels = [QColor(image.pixel(x, y)).lightness() for x in range(image.width())
                      for y in range(image.height())]
            assert min(pixels) < 90 and sorted(pixels)[len(pixels) // 2] > 200, label.text()
    # in the lower right corner, and still there when the canvas is resized
    assert legend.isVisible()
    for size in ((800, 600), (640, 700)):
        canvas.resize(*size)
        box = legend.geometry()
        assert (box.right() + 1, box.bottom() + 1) == (size[0] - 8, size[1] - 8), (box, size)
    # gone with the cause: another row, then a new site
    dock.tree.setCurrentItem(dock.tree.topLevelItem(0))
    assert dock.highlights.cause.legend is None and not canvas.findChildren(QFrame, "zoningReviewCauseLegend")
    dock.tree.setCurrentItem(finding_row(dock.tree, "G-SL-03"))
    assert len(canvas.findChildren(QFrame, "zoningReviewCauseLegend")) == 1
    dock.site_input.clear()
    assert not canvas.findChildren(QFrame, "zoningReviewCauseLegend")


def test_rows_stay_expanded_and_selected_across_a_reevaluation(dock, example_rules, qtbot):
    review_s02(dock, example_rules, qtbot)
    tree = dock.tree
    row = finding_row(tree, "G-SL-03")
    dimension, unit = item_path(row.parent()), row.parent().parent()
    row.setExpanded(True)
    row.parent().setExpanded(True)  # by default the dimensions are collapsed
    other_unit = next((i for i in all_items(tree) if item_path(i)[-1].startswith("unit:") and i is not unit), None)
    if other_unit is not None:
        other_unit.setExpanded(False)
    tree.setCurrentItem(row)
    expanded = {item_path(i): i.isExpanded() for i in all_items(tree) if i.childCount()}
    selected = item_path(row)
    before = row.text(0)
    code = item_path(unit)[-1].split(":")[1]
    finding = next(f for u in dock.runner.reviews[0].review.units if u.overlap.code == code for f in u.findings
                   if f.rule_id == "G-SL-03")
    digest = hashlib.sha256(f"{finding.text_zh}\n{finding.text_en}".encode()).hexdigest()  # the clause judged
    judged = Judgement(dock.runner.site_id(), code, "G-SL-03", "compliant", "the bank is protected by a dyke",
                       override=True, clause=digest)
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.runner.judge(judged)
    assert finding_row(tree, "G-SL-03").text(0) != before  # the tree was rebuilt with the judged clause
    again = {item_path(i): i.isExpanded() for i in all_items(tree) if i.childCount()}
    assert {p: again[p] for p in expanded if p in again} == expanded
    assert {dimension, selected} <= set(again) and again[selected]
    assert item_path(tree.currentItem()) == selected and tree.selectedItems() == [tree.currentItem()]
    assert dock.highlights.cause.geometries("band")  # the cause of the kept selection is shown again
    assert dock.cause_scenes.key[0] is dock.runner.reviews[0].overlay  # worked out once for this overlay
    # the site edited (moved by a metre): reviewed anew, the rows the user opened stay open
    site = dock.site_input.site
    moved = QgsGeometry(site.geometry)
    moved.translate(0.00001, 0)
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.set_site(replace(site, geometry=moved))
    edited = {item_path(i): i.isExpanded() for i in all_items(tree) if i.childCount()}
    assert {p: edited[p] for p in again if p in edited} == again and edited[selected]
    assert item_path(tree.currentItem()) == selected
    # clicking the selected finding again (after panning away) zooms to its cause again
    dock.canvas.setExtent(QgsRectangle(100, 20, 101, 21))
    tree.itemClicked.emit(tree.currentItem(), 0)
    assert dock.canvas.extent().width() < 0.1
    dock.site_input.clear()
    assert tree.topLevelItemCount() == 0 and tree.kept is None


def test_reasons_are_shown_whole(dock, example_rules, qtbot):
    review_s02(dock, example_rules, qtbot)
    tree = dock.tree
    tree.resize(300, 600)
    tree.show()
    qtbot.waitExposed(tree)
    leaves = [i for i in all_items(tree) if item_path(i)[-1] in ("reason", "text")]
    assert leaves
    for item in leaves:
        parent = item.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()
    tree.doItemsLayout()
    metrics = QFontMetrics(tree.font())
    long = [i for i in leaves if metrics.horizontalAdvance(i.text(0)) > 2 * tree.viewport().width()]
    assert long, "no reason is longer than two widths of the panel"
    for item in leaves:
        assert item.toolTip(0) == item.text(0)
        rect = tree.visualItemRect(item)
        lines = math.ceil(metrics.horizontalAdvance(item.text(0)) / max(1, rect.width()))
        assert rect.height() >= lines * metrics.lineSpacing(), item.text(0)


def test_unit_highlights_are_outlined_on_a_white_casing(dock, example_rules, qtbot):
    review_s02(dock, example_rules, qtbot)
    highlights = dock.highlights
    assert highlights.units and len(highlights.casings) == len(highlights.units)
    for item, verdict in highlights.units.values():
        assert item.color().name() == VERDICT_COLOURS[verdict]
    widths = {casing.width() for casing in highlights.casings}
    assert all(w > 3 for w in widths)
    for casing in highlights.casings:
        assert casing.color().name() == "#ffffff" and casing.zValue() < 10.5
    assert HIGHLIGHT_FILL_ALPHA <= 60
