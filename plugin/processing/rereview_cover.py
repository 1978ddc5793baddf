"""What rereview needs of each layer's reviewsites run to merge the layers as the panel does: by site id, the
site, its area and whether the layer has a say of it (SUMMARY) and its overlaps with the layer (FINDINGS)."""

from typing import Any, Dict

from ..core.review.several_layers import SiteCover


def _number(value: Any) -> float:
    """A SUMMARY number as a float (0 for NULL or anything else)."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def _says(value: Any) -> bool:
    """A ``has_say`` cell: no only for false (or 0); anything else, NULL included, is yes (fail closed)."""
    return not (isinstance(value, (bool, int)) and not value)


def layer_cover(summary: Any, findings: Any) -> Dict[str, SiteCover]:
    """Each reviewed site of one layer's run (reviewsites over several layers, whose SUMMARY says whether the layer
    has a say of each site: ``has_say``), with its overlaps. A site that could not be reviewed is left out; without
    that column, the layer has a say of every site (fail closed)."""
    cover = {}
    column = summary.fields().indexOf("has_say")
    for feature in summary.getFeatures():
        area = _number(feature["site_area_m2"])
        if area > 0.0 and feature.hasGeometry():
            cover[str(feature["site_id"])] = SiteCover(feature.geometry(), area, column < 0 or _says(feature[column]))
    for feature in findings.getFeatures():
        found = cover.get(str(feature["site_id"]))
        if found is not None and feature.hasGeometry():
            found.pieces.append(feature.geometry())
    return cover
