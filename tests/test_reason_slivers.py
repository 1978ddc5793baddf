"""Reasons never hide an overlap nor round a share away: an overlap with a prohibited zone within the slivers'
tolerance is named with its area (and not counted); the part of a site outside every unit is shown as ``<0.1 %`` or
``>99.9 %`` rather than 0.0 % or 100.0 %. Through zoningreview:reviewsites on a GeoPackage built here with exact
coordinates, in both languages: CLAUSES, FINDINGS, SUMMARY and the HTML notes.

The layers are in CGCS2000 / 3-degree Gauss-Kruger CM 114E (EPSG:4547); the sites lie within 2.3 km east of the
central meridian, where the projection's scale is 1 to within 1e-7, so areas worked out from the coordinates are the
ellipsoidal ones to well under 0.05 m². Both sites are squares of 300 m × 300 m = 90,000 m²: the slivers' threshold is
the larger of 1 m² and 1/10,000 of the site, 9.0 m².

S1 (x 500,000–500,300, y 4,300,000–4,300,300): the red line meets it in 5 m × 1 m = 5 m², a sliver (≤ 9 m²), so
the site counts as outside it; its unit starts 0.09 m east of its west edge, so 0.09 m × 300 m = 27 m² of the site
(0.03 %) lies outside every unit (more than the 9 m² threshold: not reviewed).
S2 (x 502,000–502,300): its unit covers only the 0.09 m × 300 m = 27 m² along its east edge, so 89,973 m² (99.97 %)
lies outside every unit; a third unit meets its west edge in 0.001 m × 1 m = 0.001 m², a touch.
"""

import html
import json

import pytest
from osgeo import ogr, osr

from tests.test_processing_review import rows

CRS = 4547
QUIET = {"boiler_tph": 0.0, "investment_wan": 100.0, "vocs_tpa": 0.0, "water_m3d": 0.0,
         "discharges_pollutants": 0, "water_supply_facility": 0, "major_infrastructure": 0, "capacity_increase": 0}


def box(x0: float, y0: float, x1: float, y1: float) -> str:
    return f"POLYGON(({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"


