"""The unit table as the database overlay reads it: invalid and odd units repaired or skipped with the
engine's warnings (in feature id order, as the engine gives them), only the units the sites meet
checked and read, a table keyed by its unit codes, a key that is not unique and a failure while a
later chunk is prepared (both: the rest of the batch in QGIS, with a warning)."""

import re

import pytest
import shapely
from qgis.core import QgsGeometry, QgsVectorLayer

from zoning_review.plugin.core.model.results import Listed
from zoning_review.plugin.core.overlay.batch import overlay_stream
from zoning_review.plugin.core.overlay.pushdown import batch_overlay
from zoning_review.plugin.core.overlay.pushdown_sql import chunk_sql

from .kept_feedback import Feedback
from .overlay_helpers import crs, dispose, engine_for, geodesic_area
from .pushdown_helpers import CHUNK_SQL, chunk_queries, export, full
from .test_overlay_postgis import outcome, same, site_items

UNIT_COLUMNS = ('fid integer PRIMARY KEY, "HJGKDYBM" text, "HJGKDYMC" text, "ZHGKDYFL" text, "ZLCB" text, '
                'geom geometry(Polygon, 4490)')


def unit_table(postgis, name, rows):
    """A new polygon table with the sample units' columns and a GiST index, filled by ``rows``
    (``VALUES …`` or ``SELECT …``)."""
    postgis.psql(f"DROP TABLE IF EXISTS {name}; CREATE TABLE {name} ({UNIT_COLUMNS}); "
                 f"CREATE INDEX ON {name} USING gist (geom); INSERT INTO {name} {rows}")


def both_paths(postgis, database, table, path, site):
    """One site (a shapely polygon in EPSG:4490) overlaid in the database on ``table`` and by the
    file-based engine on its GeoPackage copy at ``path``."""
    units, copy = postgis.layer(table), export(postgis, table, path)
    items = [("s", QgsGeometry.fromWkt(site.wkt), crs("EPSG:4490"))]
    try:
        (_key, pushed), = batch_overlay(engine_for(units), database["sites"], items)
        (_key, alone), = overlay_stream(engine_for(copy), items)
    finally:
        dispose(units, copy)
    return pushed, alone


def test_invalid_and_odd_units_are_repaired_or_skipped_with_the_engines_warnings(postgis, sample_in_both, tmp_path):
    unit_table(postgis, "odd_units", (
        "VALUES (1, 'ZHBOW', '蝴蝶', '一般管控单元', '否', ST_GeomFromText("
        "'POLYGON((116.0 39.0, 116.02 39.02, 116.02 39.0, 116.0 39.02, 116.0 39.0))', 4490)), "
        "(2, 'ZHFLAT', '线', '一般管控单元', '否', ST_GeomFromText("
        "'POLYGON((116.0 39.0, 116.03 39.03, 116.01 39.01, 116.0 39.0))', 4490)), "
        "(3, 'ZHNULL', '空', '一般管控单元', '否', NULL), "
        "(4, 'ZHEMPTY', '空', '一般管控单元', '否', ST_GeomFromText('POLYGON EMPTY', 4490)), "
        "(5, 'ZHOK', '好', '重点管控单元', '是', ST_GeomFromText("
        "'POLYGON((116.02 39.0, 116.04 39.0, 116.04 39.02, 116.02 39.02, 116.02 39.0))', 4490))"))
    database, _files = sample_in_both
    pushed, alone = both_paths(postgis, database, "odd_units", tmp_path / "odd.gpkg",
                               shapely.box(115.99, 38.99, 116.03, 39.03))
    assert same(full(pushed), full(alone))
    in_order = [[(w.template, w.values) for w in result.warnings] for result in (pushed, alone)]
    assert in_order[0] == in_order[1]  # the same warnings in the same order (by feature id)
    assert sum("feature" in template for template, _values in in_order[0]) >= 2
    codes = {u.code: u for u in pushed.overlaps + pushed.touches}
    assert {"ZHBOW", "ZHOK"} <= set(codes) <= {"ZHBOW", "ZHOK", "ZHFLAT"}
    bow = shapely.make_valid(shapely.from_wkt("POLYGON((116.0 39.0, 116.02 39.02, 116.02 39.0, 116.0 39.02, "
                                              "116.0 39.0))"))
    assert codes["ZHBOW"].overlap_m2 == pytest.approx(geodesic_area(bow), rel=1e-9)
    assert codes["ZHOK"].overlap_m2 == pytest.approx(geodesic_area(shapely.box(116.02, 39.0, 116.03, 39.02)),
                                                     rel=1e-9)
    warnings = [(w.template, w.values) for w in pushed.warnings]
    assert any("invalid geometry" in t and v["code"] == "ZHBOW" and v["fid"] == 1 for t, v in warnings)
    skipped = [v for t, v in warnings if "have no geometry" in t]
    assert skipped and skipped[0]["count"] == 2 and skipped[0]["fids"] == Listed(("3", "4"))


