"""The notes' project facts mark a value given but not understood (the findings say it needs information), instead
of showing it like any other — with the declared unit appended to text that is no number."""

import pytest

from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.i18n import tr
from zoning_review.plugin.notes.context import notes_context
from zoning_review.plugin.notes.document import build_document

from .notes_helpers import NOTES_DATE, Scenario
from .test_notes_fact_numbers import facts

LABELS = {"en": ("Total investment (10,000 yuan)", "Industry (GB/T 4754-2017)", "Construction nature",
                 "Industrial Structure Adjustment Catalogue", "Coal-fired boiler capacity (t/h)"),
          "zh": ("项目总投资（万元）", "行业（GB/T 4754-2017）", "建设性质", "《产业结构调整指导目录》",
                 "燃煤锅炉蒸发量（蒸吨/小时）")}


@pytest.fixture(scope="module")
def scenario(qgis_app, example_rules):
    return Scenario(example_rules)


def shown(project: ProjectDescription, scenario, lang: str) -> dict:
    context = notes_context(project, scenario.ruleset, scenario.units, scenario.site, scenario.crs,
                            scenario.transform_context, date=NOTES_DATE)
    return facts(build_document(scenario.review, context, lang))


def mark(text: str, lang: str) -> str:
    """The value as written and the mark: `` (not understood: needs information)``, in Chinese full-width brackets
    (the Chinese words are in NEW_STRINGS.tsv: 无法识别：需补充信息)."""
    words = "not understood: needs information"
    return f"{text} ({words})" if lang == "en" else f"{text}（{tr(words, 'zh')}）"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_values_given_but_not_understood_are_marked(scenario, lang):
    project = ProjectDescription(name="示例项目", industry="X9999", construction="新新建", catalogue="某某类",
                                 attributes={"investment_wan": "约5", "boiler_tph": "20"})
    found = shown(project, scenario, lang)
    investment, industry, construction, catalogue, boiler = LABELS[lang]
    assert found[investment] == mark("约5", lang)  # no 万元 / (10,000 yuan) after it
    assert found[industry] == mark("X9999", lang)
    assert found[construction] == mark("新新建", lang)
    assert found[catalogue] == mark("某某类", lang)
    assert found[boiler] == ("20 蒸吨/小时" if lang == "zh" else "20 t/h")  # text read as a number: not marked


@pytest.mark.parametrize("lang, construction, catalogue", [("en", "New construction", "Restricted class"),
                                                           ("zh", "新建", "限制类")])
def test_values_understood_are_not_marked(scenario, lang, construction, catalogue):
    project = ProjectDescription(name="示例项目", industry="C2614", construction="新建", catalogue="限制类",
                                 attributes={"investment_wan": "5万元"})
    found = shown(project, scenario, lang)
    labels = LABELS[lang]
    assert found[labels[0]] == ("5 万元" if lang == "zh" else "5 (10,000 yuan)")
    assert found[labels[2]] == construction and found[labels[3]] == catalogue
    assert "not understood" not in found[labels[1]] and tr("not understood: needs information", "zh") not in \
        found[labels[1]]
