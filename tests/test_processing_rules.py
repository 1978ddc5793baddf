"""zoningreview:validaterules and zoningreview:importaccesslist through processing.run."""

from pathlib import Path

import pytest
import yaml
from qgis.core import QgsProcessingException

from tests.kept_feedback import Feedback
from tests.test_access_list_import import write_xlsx

CONSTRAINTS = ("red_line", "water_source", "river_bank", "industrial_park")


def test_validaterules_accepts_the_example_with_the_sample_layers(zr_processing, example_rules, sample_gpkg):
    import processing

    feedback = Feedback()
    result = processing.run("zoningreview:validaterules", {
        "RULES": str(example_rules),
        "UNITS": f"{sample_gpkg}|layername=control_units",
        "CONSTRAINTS": [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS],
    }, feedback=feedback)
    assert result["VALID"] == 1 and result["ERRORS"] == 0
    assert not [line for line in feedback.problems if "does not have" in line]
    assert not [line for line in feedback.problems if "is not bound" in line]  # each layer by its table's name


def unbound(feedback: Feedback):
    """The rule-set layer names validaterules reported as not bound."""
    return sorted(n for line in feedback.problems for n in CONSTRAINTS if f"The layer {n} is not bound" in line)


def test_validaterules_binds_constraints_given_as_the_readme_gives_them_to_reviewsites(
        zr_processing, example_rules, sample_gpkg, tmp_path):
    import processing

    base = {"RULES": str(example_rules), "UNITS": f"{sample_gpkg}|layername=control_units"}
    given = Feedback()
    result = processing.run("zoningreview:validaterules", {
        **base, "CONSTRAINTS": [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS]}, feedback=given)
    assert unbound(given) == [] and result["WARNINGS"] == 0, given.problems
    one = Feedback()
    processing.run("zoningreview:validaterules", {
        **base, "CONSTRAINTS": [f"{sample_gpkg}|layername=river_bank"]}, feedback=one)
    assert unbound(one) == ["industrial_park", "red_line", "water_source"]
    renamed = tmp_path / "河流岸线.gpkg"  # a layer named otherwise, bound through CONSTRAINT_NAMES
    assert processing.run("native:savefeatures", {
        "INPUT": f"{sample_gpkg}|layername=river_bank", "OUTPUT": str(renamed), "LAYER_NAME": "河流岸线"})
    others = ("industrial_park", "red_line", "water_source")
    for names, expected in (("", CONSTRAINTS), ("river_bank=河流岸线", others)):
        mapped = Feedback()
        processing.run("zoningreview:validaterules", {
            **base, "CONSTRAINTS": [f"{renamed}|layername=河流岸线"], "CONSTRAINT_NAMES": names}, feedback=mapped)
        assert unbound(mapped) == sorted(expected)


def test_validaterules_warns_about_unit_codes_the_layer_lacks(zr_processing, example_rules, sample_gpkg, tmp_path):
    import processing

    data = yaml.safe_load(example_rules.read_text(encoding="utf-8"))
    unit_rule = next(r for r in data["rules"] if r["level"] == "unit")
    unit_rule["units"] = ["ZH99999910001"]
    path = tmp_path / "edited.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    feedback = Feedback()
    result = processing.run("zoningreview:validaterules", {
        "RULES": str(path), "UNITS": f"{sample_gpkg}|layername=control_units"}, feedback=feedback)
    assert result["VALID"] == 1 and result["WARNINGS"] >= 1
    assert any("ZH99999910001" in line and unit_rule["id"] in line for line in feedback.problems)


@pytest.mark.parametrize("with_units", [True, False])
def test_validaterules_warns_about_a_filter_on_a_field_the_layer_lacks(zr_processing, example_rules, sample_gpkg,
                                                                      tmp_path, with_units):
    import processing

    text = example_rules.read_text(encoding="utf-8")
    path = tmp_path / "typo.yaml"
    path.write_text(text.replace("\\\"grade\\\" = 'I'", "\\\"grade_level\\\" = 'I'"), encoding="utf-8")
    assert path.read_text(encoding="utf-8") != text
    units = {"UNITS": f"{sample_gpkg}|layername=control_units"} if with_units else {}
    feedback = Feedback()
    result = processing.run("zoningreview:validaterules", {
        "RULES": str(path), **units, "CONSTRAINTS": [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS],
    }, feedback=feedback)
    assert result["VALID"] == 1 and result["WARNINGS"] == 1
    [line] = feedback.problems
    assert line.startswith(f"{path}:") and "G-SL-05" in line and "grade_level" in line
    assert "(its fields: fid, name, grade)" in line and line in result["MESSAGES"]


def test_validaterules_fails_naming_file_line_and_path(zr_processing, tmp_path):
    import processing

    path = tmp_path / "规则.yaml"
    path.write_text("id: demo\ntitle: {zh: 示例}\nrules:\n  - id: R1\n    level: nowhere\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("zoningreview:validaterules", {"RULES": str(path)})
    message = str(raised.value)
    assert "规则.yaml:" in message and "error" in message


def test_importaccesslist_writes_a_valid_rule_set_from_xlsx(zr_processing, tmp_path):
    import processing

    from zoning_review.plugin.core.rules.loader import load_ruleset

    table = tmp_path / "清单.xlsx"
    write_xlsx(table)
    out = tmp_path / "imported.yaml"
    result = processing.run("zoningreview:importaccesslist", {
        "INPUT": str(table), "RULESET_ID": "imported-demo", "TITLE": "导入示例", "OUTPUT": str(out)})
    loaded = load_ruleset(str(out))
    assert loaded.ruleset is not None, loaded.text()
    assert loaded.ruleset.metadata.id == "imported-demo"
    assert result["RULES"] == len(loaded.ruleset.rules) > 0
    assert {r.effect for r in loaded.ruleset.rules} == {"text"}
    assert result["UNITS"] == len({c for r in loaded.ruleset.rules for c in r.units})


def test_importaccesslist_without_a_header_fails_clearly(zr_processing, tmp_path):
    import processing

    table = tmp_path / "plain.csv"
    table.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="No header row"):
        processing.run("zoningreview:importaccesslist", {"INPUT": str(table), "OUTPUT": str(tmp_path / "o.yaml")})


