"""The siting verdict of one unit from the findings of every scenario, and the deciding clauses.

One verdict for all scenarios → that verdict. Different verdicts → needs_study, and each rule
whose outcome changes with the site's position is explained by the zone where it bites
("part of this unit lies within 1000 m of river_bank, where rule G-SL-03 prohibits the project").
"""

from dataclasses import dataclass, field
from typing import Callable, Dict, List, Mapping, Optional, Tuple, Union

from ...i18n import tr
from ..model.results import Finding, Reason, Words
from ..model.verdicts import Status, Verdict
from ..review.cause_phrases import metres
from ..review.cut_text import CUT_REASON
from ..review.evaluation import unit_verdict
from .scenarios import Atom, Scenario, atom_truth

SEVERITY = {Status.CONFLICT: 3, Status.NEEDS_INFO: 2, Status.MANUAL_CHECK: 1}
COUNTED = (Status.CONFLICT, Status.NEEDS_INFO, Status.MANUAL_CHECK)
DECIDING = {
    Verdict.NON_COMPLIANT: (Status.CONFLICT,),
    Verdict.NEEDS_STUDY: COUNTED,
    Verdict.COMPLIANT: (),
}

Condition = Tuple[Atom, bool]
Area = Union[float, Callable[[], float]]


@dataclass
class ZoneRequest:
    """Where in the unit a rule reaches ``status``: every condition holds there."""

    rule_id: str
    status: str
    conditions: List[Condition]
    reason: Reason


@dataclass
class Decision:
    """A unit's screen verdict, its deciding reasons and rule ids, counts and zones to draw."""

    verdict: str
    reasons: List[Reason] = field(default_factory=list)
    rule_ids: List[str] = field(default_factory=list)
    counts: Dict[str, int] = field(default_factory=dict)
    zones: List[ZoneRequest] = field(default_factory=list)


def reason_templates() -> List[str]:
    """The sentences this module puts into results (listed for the string extractor)."""
    return [
        tr("{rule}: {reason}"),
        tr("Part of this unit lies {zone}, where rule {rule} prohibits the project."),
        tr("Part of this unit lies {zone}, where rule {rule} needs more information or a check by hand."),
        tr("Whether rule {rule} bites depends on where in this unit the site lies."),
        tr("No applicable clause conflicts or needs information, wherever the site lies in this unit."),
        tr("within {distance} m of {layer}"),
        tr("more than {distance} m from {layer}"),
        tr("in {layer}"),
        tr("outside {layer}"),
        tr("not wholly inside {layer}"),
        tr("{first} and {second}"),
    ]


def zone_phrase(atom: Atom, truth: bool, layer: Words) -> Reason:
    """The zone where the atom has value ``truth``, in words (``layer``: its layer as the clauses name it)."""
    if atom.relation == "within":
        template = "within {distance} m of {layer}" if truth else "more than {distance} m from {layer}"
        return Reason(template, {"distance": metres(atom.distance_m), "layer": layer})
    if atom.relation == "inside":
        return Reason("in {layer}" if truth else "not wholly inside {layer}", {"layer": layer})
    inside = truth if atom.relation == "overlaps" else not truth
    return Reason("in {layer}" if inside else "outside {layer}", {"layer": layer})


def joined(phrases: List[Reason]) -> Reason:
    """Phrases joined with 'and'."""
    out = phrases[0]
    for phrase in phrases[1:]:
        out = Reason("{first} and {second}", {"first": out, "second": phrase})
    return out


def decide(runs: List[Tuple[Scenario, List[Finding]]], prose: List[Finding],
           atoms: Dict[str, List[Atom]], areas: Mapping[str, Area], words: Mapping[str, Words]) -> Decision:
    """The verdict over all scenarios (``atoms``: each rule's spatial atoms by rule id;
    ``areas``: the unit's overlap with each queried layer, m², or a callable giving it, by query key;
    ``words``: the layer's words as its clauses' reasons name it, by query key)."""
    verdicts = {unit_verdict(list(found) + prose) for _scenario, found in runs}
    verdict = verdicts.pop() if len(verdicts) == 1 else Verdict.NEEDS_STUDY
    table = _status_table(runs, prose)
    decision = Decision(verdict, counts={s: sum(1 for _f, st in table.values() if s in st) for s in COUNTED})
    chosen = _deciding_rules(table, verdict)
    for rule_id in chosen:
        finding, statuses = table[rule_id]
        if len(set(statuses)) == 1:
            decision.reasons.append(Reason("{rule}: {reason}", {"rule": rule_id,
                                                                "reason": _said(finding, areas, words)}))
        else:
            _explain_varying(decision, rule_id, statuses, runs, atoms.get(rule_id, []), words)
        decision.rule_ids.append(rule_id)
    if not decision.reasons:
        decision.reasons.append(Reason(
            "No applicable clause conflicts or needs information, wherever the site lies in this unit."))
    return decision


