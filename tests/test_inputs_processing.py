"""#15 through Processing: site values the review does not understand are never compliant, the
negative list's 禁止类 is a class rules can prohibit, NaN never reaches findings_json, and the
siting screen refuses a number that is not finite; a site field named but missing stops the run, and
a catalogue class no site field holds is not given, never "not listed". A name=value; … parameter is read
whole or refused: the full-width ＝ and ； of a Chinese keyboard mean = and ;, an entry that is not
name=value or a name given twice stops the run naming it."""

import json
import shutil

import pytest
from osgeo import ogr

from tests.test_processing_review import edited_sample, params, rows

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
def changed_run(zr_processing, changed_gpkg, example_rules, tmp_path_factory):
    """reviewsites on the changed copy, boiler capacity mapped from glrl."""
    import processing

    out = tmp_path_factory.mktemp("inputs")
    processing.run("zoningreview:reviewsites", params(
        changed_gpkg, example_rules, out, ATTRIBUTE_MAP="boiler_tph=glrl"))
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

    gpkg = edited_sample(sample_gpkg, tmp_path / "sample.gpkg", "ALTER TABLE sites ADD COLUMN hydm INTEGER",
                         "UPDATE sites SET hydm = 313 WHERE site_id = 'S01'")
    processing.run("zoningreview:reviewsites", params(
        gpkg, example_rules, tmp_path, INDUSTRY_FIELD="hydm", REPORT_FORMAT=1, REPORT_FOLDER=str(tmp_path / "notes"),
        SITES=f"{gpkg}|layername=sites|subset=\"site_id\" = 'S01'"))
    (row,) = rows(tmp_path / "summary.gpkg")
    assert row["verdict"] == "needs_study"
    assert ("industry 313 in field hydm is a number, which loses leading zeros (0313 becomes 313, another industry): "
            "store industry codes as text, such as A0313") in row["reason"]
    notes = (tmp_path / "notes" / "S01.html").read_text(encoding="utf-8")
    assert "<th>Industry (GB/T 4754-2017)</th><td>313 (not understood: needs information)</td>" in notes, \
        "the number as it is, never looked up, marked as not understood"
    assert "C313" not in notes and "313 in field hydm" in notes


def sample_copy(sample_gpkg, folder, **renamed):
    """A copy of the sample whose sites' columns are renamed (old name=new name; no other change)."""
    gpkg = folder / "sample.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    data = ogr.Open(str(gpkg), 1)
    layer = data.GetLayerByName("sites")
    for old, new in renamed.items():
        definition = ogr.FieldDefn(new, ogr.OFTString)
        assert layer.AlterFieldDefn(layer.FindFieldIndex(old, True), definition, ogr.ALTER_NAME_FLAG) == 0
    data = None
    return gpkg


@pytest.mark.parametrize("parameter,value", [
    ("SITE_ID_FIELD", "no_such_field"), ("SITE_NAME_FIELD", "no_such_field"), ("INDUSTRY_FIELD", "no_such_field"),
    ("CONSTRUCTION_FIELD", "no_such_field"), ("CATALOGUE_FIELD", "no_such_field"),
    ("ATTRIBUTE_MAP", "boiler_tph=no_such_field")])
def test_a_site_field_the_sites_lack_stops_the_run_naming_it_and_their_fields(
        zr_processing, sample_gpkg, example_rules, tmp_path, parameter, value):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as raised:
        processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, **{parameter: value}))
    message = str(raised.value)
    assert f"({parameter}): the sites have no field no_such_field" in message
    assert "site_id, name, industry, construction, catalogue, boiler_tph" in message
    assert not (tmp_path / "summary.gpkg").exists()


