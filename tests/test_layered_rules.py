"""Layered access lists: the sample's list split into a province, a county and a unit list gives today's
verdicts and reasons; scopes (all, administrative code, expression); units no list covers; clashing ids."""

import json
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from tests.sample_oracle import DECIDING_RULES, EXPECTED_VERDICTS
from tests.test_processing_review import CONSTRAINTS, params, rows
from zoning_review.plugin.core.inputs.resolve import (
    overlay_engine,
    require_rules,
    unit_binding,
)
from zoning_review.plugin.core.inputs.rule_lists import load_lists
from zoning_review.plugin.core.inputs.site_attributes import detect_site_fields, project_from_attributes
from zoning_review.plugin.core.model.binding import RuleSetRef, UnitBinding
from zoning_review.plugin.core.model.verdicts import Status
from zoning_review.plugin.core.review.evaluation import evaluate_unit
from zoning_review.plugin.core.review.site_review import evaluate_overlay, render_reason
from zoning_review.plugin.core.rules.layered import LayeredRuleSet, parse_scope
from zoning_review.plugin.core.rules.ruleset import UnitContext

ROOT = Path(__file__).resolve().parents[1]
LAYERED = [ROOT / "rules" / "examples" / "layered" / f"xiongan_{name}.yaml" for name in ("province", "county", "units")]
LIST_IDS = ["hebei-general-example", "xiongan-category-example", "xiongan-units-example"]


