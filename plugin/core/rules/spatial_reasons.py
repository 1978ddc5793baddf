"""A spatial condition against a site's known position to a constraint layer: its value and the reasons that say what
the review measured (an overlap, a part outside or a sliver within the slivers' tolerance, lines crossing the site,
points in it, a distance)."""

from typing import Any, List, Tuple

from ...i18n import tr
from ..model.results import LayerRelation, Reason, Words
from .ruleset import Condition

NOT_OVERLAPPING = ("outside", "touches", "disjoint")
NONE_WITHIN = "no feature of {layer} lies within {limit} m of the site"
WITHIN = "site is {distance} m from {layer}, rule limit {limit} m"
SLIVER = "site overlaps {layer} by {area} m², within the tolerance of {limit} m², so it is not counted as an overlap"
INSIDE_BUT = ("site lies inside {layer} but for {area} m² outside it, within the tolerance of {limit} m², so it "
              "counts as inside")
LINES_CROSS = "lines of {layer} cross the site: {length} m of them lie within the site"
LINES_TOUCH = ("lines of {layer} touch the site's boundary without running into it; a line that meets the site "
               "counts as overlapping it")
POINTS_IN = "points of {layer} within the site or on its boundary: {count}"
# The templates whose placeholders other than an area, a percentage, a distance or a count are amounts.
AMOUNTS = {NONE_WITHIN: ("limit",), WITHIN: ("limit",), SLIVER: ("limit",), INSIDE_BUT: ("limit",),
           LINES_CROSS: ("length",)}


def spatial_outcome(cond: Condition, layer: Words, relation: LayerRelation) -> Tuple[bool, List[Reason]]:
    """The value of a spatial condition (``within``, ``inside``, ``overlaps``, ``outside``) and its reasons."""
    if cond.relation == "within":
        return _within(cond, layer, relation)
    if cond.relation == "inside":
        return _inside(layer, relation)
    overlapping = relation.relation not in NOT_OVERLAPPING or relation.overlap_m2 > 0
    value = overlapping if cond.relation == "overlaps" else not overlapping
    return value, _overlap_reasons(layer, relation, overlapping)


def _inside(layer: Words, relation: LayerRelation) -> Tuple[bool, List[Reason]]:
    """Inside: the part of the site outside the layer within the tolerance said, not hidden."""
    if relation.relation != "inside":
        return False, [Reason("site is not entirely inside {layer}", {"layer": layer})]
    if relation.outside_m2 > 0:
        return True, [Reason(INSIDE_BUT, {"layer": layer, "area": small_area(relation.outside_m2),
                                          "limit": small_area(relation.sliver_limit_m2)})]
    return True, [Reason("site lies inside {layer}", {"layer": layer})]


def _overlap_reasons(layer: Words, relation: LayerRelation, overlapping: bool) -> List[Reason]:
    """What the site shares with the layer: an area, or (with none counted) the lines and points meeting the site, a
    sliver within the tolerance, nothing."""
    if relation.overlap_m2 > 0 or (overlapping and not (relation.lines or relation.points)):
        return [Reason("site overlaps {layer} ({area} m²)", {"layer": layer, "area": round(relation.overlap_m2)})]
    reasons = []
    if relation.lines:
        reasons.append(Reason(LINES_CROSS, {"layer": layer, "length": shown_length(relation.line_m)})
                       if relation.line_m > 0 else Reason(LINES_TOUCH, {"layer": layer}))
    if relation.points:
        reasons.append(Reason(POINTS_IN, {"layer": layer, "count": relation.points}))
    if reasons:
        return reasons
    if relation.sliver_m2 > 0:
        return [Reason(SLIVER, {"layer": layer, "area": small_area(relation.sliver_m2),
                                "limit": small_area(relation.sliver_limit_m2)})]
    return [Reason("site does not overlap {layer}", {"layer": layer, "area": 0})]  # area kept: FINDINGS as before


def _within(cond: Condition, layer: Words, relation: LayerRelation) -> Tuple[bool, List[Reason]]:
    limit = cond.distance_m
    if relation.distance_m is None or relation.distance_m > limit:
        return False, [Reason(NONE_WITHIN, {"layer": layer, "limit": limit})]
    distance = relation.distance_m
    distance = round(distance) if distance >= 10 else round(distance, 1)
    return True, [Reason(WITHIN, {"distance": distance, "layer": layer, "limit": limit})]


def small_area(area_m2: float) -> Any:
    """An area below the slivers' threshold as a reason shows it: one decimal, never rounded to look like none
    (under 0.05 m² it is "<0.1")."""
    return "<0.1" if 0 < area_m2 < 0.05 else round(area_m2, 1)


def shown_length(length_m: float) -> Any:
    """A length as a reason shows it: whole metres from 10 m, one decimal below, never rounded to look like none."""
    return round(length_m) if length_m >= 10 else small_area(length_m)


def spatial_templates() -> List[str]:
    """Every reason template of this module, for the string extractor."""
    return [
        tr("site lies inside {layer}"),
        tr("site lies inside {layer} but for {area} m² outside it, within the tolerance of {limit} m², so it counts "
           "as inside"),
        tr("site is not entirely inside {layer}"),
        tr("site overlaps {layer} ({area} m²)"),
        tr("site does not overlap {layer}"),
        tr("site overlaps {layer} by {area} m², within the tolerance of {limit} m², so it is not counted as an "
           "overlap"),
        tr("lines of {layer} cross the site: {length} m of them lie within the site"),
        tr("lines of {layer} touch the site's boundary without running into it; a line that meets the site counts "
           "as overlapping it"),
        tr("points of {layer} within the site or on its boundary: {count}"),
        tr("no feature of {layer} lies within {limit} m of the site"),
        tr("site is {distance} m from {layer}, rule limit {limit} m"),
    ]
