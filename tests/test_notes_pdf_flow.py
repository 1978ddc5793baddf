"""The PDF notes body drawn with native layout items: long notes flow over pages completely, table
headers repeat, Chinese text is extracted as written, and an incomplete note is an error, not a file.

Extracted text is compared as written (only whitespace removed, no Unicode normalisation).
"""

import re
import subprocess
from pathlib import Path
from typing import List

import pytest
from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemManualTable,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsPrintLayout,
    QgsProject,
    QgsTableCell,
)

from zoning_review.plugin.notes import pdf_flow, pdf_style
from zoning_review.plugin.notes.layout_renderer import TEMPLATE, NotesError, render_pdf
from zoning_review.plugin.notes.model import (
    Checklist,
    Facts,
    MapBlock,
    NotesDocument,
    Paragraph,
    Section,
    Table,
)
from zoning_review.plugin.notes.pdf_blocks import CELL, HEADING
from zoning_review.plugin.notes.pdf_style import TextMeasure, TextStyle, text_format

DATA = Path(__file__).parent / "data" / "notes"
HTML_BODY_TEMPLATE = DATA / "review_notes_a4_html_body.qpt"  # the template before native body items
WORDS = "clause text that wraps over several lines of a narrow column"


def pdftotext(path: str, page: int = 0, raw: bool = False) -> str:
    """The text of the PDF (or of one page) with every whitespace removed, nothing else changed."""
    options = (["-f", str(page), "-l", str(page)] if page else []) + (["-raw"] if raw else [])
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", *options, path, "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    return re.sub(r"\s+", "", out)


def squeeze(text: str) -> str:
    """Text with every whitespace removed."""
    return re.sub(r"\s+", "", text)


def page_count(path: str) -> int:
    info = subprocess.run(["pdfinfo", path], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def long_table(name: str, rows: int) -> Table:
    """A findings-like table whose rows carry markers NAME-R001… and wrap in a narrow column."""
    table = Table([f"{name} code", f"{name} clause", f"{name} result"], widths=[15, 60, 25])
    for index in range(1, rows + 1):
        words = " ".join([WORDS] * (1 + index % 4))
        table.rows.append([f"{name}-R{index:03d}", f"{name}-C{index:03d} {words}",
                           "non-compliant" if index % 3 else "compliant"])
        table.tones.append("bad" if index % 3 else "ok")
    return table


def long_document(lang: str = "en") -> NotesDocument:
    """A note of many units and findings: long tables, paragraphs, facts and a checklist."""
    sections = [Section("Location map", [MapBlock("The map")])]
    for unit in range(1, 4):
        sections.append(Section(f"Unit U{unit} findings", [
            Paragraph(f"U{unit}-P " + " ".join([WORDS] * 12)),
            long_table(f"T{unit}", 45 + 10 * unit),
        ]))
        sections.append(Section(f"Unit U{unit} facts", [
            Facts([(f"U{unit}-F{i} label", f"U{unit}-V{i} value {WORDS}") for i in range(1, 9)])],
            level=2))
    sections.append(Section("Checklist", [Checklist([(f"K{i}", f"K{i}-text {WORDS}")
                                                     for i in range(1, 12)])]))
    sections.append(Section("Closing", [Paragraph("END-OF-NOTES", strong=True)], level=3))
    return NotesDocument(
        lang=lang, title="Long note", subtitle="Many units and findings", site_id="S99",
        verdict="non_compliant", verdict_label="Non-compliant",
        header=Facts([("Project", "Long project"), ("Site", "S99")]), sections=sections,
        variables={"zr_title": "Long note", "zr_subtitle": "Many units", "zr_site": "S99",
                   "zr_organisation": "Org", "zr_map_caption": "The map"})


def body_texts(document: NotesDocument) -> List[str]:
    """Every text of the body that the PDF must carry (the map and its caption are the template's)."""
    texts = [t for pair in document.header.pairs for t in pair] + [document.verdict_label]
    for section in document.sections:
        if all(isinstance(block, MapBlock) for block in section.blocks):
            continue
        texts.append(section.title)
        for block in section.blocks:
            if isinstance(block, Paragraph):
                texts.append(block.text)
            elif isinstance(block, Facts):
                texts += [t for pair in block.pairs for t in pair]
            elif isinstance(block, Table):
                texts += list(block.columns) + [c for row in block.rows for c in row]
            elif isinstance(block, Checklist):
                texts += [t for item in block.items for t in item]
    return texts


@pytest.fixture(scope="module")
def long_pdf(qgis_app, tmp_path_factory, artifacts_dir):
    document = long_document()
    path = str(tmp_path_factory.mktemp("flow") / "long.pdf")
    render_pdf(document, None, path, TEMPLATE)
    pages = page_count(path)
    for page in (1, 2, pages):
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", str(page), "-l", str(page),
                        "-singlefile", path, str(artifacts_dir / f"notes-long-page{page}")],
                       check=True)
    return document, path