def test_only_the_units_a_site_meets_are_checked_and_read(postgis, sample_in_both):
    unit_table(postgis, "far_units", (
        "VALUES (1, 'ZHNEAR', '近', '一般管控单元', '否', ST_GeomFromText("
        "'POLYGON((116.0 39.0, 116.02 39.0, 116.02 39.02, 116.0 39.02, 116.0 39.0))', 4490)), "
        "(2, 'ZHFARBOW', '远', '一般管控单元', '否', ST_GeomFromText("
        "'POLYGON((120.0 30.0, 120.02 30.02, 120.02 30.0, 120.0 30.02, 120.0 30.0))', 4490))"))
    database, _files = sample_in_both
    units = postgis.layer("far_units")
    items = [("s", QgsGeometry.fromWkt(shapely.box(115.99, 38.99, 116.01, 39.01).wkt), crs("EPSG:4490"))]
    logged = len(postgis.statements())
    try:
        (_key, pushed), = batch_overlay(engine_for(units), database["sites"], items)
    finally:
        dispose(units)
    asked = postgis.statements()[logged:]
    assert chunk_queries(postgis, logged) == 1
    assert [u.code for u in pushed.overlaps] == ["ZHNEAR"]
    assert not any("far" in str(w.values).lower() or "ZHFAR" in str(w.values) for w in pushed.warnings)
    assert not re.search(r'st_asbinary\("geom"[^)]*\)[^;\n]*FROM "public"."far_units"', asked, re.IGNORECASE)
    assert "st_isvalid" not in asked.lower().split(CHUNK_SQL.lower())[0]  # no validity check of the whole table
    reads = re.findall(r'CURSOR FOR SELECT [^\n]*FROM "public"."far_units"([^\n]*)', asked)
    assert reads == [' WHERE "fid" IN (1)']  # the labels of the one unit met, not of the whole table


def test_a_unit_table_keyed_by_its_unit_codes(postgis, sample_in_both):
    postgis.psql(
        "DROP TABLE IF EXISTS units_by_code; CREATE TABLE units_by_code AS SELECT \"HJGKDYBM\", \"HJGKDYMC\", "
        "\"ZHGKDYFL\", \"ZLCB\", geom FROM control_units; ALTER TABLE units_by_code ADD PRIMARY KEY (\"HJGKDYBM\"); "
        "CREATE INDEX ON units_by_code USING gist (geom); INSERT INTO units_by_code VALUES "
        "('ZH13000000000', '无图形', '一般管控单元', '否', NULL), "
        "('ZH13000000001', '蝴蝶', '一般管控单元', '否', ST_Multi(ST_GeomFromText("
        "'POLYGON((115.9 38.9, 116.3 39.3, 116.3 38.9, 115.9 39.3, 115.9 38.9))', 4490)))")
    database, files = sample_in_both
    uri = postgis.uri("units_by_code")
    uri.setKeyColumn("HJGKDYBM")
    units = QgsVectorLayer(uri.uri(False), "units_by_code", "postgres")
    assert units.isValid()
    items = site_items(files)
    feedback = Feedback()
    try:
        pushed = list(batch_overlay(engine_for(units), database["sites"], items, (), feedback))
    finally:
        dispose(units)
    alone = list(overlay_stream(engine_for(files["control_units"]), items))
    assert feedback.said("info", "runs in the database zoning")

    def by_code(result, leave=()):
        return sorted((u.code, round(u.overlap_m2, 3), u.name) for u in result.overlaps + result.touches
                      if u.code not in leave)

    bow = "ZH13000000001"
    assert [by_code(r, {bow}) for _k, r in pushed] == [by_code(r) for _k, r in alone]
    met = [r for _k, r in pushed if any(u.code == bow for u in r.overlaps)]
    assert met, "the bowtie unit lies over some of the sample's sites"
    for result in met:
        warned = [w.values for w in result.warnings if "invalid geometry" in w.template]
        assert [v["code"] for v in warned] == [bow]
    for _key, result in pushed:
        skipped = [w.values for w in result.warnings if "has no geometry" in w.template]  # one unit: singular
        assert len(skipped) == 1 and "count" not in skipped[0] and len(skipped[0]["fids"].items) == 1


