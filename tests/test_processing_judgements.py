"""reviewsites with a JUDGEMENTS table, through the real qgis_process: judged clauses decide verdicts."""

import csv
import sys
from pathlib import Path

import pytest

from tests.sample_oracle import EXPECTED_VERDICTS
from tests.test_judgements import MANUAL
from tests.test_processing_review import CONSTRAINTS, rows

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from qgis_process_env import QgisProcess  # noqa: E402

pytestmark = pytest.mark.qgis_process
COLUMNS = ["site_id", "unit_code", "rule_id", "judgement", "remark", "reviewer"]


@pytest.fixture(scope="module")
def qgis_process():
    """A throwaway profile with the plugin enabled."""
    with QgisProcess() as runner:
        yield runner


def write_table(path: Path, table, columns=None) -> str:
    """A UTF-8 CSV judgements table (its columns those of the first row unless given)."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns or (list(table[0]) if table else COLUMNS))
        writer.writeheader()
        writer.writerows(table)
    return str(path)


def review(qgis_process, sample_gpkg, example_rules, out: Path, **extra):
    """reviewsites on the sample; (process, {site: summary row})."""
    out.mkdir(exist_ok=True)
    proc, _ = qgis_process.run("zoningreview:reviewsites", {
        "SITES": f"{sample_gpkg}|layername=sites", "UNITS": f"{sample_gpkg}|layername=control_units",
        "RULES": str(example_rules), "CONSTRAINTS": [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS],
        "FINDINGS": str(out / "findings.gpkg"), "SUMMARY": str(out / "summary.gpkg"), **extra})
    if proc.returncode != 0:
        return proc, {}
    return proc, {r["site_id"]: r for r in rows(out / "summary.gpkg")}


def read_digests(clauses: Path) -> dict:
    """The clause_sha256 of every row of a CLAUSES table written as CSV, by (site, unit, rule)."""
    with open(clauses, encoding="utf-8-sig", newline="") as handle:
        return {(r["site_id"], r["unit_code"], r["rule_id"]): r["clause_sha256"] for r in csv.DictReader(handle)}


def clause_digests(runner, sample_gpkg, example_rules, out: Path) -> dict:
    """The clause_sha256 of every clause of the sample's review (a plain qgis_process run's CLAUSES)."""
    proc, _ = review(runner, sample_gpkg, example_rules, out, CLAUSES=str(out / "clauses.csv"))
    assert proc.returncode == 0, proc.stderr
    return read_digests(out / "clauses.csv")


@pytest.fixture(scope="module")
def digests(qgis_process, sample_gpkg, example_rules, tmp_path_factory):
    """The clause_sha256 of every clause of the sample's review, by (site, unit, rule)."""
    return clause_digests(qgis_process, sample_gpkg, example_rules, tmp_path_factory.mktemp("clauses"))


def s05_table(digests, word_of=lambda unit, rule: "符合"):
    """A judgement of every manual clause of S05 (MANUAL, worked out by hand in test_judgements), each with the
    digest of the clause's text it judged."""
    return [{"site_id": "S05", "unit_code": unit, "rule_id": rule, "judgement": word_of(unit, rule),
             "remark": "", "reviewer": "王工", "clause_sha256": digests["S05", unit, rule]} for unit, rule in MANUAL]


def test_every_manual_clause_of_s05_judged_compliant_makes_s05_compliant(qgis_process, sample_gpkg, digests,
                                                                          example_rules, tmp_path):
    words = iter(["符合", "compliant", "Compliant", "符合", "COMPLIANT"] * 2)
    table = write_table(tmp_path / "judgements.csv", s05_table(digests, lambda unit, rule: next(words)))
    proc, summary = review(qgis_process, sample_gpkg, example_rules, tmp_path / "out", JUDGEMENTS=table)
    assert proc.returncode == 0, proc.stderr
    expected = {**EXPECTED_VERDICTS, "S05": "compliant"}
    assert {site: row["verdict"] for site, row in summary.items()} == expected
    assert "match no clause" not in proc.stdout + proc.stderr
    findings = [r for r in rows(tmp_path / "out" / "findings.gpkg") if r["site_id"] == "S05"]
    assert sorted(r["unit_code"] for r in findings) == ["ZH13063210001", "ZH13063210003"]
    assert all(r["verdict"] == "compliant" for r in findings)


