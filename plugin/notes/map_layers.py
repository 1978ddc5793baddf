"""Temporary memory layers for the location map: site outline, units by verdict, constraints.

User layers are only read (features copied by extent); every style is set on our copies.
"""

from typing import Dict, Iterable, List, Optional

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGeometry,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRectangle,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..compat import LABEL_HORIZONTAL, LINE_GEOMETRY, POINT_GEOMETRY, POLYGON_GEOMETRY
from ..core.model.fields import make_field
from ..core.model.results import SiteReview
from ..core.outputs.palette import UNREVIEWED, VERDICT_COLOURS, rgba, verdict_colour
from .pdf_style import FAMILIES

MAX_FEATURES = 2000
FILL_ALPHA = 150  # the units' fill over the base map: the verdict shows, the map beneath too
CONSTRAINT_COLOURS = {"red_line": "0,110,60", "water_source": "30,100,200",
                      "river_bank": "30,100,200", "industrial_park": "120,60,160"}


def memory_layer(kind: str, name: str, crs: QgsCoordinateReferenceSystem,
                 fields: Iterable[str] = ()) -> QgsVectorLayer:
    """An empty memory layer of geometry ``kind`` with string fields, in ``crs``."""
    layer = QgsVectorLayer(kind, name, "memory")
    layer.setCrs(crs)
    layer.dataProvider().addAttributes([make_field(f, "string") for f in fields])
    layer.updateFields()
    return layer


def add_features(layer: QgsVectorLayer, items: Iterable[tuple]) -> QgsVectorLayer:
    """Add (geometry, [values]) pairs to a memory layer."""
    features = []
    for geometry, values in items:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttributes(list(values))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def site_layer(site: QgsGeometry, crs: QgsCoordinateReferenceSystem) -> QgsVectorLayer:
    """The site as a thick dark outline over a light hatch."""
    layer = add_features(memory_layer("Polygon", "site", crs), [(QgsGeometry(site), [])])
    symbol = QgsFillSymbol.createSimple({
        "color": "0,0,0,0", "outline_color": "20,20,20,255", "outline_width": "0.8",
        "style": "no"})
    layer.renderer().setSymbol(symbol)
    return layer


def units_layer(review: SiteReview, unit_layer: QgsVectorLayer, code_field: str,
                extent: QgsRectangle, map_crs: QgsCoordinateReferenceSystem,
                transform_context) -> QgsVectorLayer:
    """Units near the site copied from the unit layer, categorised by the site's unit verdicts."""
    verdicts = {unit.overlap.fid: str(unit.verdict) for unit in review.units}
    to_units = QgsCoordinateTransform(map_crs, unit_layer.crs(), transform_context)
    request = QgsFeatureRequest().setFilterRect(to_units.transformBoundingBox(extent))
    request.setLimit(MAX_FEATURES)
    items = []
    for feature in unit_layer.getFeatures(request):
        code = feature[code_field] if code_field else ""
        code = "" if code is None or str(code) == "NULL" else str(code)
        items.append((feature.geometry(), [code, verdicts.get(feature.id(), "")]))
    layer = add_features(memory_layer("MultiPolygon", "units", unit_layer.crs(),
                                      ["code", "verdict"]), items)
    layer.setRenderer(verdict_renderer())
    label_codes(layer)
    return layer


def verdict_renderer() -> QgsCategorizedSymbolRenderer:
    """Red / amber / green fills by verdict; units not reviewed in light grey."""
    categories = []
    fills = {verdict: verdict_colour(verdict, FILL_ALPHA) for verdict in VERDICT_COLOURS}
    for verdict, fill in [*fills.items(), ("", UNREVIEWED)]:
        symbol = QgsFillSymbol.createSimple({
            "color": rgba(fill), "outline_color": "90,90,90,255", "outline_width": "0.3"})
        categories.append(QgsRendererCategory(str(verdict), symbol, str(verdict) or "-"))
    return QgsCategorizedSymbolRenderer("verdict", categories)


