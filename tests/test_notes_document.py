"""The pure content step: what the notes say, checked against independent expectations."""

import copy
import dataclasses
import datetime

import pytest
from pyproj import Geod, Transformer
from shapely import wkt as shapely_wkt

from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.model.results import Finding, OverlayResult, SiteReview, UnitOverlap, UnitReview
from zoning_review.plugin.core.model.vocab import DIMENSIONS
from zoning_review.plugin.notes.context import NotesContext
from zoning_review.plugin.notes.document import build_document
from zoning_review.plugin.notes.html_renderer import render_html
from zoning_review.plugin.notes.model import Checklist, Facts, Table

from .notes_helpers import NOTES_DATE, SCRIPT, SITE_WKT, UNITS, Scenario, clause_as_shown

CGCS2000 = Geod(a=6378137.0, f=1 / 298.257222101)


@pytest.fixture(scope="module")
def scenario(qgis_app, example_rules):
    return Scenario(example_rules)


def clone(review: SiteReview) -> SiteReview:
    """A deep copy of a review (its QgsGeometry cache is not copyable, nor needed by the notes)."""
    geometries, review.overlay.geometries = review.overlay.geometries, {}
    try:
        return copy.deepcopy(review)
    finally:
        review.overlay.geometries = geometries


def all_text(document) -> str:
    return "\n".join(document.texts())


def tables_after(document, title):
    section = next(s for s in document.sections if s.title == title)
    return [b for b in section.blocks if isinstance(b, Table)]


def test_the_scenario_is_what_the_tests_assume(scenario):
    review = scenario.review
    assert [u.overlap.code for u in review.units] == sorted([UNITS[0][0], UNITS[1][0]])
    assert [u.code for u in review.overlay.touches] == [UNITS[2][0]]
    assert review.verdict == "non_compliant"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_overlapped_unit_and_applicable_rule_is_named(scenario, lang):
    text = all_text(build_document(scenario.review, scenario.context, lang))
    for unit in scenario.review.units:
        assert unit.overlap.code in text
        assert unit.overlap.name in text
    for rule_id in scenario.applicable_rule_ids():
        assert clause_as_shown(rule_id, lang) in text
    assert UNITS[2][0] in text  # the boundary touch is listed (apart)



def test_english_notes_use_english_clause_text_and_chinese_notes_chinese(scenario):
    en = all_text(build_document(scenario.review, scenario.context, "en"))
    zh = all_text(build_document(scenario.review, scenario.context, "zh"))
    # G-SL-03 as written in rules/examples/xiongan_example.yaml
    assert "No new or expanded chemical projects within 1 km of a river bank" in en
    assert "禁止在河流岸线1公里范围内新建、扩建化工项目" in zh
    assert "禁止在河流岸线1公里范围内新建、扩建化工项目" not in en


def test_text_falls_back_to_chinese_when_a_clause_has_no_english(scenario):
    review = clone(scenario.review)
    review.units[0].findings.append(Finding(
        rule_id="X-ONLY-ZH", level="unit", dimension="risk_prevention", effect="text",
        status="manual_check", text_zh="只有中文的条款"))
    text = all_text(build_document(review, scenario.context, "en"))
    assert "只有中文的条款" in text


def test_every_unit_shows_four_dimensions_with_every_level(scenario):
    document = build_document(scenario.review, scenario.context, "en")
    titles = [s.title for s in document.sections]
    for unit in scenario.review.units:
        start = titles.index(f"{unit.overlap.code} {unit.overlap.name}")
        dims = document.sections[start + 1:start + 1 + len(DIMENSIONS)]
        assert [s.level for s in dims] == [3] * 4
        for section in dims:
            levels = {row[0] for row in section.blocks[0].rows}
            assert levels == {"General requirements", "Category requirements", "Unit requirements"}


def test_needs_information_names_the_missing_attribute_by_its_label(scenario):
    document = build_document(scenario.review, scenario.context, "en")
    (table,) = tables_after(document, "Information needed")
    missing = "\n".join(row[1] for row in table.rows)
    # boiler_tph is NULL in the scenario; its label comes from the rule file
    assert "Coal-fired boiler capacity (t/h)" in missing and "boiler_tph" not in missing


def test_manual_checks_form_a_checklist(scenario):
    document = build_document(scenario.review, scenario.context, "en")
    section = next(s for s in document.sections if s.title == "Items to confirm by hand")
    (checklist,) = [b for b in section.blocks if isinstance(b, Checklist)]
    labels = " ".join(label for label, _text in checklist.items)
    manual = {f.rule_id for u in scenario.review.units for f in u.findings if f.status == "manual_check"}
    assert manual and all(clause_as_shown(rule_id, "en") in labels for rule_id in manual)
    assert ":" not in labels


def test_site_facts_match_an_independent_geodesic_computation(scenario):
    polygon = shapely_wkt.loads(SITE_WKT)
    area = abs(CGCS2000.geometry_area_perimeter(polygon)[0])
    facts = scenario.context.site
    assert facts.area_m2 == pytest.approx(area, rel=1e-6)
    assert facts.area_mu == pytest.approx(area / 666.6667, rel=1e-5)
    assert facts.centroid_lon == pytest.approx(115.95, abs=1e-9)
    assert facts.centroid_lat == pytest.approx(38.947, abs=1e-9)
    assert facts.point_total == 4
    to_grid = Transformer.from_crs("EPSG:4490", "EPSG:4548", always_xy=True)
    easting, northing = to_grid.transform(115.945, 38.944)
    first = facts.points[0]
    assert (first.lon, first.lat) == pytest.approx((115.945, 38.944))
    assert (first.x, first.y) == pytest.approx((northing, easting), abs=0.01)


