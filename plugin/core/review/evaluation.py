"""Evaluate one project against the rules that apply to one unit; unit and site verdicts."""

from typing import Any, Dict, Iterable, List, Optional, Tuple, Union

from ...i18n import tr
from ..model.project import ProjectDescription
from ..model.results import Finding, LayerRelation, Reason, SpatialQuery
from ..model.verdicts import STUDY_STATUSES, Status, Verdict, verdict_of, worst
from ..model.vocab import DIMENSIONS, LEVELS
from ..rules.conditions import Context, Outcome, evaluate
from ..rules.readings import blank, input_findings, project_problems
from ..rules.ruleset import Rule, RuleSet, UnitContext, code_key
from .coverage import uncovered_finding, unnamed_finding
from .cut_text import CUT_REASON

DECISIVE_STATUSES = {Verdict.NON_COMPLIANT: (Status.CONFLICT,), Verdict.NEEDS_STUDY: STUDY_STATUSES}  # by verdict


UNIT_KINDS = ("unit_attribute",)
_RULE_INPUTS: Dict[int, Tuple[Rule, Tuple[str, ...], Tuple[str, ...]]] = {}


def rule_reads(rule: Rule) -> Tuple[Tuple[str, ...], Tuple[str, ...]]:
    """The unit attributes a rule reads, and the keys of the relations it reads."""
    found = _RULE_INPUTS.get(id(rule))
    if found is None or found[0] is not rule:
        conditions = rule.conditions()
        queries = tuple(sorted({SpatialQuery(c.name, c.where).key for c in conditions if c.kind == "spatial"}))
        fields = tuple(sorted({c.name for c in conditions if c.kind in UNIT_KINDS}))
        found = (rule, fields, queries)
        _RULE_INPUTS[id(rule)] = found
    return found[1], found[2]


def rule_inputs(rule: Rule) -> Tuple[bool, Tuple[str, ...]]:
    """Whether a rule reads the unit's attributes, and the keys of the relations it reads."""
    fields, queries = rule_reads(rule)
    return bool(fields), queries


def _project_key(project: ProjectDescription) -> Any:
    """What conditions read of a project, hashable and type-exact (a fresh token when it cannot be)."""
    try:
        key = (type(project.industry), project.industry, type(project.construction), project.construction,
               type(project.catalogue), project.catalogue, project.catalogue_unknown,
               tuple(sorted((k, type(v), v) for k, v in project.attributes.items())))
        hash(key)
    except TypeError:
        return object()
    return key


def _clone(finding: Finding) -> Finding:
    """A shallow copy with lists of its own (quicker than copy.copy on this hot path)."""
    fresh = Finding.__new__(Finding)
    fresh.__dict__.update(finding.__dict__)
    fresh.reasons, fresh.missing = list(finding.reasons), list(finding.missing)
    return fresh


def _joint_reads(rules: List[Rule]) -> Tuple[Tuple[str, ...], Tuple[str, ...]]:
    """The unit attributes and the relation keys that any of ``rules`` reads, sorted."""
    fields: set = set()
    queries: set = set()
    for rule in rules:
        read_fields, read_queries = rule_reads(rule)
        fields.update(read_fields)
        queries.update(read_queries)
    return tuple(sorted(fields)), tuple(sorted(queries))


def _copy(found: Finding, decisive: Optional[bool] = None) -> Finding:
    """A fresh shallow copy of a memoised finding, marked with its origin (and decisive flag, if given)."""
    fresh = _clone(found)
    fresh.memo_origin = found  # not a field: lets writers reuse what they made of the original
    if decisive is not None:
        fresh.decisive = decisive
    return fresh


