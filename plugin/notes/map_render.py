"""The location map: the site over the units it overlaps (by verdict) and the constraint layers.

Set on the print layout's map items (PDF, and the HTML map block, see ``map_figure``), or rendered
to PNG with QgsMapRendererParallelJob for HTML when the template has no map item. Only temporary
memory layers are styled; the user's layers are only read.
"""

from dataclasses import dataclass, field
from typing import Dict, List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsLayoutItemMapOverview,
    QgsMapLayer,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtGui import QColor, QImage

from ..core.inputs.bindings import detect_field
from ..core.model.results import SiteReview, SpatialQuery
from ..core.model.vocab import UNIT_CODE_FIELDS
from ..core.review.causes import cause_extent, distance_causes, metric_crs
from ..core.rules.ruleset import RuleSet
from .map_causes import band_layer, distance_line, layer_label
from .map_layers import constraint_layers, overview_units, site_layer, units_layer

MIN_HALF_SIZE_M = 600.0
MARGIN = 0.8
OVERVIEW_SPAN = 30.0  # the overview inset shows at most this many main-map widths


@dataclass
class NotesLayers:
    """The layers the map is drawn from: unit layer, site geometry + CRS, optional constraints."""

    unit_layer: QgsVectorLayer
    site: QgsGeometry
    site_crs: QgsCoordinateReferenceSystem
    constraints: Dict[str, QgsVectorLayer] = field(default_factory=dict)
    code_field: str = ""
    transform_context: Optional[QgsCoordinateTransformContext] = None
    ruleset: Optional[RuleSet] = None  # names the layers and gives the distance bands of deciding clauses

    def context(self) -> QgsCoordinateTransformContext:
        """The transform context to use (the project's when none was given)."""
        return self.transform_context or QgsProject.instance().transformContext()

    def unit_code_field(self) -> str:
        """The bound code field, else one detected from common names."""
        names = [f.name() for f in self.unit_layer.fields()]
        return self.code_field or detect_field(names, UNIT_CODE_FIELDS)


@dataclass
class MapScene:
    """Temporary layers (top first), CRS and extents of the main map and of the overview."""

    crs: QgsCoordinateReferenceSystem
    extent: QgsRectangle
    layers: List[QgsMapLayer]
    overview_layers: List[QgsMapLayer]
    overview_extent: QgsRectangle
    legend_layers: List[QgsMapLayer] = field(default_factory=list)
    legend_on_top: bool = False  # the causes lie in the lower half: the legend goes top left


def site_extent(site: QgsGeometry, site_crs: QgsCoordinateReferenceSystem,
                crs: QgsCoordinateReferenceSystem, context) -> QgsRectangle:
    """The site's bounding box in ``crs`` (metres), grown by a margin on every side."""
    box = QgsCoordinateTransform(site_crs, crs, context).transformBoundingBox(site.boundingBox())
    half = max(MIN_HALF_SIZE_M, max(box.width(), box.height()) * (0.5 + MARGIN))
    centre = box.center()
    return QgsRectangle(centre.x() - half * 1.3, centre.y() - half, centre.x() + half * 1.3,
                        centre.y() + half)


def overview_extent(layer_extent: QgsRectangle, main: QgsRectangle) -> QgsRectangle:
    """The overview's extent: the whole unit layer when it spans at most OVERVIEW_SPAN main maps,
    else that many main maps around the site (a national layer is not drawn whole for every site)."""
    whole = QgsRectangle(layer_extent)
    whole.scale(1.1)
    if whole.width() <= OVERVIEW_SPAN * main.width() and whole.height() <= OVERVIEW_SPAN * main.height():
        return whole
    window = QgsRectangle(main)
    window.scale(OVERVIEW_SPAN)
    return window


