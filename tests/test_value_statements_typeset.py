"""A Chinese reason states a project's value as Chinese writes it: the rule set's words (an attribute's label, a
vocabulary's words, declared values) set in the sentence (建设性质为新建，属于新建、扩建之一;
燃料为煤；条款要求：为煤、天然气之一; 未提供燃煤锅炉蒸发量), a number parted from Chinese by a space
(投资为 30,000 万元), a Latin word too (产品为 PCB); a value the review does not understand quoted as it was given
(投资的取值“三千”不是数值). English is unchanged.

Expected texts are written down here by hand, through the real loader, readings and evaluation."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.model.results import Listed, Reason, Words
from zoning_review.plugin.core.review.evaluation import evaluate_unit
from zoning_review.plugin.core.review.site_review import render_reason
from zoning_review.plugin.core.rules import readings
from zoning_review.plugin.core.rules.ruleset import UnitContext

from .test_siting_engine import loaded_ruleset

RULES = """\
format: zoning-review-rules/1
metadata:
  id: test-value-statements
  title: {zh: 取值表述测试, en: Value statements test}
  version: "1"
  authority: {zh: 测试机关}
  effective: "2024-01-01"
  region: {zh: 测试区}
attributes:
  investment: {type: number, unit: 万元, label: {zh: 投资, en: Investment}}
  boiler: {type: number, label: {zh: 燃煤锅炉蒸发量（蒸吨/小时）, en: Coal boiler capacity (t/h)}}
  product: {type: string, label: {zh: 产品, en: Product}}
  fuel:
    type: string
    label: {zh: 燃料, en: Fuel}
    values:
      - {id: coal, label: {zh: 煤, en: Coal}}
      - {id: gas, label: {zh: 天然气, en: Natural gas}}
  recycles: {type: boolean, label: {zh: 废水回用, en: Wastewater reuse}}
  vocs: {type: number, label: {zh: VOCs排放量, en: VOCs emission}}
rules:
  - {id: NEW, level: general, dimension: spatial_layout, effect: prohibit, text: {zh: 禁止新建、扩建},
     when: {construction: [new, expansion]}}
  - {id: ELIM, level: general, dimension: spatial_layout, effect: prohibit, text: {zh: 禁止淘汰类},
     when: {catalogue: [eliminated, prohibited]}}
  - {id: INVEST, level: general, dimension: resource_efficiency, effect: require, text: {zh: 投资},
     when: {attribute: {name: investment, op: ">=", value: 30000}}}
  - {id: BOILER, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 锅炉},
     when: {attribute: {name: boiler, op: ">", value: 35}}}
  - {id: PRODUCT, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 产品},
     when: {attribute: {name: product, op: in, value: [PCB, 电镀]}}}
  - {id: FUEL, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: 燃料},
     when: {attribute: {name: fuel, op: in, value: [coal, gas]}}}
  - {id: REUSE, level: general, dimension: resource_efficiency, effect: require, text: {zh: 回用},
     when: {attribute: {name: recycles, op: "==", value: true}}}
  - {id: VOCS, level: general, dimension: pollutant_emission, effect: prohibit, text: {zh: VOCs},
     when: {attribute: {name: vocs, op: ">", value: 0}}}
"""
UNIT = UnitContext("ZH13062920001", "容城县城镇重点管控单元", "重点管控单元", {})
GIVEN = ProjectDescription(industry="C3360", construction="新建", catalogue="淘汰类",
                           attributes={"investment": "45000", "product": "PCB", "fuel": "煤", "recycles": "否",
                                       "vocs": 12})

EXPECTED = [  # rule id, English (unchanged), Chinese
    ("NEW", "construction nature New construction is one of New construction, Expansion",
     "建设性质为新建，属于新建、扩建之一"),
    ("ELIM", "catalogue class Eliminated class is one of Eliminated class, Prohibited class",
     "目录类别为淘汰类，属于淘汰类、禁止类之一"),
    ("INVEST", "Investment is 45,000 (10,000 yuan); rule: at least 30,000 (10,000 yuan)",
     "投资为 45,000 万元；条款要求：不低于 30,000 万元"),
    ("BOILER", "Coal boiler capacity (t/h) is not given", "未提供燃煤锅炉蒸发量（蒸吨/小时）"),
    ("PRODUCT", "Product is PCB; rule: one of PCB, 电镀", "产品为 PCB；条款要求：为 PCB、电镀之一"),
    ("FUEL", "Fuel is Coal; rule: one of Coal, Natural gas", "燃料为煤；条款要求：为煤、天然气之一"),
    ("REUSE", "Wastewater reuse is no; rule: yes", "废水回用为否；条款要求：是"),
    ("VOCS", "VOCs emission is 12; rule: more than 0", "VOCs排放量为 12；条款要求：高于 0"),
]


@pytest.fixture(scope="module")
def findings(qgis_app, tmp_path_factory):
    """Rule id → its finding for the project above."""
    ruleset = loaded_ruleset(tmp_path_factory.mktemp("rules") / "statements.yaml", RULES)
    return ruleset, {f.rule_id: f for f in evaluate_unit(ruleset, UNIT, GIVEN, {})}


@pytest.mark.parametrize("rule_id, en, zh", EXPECTED)
def test_a_value_is_stated_as_chinese_writes_it(findings, rule_id, en, zh):
    reason = findings[1][rule_id].reasons[0]
    assert render_reason(reason, "zh") == zh
    assert render_reason(reason, "en") == en


@pytest.mark.parametrize("name, raw, zh", [
    ("investment", "三千", "投资的取值“三千”不是数值（请填写数字，其后可加单位“万元”）"),
    ("boiler", "很大", "燃煤锅炉蒸发量（蒸吨/小时）的取值“很大”不是数值"),
    ("recycles", "部分", "废水回用的取值“部分”不是“是”或“否”"),
    ("fuel", "生物质", "无法识别燃料的取值“生物质”；可接受：煤、天然气"),
])
def test_a_value_not_understood_is_quoted_as_given(findings, name, raw, zh):
    reason = readings.attribute(findings[0].attributes[name], raw).reason
    assert render_reason(reason, "zh") == zh
    assert f" {raw} " in render_reason(reason, "en")  # English as before: the value between spaces


def test_a_vocabulary_value_not_understood_is_quoted(qgis_app):
    project = ProjectDescription(construction="翻新", catalogue="第三类")
    nature, catalogue = readings.construction(project).reason, readings.catalogue(project).reason
    assert render_reason(nature, "zh").startswith("无法识别建设性质“翻新”；可接受：新建、")
    assert render_reason(catalogue, "zh").startswith("无法识别目录类别“第三类”；可接受：鼓励类")


def test_a_latin_label_keeps_its_spaces(qgis_app):
    reason = Reason("{attribute} is not given", {"attribute": Words("invest_wy", "invest_wy")})
    assert render_reason(reason, "zh") == "未提供 invest_wy"


@given(st.text(alphabet="投资产品燃料类型工艺规模用水", min_size=1, max_size=8),
       st.text(alphabet="化工电镀印染煤气油", min_size=1, max_size=6),
       st.text(alphabet="化工电镀印染煤气油", min_size=1, max_size=6))
def test_any_chinese_label_and_values_sit_in_the_sentence_without_a_space(label, value, other):
    reason = Reason("{attribute} is {value}; rule: {op} {limit}",
                    {"attribute": Words(label, "x"), "value": value, "op": "in", "limit": Listed((value, other))})
    assert render_reason(reason, "zh") == f"{label}为{value}；条款要求：为{value}、{other}之一"