def test_without_a_catalogue_field_no_site_is_taken_as_not_listed(zr_processing, sample_gpkg, example_rules,
                                                                   tmp_path):
    import processing

    from tests.kept_feedback import Feedback
    from tests.sample_oracle import DECIDING_RULES, EXPECTED_VERDICTS

    gpkg = sample_copy(sample_gpkg, tmp_path, catalogue="klasse")  # a name no detection knows
    feedback = Feedback()
    processing.run("zoningreview:reviewsites", params(gpkg, example_rules, tmp_path, USE_UNIT_PROSE=False),
                   feedback=feedback)
    summary = {row["site_id"]: row for row in rows(tmp_path / "summary.gpkg")}
    # G-SL-01 (eliminated or prohibited class) applies in every unit: unknown everywhere, so no site complies;
    # S09 (淘汰类) is not compliant either, and the other sites' own conflicts still decide them.
    assert summary["S09"]["verdict"] == "needs_study"
    assert "G-SL-01: catalogue class is not given: no site field holds it" in summary["S09"]["reason"]
    for site in EXPECTED_VERDICTS:
        expected = "non_compliant" if site in DECIDING_RULES and site != "S09" else "needs_study"
        assert summary[site]["verdict"] == expected, (site, summary[site]["reason"])
    warned = [line for line in feedback.problems if line.startswith("No site field holds the catalogue class")]
    assert len(warned) == 1 and "catalogue, cylb" in warned[0] and "not as not listed" in warned[0]


def test_a_catalogue_column_named_as_the_guide_names_it_is_read(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    gpkg = sample_copy(sample_gpkg, tmp_path, catalogue="目录类别")  # the Chinese guide's name of the class
    processing.run("zoningreview:reviewsites", params(gpkg, example_rules, tmp_path, USE_UNIT_PROSE=False))
    summary = {row["site_id"]: row for row in rows(tmp_path / "summary.gpkg")}
    assert summary["S09"]["verdict"] == "non_compliant" and "G-SL-01" in summary["S09"]["reason"]


def test_an_industry_or_construction_field_nobody_found_is_warned_about_once(zr_processing, sample_gpkg,
                                                                            example_rules, tmp_path):
    import processing

    from tests.kept_feedback import Feedback

    gpkg = sample_copy(sample_gpkg, tmp_path, industry="code_x", construction="kind_x")
    feedback = Feedback()
    processing.run("zoningreview:reviewsites", params(gpkg, example_rules, tmp_path), feedback=feedback)
    for value, names in (("industry code", "industry, industry_code, hydm"),
                         ("construction nature", "construction, jsxz")):
        warned = [line for line in feedback.problems if line.startswith(f"No site field holds the {value}")]
        assert len(warned) == 1 and names in warned[0], feedback.problems
    assert all(row["verdict"] != "compliant" for row in rows(tmp_path / "summary.gpkg"))


@pytest.fixture(scope="module")
def changed_gpkg(qgis_app, sample_gpkg, tmp_path_factory):
    """A copy of the sample whose sites carry the CHANGES (boiler capacity as text in a field glrl)."""
    statements = ["ALTER TABLE sites ADD COLUMN glrl TEXT", "UPDATE sites SET glrl = CAST(boiler_tph AS TEXT)"]
    for site, (catalogue, boiler) in CHANGES.items():
        if catalogue is not None:
            statements.append(f"UPDATE sites SET catalogue = '{catalogue}' WHERE site_id = '{site}'")
        if boiler is not None:
            statements.append(f"UPDATE sites SET glrl = '{boiler}' WHERE site_id = '{site}'")
    return edited_sample(sample_gpkg, tmp_path_factory.mktemp("inputs_sample") / "sample.gpkg", *statements)


def siting(sample_gpkg, example_rules, **extra) -> dict:
    """sitingscreen parameters for the sample (C3911, new construction), written to temporary layers."""
    return {"UNITS": f"{sample_gpkg}|layername=control_units", "RULES": str(example_rules), "INDUSTRY": "C3911",
            "CONSTRUCTION": 0, "CATALOGUE": 0, "LANGUAGE": 1, "OUTPUT": "TEMPORARY_OUTPUT",
            "ZONES": "TEMPORARY_OUTPUT", **extra}


def test_a_chinese_keyboards_equals_and_semicolon_mean_what_they_say(zr_processing, sample_gpkg, example_rules):
    import processing

    # G-PE-01 prohibits every new coal-fired boiler above 0 and below 35 t/h, in every unit: a 20 t/h boiler
    # makes each of the 38 sample units non-compliant by it, however = and ; are typed.
    result = processing.run("zoningreview:sitingscreen", siting(
        sample_gpkg, example_rules, ATTRIBUTES="capacity_increase＝yes；boiler_tph＝20"))
    units = list(result["OUTPUT"].getFeatures())
    assert len(units) == 38
    assert all(u["verdict"] == "non_compliant" and "G-PE-01" in u["rule_ids"].split(", ") for u in units)


NOT_NAME_VALUE = [  # (parameter, text, the entry named)
    ("ATTRIBUTES", "boiler_tph 20", "boiler_tph 20"),
    ("ATTRIBUTES", "boiler_tph: 20", "boiler_tph: 20"),
    ("ATTRIBUTES", "capacity_increase=yes; boiler_tph：20", "boiler_tph：20"),
    ("ATTRIBUTES", "=20", "=20"),
    ("ATTRIBUTES", "boiler_tph=", "boiler_tph="),
    ("CONSTRAINT_NAMES", "river_bank 河流岸线", "river_bank 河流岸线"),
]


@pytest.mark.parametrize("parameter, text, entry", NOT_NAME_VALUE)
def test_siting_screen_refuses_an_entry_that_is_not_name_value(zr_processing, sample_gpkg, example_rules,
                                                              parameter, text, entry):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as raised:
        processing.run("zoningreview:sitingscreen", siting(sample_gpkg, example_rules, **{parameter: text}))
    assert f"“{entry}” is not name=value" in str(raised.value)
    assert "name=value; name=value" in str(raised.value)


def test_siting_screen_refuses_a_name_given_twice(zr_processing, sample_gpkg, example_rules):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="boiler_tph is given twice"):
        processing.run("zoningreview:sitingscreen", siting(
            sample_gpkg, example_rules, ATTRIBUTES="boiler_tph=20; boiler_tph=40"))


