"""A rule's comparison reads as review documents write a requirement, never as a program's operator: every operator
on a number with a unit, a number without one, text, declared values, yes/no and a unit-layer field, through the real
loader and evaluation, in English and Chinese; findings_json keeps the template and ``op`` as stored; the notes of the
ten sample sites hold no ==, >=, !=, <= in either language.

Expected texts are written down here by hand (the Chinese as an environmental bureau's review note writes it).
"""

import json
import re
from pathlib import Path

import pytest

from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.outputs.findings_json import finding_dict
from zoning_review.plugin.core.review.evaluation import evaluate_unit
from zoning_review.plugin.core.review.site_review import render_reason
from zoning_review.plugin.core.rules.ruleset import UnitContext
from zoning_review.plugin.notes.document import build_document
from zoning_review.plugin.notes.export import write_notes

from .test_notes_sample import Sample, Text
from .test_siting_engine import loaded_ruleset

RULES = """\
format: zoning-review-rules/1
metadata:
  id: test-comparison-words
  title: {zh: 比较用语测试, en: Comparison words test}
  version: "1"
  authority: {zh: 测试机关}
  effective: "2024-01-01"
  region: {zh: 测试区}
attributes:
  boiler_tph: {type: number, unit: t/h, unit_zh: 蒸吨/小时, label: {zh: 锅炉蒸发量, en: Boiler capacity}}
  start_year: {type: number, label: {zh: 投产年份, en: Year of operation}}
  product: {type: string, label: {zh: 产品, en: Product}}
  fuel:
    type: string
    label: {zh: 燃料, en: Fuel}
    values:
      - {id: coal, label: {zh: 煤, en: Coal}}
      - {id: gas, label: {zh: 天然气, en: Natural gas}}
      - {id: oil, label: {zh: 燃油, en: Oil}}
  supplies_water: {type: boolean, label: {zh: 涉及供水设施, en: Water supply facility}}
rules:
  - {id: LT, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 低于},
     when: {attribute: {name: boiler_tph, op: "<", value: 30000}}}
  - {id: LE, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 不高于},
     when: {attribute: {name: boiler_tph, op: "<=", value: 30000}}}
  - {id: GT, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 高于},
     when: {attribute: {name: boiler_tph, op: ">", value: 30000}}}
  - {id: GE, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 不低于},
     when: {attribute: {name: boiler_tph, op: ">=", value: 30000}}}
  - {id: EQ, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 等于},
     when: {attribute: {name: boiler_tph, op: "==", value: 30000}}}
  - {id: NE, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 不等于},
     when: {attribute: {name: boiler_tph, op: "!=", value: 30000}}}
  - {id: YEAR-GE, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 年份},
     when: {attribute: {name: start_year, op: ">=", value: 2020}}}
  - {id: TEXT-EQ, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 电镀},
     when: {attribute: {name: product, op: "==", value: 电镀}}}
  - {id: TEXT-NE, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 非电镀},
     when: {attribute: {name: product, op: "!=", value: 电镀}}}
  - {id: TEXT-IN, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 电镀印染},
     when: {attribute: {name: product, op: in, value: [电镀, 印染]}}}
  - {id: FUEL-EQ, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 燃煤},
     when: {attribute: {name: fuel, op: "==", value: coal}}}
  - {id: FUEL-IN, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 燃煤燃气},
     when: {attribute: {name: fuel, op: in, value: [coal, gas]}}}
  - {id: WATER-EQ, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 供水},
     when: {attribute: {name: supplies_water, op: "==", value: true}}}
  - {id: WATER-NE, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 非供水},
     when: {attribute: {name: supplies_water, op: "!=", value: true}}}
  - {id: ZLCB-EQ, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 超标},
     when: {unit_attribute: {field: ZLCB, op: "==", value: 是}}}
  - {id: ZLCB-NE, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 未超标},
     when: {unit_attribute: {field: ZLCB, op: "!=", value: 是}}}
  - {id: ZLCB-IN, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 倍量},
     when: {unit_attribute: {field: ZLCB, op: in, value: [是, Y]}}}
  - {id: AREA-GT, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 面积},
     when: {unit_attribute: {field: AREA, op: ">", value: 10000}}}
  - {id: AREA-LE, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 面积小},
     when: {unit_attribute: {field: AREA, op: "<=", value: 10000}}}
  - {id: CODE-EQ, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 代码},
     when: {unit_attribute: {field: DM, op: "==", value: "0313"}}}
  - {id: CODE-NE, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 非代码},
     when: {unit_attribute: {field: DM, op: "!=", value: "0313"}}}
  - {id: CN-EQ, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 类别},
     when: {unit_attribute: {field: 管控类别, op: "==", value: 重点管控}}}
  - {id: CN-GT, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 面积},
     when: {unit_attribute: {field: 面积, op: ">", value: 10000}}}
  - {id: CN-MISSING, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 备注},
     when: {unit_attribute: {field: 备注, op: "==", value: 无}}}
"""
UNIT = UnitContext("ZH13062920001", "容城县城镇重点管控单元", "重点管控单元",
                   {"ZLCB": "是", "AREA": 123456, "DM": "0313", "管控类别": "重点管控", "面积": 123456, "备注": None})
