"""The rule editor's model: conditions as lists of single conditions, their words, live checks by field."""

import copy

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from zoning_review.plugin.core.rules.rule_form import check_rule, condition_of, conjuncts, new_rule_id, rule_tree
from zoning_review.plugin.gui.rule_editor.words import describe


def example(example_rules):
    return yaml.safe_load(example_rules.read_text(encoding="utf-8"))


def test_conjuncts_flatten_all_and_come_back():
    condition = {"industry": "C26", "spatial": {"layer": "river_bank", "relation": "within", "distance_m": 1000}}
    assert conjuncts(condition) == [{"industry": "C26"},
                                    {"spatial": {"layer": "river_bank", "relation": "within", "distance_m": 1000}}]
    assert condition_of(conjuncts(condition)) == condition
    nested = {"all": [{"construction": ["改建"]}, {"not": {"flag": "capacity_increase"}}]}
    assert conjuncts(nested) == [{"construction": ["改建"]}, {"not": {"flag": "capacity_increase"}}]
    assert condition_of(conjuncts(nested)) == {"construction": ["改建"], "not": {"flag": "capacity_increase"}}
    twice = [{"attribute": {"name": "a", "op": ">", "value": 1}}, {"attribute": {"name": "a", "op": "<", "value": 5}}]
    assert condition_of(twice) == {"all": twice}
    assert condition_of([]) is None


SINGLE = st.one_of(
    st.builds(lambda c: {"industry": c}, st.sampled_from(["C26", "C3011", "B"])),
    st.builds(lambda n: {"construction": n}, st.lists(st.sampled_from(["new", "expansion"]), min_size=1)),
    st.builds(lambda f: {"flag": f}, st.sampled_from(["x", "y"])),
    st.builds(lambda v: {"attribute": {"name": "a", "op": ">", "value": v}}, st.integers(0, 9)),
)


@settings(max_examples=80, deadline=None)
@given(parts=st.lists(SINGLE, min_size=1, max_size=5))
def test_parts_survive_the_round_trip_in_order(parts):
    assert conjuncts(condition_of(parts)) == parts


def test_words_use_the_rule_sets_labels(example_rules, qgis_app):
    doc = example(example_rules)
    assert describe({"spatial": {"layer": "river_bank", "relation": "within", "distance_m": 1000.0}}, doc) == \
        "Within 1,000 m of 河流岸线"
    assert describe({"industry": ["C3011"]}, doc) == "Industry: C3011 Manufacture of cement"  # English UI
    assert describe({"not": {"flag": "capacity_increase"}}, doc) == "是否新增产能: no"
    assert describe({"construction": ["改建", "upgrade"]}, doc) == "Construction: Renovation, Technical upgrade"
    assert describe({"any": [{"flag": "a"}]}, doc).startswith("Written in YAML: ")


def test_words_group_the_digits_of_amounts_not_of_unit_values(example_rules, qgis_app):
    """Distances and a declared number's values have thousands separators, as the reasons write them; a unit
    field's value may be a code (an administrative code) and stays as written."""
    doc = example(example_rules)
    assert describe({"spatial": {"layer": "river_bank", "relation": "within", "distance_m": 12500.5}}, doc) == \
        "Within 12,500.5 m of 河流岸线"
    assert describe({"attribute": {"name": "investment_wan", "op": ">", "value": 50000}}, doc) == \
        "项目总投资（万元）: more than 50,000 (10,000 yuan)"
    assert describe({"attribute": {"name": "investment_wan", "op": "in", "value": [50000, 120000.0]}}, doc) == \
        "项目总投资（万元）: one of 50,000, 120,000"
    assert describe({"unit_attribute": {"field": "XZQDM", "op": "==", "value": 130629}}, doc) == \
        "Unit field XZQDM: equal to 130629"


def test_words_write_a_declared_number_without_a_unit_as_given(example_rules, qgis_app):
    """A year declared without a unit is no amount: its value is worded 2026, as the reasons write it."""
    doc = example(example_rules)
    doc["attributes"]["start_year"] = {"type": "number", "label": {"zh": "投产年份"}}
    assert describe({"attribute": {"name": "start_year", "op": ">=", "value": 2026}}, doc) == "投产年份: at least 2026"
    assert describe({"attribute": {"name": "investment_wan", "op": ">=", "value": 2026}}, doc) == \
        "项目总投资（万元）: at least 2,026 (10,000 yuan)"


