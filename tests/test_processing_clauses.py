"""reviewsites' CLAUSES output, SUMMARY's deciding clauses, optional findings_json, aliases and rounding."""

import hashlib
import re
from pathlib import Path

import pytest
import yaml
from osgeo import ogr

from tests.test_processing_review import params, rows

EXAMPLE = Path(__file__).resolve().parents[1] / "rules" / "examples" / "xiongan_example.yaml"

COLUMNS = ["site_id", "unit_code", "rule_id", "level", "dimension", "effect", "status", "reason", "basis",
           "judgement", "remark", "reviewer"]
SOURCE_COLUMNS = ["source_list", "source_title", "source_authority", "source_version", "source_sha256"]

# Written down from rules/examples/xiongan_example.yaml and sample/README.md (S02: new C2614, 12 t/a VOCs,
# no boiler, 590 m from the river bank, outside the park, in a key unit whose ZLCB is 是), in Chinese.
S02_UNIT = "ZH13063820001"
S02 = [
    ["G-PE-01", "general", "pollutant_emission", "prohibit", "not_applicable",
     "燃煤锅炉蒸发量（蒸吨/小时）为 0 蒸吨/小时；条款要求：高于 0 蒸吨/小时", "打赢蓝天保卫战三年行动计划"],
    ["G-PE-02", "general", "pollutant_emission", "require", "requirement",
     "VOCs排放量（吨/年）为 12 吨/年；条款要求：高于 0 吨/年；项目须落实该要求", "重点行业挥发性有机物综合治理方案"],
    ["G-PE-03", "general", "pollutant_emission", "require", "not_applicable",
     "燃煤锅炉蒸发量（蒸吨/小时）为 0 蒸吨/小时；条款要求：不低于 35 蒸吨/小时",
     "河北省燃煤锅炉超低排放改造要求（参照）"],
    ["G-RE-01", "general", "resource_efficiency", "allow", "not_applicable",
     "项目未列入《产业结构调整指导目录》", "产业结构调整指导目录"],
    ["G-RE-02", "general", "resource_efficiency", "require", "not_applicable",
     "行业 C2614 不属于 D4411", "煤电节能减排升级与改造行动计划"],
    ["G-RP-01", "general", "risk_prevention", "require", "requirement",
     "行业 C2614 属于 C26；项目须落实该要求", "突发环境事件应急管理办法"],
    ["G-RP-02", "general", "risk_prevention", "require", "not_applicable",
     "选址周边 3,000 m 范围内无饮用水水源保护区要素", "冀政字〔2020〕71号"],
    ["G-SL-01", "general", "spatial_layout", "prohibit", "not_applicable",
     "项目未列入《产业结构调整指导目录》", "冀政字〔2020〕71号；产业结构调整指导目录；市场准入负面清单"],
    ["G-SL-02", "general", "spatial_layout", "restrict", "not_applicable",
     "项目未列入《产业结构调整指导目录》", "产业结构调整指导目录"],
    ["G-SL-03", "general", "spatial_layout", "prohibit", "conflict",
     "行业 C2614 属于 C26；选址距河流岸线 590 m，条款限值 1,000 m；条款禁止此情形",
     "长江保护法第二十六条（参照）；冀政字〔2020〕71号"],
    ["G-SL-04", "general", "spatial_layout", "prohibit", "not_applicable",
     "选址与生态保护红线不重叠", "关于在国土空间规划中统筹划定落实三条控制线的指导意见"],
    ["G-SL-05", "general", "spatial_layout", "prohibit", "not_applicable",
     "选址与饮用水水源保护区中保护区级别为 I 的部分不重叠", "水污染防治法第六十五条"],
    ["G-SL-06", "general", "spatial_layout", "prohibit", "not_applicable",
     "选址与饮用水水源保护区中保护区级别为 II 的部分不重叠", "水污染防治法第六十六条"],
    ["G-SL-07", "general", "spatial_layout", "prohibit", "not_applicable",
     "行业 C2614 不属于 C3011、C3110", "冀政字〔2020〕71号"],
    ["C-K-01", "category", "spatial_layout", "restrict", "conflict",
     "行业 C2614 属于 C26；建设性质为新建，属于新建、扩建之一；限制类条款，且不满足允许条件；"
     "选址未完全位于工业园区（集聚区）范围内", "关于推进化工园区规范发展的意见（参照）"],
    ["C-K-02", "category", "pollutant_emission", "require", "requirement",
     "VOCs排放量（吨/年）为 12 吨/年；条款要求：高于 0 吨/年；单元属性 ZLCB 为是；条款要求：是；项目须落实该要求",
     "冀政字〔2020〕71号"],
    ["C-K-03", "category", "risk_prevention", "prohibit", "not_applicable",
     "行业 C2614 不属于 C2511", "冀政字〔2020〕71号"],
]
UNIT_PROSE = "管控单元图层自带的管控要求文本：需人工核查"
PROSE_DIMENSIONS = ("pollutant_emission", "resource_efficiency", "risk_prevention", "spatial_layout")

