"""The suggester, shape by shape (issue #19), and suggestions on a whole rule set: marked, or applied when accepted."""

import copy

import pytest
import yaml

from tests.suggest_support import context, document, schema_errors, text_rule
from zoning_review.plugin.suggest import suggest, suggest_ruleset

CTX = context()


def fields(zh, en="", attributes=None, layers=None):
    """The rule fields suggested for a clause in the corpus's context (or the given declarations), or None."""
    found = suggest(zh, en, CTX["attributes"] if attributes is None else attributes,
                    CTX["layers"] if layers is None else layers, lang="en")
    return found.rule_fields() if found else None


def when(zh, en=""):
    """The when: of a clause's suggestion."""
    return fields(zh, en)["when"]


def test_distance_in_chinese_numerals_to_a_named_bank():
    assert fields("禁止在长江干支流岸线一公里范围内新建化工项目。") == {
        "effect": "prohibit",
        "when": {"industry": ["C26"], "construction": ["new"],
                 "spatial": {"layer": "river_bank", "relation": "within", "distance_m": 1000}}}


@pytest.mark.parametrize(("words", "metres"), [("500米", 500), ("1.5公里", 1500), ("三公里", 3000), ("1 km", 1000)])
def test_distances_in_metres(words, metres):
    spatial = when(f"距饮用水水源保护区{words}范围内禁止新建化工项目。")["spatial"]
    assert spatial == {"layer": "water_source", "relation": "within", "distance_m": metres}


def test_distance_in_english():
    assert when("", "No new chemical projects within 1 km of the river bank.")["spatial"]["distance_m"] == 1000


def test_a_place_the_rule_set_does_not_declare_gives_nothing():
    layers = {k: v for k, v in CTX["layers"].items() if k != "nature_reserve"}
    assert fields("禁止在自然保护区内新建化工项目。", layers=layers) is None
    assert fields("禁止在白洋淀周边五公里范围内新建化工项目。") is None


def test_a_grade_of_source_zone_needs_a_layer_of_that_grade():
    assert when("禁止在饮用水水源一级保护区内新建化工项目。")["spatial"]["layer"] == "water_source_1"
    only_generic = {"water_source": CTX["layers"]["water_source"]}
    assert fields("禁止在饮用水水源一级保护区内新建化工项目。", layers=only_generic) is None


def test_main_stream_is_not_a_bank_layer_of_main_stream_and_tributaries():
    assert fields("禁止在长江干流岸线一公里范围内新建化工项目。") is None


def test_inside_and_outside():
    assert when("生态保护红线内禁止新建化工项目。")["spatial"] == {"layer": "red_line", "relation": "overlaps"}
    assert when("合规园区外禁止新建化工项目。")["spatial"] == {"layer": "industrial_park", "relation": "outside"}
    assert when("除化工园区外，禁止新建化工项目。")["spatial"] == {"layer": "chemical_park", "relation": "outside"}


@pytest.mark.parametrize(("word", "codes"), [
    ("化工", ["C26"]), ("水泥熟料", ["C3011"]), ("钢铁", ["C31"]), ("电镀", ["C3360"]), ("燃煤发电", ["D4411"]),
    ("危险化学品仓储", ["G5942"]), ("铅蓄电池制造", ["C3843"]),
])
def test_industries_named_in_words(word, codes):
    assert when(f"禁止新建{word}项目。")["industry"] == codes


def test_an_industry_list_is_one_condition_without_covered_codes():
    assert when("禁止新建石化、焦化、化工项目。")["industry"] == ["C25", "C26"]


def test_a_list_ending_with_deng_is_suggested_with_a_note():
    found = suggest("禁止新建钢铁、水泥等高耗能项目。", "", CTX["attributes"], CTX["layers"], lang="en")
    assert found.when["industry"] == ["C31", "C3011"]
    assert any("etc." in note for note in found.notes)


def test_an_industry_word_of_disputed_reach_gives_nothing():
    assert fields("禁止新建重化工项目。") is None
    assert fields("禁止新建新材料项目。") is None


def test_boiler_class_below_a_capacity():
    assert when("禁止新建35蒸吨/小时以下燃煤锅炉。") == {"all": [
        {"construction": ["new"]},
        {"attribute": {"name": "boiler_tph", "op": ">", "value": 0}},
        {"attribute": {"name": "boiler_tph", "op": "<", "value": 35}}]}


@pytest.mark.parametrize(("unit", "value"), [("万元", 30000), ("元", 300000000), ("亿元", 3)])
def test_investment_in_the_declared_unit(unit, value):
    attributes = {"investment": {"type": "number", "unit": unit, "label": {"zh": "项目总投资"}}}
    found = fields("投资额低于3亿元的项目不予准入。", attributes=attributes)
    assert found == {"effect": "prohibit", "when": {"attribute": {"name": "investment", "op": "<", "value": value}}}