GIVEN = {"boiler_tph": 35000, "start_year": 2026, "product": "电镀", "fuel": "煤", "supplies_water": "是"}
P = ProjectDescription
OPERATORS = re.compile(r"==|>=|!=|<=")

EXPECTED = [  # rule id, English, Chinese
    ("LT", "Boiler capacity is 35,000 t/h; rule: less than 30,000 t/h",
     "锅炉蒸发量为 35,000 蒸吨/小时；条款要求：低于 30,000 蒸吨/小时"),
    ("LE", "Boiler capacity is 35,000 t/h; rule: at most 30,000 t/h",
     "锅炉蒸发量为 35,000 蒸吨/小时；条款要求：不高于 30,000 蒸吨/小时"),
    ("GT", "Boiler capacity is 35,000 t/h; rule: more than 30,000 t/h",
     "锅炉蒸发量为 35,000 蒸吨/小时；条款要求：高于 30,000 蒸吨/小时"),
    ("GE", "Boiler capacity is 35,000 t/h; rule: at least 30,000 t/h",
     "锅炉蒸发量为 35,000 蒸吨/小时；条款要求：不低于 30,000 蒸吨/小时"),
    ("EQ", "Boiler capacity is 35,000 t/h; rule: equal to 30,000 t/h",
     "锅炉蒸发量为 35,000 蒸吨/小时；条款要求：等于 30,000 蒸吨/小时"),
    ("NE", "Boiler capacity is 35,000 t/h; rule: other than 30,000 t/h",
     "锅炉蒸发量为 35,000 蒸吨/小时；条款要求：不等于 30,000 蒸吨/小时"),
    ("YEAR-GE", "Year of operation is 2026; rule: at least 2020", "投产年份为 2026；条款要求：不低于 2020"),
    ("TEXT-EQ", "Product is 电镀; rule: 电镀", "产品为电镀；条款要求：为电镀"),
    ("TEXT-NE", "Product is 电镀; rule: not 电镀", "产品为电镀；条款要求：不为电镀"),
    ("TEXT-IN", "Product is 电镀; rule: one of 电镀, 印染", "产品为电镀；条款要求：为电镀、印染之一"),
    ("FUEL-EQ", "Fuel is Coal; rule: Coal", "燃料为煤；条款要求：为煤"),
    ("FUEL-IN", "Fuel is Coal; rule: one of Coal, Natural gas", "燃料为煤；条款要求：为煤、天然气之一"),
    ("WATER-EQ", "Water supply facility is yes; rule: yes", "涉及供水设施为是；条款要求：是"),
    ("WATER-NE", "Water supply facility is yes; rule: no", "涉及供水设施为是；条款要求：否"),
    ("ZLCB-EQ", "unit attribute ZLCB is yes; rule: yes", "单元属性 ZLCB 为是；条款要求：是"),
    ("ZLCB-NE", "unit attribute ZLCB is yes; rule: no", "单元属性 ZLCB 为是；条款要求：否"),
    ("ZLCB-IN", "unit attribute ZLCB is 是; rule: one of 是, Y", "单元属性 ZLCB 为是；条款要求：为是、Y 之一"),
    ("AREA-GT", "unit attribute AREA is 123456; rule: more than 10000",
     "单元属性 AREA 为 123456；条款要求：高于 10000"),
    ("AREA-LE", "unit attribute AREA is 123456; rule: at most 10000",
     "单元属性 AREA 为 123456；条款要求：不高于 10000"),
    ("CODE-EQ", "unit attribute DM is 0313; rule: 0313", "单元属性 DM 为 0313；条款要求：为 0313"),
    ("CODE-NE", "unit attribute DM is 0313; rule: not 0313", "单元属性 DM 为 0313；条款要求：不为 0313"),
    # a field named in Chinese joins the words around it, as Chinese sets a name
    ("CN-EQ", "unit attribute 管控类别 is 重点管控; rule: 重点管控",
     "单元属性管控类别为重点管控；条款要求：为重点管控"),
    ("CN-GT", "unit attribute 面积 is 123456; rule: more than 10000", "单元属性面积为 123456；条款要求：高于 10000"),
    ("CN-MISSING", "unit attribute 备注 is not given", "未提供单元属性备注"),
]
STATUS = {"LT": "not_applicable", "LE": "not_applicable", "GT": "conflict", "GE": "conflict", "EQ": "not_applicable",
          "NE": "conflict", "YEAR-GE": "conflict", "TEXT-EQ": "conflict", "TEXT-NE": "not_applicable",
          "TEXT-IN": "conflict", "FUEL-EQ": "conflict", "FUEL-IN": "conflict", "WATER-EQ": "conflict",
          "WATER-NE": "not_applicable", "ZLCB-EQ": "conflict", "ZLCB-NE": "not_applicable", "ZLCB-IN": "conflict",
          "AREA-GT": "conflict", "AREA-LE": "not_applicable", "CODE-EQ": "conflict", "CODE-NE": "not_applicable",
          "CN-EQ": "conflict", "CN-GT": "conflict", "CN-MISSING": "needs_info"}


