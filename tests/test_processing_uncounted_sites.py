"""A sites layer that cannot count its features: PostgreSQL's estimate of a table never analysed is -1, and
QGIS's postgres provider with estimated metadata gives that estimate as the layer's feature count."""

from qgis.core import QgsVectorLayer

from .overlay_helpers import dispose
from .pushdown_helpers import Feedback
from .test_processing_review import params, rows


def test_a_cancelled_review_of_sites_that_cannot_be_counted_says_how_many_were_reviewed(
        zr_processing, postgis, sample_gpkg, example_rules, tmp_path):
    """The run's warning names the sites reviewed before the cancel, never 'of -1 sites'."""
    import processing

    postgis.psql("DROP TABLE IF EXISTS uncounted; CREATE TABLE uncounted (LIKE sites INCLUDING ALL); "
                 "INSERT INTO uncounted SELECT * FROM sites")  # never analysed: reltuples -1
    uri = postgis.uri("uncounted")
    uri.setUseEstimatedMetadata(True)
    sites = QgsVectorLayer(uri.uri(False), "uncounted", "postgres")
    try:
        assert sites.isValid() and sites.featureCount() == -1
        feedback = Feedback(cancel_after=3)
        processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, sites=sites),
                       feedback=feedback)
        assert feedback.said("warning", "Cancelled after") == ["Cancelled after 3 sites."]
        assert len(rows(tmp_path / "summary.gpkg")) == 3
    finally:
        dispose(sites)
        postgis.psql("DROP TABLE uncounted")
