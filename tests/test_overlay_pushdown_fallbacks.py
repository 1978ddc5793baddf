"""The push-down's fall-backs to QGIS: queries the database refuses, sites outside the units' database, an
ellipsoid the database lacks, a unit table with a two-column key, tables named by a connection service."""

import pytest
from qgis.core import QgsVectorLayer

from zoning_review.plugin.core.overlay import pushdown
from zoning_review.plugin.core.overlay.batch import overlay_stream
from zoning_review.plugin.core.overlay.pushdown import batch_overlay

from .kept_feedback import Feedback
from .overlay_helpers import dispose, engine_for
from .postgis_server import PORT
from .pushdown_helpers import chunk_queries, pairs_of
from .test_overlay_postgis import same, site_items


@pytest.fixture
def reviewer(postgis):
    """Layers of the sample read as a user who may read the tables but not run ST_Intersection."""
    postgis.psql("CREATE ROLE reviewer LOGIN; GRANT SELECT ON ALL TABLES IN SCHEMA public TO reviewer; "
                 "REVOKE EXECUTE ON FUNCTION ST_Intersection(geometry, geometry, float8) FROM PUBLIC")

    def layer(table):
        uri = postgis.uri(table)
        uri.setUsername("reviewer")
        found = QgsVectorLayer(uri.uri(False), table, "postgres")
        assert found.isValid()
        return found

    units, sites = layer("control_units"), layer("sites")
    yield units, sites
    dispose(units, sites)
    postgis.psql("GRANT EXECUTE ON FUNCTION ST_Intersection(geometry, geometry, float8) TO PUBLIC; "
                 "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM reviewer; DROP ROLE reviewer")


def test_failing_queries_leave_their_sites_to_qgis(postgis, sample_in_both, reviewer, monkeypatch):
    monkeypatch.setattr(pushdown, "CHUNK", 2)
    _database, files = sample_in_both
    units, sites = reviewer
    items = site_items(files)
    feedback, logged = Feedback(), len(postgis.statements())
    pushed = list(batch_overlay(engine_for(units), sites, items, (), feedback))
    assert "permission denied for function st_intersection" in postgis.statements()[logged:]
    assert chunk_queries(postgis, logged) == 2 + pushdown.AHEAD < 5  # none started after the second failure
    assert len(feedback.said("warning", "these 2 sites are overlaid in QGIS")) == 1  # the first failure
    assert len(feedback.said("warning", "cannot run in the database")) == 1  # the second: the rest in QGIS
    assert same(pairs_of(pushed), pairs_of(overlay_stream(engine_for(files["control_units"]), items)))


def test_units_in_the_database_and_sites_in_a_file_run_in_qgis(postgis, sample_in_both):
    database, files = sample_in_both
    items = site_items(files)
    feedback, logged = Feedback(), len(postgis.statements())
    pushed = list(batch_overlay(engine_for(database["control_units"]), files["sites"], items, (), feedback))
    assert chunk_queries(postgis, logged) == 0
    assert feedback.said("info", "the sites are not in the same one")
    assert same(pairs_of(pushed), pairs_of(overlay_stream(engine_for(files["control_units"]), items)))


def test_an_ellipsoid_the_database_lacks_leaves_the_overlay_to_qgis(postgis, sample_in_both):
    database, files = sample_in_both
    items = site_items(files)
    feedback, logged = Feedback(), len(postgis.statements())
    engine = engine_for(database["control_units"], ellipsoid="EPSG:7022")  # International 1924
    pushed = list(batch_overlay(engine, database["sites"], items, (), feedback))
    assert chunk_queries(postgis, logged) == 0
    assert feedback.said("warning", "cannot run in the database")
    alone = list(overlay_stream(engine_for(files["control_units"], ellipsoid="EPSG:7022"), items))
    assert same(pairs_of(pushed), pairs_of(alone))


def test_a_unit_table_with_a_two_column_key_runs_in_qgis_with_a_note(postgis, sample_in_both):
    database, files = sample_in_both
    postgis.psql('DROP TABLE IF EXISTS units_two_keys; CREATE TABLE units_two_keys AS SELECT * FROM control_units; '
                 'ALTER TABLE units_two_keys ADD PRIMARY KEY (fid, "HJGKDYBM")')
    uri = postgis.uri("units_two_keys")
    uri.setKeyColumn('"fid","HJGKDYBM"')
    units = QgsVectorLayer(uri.uri(False), "units_two_keys", "postgres")
    try:
        assert units.isValid() and units.featureCount() == files["control_units"].featureCount()
        items = site_items(files)
        feedback, logged = Feedback(), len(postgis.statements())
        pushed = list(batch_overlay(engine_for(units), database["sites"], items, (), feedback))
        assert chunk_queries(postgis, logged) == 0
        assert feedback.said("info", "not one table with a one-column key")
        alone = list(overlay_stream(engine_for(files["control_units"]), items))

        def overlaps(results):  # the layer numbers a two-column key's features itself: compare by code
            return [sorted((u.code, round(u.overlap_m2, 3)) for u in r.overlaps) for _key, r in results]

        assert overlaps(pushed) == overlaps(alone) and any(overlaps(alone))
    finally:
        dispose(units)
        postgis.psql("DROP TABLE units_two_keys")


def test_tables_named_by_a_service_are_one_database_only_with_the_same_service(postgis, sample_in_both, tmp_path,
                                                                              monkeypatch):
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[zr_test]\nhost={postgis.socket_dir}\nport={PORT}\ndbname=zoning\nuser=postgres\n",
                        encoding="utf-8")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    database, files = sample_in_both

    def by_service(table):
        layer = QgsVectorLayer(f"service='zr_test' key='fid' table=\"public\".\"{table}\" (geom)", table, "postgres")
        assert layer.isValid(), table
        return layer

    units, sites = by_service("control_units"), by_service("sites")
    try:
        items = site_items(files)
        alone = pairs_of(overlay_stream(engine_for(files["control_units"]), items))
        feedback, logged = Feedback(), len(postgis.statements())
        pushed = list(batch_overlay(engine_for(units), sites, items, (), feedback))
        assert chunk_queries(postgis, logged) == 1  # the ten sites in one query
        assert feedback.said("info", "runs in the database zr_test")
        assert same(pairs_of(pushed), alone)
        feedback, logged = Feedback(), len(postgis.statements())  # the same server named by host: not known to
        mixed = list(batch_overlay(engine_for(units), database["sites"], items, (), feedback))  # be one
        assert chunk_queries(postgis, logged) == 0
        assert feedback.said("info", "the sites are not in the same one")
        assert same(pairs_of(mixed), alone)
    finally:
        dispose(units, sites)
