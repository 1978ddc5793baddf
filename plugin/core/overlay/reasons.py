"""The overlay's reasons: the warnings it puts into results and the errors of a site it cannot review.

Every template here is also passed through tr() in ``reason_templates`` (with those of the relations
and the unit index), so a stored reason renders in either language.
"""

from typing import List, Optional

from qgis.core import QgsCoordinateReferenceSystem

from ...i18n import tr
from ..model.results import Reason
from .geometry_repair import EMPTY, NOT_POLYGONAL, NULL, PARTS_LEFT_OUT, REPAIRED, UNUSABLE, Cleaned
from .geometry_words import detail_text
from .measure import crs_label
from .relations import relation_templates
from .types import OverlayError
from .unit_index import read_templates

OVERLAP_FAILED = ("The overlap of the site with feature {fid} of {layer} could not be computed ({detail}): check the "
                  "feature's geometry in the layer (Check Validity, Fix Geometries) and review again.")
UNIT_WARNINGS = {
    REPAIRED: "Unit {code} (feature {fid}) of {layer} has an invalid geometry ({detail}); repaired for the "
              "computation",
    UNUSABLE: "Unit {code} (feature {fid}) of {layer} has an invalid geometry ({detail}) and nothing polygonal is "
              "left, so it was skipped: redraw the unit's geometry in the layer.",
    NOT_POLYGONAL: "Unit {code} (feature {fid}) of {layer} is not a polygon ({detail}), so it was skipped: bind a "
                   "layer of the units' polygons, or redraw the unit as a polygon.",
    PARTS_LEFT_OUT: "Unit {code} (feature {fid}) of {layer} holds parts that are not polygons ({detail}); only its "
                    "polygons are used",
}
SITE_WARNINGS = {
    REPAIRED: "The site geometry is invalid ({detail}); repaired for the computation",
    PARTS_LEFT_OUT: "The site geometry holds parts that are not polygons ({detail}); only its polygons are reviewed",
}

# The same warnings as reviews stored before they said what to do give them (rendered in the reader's language).
EARLIER_NOT_OVERLAID = (
    "Unit {code} (feature {fid}) of {layer} has an invalid geometry ({detail}) and nothing polygonal is left; skipped",
    "Unit {code} (feature {fid}) of {layer} is not a polygon ({detail}); skipped",
    "The overlap of the site with feature {fid} of {layer} could not be computed: {detail}")
SKIPPED = (UNUSABLE, NOT_POLYGONAL)  # the cleaning statuses of units the overlay leaves out
NOT_OVERLAID = (tuple(UNIT_WARNINGS[status] for status in SKIPPED) + (OVERLAP_FAILED,)  # a unit's part is unknown
                + EARLIER_NOT_OVERLAID)


def reason_templates() -> List[str]:
    """Every warning template the overlay and its helpers put into results, through tr()."""
    return [
        tr("The site geometry is invalid ({detail}); repaired for the computation"),
        tr("Unit {code} (feature {fid}) of {layer} has an invalid geometry ({detail}); repaired for the "
           "computation"),
        tr("Unit {code} (feature {fid}) of {layer} has an invalid geometry ({detail}) and nothing polygonal is "
           "left, so it was skipped: redraw the unit's geometry in the layer."),
        tr("Unit {code} (feature {fid}) of {layer} is not a polygon ({detail}), so it was skipped: bind a layer of "
           "the units' polygons, or redraw the unit as a polygon."),
        tr("Unit {code} (feature {fid}) of {layer} holds parts that are not polygons ({detail}); only its "
           "polygons are used"),
        tr("The site geometry holds parts that are not polygons ({detail}); only its polygons are reviewed"),
        tr("The overlap of the site with feature {fid} of {layer} could not be computed ({detail}): check the "
           "feature's geometry in the layer (Check Validity, Fix Geometries) and review again."),
        tr("The ellipsoid {requested} is unknown; {used} was used"),
        tr("Unit {code} (feature {fid}) of {layer} has an invalid geometry ({detail}) and nothing polygonal is "
           "left; skipped"),
        tr("Unit {code} (feature {fid}) of {layer} is not a polygon ({detail}); skipped"),
        tr("The overlap of the site with feature {fid} of {layer} could not be computed: {detail}"),
        tr("The site geometry is not a polygon ({detail}); nothing to review"),
        tr("The site geometry is invalid ({detail}) and nothing polygonal is left"),
    ] + relation_templates() + read_templates()


