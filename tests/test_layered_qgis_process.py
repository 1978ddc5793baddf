"""Layered access lists through the real qgis_process command line: RULES given several times."""

import sys
from pathlib import Path

import pytest

from tests.sample_oracle import EXPECTED_VERDICTS
from tests.test_layered_rules import LAYERED, LIST_IDS
from tests.test_processing_review import CONSTRAINTS, rows

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from qgis_process_env import QgisProcess  # noqa: E402

pytestmark = pytest.mark.qgis_process


@pytest.fixture(scope="module")
def qgis_process():
    """A throwaway profile with the plugin enabled."""
    with QgisProcess() as runner:
        yield runner


def review(qgis_process, gpkg, rules, out):
    """reviewsites on the sample with these RULES (a path or a list of paths); the SUMMARY rows."""
    out.mkdir()
    proc, result = qgis_process.run("zoningreview:reviewsites", {
        "SITES": f"{gpkg}|layername=sites", "UNITS": f"{gpkg}|layername=control_units", "RULES": rules,
        "CONSTRAINTS": [f"{gpkg}|layername={name}" for name in CONSTRAINTS], "LANGUAGE": 0,
        "FINDINGS": str(out / "findings.gpkg"), "SUMMARY": str(out / "summary.gpkg"),
        "CLAUSES": str(out / "clauses.gpkg")})
    assert proc.returncode == 0, proc.stderr
    assert result is not None
    return rows(out / "summary.gpkg")


def test_three_lists_on_the_command_line_give_the_single_files_verdicts_and_reasons(
        qgis_process, sample_gpkg, example_rules, tmp_path):
    single = review(qgis_process, sample_gpkg, str(example_rules), tmp_path / "one")
    layered = review(qgis_process, sample_gpkg, [str(p) for p in LAYERED], tmp_path / "three")
    keep = ("site_id", "verdict", "reason", "deciding")
    assert sorted(tuple(r[k] for k in keep) for r in layered) == sorted(tuple(r[k] for k in keep) for r in single)
    assert {r["site_id"]: r["verdict"] for r in layered} == EXPECTED_VERDICTS
    assert {r["site_id"]: r["deciding_lists"] for r in layered}["S07"] == LIST_IDS[0]
    clauses = rows(tmp_path / "three" / "clauses.gpkg")
    assert {r["source_list"] for r in clauses} == set(LIST_IDS) | {""}
    assert {r["source_list"] for r in rows(tmp_path / "one" / "clauses.gpkg")} == {"xiongan-example", ""}


def test_validaterules_takes_several_files_on_the_command_line(qgis_process, sample_gpkg):
    proc, result = qgis_process.run("zoningreview:validaterules", {
        "RULES": [str(p) for p in LAYERED], "UNITS": f"{sample_gpkg}|layername=control_units"})
    assert proc.returncode == 0, proc.stderr
    outputs = result["results"]
    assert (outputs["VALID"], outputs["CLASHES"], outputs["UNCOVERED"]) == (1, 0, 0)
