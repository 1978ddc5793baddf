"""One site's review: overlay (geometry) then evaluation (rules) → SiteReview.

The two steps are separate so that a changed project attribute re-evaluates the same
overlay without touching geometry again (the dock does that).
"""

from typing import Any, Callable, Dict, List, Optional, Tuple

from ...i18n import grouped, list_separator, shown_percent, tr, tr_template, ui_language
from ...typeset import filled
from ..coordinates.crs_names import crs_words, operation_words
from ..model.project import ProjectDescription
from ..model.results import Finding, Listed, OverlayResult, Reason, SiteReview, Term, UnitReview, Words
from ..model.verdicts import Verdict
from ..overlay.geometry_words import detail_text
from ..overlay.reasons import NOT_OVERLAID
from ..rules.comparison_words import SHOWN as COMPARISONS
from ..rules.comparison_words import shown_comparison
from ..rules.condition_words import FORMULA_SHOWN
from ..rules.conditions import AMOUNTS as CONDITION_AMOUNTS
from ..rules.industry_words import REASONS as INDUSTRY_REASONS
from ..rules.industry_words import named_sections
from ..rules.ruleset import RuleSet, UnitContext
from ..rules.spatial_reasons import small_area
from ..times import shown_time
from .cut_text import unit_texts
from .evaluation import FindingMemo, evaluate_unit, site_verdict, unit_verdict
from .judged import judged_findings
from .judgements import Judgements
from .labels import clause_name, input_subject, named_clause, term_label

SUMMARY_REASON = "{rule}: {reason}"  # a deciding clause and its explanations (tr() in reason_templates)
PARTLY_OUTSIDE = ("{area} m² of the site ({percent} %) lies outside every control unit of the unit layer: that part "
                  "was not reviewed.")
PARTLY_OUTSIDE_LAYERS = ("{area} m² of the site ({percent} %) lies outside every control unit of the bound unit "
                         "layers: that part was not reviewed.")
UNITS_SHIFTED = ("The site lies within {margin} m of a control unit's boundary, and the unit layer is joined to the "
                 "site only by a ballpark datum offset (see the data warnings): which units it lies in is uncertain.")
UNITS_NOT_OVERLAID = ("A control unit whose extent meets the site could not be overlaid (see the data warnings): "
                      "which units the site lies in, and so which clauses apply, is uncertain.")
OUTSIDE = (PARTLY_OUTSIDE, PARTLY_OUTSIDE_LAYERS)  # the reasons that name a part of the site not reviewed
RENDERED = (Reason, list, Term, Words, Listed)  # placeholder values worded in the reason's language
# The placeholders holding an amount in every template (an area, a percentage, a distance, a count): a number there
# is written with thousands separators, as the tables write it (7,024 m²); any other number (a feature id, a code,
# a year) as given. The conditions' templates add their amounts of {value} and {limit}.
AMOUNT_NAMES = ("area", "percent", "distance", "count")
AMOUNTS = {template: AMOUNT_NAMES + names for template, names in CONDITION_AMOUNTS.items()}
# The placeholders naming a CRS (stored as QGIS's English identifier, worded in the reader's language).
CRS_NAMES = ("crs", "site_crs", "unit_crs")
# The rule set's words (a layer's, an attribute's labels, a vocabulary's or declared values' words), and the project's
# own value a comparison states: set in the sentence as Chinese sets a noun (选址与生态保护红线重叠, 建设性质为新建).
WORDED_NAMES = ("layer", "attribute", "value", "expected")
UNIT_FIELD = "unit attribute {field}"  # the start of a reason on a unit-layer field, set as a name after 单元属性


