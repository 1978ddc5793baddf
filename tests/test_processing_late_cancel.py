"""reviewsites cancelled after its last site was reviewed: every site's rows are written, so it is a complete run —
no "Cancelled after 10 of 10 sites" warning, and the judgements that were not applied are named (they were never
named, the run taken as cancelled). A cancel before the last site still cancels."""

import csv
import re
from pathlib import Path
from urllib.parse import unquote

import pytest

from .kept_feedback import Feedback, at_site, at_step
from .test_processing_review import params, rows

UNMATCHED = {"site_id": "S05", "unit_code": "ZH13063210001", "rule_id": "NO-SUCH", "judgement": "符合",
             "remark": "", "reviewer": "", "clause_sha256": ""}


@pytest.mark.parametrize("cancel_after, complete", [(10, True), (9, False)])
def test_a_cancel_after_the_last_site_is_a_complete_run(zr_processing, sample_gpkg, example_rules, tmp_path,
                                                        cancel_after, complete):
    import processing

    table = tmp_path / "judgements.csv"
    with open(table, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(UNMATCHED))
        writer.writeheader()
        writer.writerow(UNMATCHED)
    feedback = Feedback(cancel_when=at_site(cancel_after))  # the sample has 10 sites
    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, JUDGEMENTS=str(table)),
                   feedback=feedback)
    assert feedback.isCanceled()
    assert len(rows(tmp_path / "summary.gpkg")) == cancel_after
    unapplied = feedback.said("error", "S05 / ZH13063210001 / NO-SUCH")
    cancelled = feedback.said("warning", "Cancelled after")
    if complete:
        assert cancelled == [] and len(unapplied) == 1 and "matches no clause" in unapplied[0]
    else:
        assert cancelled == ["Cancelled after 9 of 10 sites."] and unapplied == []


@pytest.mark.parametrize("cancel_after, complete", [(10, True), (9, False)])
def test_a_late_cancel_writes_every_note_and_a_real_one_names_only_notes_written(
        zr_processing, sample_gpkg, example_rules, tmp_path, cancel_after, complete):
    """A cancel after the last site: the run is complete, so its ten notes are written, indexed and named in SUMMARY
    (the notes stopped on the cancel and none was written). A cancel before: SUMMARY and index.html name only notes
    that exist, and the folder holds no other note."""
    import processing

    notes = tmp_path / "notes"
    feedback = Feedback(cancel_when=at_site(cancel_after))
    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, REPORT_FORMAT=1,
                                                      REPORT_FOLDER=str(notes)), feedback=feedback)
    summary = rows(tmp_path / "summary.gpkg")
    named = sorted(Path(row["notes"]).name for row in summary if row["notes"])
    written = sorted(path.name for path in notes.iterdir() if path.name != "index.html")
    assert len(summary) == cancel_after and named == written
    if complete:
        assert written == sorted(f"{row['site_id']}.html" for row in summary) and len(written) == 10
        assert written == links_of(notes / "index.html")
        assert feedback.said("info", "the run is complete and its review notes are written")
    else:  # no note was written: no index listing none (it was an empty page)
        assert written == [] and not (notes / "index.html").exists()
        assert feedback.said("warning", "no review note was written")


def links_of(index: Path):
    """The notes an index page links to, sorted."""
    return sorted(unquote(link) for link in re.findall(r'href="([^"]+)"', index.read_text(encoding="utf-8")))


def test_notes_cancelled_part_way_are_indexed_as_cancelled(zr_processing, sample_gpkg, example_rules, tmp_path):
    """Notes cancelled while they are written: the two written so far are kept, named in SUMMARY and listed in an
    index that says the notes were cancelled."""
    import processing

    notes = tmp_path / "notes"
    at_second_note = Feedback(cancel_when=at_step("Writing review notes", 2))  # the notes after it are not written
    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, REPORT_FORMAT=1,
                                                      REPORT_FOLDER=str(notes)), feedback=at_second_note)
    summary = rows(tmp_path / "summary.gpkg")
    named = sorted(Path(row["notes"]).name for row in summary if row["notes"])
    written = sorted(path.name for path in notes.iterdir() if path.name != "index.html")
    assert len(summary) == 10 and len(written) == 2 and named == written == links_of(notes / "index.html")
    assert "were cancelled" in (notes / "index.html").read_text(encoding="utf-8")
