"""rereview through qgis_process: the ten sample sites against the example list and a changed copy."""

import json
import sys
from pathlib import Path

import pytest

from tests.sample_oracle import EXPECTED_VERDICTS
from tests.test_processing_review import CONSTRAINTS, rows
from zoning_review.plugin.core.review.rereview import compare

ROOT = Path(__file__).resolve().parents[1]
# A new general clause prohibiting C2614 (organic chemical raw materials) anywhere. Worked out by hand from
# the sample's sites: only S02 and S03 are C2614; S02 is already non-compliant (G-SL-03), S03 (a renovation
# without added capacity, exempt from G-SL-03) was compliant and now conflicts: exactly S03 changes.
NEW_RULE = """
  - id: G-PE-04
    level: general
    dimension: pollutant_emission
    effect: prohibit
    when: {industry: C2614}
    text:
      zh: 禁止建设有机化学原料制造项目。
    basis: 示例
"""


def test_compare_names_added_removed_and_changed_clauses():
    found = compare({"S1": "compliant", "S2": "needs_study"}, {"S1": "non_compliant", "S3": "compliant"},
                    {"S1": {("U1", "A"): "allowed", ("U1", "B"): "manual_check"}},
                    {"S1": {("U1", "A"): "conflict", ("U1", "C"): "allowed"}, "S3": {("", "D"): "allowed"}})
    assert [(c.site_id, c.before, c.after, c.added, c.removed, c.changed) for c in found] == [
        ("S1", "compliant", "non_compliant", ["U1:C"], ["U1:B"], ["U1:A: allowed → conflict"]),
        ("S2", "needs_study", "", [], [], []),
        ("S3", "", "compliant", ["D"], [], []),
    ]


