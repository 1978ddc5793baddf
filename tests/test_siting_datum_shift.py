"""sitingscreen with a red line in Xian 1980 against CGCS2000 units: QGIS joins the two datums only by a ballpark
offset (the coordinates kept as they are), so the red line may lie tens of metres (up to SHIFT_M, 150 m) off. The
review of a site within 150 m of such a layer's features, or within 150 m of a rule's distance from them, needs
information; the screen, which only warned, concluded a unit there compliant. Now a unit with a part in such a
margin needs further study, naming why; a unit beyond every margin, or inside the red line by more than it, keeps
its verdict.

Expected verdicts from the layout alone (at 39° N 0.001° of longitude is ~86.6 m): the red line spans 116.000–116.002°
E; unit EDGE begins 52 m east of it (inside the 150 m margin of its edge), unit LIMIT begins 563 m east (beyond 500 m
but within 500 + 150 m), unit FAR begins 2.4 km east (beyond every margin), unit DEEP lies inside a second, large red
line at least 860 m from its edges. In CGCS2000 (no offset) EDGE and LIMIT are compliant for the rule they test.
"""

import pytest
from qgis.core import QgsVectorLayer

from .kept_feedback import Feedback
from .overlay_helpers import dispose, memory_layer, unit_row, write_file

RED = ["POLYGON((116.000 39.000, 116.002 39.000, 116.002 39.002, 116.000 39.002, 116.000 39.000))",
       "POLYGON((116.10 39.00, 116.14 39.00, 116.14 39.03, 116.10 39.03, 116.10 39.00))"]
UNITS = {
    "EDGE": "POLYGON((116.0026 39.0, 116.004 39.0, 116.004 39.002, 116.0026 39.002, 116.0026 39.0))",
    "LIMIT": "POLYGON((116.0085 39.0, 116.02 39.0, 116.02 39.002, 116.0085 39.002, 116.0085 39.0))",
    "FAR": "POLYGON((116.03 39.0, 116.04 39.0, 116.04 39.002, 116.03 39.002, 116.03 39.0))",
    "DEEP": "POLYGON((116.11 39.01, 116.13 39.01, 116.13 39.02, 116.11 39.02, 116.11 39.01))",
}
HEAD = """format: zoning-review-rules/1
metadata:
  id: datum-screen
  title: {zh: 测试规则集, en: Test rule set}
  version: "1"
  authority: {zh: 测试机关}
  effective: "2024-01-01"
  region: {zh: 测试区}
layers:
  red_line: {label: {zh: 红线, en: red line}}
rules:
"""
IN_RED = ("  - {id: RED, level: general, dimension: spatial_layout, effect: prohibit, text: {zh: 红线内禁止},\n"
          "     when: {spatial: {layer: red_line, relation: overlaps}}}\n")
NEAR_RED = ("  - {id: NEAR, level: general, dimension: spatial_layout, effect: prohibit,\n"
            "     text: {zh: 红线五百米内禁止},\n"
            "     when: {spatial: {layer: red_line, relation: within, distance_m: 500}}}\n")
UNKNOWN = ("{rule}: the layer bound to red line is joined to the site only by a ballpark datum offset and the site "
           "lies too near its features to be placed (see the data warnings), so the site's position to it is unknown")


@pytest.fixture(scope="module")
def layers(qgis_app, tmp_path_factory):
    """The units (CGCS2000) and the red line in CGCS2000 and in Xian 1980, as GeoPackages."""
    folder = tmp_path_factory.mktemp("screen_datums")
    made = {}
    for authid in ("EPSG:4490", "EPSG:4610"):
        memory = memory_layer("Polygon", authid, [{"wkt": wkt, "name": "red"} for wkt in RED], fields=("name",),
                              name="red_line")
        (folder / authid[5:]).mkdir()
        made[authid] = str(folder / authid[5:] / "red_line.gpkg")  # bound by its name, as the rules name it
        dispose(write_file(memory, folder / authid[5:] / "red_line.gpkg"), memory)
    units = memory_layer("Polygon", "EPSG:4490", [unit_row(code, wkt) for code, wkt in UNITS.items()])
    made["units"] = str(folder / "units.gpkg")
    dispose(write_file(units, folder / "units.gpkg"), units)
    return made, folder


def screen(layers, rules: str, red_crs: str):
    """zoningreview:sitingscreen in English: unit code → (verdict, reason), and the warnings."""
    import processing

    made, folder = layers
    path = folder / f"rules_{abs(hash(rules))}.yaml"
    path.write_text(HEAD + rules, encoding="utf-8")
    feedback = Feedback()
    result = processing.run("zoningreview:sitingscreen", {
        "UNITS": made["units"], "RULES": str(path), "USE_UNIT_PROSE": False, "CONSTRAINTS": [made[red_crs]],
        "INDUSTRY": "C2614", "CONSTRUCTION": 0, "CATALOGUE": 0,
        "LANGUAGE": 1, "OUTPUT": "TEMPORARY_OUTPUT", "ZONES": "TEMPORARY_OUTPUT"}, feedback=feedback)
    output: QgsVectorLayer = result["OUTPUT"]
    rows = {f["unit_code"]: (f["verdict"], f["reason"]) for f in output.getFeatures()}
    return rows, [text for kind, text in feedback.lines if kind == "warning" and "ballpark" in text]


@pytest.mark.parametrize("rules, rule, near", [(IN_RED, "RED", "EDGE"), (NEAR_RED, "NEAR", "LIMIT")])
def test_a_unit_within_the_offsets_margin_of_a_xian_1980_red_line_is_never_compliant(zr_processing, layers, rules,
                                                                                      rule, near):
    base, said = screen(layers, rules, "EPSG:4490")
    assert said == []
    assert base[near][0] == "compliant" and base["FAR"][0] == "compliant", base
    assert base["DEEP"][0] == "non_compliant"
    rows, said = screen(layers, rules, "EPSG:4610")
    verdicts = {code: row[0] for code, row in rows.items()}
    assert verdicts[near] == "needs_study", rows[near]  # was compliant: the offset was only warned of
    assert rows[near][1] == UNKNOWN.format(rule=rule)
    assert verdicts["FAR"] == "compliant" and verdicts["DEEP"] == "non_compliant"
    [line] = said
    assert "EPSG:4610" in line and "EPSG:4490" in line and "within 150 m of their edges" in line
    assert "needs further study" in line and "Transformations" in line


def test_a_unit_deep_inside_a_xian_1980_red_line_keeps_its_verdict_for_a_short_distance_rule(zr_processing, layers):
    """A distance of at most the offset's margin (100 m) from the red line: a unit inside it by more than 150 m
    everywhere is within 100 m wherever the offset puts the red line, so it stays non-compliant."""
    rules = NEAR_RED.replace("distance_m: 500", "distance_m: 100")
    base, _said = screen(layers, rules, "EPSG:4490")
    rows, _said = screen(layers, rules, "EPSG:4610")
    assert base["DEEP"][0] == rows["DEEP"][0] == "non_compliant", rows["DEEP"]
    assert rows["FAR"][0] == "compliant"
