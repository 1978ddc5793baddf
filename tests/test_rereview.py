"""rereview through qgis_process: the ten sample sites against the example list and a changed copy."""

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
