"""Paste or open a coordinate list or a 界址点 file; choose the CRS; check it; use it as the site."""

import os
from typing import Optional

from qgis.core import QgsCoordinateReferenceSystem, QgsProject
from qgis.gui import QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from .. import settings
from ..core.coordinates.crs import GEOGRAPHIC
from ..core.coordinates.crs_names import shown_crs
from ..core.coordinates.geometry import site_geometry
from ..core.coordinates.parse import CoordinateError, ParsedCoordinates, decode, parse_text
from ..i18n import tr
from ..notes.sites_layer import COORDINATES, TakenSite
from ..typeset import filled
from .given_values import ERROR_STYLE
from .review_task import Site
from .standard_buttons import worded

MAX_FILE_BYTES = 5_000_000


class CoordinateDialog(QDialog):
    """Checks the text as it is edited; OK is enabled only for a usable site."""

    accepted_site = pyqtSignal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("zr_coordinate_dialog")
        self.setWindowTitle(tr("Import site coordinates"))
        self.resize(520, 480)
        self.parsed: Optional[ParsedCoordinates] = None
        self.site: Optional[Site] = None
        self._crs_from_file = ""
        self._crs_by_user = False
        layout = QVBoxLayout(self)
        hint = QLabel(tr("Paste one point a line — “x, y” or “J1, X, Y”, as numbers, as degrees, minutes and "
                         "seconds (116°23′45.6″E, 39°54′20″N, 东经116°23′45.6″) or as decimal degrees with a "
                         "hemisphere (116.396E, N39.9, 东经116.396) — or open a 界址点 file ([属性描述] / [地块坐标]). "
                         "Surveying X is the northing."), self)
        hint.setObjectName("zr_coordinates_hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("zr_coordinates_text")
        layout.addWidget(self.text, 1)
        self.open_button = QPushButton(tr("Open file…"), self)
        layout.addWidget(self.open_button)
        form = QFormLayout()
        self.northing_first = QCheckBox(tr("First value is X = northing (surveying order)"), self)
        self.auto_axes = True
        form.addRow(self.northing_first)
        self.crs_widget = QgsProjectionSelectionWidget(self)
        self.crs_widget.setOptionVisible(QgsProjectionSelectionWidget.CrsOption.CrsNotSet, True)
        self.crs_widget.setNotSetText(tr("Not set: choose the CRS of these coordinates"))
        self.crs_widget.setCrs(QgsCoordinateReferenceSystem(GEOGRAPHIC))
        form.addRow(tr("CRS"), self.crs_widget)
        layout.addLayout(form)
        self.status = QLabel(self)
        self.status.setObjectName("zr_coordinates_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        self.buttons = worded(QDialogButtonBox(ok_cancel, self))
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.check)
        self.text.textChanged.connect(self._text_changed)
        self.northing_first.clicked.connect(self._axes_chosen)
        self.crs_widget.crsChanged.connect(self._crs_chosen)
        self.open_button.clicked.connect(self.open_file)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.check()

    def _text_changed(self) -> None:
        """Check the text after a pause; until then OK takes nothing (the site checked was the earlier text's)."""
        self.auto_axes = True
        self._crs_from_file = ""
        self.site = None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.timer.start()

    def _axes_chosen(self) -> None:
        self.auto_axes = False
        self.check()

    def _crs_chosen(self, *_args) -> None:
        self._crs_by_user = True
        self.check(keep_crs=True)

    def open_file(self) -> None:
        """Read a text file (UTF-8, UTF-16 with its byte-order mark, GBK) into the editor."""
        path, _filter = QFileDialog.getOpenFileName(
            self, tr("Open a coordinate file"), settings.LAST_OUTPUT_DIR.value(),
            tr("Coordinate files (*.txt *.csv *.dat);;All files (*)"))
        if path:
            self.load_path(path)

    def load_path(self, path: str) -> None:
        """Load a file's text; unreadable or oversized files are reported in the status line."""
        try:
            if os.path.getsize(path) > MAX_FILE_BYTES:
                raise CoordinateError(tr("{file} is larger than 5 MB: it is not a coordinate list.").format(
                    file=os.path.basename(path)))
            with open(path, "rb") as handle:
                text, encoding = decode(handle.read())
        except (OSError, CoordinateError) as error:  # OK takes nothing: the text below is not this file's
            self.timer.stop()
            self.site = None
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self._show_error(str(error) + "<br>" + tr("The coordinates below are not this file's: edit them, or open "
                                                      "another file."))
            return
        self._crs_by_user = False  # a CRS chosen for another file is not this file's
        self.text.setPlainText(text)
        self.timer.stop()
        self.check()
        self.status.setText(self.status.text() + "<br>" + tr("Read {file} as {encoding}.").format(
            file=os.path.basename(path), encoding=encoding))

    def check(self, keep_crs: bool = False) -> None:
        """Parse and check the text; show the result; enable OK when the site is usable: in the CRS the
        text names, else only in one the user chose (never one detected for an earlier text)."""
        self.site = None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        text = self.text.toPlainText()
        if not text.strip():
            self.status.setText(tr("No coordinates yet."))
            return
        self.parsed = None
        try:
            self.parsed = parse_text(text, None if self.auto_axes else self.northing_first.isChecked())
            self._follow(keep_crs)
            crs = self.crs_widget.crs()
            geometry = site_geometry(self.parsed, crs, QgsProject.instance().transformContext())
        except CoordinateError as error:
            self._show_error(str(error))
            return
        self.site = Site(geometry, crs, tr("imported coordinates"), taken=TakenSite(COORDINATES))
        self.status.setStyleSheet("")
        done = tr("✔ 1 parcel, {points} points in {crs}.") if len(self.parsed.parcels) == 1 else \
            tr("✔ {parcels} parcels, {points} points in {crs}.")
        self.status.setText(filled(done, {"parcels": len(self.parsed.parcels), "points": self.parsed.point_count(),
                                          "crs": shown_crs(crs)}, names=("crs",)) + self._detected())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _follow(self, keep_crs: bool) -> None:
        """Show the detected axis order and, unless the user chose one, the detected CRS; a CRS
        detected for an earlier text is cleared when this text names none."""
        self.northing_first.setChecked(self.parsed.northing_first)
        self.northing_first.setEnabled(self.parsed.kind != "jzd")
        if keep_crs:
            return
        if self.parsed.crs and self.parsed.crs != self._crs_from_file:
            self._show_crs(self.parsed.crs)
        elif not self.parsed.crs and not self._crs_by_user:
            self._show_crs("")

    def _show_crs(self, authid: str) -> None:
        """Put a detected CRS (or none: 'not set') in the CRS widget without it counting as the user's."""
        self._crs_from_file = authid
        self._crs_by_user = False
        self.crs_widget.blockSignals(True)
        self.crs_widget.setCrs(QgsCoordinateReferenceSystem(authid))
        self.crs_widget.blockSignals(False)

    def _detected(self) -> str:
        """The CRS detection's explanation as a second line ('' when nothing was parsed)."""
        if self.parsed is None or not self.parsed.crs_reason:
            return ""
        return "<br>" + tr("Detected: {reason}").format(reason=self.parsed.crs_reason)

    def _show_error(self, text: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text + self._detected())

    def accept(self) -> None:
        """Hand the checked site to the dock."""
        if self.site is None:
            return
        self.accepted_site.emit(self.site)
        super().accept()
