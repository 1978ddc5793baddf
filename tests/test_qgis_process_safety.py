"""Each data-loss case of #15 through the real qgis_process: refused with a message, nothing lost."""

import pytest

from tests.test_access_list_import import write_xlsx
from tests.test_output_safety import (  # noqa: F401 - fixtures
    AWKWARD_IDS,
    digest,
    read_only_folder,
    sample_copy,
    sites_with_ids,
)
from tests.test_processing_review import params, rows
from tests.test_qgis_process import qgis_process  # noqa: F401 - fixture

pytestmark = pytest.mark.qgis_process


def refused(proc, *words):
    """The run failed with a message holding every word, and without a Python traceback."""
    text = proc.stdout + proc.stderr
    assert proc.returncode == 1, text
    assert "Traceback" not in text, text
    for word in words:
        assert word in text, text


def test_findings_on_the_sites_geopackage_is_refused(qgis_process, sample_copy, tmp_path):  # noqa: F811
    gpkg, rules = sample_copy
    before = digest(gpkg)
    proc, _ = qgis_process.run("zoningreview:reviewsites", params(gpkg, rules, tmp_path, FINDINGS=str(gpkg)))
    refused(proc, "would destroy the input", str(gpkg))
    assert digest(gpkg) == before


def test_findings_and_summary_in_one_file_are_refused(qgis_process, sample_copy, tmp_path):  # noqa: F811
    gpkg, rules = sample_copy
    both = tmp_path / "both.gpkg"
    proc, _ = qgis_process.run("zoningreview:reviewsites", params(
        gpkg, rules, tmp_path, FINDINGS=str(both), SUMMARY=str(both)))
    refused(proc, "same file", "FINDINGS", "SUMMARY")
    assert not both.exists()


def test_shapefile_output_is_refused(qgis_process, sample_copy, tmp_path):  # noqa: F811
    gpkg, rules = sample_copy
    proc, _ = qgis_process.run("zoningreview:reviewsites", params(
        gpkg, rules, tmp_path, SUMMARY=str(tmp_path / "summary.shp")))
    refused(proc, "shapefile", "GeoPackage")
    assert not (tmp_path / "summary.shp").exists()


def test_importaccesslist_output_on_its_input_is_refused(qgis_process, tmp_path):  # noqa: F811
    table = tmp_path / "list.xlsx"
    write_xlsx(table)
    before = digest(table)
    proc, _ = qgis_process.run("zoningreview:importaccesslist", {"INPUT": str(table), "OUTPUT": str(table)})
    refused(proc, "would destroy the input")
    assert digest(table) == before
    proc, _ = qgis_process.run("zoningreview:importaccesslist", {"INPUT": str(table), "OUTPUT": str(tmp_path)})
    refused(proc, "is a folder")
    proc, _ = qgis_process.run("zoningreview:importaccesslist", {
        "INPUT": str(table), "OUTPUT": str(tmp_path / "missing" / "rules.yaml")})
    refused(proc, "does not exist")


def test_report_folder_that_is_a_file_or_read_only(qgis_process, sample_copy, tmp_path,  # noqa: F811
                                                   read_only_folder):  # noqa: F811
    gpkg, rules = sample_copy
    a_file = tmp_path / "notes.txt"
    a_file.write_text("keep me")
    proc, _ = qgis_process.run("zoningreview:reviewsites", params(
        gpkg, rules, tmp_path, REPORT_FORMAT=1, REPORT_FOLDER=str(a_file)))
    refused(proc, "is a file, not a folder")
    assert a_file.read_text() == "keep me"
    proc, _ = qgis_process.run("zoningreview:reviewsites", params(
        gpkg, rules, tmp_path, REPORT_FORMAT=1, REPORT_FOLDER=str(read_only_folder)))
    refused(proc, "read-only")


def test_awkward_site_ids_each_get_a_note(qgis_process, sample_gpkg, example_rules, sites_layer,  # noqa: F811
                                          tmp_path):
    sites = sites_with_ids(sites_layer, AWKWARD_IDS, tmp_path / "sites.gpkg")
    notes = tmp_path / "notes"
    proc, _ = qgis_process.run("zoningreview:reviewsites", params(
        sample_gpkg, example_rules, tmp_path, SITES=sites, REPORT_FORMAT=1, REPORT_FOLDER=str(notes)))
    assert proc.returncode == 0, proc.stderr
    named = [row["notes"] for row in rows(tmp_path / "summary.gpkg")]
    assert len(set(named)) == len(AWKWARD_IDS) and all(named)
    assert len(list(notes.glob("*.html"))) == len(AWKWARD_IDS) + 1  # and index.html
