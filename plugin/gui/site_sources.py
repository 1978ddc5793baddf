"""Where a site can come from besides drawing: the selected feature of a layer, or a vector file."""

import os
from typing import List, Optional, Tuple

from qgis.core import (
    Qgis,
    QgsFeature,
    QgsGeometry,
    QgsMapLayer,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..compat import POLYGON_GEOMETRY
from ..core.inputs.feature_keys import row_number_ids
from ..core.inputs.layer_source import kept_source
from ..core.inputs.site_lines import is_line_type, lines_counted
from ..core.overlay.crs_check import crs_unknown
from ..i18n import grouped, list_separator, tr
from ..notes.sites_layer import FILE, SELECTED, SitesLayer, TakenSite
from .review_task import Site


class SiteError(Exception):
    """A site that cannot be taken; the message is translated and says what to do."""


def is_polygon_layer(layer: Optional[QgsMapLayer]) -> bool:
    """True for a valid vector layer of polygons."""
    return (isinstance(layer, QgsVectorLayer) and layer.isValid()
            and layer.geometryType() == POLYGON_GEOMETRY)


def union_of(geometries: List[QgsGeometry]) -> QgsGeometry:
    """One geometry of all the polygons given."""
    parts = [g for g in geometries if g is not None and not g.isNull() and not g.isEmpty()]
    return parts[0] if len(parts) == 1 else QgsGeometry.unaryUnion(parts)


def layer_features(how: str, layer: QgsVectorLayer, features: List[QgsFeature]) -> TakenSite:
    """Where a site taken from ``features`` of ``layer`` came from, as its notes name it: the layer's name, its source
    without credentials ('' for a layer held in memory) and the features' ids (rows of its file, or not)."""
    source = kept_source(layer)
    return TakenSite(how, SitesLayer(layer.name(), source, source, layer.id(), row_number_ids(layer)),
                     tuple(f.id() for f in features))


def invalid_features(features: List[QgsFeature]) -> Tuple[List[int], str]:
    """The ids of the features whose geometry GEOS finds invalid when there are several to join (GEOS cannot
    join them, or joins them wrongly), with the first one's error; none for one feature (the review repairs it)."""
    shaped = [(f.id(), f.geometry()) for f in features if f.hasGeometry() and not f.geometry().isEmpty()]
    if len(shaped) < 2:
        return [], ""
    invalid = [(fid, geometry) for fid, geometry in shaped if not geometry.isGeosValid()]
    return [fid for fid, _geometry in invalid], (invalid[0][1].lastError() if invalid else "")


def _joined(features: List[QgsFeature], where: str) -> QgsGeometry:
    """The features' polygons as one site; SiteError naming the invalid ones (``where``: the layer or file)."""
    fids, error = invalid_features(features)
    if not fids:
        return union_of([f.geometry() for f in features])
    if len(fids) == 1:
        text = tr("Feature {fids} of {where} has an invalid geometry ({error}), so the features cannot be joined into "
                  "one site: repair it (Check Validity shows where; Fix Geometries writes a repaired copy) and take "
                  "the repaired features.")
    else:
        text = tr("Features {fids} of {where} have invalid geometries ({error}), so they cannot be joined into one "
                  "site: repair them (Check Validity shows where; Fix Geometries writes a repaired copy) and take the "
                  "repaired features.")
    raise SiteError(text.format(fids=list_separator().join(str(fid) for fid in fids), where=where, error=error))


def selected_site(active: Optional[QgsMapLayer]) -> Site:
    """The selected features of the active layer, a polygon layer; never another layer's selection left over."""
    if active is None:
        raise SiteError(tr("No layer is active: click the site's polygon layer in the Layers panel, select the "
                           "site's features, then press “Selected”."))
    if not is_polygon_layer(active):
        raise SiteError(tr("The active layer {layer} is not a polygon layer, so its selection cannot be the site: "
                           "click the site's polygon layer in the Layers panel, then press “Selected”.").format(
            layer=active.name()))
    layer = active
    if not layer.selectedFeatureCount():
        raise SiteError(tr("No feature of {layer} (the active layer) is selected: select the site's features (e.g. "
                           "with the Select Features tool), then press “Selected”.").format(layer=layer.name()))
    if crs_unknown(layer.crs()):  # none (a shapefile without its .prj), or GDAL's undefined SRS
        raise SiteError(tr("{layer} has no coordinate reference system (e.g. a shapefile without its .prj), so where "
                           "its features lie is unknown: set the CRS its coordinates are in (Layer Properties › "
                           "Source), then press “Selected” again.").format(layer=layer.name()))
    features = sorted(layer.selectedFeatures(), key=QgsFeature.id)  # named in their order
    geometry = _joined(features, layer.name())
    if geometry.isNull() or geometry.isEmpty():
        raise SiteError(tr("The selected feature of {layer} has no geometry.").format(layer=layer.name()))
    count = layer.selectedFeatureCount()
    origin = tr("1 selected feature of {layer}") if count == 1 else tr("{count} selected features of {layer}")
    origin = origin.format(count=grouped(count), layer=layer.name())
    names = layer.fields().names()
    return Site(geometry, layer.crs(), origin, [(f.id(), dict(zip(names, f.attributes()))) for f in features],
                layer_features(SELECTED, layer, features))


def polygon_uri(path: str) -> str:
    """The OGR URI of the one polygon sublayer of a file (GeoPackage and KML may hold several: then an error); the
    polygons of a layer of several geometry types (GeoJSON, KML, DXF)."""
    resolve = Qgis.SublayerQueryFlags(Qgis.SublayerQueryFlag.ResolveGeometryType)  # a layer of mixed types split
    found = [detail for detail in QgsProviderRegistry.instance().querySublayers(path, resolve)
             if detail.providerKey() == "ogr"
             and QgsWkbTypes.geometryType(detail.wkbType()) == POLYGON_GEOMETRY]
    if len(found) > 1:
        raise SiteError(tr("{file} holds several polygon layers ({names}): save the site's layer to a file "
                           "of its own, or add the file to the map and use “Selected”.").format(
            file=os.path.basename(path), names=list_separator().join(detail.name() for detail in found)))
    return found[0].uri() if found else path


def file_site(path: str) -> Site:
    """All polygon features of a vector file (shp, GeoJSON, KML, GPKG…) read through OGR, as one site."""
    name = os.path.basename(path)
    layer = QgsVectorLayer(polygon_uri(path), name, "ogr")
    if not layer.isValid():
        raise SiteError(tr("{file} could not be read as a vector file: choose a shapefile, GeoJSON, "
                           "KML or GeoPackage with polygons.").format(file=name))
    if is_line_type(layer.wkbType()):  # a CAD drawing's boundary: a DXF polyline is read as a line, closed or not
        raise SiteError(tr("{file} holds no polygons, only lines ({lines}): a site must be an area, and no line is "
                           "taken for one, closed or not (a CAD drawing's closed polyline is read as a line). Turn the "
                           "site's boundary into a polygon (Processing ▸ Vector geometry ▸ Lines to polygons) or draw "
                           "it, then load that file, or select the polygon and press “Selected”.").format(
            file=name, lines=lines_counted(layer.getFeatures())))
    if layer.geometryType() != POLYGON_GEOMETRY:
        raise SiteError(tr("{file} holds no polygons: a site must be an area.").format(file=name))
    if crs_unknown(layer.crs()):  # none, or GDAL's undefined SRS of a GeoPackage saved without one
        raise SiteError(tr("{file} has no coordinate reference system (e.g. a missing .prj): "
                           "add one, or import its coordinates with a chosen CRS.").format(file=name))
    features = sorted(layer.getFeatures(), key=QgsFeature.id)
    geometry = _joined(features, name)
    if geometry.isNull() or geometry.isEmpty():
        raise SiteError(tr("{file} has no polygon with a geometry.").format(file=name))
    return Site(geometry, layer.crs(), name, taken=layer_features(FILE, layer, features))