def test_a_failure_while_a_later_chunk_is_prepared_leaves_the_rest_to_qgis(postgis, sample_in_both, monkeypatch):
    from zoning_review.plugin.core.overlay import pushdown

    monkeypatch.setattr(pushdown, "CHUNK", 4)
    made = []

    def failing_second(*args, **kwargs):
        made.append(1)
        if len(made) == 2:
            raise RuntimeError("out of memory while writing the query")
        return chunk_sql(*args, **kwargs)

    monkeypatch.setattr(pushdown, "chunk_sql", failing_second)
    database, files = sample_in_both
    items = site_items(files)
    feedback = Feedback()
    pushed = list(batch_overlay(engine_for(database["control_units"]), database["sites"], items, (), feedback))
    alone = list(overlay_stream(engine_for(files["control_units"]), items))
    assert len(made) == 2
    assert [key for key, _r in pushed] == [key for key, _site, _crs in items]  # every site once, in order
    assert same([full(r) for _k, r in pushed], [full(r) for _k, r in alone])
    warned = feedback.said("warning", "cannot run in the database")
    assert len(warned) == 1 and "out of memory while writing the query" in warned[0]


def test_a_key_that_is_not_unique_leaves_the_batch_to_qgis(postgis, sample_in_both):
    database, files = sample_in_both
    (_key, first), = overlay_stream(engine_for(files["control_units"]), site_items(files)[:1])
    met = first.overlaps[0].code
    postgis.psql(
        "DROP VIEW IF EXISTS twice_units; CREATE VIEW twice_units AS SELECT fid, \"HJGKDYBM\", \"HJGKDYMC\", "
        "\"ZHGKDYFL\", \"ZLCB\", geom FROM control_units UNION ALL SELECT fid, \"HJGKDYBM\" || '-2', "
        f"\"HJGKDYMC\", \"ZHGKDYFL\", \"ZLCB\", geom FROM control_units WHERE \"HJGKDYBM\" = '{met}'")
    uri = postgis.uri("twice_units")
    uri.setParam("checkPrimaryKeyUnicity", "0")  # a view keyed as the user says, unchecked
    units = QgsVectorLayer(uri.uri(False), "twice_units", "postgres")
    assert units.isValid()
    feedback = Feedback()
    try:
        pushed = list(batch_overlay(engine_for(units), database["sites"], site_items(files)[:1], (), feedback))
    finally:
        dispose(units)
    warned = feedback.said("warning", "cannot run in the database")
    assert len(warned) == 1 and "is not a unique integer or text" in warned[0]
    (_key, result), = pushed
    assert not isinstance(result, Exception) and result.overlaps  # overlaid in QGIS instead


def test_the_warnings_of_many_problem_units_come_in_feature_order(postgis, sample_in_both, tmp_path):
    unit_table(postgis, "bows", (
        "SELECT i, 'ZHBOW' || i, '蝴蝶', '一般管控单元', '否', ST_Translate(ST_GeomFromText("
        "'POLYGON((116.0 39.0, 116.02 39.02, 116.02 39.0, 116.0 39.02, 116.0 39.0))', 4490), "
        "((i * 7) % 40) * 0.004, ((i * 13) % 40) * 0.004) FROM generate_series(1, 40) i"))
    database, _files = sample_in_both
    pushed, alone = both_paths(postgis, database, "bows", tmp_path / "bows.gpkg",
                               shapely.box(115.99, 38.99, 116.2, 39.2))
    fids = [[w.values["fid"] for w in result.warnings if "invalid geometry" in w.template]
            for result in (pushed, alone)]
    assert fids[0] == fids[1] == list(range(1, 41))


