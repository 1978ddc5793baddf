"""The review notes list the judgements the review did not apply — which clause, the judgement, who made it,
and why it was not applied — beside those applied: in the content step and in reviewsites' HTML notes."""

import csv
import html
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from osgeo import ogr

from tests.test_judgements import MANUAL
from tests.test_notes_removed_judgements import Cells
from tests.test_processing_review import params
from tests.test_shown_times import shanghai  # noqa: F401 - the fixture
from zoning_review.plugin.core.review.judgements import Judgement, NotApplied
from zoning_review.plugin.notes.document import build_document
from zoning_review.plugin.notes.export import write_notes
from zoning_review.plugin.notes.layout_renderer import TEMPLATE
from zoning_review.plugin.notes.model import Table

from .notes_helpers import Scenario, clause_as_shown

pytestmark = pytest.mark.usefixtures("shanghai")  # times as people read them, in Beijing

# Written out here, not taken from the code.
CAPTION = "Judgements not applied (kept in the record)"
COLUMNS = ["Clause", "Judgement", "Remark", "Judged by", "Why not applied"]
UNCONFIRMED = "saved without the text of the clause: confirm the judgement again"
OUTDATED = "made on another text of the clause: judge the clause again"
UNMATCHED = "no clause of the review is its clause (the rule set no longer has it)"


@pytest.fixture(scope="module")
def scenario(qgis_app, example_rules):
    return Scenario(example_rules)


def not_applied_tables(document):
    return [b for s in document.sections for b in s.blocks if isinstance(b, Table) and b.caption == CAPTION]


def test_the_content_lists_each_judgement_not_applied_with_why(scenario):
    unit = scenario.review.units[0]
    code, first, last = unit.overlap.code, unit.findings[0].rule_id, unit.findings[-1].rule_id
    items = [NotApplied(Judgement("S01", code, first, "compliant", "堤防已加固", "王工", "2026-12-03T10:00+08:00"),
                        "unconfirmed"),
             NotApplied(Judgement("S01", code, last, "not_applicable"), "outdated"),
             NotApplied(Judgement("S01", code, "GONE-01", "compliant", "", "王工", "T"), "unmatched"),
             NotApplied(Judgement("S01", "ZH99999999999", first, "compliant"), "outdated")]  # another layer's unit
    document = build_document(scenario.review, replace(scenario.context, not_applied=items), "en")
    [table] = not_applied_tables(document)
    assert table.columns == COLUMNS
    assert table.rows == [
        [f"{clause_as_shown(first, 'en')} ({code})", "Compliant", "堤防已加固", "王工 2026-12-03 10:00",
         UNCONFIRMED],
        [f"{clause_as_shown(last, 'en')} ({code})", "Not relevant", "—", "—", OUTDATED],
        [f"GONE-01 ({code})", "Compliant", "—", "王工 T", UNMATCHED]]
    assert "ZH99999999999" not in "\n".join(document.texts())
    assert not_applied_tables(build_document(scenario.review, scenario.context, "en")) == []


def s05_alone(sample_gpkg, path: Path) -> Path:
    """A copy of the sample with S05 its only site."""
    shutil.copy(sample_gpkg, path)
    data = ogr.Open(str(path), 1)
    layer = data.GetLayerByName("sites")
    for fid in [f.GetFID() for f in layer if f.GetField("site_id") != "S05"]:
        assert layer.DeleteFeature(fid) == 0
    data = None
    return path


def test_reviewsites_notes_list_the_judgements_it_did_not_apply(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    gpkg = s05_alone(sample_gpkg, tmp_path / "s05.gpkg")
    unit, rule = MANUAL[0]
    table = tmp_path / "judgements.csv"  # written by hand: no clause_sha256
    with open(table, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["site_id", "unit_code", "rule_id", "judgement", "remark", "reviewer", "time"])
        writer.writerow(["S05", unit, rule, "符合", "已核查", "王工", "2026-12-03T11:00"])
        writer.writerow(["S05", unit, "NO-SUCH-RULE", "符合", "", "王工", "2026-12-03T11:05"])
    notes = tmp_path / "notes"
    processing.run("zoningreview:reviewsites", params(gpkg, example_rules, tmp_path, JUDGEMENTS=str(table),
                                                      REPORT_FORMAT=1, REPORT_FOLDER=str(notes)))
    page = (notes / "S05.html").read_text(encoding="utf-8")
    [shown] = [t for t in Cells(page).tables if t["caption"] == CAPTION]
    assert shown["rows"] == [COLUMNS, [f"{clause_as_shown(rule, 'en')} ({unit})", "Compliant", "已核查",
                                       "王工 2026-12-03 11:00", UNCONFIRMED],
                             [f"NO-SUCH-RULE ({unit})", "Compliant", "—", "王工 2026-12-03 11:05", UNMATCHED]]


def pdf_words(path: str):
    """Every word pdftotext finds in the PDF: (x min, x max, text), in points."""
    xml = subprocess.run(["pdftotext", "-bbox", path, "-"], check=True, capture_output=True, text=True).stdout
    return [(float(x0), float(x1), html.unescape(text)) for x0, x1, text in re.findall(
        r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>', xml)]


def test_the_pdf_table_keeps_rule_ids_and_times_whole_and_every_column_readable(scenario, tmp_path):
    """A remark without spaces took the width and left 'why not applied' six ideographs a line; rule ids broke
    at their hyphen (G- / PE-01), times at their end (…+08:0 / 0)."""
    code, stamp = scenario.review.units[0].overlap.code, "2026-12-03T10:00+08:00"
    items = [NotApplied(Judgement("S01", code, "G-PE-01", "compliant", "堤防已加固" + "X" * 60, "王工", stamp),
                        "unconfirmed"),
             NotApplied(Judgement("S01", code, "G-RP-02", "compliant", "", "王工", stamp), "outdated")]
    path = write_notes(scenario.review, replace(scenario.context, not_applied=items), str(tmp_path), "n", "pdf",
                       "zh", template=TEMPLATE)
    words = pdf_words(path)
    texts = [text for _, _, text in words]
    assert "G-PE-01" in texts and "G-RP-02" in texts and "G-" not in texts
    assert texts.count("2026-12-03") == 2 and texts.count("10:00") == 2  # the stamp as people read it
    why = "保存时未记录该条款的文字：请重新确认该判定"  # written out here, not taken from the catalogue
    start = next(index for index, text in enumerate(texts) if text.startswith("保存"))
    column = [text for x0, _, text in words[start:] if abs(x0 - words[start][0]) < 0.5]  # its column, down
    lines = next(column[:n] for n in range(1, len(column) + 1) if "".join(column[:n]) == why)
    assert all(len(line) >= 9 for line in lines[:-1]), lines  # nine ideographs a line at least, not six
    remark_right = max(x1 for x0, x1, text in words if text.startswith(("堤防", "XXX")))
    assert remark_right < min(x0 for x0, x1, text in words if text == "2026-12-03")  # broken inside its own column
