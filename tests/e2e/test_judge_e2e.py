"""Judging clauses in the real QGIS desktop: right-click a clause, judge it, the verdict follows."""

import json
from pathlib import Path

import pytest
from osgeo import ogr

from tests.qgis_desktop import qgis_available, run_in_qgis
from tests.test_judgements import MANUAL

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "judge_review.py"
REOPEN = Path(__file__).parent / "scripts" / "reopen_review.py"


def test_every_manual_clause_of_s05_judged_compliant_in_the_dock(artifacts_dir):
    run = run_in_qgis(SCRIPT, artifacts_dir, locale="en_US")
    assert run.returncode == 0 and not run.errors, run.explain()
    before, after = run.detail["before"], run.detail["after"]
    assert before["verdict"] == "needs_study" and "Needs further study" in before["banner"]
    assert [tuple(c) for c in before["open"]] == sorted(MANUAL)  # the clauses worked out by hand in test_judgements
    assert after["verdict"] == "compliant" and "Compliant" in after["banner"]
    assert [tuple(c) for c in after["judged"]] == sorted((unit, rule, "complies", "王工") for unit, rule in MANUAL)
    assert [tuple(c) for c in after["runner"]] == sorted(MANUAL)
    assert all("judged by 王工" in text for text in after["texts"]), after["texts"]
    assert all("Judge this clause" in line and "Judge clause" in line for line in run.detail["shown"])
    assert Path(run.detail["shot"]).stat().st_size > 20_000
    assert run.detail["renamed"] == {"verdict": "compliant", "judged": len(MANUAL)}  # renaming loses nothing
    notes = run.detail["notes"]
    assert run.detail["opinion"] == "同意选址，按判定落实各项要求。"
    assert "审查人判定及总体审查意见" in notes and "同意选址，按判定落实各项要求。" in notes
    assert notes.count("已现场核查") >= len(MANUAL)  # each judged clause with its remark
    zh = {"spatial_layout": "空间布局约束", "pollutant_emission": "污染物排放管控", "risk_prevention": "环境风险防控",
          "resource_efficiency": "资源开发效率要求"}
    for unit, rule in MANUAL:  # a unit's own requirement text named by its code and dimension
        named = f"{unit} {zh[rule.split(':')[1]]}" if ":" in rule else rule
        assert f"{named}（{unit}）" in notes, named  # Chinese notes: full-width brackets


def test_a_saved_review_comes_back_after_restarting_qgis(artifacts_dir, tmp_path):
    saved = tmp_path / "审查项目.qgz"
    first = run_in_qgis(SCRIPT, artifacts_dir, locale="en_US", env={"ZR_E2E_SAVE_TO": str(saved)})
    assert first.returncode == 0 and not first.errors, first.explain()
    assert first.detail["after"]["verdict"] == "compliant" and saved.exists()
    register = ogr.Open(str(saved) + ".register.gpkg")
    rows = [f.items() for f in register.GetLayerByName("reviews")]
    assert [(r["seq"], r["site_name"], r["verdict"], r["reviewer"], r["ruleset_id"]) for r in rows] == [
        (1, first.detail["name"], "compliant", "王工", "xiongan-example")]
    recorded = json.loads(rows[0]["clauses_json"])  # version 2: the clauses and the judgements no clause took
    assert recorded["version"] == 2 and recorded["unmatched"] == []
    clauses = recorded["clauses"]
    assert sorted((c["unit_code"], c["rule_id"]) for c in clauses if c["judgement"]) == sorted(MANUAL)
    assert not any(c["not_applied"] for c in clauses)
    assert rows[0]["opinion"] == "同意选址，按判定落实各项要求。" and len(rows[0]["ruleset_sha256"]) == 64
    again = run_in_qgis(REOPEN, artifacts_dir, locale="en_US", env={"ZR_E2E_SAVE_TO": str(saved)})
    assert again.returncode == 0 and not again.errors, again.explain()
    back = again.detail
    assert back["verdict"] == "compliant" and "Compliant" in back["banner"]
    assert [tuple(j) for j in back["judgements"]] == sorted(
        (unit, rule, "compliant", "已现场核查", "王工") for unit, rule in MANUAL)
    assert back["opinion"] == "同意选址，按判定落实各项要求。"
    assert (back["name"], back["industry"]) == (first.detail["name"], "E4812")
    assert back["attributes"]["major_infrastructure"] is True
    assert back["current"] == "S05 复核" and "S05 复核" in back["saved"]
    assert back["site_area"] == pytest.approx(56196.6 + 128845.9, rel=1e-3)  # S05's two overlaps (oracle)
