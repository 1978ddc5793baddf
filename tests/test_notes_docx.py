"""Word (.docx) notes: every sample site in both languages, read back as XML and opened by LibreOffice.

LibreOffice headless (Debian's libreoffice-writer-nogui, installed by `make deps`; tests only) converts
the notes to HTML and PDF; texts are compared as written, without Unicode normalisation (only whitespace
is collapsed, as HTML shows it).
"""

import datetime
import os
import re
import shutil
import signal
import subprocess
import sys
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from qgis.PyQt.QtGui import QImage

from zoning_review.plugin.i18n import tr
from zoning_review.plugin.notes.document import build_document
from zoning_review.plugin.notes.export import write_notes
from zoning_review.plugin.notes.layout_renderer import NotesError
from zoning_review.plugin.notes.model import Checklist, Facts, MapBlock, NotesDocument, Paragraph, Section, Table

from .notes_helpers import clause_as_shown
from .test_notes_sample import Sample, conclusion

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "plugin" / "vendor"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
LANGS = ("zh", "en")


def docx_xml(path, name: str) -> ET.Element:
    """One XML part of a .docx package."""
    with zipfile.ZipFile(path) as package:
        return ET.fromstring(package.read(name))


def part_names(path, prefix: str):
    """The names of a package's parts that start with ``prefix``."""
    with zipfile.ZipFile(path) as package:
        return sorted(n for n in package.namelist() if n.startswith(prefix))


def text_of(element: ET.Element) -> str:
    """The text of a paragraph, table cell or part: its w:t texts, a w:br as a line break."""
    pieces = {f"{W}t": lambda e: e.text or "", f"{W}br": lambda e: "\n", f"{W}tab": lambda e: "\t"}
    return "".join(pieces[e.tag](e) for e in element.iter() if e.tag in pieces)


def style_of(paragraph: ET.Element) -> str:
    """A paragraph's style id ('' for Normal)."""
    found = paragraph.find(f"{W}pPr/{W}pStyle")
    return found.get(f"{W}val") if found is not None else ""


def soffice(files, target: str, outdir: Path, profile: Path) -> None:
    """Convert files with LibreOffice headless (a private profile) into ``outdir``; a hang fails the test."""
    command = ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
               "--convert-to", target, "--outdir", str(outdir), *map(str, files)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        output, _ = process.communicate(timeout=300)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # soffice.bin too, not only the launcher
        process.communicate()
        pytest.fail(f"LibreOffice did not finish converting to {target} in 300 s")
    assert process.returncode == 0, output.decode("utf-8", "replace")


class Html(HTMLParser):
    """The text of a page (whitespace collapsed, as HTML shows it) and its number of tables."""

    def __init__(self, page: str):
        super().__init__()
        self.parts, self.tables, self.skip = [], 0, 0
        self.feed(page)
        self.text = " ".join("".join(self.parts).split())

    def handle_starttag(self, tag, attrs):
        self.tables += tag == "table"
        self.skip += tag in ("style", "title")

    def handle_endtag(self, tag):
        self.skip -= tag in ("style", "title")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def model_tables(document: NotesDocument, with_map: bool = True):
    """The blocks drawn as Word tables, in order: header facts, then facts and tables of the sections."""
    blocks = [document.header]
    for section in document.sections:
        if section.blocks and all(isinstance(b, MapBlock) for b in section.blocks) and not with_map:
            continue
        blocks += [b for b in section.blocks if isinstance(b, Table) or (isinstance(b, Facts) and b.pairs)]
    return blocks


@pytest.fixture(scope="module")
def sample(qgis_app, sample_gpkg, example_rules):
    return Sample(sample_gpkg, example_rules)


@pytest.fixture(scope="module")
def written(sample, tmp_path_factory):
    """(site id, lang) → (path, review, document) of the Word notes of every sample site."""
    folder = tmp_path_factory.mktemp("docx")
    notes = {}
    for review, context, layers in sample.items:
        for lang in LANGS:
            path = write_notes(review, context, str(folder), f"{review.site_id}-{lang}", "docx", lang, layers)
            notes[(review.site_id, lang)] = (Path(path), review, build_document(review, context, lang))
    return notes


