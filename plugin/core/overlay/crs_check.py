"""Whether a CRS places coordinates on the earth, and the error of a site whose CRS does not."""

import math
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsRectangle,
)

from ...i18n import tr
from ..coordinates.crs_names import shown_crs
from ..model.results import Reason
from .types import OverlayError

# What GDAL names the GeoPackage's own "undefined" rows (srs_id 0 and -1), which it writes for a
# layer saved without a CRS; QGIS reports them as valid CRSs (the standard spells "cartesian" in lower case).
UNDEFINED_NAMES = ("undefined geographic srs", "undefined cartesian srs")
AREA_OF_USE_MARGIN_DEG = 1.0  # a layer is only refused when it lies more than this far outside its CRS's area of use


def crs_unknown(crs: QgsCoordinateReferenceSystem) -> bool:
    """True when a CRS does not say where on the earth coordinates lie: none at all, GDAL's undefined SRS
    (a GeoPackage layer's srs_id 0 or -1), or a local CRS with no ellipsoid."""
    if not crs.isValid():
        return True
    if crs.authid():
        return False
    return crs.description().strip().lower() in UNDEFINED_NAMES or not crs.ellipsoidAcronym()


def outside_area_of_use(crs: QgsCoordinateReferenceSystem, extent: QgsRectangle) -> bool:
    """True when a layer's extent lies wholly outside where its CRS can be used (its coordinates are in another
    CRS: Gauss-Krüger metres under a geographic CRS, say), so where its features lie is unknown."""
    bounds = crs.bounds()
    if extent.isNull() or bounds.isEmpty():
        return False
    area = QgsRectangle(bounds)
    area.grow(AREA_OF_USE_MARGIN_DEG)
    to_lonlat = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateTransformContext())
    try:
        lonlat = to_lonlat.transformBoundingBox(extent)
    except QgsCsException:
        return True
    corners = (lonlat.xMinimum(), lonlat.yMinimum(), lonlat.xMaximum(), lonlat.yMaximum())
    return not all(math.isfinite(value) for value in corners) or not area.intersects(lonlat)


def lost_crs_error(crs: QgsCoordinateReferenceSystem) -> OverlayError:
    """The error of a CRS QGIS lost (``worker_crs.broken_crs``): any transformation asked for with it would hand back
    the coordinates unmoved (and on QGIS 3.22 leave PROJ's logger broken: the next PROJ error crashed QGIS)."""
    values = {"crs": _lost_name(crs)}
    template = ("QGIS has lost the definition of the coordinate reference system {crs} in this session: restart QGIS, "
                "then review again.")
    return OverlayError(tr("QGIS has lost the definition of the coordinate reference system {crs} in this session: "
                           "restart QGIS, then review again.").format(crs=_shown_lost(crs)), Reason(template, values))


def lost_layer_crs_error(layer: str, crs: QgsCoordinateReferenceSystem) -> OverlayError:
    """The error of a unit layer whose CRS QGIS lost (``worker_crs.broken_crs``), naming the layer (translated)."""
    return OverlayError(tr("QGIS has lost the definition of the coordinate reference system {crs} of layer {layer} in "
                           "this session: restart QGIS, then review again.").format(layer=layer, crs=_shown_lost(crs)))


def _lost_name(crs: QgsCoordinateReferenceSystem) -> str:
    """A lost CRS's name as a reason stores it: its authority id, else what QGIS still gives of its definition."""
    return crs.authid() or crs.toProj() or "?"


def _shown_lost(crs: QgsCoordinateReferenceSystem) -> str:
    """A lost CRS as a message of the UI names it: ``shown_crs`` (its name kept with its authority id), else what
    QGIS still gives of its definition."""
    return shown_crs(crs) if crs.authid() else _lost_name(crs)


def site_crs_error(crs: QgsCoordinateReferenceSystem) -> Optional[OverlayError]:
    """Why a site in ``crs`` cannot be reviewed (translated, and as a Reason for any language), or None."""
    if not crs.isValid():
        return OverlayError(tr("The site has no valid coordinate reference system"),
                            Reason("The site has no valid coordinate reference system", {}))
    if not crs_unknown(crs):
        return None
    values = {"crs": crs.description() or "?"}
    template = ("The site's coordinate reference system is undefined ({crs}), so where it lies is unknown: set the "
                "CRS of the site's layer (Layer Properties › Source, or Processing's Assign projection), then review "
                "again.")
    return OverlayError(tr("The site's coordinate reference system is undefined ({crs}), so where it lies is unknown: "
                           "set the CRS of the site's layer (Layer Properties › Source, or Processing's Assign "
                           "projection), then review again.").format(**values), Reason(template, values))
