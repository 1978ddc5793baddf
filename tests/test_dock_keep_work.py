"""Nothing is lost when a new site meets unsaved work: Cancel keeps the review on screen and the polygon just drawn
(still in the draw tool, finished again once the review is saved); the same coordinates in another CRS are another
site (the question is asked, the judgements do not follow them); a review saved to the register is not asked about
again. The dialogs are the real ones, answered as a user clicks them."""

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsRectangle
from qgis.PyQt.QtCore import Qt

from tests.dock_helpers import SITE_WKT
from tests.test_dock_causes import review_s02
from tests.test_dock_replace_review import CANCEL, QUESTION, answering
from tests.test_dock_unsaved_review import judge_one
from tests.test_draw_tool_crs import click
from zoning_review.plugin import settings
from zoning_review.plugin.gui.review_task import Site

PIXELS = ((60, 60), (300, 80), (280, 320))


def test_cancel_keeps_the_review_and_the_polygon_drawn(dock, example_rules, qtbot):
    site = review_s02(dock, example_rules, qtbot)
    judged = judge_one(dock, qtbot)
    canvas = dock.canvas
    canvas.resize(400, 400)
    canvas.setExtent(QgsRectangle(115.88, 39.03, 115.92, 39.07))
    dock.site_input.draw_button.setChecked(True)
    placed = [canvas.getCoordinateTransform().toMapCoordinates(x, y) for x, y in PIXELS]
    for x, y in PIXELS:
        click(canvas, x, y)
    with answering(CANCEL) as seen:
        click(canvas, 0, 0, Qt.MouseButton.RightButton)
        qtbot.wait(100)
    assert [s[:2] for s in seen] == [("box", QUESTION.format(site=dock.runner.site_id()))]
    assert dock.site_input.site.geometry.equals(site.geometry) and list(dock.runner.judgements) == [judged]
    tool = dock.site_input.tool
    assert canvas.mapTool() is tool  # still drawing: the polygon is on the map, not thrown away
    assert [(p.x(), p.y()) for p in tool.points] == [(p.x(), p.y()) for p in placed]
    assert dock.saved.save_as("S02 复核")
    with answering() as seen, qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        click(canvas, 0, 0, Qt.MouseButton.RightButton)  # finished again: nothing drawn twice
    assert seen == []
    ring = dock.site_input.site.geometry.asPolygon()[0]
    assert [QgsPointXY(p) for p in ring] == placed + placed[:1]
    assert not tool.points and not list(dock.runner.judgements)


def test_the_same_coordinates_in_another_crs_are_another_site(dock, example_rules, qtbot):
    site = review_s02(dock, example_rules, qtbot)
    judged = judge_one(dock, qtbot)
    elsewhere = Site(site.geometry, QgsCoordinateReferenceSystem("EPSG:3857"), "another CRS")
    with answering(CANCEL) as seen:
        assert not dock.site_input.take(elsewhere)
    assert [s[0] for s in seen] == ["box"]
    assert dock.site_input.site.crs.authid() == "EPSG:4490" and list(dock.runner.judgements) == [judged]
    assert not dock.runner.keeps_work_for(elsewhere)


def test_a_review_saved_to_the_register_is_not_asked_about(dock, example_rules, qtbot, tmp_path):
    review_s02(dock, example_rules, qtbot)
    judge_one(dock, qtbot)
    dock.opinion.setPlainText("不同意选址。")
    settings.REGISTER_PATH.set(str(tmp_path / "台账.gpkg"))
    try:
        dock.saved.register_button.click()
    finally:
        settings.REGISTER_PATH.reset()
    assert (tmp_path / "台账.gpkg").exists()
    dock.opinion.setPlainText("不同意选址，待补充材料。")  # changed since it was saved there: it would be lost
    assert dock.saved.would_lose()
    dock.opinion.setPlainText("不同意选址。")
    with answering() as seen, qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.tool.finished.emit(QgsGeometry.fromWkt(SITE_WKT))
    assert seen == [] and dock.site_input.site.geometry.equals(QgsGeometry.fromWkt(SITE_WKT))
