"""What a deciding finding points at on the notes' map: the layers its clause measures the site by, and why.

``causes.py`` gives every spatial condition of a clause (the dock shows them all for a selected finding);
this module tells, for the findings that decide a verdict, which of them explain it, and how:

- a *band*: the clause asks whether a layer lies within a distance of the site (禁止在河流岸线1公里范围内…);
  the map shows the layer's features grown by that distance;
- a *required zone*: the clause requires the site to lie inside a layer (…应进入合规设立的工业园区, or
  a prohibition outside it); when the site is not inside, the map shows the nearest parts of that layer;
- a *prohibited* or *restricted zone*: a prohibition or restriction inside a layer (生态保护红线内禁止…)
  the site overlaps; the map shows the layer's features (matching the clause's filter) there.

Pure: rules and relations in, ``DecidingCause`` values out. ``cause_shapes`` makes their geometries.
"""

from dataclasses import dataclass
from typing import Dict, Iterator, List, Optional, Tuple

from ..model.results import Finding, LayerRelation, SiteReview, SpatialQuery
from ..rules.ruleset import Condition, Rule, RuleSet
from .site_review import deciding_findings

BAND = "band"
REQUIRED = "required"
PROHIBITED = "prohibited"  # a zone the clause prohibits the project in (the site overlaps it)
RESTRICTED = "restricted"  # a zone the clause restricts the project in (the site overlaps it)
POSITIVE_INSIDE = ("inside", "overlaps")  # a required zone when asked for (only_if) or not forbidden (when)
EFFECTS_FORBIDDING = ("prohibit", "restrict")  # effects whose ``when`` describes what is not allowed


@dataclass(frozen=True)
class DecidingCause:
    """A constraint layer (with its filter) a deciding clause measures the site by, and how."""

    kind: str  # BAND, REQUIRED, PROHIBITED or RESTRICTED
    layer: str
    where: str = ""
    distance_m: float = 0.0  # the band's width (BAND); 0 for a required zone

    @property
    def query(self) -> SpatialQuery:
        """The spatial query of the review that relates the site to this layer."""
        return SpatialQuery(self.layer, self.where)


def _spatial_nodes(condition: Condition, negated: bool = False) -> Iterator[Tuple[Condition, bool]]:
    """Every spatial node below ``condition`` with whether an odd number of 'not's encloses it."""
    if condition.kind == "spatial":
        yield condition, negated
    inner = not negated if condition.kind == "not" else negated
    for child in condition.children:
        yield from _spatial_nodes(child, inner)


def _required(node: Condition, negated: bool, wanted: bool) -> bool:
    """Whether a spatial node asks the site to be inside its layer: wanted inside (or, negated,
    not outside) in a condition that allows; forbidden outside (or not inside) in one that forbids."""
    if node.relation in POSITIVE_INSIDE:
        return negated != wanted
    if node.relation == "outside":
        return negated == wanted
    return False


def clause_causes(rule: Rule) -> List[DecidingCause]:
    """The bands, required zones and prohibited or restricted zones of one clause, in the order its
    conditions name them."""
    out: List[DecidingCause] = []
    roots = []
    if rule.when is not None:
        roots.append((rule.when, False))
    if rule.only_if is not None:
        roots.append((rule.only_if, True))
    for root, allowing in roots:
        for node, negated in _spatial_nodes(root):
            if node.relation == "within" and node.distance_m and not allowing:
                cause = DecidingCause(BAND, node.name, node.where, float(node.distance_m))
            elif (allowing or rule.effect in EFFECTS_FORBIDDING) and _required(node, negated, allowing):
                cause = DecidingCause(REQUIRED, node.name, node.where)
            elif rule.effect in EFFECTS_FORBIDDING and _required(node, negated, True):  # forbidden inside
                cause = DecidingCause(PROHIBITED if rule.effect == "prohibit" else RESTRICTED, node.name, node.where)
            else:
                continue
            if cause not in out:
                out.append(cause)
    return out


def finding_causes(finding: Finding, ruleset: Optional[RuleSet],
                   relations: Dict[str, LayerRelation]) -> List[DecidingCause]:
    """The causes of one finding that explain it: its clause's bands, the zones it requires that the
    site is not (wholly) inside, the zones it forbids that the site meets (none on a layer whose filter or
    CRS could not be used); [] without the rule set or rule."""
    if ruleset is None:
        return []
    rule = next((r for r in ruleset.rules if r.id == finding.rule_id), None)
    if rule is None:
        return []
    out = []
    for cause in clause_causes(rule):
        relation = relations.get(cause.query.key)
        if relation is not None and relation.problem:
            continue  # the layer's filter or CRS cannot be used: the map has nothing to show of it
        if cause.kind == REQUIRED and (relation is None or not relation.bound or relation.relation == "inside"):
            continue
        if cause.kind in (PROHIBITED, RESTRICTED) and (relation is None or not relation.bound
                                                       or relation.relation == "outside"):
            continue
        out.append(cause)
    return out


def review_causes(review: SiteReview, ruleset: Optional[RuleSet]) -> List[DecidingCause]:
    """The causes of every deciding finding of a review, without repeats, in the findings' order."""
    out: List[DecidingCause] = []
    for finding in deciding_findings(review):
        for cause in finding_causes(finding, ruleset, review.overlay.relations):
            if cause not in out:
                out.append(cause)
    return out