def core_review(paths, gpkg):
    """Every sample site reviewed through the core API: {site id: SiteReview}."""
    units = QgsVectorLayer(f"{gpkg}|layername=control_units", "control_units", "ogr")
    constraints = {name: QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr") for name in CONSTRAINTS}
    sites = QgsVectorLayer(f"{gpkg}|layername=sites", "sites", "ogr")
    binding = unit_binding(units)
    ruleset = require_rules([str(p) for p in paths], binding).ruleset
    engine = overlay_engine(units, binding, ruleset, constraints, QgsProject.instance().transformContext(), None)
    mapping = detect_site_fields(sites.fields().names(), {n: d.type for n, d in ruleset.attributes.items()})
    out = {}
    for feature in sites.getFeatures():
        values = dict(zip(sites.fields().names(), feature.attributes()))
        site_id = str(values["site_id"])
        overlay = engine.overlay(feature.geometry(), sites.crs(), ruleset.spatial_queries())
        out[site_id] = evaluate_overlay(site_id, overlay, project_from_attributes(site_id, values, mapping),
                                        ruleset, binding.prose_fields)
    return ruleset, out


def comparable(review):
    """What a reader sees of a review, the sources of the findings left out."""
    units = [(u.overlap.code, str(u.verdict), [(f.rule_id, str(f.status), f.decisive,
                                                [render_reason(r, "zh") for r in f.reasons]) for f in u.findings])
             for u in review.units]
    return str(review.verdict), [render_reason(r, "zh") for r in review.reasons], units


@pytest.fixture(scope="module")
def core_runs(qgis_app, sample_gpkg, example_rules):
    return core_review([example_rules], sample_gpkg), core_review(LAYERED, sample_gpkg)


def test_the_split_lists_load_as_three_layers_with_their_scopes():
    result = load_lists([(str(p), None) for p in LAYERED])
    assert result.ruleset is not None, result.text("en")
    layered = result.ruleset
    assert isinstance(layered, LayeredRuleSet)
    assert [part.source.list_id for part in layered.parts] == LIST_IDS
    assert [(part.scope.kind, part.scope.text()) for part in layered.parts] == [
        ("admin_code", "ZH130000"),
        ("expression", "left(\"HJGKDYBM\", 8) IN ('ZH130629', 'ZH130632', 'ZH130638')"),
        ("all", "all")]
    assert layered.parts[0].scope.prefix == "ZH13"
    assert layered.clashes == {}
    assert "HJGKDYBM" in layered.unit_fields()


def test_core_api_layered_review_matches_the_single_file_for_all_ten_sites(core_runs):
    (_single_rules, single), (layered_rules, layered) = core_runs
    assert isinstance(layered_rules, LayeredRuleSet)
    assert sorted(layered) == sorted(single) == sorted(EXPECTED_VERDICTS)
    for site in EXPECTED_VERDICTS:
        assert comparable(layered[site]) == comparable(single[site]), site
        assert str(layered[site].verdict) == EXPECTED_VERDICTS[site], site
    for site, rule in DECIDING_RULES.items():
        assert any(rule in render_reason(r, "en") for r in layered[site].reasons), site


def test_every_layered_finding_names_the_list_of_its_clause(core_runs):
    (_single_rules, _single), (_rules, layered) = core_runs
    expected_list = {"G": LIST_IDS[0], "C": LIST_IDS[1], "U": LIST_IDS[2]}
    seen = set()
    for review in layered.values():
        for finding in review.all_findings():
            if finding.rule_id.split("-")[0] in expected_list:
                assert finding.source.list_id == expected_list[finding.rule_id.split("-")[0]], finding.rule_id
                assert len(finding.source.sha256) == 64 and finding.source.version == "2024.1-example"
                seen.add(finding.source.list_id)
            else:  # the unit layer's own text: no list
                assert finding.source is None and finding.status == Status.MANUAL_CHECK, finding.rule_id
    assert seen == set(LIST_IDS)


def test_processing_layered_run_matches_the_single_file_run(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    (tmp_path / "one").mkdir()
    (tmp_path / "three").mkdir()
    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path / "one",
                                                      CLAUSES=str(tmp_path / "one" / "clauses.gpkg")))
    processing.run("zoningreview:reviewsites", params(sample_gpkg, "", tmp_path / "three",
                                                      RULES=[str(p) for p in LAYERED],
                                                      CLAUSES=str(tmp_path / "three" / "clauses.gpkg")))
    keep = ("site_id", "verdict", "verdict_text", "reason", "deciding", "n_conflict", "n_needs_info")
    single = sorted(tuple(r[k] for k in keep) for r in rows(tmp_path / "one" / "summary.gpkg"))
    layered = sorted(tuple(r[k] for k in keep) for r in rows(tmp_path / "three" / "summary.gpkg"))
    assert layered == single
    assert {r[0]: r[1] for r in layered} == EXPECTED_VERDICTS
    lists = {r["site_id"]: r["deciding_lists"] for r in rows(tmp_path / "three" / "summary.gpkg")}
    assert lists["S02"] == f"{LIST_IDS[0]}; {LIST_IDS[1]}" and lists["S10"] == LIST_IDS[2] and lists["S01"] == ""
    clauses = rows(tmp_path / "three" / "clauses.gpkg")
    g_sl_03 = [r for r in clauses if r["rule_id"] == "G-SL-03"][0]
    assert (g_sl_03["source_list"], g_sl_03["source_title"], g_sl_03["source_version"]) == (
        LIST_IDS[0], "河北省生态环境准入清单总体要求（示例）", "2024.1-example")
    assert g_sl_03["source_authority"] == "示例：河北省生态环境厅（非官方）"
    assert len(g_sl_03["source_sha256"]) == 64
    findings = rows(tmp_path / "three" / "findings.gpkg")
    listed = {f["rule_id"]: f["source"] for row in findings for f in json.loads(row["findings_json"])}
    assert listed["U-RC-01"]["list_id"] == LIST_IDS[2] and listed["C-K-01"]["list_id"] == LIST_IDS[1]
    assert listed["G-SL-03"]["sha256"] == g_sl_03["source_sha256"]


# --- scopes ------------------------------------------------------------------------------------------

def unit(code, **attributes):
    return UnitContext(code, "", "一般管控单元", attributes)


