"""The batch overlay pushed down into PostGIS (one SQL query per chunk of sites): the same results as
the file-based engine, areas checked against pyproj's geodesics on the CGCS2000 ellipsoid, invalid
and non-polygonal units repaired or skipped with the engine's warnings, a projected unit CRS, sites
in another CRS, and reviewsites end to end (the fall-backs to QGIS: test_overlay_pushdown_fallbacks.py)."""

import re
import shutil

import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from qgis.core import QgsGeometry, QgsVectorLayer

from zoning_review.plugin.core.overlay import pushdown
from zoning_review.plugin.core.overlay.batch import overlay_stream
from zoning_review.plugin.core.overlay.pushdown import batch_overlay

from .kept_feedback import Feedback, at_site
from .overlay_helpers import crs, dispose, engine_for, geodesic_area, reproject, to_shapely
from .pushdown_helpers import CHUNK_SQL, chunk_queries, export, full, pairs_of
from .test_overlay_postgis import QUERIES, same, site_items
from .test_processing_review import params, rows

CONSTRAINTS = ("red_line", "water_source", "river_bank", "industrial_park")
FETCHED = r'st_asbinary\("geom"[^)]*\)[^;\n]*FROM "public"."control_units"'  # QGIS reading unit geometries


def test_the_database_overlay_gives_the_file_based_results(postgis, sample_in_both, monkeypatch):
    monkeypatch.setattr(pushdown, "CHUNK", 4)
    database, files = sample_in_both
    items = site_items(files)
    feedback, logged = Feedback(), len(postgis.statements())
    engine = engine_for(database["control_units"], {n: database[n] for n in CONSTRAINTS})
    pushed = list(batch_overlay(engine, database["sites"], items, QUERIES, feedback))
    asked = postgis.statements()[logged:]
    alone = list(overlay_stream(engine_for(files["control_units"], {n: files[n] for n in CONSTRAINTS}), items, QUERIES))
    assert [key for key, _r in pushed] == [key for key, _r in alone]
    assert same(pairs_of(pushed), pairs_of(alone))
    assert sum(len(r.overlaps) for _k, r in pushed) >= 10
    for (_key, a), (_key2, b) in zip(pushed, alone):  # the overlaps themselves, in the site's CRS
        for fid, geometry in b.geometries.items():
            assert to_shapely(a.geometries[fid]).symmetric_difference(to_shapely(geometry)).area < 1e-15
    assert feedback.said("info", "runs in the database zoning")
    assert asked.count("statement: " + CHUNK_SQL) == 3  # ten sites, four a query: one query per chunk, not per site
    assert not re.search(FETCHED, asked, re.IGNORECASE)  # no unit geometry came to QGIS
    assert "FROM zr_s s JOIN \"public\".\"control_units\" u ON u.\"geom\" && s.zr_g" in asked
    logged = len(postgis.statements())
    list(overlay_stream(engine_for(database["control_units"]), items))  # the QGIS path does fetch them
    assert re.search(FETCHED, postgis.statements()[logged:], re.IGNORECASE)


def test_the_unit_layers_filter_holds_in_the_database(postgis, sample_in_both, sample_gpkg, tmp_path):
    database, files = sample_in_both
    where = "\"ZHGKDYFL\" <> '一般管控单元'"
    units = postgis.layer("control_units", "filtered")
    units.setSubsetString(where)
    shutil.copy(sample_gpkg, tmp_path / "sample.gpkg")  # OGR writes into a GeoPackage it filters
    copy = QgsVectorLayer(f"{tmp_path / 'sample.gpkg'}|layername=control_units", "filtered", "ogr")
    copy.setSubsetString(where)
    try:
        items = site_items(files)
        pushed = list(batch_overlay(engine_for(units), database["sites"], items))
        alone = list(overlay_stream(engine_for(copy), items))
    finally:
        dispose(units, copy)
    assert same(pairs_of(pushed), pairs_of(alone))
    everything = list(overlay_stream(engine_for(files["control_units"]), items))
    assert pairs_of(pushed) != pairs_of(everything)  # the filter left units out


