"""A PostGIS layer whose features stop coming (the connection lost mid-read, rows gone since the layer
was indexed): QGIS's postgres provider ends such a read without a word, so the review must say the
site was not reviewed, never relate it to the few features that did come ('outside'); a sites table read
in part stops the batch, saying how many sites were read."""

import pytest
from qgis.core import QgsGeometry

from zoning_review.plugin.core.model.results import SpatialQuery
from zoning_review.plugin.core.overlay import unit_index
from zoning_review.plugin.core.overlay.types import OverlayError

from .overlay_helpers import crs, dispose, engine_for
from .test_processing_review import params

MANY = 9000  # more than the provider's 2,000 features fetched at a time, so a read can stop part way
SITE = "POLYGON((116.8995 39.0002, 116.9005 39.0002, 116.9005 39.0008, 116.8995 39.0008, 116.8995 39.0002))"


@pytest.fixture
def strips(postgis):
    """A constraint table of MANY thin strips along 39°N, strip g at x = 116 + g·1e-4; the site meets the last."""
    postgis.psql("DROP TABLE IF EXISTS strips; CREATE TABLE strips AS SELECT g AS fid, "
                 "ST_MakeEnvelope(116 + g * 1e-4, 39, 116 + g * 1e-4 + 5e-5, 39.001, 4490)::geometry(Polygon, 4490) "
                 f"AS geom FROM generate_series(1, {MANY}) g; ALTER TABLE strips ADD PRIMARY KEY (fid)")
    layer = postgis.layer("strips")
    yield layer
    dispose(layer)
    postgis.psql("DROP TABLE strips")


def relation(engine, query):
    """The site's relation to the strips, as the review reads it."""
    result = engine.overlay(QgsGeometry.fromWkt(SITE), crs("EPSG:4490"), [query])
    return result.relations[query.key].relation


def test_a_connection_lost_while_a_layer_is_indexed_is_no_outside(postgis, sample_in_both, strips, monkeypatch):
    database, _files = sample_in_both
    engine = engine_for(database["control_units"], {"strips": strips})
    query = SpatialQuery("strips")
    added, add = [], unit_index.FeatureIndex._add

    def add_then_cut(index, feature):  # the database's connections cut once the index has begun
        if index.name == "strips":
            added.append(feature.id())
        if len(added) == 10 and index.name == "strips":
            postgis.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE pid <> pg_backend_pid() AND datname = 'zoning'")
        add(index, feature)

    monkeypatch.setattr(unit_index.FeatureIndex, "_add", add_then_cut)
    with pytest.raises(OverlayError, match="strips could not be read completely from its database"):
        relation(engine, query)
    assert 10 <= len(added) < MANY  # the read did stop part way
    monkeypatch.setattr(unit_index.FeatureIndex, "_add", add)
    assert relation(engine, query) == "overlapping"  # the connection back: the layer is read again, whole


def test_features_gone_since_the_layer_was_indexed_are_no_outside(postgis, sample_in_both, strips):
    database, _files = sample_in_both
    engine = engine_for(database["control_units"], {"strips": strips})
    query = SpatialQuery("strips")
    assert relation(engine, query) == "overlapping"
    postgis.psql(f"DELETE FROM strips WHERE fid > {MANY - 200}")  # behind QGIS's back: the index still has them
    with pytest.raises(OverlayError, match="strips could not be read completely from its database"):
        relation(engine, query)


def test_a_sites_table_read_in_part_stops_the_batch_naming_the_one_site_read(zr_processing, postgis, sample_gpkg,
                                                                              example_rules, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    postgis.psql("DROP TABLE IF EXISTS two_sites; CREATE TABLE two_sites AS SELECT * FROM sites "
                 "WHERE site_id IN ('S01', 'S02'); ALTER TABLE two_sites ADD PRIMARY KEY (fid)")
    sites = postgis.layer("two_sites")
    try:
        assert sites.featureCount() == 2
        postgis.psql("DELETE FROM two_sites WHERE site_id = 'S02'")  # behind QGIS's back: it still counts two
        with pytest.raises(QgsProcessingException, match=r"^Only 1 site of two_sites could be read from its "
                                                         r"database \(the connection failed"):
            processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, sites=sites))
    finally:
        dispose(sites)
        postgis.psql("DROP TABLE two_sites")
