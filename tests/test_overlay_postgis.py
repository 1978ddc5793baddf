"""Layers in a real PostGIS database, read through QGIS's postgres provider: the same overlay,
relations and batch review as from the GeoPackage, candidates filtered in the database, invalid
geometries repaired and reported, the tables untouched."""

import re

import pytest
import shapely
from qgis.core import QgsGeometry

from zoning_review.plugin.core.model.results import SpatialQuery
from zoning_review.plugin.core.overlay.batch import overlay_stream
from zoning_review.plugin.core.review.site_review import render_reason

from .overlay_helpers import dispose, engine_for, geodesic_area, to_shapely
from .test_processing_review import params, rows

QUERIES = [SpatialQuery("red_line"), SpatialQuery("water_source", "\"grade\" = 'I'"), SpatialQuery("river_bank"),
           SpatialQuery("industrial_park")]


def site_items(files):
    """The sample's sites as (site_id, geometry, CRS) items of a batch, read from the GeoPackage."""
    return [(f["site_id"], f.geometry(), files["sites"].crs()) for f in files["sites"].getFeatures()]


def outcome(result):
    """What a reviewer reads of an overlay result."""
    units = [(u.code, u.overlap_m2, u.site_fraction, u.unit_fraction) for u in result.overlaps + result.touches]
    relations = {k: (r.relation, r.distance_m, r.overlap_m2) for k, r in result.relations.items()}
    return result.site_area_m2, units, relations, sorted(w.template for w in result.warnings), result.uncovered_m2


def same(a, b):
    """Equal up to the last bits of floating point."""
    if isinstance(a, float) and isinstance(b, float):
        return a == pytest.approx(b, rel=1e-9, abs=1e-6)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return a == b


def test_postgis_layers_give_the_same_overlay_and_relations_as_the_geopackage(postgis, sample_in_both):
    database, files = sample_in_both
    constraints = ("red_line", "water_source", "river_bank", "industrial_park")
    from_database = engine_for(database["control_units"], {n: database[n] for n in constraints})
    from_file = engine_for(files["control_units"], {n: files[n] for n in constraints})
    assert not from_database.index.keep_geometries and from_file.index.keep_geometries
    sites = list(files["sites"].getFeatures())
    assert len(sites) == 10
    for site in sites:
        a = outcome(from_database.overlay(site.geometry(), files["sites"].crs(), QUERIES))
        b = outcome(from_file.overlay(site.geometry(), files["sites"].crs(), QUERIES))
        assert a[1], site["site_id"]
        assert same(a, b), site["site_id"]


def test_candidates_are_filtered_in_the_database(postgis, sample_in_both):
    database, files = sample_in_both
    engine = engine_for(database["control_units"])
    site = next(files["sites"].getFeatures())
    logged = len(postgis.statements())
    engine.overlay(site.geometry(), files["sites"].crs())
    asked = postgis.statements()[logged:]
    # the provider turns the request's filter rect into a bounding-box test the database answers
    assert re.search(r'"geom"\s*&&\s*st_makeenvelope', asked, re.IGNORECASE), asked[-3000:]


def test_an_invalid_unit_in_postgis_is_repaired_and_reported(postgis, sample_in_both):
    postgis.psql("CREATE TABLE bowtie AS SELECT * FROM control_units WHERE false;"
                "ALTER TABLE bowtie ADD PRIMARY KEY (fid);"
                "INSERT INTO bowtie (fid, \"HJGKDYBM\", \"HJGKDYMC\", \"ZHGKDYFL\", \"ZLCB\", geom) VALUES "
                "(7, 'ZHBOW', '蝴蝶', '一般管控单元', '否', ST_GeomFromText("
                "'MULTIPOLYGON(((116.0 39.0, 116.02 39.02, 116.02 39.0, 116.0 39.02, 116.0 39.0)))', 4490))")
    assert postgis.psql("SELECT ST_IsValid(geom) FROM bowtie") == "f"
    units = postgis.layer("bowtie")
    site = shapely.box(115.99, 38.99, 116.03, 39.03)
    result = engine_for(units).overlay(QgsGeometry.fromWkt(site.wkt), units.crs())
    fid = next(f.id() for f in units.getFeatures() if f["HJGKDYBM"] == "ZHBOW")  # QGIS's id, not the key
    dispose(units)
    (unit,) = result.overlaps
    assert unit.code == "ZHBOW"
    expected = geodesic_area(shapely.make_valid(shapely.from_wkt(
        "POLYGON((116.0 39.0, 116.02 39.02, 116.02 39.0, 116.0 39.02, 116.0 39.0))")))
    assert unit.overlap_m2 == pytest.approx(expected, rel=1e-3)
    warnings = [w for w in result.warnings if "invalid geometry" in w.template]
    assert [(w.values["code"], w.values["fid"], w.values["layer"]) for w in warnings] == [("ZHBOW", fid, "bowtie")]
    assert render_reason(warnings[0], "zh").startswith("bowtie 的单元 ZHBOW（要素 ")
    assert to_shapely(result.geometries[fid]).is_valid


