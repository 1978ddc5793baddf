"""PDF notes through the print-layout template: text, fonts, pages, map, user templates."""

import copy
import html
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from qgis.core import QgsPrintLayout, QgsProject
from qgis.PyQt.QtGui import QImage

from zoning_review.plugin import settings
from zoning_review.plugin.i18n import tr
from zoning_review.plugin.notes.document import build_document
from zoning_review.plugin.notes.export import write_notes
from zoning_review.plugin.notes.layout_renderer import TEMPLATE, build_layout, load_layout
from zoning_review.plugin.notes.map_render import build_scene

from .notes_helpers import SCRIPT, Scenario, clause_as_shown

LETTERHEAD = "[% coalesce(@zr_organisation, '') %]"


def pdftotext(path: str, first: int = 0, last: int = 0) -> str:
    """The PDF's text (optionally of a page range) as written, with every whitespace removed.

    No Unicode normalisation: the notes' PDF must give back the very characters written (Qt's PDF
    writer alone would give 示 as ⽰ and fi as ﬁ; see plugin/notes/pdf_unicode.py).
    """
    pages = (["-f", str(first), "-l", str(last)] if first else [])
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", *pages, path, "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    return re.sub(r"\s+", "", out)


def page_count(path: str) -> int:
    info = subprocess.run(["pdfinfo", path], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def squeeze(text: str) -> str:
    """An expected text normalised like pdftotext()."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def scenario(qgis_app, example_rules):
    return Scenario(example_rules)


@pytest.fixture(scope="module")
def pdf_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("pdf")


_written = {}


def notes_pdf(scenario, folder: Path, lang: str) -> str:
    """The scenario's PDF notes in a language (written once per module)."""
    if lang not in _written:
        _written[lang] = write_notes(scenario.review, scenario.context, str(folder), f"S01-{lang}",
                                     "pdf", lang, scenario.layers, template=TEMPLATE)
    return _written[lang]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_pdf_names_every_unit_rule_and_the_conclusion(scenario, pdf_folder, lang):
    text = pdftotext(notes_pdf(scenario, pdf_folder, lang))
    for unit in scenario.review.units:
        assert unit.overlap.code in text
    for rule_id in scenario.applicable_rule_ids():
        assert squeeze(clause_as_shown(rule_id, lang)) in text, rule_id
    conclusion = tr("Conclusion: {verdict}", lang).format(verdict=tr("Non-compliant", lang))
    assert squeeze(conclusion) in text


def test_chinese_pdf_carries_the_chinese_clause_text(scenario, pdf_folder):
    text = pdftotext(notes_pdf(scenario, pdf_folder, "zh"))
    assert squeeze("禁止在河流岸线1公里范围内新建、扩建化工项目") in text  # G-SL-03, from the rule file
    assert squeeze("容城产业园区") in text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_injected_markup_shows_as_text_in_the_pdf(scenario, pdf_folder, lang):
    text = pdftotext(notes_pdf(scenario, pdf_folder, lang))
    assert squeeze("容城产业园区" + SCRIPT) in text
    assert squeeze("<b>一般</b>管控单元") in text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_pages_are_a4_numbered_and_cjk_fonts_embedded(scenario, pdf_folder, lang):
    path = notes_pdf(scenario, pdf_folder, lang)
    pages = page_count(path)
    assert pages >= 3  # the body flowed over several pages
    info = subprocess.run(["pdfinfo", path], check=True, capture_output=True, text=True).stdout
    assert "595 x 842 pts (A4)" in info
    for page in (1, pages):
        assert f"{page}/{pages}" in pdftotext(path, page, page)
    fonts = subprocess.run(["pdffonts", path], check=True, capture_output=True, text=True).stdout
    cjk = [line for line in fonts.splitlines() if "NotoSansCJK" in line]
    assert cjk and all(line.split()[-5] == "yes" for line in cjk)  # the 'emb' column


def chinese_fonts(path: str) -> dict:
    """Each text run of the PDF holding a Chinese character, by the family of its font (weight aside)."""
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", path], check=True, capture_output=True,
                         text=True).stdout
    families = {number: re.sub(r"-(Regular|Bold)$", "", family)
                for number, family in re.findall(r'<fontspec id="(\d+)"[^>]*family="([^"]+)"', xml)}
    runs = {}
    for number, text in re.findall(r'<text [^>]*font="(\d+)"[^>]*>(.*?)</text>', xml):
        if re.search(r"[\u4e00-\u9fff]", text):
            runs.setdefault(families[number], []).append(re.sub(r"<[^>]+>", "", text))
    return runs


