"""Shared scenario for the notes tests: small real layers near Xiong'an, reviewed by the real engines.

No tests here; the notes tests import these builders.
"""

import datetime
from pathlib import Path
from typing import Dict, List, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsVectorLayer,
)

from zoning_review.plugin.core.model.fields import make_field
from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.overlay.engine import OverlayEngine, UnitLayerSpec
from zoning_review.plugin.core.review.site_review import review_site
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.notes.context import notes_context
from zoning_review.plugin.notes.map_render import NotesLayers

SCRIPT = "<script>alert(1)</script>"
CRS = "EPSG:4490"
PROSE = {"spatial_layout": "KJBJYS"}
UNITS: List[Tuple[str, str, str, str]] = [
    ("ZH13062920001", "容城产业园区" + SCRIPT, "重点管控单元（产业园区）",
     "POLYGON((115.90 38.90, 115.95 38.90, 115.95 38.95, 115.90 38.95, 115.90 38.90))"),
    ("ZH13062910001", "白洋淀优先保护单元", "优先保护单元",
     "POLYGON((115.95 38.90, 116.00 38.90, 116.00 38.95, 115.95 38.95, 115.95 38.90))"),
    ("ZH13062930001", "<b>一般</b>管控单元", "一般管控单元",
     "POLYGON((115.90 38.95, 116.00 38.95, 116.00 39.00, 115.90 39.00, 115.90 38.95))"),
]
# Overlaps the first two units, shares only an edge with the third.
SITE_WKT = "POLYGON((115.945 38.944, 115.955 38.944, 115.955 38.95, 115.945 38.95, 115.945 38.944))"
RIVER_WKT = "LINESTRING(115.9625 38.90, 115.9625 39.00)"
NOTES_DATE = datetime.date(2025, 3, 1)


def vector_layer(kind: str, name: str, fields: Dict[str, str],
                 rows: List[Tuple[str, list]]) -> QgsVectorLayer:
    """A memory layer in EPSG:4490 with the given fields (name → kind) and (wkt, values) rows."""
    layer = QgsVectorLayer(f"{kind}?crs={CRS}", name, "memory")
    layer.dataProvider().addAttributes([make_field(n, t) for n, t in fields.items()])
    layer.updateFields()
    features = []
    for wkt, values in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(values)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def unit_layer() -> QgsVectorLayer:
    """Three control units, one name with a script tag and one with a bold tag."""
    fields = {name: "string" for name in ("HJGKDYBM", "HJGKDYMC", "ZHGKDYFL", "KJBJYS", "ZLCB")}
    rows = [(wkt, [code, name, category, f"{code} 单元空间布局约束文本", "否"])
            for code, name, category, wkt in UNITS]
    return vector_layer("Polygon", "control_units", fields, rows)


def constraint_layers() -> Dict[str, QgsVectorLayer]:
    """A river bank about 650 m east of the site and a red line farther away."""
    return {
        "river_bank": vector_layer("LineString", "river_bank", {}, [(RIVER_WKT, [])]),
        "red_line": vector_layer("Polygon", "red_line", {}, [(
            "POLYGON((115.97 38.91, 115.99 38.91, 115.99 38.93, 115.97 38.93, 115.97 38.91))", [])]),
    }


def project() -> ProjectDescription:
    """A new chemical project (C2614) with a script tag in its name and one attribute missing."""
    return ProjectDescription(
        name="示例化工项目" + SCRIPT, industry="C2614", construction="新建", catalogue=None,
        attributes={"investment_wan": 5000, "discharges_pollutants": True, "boiler_tph": None})


class Scenario:
    """The layers, rule set, review and notes context of the scenario."""

    def __init__(self, rules_path: Path):
        loaded = load_ruleset(str(rules_path))
        assert loaded.ruleset is not None, loaded.text()
        self.ruleset = loaded.ruleset
        self.units = unit_layer()
        self.constraints = constraint_layers()
        self.site = QgsGeometry.fromWkt(SITE_WKT)
        self.crs = QgsCoordinateReferenceSystem(CRS)
        self.transform_context = QgsCoordinateTransformContext()
        spec = UnitLayerSpec(self.units, "HJGKDYBM", "HJGKDYMC", "ZHGKDYFL", ["KJBJYS", "ZLCB"])
        engine = OverlayEngine(spec, self.constraints, self.transform_context)
        self.review = review_site("S01", self.site, self.crs, project(), engine, self.ruleset,
                                  PROSE)
        self.context = notes_context(project(), self.ruleset, self.units, self.site, self.crs,
                                     self.transform_context, date=NOTES_DATE)
        self.layers = NotesLayers(self.units, self.site, self.crs, self.constraints,
                                  "HJGKDYBM", self.transform_context)

    def applicable_rule_ids(self) -> List[str]:
        """Every rule id with a finding in some unit (sorted)."""
        return sorted({f.rule_id for unit in self.review.units for f in unit.findings})


# A unit's own requirement text is the clause 'CODE:dimension' inside; the notes name it by the code
# and the dimension in words (the four dimensions of 三线一单).
DIMENSION_WORDS = {
    "zh": {"spatial_layout": "空间布局约束", "pollutant_emission": "污染物排放管控",
           "risk_prevention": "环境风险防控", "resource_efficiency": "资源开发效率要求"},
    "en": {"spatial_layout": "Spatial layout constraints", "pollutant_emission": "Pollutant emission control",
           "risk_prevention": "Environmental risk prevention", "resource_efficiency": "Resource use efficiency"},
}


def clause_as_shown(rule_id: str, lang: str) -> str:
    """How the notes name a clause."""
    code, _colon, dimension = rule_id.rpartition(":")
    return f"{code} {DIMENSION_WORDS[lang][dimension]}" if code else rule_id
