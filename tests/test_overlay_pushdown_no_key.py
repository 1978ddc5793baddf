"""A unit table without a primary key (QGIS numbers its rows by their ctid, a key named tid that is no field): the
overlay runs in QGIS with a note saying why and what to do, not a warning that the layer's key "tid" is not one of
its fields."""

from qgis.core import QgsVectorLayer

from zoning_review.plugin.core.overlay.batch import overlay_stream
from zoning_review.plugin.core.overlay.pushdown import batch_overlay

from .kept_feedback import Feedback
from .overlay_helpers import dispose, engine_for
from .pushdown_helpers import chunk_queries
from .test_overlay_postgis import site_items


def test_a_unit_table_without_a_primary_key_runs_in_qgis_with_a_note(postgis, sample_in_both):
    database, files = sample_in_both
    postgis.psql("DROP TABLE IF EXISTS \"Units 无主键\"; CREATE TABLE \"Units 无主键\" AS SELECT * FROM control_units")
    uri = postgis.uri("Units 无主键")
    uri.setKeyColumn("")
    units = QgsVectorLayer(uri.uri(False), "units", "postgres")
    try:
        assert units.isValid() and units.featureCount() == files["control_units"].featureCount()
        items = site_items(files)
        feedback, logged = Feedback(), len(postgis.statements())
        pushed = list(batch_overlay(engine_for(units), database["sites"], items, (), feedback))
        assert chunk_queries(postgis, logged) == 0
        assert feedback.said("info", "The unit table Units 无主键 has no primary key")
        assert feedback.said("info", "give the table a primary key to run it in the database")
        assert not [text for kind, text in feedback.lines if kind == "warning"]
        alone = list(overlay_stream(engine_for(files["control_units"]), items))

        def overlaps(results):  # QGIS numbers the rows itself: compare by code
            return [sorted((u.code, round(u.overlap_m2, 3)) for u in r.overlaps) for _key, r in results]

        assert overlaps(pushed) == overlaps(alone) and any(overlaps(alone))
    finally:
        dispose(units)
        postgis.psql("DROP TABLE \"Units 无主键\"")