def reason_templates() -> List[str]:
    """The sentences this module puts into results (listed for the string extractor)."""
    return [
        tr("The site lies outside every control unit of the unit layer."),
        tr("{area} m² of the site ({percent} %) lies outside every control unit of the unit layer: that part was "
           "not reviewed."),
        tr("{area} m² of the site ({percent} %) lies outside every control unit of the bound unit layers: that part "
           "was not reviewed."),
        tr("The site lies within {margin} m of a control unit's boundary, and the unit layer is joined to the site "
           "only by a ballpark datum offset (see the data warnings): which units it lies in is uncertain."),
        tr("A control unit whose extent meets the site could not be overlaid (see the data warnings): which units "
           "the site lies in, and so which clauses apply, is uncertain."),
        tr("Rule set {id} expired on {date}: check for a newer version."),
        tr("Rule set {id} takes effect on {date} and is not yet in force: check that this is the version to apply."),
        tr("{rule}: {reason}"),
        tr("No applicable clause conflicts or needs information."),
        tr("; "),
        tr(", "),
    ]


def unit_context(overlap, prose_fields: Dict[str, str]) -> UnitContext:
    """The unit as the evaluator sees it, with prose taken from the bound dimension fields."""
    prose, cut = unit_texts(overlap.attributes, prose_fields, overlap.filled)
    return UnitContext(
        code=overlap.code,
        name=overlap.name,
        category=overlap.category,
        attributes=dict(overlap.attributes),
        prose=prose,
        cut=cut,
    )


def evaluate_overlay(
    site_id: str,
    overlay: OverlayResult,
    project: ProjectDescription,
    ruleset: RuleSet,
    prose_fields: Optional[Dict[str, str]] = None,
    memo: Optional[FindingMemo] = None,
    judgements: Optional[Judgements] = None,
    whole_site: bool = True,
) -> SiteReview:
    """Evaluate the rules of every overlapped unit, apply the reviewer's judgements, derive the site's verdict.

    ``memo`` (one per batch) shares findings between sites with the same project and relations.
    ``judgements`` (by site id, unit code and rule id) replace the status of the clauses they judge;
    a JudgementError when one overrides a clause the rules decided without a reason.
    ``whole_site``: this layer is the only one the site is reviewed against, so a part of the site outside
    its units was not reviewed (needs further study); with several layers that part may lie in another's.
    """
    units = []
    memo = (memo or FindingMemo()).site(project, overlay.relations)
    for overlap in overlay.overlaps:
        context = unit_context(overlap, prose_fields or {})
        findings = evaluate_unit(ruleset, context, project, overlay.relations, memo)
        if judgements:
            findings = judged_findings(findings, judgements.of_unit(site_id, overlap.code), judgements)
        keys = ruleset.category_keys(overlap.category)
        units.append(UnitReview(overlap, keys[-1] if keys else "", unit_verdict(findings), findings))
    review = SiteReview(
        site_id=str(site_id),
        verdict=Verdict.NEEDS_STUDY,
        overlay=overlay,
        units=units,
        ruleset_id=ruleset.metadata.id,
        ruleset_version=ruleset.metadata.version,
    )
    if not units:
        review.reasons.append(Reason("The site lies outside every control unit of the unit layer."))
    else:
        review.verdict = site_verdict([u.verdict for u in units])
        _mark_decisive(review)
        if whole_site:
            _partly_outside(review)
    _units_shifted(review)
    _units_not_overlaid(review)
    for listed in ruleset.lists():
        review.reasons.extend(_validity_reasons(listed))
    return review


def _partly_outside(review: SiteReview) -> None:
    """A site partly outside every unit of its only layer needs further study (that part was not reviewed)."""
    overlay = review.overlay
    if overlay.uncovered_m2 > 0.0:
        mark_outside(review, PARTLY_OUTSIDE, overlay.uncovered_m2, overlay.site_area_m2)


def _units_shifted(review: SiteReview) -> None:
    """A site a ballpark datum offset may put in other units is never compliant: it needs further study."""
    margin = review.overlay.units_uncertain_m
    if margin <= 0.0:
        return
    shifted = Reason(UNITS_SHIFTED, {"margin": round(margin)})
    if review.verdict == Verdict.COMPLIANT:
        review.verdict, review.reasons = Verdict.NEEDS_STUDY, [shifted]
    else:
        review.reasons.append(shifted)


