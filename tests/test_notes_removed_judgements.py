"""The review notes list the judgements the reviewer removed: which clause, the judgement, who made it and
who removed it, when; in the content step (so HTML, PDF and Word draw the same) and in the HTML."""

import re
import zipfile
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.test_shown_times import shanghai  # noqa: F401 - the fixture
from zoning_review.plugin.core.review.judgements import Judgement, Withdrawal
from zoning_review.plugin.notes.document import build_document
from zoning_review.plugin.notes.export import write_notes
from zoning_review.plugin.notes.model import Table

from .notes_helpers import Scenario, clause_as_shown

pytestmark = pytest.mark.usefixtures("shanghai")  # times as people read them, in Beijing

# Written out here, not taken from the catalogue.
CAPTION = {"en": "Judgements removed by the reviewer (kept in the record)", "zh": "审查人撤销的判定（记录中保留）"}
COLUMNS = {"en": ["Clause", "Judgement removed", "Remark", "Judged by", "Removed by"],
           "zh": ["条款", "被撤销的判定", "备注", "判定人", "撤销人"]}
WORDS = {"en": {"compliant": "Compliant", "non_compliant": "Non-compliant"},
         "zh": {"compliant": "符合", "non_compliant": "不符合"}}


@pytest.fixture(scope="module")
def scenario(qgis_app, example_rules):
    return Scenario(example_rules)


def removals(scenario):
    """Two removals of clauses of this review (one judgement made without a reviewer's name) and one of a
    unit this review did not overlap."""
    unit = scenario.review.units[0]
    first, second = unit.findings[0].rule_id, unit.findings[-1].rule_id
    code = unit.overlap.code
    return [
        Withdrawal(Judgement("S01", code, first, "compliant", "堤防已加固", "王工", "2026-12-03T10:00+08:00"),
                   "李工", "2026-12-03T11:30+08:00"),
        Withdrawal(Judgement("S01", code, second, "non_compliant"), "", "2026-12-03T11:45+08:00"),
        Withdrawal(Judgement("S01", "ZH99999999999", first, "compliant"), "李工", "2026-12-03T12:00+08:00"),
    ], code, first, second


def in_brackets(code, lang):
    """A unit code after a clause: `` (code)`` in English, full-width ``（code）`` in Chinese."""
    return f" ({code})" if lang == "en" else f"（{code}）"


def expected_rows(lang, code, first, second):
    return [[clause_as_shown(first, lang) + in_brackets(code, lang), WORDS[lang]["compliant"], "堤防已加固",
             "王工 2026-12-03 10:00", "李工 2026-12-03 11:30"],
            [clause_as_shown(second, lang) + in_brackets(code, lang), WORDS[lang]["non_compliant"], "—", "—",
             "2026-12-03 11:45"]]


def removed_tables(document, lang):
    return [b for s in document.sections for b in s.blocks if isinstance(b, Table) and b.caption == CAPTION[lang]]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_content_lists_each_removed_judgement_of_the_review(scenario, lang):
    withdrawn, code, first, second = removals(scenario)
    assert first != second
    context = replace(scenario.context, withdrawn=withdrawn)
    tables = removed_tables(build_document(scenario.review, context, lang), lang)
    assert len(tables) == 1
    assert tables[0].columns == COLUMNS[lang]
    assert tables[0].rows == expected_rows(lang, code, first, second)
    assert "ZH99999999999" not in "\n".join(build_document(scenario.review, context, lang).texts())


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_without_removals_the_notes_have_no_such_table(scenario, lang):
    assert removed_tables(build_document(scenario.review, scenario.context, lang), lang) == []


class Cells(HTMLParser):
    """The caption and the rows (cell texts) of every table of a page."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tables, self.cell, self.in_caption = [], None, False
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append({"caption": "", "rows": []})
        elif tag == "caption":
            self.in_caption = True
        elif tag == "tr":
            self.tables[-1]["rows"].append([])
        elif tag in ("td", "th"):
            self.cell = ""

    def handle_endtag(self, tag):
        if tag == "caption":
            self.in_caption = False
        elif tag in ("td", "th"):
            self.tables[-1]["rows"][-1].append(self.cell.strip())
            self.cell = None

    def handle_data(self, data):
        if self.in_caption:
            self.tables[-1]["caption"] += data
        elif self.cell is not None:
            self.cell += data


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_html_notes_show_the_removed_judgements(scenario, lang, tmp_path):
    withdrawn, code, first, second = removals(scenario)
    context = replace(scenario.context, withdrawn=withdrawn)
    path = write_notes(scenario.review, context, str(tmp_path), f"removed-{lang}", "html", lang)
    tables = [t for t in Cells(Path(path).read_text(encoding="utf-8")).tables if t["caption"] == CAPTION[lang]]
    assert len(tables) == 1
    assert tables[0]["rows"] == [COLUMNS[lang], *expected_rows(lang, code, first, second)]


def test_the_docks_notes_name_a_judgement_removed_in_the_dock(dock, example_rules, qtbot, tmp_path):
    from tests.test_dock_causes import finding_row, review_s02
    from zoning_review.plugin.gui.tree_state import item_path

    review_s02(dock, example_rules, qtbot)
    row = finding_row(dock.tree, "G-SL-03")
    code = item_path(row.parent().parent())[-1].split(":")[1]
    judged = Judgement(dock.runner.site_id(), code, "G-SL-03", "compliant", "有堤防", "王工", "2026-12-03T10:00+08:00",
                       override=True)
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.runner.judge(judged)
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        assert dock.runner.withdraw(judged.key, "李工", "2026-12-03T11:30+08:00")
    html_path, docx_path = tmp_path / "notes.html", tmp_path / "notes.docx"
    assert dock.notes.write("zh", "html", str(html_path)) == [str(html_path)]
    tables = [t for t in Cells(html_path.read_text(encoding="utf-8")).tables if t["caption"] == CAPTION["zh"]]
    assert len(tables) == 1 and tables[0]["rows"][1] == [
        f"G-SL-03（{code}）", "符合", "有堤防", "王工 2026-12-03 10:00", "李工 2026-12-03 11:30"]
    assert dock.notes.write("zh", "docx", str(docx_path)) == [str(docx_path)]
    with zipfile.ZipFile(docx_path) as package:
        body = re.sub(r"<[^>]+>", "", package.read("word/document.xml").decode("utf-8"))
    assert CAPTION["zh"] in body and "李工 2026-12-03\u00a011:30" in body  # date and time kept on one line
