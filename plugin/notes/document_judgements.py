"""The notes' record of the reviewer: every clause judged (word, remark, who, when, the rules' finding),
every judgement removed (who removed which clause's judgement, when) and the overall opinion (审查意见)."""

from typing import List, Optional

from ..core.model.results import SiteReview
from ..core.review.judgements import UNMATCHED_WHY
from ..core.review.labels import (
    STATUS_TONES,
    clause_name,
    finding_name,
    judgement_label,
    not_applied_reason,
    status_label,
)
from ..core.times import shown_time
from ..i18n import tr
from .context import NotesContext
from .formatting import bracketed
from .model import Paragraph, Section, Table


def judgements_section(review: SiteReview, context: NotesContext, lang: str) -> Section:
    """The reviewer's judgements as a table, the judgements removed, then the overall opinion."""
    section = Section(tr("Reviewer's judgements and opinion", lang))
    rows: List[List[str]] = []
    table = Table([tr("Clause", lang), tr("Judgement", lang), tr("Remark", lang), tr("Reviewer", lang),
                   tr("The rules' finding", lang)])
    for unit in sorted(review.units, key=lambda u: (u.overlap.code, u.overlap.fid)):
        for finding in unit.findings:
            judged = finding.judgement
            if judged is None:
                continue
            rules = status_label(finding.machine_status, lang)
            if judged.override:
                rules = tr("{status} (overridden)", lang).format(status=rules)
            clause = finding_name(finding, lang) + bracketed(unit.overlap.code, lang)
            rows.append([clause, judgement_label(judged.word, lang),
                         judged.remark or "—", _who_when(judged.reviewer, judged.time, lang),
                         rules])
            table.tones.append(STATUS_TONES.get(finding.status, ""))
    if rows:
        table.rows = rows
        section.blocks.append(table)
    else:
        section.blocks.append(Paragraph(tr("No clause has been judged by a reviewer.", lang)))
    for extra in (not_applied_table(review, context, lang), removed_table(review, context, lang)):
        if extra is not None:
            section.blocks.append(extra)
    opinion = context.opinion.strip()
    section.blocks.append(Paragraph(tr("Overall opinion: {opinion}", lang).format(
        opinion=opinion or tr("(none given)", lang)), strong=bool(opinion)))
    return section


def _who_when(name: str, time: str, lang: str) -> str:
    """Who and when (the stored time as people read it), a dash when neither is recorded; a time not recorded
    (a judgements table without a time column) said to be not given after the name."""
    if time.strip() or not name:
        return " ".join(t for t in (name, shown_time(time)) if t) or "—"
    return name + bracketed(tr("time not given", lang), lang)


def not_applied_table(review: SiteReview, context: NotesContext, lang: str) -> Optional[Table]:
    """The judgements the review did not apply, with why (None when none): those of this review's clauses and
    those no clause of the site took (in the notes of each of its unit layers)."""
    codes = {unit.overlap.code for unit in review.units} | {""}
    rows = []
    for item in context.not_applied:
        judged = item.judgement
        if judged.unit_code not in codes and item.why != UNMATCHED_WHY:
            continue  # a clause of another unit layer's review: in that layer's notes
        clause = clause_name(judged.rule_id, lang) + (bracketed(judged.unit_code, lang) if judged.unit_code else "")
        rows.append([clause, judgement_label(judged.word, lang), judged.remark or "—",
                     _who_when(judged.reviewer, judged.time, lang), not_applied_reason(item.why, lang)])
    if not rows:
        return None
    return Table([tr("Clause", lang), tr("Judgement", lang), tr("Remark", lang), tr("Judged by", lang),
                  tr("Why not applied", lang)], rows,
                 caption=tr("Judgements not applied (kept in the record)", lang))


def removed_table(review: SiteReview, context: NotesContext, lang: str) -> Optional[Table]:
    """The judgements the reviewer removed from this review's clauses, in the order removed (None when none)."""
    codes = {unit.overlap.code for unit in review.units} | {""}
    rows = []
    for removal in context.withdrawn:
        judged = removal.judgement
        if judged.unit_code not in codes:
            continue  # a clause of another unit layer's review: in that layer's notes
        clause = clause_name(judged.rule_id, lang) + (bracketed(judged.unit_code, lang) if judged.unit_code else "")
        rows.append([clause, judgement_label(judged.word, lang), judged.remark or "—",
                     _who_when(judged.reviewer, judged.time, lang), _who_when(removal.by, removal.at, lang)])
    if not rows:
        return None
    return Table([tr("Clause", lang), tr("Judgement removed", lang), tr("Remark", lang), tr("Judged by", lang),
                  tr("Removed by", lang)], rows,
                 caption=tr("Judgements removed by the reviewer (kept in the record)", lang))