def test_rules_are_grouped_by_level_then_dimension(example_rules, qgis_app):
    rules = example(example_rules)["rules"]
    tree = rule_tree(rules)
    assert [len(indexes) for _l, _d, indexes in tree] and sum(len(i) for _l, _d, i in tree) == len(rules)
    assert tree[0][:2] == ("general", "spatial_layout")
    levels = [rules[i]["level"] for _l, _d, indexes in tree for i in indexes]
    assert levels == sorted(levels, key=["general", "category", "unit"].index)
    assert new_rule_id(rules, "G-SL") == "G-SL-08"


def test_live_checks_name_the_field(example_rules, qgis_app):
    doc = example(example_rules)
    index = 2
    good = check_rule(doc, index, "x.yaml")
    assert not [m for ms in good.values() for m in ms if m.severity == "error"]
    bad = copy.deepcopy(doc)
    bad["rules"][index]["when"]["spatial"]["layer"] = "nowhere"
    found = check_rule(bad, index, "x.yaml")
    assert list(found) == ["when"] and "nowhere" in found["when"][0].text()
    missing = copy.deepcopy(doc)
    del missing["rules"][index]["when"]
    assert "when" in check_rule(missing, index, "x.yaml")
    twice = copy.deepcopy(doc)
    twice["rules"][index]["id"] = twice["rules"][0]["id"]
    assert "id" in check_rule(twice, index, "x.yaml")
    code = copy.deepcopy(doc)
    code["rules"][index]["when"]["industry"] = "C9999"
    assert "C9999" in check_rule(code, index, "x.yaml")["when"][0].text()
    other = copy.deepcopy(doc)
    other["rules"][0]["when"] = {"flag": "undeclared"}
    assert set(check_rule(other, index, "x.yaml")) == {""}


def test_the_yaml_page_reads_numbers_as_a_rule_file_does(qgis_app):
    from zoning_review.plugin.gui.rule_editor.yaml_condition import yaml_condition as _yaml_condition

    written = "spatial: {layer: river_bank, relation: within, distance_m: %s}"
    assert _yaml_condition(written % "1000")["spatial"]["distance_m"] == 1000
    assert _yaml_condition(written % "010")["spatial"]["distance_m"] == "010"  # not octal 8
    assert _yaml_condition(written % "1:00")["spatial"]["distance_m"] == "1:00"  # not sexagesimal 60



@pytest.mark.parametrize("written, problem", [
    ("1_000", "Line 1, column 60: 1_000 is a number written with _ between its digits, which the plugin reads "
              "nowhere else: write 1000, or put it in quotes ('1_000') if it is text."),
    ("yes", "Line 1, column 60: yes is read by YAML 1.1 as yes/no but by YAML 1.2 tools as text: write true for a "
            "yes/no value, or put it in quotes ('yes') if it is text."),
])
def test_the_yaml_page_refuses_what_a_rule_file_refuses_where_it_stands(qgis_app, written, problem):
    """The page read 1_000 as 1000 (which its number fields refuse) and yes as yes/no."""
    from zoning_review.plugin.gui.rule_editor.yaml_condition import yaml_condition as _yaml_condition

    with pytest.raises(ValueError) as raised:
        _yaml_condition(f"spatial: {{layer: river_bank, relation: within, distance_m: {written}}}")
    assert str(raised.value) == problem
    assert _yaml_condition(f"unit_attribute: {{field: F, op: ==, value: '{written}'}}")["unit_attribute"]["value"] \
        == written


@pytest.mark.parametrize("written, line, column", [
    ("flag: major\n construction: [new]", 2, 14),  # the colon after construction, indented under a value
    ("any:\n  - flag: a\n  - flag: [b", 3, 13),  # the end of the text, where the ] is missing
])
def test_the_yaml_page_names_where_its_text_is_not_yaml_and_what_to_check(qgis_app, written, line, column):
    from zoning_review.plugin.gui.rule_editor.yaml_condition import yaml_condition as _yaml_condition

    with pytest.raises(ValueError) as raised:
        _yaml_condition(written)
    assert str(raised.value).startswith(f"Line {line}, column {column}: this is not valid YAML here: ")
