"""Counts the Processing log gives (sites reviewed, sites without an id, verdicts, units, register entries, cancelled
runs) have thousands separators, as the reasons and the tables write amounts: 1,000 sites reviewed."""

from collections import Counter

from osgeo import gdal, ogr

from tests.kept_feedback import Feedback
from tests.test_processing_review import params, rows
from zoning_review.plugin.core.rules.access_list.unit_layer import UnitCheck
from zoning_review.plugin.processing.import_access_list import unit_check_warnings
from zoning_review.plugin.processing.rereview import changed_line
from zoning_review.plugin.processing.review_run import BatchReview

COPIES = 100  # the sample's 10 sites, each 100 times: 1,000 sites


def thousand_sites(sample_gpkg, path):
    """The sample's sites copied until there are 1,000, none with an id."""
    assert gdal.VectorTranslate(str(path), str(sample_gpkg), layers=["sites"]) is not None
    source = ogr.Open(str(path), 1)
    layer = source.GetLayerByName("sites")
    originals = [feature.Clone() for feature in layer]
    source.StartTransaction()
    for _ in range(COPIES - 1):
        for original in originals:
            copy = original.Clone()
            copy.SetFID(-1)
            assert layer.CreateFeature(copy) == 0
    source.CommitTransaction()
    source.ExecuteSQL("UPDATE sites SET site_id = NULL")
    source = layer = None
    return f"{path}|layername=sites"


def test_a_thousand_sites_are_counted_with_a_separator(zr_processing, sample_gpkg, example_rules, tmp_path,
                                                        monkeypatch):
    import processing

    from zoning_review.plugin.processing import review_log

    monkeypatch.setattr(review_log, "LISTED_SITES", 2)
    sites = thousand_sites(sample_gpkg, tmp_path / "sites.gpkg")
    feedback = Feedback()
    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, sites=sites),
                   feedback=feedback)
    summary = rows(tmp_path / "summary.gpkg")
    assert len(summary) == 1000
    [unnamed] = feedback.said("warning", "sites have no id in the field")
    assert unnamed.startswith("1,000 sites have no id in the field site_id"), unnamed
    [tally] = feedback.said("info", "sites reviewed: ")
    assert tally.startswith("1,000 sites reviewed: "), tally
    words = {"compliant": "Compliant", "non_compliant": "Non-compliant", "needs_study": "Needs further study"}
    counts = Counter(r["verdict"] for r in summary)
    assert all(f"{words[verdict]} {n:,}" in tally for verdict, n in counts.items()), tally


def test_the_verdicts_that_change_and_a_cancelled_run_are_counted_with_a_separator(qgis_app):
    assert changed_line([f"{i} S{i:04d}" for i in range(1, 1235)]).startswith("1,234 sites change verdict: 1 S0001")
    assert BatchReview._cancelled_unknown_total(12345) == "Cancelled after 12,345 sites."


def test_the_units_an_imported_list_misses_are_counted_with_a_separator(qgis_app):
    codes = [f"ZH1306{i:07d}" for i in range(1500)]
    check = UnitCheck(codes, codes[:1001], list(range(2000)))
    missing, without_rows, uncoded = unit_check_warnings(check, "units", "HJGKDYBM")
    assert missing.startswith("1,500 unit codes of the list are not in layer units (field HJGKDYBM)")
    assert ": ZH13060000000, ZH13060000001" in missing  # the codes themselves as written
    assert without_rows.startswith("1,001 units of layer units (field HJGKDYBM) have no row in the list")
    assert uncoded.startswith("2,000 units of layer units have no code") and "(feature ids 0, 1, 2" in uncoded
