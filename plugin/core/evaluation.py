"""Evaluate one project against the rules that apply to one unit; unit and site verdicts."""

from typing import Any, Dict, Iterable, List, Optional, Tuple, Union

from ..i18n import tr
from .conditions import Context, Outcome, evaluate
from .project import ProjectDescription
from .results import Finding, LayerRelation, Reason, SpatialQuery
from .ruleset import Rule, RuleSet, UnitContext
from .vocab import DIMENSIONS, LEVELS

STUDY_STATUSES = ("needs_info", "manual_check")


UNIT_KINDS = ("unit_attribute",)
_RULE_INPUTS: Dict[int, Tuple[Rule, bool, Tuple[str, ...]]] = {}


def rule_inputs(rule: Rule) -> Tuple[bool, Tuple[str, ...]]:
    """Whether a rule reads the unit's attributes, and the keys of the relations it reads."""
    found = _RULE_INPUTS.get(id(rule))
    if found is None or found[0] is not rule:
        conditions = rule.conditions()
        queries = tuple(sorted({SpatialQuery(c.name, c.where).key for c in conditions if c.kind == "spatial"}))
        found = (rule, any(c.kind in UNIT_KINDS for c in conditions), queries)
        _RULE_INPUTS[id(rule)] = found
    return found[1], found[2]


def _project_key(project: ProjectDescription) -> Any:
    """What conditions read of a project, hashable and type-exact (a fresh token when it cannot be)."""
    try:
        key = (type(project.industry), project.industry, type(project.construction), project.construction,
               type(project.catalogue), project.catalogue,
               tuple(sorted((k, type(v), v) for k, v in project.attributes.items())))
        hash(key)
    except TypeError:
        return object()
    return key


class FindingMemo:
    """Findings of rules that do not read the unit, kept by what they read (project, relations).

    One memo serves a whole batch: sites with the same project and the same relations to a rule's
    layers get that rule's finding without evaluating it again (as a fresh copy).
    """

    LIMIT = 20_000  # findings kept; past that the memo starts afresh (bounds memory)

    def __init__(self) -> None:
        self.found: Dict[Any, Finding] = {}
        self._project: Any = None
        self._relations: Dict[str, Any] = {}

    def site(self, project: ProjectDescription, relations: Dict[str, LayerRelation]) -> "FindingMemo":
        """Set the project and relations the next findings are evaluated with."""
        if len(self.found) > self.LIMIT:
            self.found = {}
        self._project = _project_key(project)
        self._relations = {key: (r.layer, r.where, r.relation, r.overlap_m2, r.distance_m, r.bound)
                           for key, r in relations.items()}
        return self

    def finding(self, rule: Rule, ctx: Context) -> Finding:
        """The rule's finding for the current site."""
        unit_bound, queries = rule_inputs(rule)
        if unit_bound:
            return evaluate_rule(rule, ctx)
        key = (id(rule), rule.id, self._project, tuple(self._relations.get(q) for q in queries))
        found = self.found.get(key)
        if found is None:
            found = self.found[key] = evaluate_rule(rule, ctx)
        fresh = Finding.__new__(Finding)  # a shallow copy, quicker than copy.copy on this hot path
        fresh.__dict__.update(found.__dict__)
        fresh.reasons, fresh.missing = list(found.reasons), list(found.missing)
        fresh.memo_origin = found  # not a field: lets writers reuse what they made of the original
        return fresh


def evaluate_unit(
    ruleset: RuleSet, unit: UnitContext, project: ProjectDescription, relations: Dict[str, LayerRelation],
    memo: Optional[FindingMemo] = None,
) -> List[Finding]:
    """Findings of every applicable rule and prose field, ordered by level then rule id.

    ``memo`` (set up with ``memo.site(project, relations)``) evaluates each rule that does not read
    the unit once per distinct project and relations rather than once per unit.
    """
    ctx = Context(ruleset, unit, project, relations)
    if memo is None:
        findings = [evaluate_rule(rule, ctx) for rule in ruleset.rules_for(unit)]
    else:
        findings = [memo.finding(rule, ctx) for rule in ruleset.rules_for(unit)]
    findings += prose_findings(unit)
    findings.sort(key=lambda f: (LEVELS.index(f.level), f.rule_id))
    _mark_decisive(findings)
    return findings


def prose_findings(unit: UnitContext) -> List[Finding]:
    """One manual_check finding per non-empty prose field of the unit layer."""
    found = []
    for dimension in DIMENSIONS:
        text = (unit.prose.get(dimension) or "").strip()
        if text:
            found.append(
                Finding(
                    rule_id=f"{unit.code}:{dimension}",
                    level="unit",
                    dimension=dimension,
                    effect="text",
                    status="manual_check",
                    text_zh=text,
                    reasons=[Reason("requirement from the unit layer's own text: check by hand")],
                )
            )
    return found


