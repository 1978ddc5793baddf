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


# The investment is declared in 万元 and labelled so ("Total investment (10,000 yuan)"): its value stays in
# that unit, the unit written in the notes' language, so that label and value agree.
@pytest.mark.parametrize("lang, industry, investment, title", [
    ("zh", "C2614 有机化学原料制造", ("项目总投资（万元）", "5,000 万元"), "生态环境分区管控审查意见"),
    ("en", "C2614 Manufacture of organic chemical raw materials",
     ("Total investment (10,000 yuan)", "5,000 (10,000 yuan)"), "Review notes: ecological-environment zoning control"),
])
def test_header_names_the_industry_and_writes_units_in_the_notes_language(scenario, lang, industry, investment,
                                                                           title):
    document = build_document(scenario.review, scenario.context, lang)
    facts = header(document)
    assert facts["行业（GB/T 4754-2017）" if lang == "zh" else "Industry (GB/T 4754-2017)"] == industry
    label, value = investment
    assert facts[label] == value
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


def test_a_narrow_column_keeps_short_texts_whole(qgis_app):
    from qgis.core import QgsPrintLayout

    from zoning_review.plugin.notes.model import Table
    from zoning_review.plugin.notes.pdf_blocks import BlockBuilder
    from zoning_review.plugin.notes.pdf_style import TextMeasure

    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    analysis = "项目拟选址位于重点管控单元“雄县城镇重点管控单元”（编码ZH13063820001），占拟选址地块面积的100.0%。" * 4
    table = Table(["规划类型", "规划名称", "符合性分析", "符合性结论"],
                  [["生态环境分区管控", "雄安新区生态环境准入清单（示例）", analysis, "不符合"]])
    block = BlockBuilder(TextMeasure(layout), 180.0).table(table)
    header, row = block.rows
    assert [len(cell.lines) for cell in header.cells][3] == 1  # 符合性结论 on one line
    assert row.cells[3].lines == ["不符合"]
    assert len(row.cells[2].lines) > 3  # the analysis gives way


def test_overview_units_have_no_labels_and_the_scale_bar_no_box(scenario, tmp_path):
    from qgis.core import QgsLayoutItemScaleBar, QgsPalLayerSettings, QgsVectorLayerSimpleLabeling

    from zoning_review.plugin.notes.layout_renderer import build_layout
    from zoning_review.plugin.notes.map_render import build_scene

    settings = QgsPalLayerSettings()
    settings.fieldName = "HJGKDYBM"
    scenario.units.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    scenario.units.setLabelsEnabled(True)
    try:
        scene = build_scene(scenario.review, scenario.layers)
        document = build_document(scenario.review, scenario.context, "zh")
        layout = build_layout(document, scene, TEMPLATE, QgsProject.instance())
        inset = layout.itemById("overview").layers()[-1]
        assert inset is not scenario.units and not inset.labelsEnabled()
        assert inset.featureCount() == scenario.units.featureCount()  # a small layer's units all shown
        assert scenario.units.labelsEnabled()  # the user's layer is left as it was
        bar = layout.itemById("scalebar")
        assert isinstance(bar, QgsLayoutItemScaleBar)
        assert not bar.hasBackground() and bar.textFormat().buffer().enabled()
    finally:
        scenario.units.setLabelsEnabled(False)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_page_rendered_for_a_human_look(scenario, artifacts_dir, lang, tmp_path):
    path = write_notes(scenario.review, scenario.context, str(tmp_path), f"pages-{lang}", "pdf", lang,
                       scenario.layers, template=TEMPLATE)
    stem = artifacts_dir / f"notes-layout-{lang}"
    for old in artifacts_dir.glob(f"notes-layout-{lang}-*.png"):
        old.unlink()  # pages of an earlier run must not count
    subprocess.run(["pdftoppm", "-png", "-r", "70", path, str(stem)], check=True)
    pages = sorted(artifacts_dir.glob(f"notes-layout-{lang}-*.png"))
    assert len(pages) >= 3 and all(page.stat().st_size > 10_000 for page in pages)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_page_ends_with_a_heading(scenario, lang, monkeypatch):
    from zoning_review.plugin.notes import pdf_flow
    from zoning_review.plugin.notes.layout_renderer import build_layout
    from zoning_review.plugin.notes.map_render import build_scene
    from zoning_review.plugin.notes.pdf_blocks import HEADING

    drawn = []
    original = pdf_flow.BodyFlow.draw

    def spy(flow, block, rows):
        heading = len(block.rows) == 1 and block.rows[0].cells[0].style in HEADING.values()
        drawn.append((flow.area.page, heading))
        original(flow, block, rows)

    monkeypatch.setattr(pdf_flow.BodyFlow, "draw", spy)
    document = build_document(scenario.review, scenario.context, lang)
    build_layout(document, build_scene(scenario.review, scenario.layers), TEMPLATE, QgsProject.instance())
    pages = sorted({page for page, _ in drawn})
    assert len(pages) >= 3 and sum(heading for _, heading in drawn) >= 8
    for page in pages[:-1]:
        last = [heading for p, heading in drawn if p == page][-1]
        assert not last, f"page {page + 1} ends with a heading"


def test_long_provenance_values_stay_inside_the_right_margin(qgis_app):
    from qgis.core import QgsPrintLayout

    from zoning_review.plugin.notes.model import Facts
    from zoning_review.plugin.notes.pdf_blocks import CELL, BlockBuilder
    from zoning_review.plugin.notes.pdf_style import TextMeasure

    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    measure = TextMeasure(layout)
    sha = "42629aada24286135b0f80e6c9c809921903e3cfb33e7925de6ffe0b26e509f1"
    block = BlockBuilder(measure, 180.0).facts(Facts([
        ("规则文件 SHA-256 校验值", sha * 2),
        ("管控单元图层", "/data/" + "县级管控单元" * 30 + "|layername=control_units"),
    ]))
    assert abs(sum(block.widths) - 180.0) < 1e-6
    widths = block.text_widths()
    for row in block.rows:
        assert len(row.cells[1].lines) >= 2  # the long values were broken
        for cell, width in zip(row.cells, widths):
            assert all(measure.width(line, CELL) <= width for line in cell.lines)
