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
from ..core.model.results import SiteReview
from ..core.model.vocab import UNIT_CODE_FIELDS
from ..core.review.cause_shapes import cause_shapes, nearest_feature, reach_box
from ..core.review.causes import metric_crs
from ..core.review.deciding_causes import review_causes
from ..core.rules.ruleset import RuleSet
from .map_causes import cause_constraints, cause_label, cause_layers, layer_label, plan_extents
from .map_layers import constraint_layers, overview_units, site_layer, units_layer

MIN_HALF_SIZE_M = 600.0
MARGIN = 0.8
OVERVIEW_SPAN = 30.0  # the overview inset shows at most this many main-map widths
DATA_SPAN = 3.0  # the layers hold the features of this many map extents around the site


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
    overview_layers: List[QgsMapLayer]  # drawn over the overview's units
    overview_extent: QgsRectangle
    unit_layer: Optional[QgsVectorLayer] = None  # read for the units the overview shows, once its extent is known
    context: Optional[QgsCoordinateTransformContext] = None
    overview_units: Optional[QgsVectorLayer] = None  # those units' copy, kept while the layout draws it
    legend_layers: List[QgsMapLayer] = field(default_factory=list)
    legend_on_top: bool = False  # the causes lie in the lower half: the legend goes top left
    causes_extent: Optional[QgsRectangle] = None  # a second map with the site and every cause (far apart)
    causes_legend: List[QgsMapLayer] = field(default_factory=list)
    causes_legend_on_top: bool = False


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
    deciding clauses (bands, required zones, distance lines, named in ``lang`` for the legend), and
    where the maps look: one map, or one at the site's scale and a second with every cause."""
    context = layers.context()
    crs = metric_crs(layers.site, layers.site_crs, context)
    site_in_map = QgsGeometry(layers.site)
    site_in_map.transform(QgsCoordinateTransform(layers.site_crs, crs, context))
    causes = [c for c in review_causes(review, layers.ruleset) if c.layer in layers.constraints]
    nearest = [nearest_feature(c, layers.constraints[c.layer], site_in_map, crs, context,
                               review.overlay.relations.get(c.query.key)) for c in causes]
    base = site_extent(layers.site, layers.site_crs, crs, context)
    main, second = plan_extents(base, site_in_map.boundingBox(),
                                [reach_box(site_in_map, c, n) for c, n in zip(causes, nearest)])
    extent = QgsRectangle(second or main)
    extent.scale(DATA_SPAN)  # features for whatever shape of map item shows the extent
    site = site_layer(layers.site, layers.site_crs)
    units = units_layer(review, layers.unit_layer, layers.unit_code_field(), extent, crs, context)
    constraints = constraint_layers(layers.constraints, extent, crs, context)
    for layer in constraints:
        layer.setName(layer_label(layers.ruleset, layer.name(), lang))
    areas, lines = [], []
    for cause, found in zip(causes, nearest):
        shapes = cause_shapes(cause, layers.constraints[cause.layer], site_in_map, crs, context,
                              review.overlay.relations.get(cause.query.key), extent, found)
        area, line = cause_layers(shapes, cause_label(layers.ruleset, cause, lang), lang, crs)
        areas += [area] if area is not None else []
        lines += [line] if line is not None else []
    constraints, named = cause_constraints(constraints, causes, layers.ruleset, lang)
    whole = QgsCoordinateTransform(layers.unit_layer.crs(), crs, context).transformBoundingBox(
        layers.unit_layer.extent())
    legend = named + areas + lines
    return MapScene(crs=crs, extent=main, layers=[site] + lines + areas + constraints + [units],
                    overview_layers=[site], overview_extent=overview_extent(whole, main),
                    unit_layer=layers.unit_layer, context=context,
                    legend_layers=[layer for layer in legend if _shows(layer, main, crs, context)],
                    legend_on_top=_lower_half(lines, main), causes_extent=second,
                    causes_legend=areas + lines if second is not None else [],  # the bands name their layers
                    causes_legend_on_top=second is not None and _lower_half(lines, second))


def _shows(layer: QgsVectorLayer, extent: QgsRectangle, crs: QgsCoordinateReferenceSystem, context) -> bool:
    """Whether some feature of a layer reaches into ``extent`` (in ``crs``)."""
    to_map = QgsCoordinateTransform(layer.crs(), crs, context)
    area = QgsGeometry.fromRect(extent)
    for feature in layer.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        if geometry.transform(to_map) == 0 and geometry.intersects(area):
            return True
    return False


def _lower_half(lines: List[QgsVectorLayer], extent: QgsRectangle) -> bool:
    """True when the first distance line ends (at the cause) below the middle of the map."""
    for layer in lines:
        for feature in layer.getFeatures():
            end = feature.geometry().constGet().endPoint()
            return end.y() < extent.center().y()
    return False


def map_settings(scene: MapScene, size: QSize, context, extent: Optional[QgsRectangle] = None) -> QgsMapSettings:
    """Map settings drawing the scene's layers at ``size`` pixels (the main map's extent unless given)."""
    settings = QgsMapSettings()
    settings.setDestinationCrs(scene.crs)
    settings.setTransformContext(context)
    settings.setLayers(scene.layers)
    settings.setOutputSize(size)
    settings.setOutputDpi(150)
    settings.setBackgroundColor(QColor("white"))
    settings.setExtent(extent or scene.extent)
    return settings


def render_png(scene: MapScene, context, width: int = 1600, height: int = 1000,
               extent: Optional[QgsRectangle] = None) -> bytes:
    """The main map (or the scene at ``extent``) rendered to PNG bytes."""
    job = QgsMapRendererParallelJob(map_settings(scene, QSize(width, height), context, extent))
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


def overview_unit_layers(scene: MapScene, overview) -> List[QgsMapLayer]:
    """The units the overview item shows (its extent as zoomed, whatever its shape), copied and kept on the scene."""
    if scene.unit_layer is None:
        return []
    shown = QgsRectangle(overview.visibleExtentPolygon().boundingRect())  # rotated too
    scene.overview_units = overview_units(scene.unit_layer, shown, scene.crs,
                                          scene.context or QgsProject.instance().transformContext())
    return [scene.overview_units]


def configure_map_items(scene: MapScene, main, overview=None) -> None:
    """Point the layout's map item (and overview inset, when present) at the scene."""
    main.setCrs(scene.crs)
    main.setLayers(scene.layers)
    main.setKeepLayerSet(True)
    main.zoomToExtent(scene.extent)
    if overview is None:
        return
    overview.setCrs(scene.crs)
    overview.zoomToExtent(scene.overview_extent)
    overview.setLayers(scene.overview_layers + overview_unit_layers(scene, overview))
    overview.setKeepLayerSet(True)
    if overview.overviews().size() == 0:
        overview.overviews().addOverview(QgsLayoutItemMapOverview("extent", overview))
    overview.overviews().overview(0).setLinkedMap(main)