def build_scene(review: SiteReview, layers: NotesLayers, lang: str = "zh") -> MapScene:
    """The map's temporary layers in a Gauss-Krüger CRS around the site and the causes of its
    deciding clauses (constraint features and distance bands, named in ``lang`` for the legend)."""
    context = layers.context()
    crs = metric_crs(layers.site, layers.site_crs, context)
    causes = [c for c in distance_causes(review, layers.ruleset) if c[0] in layers.constraints]
    site_box = QgsCoordinateTransform(layers.site_crs, crs, context).transformBoundingBox(
        layers.site.boundingBox())
    found = [_distance(review, name, where) for name, where, _limit in causes]
    extent = cause_extent(site_extent(layers.site, layers.site_crs, crs, context), site_box, causes, found)
    site = site_layer(layers.site, layers.site_crs)
    units = units_layer(review, layers.unit_layer, layers.unit_code_field(), extent, crs, context)
    constraints = constraint_layers(layers.constraints, extent, crs, context)
    for layer in constraints:
        layer.setName(layer_label(layers.ruleset, layer.name(), lang))
    bands, lines, legend = [], [], []
    site_in_map = QgsGeometry(layers.site)
    site_in_map.transform(QgsCoordinateTransform(layers.site_crs, crs, context))
    for name, where, limit in causes:
        label = layer_label(layers.ruleset, name, lang)
        relation = review.overlay.relations.get(SpatialQuery(name, where).key)
        band = band_layer(layers.constraints[name], where, limit, label, lang, extent, crs, context)
        line = distance_line(layers.constraints[name], relation.nearest_fid if relation else None,
                             site_in_map, label, lang, crs, context)
        bands += [band] if band is not None else []
        lines += [line] if line is not None else []
        legend += [layer for layer in constraints if layer.name() == label and layer not in legend]
    whole = QgsCoordinateTransform(layers.unit_layer.crs(), crs, context).transformBoundingBox(
        layers.unit_layer.extent())
    overview = overview_extent(whole, extent)
    return MapScene(crs=crs, extent=extent, layers=[site] + lines + constraints + bands + [units],
                    overview_layers=[site, overview_units(layers.unit_layer)], overview_extent=overview,
                    legend_layers=legend + bands + lines, legend_on_top=_lower_half(lines, extent))


def _lower_half(lines: List[QgsVectorLayer], extent: QgsRectangle) -> bool:
    """True when the first distance line ends (at the cause) below the middle of the map."""
    for layer in lines:
        for feature in layer.getFeatures():
            end = feature.geometry().constGet().endPoint()
            return end.y() < extent.center().y()
    return False


def _distance(review: SiteReview, name: str, where: str) -> Optional[float]:
    """The measured distance from the site to a constraint layer (with its filter), if any."""
    relation = review.overlay.relations.get(SpatialQuery(name, where).key)
    return relation.distance_m if relation is not None else None


def map_settings(scene: MapScene, size: QSize, context) -> QgsMapSettings:
    """Map settings drawing the scene's layers at ``size`` pixels."""
    settings = QgsMapSettings()
    settings.setDestinationCrs(scene.crs)
    settings.setTransformContext(context)
    settings.setLayers(scene.layers)
    settings.setOutputSize(size)
    settings.setOutputDpi(150)
    settings.setBackgroundColor(QColor("white"))
    settings.setExtent(scene.extent)
    return settings


def render_png(scene: MapScene, context, width: int = 1600, height: int = 1000) -> bytes:
    """The main map rendered to PNG bytes."""
    job = QgsMapRendererParallelJob(map_settings(scene, QSize(width, height), context))
    job.start()
    job.waitForFinished()
    return png_bytes(job.renderedImage())


def png_bytes(image: QImage) -> bytes:
    """A picture encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def configure_map_items(scene: MapScene, main, overview=None) -> None:
    """Point the layout's map item (and overview inset, when present) at the scene."""
    main.setCrs(scene.crs)
    main.setLayers(scene.layers)
    main.setKeepLayerSet(True)
    main.zoomToExtent(scene.extent)
    if overview is None:
        return
    overview.setCrs(scene.crs)
    overview.setLayers(scene.overview_layers)
    overview.setKeepLayerSet(True)
    overview.zoomToExtent(scene.overview_extent)
    if overview.overviews().size() == 0:
        overview.overviews().addOverview(QgsLayoutItemMapOverview("extent", overview))
    overview.overviews().overview(0).setLinkedMap(main)
