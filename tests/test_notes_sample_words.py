"""What the sample's notes say, against what the review decided, in Chinese and English: the deciding
clauses are those SUMMARY names, a unit's category is named by the rule set's kind, a declared attribute
keeps its unit, lists and labels are punctuated as the notes' language does it, one unit is 'unit', a
Chinese note holds no English words.

Expected texts are written down here from the example rule set and the sample's design.
"""

import re
from pathlib import Path
from typing import Dict, List

import pytest

from zoning_review.plugin.notes.document import build_document
from zoning_review.plugin.notes.export import write_notes
from zoning_review.plugin.notes.model import Checklist, NotesDocument, Paragraph, Table

from .notes_helpers import clause_as_shown
from .sample_oracle import DECIDING_RULES
from .test_notes_docx import W, docx_xml, text_of
from .test_notes_sample import Sample, Text

LANGS = ("zh", "en")
DECIDING_LEAD = {"zh": "决定性条款：", "en": "Deciding clauses:"}
PARK_UNIT = "ZH13063820002"  # 雄县经济开发区重点管控单元, category 重点管控单元（产业园区）: the kind key_park
PARK_KIND = {"zh": "重点管控单元（产业园区）", "en": "Key control unit (industrial park)"}


@pytest.fixture(scope="module")
def sample(qgis_app, sample_gpkg, example_rules):
    return Sample(sample_gpkg, example_rules)


@pytest.fixture(scope="module")
def documents(sample) -> Dict[tuple, NotesDocument]:
    """(site id, lang) → the notes document of every sample site."""
    return {(review.site_id, lang): build_document(review, context, lang)
            for review, context, _layers in sample.items for lang in LANGS}


def reviews(sample) -> dict:
    """Site id → its review."""
    return {review.site_id: review for review, _c, _l in sample.items}


def blocks(document: NotesDocument) -> list:
    """Every block of the document, in order."""
    return [block for section in document.sections for block in section.blocks]


def deciding_table(document: NotesDocument) -> List[List[str]]:
    """The rows of the table under 'Deciding clauses:' (none when the notes have no such table)."""
    found = blocks(document)
    for index, block in enumerate(found[:-1]):
        if isinstance(block, Paragraph) and block.text == DECIDING_LEAD[document.lang]:
            assert isinstance(found[index + 1], Table)
            return found[index + 1].rows
    return []


def table_rows(document: NotesDocument) -> List[List[str]]:
    """The rows of every table of the document."""
    return [row for block in blocks(document) if isinstance(block, Table) for row in block.rows]


def checklist(document: NotesDocument) -> Dict[str, str]:
    """The manual checklist: label → text."""
    return dict(item for block in blocks(document) if isinstance(block, Checklist) for item in block.items)


def summary_deciding(review) -> List[str]:
    """The clauses SUMMARY's `deciding` column names, worked out from the findings: the decisive clauses of
    the units whose verdict is the site's (another unit's verdict does not decide the site's)."""
    return sorted({f.rule_id for unit in review.units if unit.verdict == review.verdict
                   for f in unit.findings if f.decisive})