def test_a_threshold_needs_a_declared_attribute_of_its_unit():
    assert fields("投资额低于3亿元的项目不予准入。", attributes={}) is None
    steam = {"boiler_tph": CTX["attributes"]["boiler_tph"]}
    assert fields("禁止新建14兆瓦以下燃煤锅炉。", attributes=steam) is None


@pytest.mark.parametrize(("words", "op"), [("以下", "<"), ("及以下", "<="), ("以上", ">="), ("及以上", ">=")])
def test_comparison_words_after_the_number(words, op):
    conditions = when(f"禁止新建VOCs排放量10吨/年{words}的项目。")
    attribute = conditions["attribute"] if "attribute" in conditions else conditions["all"][-1]["attribute"]
    assert (attribute["op"], attribute["value"]) == (op, 10)


def test_a_duty_with_a_minimum_is_a_restriction_with_only_if():
    assert fields("新上化工项目投资额不得低于5亿元。") == {
        "effect": "restrict", "when": {"industry": ["C26"], "construction": ["new"]},
        "only_if": {"attribute": {"name": "investment_wan", "op": ">=", "value": 50000}}}


def test_a_daily_volume_needs_its_time_base():
    assert when("禁止新建日取水量超过1万立方米的项目。")["attribute"] == {"name": "water_m3d", "op": ">",
                                                                    "value": 10000}
    assert fields("禁止新建取水量超过1万立方米的项目。") is None


def test_construction_natures_and_an_exception_of_one():
    found = fields("禁止在长江干支流岸线一公里范围内建设化工项目，改建除外。")
    assert found["except"] == [{"construction": ["renovation"]}]
    assert "construction" not in found["when"]
    assert when("禁止新建、改扩建化工项目。")["construction"] == ["new", "renovation", "expansion"]


@pytest.mark.parametrize("clause", ["新建化工项目必须进入合规园区。", "新建化工项目原则上应入园。",
                                    "新建化工项目应位于工业园区内。"])
def test_park_requirements(clause):
    assert fields(clause) == {"effect": "restrict", "when": {"industry": ["C26"], "construction": ["new"]},
                              "only_if": {"spatial": {"layer": "industrial_park", "relation": "inside"}}}


def test_a_park_requirement_needs_the_park_declared():
    layers = {k: v for k, v in CTX["layers"].items() if k != "industrial_park"}
    assert fields("新建化工项目必须进入合规园区。", layers=layers) is None
    assert fields("新建化工项目必须进入合规化工园区。", layers=layers)["only_if"]["spatial"]["layer"] == "chemical_park"


def test_catalogue_classes():
    assert when("禁止新建《产业结构调整指导目录》中的淘汰类、限制类项目。")["catalogue"] == ["eliminated", "restricted"]


def test_exceptions_on_declared_yes_no_attributes():
    found = fields("生态保护红线内禁止建设，国家重大基础设施和供水设施除外。")
    assert found["except"] == [{"flag": "major_infrastructure"}, {"flag": "water_supply_facility"}]


def test_an_exception_without_a_declared_attribute_gives_nothing():
    attributes = {k: v for k, v in CTX["attributes"].items() if k != "major_infrastructure"}
    assert fields("生态保护红线内禁止建设，国家重大基础设施除外。", attributes=attributes) is None


def test_a_negated_flag_in_an_exception():
    found = fields("禁止在长江干支流岸线一公里范围内建设化工项目，不新增产能的改建项目除外。")
    assert found["except"] == [{"construction": ["renovation"], "not": {"flag": "capacity_increase"}}]


@pytest.mark.parametrize("clause", ["新增VOCs排放的项目实施倍量替代。", "新增VOCs排放的项目按2:1实施削减替代。"])
def test_substitution_ratios_are_a_note_not_a_condition(clause):
    found = suggest(clause, "", CTX["attributes"], CTX["layers"], lang="en")
    assert found.rule_fields() == {"effect": "require", "when": {"attribute": {"name": "vocs_tpa", "op": ">",
                                                                              "value": 0}}}
    assert found.notes and "substitution ratio" in found.notes[0]


def test_two_conditions_joined_by_and_or_or_give_nothing():
    assert fields("禁止新建排放重点重金属和排放污染物的项目。") is None
    assert fields("禁止新建化工或排放重点重金属的项目。") is None