def unique(reasons: List[Reason]) -> List[Reason]:
    """The reasons without repeats, in first-seen order."""
    seen, out = set(), []
    for reason in reasons:
        key = (reason.template, tuple(sorted((k, str(v)) for k, v in reason.values.items())))
        if key not in seen:
            seen.add(key)
            out.append(reason)
    return out


def unmeasured_error(crs: QgsCoordinateReferenceSystem) -> OverlayError:
    """The error of a site whose area cannot be measured in the unit layer's CRS."""
    template = ("The site's area cannot be measured on the ellipsoid: some of its coordinates (or those of a unit "
                "it meets) lie outside where {crs} can be used. Check the site's coordinates and its CRS.")
    values = {"crs": crs.authid() or crs_label(crs)}  # one without authority by its definition (it has no name)
    return OverlayError(tr("The site's area cannot be measured on the ellipsoid: some of its coordinates (or those "
                           "of a unit it meets) lie outside where {crs} can be used. Check the site's coordinates "
                           "and its CRS.").format(**values), Reason(template, values))


def no_area_error(measured: float, drawn: float, crs: QgsCoordinateReferenceSystem) -> OverlayError:
    """The error of a site of next to no area: its area on the ellipsoid (``measured``, m², along geodesic edges) is
    not that of its outline as drawn in ``crs`` (``drawn``, m²)."""
    template = ("The site has next to no area: its vertices lie almost on one line. Its outline as drawn in {crs} "
                "encloses {drawn} m², yet measured along the ellipsoid it would be {measured} m²; nothing to review. "
                "Check the site's vertices.")
    values = {"crs": crs.authid() or crs_label(crs), "drawn": f"{drawn:.2f}", "measured": f"{measured:.2f}"}
    return OverlayError(tr("The site has next to no area: its vertices lie almost on one line. Its outline as drawn "
                           "in {crs} encloses {drawn} m², yet measured along the ellipsoid it would be {measured} "
                           "m²; nothing to review. Check the site's vertices.").format(**values),
                        Reason(template, values))


def site_error(cleaned: Cleaned) -> Optional[OverlayError]:
    """Why a cleaned site cannot be reviewed (translated, and as a Reason for any language), or None."""
    values = {"detail": cleaned.detail}
    if cleaned.status in (NULL, EMPTY):
        return OverlayError(tr("The site has no geometry; nothing to review"),
                            Reason("The site has no geometry; nothing to review", {}))
    if cleaned.status == NOT_POLYGONAL:
        template = ("The site geometry is not a polygon ({detail}), so there is nothing to review: draw or import the "
                    "site as a polygon.")
        message = tr("The site geometry is not a polygon ({detail}), so there is nothing to review: draw or import "
                     "the site as a polygon.")
    elif cleaned.status == UNUSABLE:
        template = ("The site geometry is invalid ({detail}) and nothing polygonal is left: redraw the site, or check "
                    "its vertices.")
        message = tr("The site geometry is invalid ({detail}) and nothing polygonal is left: redraw the site, or "
                     "check its vertices.")
    else:
        return None
    return OverlayError(message.format(detail=detail_text(cleaned.detail)), Reason(template, values))


def site_warning(cleaned: Cleaned) -> Optional[Reason]:
    """The warning of a site repaired for the computation or whose parts not polygonal were left out, or None when
    it was clean."""
    template = SITE_WARNINGS.get(cleaned.status)
    return Reason(template, {"detail": cleaned.detail}) if template else None


def ellipsoid_warning(requested: str, used: str) -> Reason:
    """The warning of an unknown ellipsoid replaced by ``used``."""
    return Reason("The ellipsoid {requested} is unknown; {used} was used", {"requested": requested, "used": used})


def feature_warning(fid: int, code: str, layer: str, cleaned: Cleaned) -> Optional[Reason]:
    """The data-quality warning for a cleaned unit (named by code and feature id), or None when it was clean."""
    template = UNIT_WARNINGS.get(cleaned.status)
    if template is None:
        return None
    return Reason(template, {"code": code, "fid": fid, "layer": layer, "detail": cleaned.detail})


def overlap_warning(fid: int, layer: str) -> Reason:
    """The warning of a unit whose overlap with the site GEOS could not compute."""
    return Reason(OVERLAP_FAILED, {"fid": fid, "layer": layer, "detail": "GEOS"})