def test_one_non_compliant_judgement_makes_s05_non_compliant_with_that_clause(qgis_process, sample_gpkg, digests,
                                                                              example_rules, tmp_path):
    def word(unit, rule):
        return "不符合" if (unit, rule) == ("ZH13063210003", "C-P-02") else "符合"

    table = s05_table(digests, word)
    table[5]["remark"] = "路基占用退耕还湿区"
    assert (table[5]["unit_code"], table[5]["rule_id"]) == ("ZH13063210003", "C-P-02")
    path = write_table(tmp_path / "judgements.csv", table)
    proc, summary = review(qgis_process, sample_gpkg, example_rules, tmp_path / "out", JUDGEMENTS=path)
    assert proc.returncode == 0, proc.stderr
    assert summary["S05"]["verdict"] == "non_compliant"
    assert summary["S05"]["reason"].startswith("C-P-02")
    assert "路基占用退耕还湿区" in summary["S05"]["reason"]
    assert {s: r["verdict"] for s, r in summary.items() if s != "S05"} == {
        s: v for s, v in EXPECTED_VERDICTS.items() if s != "S05"}


def test_an_unknown_word_or_a_missing_column_stops_the_run_naming_it(qgis_process, sample_gpkg, example_rules,
                                                                      digests, tmp_path):
    table = s05_table(digests)
    table[3]["judgement"] = "通过"
    proc, _ = review(qgis_process, sample_gpkg, example_rules, tmp_path / "a",
                     JUDGEMENTS=write_table(tmp_path / "bad.csv", table))
    assert proc.returncode == 1 and "'通过'" in proc.stderr and "4" in proc.stderr
    short = [{k: v for k, v in row.items() if k not in ("reviewer", "clause_sha256")} for row in s05_table(digests)]
    proc, _ = review(qgis_process, sample_gpkg, example_rules, tmp_path / "b",
                     JUDGEMENTS=write_table(tmp_path / "short.csv", short, COLUMNS[:-1]))
    assert proc.returncode == 1 and "reviewer" in proc.stderr


def test_an_override_without_a_reason_stops_the_run_and_one_with_a_reason_decides(qgis_process, sample_gpkg,
                                                                                   example_rules, digests, tmp_path):
    # S04 (a hotel on the red line) conflicts with G-SL-04 in its unit; a reviewer overrides it.
    s04_unit = next(r["unit_code"] for r in rows(_plain_run(qgis_process, sample_gpkg, example_rules, tmp_path))
                    if r["site_id"] == "S04")
    override = [{"site_id": "S04", "unit_code": s04_unit, "rule_id": "G-SL-04", "judgement": "不涉及",
                 "remark": "", "reviewer": "王工", "clause_sha256": digests["S04", s04_unit, "G-SL-04"]}]
    proc, _ = review(qgis_process, sample_gpkg, example_rules, tmp_path / "a",
                     JUDGEMENTS=write_table(tmp_path / "o.csv", override))
    assert proc.returncode == 1 and "G-SL-04" in proc.stderr
    override[0]["remark"] = "红线已依法调出"
    proc, summary = review(qgis_process, sample_gpkg, example_rules, tmp_path / "b",
                           JUDGEMENTS=write_table(tmp_path / "o2.csv", override))
    assert proc.returncode == 0, proc.stderr
    assert summary["S04"]["verdict"] != "non_compliant"


def _plain_run(qgis_process, sample_gpkg, example_rules, tmp_path) -> Path:
    proc, _ = review(qgis_process, sample_gpkg, example_rules, tmp_path / "plain")
    assert proc.returncode == 0, proc.stderr
    return tmp_path / "plain" / "findings.gpkg"


def test_a_judgement_matching_no_clause_is_reported(qgis_process, sample_gpkg, example_rules, digests, tmp_path):
    table = s05_table(digests) + [{"site_id": "S05", "unit_code": "ZH13063210001", "rule_id": "NO-SUCH",
                                   "judgement": "符合", "remark": "", "reviewer": "", "clause_sha256": ""}]
    proc, summary = review(qgis_process, sample_gpkg, example_rules, tmp_path / "out",
                           JUDGEMENTS=write_table(tmp_path / "j.csv", table))
    assert proc.returncode == 0, proc.stderr
    assert "S05 / ZH13063210001 / NO-SUCH" in proc.stdout + proc.stderr
    assert summary["S05"]["verdict"] == "compliant"