@pytest.mark.parametrize("clause", ["推进清洁生产，提升资源利用效率。", "严格落实用水总量和强度双控。",
                                    "禁止新建、扩建不符合国家产业政策的项目。", "化工园区应建设有毒有害气体预警体系。",
                                    "禁止新建化工项目，现有化工企业应搬迁入园。", ""])
def test_prose_and_unexplained_words_give_nothing(clause):
    assert fields(clause) is None


def test_chinese_and_english_must_agree():
    assert fields("禁止新建化工项目。", "No new steel projects.") is None
    found = suggest("禁止新建化工项目。", "No new chemical projects.", CTX["attributes"], CTX["layers"], lang="en")
    assert {span.lang for span in found.spans} == {"zh", "en"}


def test_spans_are_the_words_each_part_came_from():
    text = "禁止在长江干支流岸线一公里范围内新建化工项目。"
    found = suggest(text, "", CTX["attributes"], CTX["layers"], lang="en")
    words = {part.role if part.effect else next(iter(part.condition)): [s.words for s in part.spans]
             for part in found.parts}
    assert words == {"effect": ["禁止"], "spatial": ["在长江干支流岸线一公里范围内"], "construction": ["新建"],
                     "industry": ["化工"]}
    assert all(text[s.start:s.end] == s.words for s in found.spans)


def test_full_width_digits_are_read_and_kept_in_the_spans():
    found = suggest("禁止新建３５蒸吨／小时以下燃煤锅炉。", "", CTX["attributes"], CTX["layers"], lang="en")
    assert found.when == when("禁止新建35蒸吨/小时以下燃煤锅炉。")
    assert any("３５" in span.words for span in found.spans)


def test_explanations_are_translated(qgis_app):
    found = suggest("禁止新建化工项目。", "", CTX["attributes"], CTX["layers"], lang="zh")
    effect = next(part for part in found.parts if part.effect)
    assert effect.why == "“禁止”表示禁止：管控方式 prohibit（禁止）。"


@pytest.mark.parametrize(("lang", "why"), [
    ("en", "“造纸” is read as the industry C221 纸浆制造, C222 造纸 of GB/T 4754-2017 (a common list word)."),
    ("zh", "“造纸”为清单常用词，读作 GB/T 4754-2017 行业 C221 纸浆制造、C222 造纸。"),
])
def test_the_codes_of_an_industry_are_listed_as_the_explanation_s_language_lists_them(qgis_app, lang, why):
    found = suggest("禁止新建造纸项目。", "", CTX["attributes"], CTX["layers"], lang=lang)
    assert [part.why for part in found.parts if (part.condition or {}).get("industry")] == [why]


@pytest.fixture
def rule_set():
    """Three text rules (one without any shape) and one rule with conditions already."""
    rules = [text_rule("T1", "禁止在长江干支流岸线一公里范围内新建化工项目。"),
             text_rule("T2", "严格落实用水总量和强度双控。", dimension="resource_efficiency"),
             text_rule("T3", "生态保护红线内禁止建设，国家重大基础设施除外。"),
             {"id": "R1", "level": "general", "dimension": "spatial_layout", "effect": "prohibit",
              "when": {"catalogue": "eliminated"}, "text": {"zh": "禁止淘汰类项目。"}}]
    return document(rules)


def test_suggestions_are_marked_never_applied(rule_set):
    marked = suggest_ruleset(rule_set, lang="en")
    t1, t2, t3, r1 = marked["rules"]
    assert t1["effect"] == "text" and "when" not in t1
    assert t1["suggested"]["when"]["spatial"]["distance_m"] == 1000
    assert t1["suggested"]["suggested_from"] == rule_set["rules"][0]["text"]["zh"]
    source = t1["suggested"]["from"][1]
    assert source == {"part": "when", "lang": "zh", "spans": [[2, 16]], "words": ["在长江干支流岸线一公里范围内"],
                      "why": source["why"]}
    assert "suggested" not in t2 and t3["suggested"]["except"] == [{"flag": "major_infrastructure"}]
    assert r1 == rule_set["rules"][3]
    assert rule_set["rules"][0] == text_rule("T1", "禁止在长江干支流岸线一公里范围内新建化工项目。")
    assert schema_errors(marked) == []


def test_accepting_applies_them_and_records_the_text(rule_set):
    accepted = suggest_ruleset(rule_set, accept=True, lang="en")
    t1 = accepted["rules"][0]
    assert list(t1) == ["id", "level", "dimension", "effect", "when", "text", "suggested_from"]
    assert t1["effect"] == "prohibit" and t1["suggested_from"] == t1["text"]["zh"]
    assert accepted["rules"][1] == rule_set["rules"][1]
    assert schema_errors(accepted) == []


