"""A time as the notes show it (2026-12-03 10:00) is never broken between its date and its time of day in the
tables of the PDF and Word notes; its text stays as written."""

import re
import subprocess
import zipfile

from tests.test_notes_docx_sample_widths import MARGINS_TWIPS, code_twips
from tests.test_notes_pdf_flow import long_document, template_with
from zoning_review.plugin.notes.docx_renderer import render_docx
from zoning_review.plugin.notes.layout_renderer import render_pdf
from zoning_review.plugin.notes.model import Section, Table

TIMES = ("2026-12-03 10:00", "2026-12-03 11:30")


def removed_judgements(lang: str = "en"):
    """Notes whose one table is laid out as the table of judgements removed, in a narrower body than the shipped
    template's (a template of one's own): five columns of codes, words and times."""
    document = long_document(lang)
    row = ["G-SL-03 River management zone (ZH13062920001)", "Non-compliant", "Embankment reinforced (ZH13062920001)",
           f"Wang Gong {TIMES[0]}", f"Li Gong {TIMES[1]}"]
    document.sections = [Section("Judgements removed", [Table(
        ["Clause", "Judgement removed", "Remark", "Judged by", "Removed by"], [row, row])])]
    return document


def test_a_pdf_table_keeps_each_time_on_one_line(qgis_app, tmp_path):
    template = template_with(tmp_path, "narrow.qpt", 'size="180,262,mm"', 'size="140,262,mm"')
    path = str(tmp_path / "narrow.pdf")
    render_pdf(removed_judgements(), None, path, template)
    lines = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", path, "-"], check=True, capture_output=True,
                           text=True).stdout.split("Judgements removed")[1].splitlines()
    for time in TIMES:  # before: "2026-12-03 10:" on one line and "00" on the next
        assert sum(time in line for line in lines) == 2, [line for line in lines if time[:10] in line]
    assert sum("Non-compliant" in line for line in lines) == 2  # the other columns' words are not broken for it


def test_a_word_table_keeps_each_time_on_one_line(qgis_app, tmp_path):
    path = render_docx(removed_judgements(), None, str(tmp_path / "notes.docx"))
    with zipfile.ZipFile(path) as package:
        body = package.read("word/document.xml").decode("utf-8")
    cells = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", body)
    unbroken = [time.replace(" ", "\u00a0") for time in TIMES]  # the line may break before the date, not in it
    assert (cells.count(f"Wang Gong {unbroken[0]}"), cells.count(f"Li Gong {unbroken[1]}")) == (2, 2)
    assert "2026-12-03 1" not in body  # before: an ordinary space Word breaks at
    widths = [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"', body)]
    needed = max(code_twips(time.replace(" ", "\u00a0")) for time in TIMES) + MARGINS_TWIPS
    assert min(widths[-2:]) >= needed  # each time column holds a time whole, as Qt measures the cells' font


def test_an_html_table_keeps_each_time_on_one_line(qgis_app):
    from zoning_review.plugin.notes.html_renderer import render_html

    page = render_html(removed_judgements(), None)
    kept = [f'<span class="time">{time}</span>' for time in TIMES]  # a browser breaks at the space otherwise
    assert (page.count(f"<td>Wang Gong {kept[0]}</td>"), page.count(f"<td>Li Gong {kept[1]}</td>")) == (2, 2)
    assert "span.time { white-space: nowrap; }" in page