# S05: a new road (E4812, major infrastructure) across two priority units and the red line (56,197 m²).
S05_UNITS = ("ZH13063210001", "ZH13063210003")
S05 = [
    ["G-PE-01", "general", "pollutant_emission", "prohibit", "not_applicable",
     "燃煤锅炉蒸发量（蒸吨/小时）为 0 蒸吨/小时；条款要求：高于 0 蒸吨/小时", "打赢蓝天保卫战三年行动计划"],
    ["G-PE-02", "general", "pollutant_emission", "require", "not_applicable",
     "VOCs排放量（吨/年）为 0 吨/年；条款要求：高于 0 吨/年", "重点行业挥发性有机物综合治理方案"],
    ["G-PE-03", "general", "pollutant_emission", "require", "not_applicable",
     "燃煤锅炉蒸发量（蒸吨/小时）为 0 蒸吨/小时；条款要求：不低于 35 蒸吨/小时",
     "河北省燃煤锅炉超低排放改造要求（参照）"],
    ["G-RE-01", "general", "resource_efficiency", "allow", "not_applicable",
     "项目未列入《产业结构调整指导目录》", "产业结构调整指导目录"],
    ["G-RE-02", "general", "resource_efficiency", "require", "not_applicable",
     "行业 E4812 不属于 D4411", "煤电节能减排升级与改造行动计划"],
    ["G-RP-01", "general", "risk_prevention", "require", "not_applicable",
     "行业 E4812 不属于 C26、C25", "突发环境事件应急管理办法"],
    ["G-RP-02", "general", "risk_prevention", "require", "not_applicable",
     "行业 E4812 不属于 C25、C26、C27", "冀政字〔2020〕71号"],
    ["G-SL-01", "general", "spatial_layout", "prohibit", "not_applicable",
     "项目未列入《产业结构调整指导目录》", "冀政字〔2020〕71号；产业结构调整指导目录；市场准入负面清单"],
    ["G-SL-02", "general", "spatial_layout", "restrict", "not_applicable",
     "项目未列入《产业结构调整指导目录》", "产业结构调整指导目录"],
    ["G-SL-03", "general", "spatial_layout", "prohibit", "not_applicable",
     "行业 E4812 不属于 C26", "长江保护法第二十六条（参照）；冀政字〔2020〕71号"],
    ["G-SL-04", "general", "spatial_layout", "prohibit", "exempted",
     "选址与生态保护红线重叠（56,197 m²）；属除外情形；是否为国家重大基础设施：是",
     "关于在国土空间规划中统筹划定落实三条控制线的指导意见"],
    ["G-SL-05", "general", "spatial_layout", "prohibit", "not_applicable",
     "选址与饮用水水源保护区中保护区级别为 I 的部分不重叠", "水污染防治法第六十五条"],
    ["G-SL-06", "general", "spatial_layout", "prohibit", "not_applicable",
     "选址与饮用水水源保护区中保护区级别为 II 的部分不重叠", "水污染防治法第六十六条"],
    ["G-SL-07", "general", "spatial_layout", "prohibit", "not_applicable",
     "行业 E4812 不属于 C3011、C3110", "冀政字〔2020〕71号"],
    ["C-P-01", "category", "spatial_layout", "prohibit", "not_applicable",
     "行业 E4812 不属于 B、C、D", "冀政字〔2020〕71号"],
    ["C-P-02", "category", "spatial_layout", "text", "manual_check",
     "仅文字条款：需人工核查", "白洋淀生态环境治理和保护规划（2018—2035年）"],
    ["C-P-03", "category", "risk_prevention", "prohibit", "not_applicable",
     "行业 E4812 不属于 N7724", "冀政字〔2020〕71号"],
]
S05_ONLY_FIRST_UNIT = [  # 白洋淀's own unit clause, in ZH13063210001 only
    ["U-BYD-01", "unit", "spatial_layout", "prohibit", "not_applicable",
     "行业 E4812 不属于 A041", "白洋淀生态环境治理和保护条例（参照）"],
]


