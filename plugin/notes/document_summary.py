"""Closing parts of the notes: conclusion, EIA summary table, provenance and the boundary points."""

from typing import Callable, List

from ..core.coordinates.crs_names import crs_label
from ..core.model.results import Finding, SiteReview, UnitReview
from ..core.model.verdicts import Status, Verdict
from ..core.review.labels import (
    VERDICT_TONES,
    bilingual,
    category_label,
    finding_name,
    named_clause,
    status_label,
    verdict_label,
)
from ..core.review.site_review import OUTSIDE, deciding_findings, deciding_units, render_reason, separator
from ..i18n import sentences, tr
from .context import NotesContext
from .document_filters import filter_pairs
from .document_origin import site_pairs
from .formatting import ellipsoid_text, joined, number, percent, reasons_text
from .model import Facts, Paragraph, Section, Table

NOTHING_DECIDES = "No applicable clause conflicts or needs information."  # a compliant site's reason


def conclusion_section(review: SiteReview, lang: str) -> Section:
    """The overall verdict, what it means, and the clauses that decide it."""
    verdict = verdict_label(review.verdict, lang)
    blocks = [
        Paragraph(tr("Conclusion: {verdict}", lang).format(verdict=verdict), strong=True,
                  tone=VERDICT_TONES.get(review.verdict, "")),
        Paragraph(verdict_meaning(review, lang)),
    ]
    blocks += [Paragraph(reasons_text([named_clause(reason, lang)], lang)) for reason in review.reasons
               if reason.template != NOTHING_DECIDES]  # the meaning above says so already
    deciding = decisive_rows(review, lang)
    if deciding.rows:
        blocks += [Paragraph(tr("Deciding clauses:", lang)), deciding]
    duties = clause_list(review.all_findings(), lang, lambda f: f.status == Status.REQUIREMENT)
    if duties:
        blocks.append(Paragraph(duties_sentence(duties, lang)))
    return Section(tr("Conclusion", lang), blocks)


def verdict_meaning(review: SiteReview, lang: str) -> str:
    """One sentence saying what the site's verdict means for the project."""
    verdict = review.verdict
    if verdict == Verdict.NON_COMPLIANT:
        return tr("At least one applicable clause prohibits the project at this site, or its "
                  "conditions for allowing it are not met.", lang)
    if verdict == Verdict.NEEDS_STUDY and not deciding_findings(review):
        return tr("No clause was found in conflict, but part or all of the site was not reviewed against the "
                  "clauses, as said below.", lang)
    if verdict == Verdict.NEEDS_STUDY:
        return tr("No clause was found in conflict, but some clauses need more information or a "
                  "manual check before the site can be judged compliant.", lang)
    return tr("No applicable clause conflicts with the project, and none needs information.", lang)


def decisive_rows(review: SiteReview, lang: str) -> Table:
    """Clause, units, result and reason of every clause deciding the site's verdict (one row per clause): the
    decisive findings of the units whose verdict is the site's, as SUMMARY names them."""
    table = Table([tr("Clause", lang), tr("Units", lang), tr("Result", lang), tr("Reason", lang)])
    rows = {}
    for unit in sorted(deciding_units(review), key=lambda u: (u.overlap.code, u.overlap.fid)):
        for finding in unit.findings:
            if finding.decisive:
                entry = rows.setdefault(finding.rule_id, (finding, []))
                entry[1].append(unit.overlap.code)
    for rule_id in sorted(rows):
        finding, codes = rows[rule_id]
        table.rows.append([finding_name(finding, lang), joined(codes, lang), status_label(finding.status, lang),
                           reasons_text(finding.reasons, lang)])
        table.tones.append("bad" if finding.status == Status.CONFLICT else "warn")
    return table


def eia_section(review: SiteReview, context: NotesContext, lang: str) -> Section:
    """The summary table an EIA report uses: plan type, plan name, analysis, conclusion."""
    table = Table([tr("Plan type", lang), tr("Plan name", lang), tr("Compliance analysis", lang),
                   tr("Compliance conclusion", lang)])
    plan = plan_name(context, lang)
    for unit in sorted(review.units, key=lambda u: (u.overlap.code, u.overlap.fid)):
        table.rows.append([tr("Ecological-environment zoning control", lang), plan,
                           unit_analysis(unit, context, lang), verdict_label(unit.verdict, lang)])
        table.tones.append(VERDICT_TONES.get(unit.verdict, ""))
    outside = [render_reason(r, lang) for r in review.reasons if r.template in OUTSIDE]
    if not review.units:
        outside = [tr("The site lies outside every control unit of the unit layer.", lang)]
    for words in outside:
        table.rows.append([tr("Ecological-environment zoning control", lang), plan, words,
                           verdict_label(Verdict.NEEDS_STUDY, lang)])
        table.tones.append(VERDICT_TONES.get(Verdict.NEEDS_STUDY, ""))
    return Section(tr("Summary for the EIA report", lang), [table])


