"""Layers in datums QGIS joins only by a ballpark offset (Xian 1980 or Beijing 1954 against CGCS2000): PROJ knows no
published transformation between them and leaves the coordinates as they are, so positions are off by tens of
metres (up to about a hundred for Beijing 1954). The review names such a pair and does not decide a position that
close to a boundary."""

import re
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDatumTransform,
    QgsGeometry,
    QgsWkbTypes,
)

from ...compat import POLYGON_GEOMETRY, WKT2_2019
from ...i18n import tr
from ..coordinates.worker_crs import broken_crs
from ..model.results import LayerRelation, Reason
from .crs_check import lost_crs_error
from .unit_index import FeatureIndex

SHIFT_M = 150.0  # how far a ballpark offset may misplace a position (Beijing 1954 against CGCS2000: ~100 m)
# Datums the plugin takes as one by design (measure.keeps_coordinates): they differ by less than a metre.
SAME_DATUMS = ("World Geodetic System 1984", "China 2000")
DATUM_NAME = re.compile(r'\b(?:DATUM|ENSEMBLE|TRF|GEODETICDATUM)\["([^"]*)"')
SHIFTED = ("{layer} is in {crs}, the site in {site_crs}: QGIS joins these datums only by a ballpark offset of "
           "unknown accuracy ({operation}), so positions may be off by tens of metres, and within {margin} m of the "
           "layer's features the site's position is taken as unknown. Reproject the data to CGCS2000 with the "
           "official transformation parameters or grid, or set a datum transformation for these two CRSs in Project "
           "Properties › Transformations.")
SCREEN_SHIFTED = ("{layer} is in {crs}, the unit layer in {unit_crs}: QGIS joins these datums only by a ballpark "
                  "offset of unknown accuracy ({operation}), so the layer's zones may lie tens of metres off in the "
                  "units, and a unit with a part within {margin} m of their edges (or of a rule's distance from them) "
                  "needs further study. Reproject the data to CGCS2000 with the official transformation parameters or "
                  "grid, or set a datum transformation for these two CRSs in Project Properties › Transformations.")


def shift_templates() -> List[str]:
    """The warning templates of this module, through tr()."""
    return [
        tr("{layer} is in {crs}, the unit layer in {unit_crs}: QGIS joins these datums only by a ballpark offset "
           "of unknown accuracy ({operation}), so the layer's zones may lie tens of metres off in the units, and a "
           "unit with a part within {margin} m of their edges (or of a rule's distance from them) needs further "
           "study. Reproject the data to CGCS2000 with the official transformation parameters or grid, or set a "
           "datum transformation for these two CRSs in Project Properties › Transformations."),
        tr("{layer} is in {crs}, the site in {site_crs}: QGIS joins these datums only by a ballpark offset of "
           "unknown accuracy ({operation}), so positions may be off by tens of metres, and within {margin} m of the "
           "layer's features the site's position is taken as unknown. Reproject the data to CGCS2000 with the "
           "official transformation parameters or grid, or set a datum transformation for these two CRSs in Project "
           "Properties › Transformations."),
    ]


def datum_name(crs: QgsCoordinateReferenceSystem) -> str:
    """The name of a CRS's datum (or datum ensemble) as its WKT2 gives it, '' when it names none."""
    found = DATUM_NAME.search(crs.toWkt(WKT2_2019))
    return found.group(1) if found else ""


def taken_as_one(first: str, second: str) -> bool:
    """Whether two datums are the same or both among those the plugin takes as one (WGS 84, CGCS2000)."""
    if first and first == second:
        return True
    return all(any(name.startswith(same) for same in SAME_DATUMS) for name in (first, second))


def operation_of(source: QgsCoordinateReferenceSystem, target: QgsCoordinateReferenceSystem,
                 context: QgsCoordinateTransformContext) -> Tuple[str, str]:
    """The name and PROJ string of the operation QGIS moves coordinates from ``source`` to ``target`` by (the one the
    project's transformations set, else PROJ's first); PROJ's first available operation when QGIS does not say."""
    try:
        details = QgsCoordinateTransform(source, target, context).instantiatedCoordinateOperationDetails()
        if details.name or details.proj:
            return shown_name(details.name), details.proj
    except Exception:  # noqa: BLE001 - any doubt: ask PROJ's list below
        pass
    for operation in QgsDatumTransform.operations(source, target):
        if operation.isAvailable:
            return operation.name, operation.proj
    return "", ""


