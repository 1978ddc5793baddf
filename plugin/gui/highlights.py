"""Canvas highlights of a review: the site outlined, overlapped units coloured by their verdict."""

from typing import Dict, List, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsVectorLayer
from qgis.gui import QgsHighlight, QgsRubberBand
from qgis.PyQt import sip
from qgis.PyQt.QtGui import QColor

from ..compat import POLYGON_GEOMETRY
from ..core.outputs.palette import verdict_colour

SITE_COLOUR = QColor(20, 60, 160)
FILL_ALPHA = 90


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
        self.site_band = None
        self.units: Dict[Tuple[str, int], Tuple[QgsHighlight, str]] = {}

    def show_site(self, geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem) -> None:
        """Outline the site (a rubber band; the user's layers are not touched)."""
        self.clear_site()
        band = QgsRubberBand(self.canvas, POLYGON_GEOMETRY)
        band.setStrokeColor(SITE_COLOUR)
        band.setFillColor(QColor(0, 0, 0, 0))
        band.setWidth(3)
        band.setToGeometry(geometry, crs)
        band.setZValue(20)
        self.site_band = band

    def show_units(self, units: List[Tuple[QgsVectorLayer, int, str]]) -> None:
        """Highlight each (layer, fid, verdict): red conflict, amber needs study, green compliant."""
        self.clear_units()
        for layer, fid, verdict in units:
            feature = layer.getFeature(fid)
            if not feature.hasGeometry():
                continue
            item = QgsHighlight(self.canvas, feature.geometry(), layer)
            item.setColor(verdict_colour(verdict))
            item.setFillColor(verdict_colour(verdict, FILL_ALPHA))
            item.setWidth(2)
            item.setZValue(10)
            item.show()
            self.units[(layer.id(), fid)] = (item, verdict)

    def verdicts(self) -> Dict[Tuple[str, int], str]:
        """The verdict shown for each highlighted (layer id, fid)."""
        return {key: verdict for key, (_item, verdict) in self.units.items()}

    def clear_site(self) -> None:
        """Remove the site outline."""
        if self.site_band is not None:
            drop_item(self.canvas, self.site_band)
            self.site_band = None

    def clear_units(self) -> None:
        """Remove every unit highlight."""
        for item, _verdict in self.units.values():
            drop_item(self.canvas, item)
        self.units = {}

    def clear(self) -> None:
        """Remove everything."""
        self.clear_site()
        self.clear_units()