def expected_rows(site, unit, clauses):
    """Full CLAUSES rows: the hand-written clause parts, the unit's four prose checks, empty judgement."""
    prose = [[f"{unit}:{d}", "unit", d, "text", "manual_check", UNIT_PROSE, ""] for d in PROSE_DIMENSIONS]
    return [[site, unit, *clause, "", "", ""] for clause in clauses + prose]


def table(path):
    """The CLAUSES rows as lists in COLUMNS order."""
    return [[row[c] for c in COLUMNS] for row in rows(path)]


@pytest.fixture(scope="module")
def clause_run(zr_processing, sample_gpkg, example_rules, tmp_path_factory):
    """The sample reviewed in Chinese with CLAUSES and without findings_json."""
    import processing

    out = tmp_path_factory.mktemp("clauses")
    result = processing.run("zoningreview:reviewsites", params(
        sample_gpkg, example_rules, out, LANGUAGE=0, CLAUSES=str(out / "clauses.gpkg"), FINDINGS_JSON=False))
    return result, out


def test_s02_has_one_row_per_applicable_clause_as_written_down(clause_run):
    _result, out = clause_run
    got = [row for row in table(out / "clauses.gpkg") if row[0] == "S02"]
    assert got == expected_rows("S02", S02_UNIT, S02)


def test_s05_has_the_rows_of_both_units_it_crosses(clause_run):
    _result, out = clause_run
    got = [row for row in table(out / "clauses.gpkg") if row[0] == "S05"]
    want = (expected_rows("S05", S05_UNITS[0], S05 + S05_ONLY_FIRST_UNIT)
            + expected_rows("S05", S05_UNITS[1], S05))
    assert sorted(got) == sorted(want)
    assert len(got) == 43


def test_chinese_reasons_are_typeset_as_the_panel_sets_them(clause_run):
    """SUMMARY's and CLAUSES' Chinese reasons set no half-width space between a full-width bracket, quote or mark
    and the words (工业园区（集聚区）范围内, not …（集聚区） 范围内); S02's summary reason written down by hand."""
    _result, out = clause_run
    summary = {row["site_id"]: row["reason"] for row in rows(out / "summary.gpkg")}
    assert summary["S02"] == (
        "G-SL-03：行业 C2614 属于 C26；选址距河流岸线 590 m，条款限值 1,000 m；条款禁止此情形；"
        "C-K-01：行业 C2614 属于 C26；建设性质为新建，属于新建、扩建之一；限制类条款，且不满足允许条件；"
        "选址未完全位于工业园区（集聚区）范围内")
    reasons = list(summary.values()) + [row[7] for row in table(out / "clauses.gpkg")]
    marks, words = "（）“”‘’《》：；，。、", "\u4e00-\u9fff"  # a formula's own spacing (（立方米/日） > 5000) is kept
    spaced = re.compile(f"[{marks}] [{words}]|[{words}] [{marks}]")
    assert len(reasons) > 10 and not [r for r in reasons if spaced.search(r)]


