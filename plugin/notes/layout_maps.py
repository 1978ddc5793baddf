"""The notes' map items beyond the template's own: the legend of the causes and, when the site and its
causes lie far apart, a second map item with the site and every cause (its scale bar, legend and caption
copied from the template's), placed under the first map's caption with the body moved down, or — when
the body has no room — beside the first map. Every item is an ordinary layout item, editable in the Designer.
Every map keeps its labels from under the furniture drawn over it (``block_labels``).
"""

from typing import List, Optional, Tuple

from qgis.core import (
    QgsFillSymbol,
    QgsLayout,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsReadWriteContext,
    QgsRectangle,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import QPointF
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter
from qgis.PyQt.QtWidgets import QStyleOptionGraphicsItem
from qgis.PyQt.QtXml import QDomDocument

from ..compat import LEGEND_SYMBOL_LABEL
from .layout_template import BODY_ID
from .map_render import MapScene
from .pdf_style import FAMILIES

CAUSES_MAP_ID = "map_causes"
CAUSES_BAR_ID = "scalebar_causes"
CAUSES_LEGEND_ID = "legend_causes"
CAUSES_CAPTION_ID = "map_causes_caption"
CAUSES_BLOCK_IDS = (CAUSES_MAP_ID, CAUSES_BAR_ID, CAUSES_LEGEND_ID)
CAUSES_CAPTION = "[% @zr_map_caption_causes %]"
LEGEND_POINTS = 7.0
CAUSES_MAP_MM = 75.0  # the second map's height under the first
MIN_MAP_MM = 40.0
MIN_BODY_MM = 40.0  # what the body keeps on the first page
CAPTION_MM = 8.0  # the caption under the second map, with the gaps around it
# What a map's labels keep away from when drawn over it: inset maps, north arrows and logos, scale
# bars, legends, texts. Shapes are not among them (a frame drawn round a map would block every label).
FURNITURE = (QgsLayoutItemMap, QgsLayoutItemPicture, QgsLayoutItemScaleBar, QgsLayoutItemLegend,
             QgsLayoutItemLabel)


def add_legend(layout: QgsLayout, main: QgsLayoutItemMap, layers: List, on_top: bool,
               item_id: str = "legend") -> QgsLayoutItemLegend:
    """A legend naming the causes drawn on a map, in its lower right corner, or below the north
    arrow at the top left when the causes lie in the lower half."""
    legend = QgsLayoutItemLegend(layout)
    legend.setId(item_id)
    legend.setTitle("")
    legend.setAutoUpdateModel(False)
    legend.setLinkedMap(main)
    root = legend.model().rootGroup()
    root.clear()
    for layer in layers:
        root.addLayer(layer)
    small_text(legend)
    legend.setBackgroundColor(QColor(255, 255, 255, 220))
    legend.setFrameEnabled(True)
    layout.addLayoutItem(legend)
    corner = main.pagePos()  # mm on the map's page
    if on_top:
        below_arrow = 17 if item_id == "legend" else 2  # only the first map has a north arrow
        legend.setReferencePoint(QgsLayoutItem.ReferencePoint.UpperLeft)
        legend.attemptMove(QgsLayoutPoint(corner.x() + 2, corner.y() + below_arrow), page=main.page())
    else:
        legend.setReferencePoint(QgsLayoutItem.ReferencePoint.LowerRight)  # grows up and left
        legend.attemptMove(QgsLayoutPoint(corner.x() + main.rect().width() - 2,
                                          corner.y() + main.rect().height() - 2), page=main.page())
    settle_size(legend)
    return legend


def settle_size(legend: QgsLayoutItemLegend) -> None:
    """Size a new legend to its entries now: QGIS sizes a legend when first painting it, which is
    after the map under it, so the map would keep its labels only from a legend of no size."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    legend.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()


def small_text(legend: QgsLayoutItemLegend) -> None:
    """Entries in the notes' fonts at LEGEND_POINTS with small symbols, so the legend hides little."""
    style = legend.style(LEGEND_SYMBOL_LABEL)
    font = QFont(FAMILIES[0])
    font.setFamilies(FAMILIES)
    if hasattr(style, "setTextFormat"):  # QGIS 3.30: fonts through text formats
        text = QgsTextFormat()
        text.setFont(font)
        text.setSize(LEGEND_POINTS)
        style.setTextFormat(text)
    else:
        font.setPointSizeF(LEGEND_POINTS)
        style.setFont(font)
    legend.setStyle(LEGEND_SYMBOL_LABEL, style)
    legend.setSymbolWidth(6)
    legend.setSymbolHeight(3)
    legend.setBoxSpace(1.5)


def halo_scale_bar(bar: QgsLayoutItemScaleBar) -> None:
    """A scale bar without a background box (it would hide features) gets a white halo round its
    numbers, so they read over any fill."""
    text = bar.textFormat()
    buffer = text.buffer()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    buffer.setColor(QColor("white"))
    text.setBuffer(buffer)
    bar.setTextFormat(text)


def fitted(extent: QgsRectangle, aspect: float) -> QgsRectangle:
    """``extent`` grown about its centre to the width/height ratio ``aspect`` (a map item's)."""
    centre = extent.center()
    width = max(extent.width(), extent.height() * aspect)
    height = width / aspect
    return QgsRectangle(centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2,
                        centre.y() + height / 2)


def _room_below(layout: QgsLayout, main: QgsLayoutItemMap) -> Optional[Tuple[float, float, float, float]]:
    """(x, y, width, height) in mm for the second map at the top of the first page's body, the body
    moved down under it; None when the body has no room for it."""
    body = layout.itemById(BODY_ID)
    if body is None or body.page() != main.page():
        return None
    top, size = body.pagePos(), body.rect()
    if top.y() < main.pagePos().y() + main.rect().height():
        return None
    height = min(CAUSES_MAP_MM, size.height() - MIN_BODY_MM - CAPTION_MM)
    if height < MIN_MAP_MM:
        return None
    shift = height + CAPTION_MM
    body.attemptMove(QgsLayoutPoint(top.x(), top.y() + shift), page=body.page())
    body.attemptResize(QgsLayoutSize(size.width(), size.height() - shift))
    return top.x(), top.y(), size.width(), height


def _beside(main: QgsLayoutItemMap) -> Tuple[float, float, float, float]:
    """The right half of the first map's place (the first map keeps the left half)."""
    corner, size = main.pagePos(), main.rect()
    half = (size.width() - 2) / 2
    main.attemptResize(QgsLayoutSize(half, size.height()))
    return corner.x() + half + 2, corner.y(), half, size.height()


def add_causes_map(layout: QgsLayout, main: QgsLayoutItemMap, scene: MapScene) -> Optional[QgsLayoutItemMap]:
    """The second map (site and every cause, the first map's extent framed) with its scale bar,
    legend and caption, when the scene has one; None otherwise."""
    if scene.causes_extent is None or layout.itemById(CAUSES_MAP_ID) is not None:
        return None
    place = _room_below(layout, main)
    below = place is not None
    x, y, width, height = place if below else _beside(main)
    second = QgsLayoutItemMap(layout)
    second.setId(CAUSES_MAP_ID)
    layout.addLayoutItem(second)
    second.attemptMove(QgsLayoutPoint(x, y), page=main.page())
    second.setFrameEnabled(main.frameEnabled())
    second.setFrameStrokeColor(main.frameStrokeColor())
    second.setFrameStrokeWidth(main.frameStrokeWidth())
    second.setCrs(scene.crs)
    second.setLayers(scene.layers)
    second.setKeepLayerSet(True)
    second.attemptResize(QgsLayoutSize(width, height))
    second.setExtent(fitted(scene.causes_extent, width / height))
    frame = QgsLayoutItemMapOverview("first map", second)
    second.overviews().addOverview(frame)
    frame.setLinkedMap(main)
    frame.setFrameSymbol(QgsFillSymbol.createSimple({"style": "no", "outline_color": "20,20,20,255",
                                                     "outline_width": "0.5", "outline_style": "dash"}))
    _copy_scale_bar(layout, main, second)
    if below:
        _copy_caption(layout, second)
    if scene.causes_legend:
        add_legend(layout, second, scene.causes_legend, scene.causes_legend_on_top, CAUSES_LEGEND_ID)
    return second


def _copy_scale_bar(layout: QgsLayout, main: QgsLayoutItemMap, second: QgsLayoutItemMap) -> None:
    """A copy of the template's scale bar for the second map, at the same place relative to it."""
    bar = layout.itemById("scalebar")
    if not isinstance(bar, QgsLayoutItemScaleBar):
        return
    left = bar.pagePos().x() - main.pagePos().x()
    up = main.pagePos().y() + main.rect().height() - bar.pagePos().y()  # from the map's lower edge
    place = QPointF(second.pagePos().x() + left, second.pagePos().y() + second.rect().height() - up)
    copy = _copy_at(layout, bar, place.x(), place.y(), second.page(), {"mapUuid": second.uuid()})
    copy.setId(CAUSES_BAR_ID)
    copy.setZValue(second.zValue() + 1)  # over the map, which was added after the template's items
    copy.setLinkedMap(second)
    if not copy.hasBackground():
        halo_scale_bar(copy)
    copy.update()


def _copy_caption(layout: QgsLayout, second: QgsLayoutItemMap) -> None:
    """A copy of the template's map caption under the second map, showing the second caption."""
    caption = layout.itemById("map_caption")
    if not isinstance(caption, QgsLayoutItemLabel):
        return
    corner = second.pagePos()
    copy = _copy_at(layout, caption, corner.x(), corner.y() + second.rect().height() + 0.5, second.page())
    copy.setId(CAUSES_CAPTION_ID)
    copy.setText(CAUSES_CAPTION)
    copy.attemptResize(QgsLayoutSize(second.rect().width(), caption.rect().height()))


def _copy_at(layout: QgsLayout, item: QgsLayoutItem, x: float, y: float, page: int,
             attributes: Optional[dict] = None) -> QgsLayoutItem:
    """A copy of a layout item (through its XML, with a new uuid) at (x, y) mm on ``page``; its XML
    carries the new place, so that a later refresh of the layout keeps it there."""
    document = QDomDocument()
    parent = document.createElement("copy")
    context = QgsReadWriteContext()
    item.writeXml(parent, document, context)
    element = parent.firstChildElement()
    absolute = layout.pageCollection().pagePositionToLayoutPosition(page, QgsLayoutPoint(x, y))
    element.setAttribute("position", f"{absolute.x()},{absolute.y()},mm")
    element.setAttribute("positionOnPage", f"{x},{y},mm")
    for name in ("uuid", "templateUuid"):
        element.removeAttribute(name)
    for name, value in (attributes or {}).items():
        element.setAttribute(name, value)
    copy = type(item)(layout)
    copy.readXml(element, document, context)
    layout.addLayoutItem(copy)
    copy.attemptMove(QgsLayoutPoint(x, y), useReferencePoint=False, page=page)
    return copy


def block_labels(layout: QgsLayout) -> None:
    """Every map item of the layout places no label under the furniture drawn over it (its
    label-blocking items, as in the Designer's *Avoid placing labels under these items*)."""
    maps = [item for item in layout.items() if isinstance(item, QgsLayoutItemMap)]
    for map_item in maps:
        for item in furniture_over(layout, map_item):
            map_item.addLabelBlockingItem(item)


def furniture_over(layout: QgsLayout, map_item: QgsLayoutItemMap) -> List[QgsLayoutItem]:
    """The FURNITURE items printed over a map item: above it, on its area, not left out of exports."""
    area = map_item.sceneBoundingRect()
    return [item for item in layout.items() if isinstance(item, FURNITURE) and item is not map_item
            and item.isVisible() and not item.excludeFromExports() and item.zValue() > map_item.zValue()
            and item.sceneBoundingRect().intersects(area)]