@pytest.mark.parametrize("lang", LANGS)
def test_the_deciding_clauses_are_the_ones_summary_names(sample, documents, lang):
    for site_id, review in reviews(sample).items():
        rows = deciding_table(documents[(site_id, lang)])
        expected = [clause_as_shown(rule_id, lang) for rule_id in summary_deciding(review)]
        assert [row[0] for row in rows] == expected, site_id
        if site_id in DECIDING_RULES:
            assert clause_as_shown(DECIDING_RULES[site_id], lang) in expected, site_id
    # S10: a new plant in the Rongcheng urban key unit (U-RC-01) that also reaches a general unit whose own
    # requirement texts need a check by hand; that unit needs further study, the site is non-compliant.
    assert [row[0] for row in deciding_table(documents[("S10", lang)])] == ["U-RC-01"]
    assert [row[1] for row in deciding_table(documents[("S10", lang)])] == ["ZH13062920001"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_unit_of_a_declared_kind_is_named_by_the_kinds_label(documents, lang):
    document = documents[("S01", lang)]
    kind = PARK_KIND[lang]
    units = [row for row in table_rows(document) if row[0] == PARK_UNIT]
    assert units and units[0][2] == kind
    heading = {"zh": f"管控类别：{kind}。结论：符合。", "en": f"Category: {kind}. Verdict: Compliant."}[lang]
    assert any(text.startswith(heading) for text in document.texts())
    analysis = {"zh": f"项目拟选址位于{kind}“雄县经济开发区重点管控单元”（编码 {PARK_UNIT}）",
                "en": f"The proposed site lies in the {kind} 雄县经济开发区重点管控单元 (code {PARK_UNIT})"}[lang]
    assert any(analysis in text for text in document.texts())
    if lang == "en":
        assert not [text for text in document.texts() if "重点管控单元（产业园区）" in text]
    plain = [row for row in table_rows(documents[("S02", lang)]) if row[0] == "ZH13063820001"]  # of no kind
    assert plain[0][2] == {"zh": "重点管控单元", "en": "Key control unit"}[lang]


@pytest.mark.parametrize("lang, facts, reason", [
    ("zh", ("项目总投资（万元）", "50,000 万元"), "项目总投资（万元）为 50,000 万元；条款要求：不低于 30,000 万元"),
    ("en", ("Total investment (10,000 yuan)", "50,000 (10,000 yuan)"),
     "Total investment (10,000 yuan) is 50,000 (10,000 yuan); rule: at least 30,000 (10,000 yuan)"),
])
def test_the_investment_keeps_its_declared_unit_in_facts_and_reasons(documents, lang, facts, reason):
    """S01 invests 50000 万元; C-KP-02 asks for at least 30000 万元. Label, value and reason agree on the unit, and the
    reason groups the digits as the facts table does (in Chinese no space after the label's full-width bracket)."""
    document = documents[("S01", lang)]
    assert dict(document.header.pairs)[facts[0]] == facts[1]
    rows = [row for row in table_rows(document) if row[1] == "C-KP-02"]
    assert rows and reason in rows[0][-1]


def test_chinese_notes_list_clauses_and_units_with_the_enumeration_comma(documents):
    s05 = documents[("S05", "zh")]
    assert "C-P-02（单元 ZH13063210001、ZH13063210003）" in checklist(s05)
    assert ["C-P-02", "ZH13063210001、ZH13063210003"] in [row[:2] for row in deciding_table(s05)]
    assert any("存在冲突的条款：C-K-01、G-SL-03。" in text for text in documents[("S02", "zh")].texts())
    assert any("存在冲突的条款：G-SL-05、G-SL-06。" in text for text in documents[("S07", "zh")].texts())


@pytest.mark.parametrize("lang, one, two, needed", [
    ("en", "C-P-02 (unit ZH13063210001)", "C-P-02 (units ZH13063210001, ZH13063210003)",
     "G-PE-01 (unit ZH13063230005)"),
    ("zh", "C-P-02（单元 ZH13063210001）", "C-P-02（单元 ZH13063210001、ZH13063210003）",
     "G-PE-01（单元 ZH13063230005）"),
])
def test_a_clause_found_in_one_unit_says_unit(documents, lang, one, two, needed):
    assert one in checklist(documents[("S04", lang)])  # C-P-02 in the one priority unit S04 lies in
    assert two in checklist(documents[("S05", lang)])  # and in both S05 crosses
    assert needed in [row[0] for row in table_rows(documents[("S06", lang)])]  # S06's boiler capacity is not given


@pytest.mark.parametrize("lang, item", [
    ("zh", "☐ C-P-02（单元 ZH13063210001、ZH13063210003）：优先保护单元以生态修复和保护为主"),
    ("en", "☐ C-P-02 (units ZH13063210001, ZH13063210003): Priority units focus on ecological restoration"),
])
def test_a_checklist_item_runs_on_after_the_languages_colon(sample, tmp_path, lang, item):
    """HTML and Word put the label and the text of a checklist item in one line, joined by the notes' colon."""
    review, context, layers = next(entry for entry in sample.items if entry[0].site_id == "S05")
    page = write_notes(review, context, str(tmp_path), f"S05-{lang}", "html", lang, layers)
    assert item in "".join(Text(Path(page).read_text(encoding="utf-8")).parts)
    word = write_notes(review, context, str(tmp_path), f"S05-{lang}", "docx", lang, layers)
    paragraphs = [text_of(p) for p in docx_xml(word, "word/document.xml").iter(f"{W}p")]
    assert any(text.startswith(item) for text in paragraphs)


@pytest.mark.parametrize("lang, own", [("zh", "ZH13063210001 环境风险防控"),
                                       ("en", "ZH13063210001 Environmental risk")])
def test_a_units_own_requirement_text_is_named_by_its_unit_once(documents, lang, own):
    """The unit's own text is named by its code and dimension; '(unit ZH13063210001)' after it would repeat it."""
    labels = [label for label in checklist(documents[("S05", lang)]) if label.startswith(own)]
    assert labels and all(label.count("ZH13063210001") == 1 for label in labels), labels


# Latin words a Chinese note may hold: acronyms Chinese texts use, and the sample's own data (a filter's field
# and value, a unit field). Codes, ids, units, versions and paths are not words here: they hold digits or
# punctuation. Anything else Latin is English left in a Chinese note.
LATIN_IN_CHINESE = {"VOCs", "QGIS", "grade", "II", "ZLCB"}
DATA_RUN = re.compile(r"[!-~]*[\d/_.:\-|=][!-~]*")  # a run of printable ASCII holding a digit or punctuation


def latin_words(text: str, data: tuple) -> set:
    """The Latin words of a text, leaving out the given data (a version, a path) and every code, id or unit."""
    for item in data:
        text = text.replace(item, " ") if item else text
    return set(re.findall(r"[A-Za-z]{2,}", DATA_RUN.sub(" ", text)))


def test_chinese_notes_hold_no_english_words(sample, documents):
    """Every text of every sample site's Chinese notes, facts, tables and reasons alike (the CRS by its name)."""
    for review, context, _layers in sample.items:
        data = (context.qgis_version, context.unit_layer_source, context.ruleset_path)
        words = set().union(*(latin_words(text, data) for text in documents[(review.site_id, "zh")].texts()))
        assert words <= LATIN_IN_CHINESE, (review.site_id, sorted(words - LATIN_IN_CHINESE))