def test_areas_are_the_geodesic_areas_on_cgcs2000(postgis, sample_in_both):
    database, files = sample_in_both
    site = shapely.box(115.95, 38.95, 116.12, 39.08)  # over several sample units
    (key, result), = batch_overlay(engine_for(database["control_units"]), database["sites"],
                                   [("box", QgsGeometry.fromWkt(site.wkt), crs("EPSG:4490"))])
    assert result.site_area_m2 == pytest.approx(geodesic_area(site), rel=1e-9)
    units = {f.id(): to_shapely(f.geometry()) for f in files["control_units"].getFeatures()}
    for unit in result.overlaps + result.touches:  # shapely's own GEOS may cut a unit's edges a little apart
        expected = geodesic_area(shapely.intersection(site, units[unit.fid]))
        assert unit.overlap_m2 == pytest.approx(expected, rel=1e-7, abs=1e-6)
        assert unit.unit_fraction == pytest.approx(expected / geodesic_area(units[unit.fid]), rel=1e-7, abs=1e-12)
        assert unit.site_fraction == pytest.approx(expected / geodesic_area(site), rel=1e-7, abs=1e-12)
    assert len(result.overlaps) >= 3


GRID = st.integers(0, 20).map(lambda i: 116.0 + i * 0.005)


def rectangle():
    """A grid-aligned rectangle (shared edges and corners are likely)."""
    return st.tuples(GRID, GRID, GRID, GRID).filter(lambda b: b[0] != b[2] and b[1] != b[3]).map(
        lambda b: shapely.box(min(b[0], b[2]), min(b[1], b[3]) - 77.0, max(b[0], b[2]), max(b[1], b[3]) - 77.0))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(units=st.lists(rectangle(), min_size=1, max_size=4), site=rectangle())
def test_random_rectangles_measure_as_pyproj_and_the_engine(postgis, sample_in_both, units, site):
    database, _files = sample_in_both
    values = ", ".join(f"({i + 1}, 'R{i + 1}', 'r', '一般管控单元', '否', ST_GeomFromText('{u.wkt}', 4490))"
                       for i, u in enumerate(units))
    postgis.psql("DROP TABLE IF EXISTS rects; CREATE TABLE rects (fid integer PRIMARY KEY, \"HJGKDYBM\" text, "
                 "\"HJGKDYMC\" text, \"ZHGKDYFL\" text, \"ZLCB\" text, geom geometry(Polygon, 4490)); "
                 f"INSERT INTO rects VALUES {values}")
    table = postgis.layer("rects")
    try:
        items = [("s", QgsGeometry.fromWkt(site.wkt), crs("EPSG:4490"))]
        (_key, pushed), = batch_overlay(engine_for(table), database["sites"], items)
        (_key, alone), = overlay_stream(engine_for(table), items)
    finally:
        dispose(table)
    assert same(full(pushed), full(alone))
    assert pushed.site_area_m2 == pytest.approx(geodesic_area(site), rel=1e-9)
    expected = {}
    for fid, unit in enumerate(units, start=1):
        if shapely.intersects(site, unit):
            expected[fid] = geodesic_area(shapely.intersection(site, unit)) if shapely.intersection(
                site, unit).area > 1e-9 * site.area else 0.0
    found = {u.fid: u.overlap_m2 for u in pushed.overlaps + pushed.touches}
    assert found.keys() == expected.keys()
    for fid, area in expected.items():
        assert found[fid] == pytest.approx(area, rel=1e-9, abs=1e-6)
    threshold = max(1.0, 1e-4 * pushed.site_area_m2)
    assert {u.fid for u in pushed.touches} == {fid for fid, area in expected.items() if area <= threshold}