def test_accepting_applies_a_marker_as_edited(rule_set):
    marked = suggest_ruleset(rule_set, lang="en")
    marked["rules"][0]["suggested"]["when"]["spatial"]["distance_m"] = 3000
    assert suggest_ruleset(marked, lang="en") == marked
    accepted = suggest_ruleset(marked, accept=True, lang="en")
    assert accepted["rules"][0]["when"]["spatial"]["distance_m"] == 3000


def test_marked_and_accepted_rule_sets_load(rule_set, tmp_path, qgis_app):
    from zoning_review.plugin.core.rules.loader import load_ruleset

    for accept, effect in ((False, "text"), (True, "prohibit")):
        path = tmp_path / f"rules-{accept}.yaml"
        path.write_text(yaml.safe_dump(suggest_ruleset(rule_set, accept, "en"), allow_unicode=True), encoding="utf-8")
        result = load_ruleset(str(path))
        assert result.ruleset is not None, [m.text("en") for m in result.messages]
        assert result.ruleset.rules[0].effect == effect
        assert (result.ruleset.rules[0].when is None) == (not accept)


def test_the_schema_checks_a_marker(rule_set):
    marked = suggest_ruleset(rule_set, lang="en")
    broken = copy.deepcopy(marked)
    broken["rules"][0]["suggested"]["only_if"] = {"flag": "major_infrastructure"}
    assert schema_errors(broken)
    broken = copy.deepcopy(marked)
    del broken["rules"][0]["suggested"]["suggested_from"]
    assert schema_errors(broken)
    broken = copy.deepcopy(marked)
    broken["rules"][0]["suggested"]["effect"] = "text"
    assert schema_errors(broken)


def test_a_park_kind_reads_yuanqu_nei_as_its_own_scope():
    rule = dict(text_rule("K1", "园区内新建化工项目应开展环境风险评估。"), level="category", category="key_park")
    doc = dict(document([rule]), kinds={"key_park": {"parent": "key", "values": ["重点管控单元（产业园区）"],
                                                     "label": {"zh": "重点管控单元（产业园区）"}}})
    assert suggest_ruleset(doc, lang="en")["rules"][0]["suggested"]["when"] == {"industry": ["C26"],
                                                                                "construction": ["new"]}
    general = suggest_ruleset(document([text_rule("G1", rule["text"]["zh"])]), lang="en")
    assert general["rules"][0]["suggested"]["when"]["spatial"] == {"layer": "industrial_park", "relation": "overlaps"}


def test_a_distance_is_explained_with_its_digits_grouped():
    """The part's why writes 1,000 m as the reasons do (not "within 1000 m"); a fraction keeps its decimals."""
    def whys(clause):
        return [part.why for part in suggest(clause, "", CTX["attributes"], CTX["layers"], lang="en").parts]

    assert [why for why in whys("禁止在长江干支流岸线一公里范围内新建化工项目。") if "within 1,000 m" in why]
    assert [why for why in whys("距饮用水水源保护区1.5公里范围内禁止新建化工项目。") if "within 1,500 m" in why]


INVESTMENT = {"investment": {"type": "number", "unit": "万元", "label": {"zh": "项目总投资", "en": "Total investment"}}}
BOILER = {"boiler_tph": {"type": "number", "unit": "t/h", "unit_zh": "蒸吨/小时",
                         "label": {"zh": "燃煤锅炉蒸发量", "en": "Boiler capacity"}}}


@pytest.mark.parametrize(("clause", "attributes", "lang", "why"), [
    ("投资额低于5亿元的项目不予准入。", INVESTMENT, "zh", "“投资额低于5亿元的项目”：“项目总投资”低于 50,000 万元。"),
    ("投资额低于5亿元的项目不予准入。", INVESTMENT, "en",
     "“投资额低于5亿元的项目”: Total investment less than 50,000 (10,000 yuan)."),
    ("禁止新建35蒸吨/小时以下燃煤锅炉。", BOILER, "zh",
     "“35蒸吨/小时以下燃煤锅炉”：“燃煤锅炉蒸发量”低于 35 蒸吨/小时。"),
    ("禁止新建35蒸吨/小时以下燃煤锅炉。", BOILER, "en", "“35蒸吨/小时以下燃煤锅炉”: Boiler capacity less than 35 t/h."),
])
def test_a_threshold_s_explanation_writes_the_amount_as_the_reasons_do(qgis_app, clause, attributes, lang, why):
    """It wrote 50000 万元 (ungrouped) and 35 t/h in Chinese although the rule set declares unit_zh: 蒸吨/小时."""
    found = suggest(clause, "", attributes, {}, lang=lang)
    assert [part.why for part in found.parts if (part.condition or {}).get("attribute", {}).get("op") == "<"] == [why]