def test_a_scope_is_all_an_administrative_code_or_an_expression():
    assert parse_scope("") is None
    assert parse_scope("全部").kind == parse_scope("all").kind == "all"
    assert parse_scope("zh130600").prefix == "ZH1306"
    assert parse_scope("ZH130638").prefix == "ZH130638"
    assert parse_scope('"ZLCB" = \'是\'').kind == "expression"


def write_list(folder, list_id, rule_id, applies_to=""):
    """A minimal list with one general text rule."""
    path = folder / f"{list_id}.yaml"
    path.write_text(f"""format: zoning-review-rules/1
metadata:
  id: {list_id}
  title: {{zh: 清单{list_id}}}
  version: "1"
  authority: {{zh: 机关}}
  effective: "2024-01-01"
  region: {{zh: 某地}}
{applies_to}
rules:
  - id: {rule_id}
    level: general
    dimension: spatial_layout
    effect: text
    text: {{zh: 条款{rule_id}}}
""", encoding="utf-8")
    return str(path)


def ids(ruleset, the_unit):
    return [f.rule_id for f in evaluate_unit(ruleset, the_unit, _project(), {})]


def _project():
    from zoning_review.plugin.core.model.project import ProjectDescription
    return ProjectDescription("p", "C2614", "新建", "", {})


def test_prefix_expression_and_all_scopes_choose_the_lists_of_a_unit(tmp_path):
    province = write_list(tmp_path, "prov", "P-1", "  applies_to: {admin_code: ZH130000}")
    city = write_list(tmp_path, "city", "C-1")
    unit_list = write_list(tmp_path, "unit", "U-1", "  applies_to:\n    expression: '\"ZLCB\" = ''是'''")
    layered = load_lists([(province, None), (city, parse_scope("ZH130100")), (unit_list, None)]).ruleset
    assert ids(layered, unit("ZH13010210001", ZLCB="是")) == ["C-1", "P-1", "U-1"]
    assert ids(layered, unit("ZH13062910001", ZLCB="否")) == ["P-1"]
    assert ids(layered, unit("ZH13062910001", ZLCB="是")) == ["P-1", "U-1"]
    everywhere = load_lists([(province, parse_scope("all"))]).ruleset
    assert ids(everywhere, unit("ZH11010010001")) == ["P-1"]
    assert "ZLCB" in layered.unit_fields()


def test_a_unit_no_list_covers_needs_information_and_is_never_compliant(tmp_path):
    province = write_list(tmp_path, "prov", "P-1", "  applies_to: {admin_code: ZH130000}")
    layered = load_lists([(province, None)]).ruleset
    findings = evaluate_unit(layered, unit("ZH11010010001"), _project(), {})
    assert [(f.rule_id, f.status) for f in findings] == [("input:access_list", Status.NEEDS_INFO)]
    assert "ZH11010010001" in render_reason(findings[0].reasons[0], "en")
    assert "ZH11010010001" in render_reason(findings[0].reasons[0], "zh")
    from zoning_review.plugin.core.review.evaluation import unit_verdict
    assert unit_verdict(findings) == "needs_study"


def test_a_scope_expression_that_does_not_parse_stops_the_review(tmp_path):
    city = write_list(tmp_path, "city", "C-1")
    result = load_lists([(city, parse_scope('"ZLCB" = = 1'))])
    assert result.ruleset is None and "does not parse" in result.text("en")


def test_clashing_rule_ids_stay_apart_qualified_by_their_list(tmp_path):
    one = write_list(tmp_path, "one", "R-1")
    two = write_list(tmp_path, "two", "R-1")
    layered = load_lists([(one, None), (two, None)]).ruleset
    assert layered.clashes == {"R-1": ["one", "two"]}
    found = evaluate_unit(layered, unit("ZH13062910001"), _project(), {})
    assert [(f.rule_id, f.source.list_id) for f in found] == [("one/R-1", "one"), ("two/R-1", "two")]


