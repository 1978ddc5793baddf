"""The FINDINGS and SUMMARY outputs of reviewsites: their fields and rows."""

from functools import cache
from itertools import chain
from operator import attrgetter
from typing import Iterable, List, Optional, Tuple

from qgis.core import QgsFeature, QgsFields, QgsGeometry

from ...compat import WKB_MULTIPOLYGON
from ...i18n import tr
from ..model.results import SiteReview, UnitReview
from ..model.verdicts import Status
from ..review.labels import verdict_label
from ..review.several_layers import has_say
from ..review.site_review import ReasonTexts, deciding_findings, separator
from .columns import ALIASES, AREA_DECIMALS, FRACTION_DECIMALS, Column, output_fields, rounded
from .findings_json import FindingsJson
from .geometry import output_geometry

COUNTED = (Status.CONFLICT, Status.NEEDS_INFO, Status.MANUAL_CHECK, Status.REQUIREMENT, Status.EXEMPTED)
_STATUS = attrgetter("status")


@cache
def findings_columns() -> Tuple[Column, ...]:
    """FINDINGS: one row per site × overlapped unit (``findings_json`` last, left out when not asked)."""
    return (
        Column("site_id", "string", tr("Site id", ALIASES)),
        Column("unit_code", "string", tr("Unit code", ALIASES)),
        Column("unit_name", "string", tr("Unit name", ALIASES)),
        Column("unit_category", "string", tr("Unit category", ALIASES)),
        Column("overlap_m2", "double", tr("Overlap (m²)", ALIASES), AREA_DECIMALS),
        Column("site_fraction", "double", tr("Share of the site (fraction)", ALIASES), FRACTION_DECIMALS),
        Column("unit_fraction", "double", tr("Share of the unit (fraction)", ALIASES), FRACTION_DECIMALS),
        Column("verdict", "string", tr("Verdict", ALIASES)),
        *_count_columns(),
        Column("findings_json", "string", tr("Every finding (JSON)", ALIASES)),
    )


def _count_columns() -> List[Column]:
    """The counts of the statuses listed in COUNTED."""
    return [
        Column("n_conflict", "int", tr("Clauses in conflict", ALIASES)),
        Column("n_needs_info", "int", tr("Clauses needing information", ALIASES)),
        Column("n_manual", "int", tr("Clauses to check by hand", ALIASES)),
        Column("n_requirement", "int", tr("Requirements to meet", ALIASES)),
        Column("n_exempted", "int", tr("Clauses exempted", ALIASES)),
    ]


def findings_fields(with_json: bool = True) -> QgsFields:
    """FINDINGS fields, with or without ``findings_json``."""
    columns = findings_columns()
    return output_fields(columns if with_json else columns[:-1])


@cache
def summary_columns(with_say: bool = False) -> Tuple[Column, ...]:
    """SUMMARY: one row per site; ``with_say`` (a review over several unit layers): and whether this layer has a
    say of the site (``several_layers.has_say``)."""
    say = (Column("has_say", "bool", tr("The unit layer has a say of the site", ALIASES)),) if with_say else ()
    return (
        Column("site_id", "string", tr("Site id", ALIASES)),
        Column("site_name", "string", tr("Site or project name", ALIASES)),
        Column("verdict", "string", tr("Verdict", ALIASES)),
        Column("verdict_text", "string", tr("Verdict in words", ALIASES)),
        Column("site_area_m2", "double", tr("Site area (m²)", ALIASES), AREA_DECIMALS),
        Column("n_units", "int", tr("Units overlapped", ALIASES)),
        *_count_columns(),
        Column("reason", "string", tr("Deciding reason", ALIASES)),
        Column("deciding", "string", tr("Deciding clauses", ALIASES)),
        Column("deciding_lists", "string", tr("Access lists of the deciding clauses", ALIASES)),
        Column("notes", "string", tr("Review notes file", ALIASES)),
        *say,
    )


def summary_fields(with_say: bool = False) -> QgsFields:
    """SUMMARY fields (``summary_columns``)."""
    return output_fields(summary_columns(with_say))


def output_wkb_type() -> int:
    """Both outputs are multipolygons."""
    return WKB_MULTIPOLYGON


def _counts(findings: Iterable) -> List[int]:
    """Counts of the statuses listed in COUNTED."""
    statuses = list(map(_STATUS, findings))
    return [statuses.count(status) for status in COUNTED]


def finding_features(review: SiteReview, fields: QgsFields,
                     encoder: Optional[FindingsJson] = None) -> List[QgsFeature]:
    """FINDINGS rows of one reviewed site; geometry = the overlap (in the site's CRS)."""
    if fields.indexOf("findings_json") >= 0:
        encoder = encoder or FindingsJson()
    else:
        encoder = None
    return [_finding_feature(review, unit, fields, encoder) for unit in review.units]


def _finding_feature(review: SiteReview, unit: UnitReview, fields: QgsFields,
                     encoder: Optional[FindingsJson]) -> QgsFeature:
    """One FINDINGS row (``findings_json`` when there is an ``encoder``)."""
    feature = QgsFeature(fields)
    geometry = review.overlay.geometries.get(unit.overlap.fid)
    if geometry is not None:
        feature.setGeometry(output_geometry(geometry))
    ov = unit.overlap
    values = [review.site_id, ov.code, ov.name, ov.category, ov.overlap_m2, ov.site_fraction,
              ov.unit_fraction, str(unit.verdict), *_counts(unit.findings)]
    if encoder is not None:
        values.append(encoder.encode(unit.findings))
    feature.setAttributes(rounded(findings_columns(), values))
    return feature


def summary_feature(
    review: SiteReview, site_name: str, geometry: QgsGeometry, fields: QgsFields, texts: ReasonTexts,
    notes: str = "",
) -> QgsFeature:
    """The SUMMARY row of one site, worded in the language of ``texts``; geometry = the site."""
    lang = texts.lang
    feature = QgsFeature(fields)
    feature.setGeometry(output_geometry(geometry))
    findings = chain.from_iterable(unit.findings for unit in review.units)
    reason = separator(lang).join(map(texts.named, review.reasons))
    decided = deciding_findings(review)
    deciding = "; ".join(f.rule_id for f in decided)
    lists = "; ".join(dict.fromkeys(f.source.list_id for f in decided if f.source is not None))
    with_say = fields.indexOf("has_say") >= 0
    feature.setAttributes(rounded(summary_columns(with_say), [
        review.site_id, site_name, str(review.verdict), verdict_label(review.verdict, lang),
        review.overlay.site_area_m2, len(review.units), *_counts(findings), reason, deciding, lists, notes,
        *([has_say(review)] if with_say else []),
    ]))
    return feature
