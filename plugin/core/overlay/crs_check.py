"""Whether a CRS places coordinates on the earth, and the error of a site whose CRS does not."""

from typing import Optional

from qgis.core import QgsCoordinateReferenceSystem

from ...i18n import tr
from ..model.results import Reason
from .types import OverlayError

# What GDAL names the GeoPackage's own "undefined" rows (srs_id 0 and -1), which it writes for a
# layer saved without a CRS; QGIS reports them as valid CRSs (the standard spells "cartesian" in lower case).
UNDEFINED_NAMES = ("undefined geographic srs", "undefined cartesian srs")


def crs_unknown(crs: QgsCoordinateReferenceSystem) -> bool:
    """True when a CRS does not say where on the earth coordinates lie: none at all, GDAL's undefined SRS
    (a GeoPackage layer's srs_id 0 or -1), or a local CRS with no ellipsoid."""
    if not crs.isValid():
        return True
    if crs.authid():
        return False
    return crs.description().strip().lower() in UNDEFINED_NAMES or not crs.ellipsoidAcronym()


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
