"""Drawing a site while the map's CRS changes: the vertices placed follow the canvas into its new CRS, so a site
never mixes two CRSs; vertices that cannot follow are removed with a notice in the message bar."""

import pytest
from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt

PIXELS = ((60, 60), (300, 80), (280, 320))


@pytest.fixture()
def drawing(qgis_iface, qgis_new_project, qtbot):
    """The dock's site panel with Draw on, over a canvas showing 1 km in CGCS2000 / 3-degree GK CM 114E."""
    from zoning_review.plugin.gui.dock import ZoningReviewDock

    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4547"))
    canvas.resize(400, 400)
    canvas.setExtent(QgsRectangle(500000, 4300000, 501000, 4301000))
    dock = ZoningReviewDock(qgis_iface)
    qtbot.addWidget(dock)
    dock.site_input.draw_button.setChecked(True)
    assert canvas.mapTool() is dock.site_input.tool
    yield dock.site_input, canvas
    dock.teardown()


def click(canvas, x: int, y: int, button=Qt.MouseButton.LeftButton) -> None:
    """A mouse click released on the canvas's current map tool at a pixel."""
    event = QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonRelease, QPoint(x, y), button, button,
                             Qt.KeyboardModifier.NoModifier)
    canvas.mapTool().canvasReleaseEvent(event)


def test_vertices_follow_the_canvas_into_a_new_crs(drawing):
    site_input, canvas = drawing
    placed = [canvas.getCoordinateTransform().toMapCoordinates(x, y) for x, y in PIXELS[:2]]
    for x, y in PIXELS[:2]:
        click(canvas, x, y)
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4490"))
    canvas.setExtent(QgsRectangle(113.99, 38.83, 114.02, 38.86))
    click(canvas, *PIXELS[2])
    third = canvas.getCoordinateTransform().toMapCoordinates(*PIXELS[2])
    click(canvas, 0, 0, Qt.MouseButton.RightButton)
    site = site_input.site
    assert site is not None and site.crs.authid() == "EPSG:4490"
    ring = site.geometry.asPolygon()[0]
    assert len(ring) == 4
    for vertex in ring:  # 500 km east on CM 114E's false easting, 4300 km north: about 114°E, 38.8°N
        assert 113.5 < vertex.x() < 114.5 and 38.5 < vertex.y() < 39.2, vertex
    to_4490 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4547"),
                                     QgsCoordinateReferenceSystem("EPSG:4490"), QgsProject.instance())
    expected = [to_4490.transform(point) for point in placed] + [third]
    for vertex, point in zip(ring[:3], expected):
        assert (vertex.x(), vertex.y()) == pytest.approx((point.x(), point.y()), abs=1e-9)


def test_vertices_that_cannot_follow_are_removed_with_a_notice(drawing, qgis_iface):
    site_input, canvas = drawing
    qgis_iface.messageBar().clear_messages()
    for x, y in PIXELS[:2]:
        click(canvas, x, y)
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem())
    assert site_input.tool.points == []
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("coordinate reference system changed" in text and "draw the site again" in text for text in warnings)


def test_a_site_drawn_on_a_map_without_a_crs_is_refused(drawing, qgis_iface):
    """The project's "No CRS": the drawn site is never measured or reviewed as if it lay somewhere."""
    site_input, canvas = drawing
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem())
    qgis_iface.messageBar().clear_messages()
    for x, y in PIXELS:
        click(canvas, x, y)
    click(canvas, 0, 0, Qt.MouseButton.RightButton)
    assert site_input.site is None and site_input.status.text() == "No site yet."
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("The map has no coordinate reference system" in text and "Project › Properties › CRS" in text
               for text in warnings), warnings
