"""The site: draw it, take the selected feature, import coordinates or load a vector file."""

import math
from typing import Callable, Optional

from qgis.core import QgsApplication, QgsCoordinateTransform, QgsProject
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QFileDialog, QGridLayout, QLabel, QToolButton, QVBoxLayout

from .. import settings
from ..core.coordinates.crs_names import shown_crs
from ..core.overlay.crs_check import crs_unknown
from ..core.overlay.measure import Measurer, choose_ellipsoid, measured_area, next_to_no_area
from ..i18n import tr
from ..notes.sites_layer import DRAWN, TakenSite
from ..typeset import filled
from .draw_tool import PolygonDrawTool
from .labels import area_text
from .review_task import Site
from .site_sources import SiteError, file_site, selected_site

VECTOR_FILTER = "*.shp *.geojson *.json *.kml *.kmz *.gpkg *.gml *.tab *.mif *.dxf"


def _button(parent, name: str, icon: str, text: str, tip: str) -> QToolButton:
    button = QToolButton(parent)
    button.setObjectName(name)
    button.setIcon(QgsApplication.getThemeIcon(icon))
    button.setText(text)
    button.setToolTip(tip)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    button.setAutoRaise(True)
    return button


class SiteInput(QgsCollapsibleGroupBox):
    """Holds the current site; emits ``siteChanged`` when it is set or cleared, ``message`` on trouble."""

    siteChanged = pyqtSignal()
    message = pyqtSignal(str, int)

    def __init__(self, iface, parent=None, targets: Callable[[], list] = list) -> None:
        super().__init__(tr("Site"), parent)
        self.targets = targets  # the bound unit layers, whose CRS's ellipsoid the review falls back to
        self.setObjectName("zr_site")
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.site: Optional[Site] = None
        self.may_replace: Callable[[Optional[Site]], bool] = lambda _site: True  # the dock asks about unsaved work
        self.dialog = None
        self.tool = PolygonDrawTool(self.canvas)
        self.previous_tool = None  # the canvas's tool before Draw: given back when drawing ends
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.draw_button = _button(self, "zr_draw", "/mActionCapturePolygon.svg", tr("Draw"),
                                   tr("Draw the site on the map: left-click adds a vertex, right-click "
                                      "finishes, Backspace removes the last vertex, Esc cancels"))
        self.draw_button.setCheckable(True)
        self.selected_button = _button(self, "zr_use_selected", "/mActionSelectRectangle.svg",
                                       tr("Selected"),
                                       tr("Use the selected features of the active polygon layer"))
        self.import_button = _button(self, "zr_import_coordinates", "/mActionAddDelimitedTextLayer.svg",
                                     tr("Coordinates"),
                                     tr("Paste or import a coordinate list or a 界址点 file"))
        self.file_button = _button(self, "zr_load_file", "/mActionAddOgrLayer.svg", tr("File"),
                                   tr("Load the site from a vector file (shp, GeoJSON, KML, GPKG…)"))
        self.clear_button = _button(self, "zr_clear_site", "/mActionDeleteSelected.svg", tr("Clear"),
                                    tr("Clear the site and its highlights"))
        for index, button in enumerate((self.draw_button, self.selected_button, self.import_button,
                                        self.file_button, self.clear_button)):
            grid.addWidget(button, 0, index)
        layout.addLayout(grid)
        self.status = QLabel(tr("No site yet."), self)
        self.status.setObjectName("zr_site_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._connect(True)

    def _connect(self, on: bool) -> None:
        pairs = [
            (self.draw_button.toggled, self._toggle_draw),
            (self.selected_button.clicked, self.use_selected),
            (self.import_button.clicked, self.import_coordinates),
            (self.file_button.clicked, self.load_file),
            (self.clear_button.clicked, self._clear_clicked),
            (self.tool.finished, self._drawn),
            (self.tool.cancelled, self._draw_cancelled),
            (self.tool.message, self._tool_message),
            (self.tool.deactivated, self._tool_off),
        ]
        for signal, slot in pairs:
            if on:
                signal.connect(slot)
            else:
                signal.disconnect(slot)

    def _toggle_draw(self, on: bool) -> None:
        if on:
            self._take_canvas()
        elif self.canvas.mapTool() is self.tool:
            self._give_back_canvas()

    def _take_canvas(self) -> None:
        """Make the draw tool the canvas's, remembering the tool it replaces."""
        current = self.canvas.mapTool()
        if current is not self.tool:
            self.previous_tool = current
        self.canvas.setMapTool(self.tool)
        self.canvas.setFocus()

    def _give_back_canvas(self) -> None:
        """Put the tool the draw tool replaced back on the canvas (none when it is gone), as if Draw never was."""
        previous, self.previous_tool = self.previous_tool, None
        if previous is not None and not sip.isdeleted(previous):
            self.canvas.setMapTool(previous)
        else:
            self.canvas.unsetMapTool(self.tool)

    def _tool_off(self) -> None:
        self.draw_button.setChecked(False)

    def _drawn(self, geometry) -> None:
        crs = self.canvas.mapSettings().destinationCrs()
        if crs_unknown(crs):  # the project's "No CRS": where the drawn vertices lie is unknown
            self.message.emit(tr("The map has no coordinate reference system, so where the drawn site lies is "
                                 "unknown: set the project's CRS (Project › Properties › CRS), then draw the site "
                                 "again."), 1)
            return
        drawn = Site(geometry, crs, tr("drawn on the map"), taken=TakenSite(DRAWN))
        if not self.take(drawn) and self.canvas.mapTool() is self.tool:
            self.tool.resume(geometry)  # the review on screen stays: the polygon drawn stays too, not drawn again
            self.message.emit(tr("The drawn site is kept on the map: once the review on screen is saved, right-click "
                                 "or press Enter to review it; Esc removes it."), 0)

    def _draw_cancelled(self) -> None:
        self.message.emit(tr("Drawing cancelled."), 0)

    def _tool_message(self, text: str) -> None:
        self.message.emit(text, 1)

    def use_selected(self) -> None:
        """Take the selected features of the active layer as the site."""
        try:
            self.take(selected_site(self.iface.activeLayer()))
        except SiteError as error:
            self.message.emit(str(error), 1)

    def load_file(self) -> None:
        """Ask for a vector file and take its polygons as the site."""
        path, _filter = QFileDialog.getOpenFileName(
            self, tr("Load the site from a vector file"), settings.LAST_OUTPUT_DIR.value(),
            tr("Vector files ({patterns});;All files (*)").format(patterns=VECTOR_FILTER))
        if path:
            self.load_path(path)

    def load_path(self, path: str) -> None:
        """Take the polygons of a vector file as the site."""
        try:
            self.take_imported(file_site(path))
        except SiteError as error:
            self.message.emit(str(error), 2)

    def import_coordinates(self) -> None:
        """Show the coordinate import dialog: the one already open, or the last one with its text (one point can be
        corrected without pasting the list again)."""
        from .coordinate_dialog import CoordinateDialog

        if self.dialog is None:
            self.dialog = CoordinateDialog(self.window())
            self.dialog.accepted_site.connect(self.take_imported)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def forget_coordinates(self) -> None:
        """Close and drop the coordinate dialog and its text (they were another project's)."""
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def take_imported(self, site: Site) -> None:
        """A site from a file or coordinates, likely off screen: make it current and zoom the map to it."""
        if not self.take(site):
            return
        canvas = self.iface.mapCanvas()
        transform = QgsCoordinateTransform(site.crs, canvas.mapSettings().destinationCrs(), QgsProject.instance())
        extent = transform.transformBoundingBox(site.geometry.boundingBox())
        extent.scale(1.5)
        canvas.setExtent(extent)
        canvas.refresh()

    def take(self, site: Site) -> bool:
        """A site the user gave: made current unless the review on screen must stay (``may_replace``)."""
        if not self.may_replace(site):
            return False
        self.set_site(site)
        return True

    def set_site(self, site: Site) -> None:
        """Make a site current and announce it."""
        self.site = site
        self.status.setText(self._describe(site))
        self.siteChanged.emit()

    def describe_again(self) -> None:
        """Measure the site on screen again (the bound layers or the project's ellipsoid changed)."""
        if self.site is not None:
            self.status.setText(self._describe(self.site))

    def _describe(self, site: Site) -> str:
        crs = shown_crs(site.crs)
        area = self.measure(site)
        if not (math.isfinite(area) and area > 0.0):
            return filled(tr("Site {origin}: its area cannot be measured in {crs} (a vertex lies outside the CRS's "
                             "area of use, or the site has no area); the review says why."),
                          {"origin": site.origin, "crs": crs}, names=("crs",))
        return filled(tr("Site {origin}: {area}, {crs}"), {"origin": site.origin, "area": area_text(area), "crs": crs},
                      names=("crs",))

    def measure(self, site: Site) -> float:
        """The site's area (m²) as the review measures it: on the project's ellipsoid, else that of the first bound
        unit layer's CRS (the site's CRS without one), else CGCS2000; NaN where it cannot be measured or the site
        has next to no area (vertices almost on one line, which the review refuses)."""
        targets = self.targets()
        crs = targets[0].layer.crs() if targets else site.crs
        project = QgsProject.instance()
        measurer = Measurer(choose_ellipsoid(project.ellipsoid() or None, crs), project.transformContext())
        measure = measurer.for_crs(site.crs)
        area = measured_area(measure, site.geometry)
        return math.nan if next_to_no_area(measure, site.geometry, area) else area

    def _clear_clicked(self) -> None:
        if self.site is None or self.may_replace(None):
            self.clear()

    def clear(self) -> None:
        """Forget the site."""
        self.tool.reset()
        self.site = None
        self.status.setText(tr("No site yet."))
        self.siteChanged.emit()

    def teardown(self) -> None:
        """Unset and delete the map tool, close the dialog, disconnect."""
        self._connect(False)
        if self.canvas.mapTool() is self.tool:
            self._give_back_canvas()
        self.previous_tool = None
        self.tool.release()
        self.tool.deleteLater()
        self.forget_coordinates()