@pytest.fixture(scope="module")
def findings(tmp_path_factory):
    """Rule id → the finding of every rule above for the unit and the project given."""
    ruleset = loaded_ruleset(tmp_path_factory.mktemp("rules") / "comparisons.yaml", RULES)
    return {f.rule_id: f for f in evaluate_unit(ruleset, UNIT, P(industry="C3011", attributes=GIVEN), {})}


@pytest.mark.parametrize("rule_id, en, zh", EXPECTED)
def test_a_comparison_reads_as_a_requirement_in_both_languages(findings, rule_id, en, zh):
    finding = findings[rule_id]
    assert str(finding.status) == STATUS[rule_id]  # the words change, never the verdict
    assert render_reason(finding.reasons[0], "en") == en  # a conflict adds the effect's words after it
    assert render_reason(finding.reasons[0], "zh") == zh


def test_findings_json_keeps_the_template_and_the_operator_as_stored(findings):
    """A machine reads the comparison from the stored template, op and limit; only reason_text is in words."""
    stored = {rule_id: json.loads(json.dumps(finding_dict(f))) for rule_id, f in findings.items()}
    ge = stored["GE"]
    assert ge["reasons"][0]["template"] == "{attribute} is {value} {unit}; rule: {op} {limit}"
    assert ge["reasons"][0]["values"]["op"] == ">=" and ge["reasons"][0]["values"]["limit"] == 30000
    assert ge["reason_text"].startswith("Boiler capacity is 35,000 t/h; rule: at least 30,000 t/h; ")
    assert stored["ZLCB-NE"]["reasons"][0]["template"] == "unit attribute {field} is {value}; rule: {op} {limit}"
    assert stored["ZLCB-NE"]["reasons"][0]["values"]["op"] == "!="
    water = stored["WATER-NE"]["reasons"][0]["values"]
    assert (water["op"], water["value"], water["limit"]) == ("!=", True, True)


@pytest.fixture(scope="module")
def sample(qgis_app, sample_gpkg, example_rules):
    return Sample(sample_gpkg, example_rules)


@pytest.mark.parametrize("lang, words", [("en", "rule: at least 30,000 (10,000 yuan)"),
                                         ("zh", "条款要求：不低于 30,000 万元")])
def test_the_sample_notes_write_no_operator(sample, tmp_path, lang, words):
    """The notes of the ten sample sites (their document, which every renderer draws, and the HTML written) hold no
    ==, >=, != or <=; S01's investment clause reads as a requirement with its unit."""
    assert len(sample.items) == 10
    for review, context, layers in sample.items:
        texts = build_document(review, context, lang).texts()
        assert not [t for t in texts if OPERATORS.search(t)], review.site_id
        path = write_notes(review, context, str(tmp_path), f"{review.site_id}-{lang}", "html", lang, layers)
        assert not OPERATORS.search("".join(Text(Path(path).read_text(encoding="utf-8")).parts)), review.site_id
        if review.site_id == "S01":
            assert any(words in t for t in texts)


@pytest.mark.parametrize("name, zh", [("unit.管控类别", "单元属性管控类别"), ("unit.GKLB", "单元属性 GKLB")])
def test_a_missing_unit_attribute_is_named_as_chinese_sets_a_name(qgis_app, name, zh):
    from zoning_review.plugin.core.review.labels import missing_label

    assert missing_label(name, "zh", {}, {}) == zh
    assert missing_label(name, "en", {}, {}) == f"unit attribute {name[5:]}"