@pytest.fixture(scope="module")
def libreoffice(written, tmp_path_factory):
    """The notes converted by LibreOffice: (site, lang) → text and HTML; the PDF of a non-compliant site."""
    if shutil.which("soffice") is None:
        pytest.fail("LibreOffice is missing: `make deps` installs libreoffice-writer-nogui")
    base = tmp_path_factory.mktemp("libreoffice")
    profile = base / "profile"
    # HTML, not plain text: LibreOffice 25.2's text export never ends on a document with a picture and a table.
    soffice([path for path, _r, _d in written.values()], "html", base / "html", profile)
    chosen = next(site for (site, _l), (_p, review, _d) in sorted(written.items())
                  if review.verdict == "non_compliant")
    soffice([written[(chosen, lang)][0] for lang in LANGS], "pdf", base / "pdf", profile)
    pages = {key: Html((base / "html" / f"{key[0]}-{key[1]}.html").read_text(encoding="utf-8")) for key in written}
    return {"html": pages, "pdf": {lang: base / "pdf" / f"{chosen}-{lang}.pdf" for lang in LANGS}}


def shown(text: str) -> str:
    """A source string with its whitespace collapsed as HTML shows it (nothing else is changed)."""
    return " ".join(text.split())


@pytest.mark.parametrize("lang", LANGS)
def test_libreoffice_reads_every_unit_rule_and_the_conclusion_exactly(written, libreoffice, lang):
    for (site, which), (_path, review, document) in sorted(written.items()):
        if which != lang:
            continue
        text = libreoffice["html"][(site, lang)].text
        assert shown(document.title) in text and shown(document.subtitle) in text
        for unit in review.units:
            assert unit.overlap.code in text, (site, unit.overlap.code)
            for finding in unit.findings:
                assert clause_as_shown(finding.rule_id, lang) in text, (site, finding.rule_id)
        assert shown(conclusion(review.verdict, lang)) in text, site
        assert not re.search("[\u2e80-\u2fdf\uf900-\ufaff]", text)  # radicals, compatibility ideographs


@pytest.mark.parametrize("lang", LANGS)
def test_libreoffice_keeps_the_tables_as_tables(written, libreoffice, lang):
    for (site, which), (path, _review, document) in sorted(written.items()):
        if which != lang:
            continue
        body = docx_xml(path, "word/document.xml").find(f"{W}body")
        expected = len(model_tables(document))
        assert len(body.findall(f"{W}tbl")) == expected, site
        assert libreoffice["html"][(site, lang)].tables == expected, site


@pytest.mark.parametrize("lang", LANGS)
def test_word_tables_headings_picture_footer_and_properties(written, lang):
    site = next(s for (s, _l), (_p, review, _d) in sorted(written.items()) if review.verdict == "non_compliant")
    path, _review, document = written[(site, lang)]
    body = docx_xml(path, "word/document.xml").find(f"{W}body")
    tables = body.findall(f"{W}tbl")
    for block, table in zip(model_tables(document), tables):
        rows = table.findall(f"{W}tr")
        if isinstance(block, Facts):
            assert [[text_of(c) for c in row.findall(f"{W}tc")] for row in rows] == [list(p) for p in block.pairs]
            assert table.find(f".//{W}tblHeader") is None
            continue
        assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None  # repeats on every page
        assert all(row.find(f"{W}trPr/{W}tblHeader") is None for row in rows[1:])
        assert [text_of(c) for c in rows[0].findall(f"{W}tc")] == block.columns
        assert [[text_of(c) for c in row.findall(f"{W}tc")] for row in rows[1:]] == block.rows
        fills = {"ok": "E3F1E0", "warn": "FFF1D6", "bad": "F9DCDC"}
        for index, row in enumerate(rows[1:]):
            shades = {s.get(f"{W}fill") for s in row.iter(f"{W}shd")}
            assert shades == ({fills[block.tone(index)]} if block.tone(index) in fills else set())
        assert table.find(f"{W}tblPr/{W}tblLayout").get(f"{W}type") == "fixed"
    assert any(isinstance(b, Table) and b.widths for b in model_tables(document))
    # Headings: the notes' title, then every section at its level as Word's Heading 1-3.
    paragraphs = body.findall(f"{W}p")
    assert [text_of(p) for p in paragraphs if style_of(p) == "Title"] == [document.title]
    assert [text_of(p) for p in paragraphs if style_of(p) == "Subtitle"] == [document.subtitle]
    headings = [(style_of(p), text_of(p)) for p in paragraphs if style_of(p).startswith("Heading")]
    assert headings == [(f"Heading{s.level}", s.title) for s in document.sections]
    # The map: an embedded PNG picture with its caption under it.
    (media,) = part_names(path, "word/media/")
    with zipfile.ZipFile(path) as package:
        image = QImage()
        assert image.loadFromData(package.read(media), "PNG") and image.width() > 500
    assert body.find(f".//{A}blip").get(f"{R}embed")
    caption = next(b.caption for s in document.sections for b in s.blocks if isinstance(b, MapBlock))
    assert any(style_of(p) == "Caption" and text_of(p) == caption for p in paragraphs)
    # The footer numbers the pages with a PAGE field.
    footers = [docx_xml(path, name) for name in part_names(path, "word/footer")]
    instructions = [i.text for f in footers for i in f.iter(f"{W}instrText")]
    assert " PAGE " in instructions and " NUMPAGES " in instructions
    assert [text_of(p) for f in footers for p in f.iter(f"{W}p")] == [
        tr("Page {page} of {pages}", lang).format(page=1, pages=1)]  # the fields' shown values
    # Document properties: the notes' own title and language, nothing of python-docx's sample.
    core = {element.tag.split("}")[1]: element.text or "" for element in docx_xml(path, "docProps/core.xml")}
    assert core["title"] == document.title and core["subject"] == document.subtitle
    assert core["language"] == ("zh-CN" if lang == "zh" else "en-GB")
    assert not any("python-docx" in value for value in core.values())
    assert part_names(path, "docProps/thumbnail") == []


