"""RULE_SCOPES: the scope of each rule-set file given in Processing (reviewsites, sitingscreen) and on the
command line (validaterules), one line per file, in place of the scope the list declares."""

import sys
from pathlib import Path

import pytest
from osgeo import ogr

from tests.test_layered_rules import LAYERED, LIST_IDS
from tests.test_processing_review import params, rows

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from qgis_process_env import QgisProcess  # noqa: E402

NOWHERE = "ZH990000"  # an administrative code no sample unit has


def unit_count(gpkg) -> int:
    """The sample's units, counted with GDAL."""
    data = ogr.Open(str(gpkg))  # kept while its layer is read
    return data.GetLayerByName("control_units").GetFeatureCount()


def review(gpkg, out, scopes):
    """reviewsites with the three layered lists and these scopes: SUMMARY and CLAUSES rows."""
    import processing

    out.mkdir()
    processing.run("zoningreview:reviewsites", params(gpkg, "", out, RULES=[str(p) for p in LAYERED],
                                                      RULE_SCOPES=scopes, CLAUSES=str(out / "clauses.gpkg")))
    return rows(out / "summary.gpkg"), rows(out / "clauses.gpkg")


def test_a_list_given_a_scope_no_unit_is_in_gives_no_clause(zr_processing, sample_gpkg, tmp_path):
    _summary, clauses = review(sample_gpkg, tmp_path / "out", f"{NOWHERE}\n\n")
    assert {r["source_list"] for r in clauses} == {LIST_IDS[1], LIST_IDS[2], ""}
    _summary, every = review(sample_gpkg, tmp_path / "own", "")
    assert {r["source_list"] for r in every} == set(LIST_IDS) | {""}


def test_units_no_list_covers_need_information(zr_processing, sample_gpkg, tmp_path):
    summary, clauses = review(sample_gpkg, tmp_path / "out", "\n".join([NOWHERE] * 3))
    assert summary and {r["verdict"] for r in summary} == {"needs_study"}
    assert {r["source_list"] for r in clauses} == {""}
    assert "input:access_list" in {r["rule_id"] for r in clauses}


def test_more_scopes_than_files_stop_the_review_naming_both(zr_processing, sample_gpkg, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="4 lines for 3 rule-set files"):
        processing.run("zoningreview:reviewsites", params(sample_gpkg, "", tmp_path, RULES=[str(p) for p in LAYERED],
                                                          RULE_SCOPES="all\nall\nall\nall"))


def test_scopes_without_files_are_refused(zr_processing, sample_gpkg, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="choose the files too"):
        processing.run("zoningreview:reviewsites", params(sample_gpkg, "", tmp_path, RULES=[], RULE_SCOPES="all"))


def test_a_scope_expression_that_does_not_parse_names_its_file(zr_processing, sample_gpkg, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="xiongan_county.yaml"):
        processing.run("zoningreview:reviewsites", params(sample_gpkg, "", tmp_path, RULES=[str(p) for p in LAYERED],
                                                          RULE_SCOPES="\n\"HJGKDYBM\" LIKE (\n"))


def test_the_siting_screen_takes_the_scopes_too(zr_processing, sample_gpkg):
    import processing

    result = processing.run("zoningreview:sitingscreen", {
        "UNITS": f"{sample_gpkg}|layername=control_units", "RULES": [str(p) for p in LAYERED],
        "RULE_SCOPES": "\n".join([NOWHERE] * 3), "INDUSTRY": "C2614", "CONSTRUCTION": 0, "CATALOGUE": 0,
        "OUTPUT": "TEMPORARY_OUTPUT", "ZONES": "TEMPORARY_OUTPUT"})
    screened = list(result["OUTPUT"].getFeatures())
    assert len(screened) == unit_count(sample_gpkg)
    assert {f["verdict"] for f in screened} == {"needs_study"}


@pytest.mark.qgis_process
def test_validaterules_on_the_command_line_reports_the_units_the_given_scopes_leave_out(sample_gpkg):
    files = [str(p) for p in LAYERED]
    units = f"{sample_gpkg}|layername=control_units"
    with QgisProcess() as runner:
        nowhere = runner.run("zoningreview:validaterules", {
            "RULES": files, "UNITS": units, "RULE_SCOPES": "\n".join([NOWHERE] * 3)})[1]["results"]
        everywhere = runner.run("zoningreview:validaterules", {
            "RULES": files, "UNITS": units, "RULE_SCOPES": "all\nall\nall"})[1]["results"]
        proc, _result = runner.run("zoningreview:validaterules", {"RULES": files, "RULE_SCOPES": "all\n" * 4})
    assert nowhere["UNCOVERED"] == unit_count(sample_gpkg) and nowhere["VALID"] == 1
    assert everywhere["UNCOVERED"] == 0
    assert proc.returncode != 0 and "4 lines for 3 rule-set files" in proc.stdout + proc.stderr


def test_a_scope_reading_a_field_the_unit_layer_lacks_stops_the_review(zr_processing, sample_gpkg, tmp_path):
    """Every unit would read NULL there and be out of the list, so its clauses would silently never apply."""
    import processing
    from qgis.core import QgsProcessingException

    scope = "\"XZQDM\" = '130638'"  # the sample's units have no field XZQDM
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("zoningreview:reviewsites", params(sample_gpkg, "", tmp_path, RULES=[str(p) for p in LAYERED],
                                                          RULE_SCOPES=f"\n{scope}\n"))
    assert "XZQDM" in str(raised.value) and "control_units" in str(raised.value)
