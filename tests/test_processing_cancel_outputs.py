"""reviewsites cancelled part way names what it kept, as a stopped sitingscreen does: each output file with the rows
it holds (the sites reviewed before the cancel), and a temporary output as not kept, with the advice to write files.
The rows are counted here by reading the files back, not taken from the run."""

from .kept_feedback import Feedback, at_site
from .test_processing_review import params, rows


def test_a_cancelled_review_names_each_file_it_kept_with_its_rows(zr_processing, sample_gpkg, example_rules,
                                                                  tmp_path):
    import processing

    feedback = Feedback(cancel_when=at_site(4))
    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path,
                                                      CLAUSES=str(tmp_path / "clauses.csv")), feedback=feedback)
    assert feedback.said("warning", "Cancelled after") == ["Cancelled after 4 of 10 sites."]
    summary, findings = rows(tmp_path / "summary.gpkg"), rows(tmp_path / "findings.gpkg")
    with open(tmp_path / "clauses.csv", encoding="utf-8-sig") as handle:
        clauses = sum(1 for _line in handle) - 1  # the header
    assert len(summary) == 4 and findings and clauses > 0
    kept = feedback.said("warning", "kept as written before the run stopped")
    assert sorted(kept) == sorted([
        f"{label(zr_processing, 'FINDINGS')}: {tmp_path / 'findings.gpkg'}: kept as written before the run stopped "
        f"(rows: {len(findings)}).",
        f"{label(zr_processing, 'SUMMARY')}: {tmp_path / 'summary.gpkg'}: kept as written before the run stopped "
        f"(rows: 4).",
        f"{label(zr_processing, 'CLAUSES')}: {tmp_path / 'clauses.csv'}: kept as written before the run stopped "
        f"(rows: {clauses})."]), kept


def test_a_cancelled_review_into_temporary_layers_says_they_are_not_kept(zr_processing, sample_gpkg, example_rules,
                                                                          tmp_path):
    import processing

    feedback = Feedback(cancel_when=at_site(2))
    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path,
                                                      FINDINGS="TEMPORARY_OUTPUT", SUMMARY="TEMPORARY_OUTPUT"),
                   feedback=feedback)
    told = feedback.said("warning", "a temporary layer, not kept")
    assert sorted(told) == sorted([
        f"{label(zr_processing, 'SUMMARY')}: a temporary layer, not kept (rows: 2). To keep what a stopped run wrote, "
        "save its outputs to files.",
        *[text for text in told if text.startswith(label(zr_processing, "FINDINGS") + ": ")]]), told
    assert len(told) == 2


def label(_processing, name: str) -> str:
    """An output as the run's messages name it: its label in quotes, then its name (written from the algorithm's
    declared label, as the dialog shows it)."""
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById("zoningreview:reviewsites")
    return f"“{alg.parameterDefinition(name).description()}” ({name})"