def _said(finding: Finding, areas: Mapping[str, Area], words: Mapping[str, Words]) -> Union[Reason, List[Reason]]:
    """What the screen says of a clause: its first reason, and that its unit's text may have been cut off when the
    finding says so (``review/cut_text``), as the review and the notes say it."""
    first = _with_area(finding.reasons[0], areas, words) if finding.reasons else Reason("")
    return [first, CUT_REASON] if CUT_REASON in finding.reasons[1:] else first


def _with_area(reason: Reason, areas: Mapping[str, Area], words: Mapping[str, Words]) -> Reason:
    """The reason with its overlap {area} set to the unit's overlap with that {layer} (its words name one query:
    two layers that share a label are named apart, ``condition_words.filter_words``)."""
    if "area" not in reason.values:
        return reason
    keys = [key for key, said in words.items() if said == reason.values.get("layer") and key in areas]
    if len(keys) != 1:
        return reason
    area = areas[keys[0]]
    return Reason(reason.template, dict(reason.values, area=round(area() if callable(area) else area)))


def _status_table(runs, prose: List[Finding]) -> Dict[str, Tuple[Finding, List[str]]]:
    """Per rule id: its first finding and its status in each scenario, in findings order."""
    table: Dict[str, Tuple[Finding, List[str]]] = {}
    for _scenario, found in runs:
        for finding in list(found) + prose:
            entry = table.setdefault(finding.rule_id, (finding, []))
            entry[1].append(finding.status)
    return table


def _deciding_rules(table, verdict: str) -> List[str]:
    """Rules whose statuses decide the verdict; for non_compliant, the constant conflicts first."""
    statuses = DECIDING[verdict]
    chosen = [rule for rule, (_f, st) in table.items() if any(s in statuses for s in st)]
    if verdict == Verdict.NON_COMPLIANT:
        constant = [rule for rule in chosen if all(s == Status.CONFLICT for s in table[rule][1])]
        return constant or chosen
    return chosen


def _explain_varying(decision: Decision, rule_id: str, statuses: List[str], runs,
                     atoms: List[Atom], words: Mapping[str, Words]) -> None:
    """Add the zone reason (and zone request) of a rule whose status depends on the position."""
    worst = max(statuses, key=lambda s: SEVERITY.get(s, 0))
    where = [i for i, s in enumerate(statuses) if s == worst]
    conditions = _conditions(atoms, [runs[i][0] for i in where], [r[0] for r in runs])
    if not conditions:
        unknown = _unknown_said(rule_id, [runs[i] for i in where]) if worst == Status.NEEDS_INFO else None
        decision.reasons.append(unknown or Reason(
            "Whether rule {rule} bites depends on where in this unit the site lies.", {"rule": rule_id}))
        return
    template = ("Part of this unit lies {zone}, where rule {rule} prohibits the project."
                if worst == Status.CONFLICT else
                "Part of this unit lies {zone}, where rule {rule} needs more information or a check by hand.")
    zone = joined([zone_phrase(a, t, words[a.query.key]) for a, t in conditions])
    reason = Reason(template, {"zone": zone, "rule": rule_id})
    decision.reasons.append(reason)
    decision.zones.append(ZoneRequest(rule_id, worst, conditions, reason))


def _unknown_said(rule_id: str, worst) -> Optional[Reason]:
    """The reason of a rule that needs information where the site's position to a bound layer is unknown (a layer
    joined by a ballpark offset, near its features), as the finding there says it; None when no such scenario."""
    for scenario, found in worst:
        if any(state.bound and not state.known for _key, state in scenario):
            finding = next((f for f in found if f.rule_id == rule_id and f.reasons), None)
            if finding is not None:
                return Reason("{rule}: {reason}", {"rule": rule_id, "reason": finding.reasons[0]})
    return None


def _conditions(atoms: List[Atom], worst: List[Scenario], every: List[Scenario]) -> List[Condition]:
    """Atoms with one value in every worst scenario but not in all scenarios: where the rule bites."""
    found = []
    for atom in atoms:
        values = {_truth(atom, scenario) for scenario in worst}
        overall = {_truth(atom, scenario) for scenario in every}
        if len(values) == 1 and None not in values and len(overall) > 1:
            found.append((atom, values.pop()))
    return found


def _truth(atom: Atom, scenario: Scenario) -> Optional[bool]:
    """The atom's value in a scenario (None when its layer is not in the scenario, unbound or unusable)."""
    for key, state in scenario:
        if key == atom.query.key:
            return atom_truth(atom, state) if state.known else None
    return None