class FindingMemo:
    """Findings kept by everything they read (project, relations, unit attributes), for a batch.

    Sites with the same project and the same relations to a rule's layers get that rule's finding
    without evaluating it again; units with the same applicable rules and the same values of the
    attributes those rules read get the whole list of rule findings at once, shared.
    """

    LIMIT = 20_000  # findings (and lists) kept; past that the memo starts afresh (bounds memory)

    def __init__(self) -> None:
        self.found: Dict[Any, Finding] = {}
        self.lists: Dict[Any, Tuple[List[Finding], set]] = {}  # shared marked findings, their statuses
        self._reads: Dict[Tuple[int, ...], Tuple[List[Rule], Tuple[str, ...], Tuple[str, ...]]] = {}
        self._applicable: Dict[Any, Tuple[RuleSet, List[Rule]]] = {}
        self._named: Dict[int, Tuple[RuleSet, set]] = {}
        self._project: Any = None
        self._relations: Dict[str, Any] = {}
        self._problems: Dict[Any, Tuple[RuleSet, list]] = {}  # inputs not understood, by rule set and project
        self._copies: Dict[Tuple[int, bool], Tuple[Finding, Finding]] = {}  # marked copies, by finding and flag

    def site(self, project: ProjectDescription, relations: Dict[str, LayerRelation]) -> "FindingMemo":
        """Set the project and relations the next findings are evaluated with."""
        if max(len(self.found), len(self.lists), len(self._applicable), len(self._problems),
               len(self._copies)) > self.LIMIT:
            self.found, self.lists, self._applicable, self._problems, self._copies = {}, {}, {}, {}, {}
        self._project = _project_key(project)
        self._relations = {key: (r.layer, r.where, r.relation, r.overlap_m2, r.distance_m, r.bound, r.problem,
                                 r.sliver_m2, r.sliver_limit_m2, r.outside_m2, r.lines, r.line_m, r.points)
                           for key, r in relations.items()}
        return self

    def rules_for(self, ruleset: RuleSet, unit: UnitContext) -> List[Rule]:
        """``ruleset.rules_for(unit)``, found once per category (and code, where unit-level rules name it)."""
        named = self._named.get(id(ruleset))
        if named is None or named[0] is not ruleset:
            named = self._named[id(ruleset)] = (ruleset, {code_key(code) for code in ruleset.unit_codes()})
        code = code_key(unit.code)
        key = (id(ruleset), unit.category, code if code in named[1] else None, ruleset.scope_key(unit))
        entry = self._applicable.get(key)
        if entry is None or entry[0] is not ruleset:
            entry = self._applicable[key] = (ruleset, ruleset.rules_for(unit))
        return entry[1]

    def input_findings(self, ruleset: RuleSet, unit: UnitContext, project: ProjectDescription) -> List[Finding]:
        """``readings.input_findings``, the project's values read once per rule set and project."""
        key = (id(ruleset), self._project)
        entry = self._problems.get(key)
        if entry is None or entry[0] is not ruleset:
            entry = self._problems[key] = (ruleset, project_problems(ruleset, project))
        return input_findings(ruleset, unit, project, entry[1])

    def unit_findings(self, rules: List[Rule], ctx: Context, prose: List[Finding]) -> List[Finding]:
        """The unit's findings (``rules`` then ``prose``: the unit's own texts and its input findings),
        ordered and marked decisive.

        The rule findings are shared with every unit and site that has the same list: read them,
        never change them. Their decisive flags follow from their own statuses alone (prose adds
        manual checks and needs information, which change the unit verdict only where no rule
        finding is decisive, and a conflict stays decisive beside them).
        """
        key = self._list_key(rules, ctx.unit)
        entry = self.lists.get(key) if key is not None else None
        if entry is None:
            found = [self.finding(rule, ctx) for rule in rules]
            if key is None:
                return ordered_and_marked([_copy(f) for f in found] + prose)
            statuses = {f.status for f in found}
            decisive = decisive_statuses(statuses)
            entry = self.lists[key] = ([self._marked(f, f.status in decisive) for f in found], statuses)
        shared, statuses = entry
        decisive = decisive_statuses(statuses | {f.status for f in prose})
        for finding in prose:
            finding.decisive = finding.status in decisive
        return sorted(shared + prose, key=_order)

    def _marked(self, found: Finding, decisive: bool) -> Finding:
        """The shared copy of a memoised finding with this decisive flag (one per finding and flag)."""
        key = (id(found), decisive)
        entry = self._copies.get(key)
        if entry is None or entry[0] is not found:
            entry = self._copies[key] = (found, _copy(found, decisive))
        return entry[1]

    def _list_key(self, rules: List[Rule], unit: UnitContext) -> Any:
        """What a list of rule findings depends on, hashable; None when a unit value is not hashable."""
        ids = tuple(id(rule) for rule in rules)
        reads = self._reads.get(ids)
        if reads is None:  # the entry keeps the rules alive, so their ids stay theirs
            reads = self._reads[ids] = (list(rules), *_joint_reads(rules))
        _rules, fields, queries = reads
        values = tuple((name, type(unit.attributes.get(name)), unit.attributes.get(name)) for name in fields)
        key = (ids, self._project, values, tuple(map(self._relations.get, queries)))
        try:
            hash(key)
        except TypeError:
            return None
        return key

    def finding(self, rule: Rule, ctx: Context) -> Finding:
        """The rule's finding for the current site (kept by the memo unless it reads the unit: never change it)."""
        unit_bound, queries = rule_inputs(rule)
        if unit_bound:
            return evaluate_rule(rule, ctx)
        key = (id(rule), rule.id, self._project, tuple(map(self._relations.get, queries)))
        found = self.found.get(key)
        if found is None:
            found = self.found[key] = evaluate_rule(rule, ctx)
        return found