def test_reviewsites_on_postgis_layers_writes_the_same_findings(zr_processing, postgis, sample_in_both, sample_gpkg,
                                                               example_rules, tmp_path):
    import processing

    database, _files = sample_in_both
    (tmp_path / "file").mkdir()
    (tmp_path / "db").mkdir()
    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path / "file"))
    on_database = params(sample_gpkg, example_rules, tmp_path / "db", sites=database["sites"])
    on_database["UNITS"] = database["control_units"]
    on_database["CONSTRAINTS"] = [database[n] for n in ("red_line", "water_source", "river_bank",
                                                        "industrial_park")]
    processing.run("zoningreview:reviewsites", on_database)
    keep = ("site_id", "unit_code", "verdict", "n_conflict", "n_needs_info", "findings_json")
    got = [{k: r[k] for k in keep} for r in rows(tmp_path / "db" / "findings.gpkg")]
    want = [{k: r[k] for k in keep} for r in rows(tmp_path / "file" / "findings.gpkg")]
    assert got == want and len(got) >= 10
    areas = [r["overlap_m2"] for r in rows(tmp_path / "db" / "findings.gpkg")]
    assert areas == pytest.approx([r["overlap_m2"] for r in rows(tmp_path / "file" / "findings.gpkg")], rel=1e-9)


@pytest.mark.parametrize("kept", [5_000, 3])  # 3: records are dropped while sites are still being read
def test_a_batch_fetches_the_units_of_many_sites_at_once(postgis, sample_in_both, monkeypatch, kept):
    from zoning_review.plugin.core.overlay import unit_records

    monkeypatch.setattr(unit_records, "REMOTE_RECORDS", kept)
    database, files = sample_in_both
    sites = site_items(files)
    engine = engine_for(database["control_units"])
    engine.build_index()
    logged = len(postgis.statements())
    streamed = [outcome(result) for _key, result in overlay_stream(engine, sites)]
    asked = postgis.statements()[logged:]
    alone = [outcome(engine_for(files["control_units"]).overlay(site, site_crs)) for _id, site, site_crs in sites]
    assert same(streamed, alone)
    one_by_one = engine_for(database["control_units"])  # records kept from earlier sites meet new ones
    assert same([outcome(one_by_one.overlay(site, site_crs)) for _id, site, site_crs in sites], alone)
    unit_queries = re.findall(r'FROM "public"."control_units" WHERE', asked)
    if kept == 5_000:
        assert len(unit_queries) == 1, asked[-3000:]  # ten sites: one chunk, one request


def test_a_snapshot_of_a_postgis_layer_is_read_like_the_layer(postgis, sample_in_both):
    from zoning_review.plugin.core.inputs.snapshot import LayerSnapshot

    database, files = sample_in_both
    snapshot = LayerSnapshot(database["control_units"])  # what the dock's task reads
    engine = engine_for(snapshot)
    assert not engine.index.keep_geometries  # the database is asked per site, the layer is not copied
    site = next(files["sites"].getFeatures()).geometry()
    assert same(outcome(engine.overlay(site, files["sites"].crs())),
                outcome(engine_for(files["control_units"]).overlay(site, files["sites"].crs())))
