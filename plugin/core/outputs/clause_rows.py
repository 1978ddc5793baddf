"""The CLAUSES output of reviewsites: one row per site × unit × applicable clause, for the reviewer.

The source columns name the access list of each clause; clause_sha256 is the SHA-256 of the clause's text, so
that a judgement filled in here is not applied once the clause reads otherwise; the last three columns are left
empty for the reviewer's judgement; the same columns are read back as the JUDGEMENTS input of reviewsites.
"""

from functools import cache
from typing import List, Tuple

from qgis.core import QgsFeature, QgsFields

from ...i18n import tr
from ..model.results import Finding, SiteReview
from ..review.judgements import clause_digest
from ..review.site_review import ReasonTexts, separator
from .columns import ALIASES, Column, output_fields


@cache
def clause_columns() -> Tuple[Column, ...]:
    """The CLAUSES columns (their names are a public interface: JUDGEMENTS reads them back)."""
    return (
        Column("site_id", "string", tr("Site id", ALIASES)),
        Column("unit_code", "string", tr("Unit code", ALIASES)),
        Column("rule_id", "string", tr("Clause id", ALIASES)),
        Column("level", "string", tr("Level", ALIASES)),
        Column("dimension", "string", tr("Control dimension", ALIASES)),
        Column("effect", "string", tr("Effect", ALIASES)),
        Column("status", "string", tr("Finding", ALIASES)),
        Column("reason", "string", tr("Reason", ALIASES)),
        Column("basis", "string", tr("Basis", ALIASES)),
        *source_columns(),
        Column("clause_sha256", "string", tr("SHA-256 of the clause's text", ALIASES)),
        Column("judgement", "string", tr("Reviewer's judgement", ALIASES)),
        Column("remark", "string", tr("Remark", ALIASES)),
        Column("reviewer", "string", tr("Reviewer", ALIASES)),
    )


def source_columns() -> Tuple[Column, ...]:
    """The access list a clause comes from: id, title, authority, version and the file's SHA-256."""
    return (
        Column("source_list", "string", tr("Access list", ALIASES)),
        Column("source_title", "string", tr("Access list title", ALIASES)),
        Column("source_authority", "string", tr("Issuing authority", ALIASES)),
        Column("source_version", "string", tr("Access list version", ALIASES)),
        Column("source_sha256", "string", tr("SHA-256 of the access list file", ALIASES)),
    )


def source_values(finding: Finding) -> List[str]:
    """The source columns of a finding (empty for the unit layer's own text and input findings)."""
    source = finding.source
    if source is None:
        return ["", "", "", "", ""]
    return [source.list_id, source.title_zh, source.authority, source.version, source.sha256]


def clause_names() -> List[str]:
    """The CLAUSES column names, in order."""
    return [column.name for column in clause_columns()]


def clause_fields() -> QgsFields:
    """CLAUSES fields (a table without geometry)."""
    return output_fields(clause_columns())


def clause_rows(review: SiteReview, texts: ReasonTexts) -> List[list]:
    """CLAUSES values of one site: each unit's clauses, as evaluated."""
    return [_row(review.site_id, unit.overlap.code, finding, texts)
            for unit in review.units for finding in unit.findings]


def _row(site_id: str, unit_code: str, finding: Finding, texts: ReasonTexts) -> list:
    """One clause row; judgement, remark and reviewer are the reviewer's judgement given, else empty."""
    reason = separator(texts.lang).join(t for t in (texts.render(r) for r in finding.reasons) if t)
    judged = finding.judgement
    given = [judged.word, judged.remark, judged.reviewer] if judged is not None else ["", "", ""]
    return [site_id, unit_code, finding.rule_id, finding.level, finding.dimension, finding.effect,
            str(finding.status), reason, finding.basis, *source_values(finding), clause_digest(finding), *given]


def clause_features(review: SiteReview, fields: QgsFields, texts: ReasonTexts) -> List[QgsFeature]:
    """CLAUSES features of one site."""
    out = []
    for values in clause_rows(review, texts):
        feature = QgsFeature(fields)
        feature.setAttributes(values)
        out.append(feature)
    return out