def test_clauses_written_filled_in_and_fed_back_give_the_same_verdicts(qgis_process, sample_gpkg, example_rules,
                                                                       tmp_path):
    clauses = tmp_path / "clauses.csv"
    proc, summary = review(qgis_process, sample_gpkg, example_rules, tmp_path / "first", CLAUSES=str(clauses))
    assert proc.returncode == 0, proc.stderr
    assert summary["S05"]["verdict"] == "needs_study"
    with open(clauses, encoding="utf-8-sig", newline="") as handle:
        written = list(csv.DictReader(handle))
    columns = list(written[0])
    manual = {(r["unit_code"], r["rule_id"]) for r in written
              if r["site_id"] == "S05" and r["status"] in ("manual_check", "needs_info")}
    assert manual == set(MANUAL)
    for row in written:  # the reviewer fills in S05's manual clauses
        if row["site_id"] == "S05" and (row["unit_code"], row["rule_id"]) in manual:
            row["judgement"], row["reviewer"] = "符合", "王工"
    edited = write_table(tmp_path / "edited.csv", written, columns)
    proc, summary = review(qgis_process, sample_gpkg, example_rules, tmp_path / "second", JUDGEMENTS=edited)
    assert proc.returncode == 0, proc.stderr
    assert {s: r["verdict"] for s, r in summary.items()} == {**EXPECTED_VERDICTS, "S05": "compliant"}
    risk = ("S05", "ZH13063210001", "ZH13063210001:risk_prevention")
    for row in written:
        if (row["site_id"], row["unit_code"], row["rule_id"]) == risk:
            row["judgement"], row["remark"] = "不符合", "未编制应急预案"
    edited = write_table(tmp_path / "edited2.csv", written, columns)
    proc, summary = review(qgis_process, sample_gpkg, example_rules, tmp_path / "third", JUDGEMENTS=edited)
    assert proc.returncode == 0, proc.stderr
    assert summary["S05"]["verdict"] == "non_compliant"
    assert summary["S05"]["reason"].startswith("ZH13063210001 环境风险防控：审查人判定：不符合")
    text = example_rules.read_text(encoding="utf-8")  # C-P-02 reads otherwise in a later version of the list
    later = tmp_path / "later.yaml"
    later.write_text(text.replace("逐步恢复白洋淀生态功能。", "禁止一切开发建设活动。"), encoding="utf-8")
    assert later.read_text(encoding="utf-8") != text
    proc, summary = review(qgis_process, sample_gpkg, later, tmp_path / "fourth",
                           JUDGEMENTS=str(tmp_path / "edited.csv"))  # every manual clause judged 符合
    assert proc.returncode == 0, proc.stderr
    assert summary["S05"]["verdict"] == "needs_study", "C-P-02 judged on its old text no longer decides"
    said = proc.stdout + proc.stderr
    assert "were made on another text of their clause" in said and "C-P-02" in said
    assert summary["S05"]["n_manual"] == 2  # C-P-02 in both of S05's units, left to a person again


