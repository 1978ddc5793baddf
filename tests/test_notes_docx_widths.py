"""Word notes' column widths by their text: opened by LibreOffice, no id, code or word of a cell is broken.

The tables are the notes' own kinds (units, clause findings, facts) with the sample's ids and codes; the
Word file is converted to PDF by LibreOffice headless and read back with pdftotext, and every word, id and
number it shows must be one the notes wrote (a piece cut off an id, ``ZH130638200`` + ``01``, is not).
"""

import re
import shutil
import subprocess
import zipfile
from collections import Counter
from xml.etree import ElementTree as ET

import pytest

from zoning_review.plugin.notes.model import Facts, NotesDocument, Paragraph, Section, Table

from .test_notes_docx import W, soffice

TOKEN = re.compile(r"[A-Za-z0-9]+(?:[-.,:/][A-Za-z0-9]+)*")
CODE = "ZH13063820001"
REQUIREMENT = ("Chemical projects must be sited in a compliant industrial park; no new or expanded chemical "
               "project is admitted within one kilometre of the river bank, except renovation without added "
               "capacity, and every project must meet the emission limits of the unit.")
REASON = "industry C2614 is in C26; the site lies 590 m from the river bank, the clause's limit is 1,000 m"
ZH_REQUIREMENT = "禁止在河流岸线 1 公里范围内新建、扩建化工项目，不新增产能的改建项目除外，" * 2
ZH_REASON = "行业 C2614 属于 C26；选址距 河流岸线 590 m，条款限值 1,000 m；条款禁止此情形"


def document(lang: str) -> NotesDocument:
    """Notes of the kinds of tables that broke ids: six columns of short words, ids and sentences."""
    zh = lang == "zh"
    header = Facts([("中心点（CGCS2000，EPSG:4490）" if zh else "Centroid (CGCS2000, EPSG:4490)",
                     "经度 116.100001°，纬度 38.963081°" if zh else "longitude 116.100001°, latitude 38.963081°")])
    units = Table(["Unit code", "Unit name", "Category", "Overlap (m²)", "Share of site", "Verdict"],
                  [[CODE, "雄县城镇重点管控单元", "Key control unit", "113,998.1", "100.0%", "Non-compliant"]])
    findings = Table(["层级", "条款", "管控方式", "管控要求", "结果", "理由"] if zh else
                     ["Level", "Clause", "Effect", "Requirement", "Result", "Reason"],
                     [["单元准入要求" if zh else "Unit requirements", CODE, "禁止" if zh else "Prohibit",
                       ZH_REQUIREMENT if zh else REQUIREMENT, "冲突" if zh else "Conflict",
                       ZH_REASON if zh else REASON]] * 3,
                     widths=[13, 13, 8, 32, 13, 21])
    words = (f"项目拟选址位于重点管控单元“雄县城镇重点管控单元”（编码 {CODE}），占拟选址地块面积的 100.0%。" * 3
             if zh else "")
    body = [units, findings] + ([Paragraph(words)] if words else [])
    notes = NotesDocument(lang, "Notes", "Site S02", "S02", "non_compliant", "Non-compliant", header)
    notes.sections = [Section("Findings", body)]
    return notes


def written_tokens(path) -> Counter:
    """Every word, id and number of the Word file's paragraphs, and its parts after hyphens (where lines
    may break)."""
    found = Counter()
    with zipfile.ZipFile(path) as package:
        parts = [n for n in package.namelist() if n.startswith("word/") and n.endswith(".xml")]
        for name in parts:
            for paragraph in ET.fromstring(package.read(name)).iter(f"{W}p"):
                text = "".join(e.text or "" if e.tag == f"{W}t" else " " for e in paragraph.iter()
                               if e.tag in (f"{W}t", f"{W}br"))
                found.update(TOKEN.findall(text))
    for token in list(found):
        found.update(part for part in re.split(r"(?<=-)", token) if part)
        found.update(part for part in token.split("-") if part)
    return found


@pytest.fixture(scope="module")
def converted(qgis_app, tmp_path_factory):
    """lang → (Word file, the text LibreOffice's PDF of it shows)."""
    from zoning_review.plugin.notes.docx_renderer import render_docx

    if shutil.which("soffice") is None:
        pytest.fail("LibreOffice is missing: `make deps` installs libreoffice-writer-nogui")
    folder = tmp_path_factory.mktemp("widths")
    paths = [render_docx(document(lang), None, str(folder / f"widths-{lang}.docx")) for lang in ("zh", "en")]
    soffice(paths, "pdf", folder / "pdf", folder / "profile")
    out = {}
    for lang, path in zip(("zh", "en"), paths):
        pdf = folder / "pdf" / f"widths-{lang}.pdf"
        text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], check=True,
                              capture_output=True).stdout.decode("utf-8")
        out[lang] = (path, text)
    return out


@pytest.mark.parametrize("lang", ("zh", "en"))
def test_libreoffice_breaks_no_id_code_or_word(converted, lang):
    path, text = converted[lang]
    written = written_tokens(path)
    broken = [token for token in TOKEN.findall(text) if token not in written]
    assert broken == []
    assert text.count(CODE) == (7 if lang == "zh" else 4)  # the units table, three findings, three paragraphs


@pytest.mark.parametrize("lang", ("zh", "en"))
def test_the_clause_text_column_is_the_widest_and_ids_get_their_width(converted, lang):
    from .test_notes_docx import docx_xml

    path, _text = converted[lang]
    tables = docx_xml(path, "word/document.xml").iter(f"{W}tbl")
    grids = [[int(c.get(f"{W}w")) for c in table.find(f"{W}tblGrid")] for table in tables]
    units, findings = grids[1], grids[2]
    assert max(findings) == findings[3]  # the clause text
    # 13 characters (2 capitals, 11 digits) of bold DejaVu Serif at 9 pt are about 1,600 twips with the margins
    assert units[0] >= 1600 and findings[1] >= 1600
    if lang == "zh":  # 结果 and 冲突 are two ideographs (360 twips) and the margins: the table's 13 % was 1,179
        assert findings[4] < 0.08 * sum(findings)
