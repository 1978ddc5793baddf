"""Rule sets and the inputs they declare (#15): declared values and 'in', finite numbers, dates not yet
in force, nesting limits, and the C YAML loader giving what the Python one gives."""

import datetime
import json
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_ruleset_loader import BASE, line_of, only_error, rule, write
from zoning_review.plugin.core.model.results import Listed
from zoning_review.plugin.core.rules import yaml_source
from zoning_review.plugin.core.rules.loader import load_ruleset

ROOT = Path(__file__).resolve().parents[1]
RULE_SETS = sorted((ROOT / "tests" / "data" / "rules").glob("*.yaml")) + [
    ROOT / "rules" / "examples" / "xiongan_example.yaml"]
FUEL = """  fuel:
    type: string
    label: {zh: 燃料, en: Fuel}
    values:
      - {id: coal, label: {zh: 燃煤, en: Coal}, synonyms: [煤炭]}
      - {id: gas, label: {zh: 燃气}}
"""


def with_fuel(appended: str, declaration: str = FUEL) -> str:
    """The base file with a declared-values attribute and a rule appended."""
    return BASE.replace("layers:\n", declaration + "layers:\n", 1) + appended


def test_declared_values_and_in_load_as_ids(tmp_path):
    text = with_fuel(rule("when: {attribute: {name: fuel, op: in, value: [燃煤, Gas]}}"))
    result = load_ruleset(str(write(tmp_path, text)))
    assert result.ruleset is not None and result.messages == [], result.text("en")
    (condition,) = [c for c in result.ruleset.rules[-1].conditions() if c.kind == "attribute"]
    assert (condition.op, condition.value) == ("in", ("coal", "gas"))
    decl = result.ruleset.attributes["fuel"]
    assert decl.values.id_of("煤炭") == "coal" and decl.values.id_of("柴油") == ""


BAD_CASES = [
    ("value not declared", with_fuel(rule("when: {attribute: {name: fuel, op: '==', value: 柴油}}")),
     "op: '=='", "{value} is not one of the values declared for {name}", "$.rules[1].when.attribute.value"),
    ("in with one value", with_fuel(rule("when: {attribute: {name: fuel, op: in, value: coal}}")),
     "op: in", "in compares a string attribute with a list of values", "$.rules[1].when.attribute.op"),
    ("in on a number", with_fuel(rule("when: {attribute: {name: boiler_tph, op: in, value: [1, 2]}}")),
     "op: in", "in compares a string attribute", "$.rules[1].when.attribute.op"),
    ("values on a number", BASE.replace("boiler_tph: {type: number, unit: t/h,",
                                        "boiler_tph: {type: number, values: [{id: a, label: {zh: 甲}}], unit: t/h,"),
     "boiler_tph:", "values: is only for attributes of type string", "$.attributes.boiler_tph.values"),
    ("unit aliases on a string", BASE.replace("product: {type: string,", "product: {type: string, unit_aliases: [件],"),
     "product:", "unit_aliases: is only for attributes of type number", "$.attributes.product.unit_aliases"),
    ("Chinese unit on a string", BASE.replace("product: {type: string,", "product: {type: string, unit_zh: 件,"),
     "product:", "unit_zh: is only for attributes of type number that declare a unit", "$.attributes.product.unit_zh"),
    ("Chinese unit without a unit", BASE.replace("water_m3d: {type: number, unit: m³/d,",
                                                 "water_m3d: {type: number, unit_zh: 立方米/日,"),
     "water_m3d:", "unit_zh: is only for attributes of type number that declare a unit",
     "$.attributes.water_m3d.unit_zh"),
    ("a spelling for two values", with_fuel("", FUEL.replace("synonyms: [煤炭]", "synonyms: [燃气]")),
     "values:", "The spelling {spelling} names two values of {name}", "$.attributes.fuel.values"),
    ("NaN threshold", BASE + rule("when: {attribute: {name: boiler_tph, op: '>', value: .nan}}"),
     "value: .nan", "{field} must be a finite number", "$.rules[1].when.attribute.value"),
    ("infinite distance", BASE + rule("when: {spatial: {layer: river_bank, relation: within, distance_m: .inf}}"),
     "distance_m: .inf", "{field} must be a finite number", "$.rules[1].when.spatial.distance_m"),
    ("NaN in a unit attribute list", BASE + rule("when: {unit_attribute: {field: ZLCB, op: in, value: [1, .NaN]}}"),
     ".NaN", "{field} must be a finite number", "$.rules[1].when.unit_attribute.value"),
    ("catalogue class unknown", BASE + rule("when: {catalogue: 第三类}"),
     "第三类", "{value} is not allowed for {field}", "$.rules[1].when.catalogue"),
    ("unit attribute == unquoted yes", BASE + rule("when: {unit_attribute: {field: ZLCB, op: '==', value: yes}}"),
     "yes", "{value} is read by YAML 1.1 as yes/no", "$.rules[1].when.unit_attribute.value"),
    ("unit attribute in [..., true]", BASE + rule("when: {unit_attribute: {field: ZLCB, op: in, value: [是, true]}}"),
     "ZLCB", "YAML reads yes, no, true, false, on and off", "$.rules[1].when.unit_attribute.value"),
    ("unit attribute equal to a list", BASE + rule("when: {unit_attribute: {field: ZLCB, op: '==', value: [是]}}"),
     "ZLCB", "in compares a unit-layer field with a list of values", "$.rules[1].when.unit_attribute.op"),
    ("unit attribute unequal to a list", BASE + rule("when: {unit_attribute: {field: ZLCB, op: '!=', value: [否]}}"),
     "ZLCB", "in compares a unit-layer field with a list of values", "$.rules[1].when.unit_attribute.op"),
    ("unit attribute in one word", BASE + rule("when: {unit_attribute: {field: ZLCB, op: in, value: 超标}}"),
     "ZLCB", "in compares a unit-layer field with a list of values", "$.rules[1].when.unit_attribute.op"),
    ("unit attribute in an empty list", BASE + rule("when: {unit_attribute: {field: ZLCB, op: in, value: []}}"),
     "ZLCB", "{field} must not be empty", "$.rules[1].when.unit_attribute.value"),
    ("unit attribute above a word", BASE + rule("when: {unit_attribute: {field: PWWPFGK, op: '>', value: 很多}}"),
     "PWWPFGK", "The comparison {op} needs a number, not {value}", "$.rules[1].when.unit_attribute.value"),
    ("expression naming a value by its label", with_fuel(rule("""when: {expression: '"fuel" = ''燃煤'''}""")),
     "expression:", "The expression compares {name} with '{value}', which names the value {id}",
     "$.rules[1].when.expression"),
    ("expression naming a value by its English label", with_fuel(rule("""when: {expression: '''Coal'' <> "fuel"'}""")),
     "expression:", "The expression compares {name} with '{value}', which names the value {id}",
     "$.rules[1].when.expression"),
    ("expression with an undeclared value", with_fuel(rule("""when: {expression: '"fuel" in (''coal'', ''柴油'')'}""")),
     "expression:", "The expression compares {name} with '{value}', which is not one of the values declared",
     "$.rules[1].when.expression"),
]


