"""The algorithms through the real qgis_process command line, and `make demo`'s script."""

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from osgeo import ogr

from tests.postgis_server import PORT
from tests.sample_oracle import EXPECTED_VERDICTS
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


def test_provider_lists_its_algorithms(qgis_process):
    listed = qgis_process.call(["list"]).stdout
    for name in ("zoningreview:reviewsites", "zoningreview:validaterules"):
        assert name in listed
    helped = qgis_process.call(["help", "zoningreview:reviewsites"]).stdout
    for param in ("SITES", "UNITS", "RULES", "UNIT_CODE_FIELD", "INDUSTRY_FIELD", "CONSTRUCTION_FIELD",
                  "ATTRIBUTE_MAP", "CONSTRAINTS", "LANGUAGE", "REPORT_FORMAT", "FINDINGS", "SUMMARY"):
        assert param in helped


def test_reviewsites_from_the_command_line(qgis_process, sample_gpkg, example_rules, tmp_path):
    proc, result = qgis_process.run("zoningreview:reviewsites", {
        "SITES": f"{sample_gpkg}|layername=sites",
        "UNITS": f"{sample_gpkg}|layername=control_units",
        "RULES": str(example_rules),
        "CONSTRAINTS": [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS],
        "FINDINGS": str(tmp_path / "中文 findings.gpkg"),
        "SUMMARY": str(tmp_path / "summary.gpkg"),
    })
    assert proc.returncode == 0, proc.stderr
    assert result["results"]["SUMMARY"] == str(tmp_path / "summary.gpkg")
    verdicts = {r["site_id"]: r["verdict"] for r in rows(tmp_path / "summary.gpkg")}
    assert {k: verdicts[k] for k in EXPECTED_VERDICTS} == EXPECTED_VERDICTS
    assert len(rows(tmp_path / "中文 findings.gpkg")) >= 10