def plan_name(context: NotesContext, lang: str) -> str:
    """The access list's title, or a generic name when no rule set is known."""
    if context.ruleset is None:
        return tr("Ecological-environment access list", lang)
    return bilingual(context.ruleset.title_zh, context.ruleset.title_en, lang)


def unit_analysis(unit: UnitReview, context: NotesContext, lang: str) -> str:
    """'The proposed site lies in key control unit X (code …)…', in EIA style."""
    overlap = unit.overlap
    text = tr("The proposed site lies in the {category} {name} (code {code}), covering {share} of "
              "the site. It was checked against {count} clauses at the general, category and unit "
              "levels.", lang).format(
        category=category_label(overlap.category, lang, context.kinds), name=overlap.name, code=overlap.code,
        share=percent(overlap.site_fraction), count=len(unit.findings))
    return sentences([text, decisive_sentence(unit.findings, unit.verdict, lang),
                      *standing_sentences(unit.findings, unit.verdict, lang)])


def clause_list(findings: List[Finding], lang: str, test: Callable[[Finding], bool]) -> str:
    """The clauses of the findings that pass ``test``, by rule id, listed as ``lang`` lists them."""
    return joined((finding_name(f, lang) for f in sorted((f for f in findings if test(f)), key=lambda f: f.rule_id)),
                  lang)


def decisive_sentence(findings: List[Finding], verdict: str, lang: str) -> str:
    """The clauses behind a unit's verdict, in one sentence ('' for a compliant unit)."""
    decisive = clause_list(findings, lang, lambda f: f.decisive)
    if verdict == Verdict.NON_COMPLIANT:
        return tr("Clauses in conflict: {rules}.", lang).format(rules=decisive)
    if verdict == Verdict.NEEDS_STUDY:
        return tr("Clauses needing information or a manual check: {rules}.", lang).format(
            rules=decisive)
    return ""


def standing_sentences(findings: List[Finding], verdict: str, lang: str) -> List[str]:
    """How the project stands to the clauses that apply to it without deciding against it: prohibitions whose
    exception applies, restrictions whose conditions are met, clauses a reviewer judged met, and the duties it must
    meet; a compliant unit without the first three is one no clause prohibits or restricts."""
    exempted = clause_list(findings, lang, lambda f: f.status == Status.EXEMPTED)
    allowed = clause_list(findings, lang, lambda f: f.status == Status.ALLOWED and f.effect == "restrict")
    judged = clause_list(findings, lang, lambda f: f.status == Status.COMPLIES)
    duties = clause_list(findings, lang, lambda f: f.status == Status.REQUIREMENT)
    out = [
        tr("Clauses whose exceptions apply to the project: {rules}.", lang).format(rules=exempted) if exempted else "",
        tr("Restrictions whose conditions for allowing the project are met: {rules}.", lang).format(rules=allowed)
        if allowed else "",
        tr("Clauses the reviewer judged compliant: {rules}.", lang).format(rules=judged) if judged else "",
    ]
    if verdict == Verdict.COMPLIANT and not any(out):
        out.append(tr("The project is not among the projects the clauses prohibit or restrict.", lang))
    if duties:
        out.append(duties_sentence(duties, lang))
    return [text for text in out if text]


def duties_sentence(rules: str, lang: str) -> str:
    """The requirements the project must meet, in one sentence."""
    return tr("Requirements the project must meet: {rules}.", lang).format(rules=rules)


def provenance_section(review: SiteReview, context: NotesContext, lang: str) -> Section:
    """Which rule set, data, CRS and software produced these notes."""
    blocks = []
    if context.expired():
        blocks.append(Paragraph(tr("Warning: the rule set expired on {date}; check for a newer "
                                   "version before relying on these notes.", lang).format(
            date=context.ruleset.expiry.isoformat()), tone="bad", strong=True))
    if context.lists:
        blocks.append(lists_table(context, lang))
        blocks.append(Facts(data_pairs(context, lang)))
    else:
        blocks.append(Facts(ruleset_pairs(review, context, lang) + data_pairs(context, lang)))
    return Section(tr("Provenance", lang), blocks)