@pytest.mark.parametrize("case, text, needle, template, path", BAD_CASES, ids=[c[0] for c in BAD_CASES])
def test_bad_declarations_give_a_located_message(tmp_path, case, text, needle, template, path):
    error = only_error(load_ruleset(str(write(tmp_path, text))))
    assert error.reason.template.startswith(template), error.text("en")
    assert error.json_path == path
    assert error.line == line_of(text, needle), error.text("en")


@pytest.mark.parametrize("expression, expected", [
    ("\"fuel\" = '燃煤'", [{"name": "fuel", "value": "燃煤", "id": "coal"}]),
    ("\"fuel\" not in ('煤炭', 'Gas')", [{"name": "fuel", "value": "煤炭", "id": "coal"},
                                     {"name": "fuel", "value": "Gas", "id": "gas"}]),
    ("\"boiler_tph\" > 1 and '柴油' = \"fuel\"",
     [{"name": "fuel", "value": "柴油", "allowed": Listed(("coal", "gas"))}]),
    ("\"fuel\" = 'coal' or \"fuel\" <> 'gas' or \"fuel\" IS NULL or \"product\" = '电镀'", []),
    ("lower(\"fuel\") = 'coal' or \"fuel\" ILIKE 'CO%' or left(\"fuel\", 2) IN ('ga') or strpos(\"fuel\", 'oa') > 0 "
     "or array_contains(array('coal'), \"fuel\") or lower(\"product\") = '电镀'", []),
    ("if(\"fuel\" = 'coal', to_int(\"fuel\"), 1) = 1", []),  # to_int('coal') fails, and 'gas' gives 1 all the same
])
def test_an_expression_compares_declared_values_by_their_ids(tmp_path, expression, expected):
    text = with_fuel(rule("when:\n  expression: " + json.dumps(expression, ensure_ascii=False)))
    result = load_ruleset(str(write(tmp_path, text)))
    assert [m.reason.values for m in result.messages] == expected, result.text("en")
    assert (result.ruleset is None) == bool(expected)