def add_layer(data, name: str, kind: int, fields: dict, features: list) -> None:
    """A layer of ``kind`` with string, real or boolean ``fields`` (name: OGR type) and (values, WKT) features."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(CRS)
    layer = data.CreateLayer(name, srs, kind)
    for field, field_type in fields.items():
        definition = ogr.FieldDefn(field, ogr.OFTInteger if field_type == "bool" else field_type)
        if field_type == "bool":
            definition.SetSubType(ogr.OFSTBoolean)
        layer.CreateField(definition)
    for values, wkt in features:
        feature = ogr.Feature(layer.GetLayerDefn())
        for field, value in values.items():
            feature.SetField(field, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)


def build(path) -> str:
    """The GeoPackage of the two sites, their units and the four constraint layers (the others far away)."""
    data = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    unit_fields = {name: ogr.OFTString for name in ("HJGKDYBM", "HJGKDYMC", "ZHGKDYFL", "ZLCB")}
    add_layer(data, "control_units", ogr.wkbPolygon, unit_fields, [
        ({"HJGKDYBM": "ZH13063830001", "HJGKDYMC": "雄县一般管控单元1", "ZHGKDYFL": "一般管控单元", "ZLCB": "否"},
         box(500000.09, 4299000, 501000, 4301000)),
        ({"HJGKDYBM": "ZH13063830002", "HJGKDYMC": "雄县一般管控单元2", "ZHGKDYFL": "一般管控单元", "ZLCB": "否"},
         box(502299.91, 4299000, 502400, 4301000)),
        ({"HJGKDYBM": "ZH13063830003", "HJGKDYMC": "雄县一般管控单元3", "ZHGKDYFL": "一般管控单元", "ZLCB": "否"},
         box(501000, 4300100, 502000.001, 4300101)),
    ])
    site_fields = {"site_id": ogr.OFTString, "industry": ogr.OFTString, "construction": ogr.OFTString,
                   "catalogue": ogr.OFTString, **{k: "bool" if isinstance(v, int) else ogr.OFTReal
                                                  for k, v in QUIET.items()}}
    project = {"industry": "M7320", "construction": "新建", "catalogue": "", **QUIET}
    add_layer(data, "sites", ogr.wkbPolygon, site_fields, [
        ({"site_id": "S1", **project}, box(500000, 4300000, 500300, 4300300)),
        ({"site_id": "S2", **project}, box(502000, 4300000, 502300, 4300300)),
    ])
    add_layer(data, "red_line", ogr.wkbPolygon, {"name": ogr.OFTString},
              [({"name": "红线"}, box(500100, 4300299, 500105, 4300301))])
    add_layer(data, "water_source", ogr.wkbPolygon, {"name": ogr.OFTString, "grade": ogr.OFTString},
              [({"name": "水源", "grade": "I"}, box(530000, 4330000, 531000, 4331000))])
    add_layer(data, "river_bank", ogr.wkbLineString, {"name": ogr.OFTString},
              [({"name": "河"}, "LINESTRING(530000 4270000, 531000 4270000)")])
    add_layer(data, "industrial_park", ogr.wkbPolygon, {"name": ogr.OFTString},
              [({"name": "园区"}, box(470000, 4330000, 471000, 4331000))])
    data = None
    return str(path)


@pytest.fixture(scope="module")
def runs(zr_processing, example_rules, tmp_path_factory):
    """reviewsites in Chinese and in English: (SUMMARY rows, FINDINGS rows, CLAUSES rows, notes folder) by language."""
    folder = tmp_path_factory.mktemp("slivers")
    return reviewed_in_both_languages(build(folder / "data.gpkg"), folder, example_rules)


def reviewed_in_both_languages(gpkg: str, folder, example_rules) -> dict:
    """reviewsites of the GeoPackage's sites in Chinese and in English, HTML notes: (SUMMARY rows, FINDINGS rows,
    CLAUSES rows, notes folder) by language."""
    import processing

    out = {}
    for lang, option in (("zh", 0), ("en", 1)):
        run = folder / lang
        run.mkdir()
        processing.run("zoningreview:reviewsites", {
            "SITES": f"{gpkg}|layername=sites", "UNITS": f"{gpkg}|layername=control_units",
            "RULES": str(example_rules),
            "CONSTRAINTS": [f"{gpkg}|layername={name}"
                            for name in ("red_line", "water_source", "river_bank", "industrial_park")],
            "LANGUAGE": option, "REPORT_FORMAT": 1, "REPORT_FOLDER": str(run / "notes"),
            "FINDINGS": str(run / "findings.gpkg"), "SUMMARY": str(run / "summary.gpkg"),
            "CLAUSES": str(run / "clauses.gpkg")})
        out[lang] = (rows(run / "summary.gpkg"), rows(run / "findings.gpkg"), rows(run / "clauses.gpkg"),
                     run / "notes")
    return out


SLIVER = {
    "en": "site overlaps Ecological protection red line by 5.0 m², within the tolerance of 9.0 m², so it is not "
          "counted as an overlap",
    "zh": "选址与生态保护红线重叠 5.0 m²，在 9.0 m² 的容差以内，不计为重叠",
}
OUTSIDE = {
    ("en", "S1"): "27 m² of the site (<0.1 %) lies outside every control unit of the unit layer: that part was not "
                  "reviewed.",
    ("zh", "S1"): "选址有 27 m²（<0.1%）位于管控单元图层的所有管控单元之外：该部分未经审查。",
    ("en", "S2"): "89,973 m² of the site (>99.9 %) lies outside every control unit of the unit layer: that part was "
                  "not reviewed.",
    ("zh", "S2"): "选址有 89,973 m²（>99.9%）位于管控单元图层的所有管控单元之外：该部分未经审查。",
}
TABLE_CELL = {"en": "5.0 (within the tolerance of 9.0: not counted)", "zh": "5.0（在 9.0 的容差以内，不计入）"}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_sliver_inside_the_red_line_is_named_with_its_area_and_not_counted(runs, lang):
    """G-SL-04 (no building in the red line) stays not applicable to S1, but says the 5 m² it shares with it."""
    summary, findings, clauses, _notes = runs[lang]
    clause = next(r for r in clauses if r["site_id"] == "S1" and r["rule_id"] == "G-SL-04")
    assert clause["status"] == "not_applicable"
    assert clause["reason"].startswith(SLIVER[lang])
    finding = next(f for f in json.loads(next(r for r in findings if r["site_id"] == "S1")["findings_json"])
                   if f["rule_id"] == "G-SL-04")
    assert finding["reasons"][0]["template"].startswith("site overlaps {layer} by {area} m², within the tolerance")
    assert (finding["reasons"][0]["values"]["area"], finding["reasons"][0]["values"]["limit"]) == (5.0, 9.0)
    far = next(r for r in clauses if r["site_id"] == "S2" and r["rule_id"] == "G-SL-04")
    assert far["reason"].startswith({"en": "site does not overlap Ecological protection red line",
                                     "zh": "选址与生态保护红线不重叠"}[lang])
    assert {r["site_id"]: r["verdict"] for r in summary} == {"S1": "needs_study", "S2": "needs_study"}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_part_outside_every_unit_is_never_shown_as_none_or_all_of_the_site(runs, lang):
    """27 m² of 90,000 is 0.03 % (not 0.0 %); 89,973 m² of 90,000 is 99.97 % (not 100.0 %)."""
    reasons = {row["site_id"]: row["reason"] for row in runs[lang][0]}
    assert reasons["S1"].endswith({"en": "; ", "zh": "；"}[lang] + OUTSIDE[(lang, "S1")])  # after a unit-level clause
    assert reasons["S2"] == OUTSIDE[(lang, "S2")]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_notes_say_the_sliver_and_the_share_outside(runs, lang):
    """The HTML notes: the clause's reason, the constraint layers' table and the EIA summary's sentence."""
    notes = runs[lang][3]
    first = html.unescape((notes / "S1.html").read_text(encoding="utf-8"))
    assert SLIVER[lang] in first and TABLE_CELL[lang] in first
    assert OUTSIDE[(lang, "S1")] in first
    second = html.unescape((notes / "S2.html").read_text(encoding="utf-8"))
    assert OUTSIDE[(lang, "S2")] in second and TABLE_CELL[lang] not in second


def test_a_touch_smaller_than_the_tables_last_place_is_not_shown_as_none(runs):
    """The notes' table of touched units: S2's 0.001 m² with the third unit reads <0.01, not 0.00."""
    for lang in ("en", "zh"):
        text = (runs[lang][3] / "S2.html").read_text(encoding="utf-8")
        assert "<td>雄县一般管控单元3</td><td>" in text and "<td>&lt;0.01</td>" in text and "<td>0.00</td>" not in text
