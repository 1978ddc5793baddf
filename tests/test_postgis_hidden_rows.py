"""PostGIS tables whose geometry column declares no SRID or type: QGIS opens one layer per SRID and type and leaves
the table's other rows out without a word. A constraint layer missing a red line stored in another SRID let a site
inside it pass as outside (S04: 不符合 became 需研究); such a layer is now named and not used (fail closed)."""

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer

from zoning_review.plugin.compat import WKB_MULTIPOLYGON
from zoning_review.plugin.core.inputs.resolve import InputError, check_unit_layer, constraint_layers, unit_binding

from .kept_feedback import Feedback
from .overlay_helpers import dispose
from .sample_oracle import EXPECTED_VERDICTS
from .test_processing_review import CONSTRAINTS, params, rows

RED_LINE_4326 = "red_line_mixed"  # the sample's red line, stored in EPSG:4326, beside a small polygon in EPSG:4490


@pytest.fixture(scope="module")
def mixed_tables(postgis):
    """New tables (the sample's are never changed): a red line in two SRIDs, units with a line among them."""
    postgis.psql(
        f"DROP TABLE IF EXISTS {RED_LINE_4326}, units_with_a_line, sites_mixed; "
        f"CREATE TABLE {RED_LINE_4326} (fid serial PRIMARY KEY, geom geometry); "
        f"INSERT INTO {RED_LINE_4326} (geom) SELECT ST_Transform(geom, 4326) FROM red_line; "
        f"INSERT INTO {RED_LINE_4326} (geom) VALUES "
        "(ST_GeomFromText('MULTIPOLYGON(((115.0 38.0, 115.001 38.0, 115.001 38.001, 115.0 38.0)))', 4490)); "
        "CREATE TABLE units_with_a_line AS SELECT * FROM control_units; "
        "ALTER TABLE units_with_a_line ADD PRIMARY KEY (fid); "
        "ALTER TABLE units_with_a_line ALTER COLUMN geom TYPE geometry; "
        "UPDATE units_with_a_line SET geom = ST_Boundary(geom) WHERE fid = (SELECT min(fid) FROM units_with_a_line); "
        "CREATE TABLE sites_mixed AS SELECT * FROM sites; "
        "ALTER TABLE sites_mixed ADD PRIMARY KEY (fid); "
        "ALTER TABLE sites_mixed ALTER COLUMN geom TYPE geometry; "
        "UPDATE sites_mixed SET geom = ST_Transform(geom, 4326) WHERE site_id = 'S04'")
    yield
    postgis.psql(f"DROP TABLE {RED_LINE_4326}, units_with_a_line, sites_mixed")


def part_of(postgis, table, srid="4490", name=""):
    """The layer QGIS's browser offers for the table's MultiPolygons in ``srid`` (``srid=`` and ``type=`` given)."""
    uri = postgis.uri(table)
    uri.setSrid(srid)
    uri.setWkbType(WKB_MULTIPOLYGON)
    layer = QgsVectorLayer(uri.uri(False), name or table, "postgres")
    assert layer.isValid()
    return layer


def test_the_layer_shows_part_of_the_table(postgis, mixed_tables):
    """What the user has: QGIS reads only the polygon in EPSG:4490 (the premise of the tests below)."""
    layer = part_of(postgis, RED_LINE_4326)
    assert len(list(layer.getFeatures())) == 1
    assert postgis.psql(f"SELECT count(*) FROM {RED_LINE_4326}") == "2"
    dispose(layer)


def test_reviewsites_with_a_red_line_in_another_srid_stops_naming_the_layer(
        zr_processing, postgis, mixed_tables, sample_gpkg, example_rules, tmp_path):
    import processing

    red_line = part_of(postgis, RED_LINE_4326, name="red_line")
    parameters = params(sample_gpkg, example_rules, tmp_path)
    parameters["CONSTRAINTS"] = [red_line] + [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS if n != "red_line"]
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("zoningreview:reviewsites", parameters, feedback=Feedback())
    said = str(raised.value)
    assert f"Layer red_line leaves out 1 features of its table public.{RED_LINE_4326}" in said
    assert "SRID 4490" in said and "SRID 4326" in said
    assert "ST_Transform" in said
    assert not (tmp_path / "summary.gpkg").exists()
    dispose(red_line)


def test_reviewsites_with_sites_in_two_srids_stops_naming_the_sites_layer(
        zr_processing, postgis, mixed_tables, sample_gpkg, example_rules, tmp_path):
    """Else S04, stored in EPSG:4326, would be left out of the run without a word (9 sites reviewed of 10)."""
    import processing

    sites = part_of(postgis, "sites_mixed", name="sites")
    assert sites.featureCount() == 9
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, sites=sites),
                       feedback=Feedback())
    assert "Layer sites leaves out 1 features of its table public.sites_mixed" in str(raised.value)
    assert not (tmp_path / "summary.gpkg").exists()
    dispose(sites)


