"""Findings of the notes: clause by clause per unit and dimension at every level, the manual
checklist and the information still needed."""

from typing import Dict, List, Optional, Tuple

from ..core.model.results import Finding, SiteReview, UnitReview
from ..core.model.verdicts import Status
from ..core.model.vocab import DIMENSIONS, INPUTS_DIMENSION, LEVELS
from ..core.review.labels import (
    STATUS_TONES,
    bilingual,
    category_label,
    dimension_label,
    effect_label,
    finding_name,
    level_label,
    missing_label,
    status_label,
    verdict_label,
)
from ..i18n import sentences, tr
from .context import NotesContext
from .document_judgements import judgements_section
from .formatting import finding_text, joined, label_separator, reasons_text
from .model import Checklist, Paragraph, Section, Table

Grouped = List[Tuple[Finding, List[str]]]


def findings_sections(review: SiteReview, context: NotesContext, lang: str) -> List[Section]:
    """The findings chapter, the manual checklist, the information needed and the reviewer's judgements."""
    sections = [Section(tr("Clause-by-clause findings", lang), [Paragraph(tr(
        "Each unit the site overlaps is checked against every clause of the access list at the "
        "general, category and unit levels, in each of the four dimensions.", lang))])]
    for unit in sorted(review.units, key=lambda u: (u.overlap.code, u.overlap.fid)):
        sections.append(unit_heading(unit, context, lang))
        sections.extend(dimension_sections(unit.findings, context, lang))
    sections.append(checklist_section(review, lang))
    sections.append(needs_info_section(review, context, lang))
    sections.append(judgements_section(review, context, lang))
    return sections


def unit_heading(unit: UnitReview, context: NotesContext, lang: str) -> Section:
    """A unit's heading with its category, verdict and counts of results; a unit without any unit-level clause
    (no requirement text of its own, no clause naming it) said to be checked against the published list."""
    overlap = unit.overlap
    summary = tr("Category: {category}. Verdict: {verdict}. {total} clauses: {conflicts} in "
                 "conflict, {info} needing information, {manual} to check by hand.", lang).format(
        category=category_label(overlap.category, lang, context.kinds), verdict=verdict_label(unit.verdict, lang),
        total=len(unit.findings), conflicts=unit.count(Status.CONFLICT), info=unit.count(Status.NEEDS_INFO),
        manual=unit.count(Status.MANUAL_CHECK))
    blocks = [Paragraph(summary)]
    if not any(f.level == "unit" and f.dimension != INPUTS_DIMENSION for f in unit.findings):
        blocks.append(Paragraph(tr(
            "The unit layer gives this unit no requirement text in any dimension, and no clause of the access "
            "list names it. A published access list gives every unit its own requirements: check this unit's "
            "against the published list.", lang), tone="warn"))
    return Section(f"{overlap.code} {overlap.name}".strip(), blocks, level=2)


def dimension_sections(findings: List[Finding], context: NotesContext, lang: str) -> List[Section]:
    """One sub-part per dimension, listing every level (a level without a clause says so)."""
    others = sorted({f.dimension for f in findings} - set(DIMENSIONS))
    sections = []
    for dimension in list(DIMENSIONS) + others:
        chosen = [f for f in findings if f.dimension == dimension]
        table = findings_table(chosen, context, lang, placeholders=dimension in DIMENSIONS)
        sections.append(Section(dimension_label(dimension, lang), [table], level=3))
    return sections


def findings_table(findings: List[Finding], context: NotesContext, lang: str,
                   placeholders: bool) -> Table:
    """Level, rule id, effect, clause text and basis, result and reason of each finding."""
    table = Table([tr("Level", lang), tr("Clause", lang), tr("Effect", lang),
                   tr("Requirement", lang), tr("Result", lang), tr("Reason", lang)],
                  widths=[13, 13, 8, 32, 13, 21])
    levels = list(LEVELS) + sorted({f.level for f in findings} - set(LEVELS))
    groups = list_groups(context, lang)  # one group (every finding) for a single list
    for position, name in groups:
        for level in levels:
            chosen = sorted((f for f in findings if f.level == level and _position(f, groups) == position),
                            key=lambda f: f.rule_id)
            if position == groups[0][0] and placeholders and level in LEVELS and \
                    not any(f.level == level for f in findings):
                table.rows.append([level_label(level, lang), "—", "—",
                                   tr("No clause at this level", lang), "—", ""])
                table.tones.append("muted")
            for finding in chosen:
                row = finding_row(finding, context, lang)
                row[0] = f"{row[0]}\n{name}" if name else row[0]
                table.rows.append(row)
                table.tones.append(STATUS_TONES.get(finding.status, ""))
    return table


