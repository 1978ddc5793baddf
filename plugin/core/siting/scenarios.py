"""Where a site may lie in a unit, as the rules see it: spatial atoms, site states and scenarios.

An atom is one spatial question of a rule ("within 1000 m of river_bank"). For one unit and one
queried layer, the coverage of the unit by the layer and by its distance bands says which site
states are possible (inside the layer, across its edge, outside within a band, beyond every
band); each state is a synthetic LayerRelation the evaluator reads like an overlay result.
A scenario picks one state per layer; the rules are evaluated once per distinct scenario and
unit signature (cached), so tens of thousands of units cost a handful of evaluations.
"""

import itertools
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Tuple

from ..model.project import ProjectDescription
from ..model.results import FILTER_PROBLEM, Finding, LayerRelation, SpatialQuery
from ..model.verdicts import Status
from ..overlay.relations import UNKNOWN
from ..review.evaluation import evaluate_rule, evaluate_unit
from ..rules.conditions import Context
from ..rules.ruleset import Rule, RuleSet, UnitContext, code_key
from ..rules.spatial_reasons import NOT_OVERLAPPING
from .zones import ALL, NONE, PART, ZERO

INSIDE = "inside"
OVERLAPPING = "overlapping"
OUTSIDE = "outside"


@dataclass(frozen=True)
class Atom:
    """One spatial question: how a site stands to a queried layer (relation, distance)."""

    query: SpatialQuery
    relation: str
    distance_m: Optional[float] = None


@dataclass(frozen=True)
class SiteState:
    """One possible position of a site towards a queried layer."""

    id: str
    relation: str
    distance_m: Optional[float] = None
    bound: bool = True
    problem: str = ""  # why the position is unknown although the layer is bound (LayerRelation.problem)

    @property
    def known(self) -> bool:
        """Whether the state says where the site lies: the layer is bound and usable."""
        return self.bound and not self.problem

    def layer_relation(self, query: SpatialQuery) -> LayerRelation:
        """The relation the evaluator sees (overlap area 0: reasons get the unit's area later)."""
        return LayerRelation(layer=query.layer, where=query.where, distance_m=self.distance_m,
                             relation=self.relation, overlap_m2=0.0, bound=self.bound, problem=self.problem)


UNBOUND = SiteState("unbound", OUTSIDE, bound=False)
UNKNOWN_FILTER = SiteState("unknown", UNKNOWN, problem=FILTER_PROBLEM)  # the query's filter does not fit its layer


def unknown_state(problem: str) -> SiteState:
    """The one state of a site towards a bound layer whose position is unknown for ``problem``."""
    return UNKNOWN_FILTER if problem == FILTER_PROBLEM else SiteState(f"unknown:{problem}", UNKNOWN, problem=problem)


FAR = SiteState("beyond", OUTSIDE, None)
VERDICT_CLASS = {Status.CONFLICT: 2, Status.NEEDS_INFO: 1, Status.MANUAL_CHECK: 1}


@dataclass
class KeyCoverage:
    """How much of a unit a queried layer covers (its overlap in m², computed when called), and
    each of its distance bands."""

    base: str = NONE
    polygonal: bool = True
    overlap_m2: Callable[[], float] = ZERO
    bands: Dict[float, str] = field(default_factory=dict)


def rule_atoms(rule: Rule) -> List[Atom]:
    """The spatial atoms of a rule, without repeats, in order of appearance."""
    found: List[Atom] = []
    for condition in rule.conditions():
        if condition.kind == "spatial":
            atom = Atom(SpatialQuery(condition.name, condition.where), condition.relation,
                        condition.distance_m if condition.relation == "within" else None)
            if atom not in found:
                found.append(atom)
    return found


def atom_truth(atom: Atom, state: SiteState) -> bool:
    """The value of the atom for a site in ``state`` (as conditions.py would compute it)."""
    overlapping = state.relation not in NOT_OVERLAPPING
    if atom.relation == "within":
        return state.distance_m is not None and state.distance_m <= (atom.distance_m or 0.0)
    if atom.relation == "inside":
        return state.relation == INSIDE
    return overlapping if atom.relation == "overlaps" else not overlapping


def thresholds(atoms: List[Atom]) -> List[float]:
    """The distinct distances of a layer's 'within' atoms, ascending."""
    return sorted({float(a.distance_m) for a in atoms if a.relation == "within" and a.distance_m is not None})


def site_states(coverage: KeyCoverage, atoms: List[Atom]) -> List[SiteState]:
    """The distinguishable states a site in the unit can take towards one layer."""
    states: List[SiteState] = []
    if coverage.base != NONE:
        if coverage.polygonal:
            states.append(SiteState(INSIDE, INSIDE, 0.0))
        if coverage.base == PART:
            states.append(SiteState(OVERLAPPING, OVERLAPPING, 0.0))
    if coverage.base != ALL or not coverage.polygonal:
        states.extend(_outside_states(coverage, thresholds(atoms)))
    return _distinct(states, atoms)


