"""The HTML and Word notes' maps: the layout template's map block (map, overview inset, north arrow,
scale bar) cut out of the page as a PNG — and the second map's block when the scene has one — so that
every format shows the same maps with the same decorations. A template without a map item gives
nothing and the caller draws plain maps.
"""

from typing import Dict, Optional, Sequence

from qgis.core import QgsLayout, QgsLayoutExporter, QgsLayoutItemMap, QgsProject
from qgis.PyQt.QtCore import QRectF, QSize

from .layout_maps import CAUSES_BLOCK_IDS
from .layout_renderer import link_maps, load_layout
from .map_render import MapScene, png_bytes
from .pdf_style import finish_labels

MAP_BLOCK_IDS = ("map", "overview", "north_arrow", "scalebar")
FIGURE_DPI = 150


def map_block_region(layout: QgsLayout, ids: Sequence[str] = MAP_BLOCK_IDS) -> Optional[QRectF]:
    """The layout area (layout units) covered by a map block's items (the map first in ``ids``);
    None without that map item."""
    if not isinstance(layout.itemById(ids[0]), QgsLayoutItemMap):
        return None
    region = QRectF()
    for item_id in ids:
        item = layout.itemById(item_id)
        if item is not None and item.isVisible():
            region = region.united(item.sceneBoundingRect())
    return region


def render_map_figures(scene: MapScene, template: str, project: Optional[QgsProject] = None,
                       dpi: int = FIGURE_DPI) -> Dict[str, bytes]:
    """Every map block of the template drawn for ``scene``, by view: '' the location map, 'causes'
    the second map when the scene has one ({} when the template has no map item)."""
    layout = load_layout(template, project or QgsProject.instance())
    link_maps(layout, scene)
    finish_labels(layout)
    exporter = QgsLayoutExporter(layout)
    out = {}
    for view, ids in (("", MAP_BLOCK_IDS), ("causes", CAUSES_BLOCK_IDS)):
        region = map_block_region(layout, ids)
        if region is not None and not region.isEmpty():
            out[view] = png_bytes(exporter.renderRegionToImage(region, QSize(), dpi))
    return out
