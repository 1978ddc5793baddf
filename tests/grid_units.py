"""A unit layer as large as a province's, made for responsiveness tests: square units over the sample's area."""

import time
from typing import Callable, Collection, List, Tuple

from qgis.core import (
    QgsAbstractFeatureSource,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QThread

from zoning_review.plugin.core.model.fields import make_fields

CATEGORIES = ("优先保护单元", "重点管控单元", "一般管控单元")
PROSE = {  # requirement texts as a province's unit layer gives each unit (a real unit's own wording differs)
    "KJBJYS": "禁止新建、扩建钢铁、石化、化工、焦化、建材、有色等高污染项目。",
    "PWWPFGK": "新建项目主要污染物排放实行区域削减替代，VOCs 实行 2 倍削减替代。",
    "HJFXFK": "涉及有毒有害物质的企业应编制突发环境事件应急预案。",
    "ZYKFXLYQ": "新建项目清洁生产水平应达到国内先进水平。",
}


def grid_units(path, columns: int, rows: int, step: float = 0.004, blank: Collection[int] = (),
               prose: bool = False) -> QgsVectorLayer:
    """A GeoPackage of ``columns`` × ``rows`` square units (EPSG:4490) with the sample's unit fields; the units
    numbered in ``blank`` (from 0, feature id = number + 1) have no unit code; with ``prose``, each unit has the
    requirement texts' fields (``PROSE``), as a province's unit layer has."""
    texts = list(PROSE.values()) if prose else []
    fields = make_fields([("HJGKDYBM", "string"), ("HJGKDYMC", "string"), ("ZHGKDYFL", "string")]
                         + [(name, "string") for name in PROSE if prose])
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "control_units"
    writer = QgsVectorFileWriter.create(str(path), fields, QgsWkbTypes.Type.MultiPolygon,
                                        QgsCoordinateReferenceSystem("EPSG:4490"), QgsCoordinateTransformContext(),
                                        options)
    x0, y0 = 115.70, 38.75
    for row in range(rows):
        for column in range(columns):
            number = row * columns + column
            digit = number % 3
            feature = QgsFeature(fields)
            cell = QgsRectangle(x0 + column * step, y0 + row * step, x0 + (column + 1) * step, y0 + (row + 1) * step)
            feature.setGeometry(QgsGeometry.fromRect(cell))
            code = None if number in blank else f"ZH130629{digit + 1}{number:05d}"
            feature.setAttributes([code, f"单元{number}", CATEGORIES[digit]] + texts)
            assert writer.addFeature(feature)
    del writer
    layer = QgsVectorLayer(f"{path}|layername=control_units", "control_units_grid", "ogr")
    assert layer.isValid() and layer.featureCount() == columns * rows
    return layer


class Threads:
    """Records the thread each call of a wrapped function ran in: whether work was done off the GUI thread."""

    def __init__(self, function: Callable) -> None:
        self.function, self.gui = function, []

    def __call__(self, *args, **kwargs):
        self.gui.append(QThread.currentThread() is QCoreApplication.instance().thread())
        return self.function(*args, **kwargs)


def screen_grid(dock, project, rules, path, columns: int, rows: int):
    """A grid of ``columns`` × ``rows`` units bound in ``dock`` with ``rules``, a new C2614 project described, ready
    to screen: the dock's siting panel (its button not yet pressed)."""
    units = project.addMapLayer(grid_units(path, columns, rows))
    dock.bindings.layer_combo.setLayer(units)
    dock.bindings.rules_file.setFilePath(str(rules))
    dock.form.construction.setCurrentIndex(dock.form.construction.findData("new"))
    dock.form.industry.set_code("C2614")
    return dock.siting


def wait_until(app, predicate: Callable[[], bool], seconds: float = 240) -> None:
    """Let ``app`` run until ``predicate()`` holds (or ``seconds`` pass)."""
    end = time.monotonic() + seconds
    while not predicate() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


def wait_screened(app, panel, seconds: float = 240) -> None:
    """Let ``app`` run until the siting ``panel``'s screen has ended and its layers are in (or ``seconds`` pass)."""
    wait_until(app, lambda: panel.layers() and not panel.busy and not panel.timer.isActive(), seconds)


def counted_drops(monkeypatch) -> Tuple[List[List[int]], Threads]:
    """``background_free.drop`` watched: the features (a source's) or items each call frees, sorted, and the threads
    the calls ran in."""
    from zoning_review.plugin.gui import background_free

    counted, drop = [], background_free.drop

    def counting_drop(held):
        counted.append(sorted(sum(1 for _ in item.getFeatures(QgsFeatureRequest().setNoAttributes()))
                              if isinstance(item, QgsAbstractFeatureSource) else len(item) for item in held))
        drop(held)

    drops = Threads(counting_drop)
    monkeypatch.setattr(background_free, "drop", drops)
    return counted, drops
