"""The siting screen of many units leaves QGIS responsive: the dock's event loop is never held for long while
the units are screened and their temporary layers made (measured as the longest gap between timer ticks)."""

import time

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QTimer

from zoning_review.plugin.core.model.fields import make_fields

COLUMNS, ROWS = 160, 150  # 24,000 units: a province's units are 40,000
CATEGORIES = ("优先保护单元", "重点管控单元", "一般管控单元")
TICK_MS = 10
LONGEST_GAP_S = 1.0  # generous (two shared cores): the screen's layers took seconds in the GUI thread


def grid_units(path) -> QgsVectorLayer:
    """A GeoPackage of COLUMNS × ROWS square units over the sample's area (EPSG:4490), as a bureau's layer."""
    fields = make_fields([("HJGKDYBM", "string"), ("HJGKDYMC", "string"), ("ZHGKDYFL", "string")])
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "control_units"
    writer = QgsVectorFileWriter.create(str(path), fields, QgsWkbTypes.Type.MultiPolygon,
                                        QgsCoordinateReferenceSystem("EPSG:4490"), QgsCoordinateTransformContext(),
                                        options)
    x0, y0, step = 115.70, 38.75, 0.004
    for row in range(ROWS):
        for column in range(COLUMNS):
            number = row * COLUMNS + column
            digit = number % 3
            feature = QgsFeature(fields)
            cell = QgsRectangle(x0 + column * step, y0 + row * step, x0 + (column + 1) * step, y0 + (row + 1) * step)
            feature.setGeometry(QgsGeometry.fromRect(cell))
            feature.setAttributes([f"ZH130629{digit + 1}{number:05d}", f"单元{number}", CATEGORIES[digit]])
            assert writer.addFeature(feature)
    del writer
    layer = QgsVectorLayer(f"{path}|layername=control_units", "control_units_grid", "ogr")
    assert layer.isValid() and layer.featureCount() == COLUMNS * ROWS
    return layer


class Ticks:
    """The longest wait between ticks of a 10 ms timer: how long the event loop was held."""

    def __init__(self) -> None:
        self.last, self.longest = time.monotonic(), 0.0
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now = time.monotonic()
        self.longest, self.last = max(self.longest, now - self.last), now


def test_screening_many_units_never_freezes_qgis(dock, qgis_app, sample_project, example_rules, tmp_path):
    units = sample_project.addMapLayer(grid_units(tmp_path / "grid.gpkg"))
    dock.bindings.layer_combo.setLayer(units)
    dock.bindings.rules_file.setFilePath(str(example_rules))
    dock.form.construction.setCurrentIndex(dock.form.construction.findData("new"))
    dock.form.industry.set_code("C2614")
    panel = dock.siting
    ticks = Ticks()
    panel.button.setChecked(True)
    end = time.monotonic() + 240
    while not (panel.layers() and not panel.busy and not panel.timer.isActive()) and time.monotonic() < end:
        qgis_app.processEvents()
        time.sleep(0.005)
    ticks.tick()
    assert panel.layers(), panel.summary.text()
    screen = next(lyr for lyr in panel.layers() if lyr.name().startswith("Siting screen"))
    assert screen.featureCount() == COLUMNS * ROWS and screen.renderer().type() == "categorizedSymbol"
    for made in panel.layers():  # made off the GUI thread, they must belong to it now, their data too
        assert made.thread() is qgis_app.thread() and made.dataProvider().thread() is qgis_app.thread()
    assert ticks.longest < LONGEST_GAP_S, f"QGIS did not respond for {ticks.longest:.1f} s"
