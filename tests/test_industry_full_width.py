"""An industry code typed with a Chinese input method in full-width mode (Ｃ２６１４) is the code C2614, as every other
value is read ignoring full-width forms — not "not in GB/T 4754-2017", which sent the reviewer hunting for a code
the standard has."""

import json

import pytest

from tests.test_evaluation_example import URBAN_KEY, project, relations
from tests.test_processing_review import edited_sample, params, rows
from zoning_review.plugin.core.review.evaluation import evaluate_unit
from zoning_review.plugin.core.rules import gbt4754
from zoning_review.plugin.core.rules.loader import load_ruleset


@pytest.mark.parametrize("written, expected", [
    ("Ｃ２６１４", "C2614"), ("ｃ２６", "C26"), ("C２６１４", "C2614"), ("２６１４", "C2614"), ("Ａ０３１３", "A0313"),
    ("C\u3000２６１４", "C2614"), ("C٢٦١٤", ""),  # Arabic-Indic digits are no code
])
def test_full_width_codes_are_the_codes_they_show(written, expected):
    assert gbt4754.normalise_code(written) == expected


def test_a_full_width_industry_code_is_reviewed_as_its_code(example_rules):
    example = load_ruleset(str(example_rules)).ruleset
    findings = {f.rule_id: f.status for f in evaluate_unit(example, URBAN_KEY, project("Ｃ２６１４"),
                                                           relations(example))}
    assert "input:industry" not in findings
    assert findings["U-RC-01"] == "conflict" and findings["G-RP-01"] == "requirement"


def test_reviewsites_reads_a_full_width_sample_industry_code(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    # S02, a new C2614 plant about 600 m from the river, is non-compliant by G-SL-03.
    gpkg = edited_sample(sample_gpkg, tmp_path / "sample.gpkg",
                         "UPDATE sites SET industry = 'Ｃ２６１４' WHERE site_id = 'S02'")
    processing.run("zoningreview:reviewsites", params(gpkg, example_rules, tmp_path))
    summary = {row["site_id"]: row for row in rows(tmp_path / "summary.gpkg")}
    assert summary["S02"]["verdict"] == "non_compliant"
    found = {item["rule_id"]: item["status"] for row in rows(tmp_path / "findings.gpkg") if row["site_id"] == "S02"
             for item in json.loads(row["findings_json"])}
    assert found["G-SL-03"] == "conflict" and "input:industry" not in found