def test_free_text_comparison_loads_with_a_warning(tmp_path):
    text = BASE + rule("when: {attribute: {name: product, op: '==', value: 电镀}}")
    result = load_ruleset(str(write(tmp_path, text)))
    assert result.ruleset is not None
    (warning,) = result.warnings
    assert warning.reason.template.startswith("{name} declares no values:")
    assert warning.json_path == "$.rules[1].when.attribute"


def test_prohibited_and_permitted_catalogue_classes_load(tmp_path):
    text = BASE + rule("when: {catalogue: [禁止类, 允许类, prohibited]}")
    result = load_ruleset(str(write(tmp_path, text)))
    assert result.ruleset is not None, result.text("en")
    (condition,) = result.ruleset.rules[-1].conditions()
    assert condition.values == ("prohibited", "permitted", "prohibited")


@pytest.mark.parametrize("days, expected", [(-1, ""), (0, ""), (1, "not_yet_effective")])
def test_effective_date_in_the_future_is_warned_about(tmp_path, days, expected):
    today = datetime.date(2024, 5, 1)
    effective = today + datetime.timedelta(days=days)
    text = BASE.replace('effective: "2024-01-01"', f'effective: "{effective.isoformat()}"')
    result = load_ruleset(str(write(tmp_path, text)), today=today)
    assert result.ruleset is not None and result.ruleset.validity(today) == expected
    templates = [m.reason.template for m in result.warnings]
    assert bool(templates) == bool(expected)
    if expected:
        assert templates[0].startswith("This rule set takes effect on {effective}")
        assert result.warnings[0].line == line_of(text, "effective:")
        assert "2024-05-02" in result.warnings[0].text("zh") and "尚未施行" in result.warnings[0].text("zh")


@pytest.mark.parametrize("levels", [28, 180])
def test_conditions_nested_too_deep_give_a_translated_message(tmp_path, levels):
    condition = "{flag: major_infrastructure}"
    for _level in range(levels):
        condition = "{all: [" + condition + "]}"
    result = load_ruleset(str(write(tmp_path, BASE + rule(f"when: {condition}"))))
    if levels == 28:
        assert result.ruleset is not None, result.text("en")
        return
    error = only_error(result)
    assert error.reason.template.startswith("The file is nested more than {limit} levels deep here")
    assert "嵌套超过 64 层" in error.text("zh")


def test_an_alias_cannot_nest_deeper_than_the_limit(tmp_path):
    text = BASE + "x_deep: &deep " + "[" * 40 + "]" * 40 + "\nx_more: " + "[" * 30 + "*deep" + "]" * 30 + "\n"
    error = only_error(load_ruleset(str(write(tmp_path, text))))
    assert error.reason.template.startswith("The file is nested more than {limit} levels deep here")
    assert error.line == line_of(text, "x_deep")  # where the expanded nesting passes the limit


def test_the_c_loader_is_used_when_pyyaml_has_it():
    assert hasattr(yaml, "CSafeLoader")
    assert issubclass(yaml_source.RulesYamlLoader, yaml.CSafeLoader)


@pytest.mark.parametrize("path", RULE_SETS, ids=lambda p: p.name)
def test_c_and_python_loaders_read_every_rule_set_alike(path):
    c_document, c_messages = yaml_source.read_yaml(str(path), loader=yaml_source.CRulesLoader)
    py_document, py_messages = yaml_source.read_yaml(str(path), loader=yaml_source.PythonRulesLoader)
    assert c_messages == py_messages == []
    assert c_document.data == py_document.data and c_document.marks == py_document.marks


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(allow_nan=False),
                    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=8),
                    st.dates().map(lambda d: d.isoformat()), st.sampled_from(["yes", "No", "~", "0o17", "1e3", ".inf"]))
DOCUMENTS = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(alphabet="abcxyz_中文", min_size=1, max_size=5), inner,
                                                 max_size=4)), max_leaves=25)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.text(alphabet="abc", min_size=1, max_size=3), DOCUMENTS, min_size=1, max_size=4),
       st.sampled_from([None, True, False]), st.sampled_from(["'", '"', None]))
def test_c_and_python_loaders_agree_on_any_document(tmp_path_factory, document, flow, style):
    text = yaml.safe_dump(document, allow_unicode=True, default_flow_style=flow, default_style=style)
    path = tmp_path_factory.mktemp("yaml") / "doc.yaml"
    path.write_text(text, encoding="utf-8")
    c_document, c_messages = yaml_source.read_yaml(str(path), loader=yaml_source.CRulesLoader)
    py_document, py_messages = yaml_source.read_yaml(str(path), loader=yaml_source.PythonRulesLoader)
    assert [m.reason for m in c_messages] == [m.reason for m in py_messages]
    if c_document is not None:
        assert c_document.data == py_document.data and c_document.marks == py_document.marks


