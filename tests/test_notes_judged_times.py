"""When a clause was judged, in reviewsites' notes: the JUDGEMENTS table's own time column, or 'not given' — never
the time reviewsites ran (the notes' judgement table showed the run time as when the reviewer judged)."""

import csv
from html.parser import HTMLParser
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from zoning_review.plugin.core.review.judgements import judgements_from_rows
from zoning_review.plugin.i18n import tr

from .test_processing_review import params, rows

# S05's hand-checked clause C-P-02 of unit ZH13063210003 (tests/test_judgements.MANUAL), judged 不符合: a stricter
# judgement, applied without the clause's digest.
JUDGED = {"site_id": "S05", "unit_code": "ZH13063210003", "rule_id": "C-P-02", "judgement": "不符合",
          "remark": "路基占用退耕还湿区", "reviewer": "王工"}
JUDGED_AT = "2024-05-06T07:08:00"  # no offset: shown as written, 2024-05-06 07:08


class Cells(HTMLParser):
    """The text of each table cell of an HTML page."""

    def __init__(self, page: str):
        super().__init__()
        self.cells, self._open = [], None
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        if tag == "td":
            self._open = []

    def handle_endtag(self, tag):
        if tag == "td" and self._open is not None:
            self.cells.append("".join(self._open).strip())
            self._open = None

    def handle_data(self, data):
        if self._open is not None:
            self._open.append(data)


def judged_notes(sample_gpkg, example_rules, out: Path, row: dict, language: int) -> tuple:
    """reviewsites of S05 with a one-row JUDGEMENTS CSV and HTML notes: (cells of S05's notes, S05's findings)."""
    import processing

    out.mkdir()
    table = out / "judgements.csv"
    with open(table, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(row))
        writer.writeheader()
        writer.writerow(row)
    processing.run("zoningreview:reviewsites", params(
        sample_gpkg, example_rules, out, sites=f"{sample_gpkg}|layername=sites|subset=\"site_id\" = 'S05'",
        SITE_ID_FIELD="site_id", JUDGEMENTS=str(table), LANGUAGE=language, REPORT_FORMAT=1,
        REPORT_FOLDER=str(out / "notes")))
    [page] = [p for p in (out / "notes").glob("*.html") if p.name != "index.html"]
    return Cells(page.read_text(encoding="utf-8")).cells, rows(out / "findings.gpkg")


@pytest.mark.parametrize("language, shown", [(1, "王工 (time not given)"), (0, "王工（{}）")])
def test_a_table_without_a_time_column_gives_no_time_of_judging(zr_processing, sample_gpkg, example_rules, tmp_path,
                                                                language, shown):
    cells, findings = judged_notes(sample_gpkg, example_rules, tmp_path / "out", JUDGED, language)
    at = cells.index("路基占用退耕还湿区")  # the remark's cell; the reviewer's follows it
    assert cells[at + 1] == shown.format(tr("time not given", "zh"))  # Chinese: 时间未提供 (NEW_STRINGS.tsv)
    judged = [r for r in findings if r["unit_code"] == "ZH13063210003"]
    assert judged and all("judged at" not in r["findings_json"] and "判定时间" not in r["findings_json"]
                          for r in judged)


@pytest.mark.parametrize("language", [0, 1])
def test_a_table_with_a_time_column_gives_that_time(zr_processing, sample_gpkg, example_rules, tmp_path, language):
    cells, findings = judged_notes(sample_gpkg, example_rules, tmp_path / "out", {**JUDGED, "time": JUDGED_AT},
                                   language)
    at = cells.index("路基占用退耕还湿区")
    assert cells[at + 1] == "王工 2024-05-06 07:08"
    assert any(JUDGED_AT in r["findings_json"] for r in findings if r["unit_code"] == "ZH13063210003")


def test_a_spreadsheet_date_time_cell_is_read_as_its_iso_time():
    moment = QDateTime(QDate(2024, 5, 6), QTime(7, 8), Qt.TimeSpec.UTC)
    found, _ = judgements_from_rows([{**JUDGED, "time": moment}, {**JUDGED, "rule_id": "X", "time": QDate(2024, 5, 6)},
                                     {**JUDGED, "rule_id": "Y"}])
    assert [j.time for j in found] == ["2024-05-06T07:08:00Z", "2024-05-06", ""]