def test_styles_name_a_chinese_and_a_latin_font(written):
    path = next(p for p, _r, _d in written.values())
    styles = docx_xml(path, "word/styles.xml")
    fonts = {s.get(f"{W}styleId"): s.find(f"{W}rPr/{W}rFonts") for s in styles.findall(f"{W}style")}
    defaults = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    for element in (defaults, fonts["Normal"], fonts["Heading1"], fonts["TableText"]):
        assert element.get(f"{W}eastAsia") in ("宋体", "黑体") and element.get(f"{W}ascii")
        assert element.get(f"{W}eastAsiaTheme") is None and element.get(f"{W}asciiTheme") is None
    levels = {s.get(f"{W}styleId"): s.find(f"{W}pPr/{W}outlineLvl") for s in styles.findall(f"{W}style")}
    assert [levels[f"Heading{n}"].get(f"{W}val") for n in (1, 2, 3)] == ["0", "1", "2"]


def test_a_page_of_each_language_as_a_picture(libreoffice, artifacts_dir):
    for lang in LANGS:
        pdf = libreoffice["pdf"][lang]
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                             capture_output=True).stdout.decode("utf-8")
        pages = re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True,
                                                             text=True).stdout).group(1)
        assert tr("Page {page} of {pages}", lang).format(page=1, pages=pages) in out
        target = artifacts_dir / f"docx-notes-page1-{lang}"
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(target)], check=True)
        image = QImage(str(target) + ".png")
        assert image.width() > 600 and image.height() > 850  # A4 portrait at 80 dpi


def test_control_characters_and_every_block_kind(tmp_path):
    from zoning_review.plugin.notes.docx_renderer import render_docx

    document = NotesDocument("en", "Title\x07", "Sub\x00title", "S\x0b1", "needs_study", "Needs study",
                             Facts([("Label\x1f", "value")]))
    document.sections = [
        Section("Map", [MapBlock("no picture: the section is left out")]),
        Section("Part", [Paragraph("bold\nline", tone="bad", strong=True),
                         Table(["a", "b"], [["1", "2"], ["3"]], ["muted"], caption="Caption"),
                         Checklist([("Check", "by hand")])], level=2),
        Section("Sub", [Paragraph("x")], level=3)]
    path = render_docx(document, None, str(tmp_path / "plain.docx"))
    body = docx_xml(path, "word/document.xml").find(f"{W}body")
    texts = [text_of(p) for p in body.iter(f"{W}p")]
    assert "Title\ufffd" in texts and "Sub\ufffdtitle" in texts
    assert "☐ Check: by hand" in texts and "Map" not in texts
    assert [style_of(p) for p in body.findall(f"{W}p") if style_of(p).startswith("Heading")] == ["Heading2",
                                                                                                  "Heading3"]
    assert body.find(f".//{W}tblCaption").get(f"{W}val") == "Caption"
    assert os.listdir(tmp_path) == ["plain.docx"]


