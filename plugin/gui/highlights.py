"""Canvas highlights of a review: the site outlined, overlapped units outlined in their verdict's colour
on a white casing (a light fill: red over a green unit fill does not turn brown), the selected
finding's cause (``cause_highlights``)."""

from typing import Dict, List, Optional, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsVectorLayer
from qgis.gui import QgsHighlight, QgsRubberBand
from qgis.PyQt import sip
from qgis.PyQt.QtGui import QColor

from ..compat import POLYGON_GEOMETRY
from ..core.outputs.palette import CASING, HIGHLIGHT_FILL_ALPHA, verdict_colour
from ..core.review.causes import CauseScene
from .cause_highlights import CASING_EXTRA, CauseHighlights

SITE_COLOUR = QColor(20, 60, 160)
UNIT_WIDTH = 3


def drop_item(canvas, item) -> None:
    """Take a canvas item off the scene and delete it (unless Qt already did)."""
    if item is None or sip.isdeleted(item):
        return
    if not sip.isdeleted(canvas):
        canvas.scene().removeItem(item)
    sip.delete(item)


class Highlights:
    """Owns every canvas item the dock shows; ``clear()`` removes them all."""

    def __init__(self, canvas) -> None:
        self.canvas = canvas
        self.site_band = self.site_casing = None
        self.units: Dict[Tuple[str, int], Tuple[QgsHighlight, str]] = {}
        self.casings: List[QgsHighlight] = []
        self.cause = CauseHighlights(canvas, drop_item)

    def show_site(self, geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem) -> None:
        """Outline the site (a rubber band; the user's layers are not touched)."""
        self.clear_site()
        casing = QgsRubberBand(self.canvas, POLYGON_GEOMETRY)
        band = QgsRubberBand(self.canvas, POLYGON_GEOMETRY)
        for item, colour, width in ((casing, CASING, 3 + CASING_EXTRA), (band, SITE_COLOUR, 3)):
            item.setStrokeColor(colour)
            item.setFillColor(QColor(0, 0, 0, 0))
            item.setWidth(width)
            item.setToGeometry(geometry, crs)
            item.setZValue(20)
        band.setZValue(20.5)
        self.site_band, self.site_casing = band, casing

    def show_units(self, units: List[Tuple[QgsVectorLayer, int, str]]) -> None:
        """Outline each (layer, fid, verdict) in the verdict's colour (red conflict, amber needs study,
        green compliant) on a white casing, over a light fill of the same colour."""
        self.clear_units()
        for layer, fid, verdict in units:
            feature = layer.getFeature(fid)
            if not feature.hasGeometry():
                continue
            casing = QgsHighlight(self.canvas, feature.geometry(), layer)
            casing.setColor(CASING)
            casing.setFillColor(QColor(0, 0, 0, 0))
            casing.setWidth(UNIT_WIDTH + CASING_EXTRA)
            casing.setZValue(10)
            item = QgsHighlight(self.canvas, feature.geometry(), layer)
            item.setColor(verdict_colour(verdict))
            item.setFillColor(verdict_colour(verdict, HIGHLIGHT_FILL_ALPHA))
            item.setWidth(UNIT_WIDTH)
            item.setZValue(10.5)
            for shown in (casing, item):
                shown.show()
            self.casings.append(casing)
            self.units[(layer.id(), fid)] = (item, verdict)

    def verdicts(self) -> Dict[Tuple[str, int], str]:
        """The verdict shown for each highlighted (layer id, fid)."""
        return {key: verdict for key, (_item, verdict) in self.units.items()}

    def show_cause(self, scene: CauseScene, words: List[Optional[str]], legend: List[Tuple[str, str]]) -> None:
        """Show the cause of the selected finding, with its key (in place of the one shown before)."""
        self.cause.show(scene, words, legend)

    def clear_cause(self) -> None:
        """Remove the cause of the selected finding."""
        self.cause.clear()

    def clear_site(self) -> None:
        """Remove the site outline."""
        if self.site_band is not None:
            drop_item(self.canvas, self.site_band)
            drop_item(self.canvas, self.site_casing)
            self.site_band = self.site_casing = None

    def clear_units(self) -> None:
        """Remove every unit highlight and the cause shown with them (it belongs to that review)."""
        for item, _verdict in self.units.values():
            drop_item(self.canvas, item)
        for item in self.casings:
            drop_item(self.canvas, item)
        self.units, self.casings = {}, []
        self.clear_cause()

    def clear(self) -> None:
        """Remove everything."""
        self.clear_site()
        self.clear_units()
