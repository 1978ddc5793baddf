"""A unit field's yes/no value (是/否, Y/N) checked by a yes/no rule reads in the reason's language, as the rule's
word does: never the data's 否 beside the rule's "yes". A value that is no yes/no spelling stays needs information,
named as the data write it."""

import json

import pytest

from tests.test_processing_review import edited_sample, params, rows

# S02 (new C2614, 12 t/a VOCs) lies in the key unit ZH13063820001 only; the example's C-K-02 requires a 2:1 VOCs
# offset where the unit's ZLCB is 是 (rules/examples/xiongan_example.yaml, sample/README.md).
UNIT = "ZH13063820001"
# ZLCB as the unit layer holds it → (status, English reason, Chinese reason) of C-K-02, written by hand.
YES_EN = "VOCs emissions (t/a) is 12 t/a; rule: more than 0 t/a; unit attribute ZLCB is yes; rule: yes"
YES_ZH = "VOCs排放量（吨/年）为 12 吨/年；条款要求：高于 0 吨/年；单元属性 ZLCB 为是；条款要求：是；项目须落实该要求"
CASES = {
    "是": ("requirement", YES_EN, YES_ZH),
    "yes": ("requirement", YES_EN, YES_ZH),
    "否": ("not_applicable", "unit attribute ZLCB is no; rule: yes", "单元属性 ZLCB 为否；条款要求：是"),
    "N": ("not_applicable", "unit attribute ZLCB is no; rule: yes", "单元属性 ZLCB 为否；条款要求：是"),
    "超标": ("needs_info", "unit attribute ZLCB value 超标 is not yes or no",
           "单元属性 ZLCB 的取值“超标”不是“是”或“否”"),
}

@pytest.fixture(scope="module", params=list(CASES))
def reviewed(request, zr_processing, sample_gpkg, example_rules, tmp_path_factory):
    """(ZLCB written, C-K-02's CLAUSES row in Chinese, its finding in findings_json) of S02 reviewed with the unit's
    ZLCB set to the value."""
    import processing

    written = request.param
    out = tmp_path_factory.mktemp("zlcb")
    gpkg = edited_sample(sample_gpkg, out / "sample.gpkg",
                         f"UPDATE control_units SET ZLCB = '{written}' WHERE HJGKDYBM = '{UNIT}'")
    processing.run("zoningreview:reviewsites", params(
        gpkg, example_rules, out, sites=f"{gpkg}|layername=sites|subset=\"site_id\" = 'S02'", LANGUAGE=0,
        CLAUSES=str(out / "clauses.gpkg")))
    clause = next(r for r in rows(out / "clauses.gpkg") if r["rule_id"] == "C-K-02")
    finding, = [f for row in rows(out / "findings.gpkg") for f in json.loads(row["findings_json"])
                if f["rule_id"] == "C-K-02"]
    return written, clause, finding


def test_the_units_yes_or_no_reads_in_the_reasons_language(reviewed):
    written, clause, finding = reviewed
    status, english, chinese = CASES[written]
    assert (clause["status"], finding["status"]) == (status, status)
    assert finding["reason_text"].startswith(english)
    assert clause["reason"].startswith(chinese)


def test_the_stored_reason_keeps_the_datas_own_word(reviewed):
    """findings_json's values stay as the unit layer holds them; only the words people read change."""
    written, _clause, finding = reviewed
    stored = [r["values"] for r in finding["reasons"] if "field" in r["values"]]
    assert [v["value"] for v in stored] == [written]