def test_a_table_without_the_clauses_digests_applies_no_compliant_judgement(qgis_process, sample_gpkg, example_rules,
                                                                              digests, tmp_path):
    """Judgements written by hand with the six columns alone: the 符合 of S05's manual clauses cannot be checked
    against their text, so none is applied and every one is named; a 不符合 among them still decides."""
    def word(unit, rule):
        return "不符合" if (unit, rule) == ("ZH13063210003", "C-P-02") else "符合"

    bare = [{k: v for k, v in row.items() if k != "clause_sha256"} for row in s05_table(digests)]
    proc, summary = review(qgis_process, sample_gpkg, example_rules, tmp_path / "a",
                           JUDGEMENTS=write_table(tmp_path / "bare.csv", bare))
    assert proc.returncode == 0, proc.stderr
    assert {site: row["verdict"] for site, row in summary.items()} == EXPECTED_VERDICTS  # S05 needs study
    said = proc.stdout + proc.stderr
    assert "10 judgements have no clause_sha256" in said and "must be confirmed again" in said
    assert "S05 / ZH13063210001 / C-P-02" in said and "match no clause" not in said
    stricter = [{k: v for k, v in row.items() if k != "clause_sha256"} for row in s05_table(digests, word)]
    stricter[5]["remark"] = "路基占用退耕还湿区"
    proc, summary = review(qgis_process, sample_gpkg, example_rules, tmp_path / "b",
                           JUDGEMENTS=write_table(tmp_path / "stricter.csv", stricter))
    assert proc.returncode == 0, proc.stderr
    assert summary["S05"]["verdict"] == "non_compliant" and summary["S05"]["reason"].startswith("C-P-02")
    assert "9 judgements have no clause_sha256" in proc.stdout + proc.stderr


def test_a_table_saved_in_gbk_as_chinese_excel_saves_csv_is_read_in_gbk(qgis_process, sample_gpkg, example_rules,
                                                                         digests, tmp_path):
    """Excel on Chinese Windows saves 'CSV (逗号分隔)' in GBK, which OGR reads as UTF-8 (不符合 became '���')."""
    table = s05_table(digests, lambda unit, rule: "不符合" if (unit, rule) == ("ZH13063210003", "C-P-02") else "符合")
    table[5]["remark"] = "路基占用退耕还湿区"
    path = tmp_path / "判定 表.csv"
    write_table(path, table)
    path.write_bytes(path.read_text(encoding="utf-8").encode("gbk"))
    proc, summary = review(qgis_process, sample_gpkg, example_rules, tmp_path / "out", JUDGEMENTS=str(path))
    assert proc.returncode == 0, proc.stderr
    assert summary["S05"]["verdict"] == "non_compliant"
    assert summary["S05"]["reason"].startswith("C-P-02") and "路基占用退耕还湿区" in summary["S05"]["reason"]


def test_a_remark_that_cannot_be_decoded_stops_the_run_instead_of_being_kept_garbled(
        qgis_process, sample_gpkg, example_rules, digests, tmp_path):
    table = s05_table(digests, lambda unit, rule: "compliant")
    table[2]["remark"] = "checked on site"
    path = tmp_path / "judgements.csv"
    write_table(path, table)
    path.write_bytes(path.read_bytes().replace(b"checked on site", b"checked \xff on site"))  # no encoding reads it
    proc, summary = review(qgis_process, sample_gpkg, example_rules, tmp_path / "out", JUDGEMENTS=str(path))
    assert proc.returncode == 1 and not summary
    assert "Judgements, row 3: text that could not be read in the table's encoding" in proc.stderr


def test_a_gbk_table_in_the_project_given_as_a_source_definition_is_read_in_gbk(zr_processing, sample_gpkg,
                                                                                example_rules, digests, tmp_path):
    """Given as a feature source's definition (as the toolbox gives a layer of the project), without a selection:
    "Selected features only" is refused (test_processing_judgements_cut)."""
    import processing
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer

    from tests.test_processing_review import params

    table = s05_table(digests, lambda unit, rule: "不符合" if (unit, rule) == ("ZH13063210003", "C-P-02") else "符合")
    table[5]["remark"] = "路基占用退耕还湿区"
    path = tmp_path / "judgements.csv"
    write_table(path, table)
    path.write_bytes(path.read_text(encoding="utf-8").encode("gbk"))
    layer = QgsVectorLayer(str(path), "judgements", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        processing.run("zoningreview:reviewsites", params(
            sample_gpkg, example_rules, tmp_path, SITE_ID_FIELD="site_id",
            JUDGEMENTS=QgsProcessingFeatureSourceDefinition(layer.id(), False)))
        assert layer.dataProvider().encoding() == "UTF-8"  # the user's layer is left as it was
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    s05 = next(row for row in rows(tmp_path / "summary.gpkg") if row["site_id"] == "S05")
    assert s05["verdict"] == "non_compliant"
    assert s05["reason"].startswith("C-P-02") and "路基占用退耕还湿区" in s05["reason"]
