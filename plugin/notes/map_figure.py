"""The HTML notes' location map: the layout template's map block (map, overview inset, north arrow,
scale bar) cut out of the page as a PNG, so that both formats show the same map with the same
decorations. A template without a map item gives None and the caller draws a plain map.
"""

from typing import Optional

from qgis.core import QgsLayout, QgsLayoutExporter, QgsLayoutItemMap, QgsProject
from qgis.PyQt.QtCore import QRectF, QSize

from .layout_renderer import link_maps, load_layout
from .map_render import MapScene, png_bytes

MAP_BLOCK_IDS = ("map", "overview", "north_arrow", "scalebar")
FIGURE_DPI = 150


def map_block_region(layout: QgsLayout) -> Optional[QRectF]:
    """The layout area (layout units) covered by the map block's items; None without a map item."""
    if not isinstance(layout.itemById("map"), QgsLayoutItemMap):
        return None
    region = QRectF()
    for item_id in MAP_BLOCK_IDS:
        item = layout.itemById(item_id)
        if item is not None and item.isVisible():
            region = region.united(item.sceneBoundingRect())
    return region


def render_map_figure(scene: MapScene, template: str, project: Optional[QgsProject] = None,
                      dpi: int = FIGURE_DPI) -> Optional[bytes]:
    """The template's map block drawn for ``scene`` as PNG bytes (None when it has no map item)."""
    layout = load_layout(template, project or QgsProject.instance())
    link_maps(layout, scene)
    region = map_block_region(layout)
    if region is None or region.isEmpty():
        return None
    return png_bytes(QgsLayoutExporter(layout).renderRegionToImage(region, QSize(), dpi))
