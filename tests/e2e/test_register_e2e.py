"""The reviewer's record in the real QGIS desktop: a prose list imported, every manual clause judged, the
review saved, QGIS restarted, the review back; the register's entry opened read-only and re-reviewed."""

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from osgeo import ogr

from tests.qgis_desktop import qgis_available, run_in_qgis
from tests.test_access_list_import import HEADERS

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPTS = Path(__file__).parent / "scripts"
ROOT = Path(__file__).resolve().parents[2]
PROSE = ("KJBJYS", "PWWPFGK", "HJFXFK", "ZYKFXLYQ")
S05_UNITS = ("ZH13063210001", "ZH13063210003")  # S05's two priority units (tests/sample_oracle.py)
OPINION = "同意选址，按判定落实各项要求。"
S05_NAME = "某公路新建工程"  # the sample's S05 feature: taking it fills in the project's name


def clauses_in(text: str) -> int:
    """How many clauses a published cell holds: its numbered items (1.…；2.…), or one when unnumbered."""
    return len(re.findall(r"(?:^|[；;。])\s*\d+[.．、]", text)) or (1 if text else 0)


def write_prose_list(path: Path) -> dict:
    """The sample's units as a published prose list (xlsx: a header row, one row per unit, the four
    dimensions' texts as the layer has them); {unit code: number of clauses in its cells}."""
    units = ogr.Open(str(ROOT / "sample" / "xiongan_sample.gpkg"))
    rows, cells = [], {}
    for number, unit in enumerate(units.GetLayerByName("control_units"), start=1):
        texts = [(unit[field] or "").strip() for field in PROSE]
        rows.append([str(number), unit["HJGKDYBM"], unit["HJGKDYMC"], unit["ZHGKDYFL"], *texts])
        cells[unit["HJGKDYBM"]] = sum(clauses_in(t) for t in texts)
    source = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    layer = source.CreateLayer("准入清单", geom_type=ogr.wkbNone)
    for i in range(len(HEADERS)):
        layer.CreateField(ogr.FieldDefn(f"c{i}", ogr.OFTString))
    for values in [HEADERS] + rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for i, value in enumerate(values):
            if value:
                feature.SetField(i, value)
        layer.CreateFeature(feature)
    source = None
    return cells


