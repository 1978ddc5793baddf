"""E2E: review sample site S02 through the dock, select the G-SL-03 finding, screenshot the canvas with
and without its cause (the 1 km band of the river bank, the distance line); then a bound constraint
layer without CRS is named in the message bar; closing the dock takes every canvas item (and the key
to the cause in the canvas's corner) away."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

import qgis.utils  # noqa: E402
from e2e_helpers import ARTIFACTS, ROOT, bind_example_rules, pump, screenshot, wait_until  # noqa: E402
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsProject  # noqa: E402
from qgis.gui import QgsMapCanvasItem  # noqa: E402
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor, QImage  # noqa: E402
from qgis.PyQt.QtTest import QTest  # noqa: E402
from qgis.PyQt.QtWidgets import QFrame, QLabel  # noqa: E402

from zoning_review.plugin.gui.tree_state import all_items, item_path  # noqa: E402

MARGIN_PX = 8  # pixels kept away from the band's outline when sampling inside and outside it
STEP_PX = 6


def _lang() -> str:
    return os.environ.get("LANG", "en")[:2]


def _layer(name: str):
    return QgsProject.instance().mapLayersByName(name)[0]


def _canvas_shot(canvas, name: str):
    """The canvas's viewport as drawn (map and canvas items; its pixels are the map's pixels), saved to
    the artifacts; the image is returned."""
    pump(0.5)
    image = canvas.viewport().grab().toImage()
    image.save(str(ARTIFACTS / f"{name}-{_lang()}.png"))
    return image


def _samples(canvas, band: QgsGeometry, label_rects) -> dict:
    """Viewport pixels well inside the band and well outside it (away from the distance label)."""
    transform = canvas.getCoordinateTransform()
    margin = MARGIN_PX * canvas.mapUnitsPerPixel()
    inner, outer = band.buffer(-margin, 4), band.buffer(margin, 4)
    size = canvas.viewport().size()
    inside, outside = [], []
    for x in range(MARGIN_PX, size.width() - MARGIN_PX, STEP_PX):
        for y in range(MARGIN_PX, size.height() - MARGIN_PX, STEP_PX):
            if any(rect.adjusted(-MARGIN_PX, -MARGIN_PX, MARGIN_PX, MARGIN_PX).contains(x, y) for rect in label_rects):
                continue
            point = QgsGeometry.fromPointXY(QgsPointXY(transform.toMapCoordinates(x, y)))
            if inner.contains(point):
                inside.append((x, y))
            elif not outer.intersects(point):
                outside.append((x, y))
    return {"inside": inside, "outside": outside}


def _differ(before, after, pixels, mark=None) -> int:
    """How many of ``pixels`` (viewport coordinates) differ between the two pictures (marked in ``mark``
    when given); a picture's pixels are the viewport's times the screen's device pixel ratio."""
    ratio = after.devicePixelRatio()
    spots = [(round(x * ratio), round(y * ratio)) for x, y in pixels]
    changed = [(x, y) for x, y in spots if before.pixel(x, y) != after.pixel(x, y)]
    for x, y in changed if mark is not None else []:
        mark.setPixelColor(x, y, QColor("magenta"))
    return len(changed)


def _items(canvas) -> int:
    return sum(1 for item in canvas.scene().items() if isinstance(item, QgsMapCanvasItem))


def _bar_texts(iface) -> list:
    return [item.text() for item in iface.messageBar().items()]