def shown_name(name: str) -> str:
    """An operation's name without QGIS's axis order steps (``axis order change (2D) + … + axis order change (2D)``)."""
    steps = [step for step in name.split(" + ") if not step.startswith("axis order change")]
    return " + ".join(steps) if steps else name


def ballpark_operation(source: QgsCoordinateReferenceSystem, target: QgsCoordinateReferenceSystem,
                       context: QgsCoordinateTransformContext) -> str:
    """The name of the ballpark operation coordinates go from ``source`` to ``target`` by, '' when the datums are
    taken as one or a transformation moves them (one the project sets included)."""
    if not (source.isValid() and target.isValid()) or taken_as_one(datum_name(source), datum_name(target)):
        return ""
    name, proj = operation_of(source, target, context)
    if "ballpark" in name.lower() or proj.strip() in ("", "+proj=noop"):
        return name or proj or "+proj=noop"
    return ""


class Shifts:
    """The ballpark operation of each pair of CRSs a review joins, found once per pair."""

    def __init__(self, context: QgsCoordinateTransformContext):
        self._context = context
        self._pairs: Dict[Tuple[str, str], str] = {}

    def operation(self, source: QgsCoordinateReferenceSystem, target: QgsCoordinateReferenceSystem,
                  source_key: str, target_key: str) -> str:
        """``ballpark_operation`` from ``source`` to ``target`` (their ``crs_key``s given), '' for one CRS;
        OverlayError for a CRS QGIS lost."""
        key = (source_key, target_key)
        if source_key == target_key:
            return ""
        if key not in self._pairs:
            for crs in (source, target):
                if broken_crs(crs):  # asked first for a transformation with it (see coordinates.worker_crs)
                    raise lost_crs_error(crs)
            self._pairs[key] = ballpark_operation(source, target, self._context)
        return self._pairs[key]


def shift_warning(layer: str, crs: str, site_crs: str, operation: str) -> Reason:
    """The warning naming a layer and the site joined only by a ballpark offset, and what to do."""
    return Reason(SHIFTED, {"layer": layer, "crs": crs, "site_crs": site_crs, "operation": operation,
                            "margin": round(SHIFT_M)})


def screen_shift_warning(layer: str, crs: str, unit_crs: str, operation: str) -> Reason:
    """The siting screen's warning naming a constraint layer joined to the unit layer only by a ballpark offset."""
    return Reason(SCREEN_SHIFTED, {"layer": layer, "crs": crs, "unit_crs": unit_crs, "operation": operation,
                                   "margin": round(SHIFT_M)})


def covered_after_shift(grown: QgsGeometry, features: List[QgsGeometry]) -> bool:
    """Whether the polygons ``features`` cover ``grown`` (a site grown by the shift) but for GEOS's noise: the site
    stays inside them wherever the offset puts it."""
    polygons = [feature for feature in features if feature is not None and not feature.isEmpty()]
    if not polygons or grown.isEmpty():
        return False
    rest = grown.difference(QgsGeometry.unaryUnion(polygons))
    return rest.isNull() or rest.isEmpty() or rest.area() <= 1e-9 * grown.area()


def grown_by(geometry: QgsGeometry, units: Optional[float]) -> Optional[QgsGeometry]:
    """The geometry grown by ``units`` of its CRS on every side (None when how far is unknown)."""
    if units is None or not units > 0.0:
        return None
    return geometry.buffer(units, 8)


def position_kept(relation: LayerRelation, index: FeatureIndex, view: Any, measure: Any) -> bool:
    """Whether no offset up to SHIFT_M changes the site's relation to the layer: it lies farther than that from every
    feature, or inside them by as much (``view``: the site in the layer's CRS, ``site_view.SiteView``)."""
    if relation.relation == "outside":
        return relation.distance_m is None or relation.distance_m > SHIFT_M
    if relation.relation != "inside":
        return False
    grown = grown_by(view.geometry, view.units_for(SHIFT_M, measure))
    if grown is None:
        return False
    rect = grown.boundingBox()
    cleaned = [index.cleaned(fid, geometry).geometry
               for fid, (geometry, _values) in index.fetch(index.candidates(rect), rect).items()]
    return covered_after_shift(grown, [polygon for polygon in cleaned if polygon is not None
                                       and QgsWkbTypes.geometryType(polygon.wkbType()) == POLYGON_GEOMETRY])