def test_sites_in_two_srids_given_as_selected_features_only_stop_the_run_too(
        zr_processing, postgis, mixed_tables, sample_gpkg, example_rules, tmp_path):
    """The toolbox's "Selected features only" (every site selected) gives SITES as a feature source's definition:
    S04 was left out of the run without a word there (9 sites reviewed)."""
    import processing

    sites = part_of(postgis, "sites_mixed", name="sites")
    QgsProject.instance().addMapLayer(sites, False)
    sites.selectAll()
    try:
        with pytest.raises(QgsProcessingException) as raised:
            processing.run("zoningreview:reviewsites", params(
                sample_gpkg, example_rules, tmp_path, sites=QgsProcessingFeatureSourceDefinition(sites.id(), True)),
                feedback=Feedback())
    finally:
        QgsProject.instance().removeMapLayer(sites.id())
    assert "Layer sites leaves out 1 features of its table public.sites_mixed" in str(raised.value)
    assert not (tmp_path / "summary.gpkg").exists()


def test_the_same_red_line_in_one_srid_is_reviewed(zr_processing, postgis, mixed_tables, sample_gpkg, example_rules,
                                                  tmp_path):
    """The control: the red line kept whole in a table of one SRID, S04 (inside it) is 不符合."""
    import processing

    red_line = postgis.layer("red_line")
    parameters = params(sample_gpkg, example_rules, tmp_path)
    parameters["CONSTRAINTS"] = [red_line] + [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS if n != "red_line"]
    processing.run("zoningreview:reviewsites", parameters, feedback=Feedback())
    verdicts = {row["site_id"]: row["verdict"] for row in rows(tmp_path / "summary.gpkg")}
    assert verdicts["S04"] == EXPECTED_VERDICTS["S04"] == "non_compliant"
    dispose(red_line)


def test_the_dock_does_not_use_a_constraint_layer_that_leaves_features_out(postgis, mixed_tables, ruleset,
                                                                          units_layer):
    """Its rules then report 'needs information' (the layer unusable), never 'outside the red line'."""
    red_line = part_of(postgis, RED_LINE_4326, name="red_line")
    found = constraint_layers([red_line], ruleset, unit_binding(units_layer))
    assert "red_line" in found.unusable and "red_line" not in found.layers
    assert any("leaves out 1 features" in warning for warning in found.warnings)
    dispose(red_line)


def test_a_unit_layer_that_leaves_out_a_unit_of_another_type_is_named(postgis, mixed_tables):
    units = part_of(postgis, "units_with_a_line", name="units")
    assert units.featureCount() == 37
    with pytest.raises(InputError) as raised:
        check_unit_layer(units, unit_binding(units))
    assert "Layer units leaves out 1 features of its table public.units_with_a_line" in str(raised.value)
    assert "these are LINESTRING" in str(raised.value) or "these are MULTILINESTRING" in str(raised.value)
    dispose(units)


def test_a_table_that_cannot_be_checked_is_not_used(postgis, mixed_tables, ruleset, units_layer):
    """A user who may no longer read the table (as a lost connection): the layer is named, not used."""
    postgis.psql(f"CREATE ROLE checker LOGIN; GRANT SELECT ON {RED_LINE_4326} TO checker")
    uri = postgis.uri(RED_LINE_4326)
    uri.setUsername("checker")
    uri.setSrid("4490")
    uri.setWkbType(WKB_MULTIPOLYGON)
    red_line = QgsVectorLayer(uri.uri(False), "red_line", "postgres")
    try:
        assert red_line.isValid()
        postgis.psql(f"REVOKE SELECT ON {RED_LINE_4326} FROM checker")
        found = constraint_layers([red_line], ruleset, unit_binding(units_layer))
        assert "red_line" in found.unusable
        assert any("could not be checked in the database" in warning and "permission denied" in warning
                   for warning in found.warnings)
    finally:
        dispose(red_line)
        postgis.psql("DROP ROLE checker")


def test_the_sample_tables_are_used_as_they_are(postgis, sample_in_both, ruleset, units_layer):
    database, _files = sample_in_both
    found = constraint_layers([database[name] for name in CONSTRAINTS], ruleset, unit_binding(units_layer))
    assert not found.errors and not found.unusable
    assert check_unit_layer(database["control_units"], unit_binding(database["control_units"])) == []
