"""#15 through Processing: site values the review does not understand are never compliant, the
negative list's 禁止类 is a class rules can prohibit, NaN never reaches findings_json, and the
siting screen refuses a number that is not finite."""

import json
import shutil

import pytest
from osgeo import ogr

from tests.test_processing_review import params, rows

CHANGES = {  # site: (catalogue, boiler capacity as text) — the sample's own values where None
    "S01": ("禁止准入类", None),   # compliant in the sample; the example prohibits 禁止类 (G-SL-01)
    "S03": ("第三类", None),       # compliant in the sample; an unknown class
    "S08": (None, "inf"),          # compliant in the sample; not a number
    "S05": (None, "35 蒸吨/小时"),  # a declared unit after the number: read as 35
}


def strict(text: str):
    """json.loads refusing NaN and infinities."""
    def refuse(constant):
        raise ValueError(constant)
    return json.loads(text, parse_constant=refuse)


@pytest.fixture(scope="module")
def changed_run(zr_processing, sample_gpkg, example_rules, tmp_path_factory):
    """reviewsites on a copy of the sample whose sites carry the CHANGES (boiler capacity from text)."""
    import processing

    out = tmp_path_factory.mktemp("inputs")
    gpkg = out / "sample.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    data = ogr.Open(str(gpkg), 1)
    data.ExecuteSQL("ALTER TABLE sites ADD COLUMN glrl TEXT")
    data.ExecuteSQL("UPDATE sites SET glrl = CAST(boiler_tph AS TEXT)")
    for site, (catalogue, boiler) in CHANGES.items():
        if catalogue is not None:
            data.ExecuteSQL(f"UPDATE sites SET catalogue = '{catalogue}' WHERE site_id = '{site}'")
        if boiler is not None:
            data.ExecuteSQL(f"UPDATE sites SET glrl = '{boiler}' WHERE site_id = '{site}'")
    data = None
    processing.run("zoningreview:reviewsites", params(gpkg, example_rules, out, ATTRIBUTE_MAP="boiler_tph=glrl"))
    return rows(out / "summary.gpkg"), rows(out / "findings.gpkg")


def test_site_values_not_understood_are_never_compliant(changed_run):
    summary, _findings = changed_run
    verdicts = {row["site_id"]: row["verdict"] for row in summary}
    reasons = {row["site_id"]: row["reason"] for row in summary}
    assert verdicts["S01"] == "non_compliant" and "G-SL-01" in reasons["S01"]
    assert verdicts["S03"] == "needs_study" and "catalogue class 第三类 is not recognised" in reasons["S03"]
    assert verdicts["S08"] == "needs_study"
    assert "Coal-fired boiler capacity (t/h) value inf is not a number" in reasons["S08"]
    assert "boiler_tph value" not in " ".join(reasons.values())  # the label, never the key


def test_findings_json_is_strict_json_and_a_declared_unit_is_read(changed_run):
    _summary, findings = changed_run
    parsed = {(row["site_id"], row["unit_code"]): strict(row["findings_json"]) for row in findings}
    s05 = [f for (site, _code), items in parsed.items() if site == "S05" for f in items if f["rule_id"] == "G-PE-01"]
    assert s05 and all("35 t/h" in f["reason_text"] for f in s05)
    s08 = [f for (site, _code), items in parsed.items() if site == "S08" for f in items]
    assert {f["status"] for f in s08 if f["rule_id"] == "input:boiler_tph"} == {"needs_info"}


@pytest.mark.parametrize("value", ["nan", "inf", "1e999"])
def test_siting_screen_refuses_a_number_that_is_not_finite(zr_processing, sample_gpkg, example_rules, value):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=f"boiler_tph={value} is not a number"):
        processing.run("zoningreview:sitingscreen", {
            "UNITS": f"{sample_gpkg}|layername=control_units", "RULES": str(example_rules), "INDUSTRY": "C2614",
            "CONSTRUCTION": 0, "CATALOGUE": 0, "ATTRIBUTES": f"boiler_tph={value}",
            "OUTPUT": "TEMPORARY_OUTPUT", "ZONES": "TEMPORARY_OUTPUT"})


def test_an_industry_from_an_integer_field_needs_study_naming_the_field(zr_processing, sample_gpkg, example_rules,
                                                                         tmp_path):
    """0313 (pig farming, A0313) in an Integer field arrives as 313, which would read as C313 (steel rolling)."""
    import processing

    gpkg = tmp_path / "sample.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    data = ogr.Open(str(gpkg), 1)
    data.ExecuteSQL("ALTER TABLE sites ADD COLUMN hydm INTEGER")
    data.ExecuteSQL("UPDATE sites SET hydm = 313 WHERE site_id = 'S01'")
    data = None
    processing.run("zoningreview:reviewsites", params(
        gpkg, example_rules, tmp_path, INDUSTRY_FIELD="hydm", REPORT_FORMAT=1, REPORT_FOLDER=str(tmp_path / "notes"),
        SITES=f"{gpkg}|layername=sites|subset=\"site_id\" = 'S01'"))
    (row,) = rows(tmp_path / "summary.gpkg")
    assert row["verdict"] == "needs_study"
    assert ("industry 313 in field hydm is a number, which loses leading zeros (0313 becomes 313, another industry): "
            "store industry codes as text, such as A0313") in row["reason"]
    notes = (tmp_path / "notes" / "S01.html").read_text(encoding="utf-8")
    assert "<th>Industry (GB/T 4754-2017)</th><td>313</td>" in notes, "the number as it is, never looked up"
    assert "C313" not in notes and "313 in field hydm" in notes
