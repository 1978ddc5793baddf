"""The Word notes of the sample's S10 (two units, six-column findings tables), opened by LibreOffice: no unit code
cut in the clause column, and the clause text's column given the room the codes and short words do not need, so
that the notes run to fewer pages (English: 13 pages with the unit codes cut, Requirement as narrow as Clause)."""

import re
import subprocess

import pytest
from qgis.PyQt.QtGui import QFont, QFontMetricsF

from zoning_review.plugin.notes.export import write_notes

from .test_notes_docx import W, docx_xml, soffice
from .test_notes_sample import Sample

CODE = re.compile(r"ZH\d{11}")
MARGINS_TWIPS = 2 * 80  # the cells' left and right margins (docx_word.table_properties)
# LibreOffice's pages of S10's notes at most: 13 and 10 before the widths, 12 and 9 after; the example's filters
# since said with the field's label (保护区级别 for grade) put the last rows of the Chinese boundary-point table on a
# tenth page
PAGES = {"en": 12, "zh": 10}


@pytest.fixture(scope="module")
def converted(qgis_app, sample_gpkg, example_rules, tmp_path_factory):
    """lang → (S10's Word notes, LibreOffice's PDF of them)."""
    sample = Sample(sample_gpkg, example_rules)
    review, context, layers = next(item for item in sample.items if item[0].site_id == "S10")
    folder = tmp_path_factory.mktemp("s10")
    paths = {lang: write_notes(review, context, str(folder), f"S10-{lang}", "docx", lang, layers)
             for lang in ("en", "zh")}
    soffice(paths.values(), "pdf", folder / "pdf", folder / "profile")
    return {lang: (path, folder / "pdf" / f"S10-{lang}.pdf") for lang, path in paths.items()}


def code_twips(code: str) -> float:
    """The width of a unit code in the cells' 9 pt DejaVu Serif (LibreOffice's stand-in for Times New Roman), as
    Qt measures it: points at 72 per inch, 20 twips a point."""
    font = QFont("DejaVu Serif")
    font.setPointSizeF(90)  # measured ten times larger: small sizes round their metrics
    return QFontMetricsF(font).horizontalAdvance(code) * 72 / QFontMetricsF(font).fontDpi() * 20 / 10


def findings_tables(path) -> list:
    """(column widths, rows of cell texts) of each findings table (six columns) of a Word file."""
    found = []
    for table in docx_xml(path, "word/document.xml").iter(f"{W}tbl"):
        grid = [int(column.get(f"{W}w")) for column in table.find(f"{W}tblGrid")]
        rows = [["".join(t.text or "" for t in cell.iter(f"{W}t")) for cell in row.iter(f"{W}tc")]
                for row in table.iter(f"{W}tr")]
        if len(grid) == 6 and rows[0][0] in ("Level", "层级"):
            found.append((grid, rows))
    return found


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_clause_column_holds_every_unit_code_whole(converted, lang):
    path, pdf = converted[lang]
    tables = findings_tables(path)
    assert len(tables) == 8  # the four dimensions of each of the two units
    for grid, rows in tables:
        codes = [code for row in rows[1:] for code in CODE.findall(row[1])]
        assert codes
        assert grid[1] >= max(map(code_twips, codes)) + MARGINS_TWIPS
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    shown = re.findall(r"ZH\d+", text)
    assert shown and all(CODE.fullmatch(code) for code in shown), sorted(set(shown))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_requirement_column_gets_the_room_and_the_notes_are_shorter(converted, lang):
    path, pdf = converted[lang]
    for grid, _rows in findings_tables(path):
        assert grid[3] >= max(grid[0], grid[2], grid[4])  # wider than the level, the effect and the result
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True).stdout.decode("utf-8")
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages <= PAGES[lang]