def test_clauses_is_a_table_with_exactly_the_agreed_columns(clause_run):
    result, out = clause_run
    assert result["CLAUSES"] == str(out / "clauses.gpkg")
    data = ogr.Open(str(out / "clauses.gpkg"))
    layer = data.GetLayer(0)
    definition = layer.GetLayerDefn()
    assert [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())] == (
        COLUMNS[:9] + SOURCE_COLUMNS + ["clause_sha256"] + COLUMNS[9:])
    assert layer.GetGeomType() == ogr.wkbNone
    rule = next(r for r in yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))["rules"] if r["id"] == "C-P-02")
    expected = hashlib.sha256(f"{rule['text']['zh']}\n{rule['text']['en']}".encode()).hexdigest()
    assert {f["clause_sha256"] for f in layer if f["rule_id"] == "C-P-02"} == {expected}
    assert {row[0] for row in table(out / "clauses.gpkg")} == {f"S{i:02d}" for i in range(1, 11)}


def test_summary_names_every_deciding_clause(clause_run):
    _result, out = clause_run
    deciding = {row["site_id"]: row["deciding"] for row in rows(out / "summary.gpkg")}
    assert deciding["S02"] == "G-SL-03; C-K-01"
    assert deciding["S04"] == "G-SL-04"
    assert deciding["S07"] == "G-SL-05; G-SL-06"
    assert deciding["S01"] == "" and deciding["S08"] == ""


def test_findings_json_can_be_left_out(clause_run):
    _result, out = clause_run
    findings = rows(out / "findings.gpkg")
    assert findings and all("findings_json" not in row for row in findings)
    assert all("n_conflict" in row for row in findings)


def test_areas_and_fractions_are_rounded(clause_run):
    _result, out = clause_run
    for row in rows(out / "findings.gpkg"):
        assert row["overlap_m2"] == round(row["overlap_m2"], 2)
        assert row["site_fraction"] == round(row["site_fraction"], 6)
    areas = {row["site_id"]: row["site_area_m2"] for row in rows(out / "summary.gpkg")}
    assert all(area == round(area, 2) for area in areas.values())


def test_every_output_field_has_a_chinese_alias(zr_processing):
    from zoning_review.plugin.core.outputs.clause_rows import clause_fields
    from zoning_review.plugin.core.outputs.review_rows import findings_fields, summary_fields
    from zoning_review.plugin.core.outputs.siting_rows import unit_fields, zone_fields

    aliases = {f.name(): f.alias() for f in clause_fields()}
    assert aliases["site_id"] == "选址编号" and aliases["rule_id"] == "条款编号"
    assert aliases["judgement"] == "审查判断" and aliases["reviewer"] == "审查人"
    assert {f.name(): f.alias() for f in summary_fields()}["deciding"] == "决定性条款"
    for fields in (clause_fields(), findings_fields(), summary_fields(), unit_fields(), zone_fields()):
        for field in fields:
            assert any("\u4e00" <= ch <= "\u9fff" for ch in field.alias()), field.name()
    precision = {f.name(): f.precision() for f in findings_fields()}
    assert precision["overlap_m2"] == 2 and precision["site_fraction"] == 6


def test_loaded_outputs_get_the_aliases_and_summary_its_style(clause_run):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsProcessingContext, QgsVectorLayer

    from zoning_review.plugin.core.outputs.clause_rows import clause_columns
    from zoning_review.plugin.core.outputs.review_rows import summary_columns
    from zoning_review.plugin.processing.verdict_styler import VerdictStyler

    _result, out = clause_run
    clauses = QgsVectorLayer(str(out / "clauses.gpkg"), "clauses", "ogr")
    summary = QgsVectorLayer(str(out / "summary.gpkg"), "summary", "ogr")
    assert clauses.isValid() and summary.isValid()
    context = QgsProcessingContext()
    VerdictStyler.create(clause_columns(), False).postProcessLayer(clauses, context, None)
    VerdictStyler.create(summary_columns(), True).postProcessLayer(summary, context, None)
    assert clauses.attributeDisplayName(clauses.fields().indexOf("unit_code")) == "单元编码"
    assert clauses.attributeDisplayName(clauses.fields().indexOf("judgement")) == "审查判断"
    assert summary.attributeDisplayName(summary.fields().indexOf("deciding")) == "决定性条款"
    assert isinstance(summary.renderer(), QgsCategorizedSymbolRenderer)
    assert not isinstance(clauses.renderer(), QgsCategorizedSymbolRenderer)