def _outside_states(coverage: KeyCoverage, limits: List[float]) -> List[SiteState]:
    """Outside the layer: one state per reachable distance band, and beyond the last one."""
    states = []
    lower = coverage.base if coverage.polygonal else NONE
    for limit in limits:
        band = coverage.bands.get(limit, NONE)
        if band != NONE and lower != ALL:
            states.append(SiteState(f"band:{limit:g}", OUTSIDE, limit))
        lower = band
    if lower != ALL:
        states.append(SiteState("beyond", OUTSIDE, None))
    return states


def _distinct(states: List[SiteState], atoms: List[Atom]) -> List[SiteState]:
    """The first state of each distinct truth pattern over the atoms."""
    seen, out = set(), []
    for state in states:
        pattern = tuple(atom_truth(atom, state) for atom in atoms)
        if pattern not in seen:
            seen.add(pattern)
            out.append(state)
    return out


Scenario = Tuple[Tuple[str, SiteState], ...]


def scenarios(states: Dict[str, List[SiteState]]) -> List[Scenario]:
    """Every combination of one state per queried layer (keys sorted)."""
    keys = sorted(states)
    return [tuple(zip(keys, combo)) for combo in itertools.product(*(states[k] for k in keys))]


def scenario_count(states: Dict[str, List[SiteState]]) -> int:
    """How many scenarios ``scenarios(states)`` would produce."""
    count = 1
    for options in states.values():
        count *= max(1, len(options))
    return count


class ScenarioEvaluator:
    """Evaluates the rules of a unit for one scenario, caching by unit signature and scenario."""

    def __init__(self, ruleset: RuleSet, project: ProjectDescription):
        self.ruleset = ruleset
        self.project = project
        self.unit_codes = {code_key(code) for code in ruleset.unit_codes()}
        self.unit_fields = ruleset.unit_fields()
        self.queries = {q.key: q for q in ruleset.spatial_queries()}
        self._cache: Dict[Any, List[Finding]] = {}
        self.evaluations = 0

    def signature(self, unit: UnitContext) -> Tuple[Any, ...]:
        """What, besides the scenario, the evaluation of a unit depends on."""
        code = code_key(unit.code) if code_key(unit.code) in self.unit_codes else ""
        values = tuple(str(unit.attributes.get(name)) for name in self.unit_fields)
        return (unit.category, code, values, self.ruleset.scope_key(unit))

    def findings(self, unit: UnitContext, scenario: Scenario) -> List[Finding]:
        """The rule findings (not the prose ones) for a unit in one scenario; do not modify them."""
        key = (self.signature(unit), tuple((k, s.id) for k, s in scenario))
        found = self._cache.get(key)
        if found is None:
            relations = {k: state.layer_relation(self.queries[k]) for k, state in scenario}
            bare = UnitContext(unit.code, unit.name, unit.category, unit.attributes, {})
            found = evaluate_unit(self.ruleset, bare, self.project, relations)
            self._cache[key] = found
            self.evaluations += 1
        return found

    def applicable_atoms(self, unit: UnitContext) -> Tuple[Dict[str, List[Atom]], List[str]]:
        """The atoms of the rules applying to the unit by query key, and the keys whose site
        state can change some rule's verdict class (only those need classifying)."""
        rules = [r for r in self.ruleset.rules_for(unit) if rule_atoms(r)]
        out: Dict[str, List[Atom]] = {}
        for rule in rules:
            for atom in rule_atoms(rule):
                bucket = out.setdefault(atom.query.key, [])
                if atom not in bucket:
                    bucket.append(atom)
        generic = {key: site_states(KeyCoverage(PART, True, ZERO, {d: PART for d in thresholds(atoms)}), atoms)
                   for key, atoms in out.items()}
        relevant = {key for rule in rules if self._varies(rule, unit, generic) for key in _keys(rule)}
        return out, sorted(relevant)

    def _varies(self, rule: Rule, unit: UnitContext, generic: Dict[str, List[SiteState]]) -> bool:
        """True when the rule's verdict class differs between positions of the site."""
        bare = UnitContext(unit.code, unit.name, unit.category, unit.attributes, {})
        classes = set()
        for scenario in scenarios({key: generic[key] for key in _keys(rule)}):
            relations = {k: state.layer_relation(self.queries[k]) for k, state in scenario}
            finding = evaluate_rule(rule, Context(self.ruleset, bare, self.project, relations))
            classes.add(VERDICT_CLASS.get(finding.status, 0))
        return len(classes) > 1


def _keys(rule: Rule) -> List[str]:
    """The query keys a rule asks about."""
    return sorted({atom.query.key for atom in rule_atoms(rule)})