@pytest.fixture(scope="module")
def gk_units(postgis, tmp_path_factory):
    """The sample units in a projected CRS (CGCS2000 / 3-degree Gauss-Kruger CM 114E): in PostGIS and a copy."""
    postgis.psql("DROP TABLE IF EXISTS units_gk; CREATE TABLE units_gk AS SELECT fid, \"HJGKDYBM\", \"HJGKDYMC\", "
                 "\"ZHGKDYFL\", \"ZLCB\", ST_Transform(geom, 4547)::geometry(MultiPolygon, 4547) AS geom "
                 "FROM control_units; ALTER TABLE units_gk ADD PRIMARY KEY (fid); "
                 "CREATE INDEX ON units_gk USING gist (geom)")
    units, copy = postgis.layer("units_gk"), export(postgis, "units_gk", tmp_path_factory.mktemp("gk") / "gk.gpkg")
    yield units, copy
    dispose(units, copy)


def test_a_projected_unit_table_and_sites_in_another_crs(postgis, sample_in_both, gk_units):
    database, files = sample_in_both
    units, copy = gk_units
    sites = site_items(files)
    sites_gk = [(key, QgsGeometry.fromWkt(reproject(to_shapely(g), "EPSG:4490", "EPSG:4547").wkt),
                 crs("EPSG:4547")) for key, g, _crs in sites]
    for items in (sites, sites_gk):
        pushed = list(batch_overlay(engine_for(units), database["sites"], items))
        alone = list(overlay_stream(engine_for(copy), items))
        assert same(pairs_of(pushed), pairs_of(alone))
        assert all(r.crs == "EPSG:4547" and r.overlaps for _k, r in pushed)
    inside = [r for _k, r in pushed if len(r.overlaps) == 1 and not r.touches]
    assert inside and all(r.overlaps[0].site_fraction == pytest.approx(1.0, rel=1e-8) for r in inside)
    (_key, first), = batch_overlay(engine_for(units), database["sites"], sites[:1])
    assert first.site_area_m2 == pytest.approx(geodesic_area(to_shapely(sites[0][1])), rel=1e-8)


@pytest.fixture(scope="module")
def units_twice(postgis, tmp_path_factory):
    """The sample units, each drawn twice (the copy keyed fid + 100000): in PostGIS and a GeoPackage copy."""
    columns = "\"HJGKDYBM\", \"HJGKDYMC\", \"ZHGKDYFL\", \"ZLCB\", geom::geometry(MultiPolygon, 4490) AS geom"
    postgis.psql(f"DROP TABLE IF EXISTS units_twice; CREATE TABLE units_twice AS SELECT fid, {columns} "
                 f"FROM control_units UNION ALL SELECT fid + 100000, {columns} FROM control_units; "
                 "ALTER TABLE units_twice ADD PRIMARY KEY (fid); CREATE INDEX ON units_twice USING gist (geom)")
    copy = export(postgis, "units_twice", tmp_path_factory.mktemp("twice") / "twice.gpkg")
    units = postgis.layer("units_twice")
    yield units, copy
    dispose(units, copy)


def test_units_drawn_twice_do_not_hide_the_part_of_a_site_outside_them(postgis, sample_in_both, units_twice):
    """Each overlap counts twice when added up: the database unites them as the file-based engine does."""
    database, files = sample_in_both
    units, copy = units_twice
    union = shapely.union_all([to_shapely(f.geometry()) for f in files["control_units"].getFeatures()])
    west = min(shapely.get_coordinates(union), key=lambda point: point[0])
    edge = [shapely.box(west[0] - 0.004 + 0.002 * k, west[1] - 0.002, west[0] + 0.002 * k, west[1] + 0.002)
            for k in range(4)]  # from wholly outside to three quarters inside
    items = site_items(files) + [(f"E{k}", QgsGeometry.fromWkt(site.wkt), crs("EPSG:4490")) for k, site in
                                 enumerate(edge)]
    feedback = Feedback()
    pushed = list(batch_overlay(engine_for(units), database["sites"], items, (), feedback))
    assert feedback.said("info", "runs in the database zoning") and not feedback.said("warning", "")
    assert same(pairs_of(pushed), pairs_of(overlay_stream(engine_for(copy), items)))
    for site, (_key, result) in zip(edge, pushed[-4:]):
        share = shapely.area(shapely.difference(site, union)) / shapely.area(site)
        assert result.uncovered_m2 == pytest.approx(share * geodesic_area(site), rel=1e-6)
    assert sum(1 for _k, r in pushed[-3:] if 0 < r.uncovered_m2 < r.site_area_m2 and len(r.overlaps) >= 2) >= 2
    assert all(r.uncovered_m2 == 0.0 for _k, r in pushed[:-4])  # the sample's sites lie inside the units


