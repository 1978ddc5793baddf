"""The FINDINGS and SUMMARY outputs of reviewsites: their fields and rows."""

from collections import Counter
from typing import List, Optional

from qgis.core import QgsFeature, QgsFields, QgsGeometry

from ...compat import WKB_MULTIPOLYGON
from ..model.fields import make_fields
from ..model.results import SiteReview, UnitReview
from ..model.verdicts import Status
from ..review.labels import verdict_label
from ..review.site_review import ReasonTexts, separator
from .findings_json import FindingsJson

COUNTED = (Status.CONFLICT, Status.NEEDS_INFO, Status.MANUAL_CHECK, Status.REQUIREMENT, Status.EXEMPTED)


def findings_fields() -> QgsFields:
    """One row per site × overlapped unit."""
    return make_fields([
        ("site_id", "string"), ("unit_code", "string"), ("unit_name", "string"),
        ("unit_category", "string"), ("overlap_m2", "double"),
        ("site_fraction", "double"), ("unit_fraction", "double"),
        ("verdict", "string"), ("n_conflict", "int"), ("n_needs_info", "int"),
        ("n_manual", "int"), ("n_requirement", "int"), ("n_exempted", "int"),
        ("findings_json", "string"),
    ])


def summary_fields() -> QgsFields:
    """One row per site."""
    return make_fields([
        ("site_id", "string"), ("site_name", "string"), ("verdict", "string"),
        ("verdict_text", "string"), ("site_area_m2", "double"),
        ("n_units", "int"), ("n_conflict", "int"), ("n_needs_info", "int"),
        ("n_manual", "int"), ("n_requirement", "int"), ("n_exempted", "int"),
        ("reason", "string"), ("notes", "string"),
    ])


def output_wkb_type() -> int:
    """Both outputs are multipolygons."""
    return WKB_MULTIPOLYGON


def _multi(geometry: QgsGeometry) -> QgsGeometry:
    """A multipolygon copy (outputs are multipolygons)."""
    copy = QgsGeometry(geometry)
    if not copy.isEmpty() and not copy.isMultipart():
        copy.convertToMultiType()
    return copy


def _counts(findings) -> List[int]:
    """Counts of the statuses listed in COUNTED."""
    found = Counter(f.status for f in findings)
    return [found[status] for status in COUNTED]


def finding_features(review: SiteReview, fields: QgsFields,
                     encoder: Optional[FindingsJson] = None) -> List[QgsFeature]:
    """FINDINGS rows of one reviewed site; geometry = the overlap (in the site's CRS)."""
    return [_finding_feature(review, unit, fields, encoder) for unit in review.units]


def _finding_feature(review: SiteReview, unit: UnitReview, fields: QgsFields,
                     encoder: Optional[FindingsJson] = None) -> QgsFeature:
    """One FINDINGS row."""
    feature = QgsFeature(fields)
    geometry = review.overlay.geometries.get(unit.overlap.fid)
    if geometry is not None:
        feature.setGeometry(_multi(geometry))
    ov = unit.overlap
    payload = (encoder or FindingsJson()).encode(unit.findings)
    feature.setAttributes([
        review.site_id, ov.code, ov.name, ov.category, ov.overlap_m2, ov.site_fraction,
        ov.unit_fraction, str(unit.verdict), *_counts(unit.findings), payload,
    ])
    return feature


def summary_feature(
    review: SiteReview, site_name: str, geometry: QgsGeometry, fields: QgsFields, texts: ReasonTexts,
    notes: str = "",
) -> QgsFeature:
    """The SUMMARY row of one site, worded in the language of ``texts``; geometry = the site."""
    lang = texts.lang
    feature = QgsFeature(fields)
    feature.setGeometry(_multi(geometry))
    findings = review.all_findings()
    reason = separator(lang).join(texts.render(r) for r in review.reasons)
    feature.setAttributes([
        review.site_id, site_name, str(review.verdict), verdict_label(review.verdict, lang),
        review.overlay.site_area_m2, len(review.units), *_counts(findings), reason, notes,
    ])
    return feature