def evaluate_unit(
    ruleset: RuleSet, unit: UnitContext, project: ProjectDescription, relations: Dict[str, LayerRelation],
    memo: Optional[FindingMemo] = None,
) -> List[Finding]:
    """Findings of every applicable rule, prose field and input not understood, by level then rule id.

    ``memo`` (set up with ``memo.site(project, relations)``) evaluates each rule that does not read
    the unit once per distinct project and relations rather than once per unit; its rule findings
    are then shared by the units and sites of the batch, so they are only to be read.
    """
    ctx = Context(ruleset, unit, project, relations)
    rules = memo.rules_for(ruleset, unit) if memo is not None else ruleset.rules_for(unit)
    uncovered = [] if ruleset.covers(unit) else [uncovered_finding(unit)]
    if not uncovered and not rules and ruleset.needs_unit_code() and not blank(unit.code):
        uncovered = [unnamed_finding(unit)]
    if memo is not None:
        extra = prose_findings(unit) + memo.input_findings(ruleset, unit, project) + uncovered
        return memo.unit_findings(rules, ctx, extra)
    findings = [evaluate_rule(rule, ctx) for rule in rules]
    return ordered_and_marked(findings + prose_findings(unit) + input_findings(ruleset, unit, project) + uncovered)


def _order(finding: Finding) -> Tuple[int, str]:
    """Findings are listed by level, then rule id."""
    return LEVELS.index(finding.level), finding.rule_id


def ordered_and_marked(findings: List[Finding]) -> List[Finding]:
    """The findings ordered by level then rule id, each marked decisive or not for the unit's verdict."""
    findings.sort(key=_order)
    _mark_decisive(findings)
    return findings


_PROSE_REASON = Reason("requirement from the unit layer's own text: check by hand")  # shared: never changed


def prose_findings(unit: UnitContext) -> List[Finding]:
    """One manual_check finding per non-empty prose field of the unit layer (saying when a Shapefile may have cut
    it)."""
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
                    status=Status.MANUAL_CHECK,
                    text_zh=text,
                    reasons=[_PROSE_REASON, CUT_REASON] if dimension in unit.cut else [_PROSE_REASON],
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
        source=rule.source,
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
        return Status.NOT_APPLICABLE, when.reasons, []
    exception = _exception(rule, ctx)
    if exception is not None and exception.value:
        return Status.EXEMPTED, when.reasons + [Reason("an exception applies")] + exception.reasons, []
    if when.value is None:
        return Status.NEEDS_INFO, when.reasons, when.missing
    if exception is not None and exception.value is None:
        reasons = when.reasons + [Reason("an exception may apply")] + exception.reasons
        return Status.NEEDS_INFO, reasons, exception.missing
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
        return Status.CONFLICT, when.reasons + [Reason("the rule prohibits this")], []
    if rule.effect == "require":
        return Status.REQUIREMENT, when.reasons + [Reason("the project must meet this duty")], []
    if rule.effect == "allow":
        return Status.ALLOWED, when.reasons + [Reason("the rule allows this")], []
    if rule.effect == "text":
        return Status.MANUAL_CHECK, [Reason("text-only rule: check by hand")], []
    return _restrict_status(rule, ctx, when)


def _restrict_status(rule: Rule, ctx: Context, when: Outcome) -> tuple:
    if rule.only_if is None:
        return (
            Status.MANUAL_CHECK,
            when.reasons + [Reason("restricted: show by hand that the stated conditions are met")],
            [],
        )
    condition = evaluate(rule.only_if, ctx)
    if condition.value is None:
        reasons = when.reasons + [Reason("restricted: allowed only if")] + condition.reasons
        return Status.NEEDS_INFO, reasons, condition.missing
    if condition.value:
        return (
            Status.ALLOWED,
            when.reasons + [Reason("restricted, and the conditions for allowing it are met")] + condition.reasons,
            [],
        )
    return (
        Status.CONFLICT,
        when.reasons + [Reason("restricted, and the conditions for allowing it are not met")] + condition.reasons,
        [],
    )


def unit_verdict(findings: Iterable[Finding]) -> Verdict:
    """non_compliant if any conflict; needs_study if any needs_info or manual_check; else compliant."""
    return verdict_of({f.status for f in findings})


def site_verdict(items: Iterable[Union[str, Finding]]) -> Verdict:
    """The worst of unit verdicts (or of the verdict of findings); needs_study when there is none."""
    items = list(items)
    findings = [i for i in items if isinstance(i, Finding)]
    verdicts = [i for i in items if isinstance(i, str)]
    if findings:
        verdicts.append(unit_verdict(findings))
    return worst(verdicts)


def decisive_statuses(statuses: set) -> Tuple[str, ...]:
    """The statuses that decide the verdict of a unit whose findings have ``statuses``."""
    return DECISIVE_STATUSES.get(verdict_of(statuses), ())


def _mark_decisive(findings: List[Finding]) -> None:
    decisive = decisive_statuses({f.status for f in findings})
    for finding in findings:
        finding.decisive = finding.status in decisive


def reason_templates() -> List[str]:
    """Every reason template of this module, for the string extractor."""
    return [
        tr("requirement from the unit layer's own text: check by hand"),
        tr("no access list of the binding applies to unit {code}: bind a list whose scope covers it"),
        tr("no rule of the access list applies to unit {code}: its unit rules name other codes and it has no general "
           "or category rule; check that the list covers this unit under the code the unit layer gives it"),
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