def test_reviewsites_on_one_database_writes_the_file_based_rows(zr_processing, postgis, sample_in_both, sample_gpkg,
                                                               example_rules, tmp_path, monkeypatch):
    import processing

    monkeypatch.setattr(pushdown, "CHUNK", 4)
    database, _files = sample_in_both
    (tmp_path / "file").mkdir()
    (tmp_path / "db").mkdir()
    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path / "file"))
    on_database = params(sample_gpkg, example_rules, tmp_path / "db", sites=database["sites"])
    on_database["UNITS"] = database["control_units"]
    on_database["CONSTRAINTS"] = [database[n] for n in CONSTRAINTS]
    feedback, logged = Feedback(), len(postgis.statements())
    processing.run("zoningreview:reviewsites", on_database, feedback=feedback)
    assert chunk_queries(postgis, logged) == 3
    assert feedback.said("info", "runs in the database zoning")
    for name in ("summary.gpkg", "findings.gpkg"):
        got, want = rows(tmp_path / "db" / name), rows(tmp_path / "file" / name)
        assert len(got) == len(want) >= 10
        for a, b in zip(got, want):
            assert a.keys() == b.keys()
            for column in a:
                if column == "_wkt":
                    assert shapely.from_wkt(a[column]).symmetric_difference(shapely.from_wkt(b[column])).area < 1e-15
                elif isinstance(b[column], float):
                    assert a[column] == pytest.approx(b[column], rel=1e-9, abs=1e-9), column
                else:
                    assert a[column] == b[column], column


def test_a_cancelled_database_review_leaves_valid_outputs(zr_processing, postgis, sample_in_both, sample_gpkg,
                                                         example_rules, tmp_path, monkeypatch):
    import processing

    monkeypatch.setattr(pushdown, "CHUNK", 1)
    database, _files = sample_in_both
    on_database = params(sample_gpkg, example_rules, tmp_path, sites=database["sites"])
    on_database["UNITS"] = database["control_units"]
    on_database["CONSTRAINTS"] = [database[n] for n in CONSTRAINTS]
    feedback, logged = Feedback(cancel_when=at_site(3)), len(postgis.statements())
    processing.run("zoningreview:reviewsites", on_database, feedback=feedback)
    assert chunk_queries(postgis, logged) <= 3 + 1 + pushdown.AHEAD  # none after the cancel but those running
    summary = rows(tmp_path / "summary.gpkg")
    assert 3 <= len(summary) < 10
    assert len({r["site_id"] for r in rows(tmp_path / "findings.gpkg")}) == len(summary)
    assert feedback.said("warning", "Cancelled after")


def test_sites_that_cannot_be_reviewed_keep_their_place(postgis, sample_in_both, monkeypatch):
    monkeypatch.setattr(pushdown, "CHUNK", 3)
    database, files = sample_in_both
    items = site_items(files)
    items.insert(0, ("none", QgsGeometry(), crs("EPSG:4490")))
    items.insert(4, ("line", QgsGeometry.fromWkt("LINESTRING(116 39, 116.1 39.1)"), crs("EPSG:4490")))
    items.append(("bow", QgsGeometry.fromWkt("POLYGON((116.0 39.0, 116.02 39.02, 116.02 39.0, 116.0 39.02, "
                                             "116.0 39.0))"), crs("EPSG:4490")))
    pushed = list(batch_overlay(engine_for(database["control_units"]), database["sites"], items))
    alone = list(overlay_stream(engine_for(files["control_units"]), items))
    assert [key for key, _r in pushed] == [item[0] for item in items]
    assert same(pairs_of(pushed), pairs_of(alone))
    errors = {key: str(r) for key, r in pushed if isinstance(r, Exception)}
    assert set(errors) == {"none", "line"}
    assert any("repaired" in w.template for w in pushed[-1][1].warnings)  # the bow-tie site, repaired