def evaluate_rule(rule: Rule, ctx: Context) -> Finding:
    """The finding of one rule."""
    status, reasons, missing = _status(rule, ctx)
    return Finding(
        rule_id=rule.id,
        level=rule.level,
        dimension=rule.dimension,
        effect=rule.effect,
        status=status,
        text_zh=rule.text_zh,
        text_en=rule.text_en,
        basis=rule.basis,
        reasons=_unique(reasons),
        missing=sorted(set(missing)),
    )


def _unique(reasons: List[Reason]) -> List[Reason]:
    """The reasons in order, each said once."""
    out: List[Reason] = []
    for reason in reasons:
        if reason not in out:
            out.append(reason)
    return out


def _status(rule: Rule, ctx: Context) -> tuple:
    when = evaluate(rule.when, ctx) if rule.when is not None else Outcome(True)
    if when.value is False:
        return "not_applicable", when.reasons, []
    exception = _exception(rule, ctx)
    if exception is not None and exception.value:
        return "exempted", when.reasons + [Reason("an exception applies")] + exception.reasons, []
    if when.value is None:
        return "needs_info", when.reasons, when.missing
    if exception is not None and exception.value is None:
        reasons = when.reasons + [Reason("an exception may apply")] + exception.reasons
        return "needs_info", reasons, exception.missing
    return _effect_status(rule, ctx, when)


def _exception(rule: Rule, ctx: Context) -> Optional[Outcome]:
    if not rule.exceptions:
        return None
    outcomes = [evaluate(e, ctx) for e in rule.exceptions]
    for outcome in outcomes:
        if outcome.value:
            return outcome
    unknown = [o for o in outcomes if o.value is None]
    if unknown:
        return Outcome(None, [r for o in unknown for r in o.reasons], sorted({m for o in unknown for m in o.missing}))
    return Outcome(False)


def _effect_status(rule: Rule, ctx: Context, when: Outcome) -> tuple:
    if rule.effect == "prohibit":
        return "conflict", when.reasons + [Reason("the rule prohibits this")], []
    if rule.effect == "require":
        return "requirement", when.reasons + [Reason("the project must meet this duty")], []
    if rule.effect == "allow":
        return "allowed", when.reasons + [Reason("the rule allows this")], []
    if rule.effect == "text":
        return "manual_check", [Reason("text-only rule: check by hand")], []
    return _restrict_status(rule, ctx, when)


def _restrict_status(rule: Rule, ctx: Context, when: Outcome) -> tuple:
    if rule.only_if is None:
        return (
            "manual_check",
            when.reasons + [Reason("restricted: show by hand that the stated conditions are met")],
            [],
        )
    condition = evaluate(rule.only_if, ctx)
    if condition.value is None:
        reasons = when.reasons + [Reason("restricted: allowed only if")] + condition.reasons
        return "needs_info", reasons, condition.missing
    if condition.value:
        return (
            "allowed",
            when.reasons + [Reason("restricted, and the conditions for allowing it are met")] + condition.reasons,
            [],
        )
    return (
        "conflict",
        when.reasons + [Reason("restricted, and the conditions for allowing it are not met")] + condition.reasons,
        [],
    )


def unit_verdict(findings: Iterable[Finding]) -> str:
    """non_compliant if any conflict; needs_study if any needs_info or manual_check; else compliant."""
    statuses = {f.status for f in findings}
    if "conflict" in statuses:
        return "non_compliant"
    if statuses & set(STUDY_STATUSES):
        return "needs_study"
    return "compliant"


def site_verdict(items: Iterable[Union[str, Finding]]) -> str:
    """The worst of unit verdicts (or of the verdict of findings); needs_study when there is none."""
    items = list(items)
    if not items:
        return "needs_study"
    findings = [i for i in items if isinstance(i, Finding)]
    verdicts = {i for i in items if isinstance(i, str)}
    if findings:
        verdicts.add(unit_verdict(findings))
    for verdict in ("non_compliant", "needs_study"):
        if verdict in verdicts:
            return verdict
    return "compliant"


def _mark_decisive(findings: List[Finding]) -> None:
    verdict = unit_verdict(findings)
    decisive = {"non_compliant": ("conflict",), "needs_study": STUDY_STATUSES}.get(verdict, ())
    for finding in findings:
        finding.decisive = finding.status in decisive


def reason_templates() -> List[str]:
    """Every reason template of this module, for the string extractor."""
    return [
        tr("requirement from the unit layer's own text: check by hand"),
        tr("an exception applies"),
        tr("an exception may apply"),
        tr("the rule prohibits this"),
        tr("the project must meet this duty"),
        tr("the rule allows this"),
        tr("text-only rule: check by hand"),
        tr("restricted: show by hand that the stated conditions are met"),
        tr("restricted: allowed only if"),
        tr("restricted, and the conditions for allowing it are met"),
        tr("restricted, and the conditions for allowing it are not met"),
    ]
