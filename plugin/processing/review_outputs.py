"""The FINDINGS and SUMMARY outputs of reviewsites: fields, rows and the verdict style."""

from collections import Counter
from typing import List, Optional

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingLayerPostProcessorInterface,
    QgsRendererCategory,
    QgsSymbol,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor

from ..core.labels import verdict_label
from ..core.results import SiteReview, UnitReview
from ..core.review import ReasonTexts, separator
from .findings_json import FindingsJson

VERDICT_COLOURS = {"non_compliant": "#d7301f", "needs_study": "#f0a500", "compliant": "#2ca25f"}
COUNTED = ("conflict", "needs_info", "manual_check", "requirement", "exempted")


def _fields(spec) -> QgsFields:
    """QgsFields from (name, QVariant type) pairs."""
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return fields


def findings_fields() -> QgsFields:
    """One row per site × overlapped unit."""
    return _fields([
        ("site_id", QVariant.String), ("unit_code", QVariant.String), ("unit_name", QVariant.String),
        ("unit_category", QVariant.String), ("overlap_m2", QVariant.Double),
        ("site_fraction", QVariant.Double), ("unit_fraction", QVariant.Double),
        ("verdict", QVariant.String), ("n_conflict", QVariant.Int), ("n_needs_info", QVariant.Int),
        ("n_manual", QVariant.Int), ("n_requirement", QVariant.Int), ("n_exempted", QVariant.Int),
        ("findings_json", QVariant.String),
    ])


def summary_fields() -> QgsFields:
    """One row per site."""
    return _fields([
        ("site_id", QVariant.String), ("site_name", QVariant.String), ("verdict", QVariant.String),
        ("verdict_text", QVariant.String), ("site_area_m2", QVariant.Double),
        ("n_units", QVariant.Int), ("n_conflict", QVariant.Int), ("n_needs_info", QVariant.Int),
        ("n_manual", QVariant.Int), ("n_requirement", QVariant.Int), ("n_exempted", QVariant.Int),
        ("reason", QVariant.String), ("notes", QVariant.String),
    ])


def output_wkb_type() -> int:
    """Both outputs are multipolygons."""
    return QgsWkbTypes.MultiPolygon


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
        ov.unit_fraction, unit.verdict, *_counts(unit.findings), payload,
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
        review.site_id, site_name, review.verdict, verdict_label(review.verdict, lang),
        review.overlay.site_area_m2, len(review.units), *_counts(findings), reason, notes,
    ])
    return feature


class VerdictStyler(QgsProcessingLayerPostProcessorInterface):
    """Styles the SUMMARY layer by verdict when Processing loads it into the project."""

    instance = None

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802 (QGIS API)
        """Apply a categorised renderer on field 'verdict'."""
        categories = []
        for verdict, colour in VERDICT_COLOURS.items():
            symbol = QgsSymbol.defaultSymbol(layer.geometryType())
            symbol.setColor(QColor(colour))
            symbol.setOpacity(0.6)
            categories.append(QgsRendererCategory(verdict, symbol, verdict_label(verdict)))
        layer.setRenderer(QgsCategorizedSymbolRenderer("verdict", categories))
        layer.triggerRepaint()

    @staticmethod
    def create() -> "VerdictStyler":
        """A styler kept alive by a class reference (Processing holds no Python reference)."""
        VerdictStyler.instance = VerdictStyler()
        return VerdictStyler.instance