def label_codes(layer: QgsVectorLayer) -> None:
    """Label each unit with its code (the notes' fonts: Latin and digits, then CJK; white halo), horizontally
    where its shown part has room, so that a label the map's furniture keeps out moves rather than vanishes."""
    font = QFont(FAMILIES[0])
    font.setFamilies(FAMILIES)
    text = QgsTextFormat()
    text.setFont(font)
    text.setSize(8)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    buffer.setColor(QColor("white"))
    text.setBuffer(buffer)
    settings = QgsPalLayerSettings()
    settings.fieldName = "code"
    settings.placement = LABEL_HORIZONTAL
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def overview_units(unit_layer: QgsVectorLayer, shown: QgsRectangle, map_crs: QgsCoordinateReferenceSystem,
                   transform_context) -> QgsVectorLayer:
    """The units the overview inset shows (those within ``shown``, its extent in ``map_crs``), copied with thin
    grey outlines and no labels, whatever the user's style: a province's other units are never read or drawn."""
    to_units = QgsCoordinateTransform(map_crs, unit_layer.crs(), transform_context)
    request = QgsFeatureRequest().setFilterRect(to_units.transformBoundingBox(shown)).setNoAttributes()
    items = [(feature.geometry(), []) for feature in unit_layer.getFeatures(request)]
    copy = add_features(memory_layer("MultiPolygon", unit_layer.name(), unit_layer.crs()), items)
    copy.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({
        "color": "235,235,235,255", "outline_color": "150,150,150,255", "outline_width": "0.1"})))
    copy.setLabelsEnabled(False)
    return copy


def constraint_layers(constraints: Dict[str, QgsVectorLayer], extent: QgsRectangle,
                      map_crs: QgsCoordinateReferenceSystem, transform_context) -> List[QgsVectorLayer]:
    """Copies of the constraint layers' features near the site, styled by layer name."""
    out = []
    for name in sorted(constraints):
        source = constraints[name]
        if source is None or not source.isValid():
            continue
        copy = constraint_copy(name, source, extent, map_crs, transform_context)
        if copy is not None:
            out.append(copy)
    return out


def constraint_copy(name: str, source: QgsVectorLayer, extent: QgsRectangle,
                    map_crs: QgsCoordinateReferenceSystem, transform_context) -> Optional[QgsVectorLayer]:
    """One constraint layer's features in the extent, as a styled memory layer."""
    to_source = QgsCoordinateTransform(map_crs, source.crs(), transform_context)
    request = QgsFeatureRequest().setFilterRect(to_source.transformBoundingBox(extent))
    request.setLimit(MAX_FEATURES)
    request.setNoAttributes()
    kind = {POLYGON_GEOMETRY: "MultiPolygon", LINE_GEOMETRY: "MultiLineString",
            POINT_GEOMETRY: "MultiPoint"}.get(source.geometryType())
    if kind is None:
        return None
    items = [(f.geometry(), []) for f in source.getFeatures(request)]
    layer = add_features(memory_layer(kind, name, source.crs()), items)
    layer.renderer().setSymbol(constraint_symbol(name, source.geometryType()))
    return layer


def constraint_symbol(name: str, geometry_type: int):
    """A hatched fill, a line or a marker in the layer's colour."""
    colour = CONSTRAINT_COLOURS.get(name, "110,110,110")
    if geometry_type == POLYGON_GEOMETRY:
        return QgsFillSymbol.createSimple({"color": colour + ",255", "style": "b_diagonal",
                                           "outline_color": colour + ",255",
                                           "outline_width": "0.4", "outline_style": "dash"})
    if geometry_type == LINE_GEOMETRY:
        return QgsLineSymbol.createSimple({"line_color": colour + ",255", "line_width": "0.7"})
    return QgsMarkerSymbol.createSimple({"color": colour + ",255", "size": "2"})
