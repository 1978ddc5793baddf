"""Sites in a PostGIS table whose feature ids are not its rows' own key. Without a primary key QGIS numbers the rows
by where they are stored (a VACUUM FULL renumbers them); with a text or bigint key, in the order it first reads them
in a session. reviewsites named such a site by its feature id in FINDINGS and SUMMARY, so a record later pointed at
another row; it now refuses, naming the table and saying to choose an id field or add a primary key, and uses an id
field when one is detected or given."""

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from zoning_review.plugin.core.inputs.feature_keys import unstable_ids_reason

from .kept_feedback import Feedback
from .overlay_helpers import dispose
from .sample_oracle import EXPECTED_VERDICTS
from .test_processing_review import CONSTRAINTS, params, rows
from .test_rereview import NEW_RULE

TABLES = ("sites_no_key", "sites_no_key_no_id", "sites_no_key_blank", "sites_text_key", "sites_int_key", "renumbered")


@pytest.fixture(scope="module")
def key_tables(postgis):
    """Copies of the sample's sites (never changed themselves) with and without a key or an id field."""
    postgis.psql(
        f"DROP TABLE IF EXISTS {', '.join(TABLES)}; "
        "CREATE TABLE sites_no_key AS SELECT * FROM sites; "
        "CREATE TABLE sites_no_key_no_id AS SELECT * FROM sites; ALTER TABLE sites_no_key_no_id DROP COLUMN site_id; "
        "CREATE TABLE sites_no_key_blank AS SELECT * FROM sites; "
        "UPDATE sites_no_key_blank SET site_id = NULL WHERE site_id = 'S07'; "
        "CREATE TABLE sites_text_key AS SELECT 'K' || fid AS k, * FROM sites; "
        "ALTER TABLE sites_text_key ADD PRIMARY KEY (k); ALTER TABLE sites_text_key DROP COLUMN site_id; "
        "CREATE TABLE sites_int_key AS SELECT * FROM sites; "
        "ALTER TABLE sites_int_key ADD PRIMARY KEY (fid); ALTER TABLE sites_int_key DROP COLUMN site_id; "
        "CREATE TABLE renumbered AS SELECT * FROM sites")
    yield
    postgis.psql(f"DROP TABLE {', '.join(TABLES)}")


def keyless(postgis, table: str) -> QgsVectorLayer:
    """The layer QGIS opens for a table without a primary key (no key column in its source)."""
    uri = postgis.uri(table)
    uri.setKeyColumn("")
    layer = QgsVectorLayer(uri.uri(False), "sites", "postgres")
    assert layer.isValid()
    return layer


def test_a_table_without_a_key_is_renumbered_by_a_rewrite(postgis, key_tables):
    """The premise: after VACUUM FULL the same feature id is another site."""
    layer = keyless(postgis, "renumbered")
    before = {feature.id(): feature["site_id"] for feature in layer.getFeatures()}
    postgis.psql("DELETE FROM renumbered WHERE site_id = 'S01'")
    postgis.psql("VACUUM FULL renumbered")
    dispose(layer)
    layer = keyless(postgis, "renumbered")
    after = {feature.id(): feature["site_id"] for feature in layer.getFeatures()}
    assert any(after[fid] != before[fid] for fid in after)
    assert "has no primary key" in unstable_ids_reason(layer)
    dispose(layer)


def test_sites_without_a_key_or_an_id_field_are_refused_naming_the_table(
        zr_processing, postgis, key_tables, sample_gpkg, example_rules, tmp_path):
    import processing

    sites = keyless(postgis, "sites_no_key_no_id")
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, sites=sites),
                       feedback=Feedback())
    said = str(raised.value)
    assert "Layer sites: no site id field is given, so each site would be named by its feature id." in said
    assert "The table public.sites_no_key_no_id has no primary key" in said and "VACUUM FULL" in said
    assert "Choose the site id field" in said and "give the table a primary key of one integer column" in said
    assert "Traceback" not in said
    assert not (tmp_path / "summary.gpkg").exists() and not (tmp_path / "findings.gpkg").exists()
    dispose(sites)


def test_sites_without_a_key_are_named_by_their_detected_id_field(
        zr_processing, postgis, key_tables, sample_gpkg, example_rules, tmp_path):
    import processing

    sites = keyless(postgis, "sites_no_key")
    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, sites=sites),
                   feedback=Feedback())
    assert {row["site_id"]: row["verdict"] for row in rows(tmp_path / "summary.gpkg")} == EXPECTED_VERDICTS
    dispose(sites)


def test_a_site_without_an_id_in_a_table_without_a_key_is_refused(
        zr_processing, postgis, key_tables, sample_gpkg, example_rules, tmp_path):
    import processing

    sites = keyless(postgis, "sites_no_key_blank")
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, sites=sites,
                                                          SITE_ID_FIELD="site_id"), feedback=Feedback())
    said = str(raised.value)
    assert "Layer sites: one site has no id in the field site_id, so it would be named by its feature id." in said
    assert "The table public.sites_no_key_blank has no primary key" in said and "Fill in the missing ids" in said
    assert not (tmp_path / "summary.gpkg").exists()
    dispose(sites)


def test_sites_with_a_text_key_and_no_id_field_are_refused(
        zr_processing, postgis, key_tables, sample_gpkg, example_rules, tmp_path):
    import processing

    sites = postgis.layer("sites_text_key", "sites")
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, sites=sites),
                       feedback=Feedback())
    assert "The key k of the table public.sites_text_key is not one integer column" in str(raised.value)
    dispose(sites)


def test_sites_with_an_integer_key_are_named_by_it(zr_processing, postgis, key_tables, sample_gpkg, example_rules,
                                                  tmp_path):
    """The control: a primary key of one integer column is the feature id QGIS gives, stable."""
    import processing

    sites = postgis.layer("sites_int_key", "sites")
    assert unstable_ids_reason(sites) is None
    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, sites=sites),
                   feedback=Feedback())
    by_key = dict(line.split("|") for line in postgis.psql("SELECT fid, site_id FROM sites").splitlines())
    verdicts = {by_key[row["site_id"]]: row["verdict"] for row in rows(tmp_path / "summary.gpkg")}
    assert verdicts == EXPECTED_VERDICTS
    dispose(sites)


def test_rereview_of_sites_without_a_key_or_an_id_field_is_refused(
        zr_processing, postgis, key_tables, sample_gpkg, example_rules, tmp_path):
    import processing

    new = tmp_path / "new.yaml"
    new.write_text(example_rules.read_text(encoding="utf-8").rstrip("\n") + "\n" + NEW_RULE, encoding="utf-8")
    sites = keyless(postgis, "sites_no_key")  # its site_id field not given: rereview names sites by feature id
    feedback = Feedback()
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("zoningreview:rereview", {
            "SITES": sites, "UNITS": f"{sample_gpkg}|layername=control_units", "OLD_RULES": str(example_rules),
            "NEW_RULES": str(new), "CONSTRAINTS": [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS],
            "OUTPUT": str(tmp_path / "changes.gpkg")}, feedback=feedback)
    said = " ".join([str(raised.value), *(text for _kind, text in feedback.lines)])
    assert "The table public.sites_no_key has no primary key" in said and "Choose the site id field" in said
    assert not (tmp_path / "changes.gpkg").exists()
    dispose(sites)
