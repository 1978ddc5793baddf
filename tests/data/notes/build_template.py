"""Regenerate plugin/notes/templates/review_notes_a4.qpt (run with /usr/bin/python3, offscreen).

The template is the editable source of truth afterwards (agencies change it in the Layout
Designer); this script records how the shipped version was made. Item ids the renderer uses:
``map``, ``overview``, ``north_arrow``, ``scalebar``, ``body`` and ``body_continued`` (rectangles
left out of exports that mark where the body goes on the first and on every following page), and
every item whose id starts with ``running`` on the last page, repeated on each page the body adds.
"""

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

OUT = Path(__file__).resolve().parents[3] / "plugin" / "notes" / "templates" / "review_notes_a4.qpt"
# Labels use DejaVu Sans (CJK falls back to Noto Sans CJK): with Noto Sans CJK as the label font,
# Qt's PDF engine writes some digits without a Unicode mapping, so they cannot be searched or copied.
FONT = "DejaVu Sans"
MM = QgsUnitTypes.LayoutMillimeters
NORTH_ARROW = ":/images/north_arrows/layout_default_north_arrow.svg"


def place(layout, item, item_id, x, y, w, h, page=0):
    """Add an item with an id at a position (mm) on a page."""
    layout.addLayoutItem(item)
    item.setId(item_id)
    item.attemptResize(QgsLayoutSize(w, h, MM))
    item.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
    return item


def label(layout, item_id, text, x, y, w, h, size, page=0, bold=False, align=Qt.AlignmentFlag.AlignLeft,
          colour="#1a1a1a"):
    """A label in the CJK font."""
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    item.setFont(font)
    item.setFontColor(QColor(colour))
    item.setHAlign(align)
    item.setVAlign(Qt.AlignmentFlag.AlignVCenter)
    return place(layout, item, item_id, x, y, w, h, page)


def rule(layout, item_id, y, page):
    """A thin dark-blue line across the page."""
    item = QgsLayoutItemShape(layout)
    item.setShapeType(QgsLayoutItemShape.Rectangle)
    symbol = item.symbol().clone()
    symbol.symbolLayer(0).setFillColor(QColor("#1f4e79"))
    symbol.symbolLayer(0).setStrokeStyle(Qt.PenStyle.NoPen)
    item.setSymbol(symbol)
    return place(layout, item, item_id, 15, y, 180, 0.6, page)


def maps(layout):
    """The main map, the overview inset, north arrow, scale bar and caption on page 1."""
    crs = QgsCoordinateReferenceSystem("EPSG:4548")
    main = place(layout, QgsLayoutItemMap(layout), "map", 15, 40, 180, 105)
    main.setCrs(crs)
    main.zoomToExtent(QgsRectangle(495000, 4310000, 505000, 4316000))
    main.setFrameEnabled(True)
    overview = place(layout, QgsLayoutItemMap(layout), "overview", 151, 41, 43, 32)
    overview.setCrs(crs)
    overview.zoomToExtent(QgsRectangle(470000, 4290000, 530000, 4335000))
    overview.setFrameEnabled(True)
    frame = QgsLayoutItemMapOverview("extent", overview)
    frame.setLinkedMap(main)
    overview.overviews().addOverview(frame)
    arrow = place(layout, QgsLayoutItemPicture(layout), "north_arrow", 18, 42, 8, 13)
    arrow.setPicturePath(NORTH_ARROW)
    arrow.setLinkedMap(main)
    bar = place(layout, QgsLayoutItemScaleBar(layout), "scalebar", 17, 131.5, 60, 7)
    bar.setLinkedMap(main)
    bar.setStyle("Single Box")
    bar.setUnits(QgsUnitTypes.DistanceMeters)
    bar.setUnitLabel("m")
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
    bar.setMinimumBarWidth(30)
    bar.setMaximumBarWidth(55)
    bar.setNumberOfSegments(2)
    bar.setNumberOfSegmentsLeft(0)
    text = QgsTextFormat()
    text.setFont(QFont(FONT))
    text.setSize(7)
    bar.setTextFormat(text)
    bar.setHeight(2)
    bar.setBackgroundEnabled(True)
    bar.setBackgroundColor(QColor(255, 255, 255, 200))
    for item in (overview, arrow, bar):  # the Designer's "Avoid placing labels under these items"
        main.addLabelBlockingItem(item)
    label(layout, "map_caption", "[% @zr_map_caption %]", 15, 145.5, 180, 6, 7.5, colour="#444444")


def body(layout):
    """The body areas: under the map on page 1, the whole text block on page 2 (and after)."""
    for page, (y, h) in enumerate([(153, 127), (18, 262)]):
        area = QgsLayoutItemShape(layout)
        area.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
        symbol = area.symbol().clone()
        symbol.symbolLayer(0).setFillColor(QColor(0, 0, 0, 0))
        symbol.symbolLayer(0).setStrokeColor(QColor("#9db3c8"))
        symbol.symbolLayer(0).setStrokeStyle(Qt.PenStyle.DashLine)
        area.setSymbol(symbol)
        area.setExcludeFromExports(True)
        place(layout, area, "body" if page == 0 else "body_continued", 15, y, 180, h, page)


def build() -> QgsPrintLayout:
    """The two-page A4 template."""
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.setName("Zoning Review notes (A4)")
    layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Portrait)
    page = QgsLayoutItemPage(layout)
    page.setPageSize("A4", QgsLayoutItemPage.Portrait)
    layout.pageCollection().addPage(page)
    label(layout, "letterhead", "[% coalesce(@zr_organisation, '') %]", 15, 9, 140, 9, 13, bold=True,
          colour="#1f4e79")
    place(layout, QgsLayoutItemPicture(layout), "logo", 160, 6, 35, 14)
    rule(layout, "letterhead_rule", 20, 0)
    label(layout, "title", "[% @zr_title %]", 15, 22, 180, 9, 15, bold=True)
    label(layout, "subtitle", "[% @zr_subtitle %]", 15, 31, 180, 7, 10, colour="#444444")
    maps(layout)
    label(layout, "page_number", "[% @layout_page %] / [% @layout_numpages %]", 15, 284, 180, 6, 8,
          align=Qt.AlignmentFlag.AlignHCenter, colour="#666666")
    label(layout, "running_header", "[% @zr_organisation %]  [% @zr_title %]  [% @zr_site %]",
          15, 8, 180, 6, 8, page=1, colour="#666666")
    rule(layout, "running_rule", 15, 1)
    label(layout, "running_page_number", "[% @layout_page %] / [% @layout_numpages %]", 15, 284,
          180, 6, 8, page=1, align=Qt.AlignmentFlag.AlignHCenter, colour="#666666")
    body(layout)
    return layout


def main() -> int:
    """Write the template."""
    app = QgsApplication([], False)
    app.initQgis()
    layout = build()
    ok = layout.saveAsTemplate(str(OUT), QgsReadWriteContext())
    print(OUT, ok)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
