"""reviewsites cancelled after its last site was reviewed: every site's rows are written, so it is a complete run —
no "Cancelled after 10 of 10 sites" warning, and the judgements that were not applied are named (they were never
named, the run taken as cancelled). A cancel before the last site still cancels."""

import csv

import pytest

from .pushdown_helpers import Feedback
from .test_processing_review import params, rows

UNMATCHED = {"site_id": "S05", "unit_code": "ZH13063210001", "rule_id": "NO-SUCH", "judgement": "符合",
             "remark": "", "reviewer": "", "clause_sha256": ""}


class ErrorsKept(Feedback):
    """Feedback that also keeps the errors reported (report_unapplied's lines)."""

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 - QGIS's names
        self.lines.append(("error", error))


@pytest.mark.parametrize("cancel_after, complete", [(10, True), (9, False)])
def test_a_cancel_after_the_last_site_is_a_complete_run(zr_processing, sample_gpkg, example_rules, tmp_path,
                                                        cancel_after, complete):
    import processing

    table = tmp_path / "judgements.csv"
    with open(table, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(UNMATCHED))
        writer.writeheader()
        writer.writerow(UNMATCHED)
    feedback = ErrorsKept(cancel_after=cancel_after)  # the sample has 10 sites
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
