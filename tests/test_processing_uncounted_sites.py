"""A sites layer that cannot count its features: PostgreSQL's estimate of a table never analysed is -1, and
QGIS's postgres provider with estimated metadata gives that estimate as the layer's feature count."""

from qgis.core import QgsVectorLayer

from .kept_feedback import Feedback, at_site
from .overlay_helpers import dispose
from .test_processing_review import params, rows


def test_a_cancelled_review_of_sites_that_cannot_be_counted_says_how_many_were_reviewed(
        zr_processing, postgis, sample_gpkg, example_rules, tmp_path):
    """The run's warning names the sites reviewed before the cancel, never 'of -1 sites': sites named by their
    feature ids (no id field read) are counted by them."""
    import processing

    postgis.psql("DROP TABLE IF EXISTS uncounted; CREATE TABLE uncounted (LIKE sites INCLUDING ALL) "
                 "WITH (autovacuum_enabled = false); "
                 "INSERT INTO uncounted SELECT * FROM sites")  # never analysed (autovacuum off): reltuples -1
    uri = postgis.uri("uncounted")
    uri.setUseEstimatedMetadata(True)
    sites = QgsVectorLayer(uri.uri(False), "uncounted", "postgres")
    try:
        assert sites.isValid() and sites.featureCount() == -1
        feedback = Feedback(cancel_when=at_site(3))
        processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, sites=sites,
                                                          SITE_FEATURE_IDS=True),  # no ids read: none counted
                       feedback=feedback)
        assert feedback.said("warning", "Cancelled after") == ["Cancelled after 3 of 10 sites."]  # counted
        assert len(rows(tmp_path / "summary.gpkg")) == 3
    finally:
        dispose(sites)
        postgis.psql("DROP TABLE uncounted")


def test_a_stale_estimate_of_the_sites_never_shows_more_than_all_done(zr_processing, postgis, sample_gpkg,
                                                                       example_rules, tmp_path):
    """A table analysed when it held 2 of its 10 sites: with estimated metadata a new layer of it says 2 (until it
    has read them all). Named by their feature ids (no id field read), the sites are counted by them: the progress
    goes a tenth per site to 100 % at the last one (it reached 100 % at the second site and stayed there), and a
    cancel after 3 says "of 10", never "of 2"."""
    import processing

    postgis.psql("DROP TABLE IF EXISTS stale; CREATE TABLE stale (LIKE sites INCLUDING ALL) "
                 "WITH (autovacuum_enabled = false); "
                 "INSERT INTO stale SELECT * FROM sites ORDER BY fid LIMIT 2; ANALYZE stale; "
                 "INSERT INTO stale SELECT * FROM sites ORDER BY fid OFFSET 2")
    uri = postgis.uri("stale")
    uri.setUseEstimatedMetadata(True)
    layers = [QgsVectorLayer(uri.uri(False), "stale", "postgres") for _run in range(2)]
    try:
        assert all(layer.isValid() and layer.featureCount() == 2 for layer in layers)  # not the 10 sites
        feedback, progress = Feedback(), []
        feedback.progressChanged.connect(progress.append)
        (tmp_path / "all").mkdir()
        processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path / "all",
                                                          sites=layers[0], SITE_FEATURE_IDS=True), feedback=feedback)
        assert len(rows(tmp_path / "all" / "summary.gpkg")) == 10
        assert progress == [10.0 * site for site in range(1, 11)], progress  # counted: a tenth per site, 100 % last
        cancelled = Feedback(cancel_when=at_site(3))
        (tmp_path / "cut").mkdir()
        processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path / "cut",
                                                          sites=layers[1], SITE_FEATURE_IDS=True), feedback=cancelled)
        assert cancelled.said("warning", "Cancelled after") == ["Cancelled after 3 of 10 sites."]
    finally:
        for layer in layers:
            dispose(layer)
        postgis.psql("DROP TABLE stale")


def test_sites_beyond_the_count_keep_the_progress_below_100_until_the_last(qgis_app):
    """A table that grew after it was counted (2 counted, 4 there): never 100 % while a site read is not reviewed or
    the sites are not read to their end; 100 % once all 4 are."""
    from qgis.core import QgsProcessingFeedback

    from zoning_review.plugin.processing.site_progress import SiteProgress

    feedback, shown = QgsProcessingFeedback(), []
    feedback.progressChanged.connect(shown.append)
    progress = SiteProgress(feedback, 2)
    for done, read, read_all in ((1, 2, False), (2, 3, False), (3, 3, False), (3, 4, True), (4, 4, True)):
        progress.reviewed(done, read, read_all)
    assert shown == [50.0, 66.6, 99.9, 75.0, 100.0]
    assert progress.known_total(3, False) == -1 and progress.known_total(4, True) == 4
