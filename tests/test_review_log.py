"""What reviewsites says in the Processing log: a line for each of the first sites only (the summary has them
all), a warning every site shares said once with how many sites had it, and how many sites got each verdict."""

import re
from collections import Counter

from osgeo import gdal, ogr

from tests.kept_feedback import Feedback
from tests.test_processing_review import params, rows


def test_the_log_lists_the_first_sites_and_counts_the_verdicts(zr_processing, sample_gpkg, example_rules, tmp_path,
                                                               monkeypatch):
    import processing

    from zoning_review.plugin.processing import review_log

    monkeypatch.setattr(review_log, "LISTED_SITES", 3)
    feedback = Feedback()
    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path), feedback=feedback)
    summary = rows(tmp_path / "summary.gpkg")
    assert len(summary) == 10
    listed = feedback.said("info", " — units ")
    assert [line.split(":")[0] for line in listed] == [r["site_id"] for r in summary[:3]]
    assert feedback.said("info", "after the first 3 are not listed here") != []
    counts = Counter(r["verdict"] for r in summary)
    [tally] = feedback.said("info", "10 sites reviewed: ")
    words = {"compliant": "Compliant", "non_compliant": "Non-compliant", "needs_study": "Needs further study"}
    assert all(f"{words[verdict]} {n}" in tally for verdict, n in counts.items()), tally
    assert len(counts) >= 2 and sum(int(part.rsplit(" ", 1)[1]) for part in tally.split(": ", 1)[1].split("; ")) == 10


def test_a_warning_every_site_shares_is_said_once_with_its_count(zr_processing, sample_gpkg, example_rules, tmp_path):
    """A unit without geometry in the unit layer: every site's overlay carries that warning."""
    import processing

    units = tmp_path / "units.gpkg"
    assert gdal.VectorTranslate(str(units), str(sample_gpkg), layers=["control_units"]) is not None
    source = ogr.Open(str(units), 1)
    layer = source.GetLayerByName("control_units")
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("HJGKDYBM", "ZH13063239999")
    assert layer.CreateFeature(feature) == 0
    feature = layer = source = None
    feedback = Feedback()
    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path,
                                                      UNITS=f"{units}|layername=control_units"), feedback=feedback)
    shared = feedback.said("warning", "no geometry")
    assert len(shared) == 2, shared  # the first site's line, then the count
    assert shared[0].startswith(f"Site {rows(tmp_path / 'summary.gpkg')[0]['site_id']}: ")
    warning = shared[0].split(": ", 1)[1]
    assert re.fullmatch(r"Feature \d+ of units has no geometry and was skipped: draw its geometry in the layer, or "
                        r"delete the feature if it stands for nothing on the map\.", warning), warning
    assert shared[1] == f"10 sites in all had this warning: {warning}"
    assert len(feedback.said("info", " — units ")) == 10  # fewer than the sites listed


def test_one_site_is_counted_in_the_singular(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    sites = tmp_path / "one_site.gpkg"
    assert gdal.VectorTranslate(str(sites), str(sample_gpkg), layers=["sites"], where="site_id = 'S03'") is not None
    feedback = Feedback()
    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path,
                                                      SITES=f"{sites}|layername=sites"), feedback=feedback)
    [verdict] = [r["verdict"] for r in rows(tmp_path / "summary.gpkg")]
    words = {"compliant": "Compliant", "non_compliant": "Non-compliant", "needs_study": "Needs further study"}
    assert feedback.said("info", "1 site reviewed: ") == [f"1 site reviewed: {words[verdict]} 1"]
    assert feedback.said("info", "sites reviewed") == []


def test_the_sites_not_reviewed_are_listed_for_the_first_sites_and_counted(zr_processing, sample_gpkg, example_rules,
                                                                          tmp_path, monkeypatch):
    """Every site without geometry: a line for each of the first three, then one line, then the count."""
    import processing

    from zoning_review.plugin.processing import review_log

    monkeypatch.setattr(review_log, "LISTED_SITES", 3)
    sites = tmp_path / "sites.gpkg"
    assert gdal.VectorTranslate(str(sites), str(sample_gpkg), layers=["sites"]) is not None
    source = ogr.Open(str(sites), 1)
    source.ExecuteSQL("UPDATE sites SET geom = NULL")
    source = None
    feedback = Feedback()
    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path,
                                                      SITES=f"{sites}|layername=sites"), feedback=feedback)
    summary = rows(tmp_path / "summary.gpkg")
    assert len(summary) == 10 and {r["verdict"] for r in summary} == {"needs_study"}
    assert all("was not reviewed" in r["reason"] for r in summary)  # the summary gives every site's reason
    listed = [line for line in feedback.errors if " was not reviewed: " in line]
    assert [line.split(" ")[1] for line in listed] == [r["site_id"] for r in summary[:3]]
    assert feedback.errors[3:] == ["The sites not reviewed after the first 3 are not listed here: the summary output "
                                   "gives each one's reason.", "10 sites in all were not reviewed."]
