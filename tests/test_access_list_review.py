"""An imported list reviewed: a unit the list names no rule for (its code written otherwise in the list, or missing
from it) is never concluded compliant by a rule set that names its rules' units by code."""

import csv

from osgeo import ogr

from tests.test_processing_review import params, rows


def _import(tmp_path, sample_gpkg, written):
    """A list of every sample unit with one clause, the codes as ``written`` gives them; its rule-set file."""
    import processing

    data = ogr.Open(str(sample_gpkg))
    table = [["环境管控单元编码", "环境管控单元名称", "空间布局约束"]]
    table += [[written(f["HJGKDYBM"]), f["HJGKDYMC"], "1.禁止新建化工项目。"]
              for f in data.GetLayerByName("control_units")]
    path = tmp_path / "准入清单.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(table)
    processing.run("zoningreview:importaccesslist", {"INPUT": str(path), "OUTPUT": str(tmp_path / "list.yaml")})
    return tmp_path / "list.yaml"


def test_a_unit_the_imported_list_names_no_rule_for_needs_information(zr_processing, sample_gpkg, tmp_path):
    import processing

    # S08 lies in ZH13062930001 alone, a unit with no requirement text of its own; the list writes its name before
    # its code, which the importer keeps as written, so no rule names the unit.
    named = "容城县一般管控单元1（ZH13062930001）"
    rules = _import(tmp_path, sample_gpkg, lambda code: named if code == "ZH13062930001" else code)
    processing.run("zoningreview:reviewsites", params(sample_gpkg, rules, tmp_path, CONSTRAINTS=[]))
    summary = {row["site_id"]: row["verdict"] for row in rows(tmp_path / "summary.gpkg")}
    findings = [row for row in rows(tmp_path / "findings.gpkg") if row["site_id"] == "S08"]
    assert summary["S08"] == "needs_study"
    assert [(row["unit_code"], row["verdict"], row["n_needs_info"]) for row in findings] == [
        ("ZH13062930001", "needs_study", 1)]


def test_a_unit_the_list_names_is_reviewed_by_its_rules_alone(zr_processing, sample_gpkg, tmp_path):
    import processing

    rules = _import(tmp_path, sample_gpkg, lambda code: code)
    processing.run("zoningreview:reviewsites", params(sample_gpkg, rules, tmp_path, CONSTRAINTS=[]))
    findings = [row for row in rows(tmp_path / "findings.gpkg") if row["site_id"] == "S08"]
    assert [(row["unit_code"], row["n_needs_info"], row["n_manual"]) for row in findings] == [
        ("ZH13062930001", 0, 1)]