@pytest.mark.parametrize("text, message", [
    ("boiler_tph glrl", "“boiler_tph glrl” is not name=value"),
    ("boiler_tph: glrl", "“boiler_tph: glrl” is not name=value"),
    ("boiler_tph=glrl; boiler_tph=boiler_tph", "boiler_tph is given twice"),
])
def test_reviewsites_refuses_an_attribute_map_it_cannot_read(zr_processing, sample_gpkg, example_rules, tmp_path,
                                                            text, message):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=message):
        processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, ATTRIBUTE_MAP=text))
    assert not (tmp_path / "summary.gpkg").exists()


def test_reviewsites_reads_a_full_width_attribute_map_as_the_same_map(zr_processing, changed_gpkg, changed_run,
                                                                     example_rules, tmp_path):
    import processing

    processing.run("zoningreview:reviewsites", params(changed_gpkg, example_rules, tmp_path,
                                                      ATTRIBUTE_MAP="boiler_tph＝glrl"))
    summary, _findings = changed_run
    assert [(r["site_id"], r["verdict"], r["reason"]) for r in rows(tmp_path / "summary.gpkg")] == [
        (r["site_id"], r["verdict"], r["reason"]) for r in summary]


@pytest.mark.parametrize("given, said", [
    ("capacity_increase=maybe", "capacity_increase=maybe is not yes or no. Write yes or no (是 or 否)."),
    ("boiler_tph=twenty", "boiler_tph=twenty is not a number. Write a number, such as 20"),
])
def test_siting_screen_names_what_an_unreadable_attribute_should_be_in_words(zr_processing, sample_gpkg,
                                                                             example_rules, given, said):
    """The declared type's id (boolean, number) is no word of the message: in Chinese it stood untranslated."""
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as raised:
        processing.run("zoningreview:sitingscreen", {
            "UNITS": f"{sample_gpkg}|layername=control_units", "RULES": str(example_rules), "INDUSTRY": "C2614",
            "CONSTRUCTION": 0, "CATALOGUE": 0, "ATTRIBUTES": given,
            "OUTPUT": "TEMPORARY_OUTPUT", "ZONES": "TEMPORARY_OUTPUT"})
    assert said in str(raised.value) and "boolean" not in str(raised.value)