def test_every_page_carries_body_text_and_its_page_number(long_pdf):
    _document, path = long_pdf
    pages = page_count(path)
    assert pages >= 8
    for page in range(1, pages + 1):
        text = pdftotext(path, page)
        assert f"{page}/{pages}" in text, page
        assert re.search(r"T\d-R\d{3}|U\d-F\d|K\d+-text|END-OF-NOTES", text), f"page {page} has no body"


def test_the_body_text_of_every_section_is_in_the_pdf(long_pdf):
    document, path = long_pdf
    text = pdftotext(path, raw=True)
    missing = [t for t in body_texts(document) if squeeze(t) not in text]
    assert missing == []
    assert text.index("END-OF-NOTES") > text.index("T3-R075")  # in reading order, to the end


def test_header_rows_repeat_on_every_page_a_table_continues_on(long_pdf):
    _document, path = long_pdf
    seen = {}
    for page in range(1, page_count(path) + 1):
        text = pdftotext(path, page)
        for name in ("T1", "T2", "T3"):
            if re.search(rf"{name}-R\d{{3}}", text):
                seen.setdefault(name, []).append(page)
                assert f"{name}code{name}clause{name}result" in text, (name, page)
    assert all(len(pages) >= 2 for pages in seen.values()) and len(seen) == 3


def test_rows_are_kept_whole_and_in_order(long_pdf):
    _document, path = long_pdf
    where = {}
    for page in range(1, page_count(path) + 1):
        for marker in re.findall(r"T\d-[RC]\d{3}", pdftotext(path, page, raw=True)):
            where.setdefault(marker, set()).add(page)
    for name, rows in (("T1", 55), ("T2", 65), ("T3", 75)):
        for index in range(1, rows + 1):
            code, clause = where[f"{name}-R{index:03d}"], where[f"{name}-C{index:03d}"]
            assert code == clause and len(code) == 1, (name, index)


def test_a_row_taller_than_a_page_continues_over_pages(qgis_app, tmp_path):
    lines = [f"LINE{i:03d}" for i in range(1, 141)]
    document = long_document()
    document.sections = [Section("Tall", [Table(["Code", "Text"], [["TALL", "\n".join(lines)]])])]
    path = str(tmp_path / "tall.pdf")
    render_pdf(document, None, path, TEMPLATE)
    assert page_count(path) >= 2
    text = pdftotext(path, raw=True)
    assert all(line in text for line in lines)
    assert text.index("LINE001") < text.index("LINE140")
    assert "CodeText" in pdftotext(path, page_count(path))


def test_chinese_text_is_extracted_as_written(qgis_app, tmp_path):
    """Radical-sharing ideographs (一 示 见 长 门 页 马…) come out as themselves, not as radicals."""
    chinese = "一般管控单元示范区：长江门户，见页马鱼鸟风车；生态环境准入清单第12条（2024年）"
    document = long_document("zh")
    document.sections = [Section("生态环境分区管控", [Paragraph(chinese),
                                                      Table(["单元", "意见"], [["甲", chinese]])])]
    path = str(tmp_path / "zh.pdf")
    render_pdf(document, None, path, TEMPLATE)
    text = pdftotext(path)
    assert squeeze(chinese) in text
    assert pdftotext(path, raw=True).count(squeeze(chinese)) == 2  # paragraph and table cell
    assert "生态环境分区管控" in text
    assert not re.search("[\u2e80-\u2fdf]", text)
    assert subprocess.run(["pdfinfo", path], capture_output=True, check=True).stderr == b""


def test_notes_of_the_earlier_html_template_are_drawn_without_its_html_item(qgis_app, tmp_path):
    document = long_document()
    path = str(tmp_path / "old.pdf")
    render_pdf(document, None, path, str(HTML_BODY_TEMPLATE))
    text = pdftotext(path, raw=True)
    assert "END-OF-NOTES" in text and "T3-R075" in text
    assert "Reviewnotesbody" not in text  # the HTML item's placeholder
    pages = page_count(path)
    assert f"{pages}/{pages}" in pdftotext(path, pages)


def template_with(tmp_path: Path, name: str, old: str, new: str) -> str:
    """A copy of the shipped template with one piece of its XML replaced."""
    source = Path(TEMPLATE).read_text(encoding="utf-8")
    assert old in source
    path = tmp_path / name
    path.write_text(source.replace(old, new), encoding="utf-8")
    return str(path)


