"""The siting screen's outputs: one row per unit (OUTPUT) and one per rule zone (ZONES)."""

from typing import List

from qgis.core import QgsFeature, QgsFields, QgsGeometry

from ..model.fields import make_fields
from ..model.verdicts import Status
from ..review.labels import verdict_label
from ..review.site_review import render_reason, separator
from ..siting.screen import UnitScreen


def unit_fields() -> QgsFields:
    """Fields of the OUTPUT layer: one row per unit."""
    return make_fields([("unit_code", "string"), ("unit_name", "string"),
                         ("unit_category", "string"), ("verdict", "string"),
                         ("verdict_text", "string"), ("reason", "string"),
                         ("n_conflict", "int"), ("n_needs_info", "int"),
                         ("n_manual", "int"), ("n_zones", "int"), ("rule_ids", "string")])


def zone_fields() -> QgsFields:
    """Fields of the ZONES layer: one row per unit and rule zone."""
    return make_fields([("unit_code", "string"), ("rule_id", "string"),
                         ("layer", "string"), ("relation", "string"),
                         ("distance_m", "double"), ("status", "string"),
                         ("reason", "string"), ("area_m2", "double")])


def _multi(geometry: QgsGeometry) -> QgsGeometry:
    copy = QgsGeometry(geometry)
    if not copy.isMultipart():
        copy.convertToMultiType()
    return copy


def unit_feature(unit: UnitScreen, lang: str) -> QgsFeature:
    """The OUTPUT row of one unit."""
    feature = QgsFeature(unit_fields())
    if unit.geometry is not None:
        feature.setGeometry(_multi(unit.geometry))
    counts = unit.counts
    feature.setAttributes([
        unit.code, unit.name, unit.category, str(unit.verdict), verdict_label(unit.verdict, lang),
        separator(lang).join(render_reason(r, lang) for r in unit.reasons), counts.get(Status.CONFLICT, 0),
        counts.get(Status.NEEDS_INFO, 0), counts.get(Status.MANUAL_CHECK, 0), len(unit.zones),
        ", ".join(unit.rule_ids)])
    return feature


def zone_features(unit: UnitScreen, lang: str) -> List[QgsFeature]:
    """The ZONES rows of one unit (zones without area are left out)."""
    out = []
    for zone in unit.zones:
        if zone.geometry is None:
            continue
        feature = QgsFeature(zone_fields())
        feature.setGeometry(_multi(zone.geometry))
        feature.setAttributes([zone.unit_code, zone.rule_id, zone.layer, zone.relation, zone.distance_m,
                               str(zone.status), render_reason(zone.reason, lang), zone.area_m2])
        out.append(feature)
    return out