def test_validaterules_reports_clashes_and_units_no_list_covers(zr_processing, sample_gpkg, tmp_path):
    import processing

    one = write_list(tmp_path, "one", "R-1", "  applies_to: {admin_code: ZH130629}")
    two = write_list(tmp_path, "two", "R-1", "  applies_to: {admin_code: ZH130632}")
    result = processing.run("zoningreview:validaterules", {
        "RULES": [one, two], "UNITS": f"{sample_gpkg}|layername=control_units"})
    assert result["CLASHES"] == 1 and "one/R-1" in result["MESSAGES"]
    codes = result["UNCOVERED_CODES"].split(", ")
    assert codes and all(code.startswith("ZH130638") for code in codes)
    assert result["UNCOVERED"] == len(codes) == 12
    whole = processing.run("zoningreview:validaterules", {
        "RULES": [str(p) for p in LAYERED], "UNITS": f"{sample_gpkg}|layername=control_units"})
    assert (whole["VALID"], whole["CLASHES"], whole["UNCOVERED"]) == (1, 0, 0)
    single = processing.run("zoningreview:validaterules", {"RULES": one})
    assert single["VALID"] == 1 and single["CLASHES"] == 0


def test_a_version_1_binding_reads_as_a_one_list_binding():
    old = json.dumps({"version": 1, "code_field": "HJGKDYBM", "rules_path": "/x/a.yaml",
                      "rules_relative": "a.yaml", "constraints": {}})
    binding = UnitBinding.from_json(old)
    assert binding.rule_sets == [RuleSetRef("/x/a.yaml", "a.yaml", "")]
    assert binding.rules_path == "/x/a.yaml" and binding.rules_relative == "a.yaml"
    binding.rule_sets.append(RuleSetRef("/x/b.yaml", "", "ZH130600"))
    again = UnitBinding.from_json(binding.to_json())
    assert again == binding and json.loads(binding.to_json())["version"] == 2


def test_an_output_on_any_of_several_rule_files_is_refused(zr_processing, sample_gpkg, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    copy = tmp_path / "units.yaml"
    copy.write_bytes(LAYERED[2].read_bytes())
    with pytest.raises(QgsProcessingException, match="would destroy the input"):
        processing.run("zoningreview:reviewsites", params(sample_gpkg, "", tmp_path, RULES=[str(LAYERED[0]), str(copy)],
                                                          FINDINGS=str(copy)))
    assert copy.read_bytes() == LAYERED[2].read_bytes()


def test_sitingscreen_with_three_lists_screens_every_unit_as_the_single_file(zr_processing, sample_gpkg, example_rules):
    import processing

    def screen(rules, project_attributes):
        result = processing.run("zoningreview:sitingscreen", {
            "UNITS": f"{sample_gpkg}|layername=control_units", "RULES": rules,
            "CONSTRAINTS": [f"{sample_gpkg}|layername={name}" for name in CONSTRAINTS],
            "INDUSTRY": "C2614", "CONSTRUCTION": 0, "CATALOGUE": 0, "LANGUAGE": 1,
            "ATTRIBUTES": project_attributes, "OUTPUT": "TEMPORARY_OUTPUT", "ZONES": "TEMPORARY_OUTPUT"})
        return {f["unit_code"]: (f["verdict"], f["reason"], f["rule_ids"]) for f in result["OUTPUT"].getFeatures()}

    attributes = ("capacity_increase=yes; major_infrastructure=no; water_supply_facility=no; "
                  "discharges_pollutants=是; investment_wan=50000; vocs_tpa=0; boiler_tph=0; water_m3d=100")
    single = screen(str(example_rules), attributes)
    layered = screen([str(p) for p in LAYERED], attributes)
    assert layered == single and len(single) == 38
    assert {verdict for verdict, _r, _i in single.values()} >= {"non_compliant", "needs_study"}