def test_validaterules_accepts_the_example_and_rejects_a_broken_file(qgis_process, example_rules, tmp_path):
    proc, result = qgis_process.run("zoningreview:validaterules", {"RULES": str(example_rules)})
    assert proc.returncode == 0, proc.stderr
    assert result["results"]["VALID"] == 1
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: x\nrules:\n  - id: [unclosed\n", encoding="utf-8")
    proc, _ = qgis_process.run("zoningreview:validaterules", {"RULES": str(broken)})
    assert proc.returncode == 1
    assert "broken.yaml:" in proc.stderr + proc.stdout


def test_demo_script_prints_one_line_per_site(tmp_path):
    out = tmp_path / "demo"
    proc = subprocess.run([sys.executable, str(ROOT / "tools" / "run_demo.py"), "--out", str(out),
                           "--notes", "none"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in proc.stdout.splitlines() if line[:1] == "S" and line[1:3].isdigit()]
    assert len(lines) == 10
    words = {"compliant": "Compliant ", "non_compliant": "Non-compliant ", "needs_study": "Needs further study "}
    for site, verdict in EXPECTED_VERDICTS.items():
        assert any(line.startswith(site) and words[verdict] in line for line in lines), (site, proc.stdout)
    assert not any("_" in line.split("units:")[0] for line in lines), proc.stdout
    assert (out / "summary.gpkg").exists() and (out / "findings.gpkg").exists()
    assert str(out) in proc.stdout
    # the three example lists as published, stacked: every finding of a list names it (the unit layer's
    # own prose fields are findings of no list)
    findings = ogr.Open(str(out / "findings.gpkg"))
    lists = {clause["source"]["list_id"] for feature in findings.GetLayer(0)
             for clause in json.loads(feature.GetField("findings_json")) if clause["source"]}
    assert lists == {"hebei-general-example", "xiongan-category-example", "xiongan-units-example"}, lists


def test_demo_script_writes_word_notes(tmp_path):
    """`run_demo.py --notes docx`: a Word document a site, each named in SUMMARY, in the language asked for."""
    out = tmp_path / "demo"
    proc = subprocess.run([sys.executable, str(ROOT / "tools" / "run_demo.py"), "--out", str(out),
                           "--notes", "docx", "--lang", "zh"], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "notes/index.html (review notes, DOCX)" in proc.stdout
    named = sorted(Path(row["notes"]).name for row in rows(out / "summary.gpkg"))
    assert named == [f"S{n:02d}.docx" for n in range(1, 11)]
    with zipfile.ZipFile(out / "notes" / "S07.docx") as document:
        body = document.read("word/document.xml").decode("utf-8")
    assert "生态环境分区管控审查意见" in body and "选址 S07" in body


def test_importaccesslist_from_the_command_line(qgis_process, tmp_path):
    from tests.test_access_list_import import write_xlsx

    table = tmp_path / "准入清单.xlsx"
    write_xlsx(table)
    out = tmp_path / "imported.yaml"
    proc, result = qgis_process.run("zoningreview:importaccesslist", {
        "INPUT": str(table), "RULESET_ID": "cli-import", "OUTPUT": str(out)})
    assert proc.returncode == 0, proc.stderr
    assert result["results"]["RULES"] > 0 and out.exists()
    proc, result = qgis_process.run("zoningreview:validaterules", {"RULES": str(out)})
    assert proc.returncode == 0 and result["results"]["VALID"] == 1, proc.stderr


def test_sitingscreen_from_the_command_line(qgis_process, sample_gpkg, example_rules, tmp_path):
    proc, result = qgis_process.run("zoningreview:sitingscreen", {
        "UNITS": f"{sample_gpkg}|layername=control_units",
        "RULES": str(example_rules),
        "CONSTRAINTS": [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS],
        "INDUSTRY": "C2614", "CONSTRUCTION": 0,
        "OUTPUT": str(tmp_path / "screen.gpkg"), "ZONES": str(tmp_path / "zones.gpkg"),
    })
    assert proc.returncode == 0, proc.stderr
    screened = rows(tmp_path / "screen.gpkg")
    assert len(screened) == 38
    verdicts = {r["unit_code"]: r["verdict"] for r in screened}
    assert verdicts["ZH13062920001"] == "non_compliant"  # U-RC-01: no new industry but C39 there
    assert "G-SL-03" in {r["rule_id"] for r in rows(tmp_path / "zones.gpkg")}


def test_reviewsites_on_postgis_tables_from_the_command_line(qgis_process, postgis, example_rules, tmp_path):
    def table(name):  # the README's form: connection, table and geometry column; QGIS finds the key
        return (f"postgres://dbname='zoning' host={postgis.socket_dir} port={PORT} user=postgres "
                f'table="public"."{name}" (geom)')

    proc, _result = qgis_process.run("zoningreview:reviewsites", {
        "SITES": table("sites"), "UNITS": table("control_units"), "RULES": str(example_rules),
        "CONSTRAINTS": [table(n) for n in CONSTRAINTS], "FINDINGS_JSON": "false",  # as the README's census batch
        "FINDINGS": str(tmp_path / "findings.gpkg"), "SUMMARY": str(tmp_path / "summary.gpkg"),
    })
    assert proc.returncode == 0, proc.stderr
    findings = rows(tmp_path / "findings.gpkg")
    assert findings and "findings_json" not in findings[0]
    assert "no constraint layer is bound" not in proc.stdout + proc.stderr  # tables matched by name
    assert "The overlay of the sites with the units runs in the database zoning" in proc.stdout  # pushed down
    verdicts = {r["site_id"]: r["verdict"] for r in rows(tmp_path / "summary.gpkg")}
    assert verdicts == EXPECTED_VERDICTS


def test_reviewsites_writes_clauses_from_the_command_line(qgis_process, sample_gpkg, example_rules, tmp_path):
    proc, result = qgis_process.run("zoningreview:reviewsites", {
        "SITES": f"{sample_gpkg}|layername=sites",
        "UNITS": f"{sample_gpkg}|layername=control_units",
        "RULES": str(example_rules),
        "CONSTRAINTS": [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS],
        "LANGUAGE": 1,
        "FINDINGS_JSON": False,
        "FINDINGS": str(tmp_path / "findings.gpkg"),
        "SUMMARY": str(tmp_path / "summary.gpkg"),
        "CLAUSES": str(tmp_path / "条款.gpkg"),
    })
    assert proc.returncode == 0, proc.stderr
    assert result["results"]["CLAUSES"] == str(tmp_path / "条款.gpkg")
    clauses = rows(tmp_path / "条款.gpkg")
    g_sl_03 = [r for r in clauses if r["site_id"] == "S02" and r["rule_id"] == "G-SL-03"]
    assert [(r["unit_code"], r["status"], r["reason"]) for r in g_sl_03] == [(
        "ZH13063820001", "conflict",
        "industry C2614 matches C26; site is 590 m from River bank, rule limit 1,000 m; the rule prohibits this")]
    assert "findings_json" not in rows(tmp_path / "findings.gpkg")[0]
    assert {r["site_id"]: r["deciding"] for r in rows(tmp_path / "summary.gpkg")}["S02"] == "G-SL-03; C-K-01"
