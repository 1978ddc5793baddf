"""The siting screen's outputs: one row per unit (OUTPUT) and one per rule zone (ZONES)."""

from functools import cache
from typing import List, Tuple

from qgis.core import QgsFeature, QgsFields

from ...i18n import tr
from ..model.verdicts import Status
from ..review.labels import verdict_label
from ..review.site_review import render_reason, separator
from ..siting.screen import UnitScreen
from .columns import ALIASES, AREA_DECIMALS, DISTANCE_DECIMALS, Column, output_fields, rounded
from .geometry import output_geometry


@cache
def unit_columns() -> Tuple[Column, ...]:
    """OUTPUT: one row per unit."""
    return (
        Column("unit_code", "string", tr("Unit code", ALIASES)),
        Column("unit_name", "string", tr("Unit name", ALIASES)),
        Column("unit_category", "string", tr("Unit category", ALIASES)),
        Column("verdict", "string", tr("Verdict", ALIASES)),
        Column("verdict_text", "string", tr("Verdict in words", ALIASES)),
        Column("reason", "string", tr("Deciding reason", ALIASES)),
        Column("n_conflict", "int", tr("Clauses in conflict", ALIASES)),
        Column("n_needs_info", "int", tr("Clauses needing information", ALIASES)),
        Column("n_manual", "int", tr("Clauses to check by hand", ALIASES)),
        Column("n_zones", "int", tr("Rule zones", ALIASES)),
        Column("rule_ids", "string", tr("Deciding clauses", ALIASES)),
    )


@cache
def zone_columns() -> Tuple[Column, ...]:
    """ZONES: one row per unit and rule zone."""
    return (
        Column("unit_code", "string", tr("Unit code", ALIASES)),
        Column("rule_id", "string", tr("Clause id", ALIASES)),
        Column("layer", "string", tr("Constraint layer", ALIASES)),
        Column("relation", "string", tr("Position relative to the layer", ALIASES)),
        Column("distance_m", "double", tr("Distance (m)", ALIASES), DISTANCE_DECIMALS),
        Column("status", "string", tr("Finding", ALIASES)),
        Column("reason", "string", tr("Reason", ALIASES)),
        Column("area_m2", "double", tr("Zone area in the unit (m²)", ALIASES), AREA_DECIMALS),
    )


def unit_fields() -> QgsFields:
    """Fields of the OUTPUT layer: one row per unit."""
    return output_fields(unit_columns())


def zone_fields() -> QgsFields:
    """Fields of the ZONES layer: one row per unit and rule zone."""
    return output_fields(zone_columns())


def unit_feature(unit: UnitScreen, lang: str) -> QgsFeature:
    """The OUTPUT row of one unit."""
    feature = QgsFeature(unit_fields())
    if unit.geometry is not None:
        feature.setGeometry(output_geometry(unit.geometry))
    counts = unit.counts
    feature.setAttributes(rounded(unit_columns(), [
        unit.code, unit.name, unit.category, str(unit.verdict), verdict_label(unit.verdict, lang),
        separator(lang).join(render_reason(r, lang) for r in unit.reasons),
        counts.get(Status.CONFLICT, 0), counts.get(Status.NEEDS_INFO, 0), counts.get(Status.MANUAL_CHECK, 0),
        len(unit.zones), ", ".join(unit.rule_ids)]))
    return feature


def zone_features(unit: UnitScreen, lang: str) -> List[QgsFeature]:
    """The ZONES rows of one unit (zones without area are left out)."""
    out = []
    for zone in unit.zones:
        if zone.geometry is None:
            continue
        feature = QgsFeature(zone_fields())
        feature.setGeometry(output_geometry(zone.geometry))
        feature.setAttributes(rounded(zone_columns(), [
            zone.unit_code, zone.rule_id, zone.layer, zone.relation, zone.distance_m, str(zone.status),
            render_reason(zone.reason, lang), zone.area_m2]))
        out.append(feature)
    return out