def test_a_template_without_a_body_area_is_an_error(qgis_app, tmp_path):
    template = template_with(tmp_path, "nobody.qpt", 'id="body"', 'id="somewhere"')
    path = tmp_path / "x.pdf"
    with pytest.raises(NotesError, match="body"):
        render_pdf(long_document(), None, str(path), template)
    assert list(tmp_path.glob("x.pdf*")) == []


def test_a_body_area_too_small_for_a_line_is_an_error_and_writes_nothing(qgis_app, tmp_path):
    template = template_with(tmp_path, "small.qpt", 'size="180,262,mm"', 'size="180,2,mm"')
    template = Path(template).read_text(encoding="utf-8").replace('size="180,127,mm"',
                                                                  'size="180,2,mm"')
    small = tmp_path / "small2.qpt"
    small.write_text(template, encoding="utf-8")
    path = tmp_path / "x.pdf"
    with pytest.raises(NotesError, match="too small"):
        render_pdf(long_document(), None, str(path), str(small))
    assert list(tmp_path.glob("x.pdf*")) == []


def test_a_table_qgis_would_not_draw_completely_is_an_error_and_writes_nothing(
        qgis_app, tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_flow, "SLACK_MM", -3.0)  # frames shorter than their rows
    path = tmp_path / "x.pdf"
    with pytest.raises(NotesError, match="could not be laid out completely"):
        render_pdf(long_document(), None, str(path), TEMPLATE)
    assert list(tmp_path.glob("x.pdf*")) == []


def qgis_row_height(layout: QgsPrintLayout, text: str, style: TextStyle, width: float) -> float:
    """The least frame height in which QGIS shows a one-cell row of automatic height (mm)."""
    table = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(table)
    cell = QgsTableCell(text)
    cell.setTextFormat(text_format(style))
    table.setTableContents([[cell]])
    table.setColumnWidths([width])
    table.setCellMargin(0)
    table.setShowGrid(False)
    frame = QgsLayoutFrame(layout, table)
    table.addFrame(frame)
    context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
    low, high = 0.0, 300.0
    for _step in range(40):
        middle = (low + high) / 2
        frame.attemptResize(QgsLayoutSize(width, middle))
        table.recalculateFrameSizes()
        low, high = (low, middle) if table.rowsVisible(context, 0, 0, False) >= 1 else (middle, high)
    return high


@pytest.mark.parametrize("style", [CELL, TextStyle(CELL.size, True), HEADING[1], TextStyle(9.5)],
                         ids=["cell", "bold", "heading", "body"])
@pytest.mark.parametrize("lines", [1, 3, 12])
def test_rows_are_at_least_as_tall_as_qgis_measures_their_text(qgis_app, style, lines):
    """The renderer fixes every row's height from its own line breaking; QGIS would clip a cell
    shorter than the text, so each row must be at least as tall as QGIS itself measures it."""
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    measure = TextMeasure(layout)
    text = "\n".join(["示例 Example 0123456789 一般管控单元"] * lines)
    wrapped = measure.wrap(text, 120, style)
    assert len(wrapped) == lines
    ours = len(wrapped) * measure.line_height(style) + pdf_flow.LINE_PAD_MM
    assert ours >= qgis_row_height(layout, text, style, 120)


@pytest.mark.parametrize("text, pieces", [
    ("G-PE-01（ZH13062910001）", ["G-PE-01", "（ZH13062910001）"]),  # Qt breaks at the hyphen, not before （
    ("王工 2026-12-03T10:00+08:00", ["王", "工 ", "2026-12-03T10:00+08:00"]),
    ("non-compliant - see G-SL-03", ["non-compliant ", "- ", "see ", "G-SL-03"]),
    ("禁止新建（扩建）", ["禁", "止", "新", "建", "（扩", "建）"]),
])
def test_rule_ids_and_times_are_one_piece_and_a_full_width_bracket_starts_one(qgis_app, text, pieces):
    assert pdf_style.segments(text) == pieces


def test_the_least_widths_leave_every_column_its_need_and_cut_only_the_widest():
    from zoning_review.plugin.notes.pdf_blocks import levelled

    assert levelled([10, 40, 30], 170) == [10, 40, 30]
    assert levelled([10, 40, 200], 170) == [10, 40, 120]  # not 56.7 mm each at most
    assert levelled([9, 40, 130, 43, 33], 170) == [9, 40, 45, 43, 33]
    assert levelled([100, 120, 30], 170) == [70, 70, 30]