def test_a_prose_list_review_judged_saved_reopened_and_registered(artifacts_dir, tmp_path):
    xlsx = tmp_path / "雄安准入清单.xlsx"
    cells = write_prose_list(xlsx)
    env = {"ZR_E2E_XLSX": str(xlsx), "ZR_E2E_SAVE_TO": str(tmp_path / "审查项目.qgz"),
           "ZR_E2E_REGISTER": str(tmp_path / "台账.gpkg"), "TZ": "Asia/Shanghai"}  # local time: Beijing
    first = run_in_qgis(SCRIPTS / "register_review.py", artifacts_dir, locale="en_US", timeout=300, env=env)
    assert first.returncode == 0 and not first.errors, first.explain()
    run = first.detail
    assert run["imported"] == {"RULES": sum(cells.values()), "UNITS": len(cells)}
    # Worked out from the list written above: only text rules, so every clause of S05 is left to a person —
    # in each of its two units one imported rule per numbered clause, and the layer's own four prose texts.
    expected = sorted((unit, f"{unit}:{d}") for unit in S05_UNITS for d in
                      ("spatial_layout", "pollutant_emission", "risk_prevention", "resource_efficiency"))
    assert run["before"]["verdict"] == "needs_study" and "Needs further study" in run["before"]["banner"]
    assert len(run["before"]["open"]) == sum(cells[u] for u in S05_UNITS) + len(expected)
    assert [tuple(c) for c in run["before"]["open"] if ":" in c[1]] == expected
    assert run["judged"]["verdict"] == "compliant" and not run["judged"]["open"]
    removed = run["removed"]
    assert removed["menu"] == ["Judge this clause…", "Remove the judgement"]
    assert removed["verdict"] == "needs_study" and [tuple(c) for c in removed["open"]] == [
        tuple(run["removed_clause"])]
    assert removed["withdrawn"] == [[run["removed_clause"][1], "王工"]]
    assert run["after"]["verdict"] == "compliant" and "Compliant" in run["after"]["banner"]
    assert all(Path(shot).stat().st_size > 20_000 for shot in run["shots"])

    register = ogr.Open(str(tmp_path / "台账.gpkg"))
    rows = [f.items() for f in register.GetLayerByName("reviews")]
    assert [(r["seq"], r["site_name"], r["verdict"], r["reviewer"], r["ruleset_id"], r["opinion"]) for r in rows] == [
        (1, S05_NAME, "compliant", "王工", "xiongan-prose", OPINION)]
    register = None

    again = run_in_qgis(SCRIPTS / "register_reopen.py", artifacts_dir, locale="en_US", timeout=300, env=env)
    assert again.returncode == 0 and not again.errors, again.explain()
    back = again.detail["back"]
    assert back["verdict"] == "compliant" and "Compliant" in back["banner"]
    assert len(back["judgements"]) == len(run["before"]["open"])
    assert all(j[2:] == ["compliant", "已现场核查", "王工"] for j in back["judgements"])
    assert back["withdrawn"] == [[*run["removed_clause"], "王工"]]  # the removal is part of the saved review
    assert (back["opinion"], back["name"], back["current"]) == (OPINION, S05_NAME, "S05 复核")
    browser = again.detail["browser"]
    beijing = datetime.fromisoformat(rows[0]["saved_at"]).astimezone(timezone(timedelta(hours=8)))
    shown = beijing.strftime("%Y-%m-%d %H:%M")  # the register keeps ISO; the browser shows local time
    assert [row[:4] for row in browser["rows"]] == [["1", shown, S05_NAME, "Compliant"]]
    assert browser["visible"] == [1]
    record = again.detail["record"]
    assert "Register entry 1" in record["title"] and "Compliant" in record["banner"] and record["live_hidden"]
    assert "Rule set: xiongan-prose" in record["texts"] and f"Opinion: {OPINION}" not in record["texts"]
    assert OPINION in record["texts"] and any(t.startswith("Rule-set SHA-256: ") for t in record["texts"])
    assert sum(t.startswith("Judged Compliant by 王工") for t in record["texts"]) == len(back["judgements"])
    assert any("judgement Compliant removed by 王工" in t for t in record["texts"])
    assert not [t for t in record["texts"] if re.search(r"ZH\d+:[a-z_]+", t)]  # no CODE:dimension joins shown
    assert "Complies (judged): ZH13063210001 Spatial layout constraints" in record["texts"]
    assert record["back"] and Path(record["shot"]).stat().st_size > 20_000
    # the register re-reviewed with the same list: nothing changes, the judgements recorded still apply
    copied = again.detail["copied"]  # opened as a new review: evaluated again, the same as recorded
    assert copied == {"verdict": "compliant", "judged": len(back["judgements"]), "withdrawn": 1, "opinion": OPINION,
                      "name": S05_NAME, "origin": copied["origin"]} and "register entry 1" in copied["origin"]
    assert again.detail["rereview"] == [{"site_id": S05_NAME, "verdict_before": "compliant",
                                         "verdict_after": "compliant", "verdict_changed": False, "register_seq": 1}]


def test_a_review_over_two_bound_layers_registered_and_re_reviewed_over_both(artifacts_dir, tmp_path):
    from tests.test_rereview_layers import split_units

    units = split_units(ROOT / "sample" / "xiongan_sample.gpkg", tmp_path)
    env = {"ZR_E2E_REGISTER": str(tmp_path / "台账.gpkg"), "ZR_E2E_UNITS_A": units["A"],
           "ZR_E2E_UNITS_B": units["B"]}
    run = run_in_qgis(SCRIPTS / "register_layers.py", artifacts_dir, locale="en_US", timeout=300, env=env)
    assert run.returncode == 0 and not run.errors, run.explain()
    reviewed, registered = run.detail["reviewed"], run.detail["registered"]
    # S05's priority units (fid 10 and 12 of the sample) lie one in each layer (split by fid % 3).
    assert reviewed["layers"] == ["units_A", "units_B"] and reviewed["units"] == list(S05_UNITS)
    assert registered["verdict"] == reviewed["verdict"]
    assert registered["sources"].count("units_") == 2  # both layers recorded
    assert {c.split(":")[0] for c in registered["clauses"]} == set(S05_UNITS)
    # Re-reviewed with the same binding: the same verdict, no clause of either layer added, removed or changed.
    assert run.detail["rereview"] == [{"site_id": S05_NAME, "verdict_before": reviewed["verdict"],
                                       "verdict_after": reviewed["verdict"], "verdict_changed": False,
                                       "clauses_added": "", "clauses_removed": "", "clauses_changed": "",
                                       "register_seq": 1}]
    assert Path(run.detail["shot"]).stat().st_size > 20_000
    # units_B's river bank then bound to another layer: the re-review, which takes one layer per constraint
    # name, refuses and names both layers and both unit layers, rather than reviewing B against A's layer.
    conflict = run.detail["conflict"]
    assert not conflict["task"] and not conflict["new_table"]
    [said] = [text for text in conflict["bar"] if "river_bank_B" in text]
    assert all(name in said for name in ("The constraint river_bank", "the layer river_bank for units_A",
                                         "the layer river_bank_B for units_B"))
