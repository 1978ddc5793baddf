"""The database overlay's reads of the units the chunk queries name (labels and attributes, problem units'
geometries) when features stop coming — the connection lost part way, rows gone since the query: QGIS's
postgres provider ends such a read without a word. A problem unit was then silently left out of the site's
result, and a cut read of labels was told as "unit … of the table is not in the layer". Now the read is
checked like every other database read: the chunk's sites are overlaid in QGIS instead, with one warning
naming the layer that says so (not a read error's "check the connection and review again" wrapped in a
fallback that goes on), and the results are those of the whole table."""

import shapely
from qgis.core import QgsGeometry

from zoning_review.plugin.core.overlay import pushdown_units
from zoning_review.plugin.core.overlay.pushdown import batch_overlay

from .kept_feedback import Feedback
from .overlay_helpers import crs, dispose, engine_for
from .test_overlay_pushdown_units import unit_table

STEP = 1e-4  # unit g lies at x = 116 + g·STEP
FALLBACK = ("Layer lots could not be read completely from its database (the connection failed or the table changed "
            "while it was read); this site is overlaid in QGIS instead.")
SQUARE = f"ST_MakeEnvelope(116 + g * {STEP}, 39, 116 + g * {STEP} + 5e-5, 39.001, 4490)"
BOWTIE = (f"ST_Translate(ST_GeomFromText('POLYGON((116 39, 116.00005 39.001, 116.00005 39, 116 39.001, 116 39))', "
          f"4490), g * {STEP}, 0)")  # self-intersecting: a problem unit, fetched and repaired in QGIS


def overlay_lots(postgis, sample_in_both, count, geometry):
    """One site over all ``count`` units of a new table "lots" (unit g coded ZHg), overlaid in the database;
    the result and the feedback."""
    unit_table(postgis, "lots", f"SELECT g, 'ZH' || g, '单元' || g, '一般管控单元', '否', {geometry} "
                                f"FROM generate_series(1, {count}) g")
    database, _files = sample_in_both
    units, feedback = postgis.layer("lots"), Feedback()
    site = shapely.box(115.99, 38.99, 116 + (count + 5) * STEP, 39.01)
    items = [("s", QgsGeometry.fromWkt(site.wkt), crs("EPSG:4490"))]
    try:
        (_key, result), = batch_overlay(engine_for(units), database["sites"], items, (), feedback)
    finally:
        dispose(units)
        postgis.psql("DROP TABLE lots")
    return result, feedback


def codes(result):
    return {u.code for u in result.overlaps + result.touches}


def test_a_connection_lost_while_unit_labels_are_read_is_named(postgis, sample_in_both, monkeypatch):
    read, plain = [], pushdown_units.plain

    def plain_then_cut(value):  # the connections cut once the first unit records have been read
        read.append(value)
        if len(read) == 50:
            postgis.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE pid <> pg_backend_pid() AND datname = 'zoning'")
        return plain(value)

    monkeypatch.setattr(pushdown_units, "plain", plain_then_cut)
    result, feedback = overlay_lots(postgis, sample_in_both, 5000, SQUARE)  # more than one fetch of 2,000
    assert feedback.said("warning", "lots") == [FALLBACK]  # one sentence: no "review again" inside a fallback
    assert not feedback.said("warning", "is not in the layer")
    assert codes(result) == {f"ZH{g}" for g in range(1, 5001)}  # overlaid in QGIS on the whole table


def test_problem_units_gone_since_the_query_are_never_left_out_silently(postgis, sample_in_both, monkeypatch):
    problem_units = pushdown_units.DatabaseUnits.problem_units

    def delete_then_fetch(units, keys):  # the query named 300 problem units; 100 are deleted before their fetch
        postgis.psql("DELETE FROM lots WHERE fid > 200")
        return problem_units(units, keys)

    monkeypatch.setattr(pushdown_units.DatabaseUnits, "problem_units", delete_then_fetch)
    result, feedback = overlay_lots(postgis, sample_in_both, 300, BOWTIE)
    assert feedback.said("warning", "lots") == [FALLBACK]
    assert codes(result) == {f"ZH{g}" for g in range(1, 201)}  # the table as it now is, read whole in QGIS


def test_a_read_error_that_sends_the_batch_to_qgis_is_one_sentence(postgis, sample_in_both, monkeypatch):
    """The batch given up after the failed query (as after GIVE_UP failures): one sentence saying the overlay goes on
    in QGIS, never "The overlay cannot run in the database (… check the connection and review again)"."""
    from zoning_review.plugin.core.overlay import pushdown

    problem_units = pushdown_units.DatabaseUnits.problem_units

    def delete_then_fetch(units, keys):
        postgis.psql("DELETE FROM lots WHERE fid > 200")
        return problem_units(units, keys)

    monkeypatch.setattr(pushdown, "GIVE_UP", 1)
    monkeypatch.setattr(pushdown_units.DatabaseUnits, "problem_units", delete_then_fetch)
    result, feedback = overlay_lots(postgis, sample_in_both, 300, BOWTIE)
    assert feedback.said("warning", "lots") == [
        "Layer lots could not be read completely from its database (the connection failed or the table changed "
        "while it was read), so the overlay runs in QGIS instead."]
    assert codes(result) == {f"ZH{g}" for g in range(1, 201)}