LISTED_IN_MESSAGES = [
    # (rule appended, the list as English joins it, as Chinese joins it)
    (rule("when: {construction: 新造}"), "new, expansion, renovation, relocation, upgrade",
     "new、expansion、renovation、relocation、upgrade"),
    (rule("when: {attribute: {name: fuel, op: in, value: [柴油]}}"), "coal, gas", "coal、gas"),
    (rule("when: {flag: major_infrastructure, colour: red}"), "all, any, attribute, catalogue",
     "all、any、attribute、catalogue"),
]


@pytest.mark.parametrize("appended, english, chinese", LISTED_IN_MESSAGES, ids=["checks", "declared", "schema"])
def test_lists_in_load_messages_are_joined_as_the_language_lists(tmp_path, appended, english, chinese):
    error = only_error(load_ruleset(str(write(tmp_path, with_fuel(appended)))))
    assert english in error.text("en") and chinese in error.text("zh"), error.text("zh")
    assert ", " not in error.text("zh").split(": ", 2)[2]


@pytest.mark.parametrize("condition, variables, json_path", [
    ("{expression: '\"water_m3d\" > @limit'}", ["limit"], "$.rules[1].when.expression"),
    ("{expression: '@qgis_version IS NULL or \"water_m3d\" > 1'}", ["qgis_version"], "$.rules[1].when.expression"),
    ("{expression: \"with_variable('x', @y, @x > 1)\"}", ["y"], "$.rules[1].when.expression"),
    ("{expression: 'array_length(array_filter(array(\"water_m3d\"), @element > @min)) > 0'}", ["min"],
     "$.rules[1].when.expression"),
    ("{spatial: {layer: water_source, relation: overlaps, where: '\"grade\" = @grade or @project_crs IS NULL'}}",
     ["grade", "project_crs"], "$.rules[1].when.spatial.where"),
])
def test_an_expression_or_filter_reading_a_variable_is_refused_at_load(tmp_path, condition, variables, json_path):
    """The review evaluates expressions and filters without QGIS's scopes: every @variable read NULL, so an
    expression with one always needed information (or, with IS NULL, was always true)."""
    text = BASE + rule(f"when: {condition}")
    result = load_ruleset(str(write(tmp_path, text)))
    assert result.ruleset is None
    errors = result.errors
    assert [e.reason.values["variable"] for e in errors] == variables
    assert all(e.json_path == json_path and e.line == line_of(text, "when:", BASE.count("\n")) for e in errors)
    assert all(f"@{v}" in e.text("zh") for v, e in zip(variables, errors))



@pytest.mark.parametrize("expression, template, values", [
    ("lower(\"fuel\") = '燃煤'", "The expression compares {side} with '{value}', which names the value {id} of",
     {"value": "燃煤", "id": "coal", "name": "fuel", "gives": "coal"}),
    ("upper(\"fuel\") <> 'gas'", "The expression compares {side} with '{value}', which names the value {id} of",
     {"value": "gas", "id": "gas", "name": "fuel", "gives": "GAS"}),
    ("trim(\"fuel\") NOT IN ('coal', '煤炭')", "The expression compares {side} with '{value}', which names",
     {"value": "煤炭", "id": "coal", "name": "fuel", "gives": "coal"}),
    ("\"fuel\" LIKE '燃%'", "The expression compares {side} with '{value}', which holds for none",
     {"value": "燃%", "name": "fuel", "allowed": Listed(("coal", "gas")), "results": Listed(("coal", "gas"))}),
    ("length(\"fuel\") = 9", "The expression compares {side} with '{value}', which holds for none",
     {"value": "9", "name": "fuel", "allowed": Listed(("coal", "gas")), "results": Listed(("4", "3"))}),
    ("array_contains(array('Gas', 'coal'), \"fuel\")", "The expression uses '{value}' with {name}, which names",
     {"value": "Gas", "name": "fuel", "id": "gas"}),
    ("strpos(\"fuel\", '燃煤') > 0", "The expression uses '{value}' with {name}, which names",
     {"value": "燃煤", "name": "fuel", "id": "coal"}),
])
def test_an_expression_compares_declared_values_through_functions_by_their_ids(tmp_path, expression, template,
                                                                             values):
    """A project's 燃煤 reaches an expression as 'coal', so these were false (or true) whatever the project."""
    text = with_fuel(rule("when:\n  expression: " + json.dumps(expression, ensure_ascii=False)))
    result = load_ruleset(str(write(tmp_path, text)))
    (error,) = result.messages
    assert result.ruleset is None and error.severity == "error"
    assert error.reason.template.startswith(template), error.text("en")
    assert {key: error.reason.values[key] for key in values} == values
    assert (error.json_path, error.line) == ("$.rules[1].when.expression", line_of(text, "expression:"))