def _units_not_overlaid(review: SiteReview) -> None:
    """A site near a unit the overlay could not use (no usable geometry left once repaired, or GEOS failed) is never
    compliant: it may lie in that unit, whose clauses were not read (fail closed)."""
    if not any(warning.template in NOT_OVERLAID for warning in review.overlay.warnings):
        return
    uncertain = Reason(UNITS_NOT_OVERLAID)
    if review.verdict == Verdict.COMPLIANT:
        review.verdict, review.reasons = Verdict.NEEDS_STUDY, [uncertain]
    else:
        review.reasons.append(uncertain)


def mark_outside(review: SiteReview, template: str, outside_m2: float, site_m2: float) -> None:
    """Add the reason (``template``, with the area and share) naming a part of the site not reviewed: the review
    needs further study, the reason first when it decides the verdict, else after the deciding clauses."""
    if site_m2 <= 0.0:
        return
    outside = Reason(template, {"area": shown_area(outside_m2), "percent": shown_percent(outside_m2 / site_m2)})
    if review.verdict == Verdict.COMPLIANT:
        review.verdict, review.reasons = Verdict.NEEDS_STUDY, [outside]
    else:
        review.reasons.append(outside)


def shown_area(area_m2: float) -> object:
    """An area as a reason shows it: whole m² from 1 m², one decimal below (a small site's part), never rounded to
    look like none (under 0.05 m² it is "<0.1")."""
    return round(area_m2) if area_m2 >= 1 else small_area(area_m2)


def _validity_reasons(ruleset: RuleSet) -> List[Reason]:
    """A reason when a list has expired or is not yet in force."""
    meta, validity = ruleset.metadata, ruleset.validity()
    if validity == "expired":
        return [Reason("Rule set {id} expired on {date}: check for a newer version.",
                       {"id": meta.id, "date": meta.expiry.isoformat()})]
    if validity == "not_yet_effective":
        return [Reason("Rule set {id} takes effect on {date} and is not yet in force: check that "
                       "this is the version to apply.", {"id": meta.id, "date": meta.effective.isoformat()})]
    return []


def _mark_decisive(review: SiteReview) -> None:
    """Add the findings that decide the verdict as the site's reasons.

    They are the decisive findings of the units whose verdict is the site's: a unit marks the
    findings that decide its own verdict, and the site's verdict is the worst unit verdict.
    Findings are only read here (a batch shares them between sites).
    """
    for finding in deciding_findings(review):
        review.reasons.append(_summary_reason(finding))
    if not review.reasons:
        review.reasons.append(Reason("No applicable clause conflicts or needs information."))


def deciding_units(review: SiteReview) -> List[UnitReview]:
    """The units whose verdict is the site's: their decisive findings decide it, in order."""
    return [unit for unit in review.units if unit.verdict == review.verdict]


def deciding_findings(review: SiteReview) -> List[Finding]:
    """The decisive findings of the units whose verdict is the site's, one per rule id, in order."""
    seen, out = set(), []
    for unit in deciding_units(review):
        for finding in unit.findings:
            if finding.decisive and finding.rule_id not in seen:
                seen.add(finding.rule_id)
                out.append(finding)
    return out


def _summary_reason(finding: Finding) -> Reason:
    """One reason naming the rule and every explanation of its finding (one object per memoised finding)."""
    origin = getattr(finding, "memo_origin", None)
    if origin is None:
        return Reason(SUMMARY_REASON, {"rule": _named_rule(finding), "reason": list(finding.reasons)})
    shared = getattr(origin, "summary_reason", None)
    if shared is None:
        shared = origin.summary_reason = Reason(SUMMARY_REASON,
                                                {"rule": _named_rule(origin), "reason": list(origin.reasons)})
    return shared