def lists_table(context: NotesContext, lang: str) -> Table:
    """The access lists applied together, in order: title, id and version, authority, dates, scope, file."""
    table = Table([tr("Access list", lang), tr("Version", lang), tr("Authority", lang), tr("In force", lang),
                   tr("Applies to", lang), tr("Rule file and SHA-256", lang)], widths=[22, 10, 18, 14, 14, 22])
    for item in context.lists:
        meta = item.metadata
        dates = f"{meta.effective.isoformat() if meta.effective else '—'} – " \
                f"{meta.expiry.isoformat() if meta.expiry else '—'}"
        scope = tr("all units", lang) if item.scope == "all" else item.scope
        table.rows.append([f"{bilingual(meta.title_zh, meta.title_en, lang)}\n{item.source.list_id}",
                           meta.version or "—", meta.authority or "—", dates, scope,
                           f"{item.path}\n{item.source.sha256}"])
        table.tones.append("")
    return table


def ruleset_pairs(review: SiteReview, context: NotesContext, lang: str) -> list:
    """Rule-set identity, version, dates, sources, file and its SHA-256."""
    meta = context.ruleset
    if meta is None:
        return [(tr("Rule set", lang), f"{review.ruleset_id} {review.ruleset_version}".strip()
                 or "—")]
    sources = separator(lang).join(f"{bilingual(s.title_zh, s.title_en, lang)} {s.number}".strip()
                        for s in meta.sources)
    return [
        (tr("Rule set", lang), bilingual(meta.title_zh, meta.title_en, lang)),
        (tr("Rule-set id", lang), meta.id),
        (tr("Version", lang), meta.version or "—"),
        (tr("Authority", lang), meta.authority or "—"),
        (tr("Effective", lang), meta.effective.isoformat() if meta.effective else "—"),
        (tr("Expires", lang), meta.expiry.isoformat() if meta.expiry else "—"),
        (tr("Sources", lang), sources or "—"),
        (tr("Rule file", lang), context.ruleset_path or "—"),
        (tr("SHA-256 of the rule file", lang), context.ruleset_sha256 or "—"),
    ]


def data_pairs(context: NotesContext, lang: str) -> list:
    """Where the site came from (a layer's features, or how it was given), unit layer, the layers' filters set in the
    project, CRS, ellipsoid and software versions."""
    return site_pairs(context, lang) + [
        (tr("Unit layer", lang), context.unit_layer_source or "—"),
        *filter_pairs(context, lang),
        (tr("Unit features", lang), number(context.unit_feature_count, 0)),
        (tr("Unit layer CRS", lang), crs_label(context.crs_authid, context.crs_description, lang) or "—"),
        (tr("Ellipsoid", lang), ellipsoid_text(context.ellipsoid, lang)),
        (tr("Zoning Review version", lang), context.plugin_version or "—"),
        (tr("QGIS version", lang), context.qgis_version or "—"),
    ]


def appendix_section(context: NotesContext, lang: str) -> Section:
    """Every boundary point of the site in CGCS2000 lon/lat and Gauss-Krüger X/Y."""
    site = context.site
    blocks = [Paragraph(tr("X is northing and Y easting in {grid} (CGCS2000 3-degree "
                           "Gauss-Krüger); longitude and latitude in EPSG:4490.", lang).format(
        grid=site.grid_crs or "—"))]
    table = Table([tr("No.", lang), tr("Part", lang), tr("Ring", lang), "X", "Y",
                   tr("Longitude", lang), tr("Latitude", lang)])
    for point in site.points:
        table.rows.append([str(point.number), str(point.part), str(point.ring), f"{point.x:.2f}",
                           f"{point.y:.2f}", f"{point.lon:.7f}", f"{point.lat:.7f}"])
    blocks.append(table)
    if site.point_total > len(site.points):
        blocks.append(Paragraph(tr("Only the first {shown} of {total} points are listed.",
                                   lang).format(shown=len(site.points), total=number(site.point_total, 0))))
    return Section(tr("Appendix: boundary points", lang), blocks)
