"""PyQGIS side of the sample builder: write GeoPackage layers, styles and the .qgz project."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsFillSymbol,
    QgsGeometry,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor, QFont

CRS_AUTHID = "EPSG:4490"
_APP: Optional[QgsApplication] = None
_PROFILE: Optional[tempfile.TemporaryDirectory] = None

FieldSpec = Tuple[str, int]  # (name, QVariant type)
Record = Dict[str, object]


@dataclass
class LayerData:
    """One GeoPackage layer to write: name, geometry type, fields, (wkb, attributes) rows."""

    name: str
    geometry: str
    fields: Sequence[FieldSpec]
    rows: List[Tuple[bytes, Record]]


def start_qgis() -> QgsApplication:
    """Start a headless QGIS once (offscreen platform, throwaway profile folder)."""
    global _APP, _PROFILE
    if _APP is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _PROFILE = tempfile.TemporaryDirectory(prefix="zr-sample-")
        _APP = QgsApplication([], False, _PROFILE.name)
        _APP.initQgis()
    return _APP


def stop_qgis() -> None:
    """Exit QGIS if this module started it."""
    global _APP, _PROFILE
    if _APP is not None:
        QgsProject.instance().clear()
        _APP.exitQgis()
        _APP = None
    if _PROFILE is not None:
        _PROFILE.cleanup()
        _PROFILE = None


def memory_layer(data: LayerData) -> QgsVectorLayer:
    """An in-memory layer holding the rows of ``data``."""
    layer = QgsVectorLayer(f"{data.geometry}?crs={CRS_AUTHID}", data.name, "memory")
    fields = QgsFields()
    for name, kind in data.fields:
        fields.append(QgsField(name, kind))
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    features = []
    for wkb, record in data.rows:
        feature = QgsFeature(layer.fields())
        geom = QgsGeometry()
        geom.fromWkb(wkb)
        feature.setGeometry(geom)
        feature.setAttributes([record.get(name) for name, _ in data.fields])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def write_gpkg(path: Path, layers: Sequence[LayerData]) -> None:
    """Write all layers into a fresh GeoPackage, in order."""
    if path.exists():
        path.unlink()
    context = QgsProject.instance().transformContext()
    for index, data in enumerate(layers):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = data.name
        options.fileEncoding = "UTF-8"
        options.actionOnExistingFile = (
            QgsVectorFileWriter.CreateOrOverwriteFile if index == 0
            else QgsVectorFileWriter.CreateOrOverwriteLayer
        )
        result = QgsVectorFileWriter.writeAsVectorFormatV3(
            memory_layer(data), str(path), context, options)
        if result[0] != QgsVectorFileWriter.NoError:
            raise RuntimeError(f"writing {data.name}: {result[1]}")


def gpkg_layer(path: Path, name: str) -> QgsVectorLayer:
    """Open one layer of the GeoPackage, failing loudly."""
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    if not layer.isValid():
        raise RuntimeError(f"cannot open {name} in {path}")
    return layer


def _fill(color: str, alpha: int, stroke: str = "#4d4d4d", width: float = 0.26) -> QgsFillSymbol:
    """A simple fill symbol."""
    fill = QColor(color)
    fill.setAlpha(alpha)
    symbol = QgsFillSymbol.createSimple({"outline_color": stroke, "outline_width": str(width)})
    symbol.symbolLayer(0).setFillColor(fill)
    return symbol


def _outline(color: str, width: float, dashed: bool = False) -> QgsFillSymbol:
    """An outline-only fill symbol."""
    return QgsFillSymbol.createSimple({
        "style": "no", "outline_color": color, "outline_width": str(width),
        "outline_style": "dash" if dashed else "solid",
    })


def _labels(field: str, size: float, bold: bool = False,
            color: str = "#202020") -> QgsVectorLayerSimpleLabeling:
    """A simple labeling for one field (white buffer)."""
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    fmt = QgsTextFormat()
    font = QFont("Noto Sans CJK SC")
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setColor(QColor(color))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("white"))
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    return QgsVectorLayerSimpleLabeling(settings)


UNIT_COLOURS: Dict[str, Tuple[str, str]] = {
    "优先保护单元": ("#4daf4a", "优先保护单元"),
    "重点管控单元": ("#fb8072", "重点管控单元"),
    "重点管控单元（产业园区）": ("#bc80bd", "重点管控单元（产业园区）"),
    "一般管控单元": ("#ffffb3", "一般管控单元"),
}


def style_units(layer: QgsVectorLayer) -> None:
    """Categorise units by ZHGKDYFL and label them with their codes."""
    categories = [QgsRendererCategory(value, _fill(colour, 150), label)
                  for value, (colour, label) in UNIT_COLOURS.items()]
    layer.setRenderer(QgsCategorizedSymbolRenderer("ZHGKDYFL", categories))
    layer.setLabeling(_labels("HJGKDYBM", 7.0))
    layer.setLabelsEnabled(True)


def style_red_line(layer: QgsVectorLayer) -> None:
    """Green diagonal hatching with a green outline."""
    symbol = _outline("#1a9641", 0.7)
    hatch = QgsLinePatternFillSymbolLayer.create(
        {"lineangle": "45", "distance": "2", "color": "#1a9641", "linewidth": "0.3"})
    symbol.insertSymbolLayer(0, hatch)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def style_water_source(layer: QgsVectorLayer) -> None:
    """Grade I dark blue, grade II light blue."""
    categories = [
        QgsRendererCategory("I", _fill("#08519c", 170, "#08306b", 0.4), "一级保护区 (I)"),
        QgsRendererCategory("II", _fill("#9ecae1", 130, "#2171b5", 0.4), "二级保护区 (II)"),
    ]
    layer.setRenderer(QgsCategorizedSymbolRenderer("grade", categories))


def style_river(layer: QgsVectorLayer) -> None:
    """A blue river line, labelled."""
    symbol = QgsLineSymbol.createSimple({"line_color": "#1f78b4", "line_width": "0.8"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setLabeling(_labels("name", 8.0, color="#1f78b4"))
    layer.setLabelsEnabled(True)


def style_park(layer: QgsVectorLayer) -> None:
    """A dashed purple park outline."""
    layer.setRenderer(QgsSingleSymbolRenderer(_outline("#7b3294", 0.7, dashed=True)))


def style_sites(layer: QgsVectorLayer) -> None:
    """Red site outlines labelled with their ids."""
    layer.setRenderer(QgsSingleSymbolRenderer(_outline("#e31a1c", 0.8)))
    layer.setLabeling(_labels("site_id", 9.0, bold=True, color="#e31a1c"))
    layer.setLabelsEnabled(True)


STYLERS = {
    "control_units": style_units,
    "red_line": style_red_line,
    "water_source": style_water_source,
    "river_bank": style_river,
    "industrial_park": style_park,
    "sites": style_sites,
}
DRAW_ORDER = ("sites", "river_bank", "industrial_park", "water_source", "red_line",
              "control_units")
TITLES = {
    "control_units": "环境管控单元 control_units",
    "red_line": "生态保护红线（示意） red_line",
    "water_source": "饮用水水源保护区（示意） water_source",
    "river_bank": "河岸线（示意） river_bank",
    "industrial_park": "产业园区（示意） industrial_park",
    "sites": "候选选址 sites",
}


def store_default_styles(path: Path) -> None:
    """Style every layer and save the style as its default in the gpkg layer_styles table."""
    for name, styler in STYLERS.items():
        layer = gpkg_layer(path, name)
        styler(layer)
        error = layer.saveStyleToDatabase(name, f"Zoning Review sample style for {name}", True, "")
        if error:
            raise RuntimeError(f"saving style of {name}: {error}")


def write_project(gpkg: Path, project_path: Path, extent: Tuple[float, float, float, float],
                  title: str) -> None:
    """Write the styled .qgz project with relative paths to the gpkg."""
    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(project_path))
    project.setTitle(title)
    crs = QgsCoordinateReferenceSystem(CRS_AUTHID)
    project.setCrs(crs)
    project.writeEntryBool("Paths", "/Absolute", False)
    root = project.layerTreeRoot()
    for name in DRAW_ORDER:
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        if not layer.isValid():
            raise RuntimeError(f"cannot open {name}")
        layer.setTitle(TITLES[name])
        STYLERS[name](layer)
        project.addMapLayer(layer, False)
        root.addLayer(layer)
    rect = QgsReferencedRectangle(QgsRectangle(*extent), crs)
    project.viewSettings().setDefaultViewExtent(rect)
    if not project.write(str(project_path)):
        raise RuntimeError(f"cannot write {project_path}: {project.error()}")
    project.clear()


FIELD_TYPES = {"str": QVariant.String, "real": QVariant.Double, "bool": QVariant.Bool}