def _named_rule(finding: Finding) -> Any:
    """The rule of a summary reason: its id, or what an input's finding is about in words."""
    subject = input_subject(finding)
    return finding.rule_id if subject is None else subject


class ReasonTexts:
    """Reasons rendered in one language for a batch, each reason object once (reasons are never changed), Chinese
    typeset (``render_reason``) and stored values as written (times ISO, industry codes as stored).

    Many sites of a batch share their summary reasons (one per memoised finding), so their text is
    made once; the few most recent objects are kept, with a reference so that their ids stay theirs.
    """

    LIMIT = 5_000

    def __init__(self, lang: Optional[str] = None) -> None:
        self.lang = lang
        self._texts: Dict[int, Tuple[Reason, str]] = {}
        self._named: Dict[Tuple[int, ...], Tuple[List[Reason], str]] = {}
        self._kept = f"named_text_{lang}" if lang else ""  # where a summary reason keeps its text in ``lang``

    def render(self, reason: Reason) -> str:
        """The reason as render_reason gives it in this cache's language."""
        entry = self._texts.get(id(reason))
        if entry is not None and entry[0] is reason:
            return entry[1]
        if len(self._texts) >= self.LIMIT:
            self._texts = {}
        text = render_reason(reason, self.lang, self.render)
        self._texts[id(reason)] = (reason, text)
        return text

    def named(self, reason: Reason) -> str:
        """A summary reason with its clause named as users read it: as ``render_reason(named_clause(…))``
        gives it, its explanations rendered once per list (a unit's own requirement texts make a fresh
        reason at every site, but share their explanations). In a chosen language the text is kept on the
        reason itself (not a field: a memoised finding's summary reason is shared by the batch's sites, and a
        fresh one takes its text away with it, so that no cache outlives the reasons it holds)."""
        kept = reason.__dict__.get(self._kept) if self._kept else None
        if kept is not None:
            return kept
        text = self._named_text(reason)
        if self._kept:
            reason.__dict__[self._kept] = text
        return text

    def _named_text(self, reason: Reason) -> str:
        """``named`` of a reason not worded before."""
        rule, inner = reason.values.get("rule"), reason.values.get("reason")
        if reason.template != SUMMARY_REASON or not isinstance(rule, str) or not isinstance(inner, list) \
                or len(reason.values) != 2 or not all(isinstance(v, Reason) for v in inner):
            return self.render(named_clause(reason, self.lang))
        key = tuple(map(id, inner))
        entry = self._named.get(key)
        if entry is None or any(kept is not given for kept, given in zip(entry[0], inner)):
            if len(self._named) >= self.LIMIT:
                self._named = {}
            entry = self._named[key] = (list(inner), separator(self.lang).join(map(self.render, inner)))
        values = {"rule": clause_name(rule, self.lang), "reason": entry[1]}
        return filled(_translated(SUMMARY_REASON, self.lang), values, self.lang)


_TEMPLATES: Dict[Tuple[str, str], str] = {}


def _translated(template: str, lang: Optional[str]) -> str:
    """The template in ``lang`` (UI language when None); kept per explicit language once found."""
    if lang is None:
        return tr_template(template, None)
    key = (template, lang)
    found = _TEMPLATES.get(key)
    if found is None:
        found = tr_template(template, lang)
        if lang == "en" or found != template:
            _TEMPLATES[key] = found
    return found


