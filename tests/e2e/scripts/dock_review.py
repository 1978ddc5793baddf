"""E2E: bind the sample rule set with the dock's widgets, draw a site across units on the canvas,
check the results tree and highlights, change the industry and see the verdict change."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

import qgis.utils  # noqa: E402
from e2e_helpers import bind_example_rules, open_sample_dock, pump, screenshot, wait_until  # noqa: E402
from qgis.core import QgsPointXY, QgsProject, QgsRectangle, QgsVectorLayer  # noqa: E402
from qgis.gui import QgsHighlight, QgsRubberBand  # noqa: E402
from qgis.PyQt.QtCore import QPoint, Qt  # noqa: E402
from qgis.PyQt.QtTest import QTest  # noqa: E402

from zoning_review.plugin.gui.results_view import FACTS_ROLE, KIND_ROLE  # noqa: E402

SITE = [(115.887, 39.041), (115.913, 39.042), (115.914, 39.054), (115.886, 39.053)]
VIEW = QgsRectangle(115.86, 39.02, 115.94, 39.075)


def _pixel(canvas, x: float, y: float) -> QPoint:
    """The viewport pixel of a map coordinate."""
    point = canvas.getCoordinateTransform().transform(QgsPointXY(x, y))
    return QPoint(round(point.x()), round(point.y()))


def _draw(canvas, dock) -> None:
    """Click the vertices on the canvas viewport, right-click to finish."""
    QTest.mouseClick(dock.site_input.draw_button, Qt.MouseButton.LeftButton)
    assert canvas.mapTool() is dock.site_input.tool, "draw tool not active"
    viewport = canvas.viewport()
    for x, y in SITE:
        QTest.mouseMove(viewport, _pixel(canvas, x, y))
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _pixel(canvas, x, y))
        pump(0.05)
    QTest.mouseClick(viewport, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, _pixel(canvas, *SITE[0]))


def _tree(dock) -> dict:
    """Site row, unit rows and the dimension rows of the first unit."""
    root = dock.tree.topLevelItem(0)
    units = [root.child(i) for i in range(root.childCount()) if root.child(i).data(0, KIND_ROLE) == "unit"]
    return {
        "site": root.text(0),
        "units": [dict(u.data(0, FACTS_ROLE), text=u.text(0), line=u.child(0).text(0)) for u in units],
        "dimensions": [units[0].child(i).text(0) for i in range(1, units[0].childCount())] if units else [],
    }


def _state(dock) -> dict:
    verdicts = dock.highlights.verdicts()
    return {
        "verdict": dock.runner.verdict(),
        "banner": dock.banner.text(),
        "tree": _tree(dock),
        "highlights": sorted(f"{fid}:{v}" for (_lid, fid), v in verdicts.items()),
        "visible_highlights": sum(1 for item, _v in dock.highlights.units.values() if item.isVisible()),
        "site_outlined": dock.highlights.site_band is not None and dock.highlights.site_band.isVisible(),
    }


def _fit(dock) -> dict:
    """The panel's width and the visible buttons and lists of its results part that do not fit in it (beyond its
    right edge, or a button squeezed below its size)."""
    from qgis.PyQt.QtWidgets import QAbstractButton, QComboBox

    window = dock.window()
    right = min(dock.mapTo(window, QPoint(dock.width(), 0)).x(), window.width())  # the window may cut the panel
    widgets = [w for kind in (QAbstractButton, QComboBox) for w in dock.tree.parentWidget().findChildren(kind)]
    cut = [w.text() if isinstance(w, QAbstractButton) else w.currentText() for w in widgets
           if w.isVisible() and (w.mapTo(window, QPoint(w.width(), 0)).x() > right
                                 or isinstance(w, QAbstractButton) and w.width() < w.sizeHint().width())]
    return {"width": dock.width(), "cut": cut, "window": window.width(),
            "right": dock.mapTo(window, QPoint(dock.width(), 0)).x()}


def _canvas_items(canvas) -> int:
    """Rubber bands and highlights on the canvas."""
    return sum(1 for item in canvas.scene().items() if isinstance(item, (QgsRubberBand, QgsHighlight)))


def _unit_layer():
    """The sample's control units, or (ZR_E2E_UNITS_URI) the same units from PostGIS added to the project."""
    uri = os.environ.get("ZR_E2E_UNITS_URI")
    if not uri:
        return QgsProject.instance().mapLayersByName("control_units")[0]
    layer = QgsVectorLayer(uri, "control_units_postgis", "postgres")
    assert layer.isValid() and layer.featureCount() == 38, "the PostGIS unit layer did not open"
    return QgsProject.instance().addMapLayer(layer)


def main(iface):
    """The whole review path through the dock's widgets and the canvas."""
    dock = open_sample_dock(iface)
    units = _unit_layer()
    bind_example_rules(dock, units)
    dock.form.name_edit.setText("E2E")
    QTest.keyClicks(dock.form.industry.edit, "3911")
    dock.form.construction.setCurrentIndex(dock.form.construction.findData("new"))
    dock.form.attributes.set_value("capacity_increase", True)
    canvas = iface.mapCanvas()
    baseline = _canvas_items(canvas)
    canvas.setExtent(VIEW)
    canvas.refresh()
    pump(0.5)
    _draw(canvas, dock)
    wait_until(lambda: dock.runner.reviews and not dock.runner.busy, 120, "the review")
    pump(0.3)
    first = _state(dock)
    dock.bindings.setCollapsed(True)
    dock.tree.topLevelItem(0).child(0).child(1).setExpanded(True)
    lang = os.environ.get("LANG", "en")[:2]
    suffix = "-postgis" if os.environ.get("ZR_E2E_UNITS_URI") else ""
    shot = screenshot(iface, ("dock-zh" if lang == "zh" else "dock-en") + suffix)
    fit = _fit(dock)  # as the screenshot shows it
    dock.form.industry.edit.clear()
    QTest.keyClicks(dock.form.industry.edit, "3011")
    wait_until(lambda: dock.runner.verdict() == "non_compliant", 120, "the new verdict")
    pump(0.3)
    second = _state(dock)
    kept = [engine.index.keep_geometries for engine in dock.runner.engines.kept()]
    with_review = _canvas_items(canvas)
    hint = dock.form.industry.hint.text()
    QTest.mouseClick(dock.site_input.draw_button, Qt.MouseButton.LeftButton)
    qgis.utils.reloadPlugin("zoning_review")
    pump(0.5)
    reloaded = {"items": _canvas_items(canvas), "tool": type(canvas.mapTool()).__name__ if canvas.mapTool() else ""}
    provider = units.providerType()
    return {"first": first, "second": second, "baseline": baseline, "with_review": with_review,
            "reloaded": reloaded, "shot": shot, "provider": provider, "keeps_geometries": kept,
            "industry_hint": hint, "fit": fit}
