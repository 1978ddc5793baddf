"""The cause of the selected finding on the canvas: constraint features, distance band, required zone
and the shortest line with its measured distance, as temporary canvas items over a white casing."""

from typing import List, Optional, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsPointXY, QgsProject
from qgis.gui import QgsMapCanvasItem, QgsRubberBand
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QPainterPath, QPen

from ..compat import LINE_GEOMETRY, POLYGON_GEOMETRY
from ..core.outputs.palette import CASING, CAUSE_FILL_ALPHA, cause_colour
from ..core.review.causes import CauseScene
from .cause_legend import CauseLegend

CASING_EXTRA = 3  # the white casing is this many pixels wider than the line on it
WIDTHS = {"feature": 2, "band": 2, "zone": 3, "line": 2}
STYLES = {"band": Qt.PenStyle.DashLine, "line": Qt.PenStyle.DashLine}
Z_BASE = 15  # above the unit highlights (10), under the site outline (20)


class DistanceLabel(QgsMapCanvasItem):
    """A short text with a white halo, anchored at a point in ``crs`` (it follows pans, zooms and a
    change of the map's CRS)."""

    def __init__(self, canvas, point: QgsPointXY, crs: QgsCoordinateReferenceSystem, text: str) -> None:
        super().__init__(canvas)
        self.map_canvas, self.point, self.crs, self.text = canvas, point, crs, text
        self.font = QFont()
        self.font.setBold(True)
        self.font.setPointSizeF(self.font.pointSizeF() * 1.1)
        self.path = QPainterPath()
        self.path.addText(6, -6, self.font, text)
        self.setZValue(Z_BASE + 4)
        self.updatePosition()

    def boundingRect(self) -> QRectF:
        """The text's box with room for the halo."""
        return self.path.boundingRect().adjusted(-4, -4, 4, 4)

    def paint(self, painter, _option=None, _widget=None) -> None:
        """The text, dark on a white halo."""
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.strokePath(self.path, QPen(CASING, 4))
        painter.fillPath(self.path, cause_colour("line"))

    def updatePosition(self) -> None:
        """Follow the anchor point on the canvas."""
        to_map = QgsCoordinateTransform(self.crs, self.map_canvas.mapSettings().destinationCrs(),
                                        QgsProject.instance())
        self.prepareGeometryChange()
        self.setPos(self.toCanvasCoordinates(to_map.transform(self.point)))


class CauseHighlights:
    """Owns the canvas items of one finding's cause; ``clear()`` removes them."""

    def __init__(self, canvas, drop) -> None:
        self.canvas = canvas
        self.drop = drop  # removes one canvas item (highlights.drop_item)
        self.items: List[object] = []
        self.parts: List[Tuple[str, QgsRubberBand]] = []  # (kind, rubber band) shown, casings excluded
        self.labels: List[DistanceLabel] = []
        self.legend: Optional[CauseLegend] = None

    def show(self, scene: CauseScene, words: List[Optional[str]], legend: List[Tuple[str, str]]) -> None:
        """Draw every part of ``scene``; ``words[i]`` labels part i's distance line (None: no label);
        ``legend`` (kind, words) is the key shown in the canvas's corner."""
        self.clear()
        if legend:
            pens = {kind: (WIDTHS[kind], STYLES.get(kind, Qt.PenStyle.SolidLine)) for kind in WIDTHS}
            self.legend = CauseLegend(self.canvas, legend, pens)
        for part, text in zip(scene.parts, words):
            if part.band is not None:
                self._band("band", part.band, scene.crs)
            if part.zone is not None:
                self._band("zone", part.zone, scene.crs)
            for feature in part.features if part.zone is None else []:
                self._band("feature", feature, scene.crs)
            if part.line is not None:
                self._band("line", part.line, scene.crs)
                if text:
                    self._label(part.line, scene.crs, text)

    def _band(self, kind: str, geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem) -> None:
        """One part as a rubber band on a white casing."""
        polygon = geometry.type() == POLYGON_GEOMETRY
        order = ["feature", "band", "zone", "line"].index(kind)
        for casing in (True, False):
            band = QgsRubberBand(self.canvas, POLYGON_GEOMETRY if polygon else LINE_GEOMETRY)
            band.setToGeometry(geometry, crs)
            band.setWidth(WIDTHS[kind] + (CASING_EXTRA if casing else 0))
            band.setStrokeColor(CASING if casing else cause_colour(kind))
            band.setFillColor(QColor(0, 0, 0, 0) if casing or not polygon else cause_colour(kind, CAUSE_FILL_ALPHA))
            band.setLineStyle(Qt.PenStyle.SolidLine if casing else STYLES.get(kind, Qt.PenStyle.SolidLine))
            band.setZValue(Z_BASE + order * 0.1 + (0 if casing else 0.05))
            self.items.append(band)
            if not casing:
                self.parts.append((kind, band))

    def _label(self, line: QgsGeometry, crs: QgsCoordinateReferenceSystem, text: str) -> None:
        """The measured distance written at the middle of the line."""
        middle = line.interpolate(line.length() / 2).asPoint()
        label = DistanceLabel(self.canvas, middle, crs, text)
        self.items.append(label)
        self.labels.append(label)

    def geometries(self, kind: str) -> List[QgsGeometry]:
        """The geometries shown for ``kind`` (in the canvas CRS)."""
        return [band.asGeometry() for shown, band in self.parts if shown == kind]

    def clear(self) -> None:
        """Remove every item of the cause."""
        for item in self.items:
            self.drop(self.canvas, item)
        self.items, self.parts, self.labels = [], [], []
        if self.legend is not None:
            self.legend.remove()
            self.legend = None