def main(iface):
    """Review S02, show the cause of G-SL-03, compare the canvas, provoke a layer warning, close."""
    assert QgsProject.instance().read(str(ROOT / "sample" / "xiongan_review.qgz"))
    plugin = qgis.utils.plugins["zoning_review"]
    plugin.action.trigger()
    dock = plugin.dock
    iface.mainWindow().resizeDocks([dock], [440], Qt.Orientation.Horizontal)
    canvas = iface.mapCanvas()
    baseline = _items(canvas)
    pump(0.3)
    bind_example_rules(dock, _layer("control_units"))
    sites = _layer("sites")
    sites.selectByExpression("\"site_id\" = 'S02'")
    iface.setActiveLayer(sites)
    QTest.mouseClick(dock.site_input.selected_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: dock.runner.reviews and not dock.runner.busy, 120, "the review")
    pump(0.3)
    row = next(item for item in all_items(dock.tree) if item_path(item)[-1] == "rule:G-SL-03")
    dock.tree.scrollToItem(row)
    rect = dock.tree.visualItemRect(row)
    QTest.mouseClick(dock.tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())
    wait_until(lambda: dock.highlights.cause.geometries("band"), 120, "the cause on the canvas")
    canvas.waitWhileRendering()
    extent = canvas.extent()
    after = _canvas_shot(canvas, "dock-cause-S02-G-SL-03")
    band = dock.highlights.cause.geometries("band")[0]
    labels = [label.mapRectToScene(label.boundingRect()).toRect() for label in dock.highlights.cause.labels]
    label_texts = [label.text for label in dock.highlights.cause.labels]
    kinds = sorted({kind for kind, _band in dock.highlights.cause.parts})
    with_cause = _items(canvas)
    legend = dock.highlights.cause.legend
    legend_words = [label.text() for label in legend.findChildren(QLabel) if label.text()]
    box = legend.geometry()
    legend_corner = [canvas.width() - box.right() - 1, canvas.height() - box.bottom() - 1]
    legend_shown = legend.isVisible() and canvas.rect().contains(box)
    legend.grab().save(str(ARTIFACTS / f"dock-cause-legend-{_lang()}.png"))
    screenshot(iface, f"dock-cause-S02-window-{_lang()}")
    dock.tree.setCurrentItem(dock.tree.topLevelItem(0))  # another row: the cause goes, the map stays
    pump(0.3)
    same_extent = canvas.extent() == extent
    cleared = dock.highlights.cause.items == []
    before = _canvas_shot(canvas, "dock-cause-S02-none")
    samples = _samples(canvas, band, labels)
    site_box = dock.site_input.site.geometry.boundingBox()
    marks = QImage(after)  # outside pixels that changed, in magenta, for a look
    inside_differ = _differ(before, after, samples["inside"])
    outside_differ = _differ(before, after, samples["outside"], marks)
    marks.save(str(ARTIFACTS / f"dock-cause-S02-changed-outside-{_lang()}.png"))
    # a bound constraint layer without CRS (the project's copy only) is named once in the message bar
    iface.messageBar().clearWidgets()
    _layer("red_line").setCrs(QgsCoordinateReferenceSystem())
    dock.bindings.constraints.combos["red_line"].setLayer(None)
    dock.bindings.constraints.combos["red_line"].setLayer(_layer("red_line"))
    wait_until(lambda: any("red_line" in text for text in _bar_texts(iface)), 120, "the layer warning")
    pump(0.3)
    warning_shot = screenshot(iface, f"dock-layer-warning-{_lang()}")
    warnings = [text for text in _bar_texts(iface) if "red_line" in text]
    dock.close()
    pump(0.3)
    closed = _items(canvas)
    legends_left = len(canvas.findChildren(QFrame, "zoningReviewCauseLegend"))
    return {
        "legend_words": legend_words, "legend_corner": legend_corner, "legend_shown": legend_shown,
        "legends_left": legends_left,
        "kinds": kinds, "labels": label_texts, "with_cause": with_cause, "baseline": baseline,
        "same_extent": same_extent, "cleared": cleared, "closed": closed,
        "inside": len(samples["inside"]), "outside": len(samples["outside"]),
        "inside_differ": inside_differ, "outside_differ": outside_differ,
        "extent_has_site": extent.contains(canvas.mapSettings().layerExtentToOutputExtent(sites, site_box)),
        "warnings": warnings, "warning_shot": warning_shot,
        "pixel_ratio": after.devicePixelRatio(),
    }
