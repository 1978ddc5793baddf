"""A bound constraint layer that gives no zone to place a site against: it has no features at all, or none of its
features (those its rule's filter passes) has a usable geometry. Where a site lies to it is unknown
(``NO_FEATURES``), never "no such zone near the site": the clauses that need it need information, in a site's review
and the siting screen alike, with one warning naming the layer and what to do.
"""

from typing import List, Tuple

from ...i18n import tr
from ..model.results import NO_FEATURES, Reason

EMPTY = ("Constraint layer {layer} ({source}) has no features, so where a site lies to it is unknown and the rules "
         "that need it report 'needs information': check that the right layer or file is bound.")
NO_GEOMETRY = ("Constraint layer {layer} ({source}) has no feature with a usable geometry, so where a site lies to it "
               "is unknown and the rules that need it report 'needs information': draw the features' geometries in "
               "the layer, or check that the right layer or file is bound.")
FILTERED = ("None of the features the filter {where} of constraint layer {layer} ({source}) passes has a usable "
            "geometry, so where a site lies to such zones is unknown and the rules that need it report 'needs "
            "information': draw their geometries in the layer, or check the filter and that the right layer or file "
            "is bound.")


def no_zones_templates() -> List[str]:
    """The warnings of this module (listed for the string extractor)."""
    return [
        tr("Constraint layer {layer} ({source}) has no features, so where a site lies to it is unknown and the rules "
           "that need it report 'needs information': check that the right layer or file is bound."),
        tr("Constraint layer {layer} ({source}) has no feature with a usable geometry, so where a site lies to it "
           "is unknown and the rules that need it report 'needs information': draw the features' geometries in "
           "the layer, or check that the right layer or file is bound."),
        tr("None of the features the filter {where} of constraint layer {layer} ({source}) passes has a usable "
           "geometry, so where a site lies to such zones is unknown and the rules that need it report 'needs "
           "information': draw their geometries in the layer, or check the filter and that the right layer or file "
           "is bound."),
    ]


def no_zones(layer: str, source: str, where: str, passed: bool) -> Tuple[str, Reason]:
    """For constraint layer ``layer`` (the rule set's name; ``source``: the map layer's) read with the filter
    ``where`` ("" for none) that gave no usable geometry — ``passed``: some features passed the filter (all without
    a usable geometry); else the layer has none — the ``LayerRelation`` problem and its warning."""
    values = {"layer": layer, "source": source}
    if not passed:
        return NO_FEATURES, Reason(EMPTY, values)
    if where:
        return NO_FEATURES, Reason(FILTERED, {**values, "where": where})
    return NO_FEATURES, Reason(NO_GEOMETRY, values)
