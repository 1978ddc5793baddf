"""A map tool to draw a site polygon: left click adds a vertex (snapped), right click finishes,
Backspace removes the last vertex, Esc cancels — like QGIS digitizing."""

import math
from typing import List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsGeometry,
    QgsPointLocator,
    QgsPointXY,
)
from qgis.gui import QgsMapTool, QgsRubberBand, QgsSnapIndicator
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ..compat import POLYGON_GEOMETRY
from ..i18n import tr
from .highlights import drop_item

MIN_VERTICES = 3


class PolygonDrawTool(QgsMapTool):
    """Collects vertices in canvas coordinates and emits the finished polygon; the vertices follow the canvas
    into a new CRS (or are dropped, with a message, when they cannot be converted)."""

    finished = pyqtSignal(QgsGeometry)
    cancelled = pyqtSignal()
    message = pyqtSignal(str)

    def __init__(self, canvas) -> None:
        super().__init__(canvas)
        self.setObjectName("zr_draw_tool")
        self.points: List[QgsPointXY] = []
        self.hover: Optional[QgsPointXY] = None
        self.band = QgsRubberBand(canvas, POLYGON_GEOMETRY)
        self.band.setColor(QColor(30, 100, 200, 220))
        self.band.setFillColor(QColor(30, 100, 200, 40))
        self.band.setWidth(2)
        self.indicator = QgsSnapIndicator(canvas)
        self.crs = canvas.mapSettings().destinationCrs()  # the CRS of the vertices placed
        canvas.destinationCrsChanged.connect(self._crs_changed)

    def _crs_changed(self) -> None:
        """Carry the vertices placed into the canvas's new CRS; drop them with a message when that fails."""
        settings = self.canvas().mapSettings()
        old, self.crs = self.crs, settings.destinationCrs()
        if not self.points:
            return
        moved = transformed(self.points, old, self.crs, settings.transformContext())
        self.hover = None
        if moved is None:
            self.reset()
            self.message.emit(tr("The map's coordinate reference system changed while you were drawing and the "
                                 "vertices placed cannot be converted to it: they were removed, draw the site again."))
            return
        self.points = moved
        self._redraw()

    def _snapped(self, event) -> QgsPointXY:
        """The event's map point, snapped with the canvas's snapping settings."""
        match = self.canvas().snappingUtils().snapToMap(event.originalPixelPoint())
        self.indicator.setMatch(match)
        return QgsPointXY(match.point()) if match.isValid() else QgsPointXY(event.mapPoint())

    def canvasMoveEvent(self, event) -> None:
        """Preview the next vertex."""
        self.hover = self._snapped(event)
        self._redraw()

    def canvasReleaseEvent(self, event) -> None:
        """Left: add a vertex. Right: finish."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.points.append(self._snapped(event))
            self.hover = None
            self._redraw()
        elif event.button() == Qt.MouseButton.RightButton:
            self.finish()

    def keyPressEvent(self, event) -> None:
        """Backspace/Delete removes the last vertex; Esc cancels; Enter finishes."""
        key = event.key()
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and self.points:
            self.points.pop()
            self._redraw()
        elif key == Qt.Key.Key_Escape:
            self.reset()
            self.cancelled.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
        else:
            event.ignore()
            return
        event.accept()

    def finish(self) -> None:
        """Emit the polygon when it has enough vertices, otherwise say what is missing."""
        if len(self.points) < MIN_VERTICES:
            self.message.emit(tr("A site needs at least 3 vertices: left-click to add them, "
                                 "right-click to finish."))
            return
        geometry = QgsGeometry.fromPolygonXY([self.points + [self.points[0]]])
        self.reset()
        self.finished.emit(geometry)

    def resume(self, geometry: QgsGeometry) -> None:
        """Take a polygon this tool finished back as the sketch (its site was not taken): right-click or Enter
        finishes it again, Esc drops it."""
        self.points = [QgsPointXY(point) for point in geometry.asPolygon()[0][:-1]]
        self.hover = None
        self._redraw()

    def reset(self) -> None:
        """Forget the vertices and clear the sketch."""
        self.points = []
        self.hover = None
        self._redraw()

    def _redraw(self) -> None:
        """Show the vertices placed and the one under the mouse."""
        if self.band is None:
            return
        points = self.points + ([self.hover] if self.hover is not None else [])
        self.band.reset(POLYGON_GEOMETRY)
        for index, point in enumerate(points):
            self.band.addPoint(point, index == len(points) - 1)

    def deactivate(self) -> None:
        """Drop the sketch when another tool takes over."""
        self.reset()
        self.indicator.setMatch(QgsPointLocator.Match())
        super().deactivate()

    def release(self) -> None:
        """Remove the rubber band and snap indicator from the canvas (teardown)."""
        self.reset()
        self.canvas().destinationCrsChanged.disconnect(self._crs_changed)
        drop_item(self.canvas(), self.band)
        self.band = None
        self.indicator = None


def transformed(points: List[QgsPointXY], source: QgsCoordinateReferenceSystem,
                target: QgsCoordinateReferenceSystem,
                context: QgsCoordinateTransformContext) -> Optional[List[QgsPointXY]]:
    """``points`` from ``source`` into ``target``; None when either CRS is invalid or a point has no finite place."""
    if not (source.isValid() and target.isValid()):
        return None
    transform = QgsCoordinateTransform(source, target, context)
    try:
        moved = [transform.transform(point) for point in points]
    except QgsCsException:
        return None
    return moved if all(math.isfinite(p.x()) and math.isfinite(p.y()) for p in moved) else None
