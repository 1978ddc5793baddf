"""Layout faults of #17 in the notes: subtitle, industry name, English units, signer, PDF metadata."""

import subprocess

import pytest
from qgis.core import QgsProject

from zoning_review.plugin.notes.context import notes_context
from zoning_review.plugin.notes.document import build_document
from zoning_review.plugin.notes.export import write_notes
from zoning_review.plugin.notes.layout_renderer import TEMPLATE

from .notes_helpers import NOTES_DATE, Scenario, project


@pytest.fixture(scope="module")
def scenario(qgis_app, example_rules):
    return Scenario(example_rules)


def header(document) -> dict:
    return dict(document.header.pairs)


@pytest.mark.parametrize("lang, industry, investment, title", [
    ("zh", "C2614 有机化学原料制造", "5000 万元", "生态环境分区管控审查意见"),
    ("en", "C2614 有机化学原料制造", "50,000,000 yuan", "Review notes: ecological-environment zoning control"),
])
def test_header_names_the_industry_and_writes_units_in_the_notes_language(scenario, lang, industry, investment,
                                                                           title):
    document = build_document(scenario.review, scenario.context, lang)
    facts = header(document)
    assert facts["行业（GB/T 4754-2017）" if lang == "zh" else "Industry (GB/T 4754-2017)"] == industry
    assert investment in facts.values()
    assert document.title == title
    assert "示例化工项目" not in document.subtitle and "S01" in document.subtitle
    assert "示例化工项目" in facts["项目" if lang == "zh" else "Project"]


def test_reviewer_and_organisation_given_are_signed(scenario):
    context = notes_context(project(), scenario.ruleset, scenario.units, scenario.site, scenario.crs,
                            scenario.transform_context, date=NOTES_DATE, reviewer="张三",
                            organisation="雄安新区生态环境局")
    facts = header(build_document(scenario.review, context, "en"))
    assert facts["Reviewer"] == "张三" and facts["Organisation"] == "雄安新区生态环境局"
    unsigned = header(build_document(scenario.review, scenario.context, "en"))
    assert unsigned["Reviewer"] == "—"


def test_pdf_title_is_the_notes_title_not_the_projects(scenario, tmp_path):
    project_ = QgsProject.instance()
    metadata = project_.metadata()
    metadata.setTitle("My QGIS project")
    project_.setMetadata(metadata)
    project_.setDirty(False)
    context = notes_context(project(), scenario.ruleset, scenario.units, scenario.site, scenario.crs,
                            scenario.transform_context, date=NOTES_DATE, reviewer="张三", organisation="某环评单位")
    path = write_notes(scenario.review, context, str(tmp_path), "titled", "pdf", "zh", scenario.layers,
                       template=TEMPLATE)
    info = subprocess.run(["pdfinfo", path], check=True, capture_output=True, text=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert fields["Title"].strip() == "生态环境分区管控审查意见"
    assert fields["Author"].strip() == "某环评单位"
    assert project_.metadata().title() == "My QGIS project"