@pytest.mark.qgis_process
def test_rereview_reports_exactly_the_sites_whose_verdict_changes(sample_gpkg, example_rules, tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    from qgis_process_env import QgisProcess

    new = tmp_path / "新清单.yaml"
    new.write_text(example_rules.read_text(encoding="utf-8").rstrip("\n") + "\n" + NEW_RULE, encoding="utf-8")
    with QgisProcess() as runner:
        proc, result = runner.run("zoningreview:rereview", {
            "SITES": f"{sample_gpkg}|layername=sites", "UNITS": f"{sample_gpkg}|layername=control_units",
            "OLD_RULES": str(example_rules), "NEW_RULES": str(new), "SITE_ID_FIELD": "site_id",
            "CONSTRAINTS": [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS],
            "OUTPUT": str(tmp_path / "changes.gpkg")})
    assert proc.returncode == 0, proc.stderr
    assert result["results"]["CHANGED"] == 1
    table = {r["site_id"]: r for r in rows(tmp_path / "changes.gpkg")}
    assert {s: r["verdict_before"] for s, r in table.items()} == EXPECTED_VERDICTS
    after = {**EXPECTED_VERDICTS, "S03": "non_compliant"}
    assert {s: r["verdict_after"] for s, r in table.items()} == after
    assert [s for s, r in table.items() if r["verdict_changed"]] == ["S03"]
    for site, row in table.items():  # the new clause is evaluated in every unit of every site, nothing else moves
        assert row["clauses_added"] and all(c.endswith(":G-PE-04") for c in row["clauses_added"].split("; ")), site
        assert not row["clauses_removed"] and not row["clauses_changed"], site


BOOLEAN = ("discharges_pollutants", "water_supply_facility", "major_infrastructure", "capacity_increase")
NUMBER = ("boiler_tph", "investment_wan", "vocs_tpa", "water_m3d")


RANK = {"compliant": 0, "needs_study": 1, "non_compliant": 2}  # worst last, as the panel takes it over layers


def panel_verdicts(summaries) -> dict:
    """Each site's verdict over one or several reviews' SUMMARY tables, as the panel takes it over unit layers:
    the worst over the layers with units under the site, over all of them when none has."""
    found = {}
    for summary in summaries:
        for r in rows(summary):
            found.setdefault(r["site_id"], []).append((r["verdict"], r["n_units"]))
    return {site: max([v for v, n in layers if n] or [v for v, _n in layers], key=RANK.__getitem__)
            for site, layers in found.items()}


def ten_site_register(path: Path, sample_gpkg, summary, clauses, only=None, layers="control_units") -> None:
    """A register of the ten sample sites as the panel records them: description, verdict, clauses, judgements.
    ``summary`` and ``clauses`` are one review's outputs, or lists of one per unit layer (``panel_verdicts``)."""
    from osgeo import ogr
    from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry

    from zoning_review.plugin.core.outputs.register import COLUMNS, RegisterEntry, append_to_register

    verdicts = panel_verdicts(summary if isinstance(summary, list) else [summary])
    recorded = {}
    for row in [row for one in (clauses if isinstance(clauses, list) else [clauses]) for row in rows(one)]:
        judged = {"site_id": row["site_id"], "unit_code": row["unit_code"], "rule_id": row["rule_id"],
                  "judgement": row["judgement"], "remark": row["remark"], "reviewer": row["reviewer"],
                  "clause_sha256": row["clause_sha256"]}  # the panel records the text judged
        recorded.setdefault(row["site_id"], []).append({
            "unit_code": row["unit_code"] or "", "rule_id": row["rule_id"], "status": row["status"],
            "judgement": judged if row["judgement"] else None})
    source = ogr.Open(str(sample_gpkg))
    for feature in source.GetLayerByName("sites"):
        item = feature.items()
        site = item["site_id"]
        if only and site not in only:
            continue
        attributes = {n: item[n] for n in NUMBER if item[n] is not None}
        attributes.update({n: bool(item[n]) for n in BOOLEAN if item[n] is not None})
        description = {"name": site, "industry": item["industry"], "construction": item["construction"],
                       "catalogue": item["catalogue"] or None, "attributes": attributes}
        values = {"saved_at": "2025-03-01T10:00+08:00", "site_name": site, "verdict": verdicts[site],
                  "description_json": json.dumps(description, ensure_ascii=False),
                  "clauses_json": json.dumps(recorded[site], ensure_ascii=False), "opinion": "",
                  "ruleset_id": "xiongan-example", "ruleset_version": "2024.1", "ruleset_sha256": "0" * 64,
                  "unit_layer_source": layers, "reviewer": "王工", "plugin_version": "1",
                  "qgis_version": "3.22"}
        geometry = QgsGeometry.fromWkt(feature.GetGeometryRef().ExportToWkt())
        append_to_register(str(path), RegisterEntry(geometry, QgsCoordinateReferenceSystem("EPSG:4490"),
                                                    [values[n] for n, _k in COLUMNS[1:]]))


@pytest.mark.qgis_process
def test_a_register_of_the_ten_sample_sites_re_reviewed_reports_exactly_the_sites_that_change(
        qgis_new_project, sample_gpkg, example_rules, tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    from qgis_process_env import QgisProcess

    from tests.test_processing_judgements import clause_digests, s05_table, write_table

    new = tmp_path / "新清单.yaml"
    new.write_text(example_rules.read_text(encoding="utf-8").rstrip("\n") + "\n" + NEW_RULE, encoding="utf-8")
    out = tmp_path / "first"
    out.mkdir()
    with QgisProcess() as runner:  # the first reviews: S05's manual clauses judged 符合 by the reviewer
        digests = clause_digests(runner, sample_gpkg, example_rules, tmp_path / "plain")
        proc, _ = runner.run("zoningreview:reviewsites", {
            "SITES": f"{sample_gpkg}|layername=sites", "UNITS": f"{sample_gpkg}|layername=control_units",
            "RULES": str(example_rules), "CONSTRAINTS": [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS],
            "SITE_ID_FIELD": "site_id", "JUDGEMENTS": write_table(tmp_path / "j.csv", s05_table(digests)),
            "FINDINGS": str(out / "f.gpkg"), "SUMMARY": str(out / "s.gpkg"), "CLAUSES": str(out / "c.gpkg")})
        assert proc.returncode == 0, proc.stderr
        register = tmp_path / "台账.gpkg"
        ten_site_register(register, sample_gpkg, out / "s.gpkg", out / "c.gpkg")
        proc, result = runner.run("zoningreview:rereview", {
            "REGISTER": str(register), "UNITS": f"{sample_gpkg}|layername=control_units", "NEW_RULES": str(new),
            "CONSTRAINTS": [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS],
            "OUTPUT": str(tmp_path / "changes.gpkg")})
    assert proc.returncode == 0, proc.stderr
    # Worked out by hand: the register holds the sample's verdicts with S05 judged compliant; the new clause
    # G-PE-04 prohibits C2614, so S03 (compliant, a C2614 renovation) becomes non-compliant and S02 stays
    # non-compliant; S05 stays compliant only because its recorded judgements are applied again.
    before = {**EXPECTED_VERDICTS, "S05": "compliant"}
    table = {r["site_id"]: r for r in rows(tmp_path / "changes.gpkg")}
    assert {s: r["verdict_before"] for s, r in table.items()} == before
    assert {s: r["verdict_after"] for s, r in table.items()} == {**before, "S03": "non_compliant"}
    assert [(s, r["register_seq"]) for s, r in table.items() if r["verdict_changed"]] == [("S03", 3)]
    assert result["results"]["CHANGED"] == 1
    for site, row in table.items():
        assert row["clauses_added"] and all(c.endswith(":G-PE-04") for c in row["clauses_added"].split("; ")), site
        assert not row["clauses_removed"] and not row["clauses_changed"], (site, row)
    assert "match no clause" not in proc.stdout + proc.stderr  # every recorded judgement found its clause


@pytest.mark.qgis_process
def test_a_judgement_whose_clause_the_later_list_decides_is_not_applied_and_named(
        qgis_new_project, sample_gpkg, example_rules, tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    from qgis_process_env import QgisProcess

    from tests.test_processing_judgements import clause_digests, s05_table, write_table

    # The later list gives the text-only clause C-P-02 a condition: it now prohibits C2614 only. S05 (a road,
    # E4812) was registered with C-P-02 judged 符合 in both its priority units; the rules now decide the clause
    # (not applicable to E4812), so the judgement is not given again and is named, and S05 stays compliant
    # through its other judged clauses.
    text = example_rules.read_text(encoding="utf-8")
    old = "    effect: text\n    text:\n      zh: 优先保护单元以生态修复和保护为主"
    assert text.count(old) == 1
    new = tmp_path / "新清单.yaml"
    new.write_text(text.replace(old, "    effect: prohibit\n    when: {industry: C2614}\n    text:\n"
                                     "      zh: 优先保护单元以生态修复和保护为主"), encoding="utf-8")
    out = tmp_path / "first"
    out.mkdir()
    with QgisProcess() as runner:
        digests = clause_digests(runner, sample_gpkg, example_rules, tmp_path / "plain")
        proc, _ = runner.run("zoningreview:reviewsites", {
            "SITES": f"{sample_gpkg}|layername=sites", "UNITS": f"{sample_gpkg}|layername=control_units",
            "RULES": str(example_rules), "CONSTRAINTS": [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS],
            "SITE_ID_FIELD": "site_id", "JUDGEMENTS": write_table(tmp_path / "j.csv", s05_table(digests)),
            "FINDINGS": str(out / "f.gpkg"), "SUMMARY": str(out / "s.gpkg"), "CLAUSES": str(out / "c.gpkg")})
        assert proc.returncode == 0, proc.stderr
        register = tmp_path / "台账.gpkg"
        ten_site_register(register, sample_gpkg, out / "s.gpkg", out / "c.gpkg", only={"S05"})
        proc, result = runner.run("zoningreview:rereview", {
            "REGISTER": str(register), "UNITS": f"{sample_gpkg}|layername=control_units", "NEW_RULES": str(new),
            "CONSTRAINTS": [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS],
            "OUTPUT": str(tmp_path / "changes.gpkg")})
    assert proc.returncode == 0, proc.stderr
    [row] = rows(tmp_path / "changes.gpkg")
    assert (row["site_id"], row["verdict_before"], row["verdict_after"], row["register_seq"]) == (
        "S05", "compliant", "compliant", 1)
    assert row["clauses_changed"].split("; ") == ["ZH13063210001:C-P-02: complies → not_applicable",
                                                  "ZH13063210003:C-P-02: complies → not_applicable"]
    log = proc.stdout + proc.stderr
    assert "1 S05: ZH13063210001:C-P-02, 1 S05: ZH13063210003:C-P-02" in log
    assert "match no clause" not in log and result["results"]["CHANGED"] == 0


@pytest.mark.qgis_process
def test_rereview_needs_sites_or_a_register_not_both(sample_gpkg, example_rules, tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    from qgis_process_env import QgisProcess

    base = {"UNITS": f"{sample_gpkg}|layername=control_units", "NEW_RULES": str(example_rules),
            "OUTPUT": str(tmp_path / "changes.gpkg")}
    with QgisProcess() as runner:
        neither, _ = runner.run("zoningreview:rereview", base)
        missing, _ = runner.run("zoningreview:rereview", {**base, "REGISTER": str(tmp_path / "无.gpkg")})
    assert neither.returncode != 0
    assert "either 'Candidate sites' or 'Review register'" in neither.stdout + neither.stderr
    assert missing.returncode != 0 and "无.gpkg" in missing.stdout + missing.stderr
    assert not (tmp_path / "changes.gpkg").exists() and not (tmp_path / "无.gpkg").exists()
