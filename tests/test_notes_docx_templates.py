"""Word notes on the reviewer's own template: its letterhead, footer and body text kept, a .dotx taken as a
document, and a file that is no Word document refused as a notes error."""

import re
import subprocess
import zipfile
from pathlib import Path

import pytest

from zoning_review.plugin.notes.document import build_document
from zoning_review.plugin.notes.export import write_notes
from zoning_review.plugin.notes.layout_renderer import NotesError

from .test_notes_docx import W, docx_xml, part_names, soffice, text_of
from .test_notes_sample import Sample

LETTERHEAD = "雄安新区生态环境局 LETTERHEAD 审查专用"
ADDRESS = "地址：河北省雄安新区容城县 071700"


@pytest.fixture(scope="module")
def sample(qgis_app, sample_gpkg, example_rules):
    return Sample(sample_gpkg, example_rules)


def letterhead_template(path: Path, page_field: bool = False) -> Path:
    """A user template: letterhead in the header, an address in the footer, a line of body text."""
    from zoning_review.plugin.notes import docx_word

    word = docx_word.docx.Document()
    section = word.sections[0]
    section.header.paragraphs[0].text = LETTERHEAD
    section.footer.paragraphs[0].text = ADDRESS
    if page_field:
        docx_word.add_field(section.footer.paragraphs[0], "PAGE", "1")
    word.add_paragraph("内部资料")
    word.add_paragraph("")
    word.save(str(path))
    return path


def test_a_user_template_keeps_its_letterhead(sample, tmp_path):
    review, context, layers = next(item for item in sample.items if item[0].units)
    template = letterhead_template(tmp_path / "letterhead.docx")
    path = write_notes(review, context, str(tmp_path / "out"), "notes", "docx", "zh", layers,
                       word_template=str(template))
    headers = [text_of(docx_xml(path, n)) for n in part_names(path, "word/header")]
    footers = [docx_xml(path, n) for n in part_names(path, "word/footer")]
    assert headers == [LETTERHEAD]
    assert ADDRESS in text_of(footers[0])
    assert " PAGE " in [i.text for i in footers[0].iter(f"{W}instrText")]
    paragraphs = [text_of(p) for p in docx_xml(path, "word/document.xml").iter(f"{W}p")]
    assert paragraphs[0] == "内部资料" and paragraphs[1] == build_document(review, context, "zh").title
    profile, out = tmp_path / "profile", tmp_path / "pdf"
    soffice([path], "pdf", out, profile)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out / "notes.pdf"), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    assert LETTERHEAD in text and ADDRESS in text and review.units[0].overlap.code in text


def test_a_word_template_dotx_and_a_footer_page_number_of_its_own(sample, tmp_path):
    review, context, _layers = sample.items[0]
    source = letterhead_template(tmp_path / "source.docx", page_field=True)
    dotx = tmp_path / "letterhead.dotx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(dotx, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(item, data)
    path = write_notes(review, context, str(tmp_path), "notes", "docx", "en", word_template=str(dotx))
    footer = docx_xml(path, part_names(path, "word/footer")[0])
    assert [i.text for i in footer.iter(f"{W}instrText")] == [" PAGE "]  # not numbered twice
    with zipfile.ZipFile(path) as package:
        assert b"document.main+xml" in package.read("[Content_Types].xml")


@pytest.mark.parametrize("content", [b"not a Word document", b"PK\x03\x04broken", None])
def test_a_template_that_is_not_a_word_document_is_a_notes_error(sample, tmp_path, content):
    review, context, _layers = sample.items[0]
    template = tmp_path / "letterhead.docx"
    if content is not None:
        template.write_bytes(content)
    with pytest.raises(NotesError) as raised:
        write_notes(review, context, str(tmp_path / "out"), "notes", "docx", "en", word_template=str(template))
    assert str(template) in str(raised.value)
    assert not list((tmp_path / "out").glob("notes*"))


def test_an_xlsx_is_not_a_word_template(sample, tmp_path):
    review, context, _layers = sample.items[0]
    template = tmp_path / "list.xlsx"
    with zipfile.ZipFile(template, "w") as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats'
                         '.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
                         "</Types>")
    with pytest.raises(NotesError, match=re.escape(str(template))):
        write_notes(review, context, str(tmp_path), "notes", "docx", "en", word_template=str(template))