def test_each_unit_is_measured_once_by_its_key_when_a_chunk_first_meets_it(postgis, sample_in_both, monkeypatch):
    from zoning_review.plugin.core.overlay import pushdown

    monkeypatch.setattr(pushdown, "CHUNK", 1)
    monkeypatch.setattr(pushdown, "AHEAD", 0)  # each query answered before the next is made
    database, files = sample_in_both
    once = site_items(files)
    items = once + [(f"{key} again", site, site_crs) for key, site, site_crs in once]
    logged = len(postgis.statements())
    pushed = list(batch_overlay(engine_for(database["control_units"]), database["sites"], items))
    asked = postgis.statements()[logged:]
    chunks = re.findall(r"statement: " + re.escape(CHUNK_SQL) + r"(.*)", asked)
    measured = re.findall(r'statement: SELECT u\."fid", ST_Area\(geography\(u\."geom"\)\) FROM "public"\.'
                          r'"control_units" u WHERE u\."fid" IN \(([0-9,]+)\)', asked)
    assert len(chunks) == len(items) and not any("ANY(ARRAY[" in sql for sql in chunks)  # no list of units sent
    met, new = set(), []  # worked out from the results: the units each site meets that no site before it met
    for _key, result in pushed:
        units = {u.fid for u in result.overlaps + result.touches}
        if units - met:
            new.append(units - met)
        met |= units
    assert [{int(fid) for fid in keys.split(",")} for keys in measured] == new  # one query a site with new units
    assert len(met) > 3 and len(new) <= len(once)  # each unit measured once: none again on the second round
    assert [outcome(r) for _k, r in pushed[len(once):]] == [outcome(r) for _k, r in pushed[:len(once)]]


@pytest.mark.parametrize("with_geometries", [False, True])
def test_a_repaired_unit_over_a_plain_one_does_not_hide_the_part_of_a_site_outside_them(
        postgis, sample_in_both, tmp_path, with_geometries):
    """The invalid unit (cut in QGIS) lies within the plain one (cut in the database): together they cover
    what the plain one covers, so half the site lies outside both."""
    bowtie = "POLYGON((116.0 39.0, 116.005 39.01, 116.005 39.0, 116.0 39.01, 116.0 39.0))"
    unit_table(postgis, "bow_over_plain", (
        f"VALUES (1, 'ZHBOW', '蝴蝶', '一般管控单元', '否', ST_GeomFromText('{bowtie}', 4490)), "
        "(2, 'ZHOK', '好', '重点管控单元', '是', ST_GeomFromText("
        "'POLYGON((116.0 39.0, 116.01 39.0, 116.01 39.01, 116.0 39.01, 116.0 39.0))', 4490))"))
    database, _files = sample_in_both
    site = shapely.box(115.995, 39.0, 116.005, 39.01)
    units, copy = postgis.layer("bow_over_plain"), export(postgis, "bow_over_plain", tmp_path / "bow.gpkg")
    items = [("s", QgsGeometry.fromWkt(site.wkt), crs("EPSG:4490"))]
    try:
        (_key, pushed), = batch_overlay(engine_for(units), database["sites"], items, (), None, with_geometries)
        (_key, alone), = overlay_stream(engine_for(copy), items, (), with_geometries)
    finally:
        dispose(units, copy)
    assert {u.code for u in pushed.overlaps} == {"ZHBOW", "ZHOK"}
    outside = geodesic_area(shapely.box(115.995, 39.0, 116.0, 39.01))
    assert outside == pytest.approx(geodesic_area(site) / 2, rel=1e-3)
    assert alone.uncovered_m2 == pytest.approx(outside, rel=1e-6)
    assert pushed.uncovered_m2 == pytest.approx(outside, rel=1e-6)
    assert same(full(pushed), full(alone))
