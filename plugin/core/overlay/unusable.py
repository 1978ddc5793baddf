"""Features that have a geometry of which nothing usable is left once cleaned (a zero-area polygon, a "polygon" whose
ring is a line), or no geometry at all: one test of it and one warning naming them, for the siting screen and a site's
review alike.

A constraint layer's such features are left out of both, named in the warning; where the layer gives no usable zone
at all, where a site lies to it is unknown (``no_zones``). A unit layer's are warned of unit by unit
(``reasons.feature_warning``) and leave no site or unit compliant.
"""

from typing import Iterable, List

from qgis.core import QgsRectangle

from ...i18n import tr
from ..model.results import Listed, Reason
from .geometry_repair import EMPTY, NULL, Cleaned

MAX_LISTED_FIDS = 20
UNUSABLE_FEATURES = (
    "Constraint layer {layer} ({source}): feature {fids} has a geometry of which nothing usable is left once "
    "repaired, so it was left out: redraw its geometry in the layer, or delete the feature if it is no zone.",
    "Constraint layer {layer} ({source}): {count} features have geometries of which nothing usable is left once "
    "repaired ({fids}), so they were left out: redraw their geometries in the layer, or delete those that are no "
    "zones.")

NO_GEOMETRY = (
    "Feature {fids} of {layer} has no geometry and was skipped: draw its geometry in the layer, or delete the "
    "feature if it stands for nothing on the map.",
    "{count} features of {layer} have no geometry and were skipped ({fids}): draw their geometries in the layer, or "
    "delete those that stand for nothing on the map.")


def unusable_templates() -> List[str]:
    """The warnings of this module (listed for the string extractor); the no-geometry warnings also as reviews stored
    before they said what to do give them (a register shows its reasons in the reader's language)."""
    return [
        tr("Feature {fids} of {layer} has no geometry and was skipped: draw its geometry in the layer, or delete the "
           "feature if it stands for nothing on the map."),
        tr("{count} features of {layer} have no geometry and were skipped ({fids}): draw their geometries in the "
           "layer, or delete those that stand for nothing on the map."),
        tr("Feature {fids} of {layer} has no geometry and was skipped"),
        tr("{count} features of {layer} have no geometry and were skipped: {fids}"),
        tr("Constraint layer {layer} ({source}): feature {fids} has a geometry of which nothing usable is left once "
           "repaired, so it was left out: redraw its geometry in the layer, or delete the feature if it is no zone."),
        tr("Constraint layer {layer} ({source}): {count} features have geometries of which nothing usable is left "
           "once repaired ({fids}), so they were left out: redraw their geometries in the layer, or delete those "
           "that are no zones."),
    ]


def cleans_to_nothing(cleaned: Cleaned) -> bool:
    """Whether a feature has a geometry (not null, not empty) of which cleaning left nothing usable."""
    return cleaned.geometry is None and cleaned.status not in (NULL, EMPTY)


def boxes_meet(boxes: Iterable[QgsRectangle], rect: QgsRectangle) -> bool:
    """Whether one of the boxes (of features left out: a line's box has no area) meets ``rect`` (same CRS)."""
    west, south, east, north = rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()
    return any(box.xMinimum() <= east and box.xMaximum() >= west and box.yMinimum() <= north
               and box.yMaximum() >= south for box in boxes)


def listed_fids(fids: List[int]) -> Listed:
    """Feature ids as a warning lists them: the first MAX_LISTED_FIDS, then '…' when there are more."""
    more = ("…",) if len(fids) > MAX_LISTED_FIDS else ()
    return Listed(tuple(str(fid) for fid in fids[:MAX_LISTED_FIDS]) + more)


def no_geometry_warning(layer: str, fids: List[int]) -> List[Reason]:
    """One warning listing the features ``fids`` of ``layer`` skipped for having no geometry (none without any)."""
    if not fids:
        return []
    if len(fids) == 1:
        return [Reason(NO_GEOMETRY[0], {"layer": layer, "fids": listed_fids(fids)})]
    return [Reason(NO_GEOMETRY[1], {"count": len(fids), "layer": layer, "fids": listed_fids(fids)})]


def unusable_warning(layer: str, source: str, fids: List[int]) -> List[Reason]:
    """The warning naming the features ``fids`` of constraint layer ``layer`` (the rule set's name; ``source``: the map
    layer's) left out because nothing usable is left of their geometries; none when there are no such features."""
    if not fids:
        return []
    return [Reason(UNUSABLE_FEATURES[0] if len(fids) == 1 else UNUSABLE_FEATURES[1],
                   {"count": len(fids), "fids": listed_fids(fids), "layer": layer, "source": source})]
