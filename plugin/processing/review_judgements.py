"""reviewsites' JUDGEMENTS table: read into core judgements, and what was not applied reported."""

from datetime import datetime, timezone
from typing import Optional

from qgis.core import QgsFeatureRequest, QgsProcessingException

from ..compat import NO_GEOMETRY
from ..core.review.judgements import JudgementError, Judgements, judgements_from_rows, missing_columns
from ..i18n import grouped, list_separator, tr

SHOWN = 20  # rows or clauses named in one message


def read_judgements(alg, parameters, context, feedback) -> Optional[Judgements]:
    """The judgements of the JUDGEMENTS table, or None without one; any unreadable row stops the run."""
    if not parameters.get(alg.JUDGEMENTS):
        return None
    source = alg.parameterAsSource(parameters, alg.JUDGEMENTS, context)
    if source is None:
        raise QgsProcessingException(tr("The judgements table could not be read."))
    names = source.fields().names()
    missing = missing_columns(names)
    if missing:
        raise QgsProcessingException(tr("The judgements table lacks the columns {columns}.").format(
            columns=list_separator().join(missing)))
    request = QgsFeatureRequest().setFlags(NO_GEOMETRY)
    rows = (dict(zip(names, feature.attributes())) for feature in source.getFeatures(request))
    read_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    try:
        found, remark_only = judgements_from_rows(rows, read_at)
    except JudgementError as error:
        raise QgsProcessingException(str(error)) from None
    if remark_only:
        feedback.pushWarning(tr("Judgements: rows {rows} have a remark but no judgement; they judge nothing.")
                             .format(rows=list_separator().join(map(str, remark_only[:SHOWN]))))
    feedback.pushInfo(tr("1 clause judged in the judgements table.") if len(found) == 1 else
                      tr("{n} clauses judged in the judgements table.").format(n=grouped(len(found))))
    return found


def report_unapplied(judgements: Optional[Judgements], feedback) -> None:
    """Name the judgements whose clause no reviewed site has, those made on another text of their clause and
    those without the digest of their clause's text that were not applied (nothing is dropped unsaid)."""
    if not judgements:
        return
    outdated = judgements.outdated()
    if outdated:
        line = tr("1 judgement was made on another text of its clause and was not applied; that clause needs "
                  "further study until judged again: {clauses}") if len(outdated) == 1 else \
            tr("{n} judgements were made on another text of their clause and were not applied; those clauses need "
               "further study until judged again: {clauses}")
        feedback.reportError(line.format(n=grouped(len(outdated)), clauses=_named(outdated)), False)
    unconfirmed = judgements.unconfirmed()
    if unconfirmed:
        line = tr("1 judgement has no clause_sha256 of the clause text it judged, so that text cannot be verified; "
                  "it was not applied and must be confirmed again (judge the clause in the clauses output and give "
                  "that table as the judgements): {clauses}") if len(unconfirmed) == 1 else \
            tr("{n} judgements have no clause_sha256 of the clause text they judged, so that text cannot be "
               "verified; they were not applied and must be confirmed again (judge the clauses in the clauses "
               "output and give that table as the judgements): {clauses}")
        feedback.reportError(line.format(n=grouped(len(unconfirmed)), clauses=_named(unconfirmed)), False)
    left = judgements.unapplied()
    if left:
        line = tr("1 judgement matches no clause of the reviewed sites and was not applied: {clauses}") \
            if len(left) == 1 else \
            tr("{n} judgements match no clause of the reviewed sites and were not applied: {clauses}")
        feedback.reportError(line.format(n=grouped(len(left)), clauses=_named(left)), False)


def _named(judgements: list) -> str:
    """The first judgements' labels, and how many more there are."""
    shown = list_separator().join(j.label for j in judgements[:SHOWN])
    if len(judgements) <= SHOWN:
        return shown
    return tr("{shown} … and {count} more").format(shown=shown, count=grouped(len(judgements) - SHOWN))