def list_groups(context: NotesContext, lang: str) -> List[Tuple[Optional[int], str]]:
    """The access lists in order (position, title), then the findings of no list (the unit layer's own
    texts, the inputs); a single list is one group."""
    if not context.lists:
        return [(None, "")]
    return [(item.source.position, bilingual(item.metadata.title_zh, item.metadata.title_en, lang))
            for item in context.lists] + [(None, "")]


def _position(finding: Finding, groups: List[Tuple[Optional[int], str]]) -> Optional[int]:
    """The group of a finding: its list's position, None for findings of no list (or of a single list)."""
    return finding.source.position if finding.source is not None and len(groups) > 1 else None


def finding_row(finding: Finding, context: NotesContext, lang: str) -> List[str]:
    """One row of a findings table."""
    text = finding_text(finding, lang)
    if finding.basis:
        text += "\n" + tr("Basis: {basis}", lang).format(basis=finding.basis)
    reason = reasons_text(finding.reasons, lang)
    if finding.missing:
        names = joined((missing_label(m, lang, context.attributes, context.layers)
                        for m in finding.missing), lang)
        reason += "\n" + tr("Missing: {items}", lang).format(items=names)
    result = status_label(finding.status, lang)
    if finding.decisive:
        result = sentences([result, tr("(decisive)", lang)])
    return [level_label(finding.level, lang), finding_name(finding, lang), effect_label(finding.effect, lang),
            text, result, reason.strip()]


def grouped(review: SiteReview, status: str) -> Grouped:
    """Findings with a status, one per rule id (sorted), with the unit codes they occur in."""
    found: Dict[str, Tuple[Finding, List[str]]] = {}
    for unit in sorted(review.units, key=lambda u: (u.overlap.code, u.overlap.fid)):
        for finding in unit.findings:
            if finding.status == status:
                entry = found.setdefault(finding.rule_id, (finding, []))
                if unit.overlap.code not in entry[1]:
                    entry[1].append(unit.overlap.code)
    return [found[key] for key in sorted(found)]


def rule_label(finding: Finding, codes: List[str], lang: str) -> str:
    """'G-SL-05 (units ZH…, ZH…)': the clause and the unit or units it was found in (a unit's own requirement
    text, named by its unit code already, alone)."""
    rule = finding_name(finding, lang)
    if not codes or codes == [finding.rule_id.rpartition(":")[0]]:
        return rule
    if len(codes) == 1:
        return tr("{rule} (unit {units})", lang).format(rule=rule, units=codes[0])
    return tr("{rule} (units {units})", lang).format(rule=rule, units=joined(codes, lang))


def checklist_section(review: SiteReview, lang: str) -> Section:
    """Clauses that only a person can confirm: text-only rules and unquantified restrictions."""
    items = [(rule_label(f, codes, lang), finding_text(f, lang)) for f, codes in
             grouped(review, Status.MANUAL_CHECK)]
    section = Section(tr("Items to confirm by hand", lang))
    if items:
        section.blocks.append(Checklist(items, label_separator(lang)))
    else:
        section.blocks.append(Paragraph(tr("No clause needs a manual check.", lang)))
    return section


def needs_info_section(review: SiteReview, context: NotesContext, lang: str) -> Section:
    """Clauses that cannot be decided yet, naming the missing information."""
    section = Section(tr("Information needed", lang))
    entries = grouped(review, Status.NEEDS_INFO)
    if not entries:
        section.blocks.append(Paragraph(tr("No clause is waiting for information.", lang)))
        return section
    table = Table([tr("Clause", lang), tr("Missing information", lang), tr("Reason", lang)])
    for finding, codes in entries:
        missing = joined((missing_label(m, lang, context.attributes, context.layers)
                          for m in finding.missing), lang)
        table.rows.append([rule_label(finding, codes, lang), missing or "—",
                           reasons_text(finding.reasons, lang)])
        table.tones.append("warn")
    section.blocks.append(table)
    return section