def test_column_widths_follow_the_text_and_fit_its_words():
    from zoning_review.plugin.notes import docx_word
    from zoning_review.plugin.notes.docx_renderer import WordWriter

    word = docx_word.docx.Document()
    docx_word.setup_page(word)
    writer = WordWriter(word)
    width = writer.width
    assert width == 11906 - 2 * 1417  # A4 less 2 × 25 mm, in twips as Word stores them
    chinese = Table(["层级", "条款", "要求"], [["总体准入要求", "G-SL-01", "禁止新建" * 20]], widths=[20, 20, 60])
    widths = writer.column_widths(chinese)  # by the text, not the PDF's shares: the requirement takes the room
    # G-SL-01 is 765 twips of 9 pt DejaVu Serif (as Qt measures it), and the cell's margins 2 × 80
    assert sum(widths) == width and widths[2] > 0.6 * width and widths[1] >= 765 + 160
    english = Table(["Level", "Clause", "Requirement"], [["requirements", "G-SL-01", "word " * 80]], widths=[8, 12, 80])
    widths = writer.column_widths(english)
    assert sum(widths) == width and widths[0] > 0.08 * width and widths[2] < 0.8 * width
    plain = Table(["Code", "Verdict"], [["ZH13062910001", "不符合"]])
    assert sum(writer.column_widths(plain)) == width


def test_a_long_unbreakable_remark_leaves_the_other_columns_their_words():
    """A remark without spaces no longer keeps a time from its column's width (each column's least was a
    quarter of the page at most and the remark took the rest, so 2026-12-03T10:00+08:00 was broken)."""
    from zoning_review.plugin.notes import docx_word
    from zoning_review.plugin.notes.docx_renderer import WordWriter

    word = docx_word.docx.Document()
    docx_word.setup_page(word)
    writer = WordWriter(word)
    table = Table(["Clause", "Judgement", "Remark", "Judged by"],
                  [["G-PE-01", "Compliant", "X" * 90, "2026-12-03T10:00+08:00"]])
    widths = writer.column_widths(table)
    # 22 characters of at most 112 twips each (9 pt, generously) and the cell's margins: 2,464 + 220 twips
    assert sum(widths) == writer.width and widths[3] >= 22 * 112 + 220 > writer.width / 4


def test_python_docx_is_the_vendored_one_and_works_with_qgis_python_alone(tmp_path):
    from zoning_review.plugin.notes import docx_word

    docx = docx_word.docx
    assert Path(docx.__file__).resolve().is_relative_to(VENDOR) and docx.__version__.startswith("1.")
    assert sys.path.count(str(VENDOR)) == 1 and sys.path.index(str(VENDOR)) > 0
    readme = (VENDOR / "README.md").read_text(encoding="utf-8")
    assert f"| {docx.__version__} |" in readme
    assert (VENDOR / "docx" / "LICENSE").read_text().startswith("The MIT License")
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in (VENDOR / "typing_extensions.LICENSE").read_text()
    size = sum(f.stat().st_size for f in VENDOR.rglob("*") if f.is_file() and "__pycache__" not in f.parts)
    assert size < 1_000_000, size
    # Debian's QGIS Python: its lxml, the vendored typing_extensions (python3-typing-extensions is optional).
    script = (f"import sys; sys.path.append({str(VENDOR)!r}); import docx, typing_extensions; "
              f"d = docx.Document(); d.add_table(1, 1); d.save({str(tmp_path / 'x.docx')!r}); "
              "print(docx.__file__, typing_extensions.__file__)")
    out = subprocess.run(["/usr/bin/python3", "-c", script], check=True, capture_output=True, text=True).stdout
    assert out.startswith(str(VENDOR))


def test_an_old_python_docx_found_first_is_refused(monkeypatch):
    from zoning_review.plugin.notes import docx_word

    monkeypatch.setattr(docx_word.docx, "__version__", "0.8.11")
    with pytest.raises(NotesError, match="0.8.11"):
        docx_word.check_library()


def test_core_properties_dates_are_now(written):
    path = next(p for p, _r, _d in written.values())
    core = docx_xml(path, "docProps/core.xml")
    created = next(e.text for e in core if e.tag.endswith("created"))
    when = datetime.datetime.strptime(created, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)
    assert abs((datetime.datetime.now(datetime.timezone.utc) - when).total_seconds()) < 3600
