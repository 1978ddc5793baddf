"""The notes' facts write their numbers with thousands separators in Chinese as in English: a declared
attribute's value, the unit layer's feature count and the site's boundary points (the reasons keep the
value as given: they are SUMMARY's text too)."""

import math

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.notes.context import notes_context
from zoning_review.plugin.notes.document import build_document
from zoning_review.plugin.notes.model import Facts, Paragraph

from .notes_helpers import CRS, NOTES_DATE, Scenario

UNIT_COUNT = 1234
VERTICES = 1200
FEATURES = {"zh": "单元要素数", "en": "Unit features"}


@pytest.fixture(scope="module")
def scenario(qgis_app, example_rules):
    return Scenario(example_rules)


def many_units() -> QgsVectorLayer:
    """A unit layer of 1,234 small squares."""
    layer = QgsVectorLayer(f"Polygon?crs={CRS}", "many units", "memory")
    features = []
    for index in range(UNIT_COUNT):
        x, y = 115.0 + (index % 100) * 0.01, 38.0 + (index // 100) * 0.01
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt(
            f"POLYGON(({x} {y}, {x + 0.005} {y}, {x + 0.005} {y + 0.005}, {x} {y + 0.005}, {x} {y}))"))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def round_site() -> QgsGeometry:
    """A site of 1,200 boundary points."""
    ring = [QgsPointXY(115.95 + 0.004 * math.cos(2 * math.pi * i / VERTICES),
                       38.947 + 0.003 * math.sin(2 * math.pi * i / VERTICES)) for i in range(VERTICES)]
    return QgsGeometry.fromPolygonXY([ring + [ring[0]]])


def facts(document) -> dict:
    """Every label → value of the header and of the sections' facts."""
    pairs = list(document.header.pairs)
    pairs += [pair for section in document.sections for block in section.blocks if isinstance(block, Facts)
              for pair in block.pairs]
    return dict(pairs)


@pytest.mark.parametrize("lang, investment, points, listed", [
    ("zh", ("项目总投资（万元）", "1,234,567.5 万元"), ("界址点", "1,200"), "共 1,200 个点，仅列出前 500 个。"),
    ("en", ("Total investment (10,000 yuan)", "1,234,567.5 (10,000 yuan)"), ("Boundary points", "1,200"),
     "Only the first 500 of 1,200 points are listed."),
])
def test_fact_numbers_have_thousands_separators_in_either_language(scenario, lang, investment, points, listed):
    project = ProjectDescription(name="示例项目", industry="C2614", construction="新建",
                                 attributes={"investment_wan": 1234567.5})
    context = notes_context(project, scenario.ruleset, many_units(), round_site(), scenario.crs,
                            scenario.transform_context, date=NOTES_DATE)
    document = build_document(scenario.review, context, lang)
    found = facts(document)
    assert found[investment[0]] == investment[1]
    assert found[FEATURES[lang]] == "1,234"
    assert found[points[0]].startswith(points[1] + " ")
    paragraphs = [block.text for section in document.sections for block in section.blocks
                  if isinstance(block, Paragraph)]
    assert listed in paragraphs


@pytest.mark.parametrize("lang, shown, investment", [
    ("zh", ("投产年份", "2026"), ("项目总投资（万元）", "50,000 万元")),
    ("en", ("Year of operation", "2026"), ("Total investment (10,000 yuan)", "50,000 (10,000 yuan)")),
])
def test_a_declared_number_without_a_unit_is_written_as_given(scenario, example_rules, tmp_path, lang, shown,
                                                              investment):
    """A year declared without a unit is no amount: the facts write 2026, not 2,026; the investment in 万元 is."""
    path = tmp_path / "rules.yaml"
    year = "  start_year: {type: number, label: {zh: 投产年份, en: Year of operation}}\n"
    path.write_text(example_rules.read_text(encoding="utf-8").replace("\nattributes:\n", "\nattributes:\n" + year, 1),
                    encoding="utf-8")
    loaded = load_ruleset(str(path))
    assert loaded.ruleset is not None, loaded.text()
    project = ProjectDescription(name="示例项目", industry="C2614", construction="新建",
                                 attributes={"start_year": 2026.0, "investment_wan": 50000})
    context = notes_context(project, loaded.ruleset, scenario.units, scenario.site, scenario.crs,
                            scenario.transform_context, date=NOTES_DATE)
    found = facts(build_document(scenario.review, context, lang))
    assert (found[shown[0]], found[investment[0]]) == (shown[1], investment[1])


@pytest.mark.parametrize("lang, boiler, vocs", [
    ("zh", ("燃煤锅炉蒸发量（蒸吨/小时）", "20 蒸吨/小时"), ("VOCs排放量（吨/年）", "1,234.5 吨/年")),
    ("en", ("Coal-fired boiler capacity (t/h)", "20 t/h"), ("VOCs emissions (t/a)", "1,234.5 t/a")),
])
def test_chinese_facts_write_the_declared_chinese_unit(scenario, lang, boiler, vocs):
    """The example declares t/h and t/a with their Chinese units: the Chinese facts say 蒸吨/小时 and 吨/年."""
    project = ProjectDescription(name="示例项目", industry="C2614", construction="新建",
                                 attributes={"boiler_tph": 20.0, "vocs_tpa": 1234.5})
    context = notes_context(project, scenario.ruleset, scenario.units, scenario.site, scenario.crs,
                            scenario.transform_context, date=NOTES_DATE)
    found = facts(build_document(scenario.review, context, lang))
    assert (found[boiler[0]], found[vocs[0]]) == (boiler[1], vocs[1])
