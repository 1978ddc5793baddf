"""Reasons never hide a part of the site: a site counted inside a zone but for a part outside it within the slivers'
tolerance says that part; a line layer meeting the site says its length within the site (or that it only touches the
boundary), a point layer how many of its points lie in the site, never "overlaps (0 m²)"; the part of a small site
outside every unit never reads 0 m². Through zoningreview:reviewsites on a GeoPackage built here with exact
coordinates, in both languages: CLAUSES, FINDINGS, SUMMARY and the HTML notes.

The layers are in CGCS2000 / 3-degree Gauss-Kruger CM 114E (EPSG:4547); the sites lie within 6 km east of the central
meridian, where the projection's scale is 1 to within 5e-7, so areas and lengths worked out from the coordinates are
the ellipsoidal ones to well under the last place shown. The slivers' threshold is the larger of 1 m² and 1/10,000 of
the site, but at most a tenth of it.

P1 (x 500,000–500,300, y 4,300,000–4,300,300; 90,000 m², threshold 9.0 m²), a chemical project (C2614, new) in a
general unit, which C-G-01 requires inside an industrial park: the park starts 0.02 m east of its west edge, so
0.02 m × 300 m = 6.0 m² of the site lies outside it (≤ 9 m²: inside).
P2 (x 502,000–502,300): a red-line layer of lines; one runs north–south through it at x 502,100: 300 m within it.
P3 (x 504,000–504,300): a red line ends on its west edge (a touch); one point of the grade I water-source layer lies in
it.
P4 (x 506,000–506,002, y 4,300,000–4,300,002; 4 m², threshold 0.4 m²): its unit ends 0.24 m short of its east edge,
so 0.24 m × 2 m = 0.48 m² (12.0 %) lies outside every unit.
"""

import html
import json

import pytest
from osgeo import ogr

from tests.test_reason_slivers import QUIET, add_layer, box, reviewed_in_both_languages

GENERAL = {"ZHGKDYFL": "一般管控单元", "ZLCB": "否"}


def build(path) -> str:
    """The GeoPackage of the four sites, their unit and the four constraint layers."""
    data = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    unit_fields = {name: ogr.OFTString for name in ("HJGKDYBM", "HJGKDYMC", "ZHGKDYFL", "ZLCB")}
    add_layer(data, "control_units", ogr.wkbPolygon, unit_fields, [
        ({"HJGKDYBM": "ZH13063830001", "HJGKDYMC": "雄县一般管控单元1", **GENERAL},
         box(499000, 4299000, 506001.76, 4301000)),
    ])
    site_fields = {"site_id": ogr.OFTString, "industry": ogr.OFTString, "construction": ogr.OFTString,
                   "catalogue": ogr.OFTString, **{k: "bool" if isinstance(v, int) else ogr.OFTReal
                                                  for k, v in QUIET.items()}}
    project = {"industry": "M7320", "construction": "新建", "catalogue": "", **QUIET}
    add_layer(data, "sites", ogr.wkbPolygon, site_fields, [
        ({"site_id": "P1", **project, "industry": "C2614"}, box(500000, 4300000, 500300, 4300300)),
        ({"site_id": "P2", **project}, box(502000, 4300000, 502300, 4300300)),
        ({"site_id": "P3", **project}, box(504000, 4300000, 504300, 4300300)),
        ({"site_id": "P4", **project}, box(506000, 4300000, 506002, 4300002)),
    ])
    add_layer(data, "red_line", ogr.wkbLineString, {"name": ogr.OFTString}, [
        ({"name": "红线1"}, "LINESTRING(502100 4299900, 502100 4300400)"),
        ({"name": "红线2"}, "LINESTRING(503900 4300150, 504000 4300150)"),
    ])
    add_layer(data, "water_source", ogr.wkbPoint, {"name": ogr.OFTString, "grade": ogr.OFTString},
              [({"name": "取水口", "grade": "I"}, "POINT(504150 4300150)")])
    add_layer(data, "river_bank", ogr.wkbLineString, {"name": ogr.OFTString},
              [({"name": "河"}, "LINESTRING(530000 4270000, 531000 4270000)")])
    add_layer(data, "industrial_park", ogr.wkbPolygon, {"name": ogr.OFTString},
              [({"name": "园区"}, box(500000.02, 4299900, 500400, 4300400))])
    data = None
    return str(path)


@pytest.fixture(scope="module")
def runs(zr_processing, example_rules, tmp_path_factory):
    """reviewsites in Chinese and in English: (SUMMARY rows, FINDINGS rows, CLAUSES rows, notes folder) by language."""
    folder = tmp_path_factory.mktemp("parts")
    return reviewed_in_both_languages(build(folder / "data.gpkg"), folder, example_rules)


def clause(runs, lang: str, site: str, rule: str) -> dict:
    """A site's CLAUSES row of one rule."""
    return next(r for r in runs[lang][2] if r["site_id"] == site and r["rule_id"] == rule)


def finding(runs, lang: str, site: str, rule: str) -> dict:
    """A site's finding of one rule as FINDINGS stores it."""
    row = next(r for r in runs[lang][1] if r["site_id"] == site)
    return next(f for f in json.loads(row["findings_json"]) if f["rule_id"] == rule)


