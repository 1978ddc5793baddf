"""What rereview needs of each layer's reviewsites run to merge the layers as the panel does: by site id, the
site, its area and the units it overlaps (SUMMARY) and its overlaps with them (FINDINGS)."""

from typing import Any, Dict

from qgis.core import QgsCoordinateTransformContext

from ..core.review.several_layers import SiteCover, units_not_overlaid_near


def _number(value: Any) -> float:
    """A SUMMARY number as a float (0 for NULL or anything else)."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def layer_cover(summary: Any, findings: Any, units: Any,
                context: QgsCoordinateTransformContext) -> Dict[str, SiteCover]:
    """Each reviewed site of one layer's run (on the unit layer ``units``), with its overlaps; a site with no unit
    under it is ``blind`` when a unit near it could not be overlaid. A site that could not be reviewed is left out."""
    cover = {}
    for feature in summary.getFeatures():
        area = _number(feature["site_area_m2"])
        if area > 0.0 and feature.hasGeometry():
            cover[str(feature["site_id"])] = SiteCover(feature.geometry(), area, int(_number(feature["n_units"])))
    for feature in findings.getFeatures():
        found = cover.get(str(feature["site_id"]))
        if found is not None and feature.hasGeometry():
            found.pieces.append(feature.geometry())
    for found in cover.values():
        if found.units == 0:
            found.blind = units is None or units_not_overlaid_near(units, found.site, summary.crs(), context)
    return cover