def render_reason(reason: Reason, lang: Optional[str] = None, nested: Optional[Callable[[Reason], str]] = None,
                  for_people: bool = False) -> str:
    """A Reason as text in ``lang`` (or the UI language); nested Reasons are rendered too (by ``nested``
    when given: a cache of the same language, such as ReasonTexts.render). ``for_people`` (the panel, the notes):
    a stored time (``{time}``) shown as ``shown_time`` gives it and an industry's section named with its title
    (C (Manufacturing)); outputs keep the time ISO and the codes as stored. A rule's comparison is worded as review
    documents write it (at least 30,000 t/h; yes; one of a, b), never ``>=``. Chinese is typeset wherever the text
    goes (``filled``: no half-width space beside a full-width bracket, a CRS spaced as a name)."""
    if not reason.template:
        return ""
    if nested is None:
        nested = lambda inner: render_reason(inner, lang, None, for_people)  # noqa: E731 - one expression
    amounts = AMOUNTS.get(reason.template, AMOUNT_NAMES)
    values = {key: _render_value(value, lang, nested) if isinstance(value, RENDERED)
              else grouped(value) if key in amounts
              else shown_time(value) if for_people and key == "time"
              else _worded_text(key, value, lang) if isinstance(value, str) else value
              for key, value in reason.values.items()}
    template = reason.template
    if template in INDUSTRY_REASONS and for_people:  # a GB/T 4754 section by its letter and title
        values = named_sections(reason.values, values, lang or ui_language(), list_separator(lang))
    if template in COMPARISONS:  # a rule's comparison: its operator in words
        template, values = shown_comparison(template, reason.values, values, lang)
    template = FORMULA_SHOWN.get(template, template)  # an expression without a label: quoted as the rule set's formula
    names = CRS_NAMES + _worded_names(reason)
    try:
        return filled(_translated(template, lang), values, lang, names)
    except (KeyError, IndexError, ValueError):
        return template.format(**values)


def _worded_names(reason: Reason) -> Tuple[str, ...]:
    """The placeholders of ``reason`` set in the sentence as names: the rule set's words, a comparison's value and a
    unit attribute's field (单元属性管控类别为优先保护, 单元属性 GKLB 为…; a map layer's own names stay as written)."""
    stated = reason.template in COMPARISONS  # its value as stated: a number keeps its space (为 35,000), words join
    return tuple(key for key in WORDED_NAMES
                 if isinstance(reason.values.get(key), (Words, Term)) or (stated and key == "value")) + (
        ("field",) if reason.template.startswith(UNIT_FIELD) else ())


def _worded_text(key: str, value: str, lang: Optional[str]) -> str:
    """A stored English text in ``lang``: a geometry's repair detail, a CRS, a ballpark datum operation; any other
    as stored."""
    if key == "detail":
        return detail_text(value, lang)
    if key == "operation":
        return operation_words(value, lang)
    return crs_words(value, lang) if key in CRS_NAMES else value


def separator(lang: Optional[str] = None) -> str:
    """The separator of listed clauses in ``lang`` (a full-width semicolon in Chinese)."""
    return _translated("; ", lang)  # extracted through tr("; ") in reason_templates()


def _render_value(value, lang: Optional[str], nested: Optional[Callable[[Reason], str]] = None):
    """A placeholder value: nested Reasons (alone or in a list), Terms and Listed items are rendered and joined."""
    if nested is None:
        nested = lambda reason: render_reason(reason, lang)  # noqa: E731 - one expression, two uses
    if isinstance(value, Reason):
        return nested(value)
    if isinstance(value, Words):
        return value.en if (lang or ui_language()) == "en" else value.zh
    if isinstance(value, Term):
        return list_separator(lang).join(term_label(value.vocab, v, lang) for v in value.ids)
    if isinstance(value, Listed):
        return list_separator(lang).join(map(str, value.items))
    if isinstance(value, list) and all(isinstance(v, Reason) for v in value):
        return separator(lang).join(nested(v) for v in value)
    return value


def review_site(site_id: str, site, site_crs, project: ProjectDescription, engine, ruleset: RuleSet,
                prose_fields: Optional[Dict[str, str]] = None) -> SiteReview:
    """Overlay one site geometry with the engine's layers, then evaluate it."""
    overlay = engine.overlay(site, site_crs, ruleset.spatial_queries())
    return evaluate_overlay(site_id, overlay, project, ruleset, prose_fields)
