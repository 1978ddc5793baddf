"""Two constraint layers a rule set labels alike (two wetland layers both 湿地 / Wetland): the siting screen kept the
unit's overlap with each layer under the label, so one layer's area was given in the other's reason, and the reasons
named both layers alike. Now each area is the unit's overlap with its own layer and the label is followed by the
layer's rule-set name."""

import re

from pyproj import Geod

from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.review.site_review import render_reason
from zoning_review.plugin.core.siting.layers import SourceRef
from zoning_review.plugin.core.siting.screen import SitingInputs, run_siting_screen

from .overlay_helpers import dispose, memory_layer, write_file
from .test_siting_engine import FIELDS, binding, box, loaded_ruleset

RULES = """
format: zoning-review-rules/1
metadata:
  id: shared-labels
  title: {zh: 同名图层, en: Shared labels}
  version: "1"
  authority: {zh: 测试机关}
  effective: "2024-01-01"
  region: {zh: 测试区}
layers:
  wetland_a: {label: {zh: 湿地, en: Wetland}}
  wetland_b: {label: {zh: 湿地, en: Wetland}}
rules:
  - id: R-A
    level: general
    dimension: spatial_layout
    effect: prohibit
    when: {spatial: {layer: wetland_a, relation: overlaps}}
    text: {zh: 湿地甲内禁止建设。}
  - id: R-B
    level: general
    dimension: spatial_layout
    effect: prohibit
    when: {spatial: {layer: wetland_b, relation: overlaps}}
    text: {zh: 湿地乙内禁止建设。}
"""
UNIT = (116.001, 39.000, 116.006, 39.005)


def test_two_layers_of_one_label_keep_their_own_area_and_are_named_apart(qgis_app, tmp_path):
    ruleset = loaded_ruleset(tmp_path / "rules.yaml", RULES)
    units = memory_layer("Polygon", "EPSG:4490", [{"wkt": box(*UNIT), "HJGKDYBM": "U1", "HJGKDYMC": "单元",
                                                   "ZHGKDYFL": "一般管控单元", "KJBJYS": ""}], FIELDS)
    whole = memory_layer("Polygon", "EPSG:4490", [{"wkt": box(116.0, 38.99, 116.01, 39.01)}], ("name",), "whole")
    half = memory_layer("Polygon", "EPSG:4490", [{"wkt": box(116.0035, 38.99, 116.01, 39.01)}], ("name",), "half")
    files = [write_file(layer, tmp_path / f"{layer.name()}.gpkg") for layer in (whole, half)]
    try:
        inputs = SitingInputs(SourceRef.of(units), binding(), ruleset, ProjectDescription(industry="C3911"),
                              {"wetland_a": SourceRef.of(files[0]), "wetland_b": SourceRef.of(files[1])})
        unit, = run_siting_screen(inputs).units
    finally:
        dispose(units, whole, half, *files)
    assert unit.verdict == "non_compliant" and unit.rule_ids == ["R-A"]  # wetland_a covers the whole unit
    said = render_reason(unit.reasons[0], "en")
    found = re.fullmatch(r"R-A: site overlaps Wetland \(wetland_a\) \(([\d,]+) m²\)", said)
    assert found, said
    west, south, east, north = UNIT
    area, _perimeter = Geod(a=6378137.0, f=1 / 298.257222101).polygon_area_perimeter(
        [west, east, east, west], [south, south, north, north])
    assert abs(int(found.group(1).replace(",", "")) - abs(area)) < 1e-3 * abs(area)  # not the half of wetland_b