def test_the_templates_chinese_is_drawn_with_the_bodys_simplified_chinese_font(scenario, pdf_folder):
    runs = chinese_fonts(notes_pdf(scenario, pdf_folder, "zh"))
    # The title and running header are the template's labels (DejaVu Sans, which has no Chinese): left to the
    # system, their Chinese took the Japanese forms of Noto Sans CJK, the body's the Simplified Chinese ones.
    assert len(runs) == 1, {family: texts[:3] for family, texts in runs.items()}
    [texts] = runs.values()
    assert texts.count("生态环境分区管控审查意见") >= 2  # the title, and the running header of a page the body adds


def words_between(path: str, page: int, top_mm: float, bottom_mm: float) -> str:
    """The text of a page's words lying wholly between two heights (mm from the page's top), squeezed."""
    xml = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), path, "-"], check=True,
                         capture_output=True, text=True).stdout
    mm = 25.4 / 72
    return "".join(html.unescape(text) for y_min, y_max, text in re.findall(
        r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>', xml)
        if top_mm <= float(y_min) * mm and float(y_max) * mm <= bottom_mm)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_long_site_id_is_shown_whole_in_the_subtitle_and_the_running_header(scenario, tmp_path, lang):
    site_id = "容城县化工新材料产业园年产十万吨有机化学原料项目选址方案（比选方案二）" * 2  # 70 characters
    review = replace(scenario.review, site_id=site_id)
    path = write_notes(review, scenario.context, str(tmp_path), "long", "pdf", lang, template=TEMPLATE)
    # The shipped template: subtitle 31–38 mm on page 1 (the map from 40 mm), running header 8–14 mm on the
    # pages the body adds (the rule at 15 mm). Long text drawn past its box was cut, or drawn over the map.
    assert site_id in words_between(path, 1, 29.5, 40.0)
    assert site_id in words_between(path, 2, 6.5, 15.0)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_page_one_rendered_for_a_human_look(scenario, pdf_folder, artifacts_dir, lang):
    path = notes_pdf(scenario, pdf_folder, lang)
    stem = artifacts_dir / f"notes-scenario-page1-{lang}"
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", path,
                    str(stem)], check=True)
    image = QImage(str(stem) + ".png")
    assert not image.isNull()
    # The map area (15–195 mm × 40–145 mm on A4) is drawn and not blank.
    scale = image.width() / 210.0
    greys = [image.pixelColor(int(x * scale), int(y * scale)).lightness()
             for x in range(20, 190, 3) for y in range(45, 140, 3)]
    mean = sum(greys) / len(greys)
    assert sum((g - mean) ** 2 for g in greys) / len(greys) > 100


def test_the_body_flows_without_clipping(scenario, tmp_path):
    """Every boundary point of a many-vertex appendix reaches the PDF: nothing is cut off."""
    from zoning_review.plugin.notes.context import BoundaryPoint, NotesContext
    context = NotesContext(**{**scenario.context.__dict__})
    context.site = type(scenario.context.site)(**{**scenario.context.site.__dict__})
    context.site.points = [BoundaryPoint(i, 1, 1, 115.0 + i / 1e4, 38.0, 4200000.0 + i, 500000.0)
                           for i in range(1, 301)]
    context.site.point_total = 300
    path = write_notes(scenario.review, context, str(tmp_path), "long", "pdf", "en",
                       template=TEMPLATE)
    text = pdftotext(path)
    assert all(f"{4200000.0 + i:.2f}" in text for i in range(1, 301))
    assert page_count(path) >= 8