def test_validaterules_counts_a_single_rule_in_the_singular(zr_processing, example_rules, tmp_path):
    import processing

    document = yaml.safe_load(example_rules.read_text(encoding="utf-8"))
    document["rules"] = document["rules"][:1]
    path = tmp_path / "one rule.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    feedback = Feedback()
    result = processing.run("zoningreview:validaterules", {"RULES": str(path)}, feedback=feedback)
    assert result["VALID"] == 1
    assert feedback.said("info", "is valid") == [f"The rule set {path} is valid (1 rule)."]


def test_rereview_names_the_sites_that_change_verdict_in_good_english(zr_processing):
    from zoning_review.plugin.processing.rereview import changed_line

    assert changed_line([]) == "No site changes verdict."
    assert changed_line(["3 S05"]) == "1 site changes verdict: 3 S05"
    assert changed_line(["3 S05", "4 S06"]) == "2 sites change verdict: 3 S05, 4 S06"


@pytest.mark.parametrize("table, srs_id", [("water_source", 0), ("water_source", -1), ("control_units", 0)])
def test_validaterules_fails_on_a_layer_whose_crs_reviewsites_refuses(zr_processing, example_rules, sample_gpkg,
                                                                       tmp_path, table, srs_id):
    """A GeoPackage table saved without a CRS (srs_id 0 or -1, which QGIS calls valid): reviewsites stops on it,
    and validaterules passed the rule set with no message about it."""
    import shutil

    import processing

    from .overlay_helpers import forget_crs

    gpkg = tmp_path / "sample.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    forget_crs(gpkg, table, srs_id)
    layers = {"RULES": str(example_rules), "UNITS": f"{gpkg}|layername=control_units",
              "CONSTRAINTS": [f"{gpkg}|layername={n}" for n in CONSTRAINTS]}
    feedback = Feedback()
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("zoningreview:validaterules", layers, feedback=feedback)
    message = str(raised.value)
    assert f"({table}) has an undefined coordinate reference system" in message
    assert "The rule set" not in message  # the rule set itself has no error
    [line] = [line for line in feedback.problems if "coordinate reference system" in line]
    assert line in message and f"({table})" in line
    with pytest.raises(QgsProcessingException, match=f"\\({table}\\) has an undefined coordinate reference system"):
        processing.run("zoningreview:reviewsites", {
            **layers, "SITES": f"{sample_gpkg}|layername=sites", "FINDINGS": str(tmp_path / "findings.gpkg"),
            "SUMMARY": str(tmp_path / "summary.gpkg")})


def one_list(folder, rule_level: str, applies_to: str = "") -> str:
    """A list of one text rule at ``rule_level`` (a level that is not one gives the file its one error)."""
    from tests.test_layered_rules import write_list

    path = Path(write_list(folder, "one", "R-1", applies_to))
    path.write_text(path.read_text(encoding="utf-8").replace("level: general", f"level: {rule_level}"),
                    encoding="utf-8")
    return str(path)


def test_validaterules_counts_a_single_error_in_the_singular(zr_processing, tmp_path):
    import processing

    path = one_list(tmp_path, "nowhere")
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("zoningreview:validaterules", {"RULES": path})
    assert str(raised.value).startswith(f"The rule set {path} has 1 error:\n{path}:"), str(raised.value)


def test_validaterules_counts_a_single_uncovered_unit_in_the_singular(zr_processing, sample_gpkg, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    units = f"{sample_gpkg}|layername=control_units"
    code = next(QgsVectorLayer(units, "units", "ogr").getFeatures())["HJGKDYBM"]
    path = one_list(tmp_path, "general", f"  applies_to: {{expression: '\"HJGKDYBM\" <> ''{code}'''}}")
    feedback = Feedback()
    result = processing.run("zoningreview:validaterules", {"RULES": path, "UNITS": units}, feedback=feedback)
    assert result["UNCOVERED_CODES"] == code
    [warning] = [line for line in feedback.problems if code in line]
    assert warning.endswith(f": 1 unit no list covers, reviewed as 'needs information': {code}"), warning


def test_validaterules_says_how_many_uncovered_units_it_does_not_name(zr_processing, tmp_path):
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    codes = [f"ZH130629{n:05d}" for n in range(1, 54)]
    units = QgsVectorLayer("Polygon?crs=EPSG:4490&field=HJGKDYBM:string", "units", "memory")
    for i, code in enumerate(codes):
        feature = QgsFeature(units.fields())
        feature.setAttributes([code])
        x = 80 + i  # in China, where EPSG:4490 is used
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} 30,{x + 1} 30,{x + 1} 31,{x} 31,{x} 30))"))
        units.dataProvider().addFeature(feature)
    path = one_list(tmp_path, "general", "  applies_to: {admin_code: ZH110101}")
    feedback = Feedback()
    result = processing.run("zoningreview:validaterules", {"RULES": path, "UNITS": units}, feedback=feedback)
    assert result["UNCOVERED_CODES"] == ", ".join(codes)
    [warning] = [line for line in feedback.problems if codes[0] in line]
    assert warning.endswith(": 53 units no list covers, reviewed as 'needs information': "
                            + ", ".join(codes[:50]) + " … and 3 more"), warning