def notes(runs, lang: str, site: str) -> str:
    """A site's HTML notes as text."""
    return html.unescape((runs[lang][3] / f"{site}.html").read_text(encoding="utf-8"))


INSIDE_BUT = {
    "en": "site lies inside Industrial park but for 6.0 m² outside it, within the tolerance of 9.0 m², so it counts as "
          "inside",
    "zh": "选址位于工业园区（集聚区）范围内，仅有 6.0 m² 位于其外，在 9.0 m² 的容差以内，视为位于其内",
}
# the notes typeset for people: no half-width space after the full-width bracket (the outputs keep their text)
INSIDE_BUT_SHOWN = {"zh": "选址位于工业园区（集聚区）范围内，仅有 6.0 m² 位于其外，在 9.0 m² 的容差以内，视为位于其内"}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_site_inside_a_park_but_for_a_sliver_says_the_part_outside(runs, lang):
    """C-G-01 (a chemical project inside a park) is still met by P1, and says the 6 m² outside the park."""
    row = clause(runs, lang, "P1", "C-G-01")
    assert row["status"] == "allowed"
    assert INSIDE_BUT[lang] in row["reason"]
    values = [r["values"] for r in finding(runs, lang, "P1", "C-G-01")["reasons"] if "area" in r.get("values", {})]
    assert [(v["area"], v["limit"]) for v in values] == [(6.0, 9.0)]
    assert {**INSIDE_BUT, **INSIDE_BUT_SHOWN}[lang] in notes(runs, lang, "P1")


CROSS = {"en": "lines of Ecological protection red line cross the site: 300 m of them lie within the site",
         "zh": "生态保护红线的线要素穿越选址，位于选址范围内的长度为 300 m"}
TOUCH = {"en": "lines of Ecological protection red line touch the site's boundary without running into it; a line that "
               "meets the site counts as overlapping it",
         "zh": "生态保护红线的线要素与选址边界相接，未进入选址范围；线要素与选址相交即计为重叠"}
POINTS = {"en": "points of Drinking-water source protection zone where protection grade is I within the site or on its "
                "boundary: 1",
          "zh": "位于选址范围内或边界上的饮用水水源保护区中保护区级别为 I 的部分点要素：1 个"}
ZERO = {"en": "(0 m²)", "zh": "（0 m²）"}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_line_layer_says_its_length_within_the_site_not_an_area_of_none(runs, lang):
    """G-SL-04 (no building in the red line) is met by P2, whose red line runs 300 m through it, and by P3, which a red
    line touches: the plugin counts a line meeting the site as overlapping it, and the reasons say so."""
    for site, expected in (("P2", CROSS), ("P3", TOUCH)):
        row = clause(runs, lang, site, "G-SL-04")
        assert row["status"] == "conflict"
        assert row["reason"].startswith(expected[lang]) and ZERO[lang] not in row["reason"]
        summary = next(r for r in runs[lang][0] if r["site_id"] == site)
        assert summary["verdict"] == "non_compliant" and expected[lang] in summary["reason"]
        assert expected[lang] in notes(runs, lang, site) and ZERO[lang] not in notes(runs, lang, site)
    assert finding(runs, lang, "P2", "G-SL-04")["reasons"][0]["values"]["length"] == 300


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_point_layer_says_how_many_points_lie_in_the_site(runs, lang):
    """G-SL-05 (grade I water sources) is met by P3, where one of its points lies."""
    row = clause(runs, lang, "P3", "G-SL-05")
    assert row["status"] == "conflict"
    assert row["reason"].startswith(POINTS[lang]) and ZERO[lang] not in row["reason"]
    assert POINTS[lang] in notes(runs, lang, "P3")


TABLE = {"en": ("none (lines: 300.0 m within the site)", "none (lines touch the site's boundary)",
                "none (points within the site or on its boundary: 1)"),
         "zh": ("无（线要素：选址范围内 300.0 m）", "无（线要素与选址边界相接）",
                "无（位于选址范围内或边界上的点要素：1 个）")}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_notes_table_of_constraint_layers_says_lines_and_points_not_none(runs, lang):
    """The notes' constraint-layer table: the overlap column of a line or point layer meeting the site."""
    crossing, touching, points = TABLE[lang]
    assert f"<td>{crossing}</td>" in notes(runs, lang, "P2")
    assert f"<td>{touching}</td>" in notes(runs, lang, "P3") and f"<td>{points}</td>" in notes(runs, lang, "P3")


SMALL = {"en": "0.5 m² of the site (12.0 %) lies outside every control unit of the unit layer: that part was not "
               "reviewed.",
         "zh": "选址有 0.5 m²（12.0%）位于管控单元图层的所有管控单元之外：该部分未经审查。"}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_part_of_a_small_site_outside_every_unit_never_reads_none(runs, lang):
    """P4: 0.48 m² of 4 m² lies outside every unit (over its 0.4 m² threshold): 0.5 m², not 0 m²."""
    summary = next(r for r in runs[lang][0] if r["site_id"] == "P4")
    assert summary["verdict"] == "needs_study"
    assert summary["reason"].endswith(SMALL[lang])
    assert SMALL[lang] in notes(runs, lang, "P4")