def test_the_user_template_from_settings_is_used(scenario, tmp_path):
    source = Path(TEMPLATE).read_text(encoding="utf-8")
    assert LETTERHEAD in source
    custom = tmp_path / "agency.qpt"
    custom.write_text(source.replace(LETTERHEAD, "Hebei Test Agency 河北测试机构"), encoding="utf-8")
    settings.NOTES_TEMPLATE.set(str(custom))
    try:
        path = write_notes(scenario.review, scenario.context, str(tmp_path), "agency", "pdf", "en",
                           scenario.layers)
    finally:
        settings.NOTES_TEMPLATE.reset()
    assert squeeze("Hebei Test Agency 河北测试机构") in pdftotext(path, 1, 1)
    default = write_notes(scenario.review, scenario.context, str(tmp_path), "default", "pdf", "en")
    assert "HebeiTestAgency" not in pdftotext(default, 1, 1)


def test_the_shipped_template_opens_as_an_editable_layout(qgis_app):
    layout = load_layout(TEMPLATE, QgsProject.instance())
    assert isinstance(layout, QgsPrintLayout)
    ids = {item.id() for item in layout.items() if hasattr(item, "id")}
    assert {"letterhead", "logo", "map", "overview", "north_arrow", "scalebar",
            "page_number"} <= ids
    page = layout.pageCollection().page(0).pageSize()
    assert (round(page.width()), round(page.height())) == (210, 297)


def test_the_layout_leaves_user_layers_untouched(scenario):
    units = scenario.units
    renderer_before = units.renderer().dump()
    labels_before = units.labelsEnabled()
    count_before = units.featureCount()
    document = build_document(scenario.review, scenario.context, "en")
    scene = build_scene(scenario.review, scenario.layers)
    layout = build_layout(document, scene, TEMPLATE, QgsProject.instance())
    assert layout.itemById("map").layers()[0].name() == "site"
    assert all(layer is not units for layer in scene.layers)
    assert units.renderer().dump() == renderer_before
    assert units.labelsEnabled() == labels_before and units.featureCount() == count_before
    assert not units.isEditable() and not units.isModified()


def test_a_broken_template_is_reported(scenario, tmp_path):
    from zoning_review.plugin.notes.layout_renderer import NotesError
    broken = tmp_path / "broken.qpt"
    broken.write_text("<not a layout", encoding="utf-8")
    with pytest.raises(NotesError):
        write_notes(scenario.review, scenario.context, str(tmp_path), "x", "pdf", "en",
                    template=str(broken))
    assert shutil.which("pdftotext")


def test_table_rows_are_not_split_across_pages(example_rules, tmp_path):
    """Long clauses make tall rows; each row's text starts and ends on the same page."""
    scenario = Scenario(example_rules)  # its own: the clause texts are changed below
    rows = 0
    for unit in scenario.review.units:
        unit.findings = [copy.copy(finding) for finding in unit.findings]  # units share the rules' findings
        for finding in unit.findings:
            if finding.status == "manual_check":  # also listed as a checklist paragraph, which may flow on
                continue
            rows += 1
            finding.text_en = f"START{rows:03d} {' '.join(['clause'] * (20 + rows * 7 % 60))} END{rows:03d}"
    path = write_notes(scenario.review, scenario.context, str(tmp_path), "tall", "pdf", "en",
                       scenario.layers, template=TEMPLATE)
    pages = page_count(path)
    where = {}
    for page in range(1, pages + 1):
        for mark, number in re.findall(r"(START|END)(\d{3})", pdftotext(path, page, page)):
            where.setdefault(number, {})[mark] = page
    assert len(where) == rows and pages >= 8  # the tables run over several pages
    assert {number: seen for number, seen in where.items() if seen["START"] != seen["END"]} == {}