def test_distance_to_the_river_bank_is_stated_in_metres(scenario):
    _az, _baz, metres = CGCS2000.inv(115.955, 38.947, 115.9625, 38.947)
    document = build_document(scenario.review, scenario.context, "en")
    table = tables_after(document, "Overlapped environmental control units")[-1]
    row = next(r for r in table.rows if r[0] == "River bank")
    assert row[1] == "Outside"
    assert row[2] == f"{round(metres):,} m"


def test_conclusion_names_the_deciding_clause(scenario):
    document = build_document(scenario.review, scenario.context, "en")
    section = next(s for s in document.sections if s.title == "Conclusion")
    assert section.blocks[0].text == "Conclusion: Non-compliant"
    deciding = [b for b in section.blocks if isinstance(b, Table)][0]
    assert "G-SL-03" in [row[0] for row in deciding.rows]


def test_eia_table_has_the_four_columns_and_a_row_per_unit(scenario):
    document = build_document(scenario.review, scenario.context, "en")
    (table,) = tables_after(document, "Summary for the EIA report")
    assert table.columns == ["Plan type", "Plan name", "Compliance analysis",
                             "Compliance conclusion"]
    assert len(table.rows) == len(scenario.review.units)
    assert all(UNITS[i][0] in " ".join(r[2] for r in table.rows) for i in (0, 1))
    assert [r[3] for r in table.rows] == ["Non-compliant", "Non-compliant"]


def test_expired_rule_set_is_warned_about(scenario):
    context = copy.copy(scenario.context)
    text = all_text(build_document(scenario.review, context, "en"))
    assert "expired" not in text
    context.date = datetime.date(2100, 1, 1)  # the example expires 2099-12-31
    text = all_text(build_document(scenario.review, context, "en"))
    assert "the rule set expired on 2099-12-31" in text


def test_provenance_gives_the_rule_file_hash(scenario, example_rules):
    import hashlib
    digest = hashlib.sha256(example_rules.read_bytes()).hexdigest()
    text = all_text(build_document(scenario.review, scenario.context, "en"))
    assert digest in text and "xiongan-example" in text and "2024.1-example" in text


@pytest.mark.parametrize("lang, label, sources", [
    ("en", "Sources", "Opinions of the Hebei Provincial Government on zoning control (\"three lines, one list\") "
     "冀政字〔2020〕71号; Industrial Structure Adjustment Guidance Catalogue (2024 edition) 国家发展改革委令第7号"),
    ("zh", "依据文件", "河北省人民政府关于加快实施\"三线一单\"生态环境分区管控的意见 冀政字〔2020〕71号；"
     "产业结构调整指导目录（2024年本） 国家发展改革委令第7号"),
])
def test_the_rule_set_sources_are_listed_as_the_language_lists_them(scenario, lang, label, sources):
    document = build_document(scenario.review, scenario.context, lang)
    pairs = [pair for section in document.sections for block in section.blocks if isinstance(block, Facts)
             for pair in block.pairs]
    assert (label, sources) in pairs, pairs


def test_same_inputs_give_the_same_html_whatever_the_input_order(scenario):
    first = render_html(build_document(scenario.review, scenario.context, "zh"))
    shuffled = clone(scenario.review)
    shuffled.units.reverse()
    for unit in shuffled.units:
        unit.findings.reverse()
    shuffled.overlay.overlaps.reverse()
    assert render_html(build_document(shuffled, scenario.context, "zh")) == first


def test_a_site_outside_every_unit_still_gets_notes(qgis_app):
    review = SiteReview(site_id="S99", verdict="needs_study", overlay=OverlayResult(site_area_m2=10.0))
    context = NotesContext(project=ProjectDescription(name="p"), date=NOTES_DATE)
    text = all_text(build_document(review, context, "en"))
    assert "The site lies outside every control unit of the unit layer." in text
    assert "Needs further study" in text


def test_injected_markup_stays_text_in_the_html(scenario):
    page = render_html(build_document(scenario.review, scenario.context, "en"))
    assert "<script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>一般" not in page and "&lt;b&gt;一般&lt;/b&gt;" in page
    assert SCRIPT  # the scenario really injected it


def test_hand_built_unit_review_renders(qgis_app):
    overlap = UnitOverlap(fid=1, code="ZH1", name="n", category="一般管控单元", overlap_m2=5.0,
                          site_fraction=0.5, unit_fraction=0.1)
    finding = Finding(rule_id="R-1", level="general", dimension="spatial_layout", effect="prohibit",
                      status="conflict", text_zh="禁止", decisive=True)
    review = SiteReview(site_id="S1", verdict="non_compliant",
                        overlay=OverlayResult(site_area_m2=10.0, overlaps=[overlap]),
                        units=[UnitReview(overlap, "general", "non_compliant", [finding])])
    document = build_document(review, NotesContext(date=NOTES_DATE), "en")
    text = all_text(document)
    assert "R-1" in text and "Conflict (decisive)" in text and "General control unit" in text


@pytest.mark.parametrize("lang,catalogue,not_given,not_listed", [
    ("en", "Industrial Structure Adjustment Catalogue", "Not given", "Not listed"),
    ("zh", "《产业结构调整指导目录》", "未提供", "未列入")])
def test_a_catalogue_class_no_site_field_held_is_not_given_rather_than_not_listed(scenario, lang, catalogue,
                                                                                   not_given, not_listed):
    def stated(project: ProjectDescription) -> str:
        document = build_document(scenario.review, dataclasses.replace(scenario.context, project=project), lang)
        return dict(document.header.pairs)[catalogue]

    listed = dataclasses.replace(scenario.context.project, catalogue=None)
    assert stated(listed) == not_listed
    assert stated(dataclasses.replace(listed, catalogue_unknown=True)) == not_given
