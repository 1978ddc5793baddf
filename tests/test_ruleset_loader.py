"""Loading rule sets: the example validates; malformed files give clear, located messages."""

import datetime
from pathlib import Path

import pytest

from zoning_review.plugin.core.rules.loader import load_ruleset

DATA = Path(__file__).parent / "data" / "rules"
BASE = (DATA / "base.yaml").read_text(encoding="utf-8")


def rule(body: str, rule_id: str = "T-01", effect: str = "prohibit", level: str = "general") -> str:
    """A rule appended to the base file (two-space list indentation)."""
    head = (
        f"  - id: {rule_id}\n    level: {level}\n    dimension: spatial_layout\n"
        f"    effect: {effect}\n    text: {{zh: 测试条款}}\n"
    )
    return head + "".join(f"    {line}\n" for line in body.strip("\n").split("\n") if line)


def line_of(text: str, needle: str, after: int = 0) -> int:
    """1-based line of the first line after line ``after`` that contains needle."""
    lines = enumerate(text.split("\n"), 1)
    return next(i for i, line in lines if i > after and needle in line)


def write(tmp_path: Path, content, name: str = "rules.yaml") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def only_error(result):
    assert result.ruleset is None
    assert result.errors, result.text("en")
    return result.errors[0]


def test_example_rule_set_validates_and_covers_every_construct(example_rules):
    result = load_ruleset(str(example_rules))
    assert result.ruleset is not None, result.text("en")
    assert result.messages == []
    rules = result.ruleset.rules
    assert len(rules) >= 30
    assert {r.level for r in rules} == {"general", "category", "unit"}
    assert {r.effect for r in rules} == {"prohibit", "restrict", "require", "allow", "text"}
    assert {r.dimension for r in rules} == {
        "spatial_layout",
        "pollutant_emission",
        "risk_prevention",
        "resource_efficiency",
    }
    kinds = {c.kind for r in rules for c in r.conditions()}
    assert kinds == {
        "industry",
        "construction",
        "catalogue",
        "attribute",
        "flag",
        "spatial",
        "unit_attribute",
        "expression",
        "all",
        "any",
        "not",
    }
    relations = {c.relation for r in rules for c in r.conditions() if c.kind == "spatial"}
    assert relations == {"within", "inside", "outside", "overlaps"}
    assert any(r.exceptions for r in rules) and any(r.only_if for r in rules)
    assert {r.category for r in rules if r.level == "category"} == {"priority", "key", "general", "key_park"}
    assert not [r for r in rules if r.level == "general" and r.effect == "text"]
    meta = result.ruleset.metadata
    assert meta.effective == datetime.date(2024, 1, 1)
    assert "冀政字〔2020〕71号" in [s.number for s in meta.sources]


def test_example_rule_set_spatial_queries(example_rules):
    ruleset = load_ruleset(str(example_rules)).ruleset
    keys = [q.key for q in ruleset.spatial_queries()]
    assert keys == [
        "industrial_park",
        "red_line",
        "river_bank",
        "water_source",
        "water_source[\"grade\" = 'I']",
        "water_source[\"grade\" = 'II']",
    ]


def test_bounded_queries_reach_as_far_as_the_within_rules_look(example_rules):
    ruleset = load_ruleset(str(example_rules)).ruleset
    reach = {q.key: q.reach_m for q in ruleset.bounded_queries()}
    # read off the example file: river_bank within 1000 m, water_source within 3000 m; the rest only overlap
    assert reach == {
        "industrial_park": 0.0,
        "red_line": 0.0,
        "river_bank": 1000.0,
        "water_source": 3000.0,
        "water_source[\"grade\" = 'I']": 0.0,
        "water_source[\"grade\" = 'II']": 0.0,
    }


def test_base_fixture_loads(tmp_path):
    result = load_ruleset(str(DATA / "base.yaml"))
    assert result.ruleset is not None and result.messages == []
    assert result.ruleset.attributes["boiler_tph"].unit == "t/h"


BAD_RULE_CASES = [
    # (case id, text appended to the base rules, needle on the expected line, template start, json path)
    (
        "unknown effect",
        rule("when: {industry: C26}", effect="forbid"),
        "effect: forbid",
        "{value} is not allowed for {field}",
        "$.rules[1].effect",
    ),
    (
        "duplicate id",
        rule("when: {industry: C26}", rule_id="BASE-01"),
        "id: BASE-01",
        "The rule id {id} is used twice",
        "$.rules[1].id",
    ),
    (
        "unknown industry code",
        rule("when: {industry: C2699}"),
        "C2699",
        "Unknown industry code {code}",
        "$.rules[1].when.industry",
    ),
    (
        "undeclared attribute",
        rule("when:\n  attribute: {name: noise_db, op: '>', value: 3}"),
        "noise_db",
        "The attribute {name} is used but not declared",
        "$.rules[1].when.attribute.name",
    ),
    (
        "undeclared flag",
        rule("when: {flag: is_secret}"),
        "is_secret",
        "The attribute {name} is used but not declared",
        "$.rules[1].when.flag",
    ),
    (
        "undeclared attribute in expression",
        rule("when: {expression: '\"noise\" > 3'}"),
        "noise",
        "The attribute {name} is used but not declared",
        "$.rules[1].when.expression",
    ),
    (
        "undeclared layer",
        rule("when:\n  spatial: {layer: wetland, relation: overlaps}"),
        "wetland",
        "The layer {layer} is used but not declared",
        "$.rules[1].when.spatial.layer",
    ),
    (
        "missing zh text",
        rule("when: {industry: C26}").replace("{zh: 测试条款}", "{en: Test}"),
        "{en: Test}",
        "Required field {field} is missing",
        "$.rules[1].text",
    ),
    (
        "unknown field",
        rule("when: {industry: C26}\neffct: prohibit"),
        "effct",
        "Unknown field {field}",
        "$.rules[1].effct",
    ),
    (
        "category level without category",
        rule("when: {industry: C26}", level="category"),
        "- id: T-01",
        "Required field {field} is missing",
        "$.rules[1]",
    ),
    (
        "unknown category",
        rule("category: urban\nwhen: {industry: C26}", level="category"),
        "category: urban",
        "Unknown category {category}",
        "$.rules[1].category",
    ),
    (
        "expression syntax",
        rule("when: {expression: '\"water_m3d\" >> 5'}"),
        ">> 5",
        "The expression is not valid",
        "$.rules[1].when.expression",
    ),
    (
        "only_if on prohibit",
        rule("when: {industry: C26}\nonly_if: {industry: C2614}"),
        "only_if",
        "only_if: is only for rules with effect restrict",
        "$.rules[1].only_if",
    ),
    (
        "flag on a number attribute",
        rule("when: {flag: boiler_tph}"),
        "flag: boiler_tph",
        "The attribute {name} is declared as {declared} but used as {used}",
        "$.rules[1].when.flag",
    ),
    (
        "number compared with text",
        rule("when:\n  attribute: {name: boiler_tph, op: '<', value: big}"),
        "value: big",
        "The value {value} does not fit attribute",
        "$.rules[1].when.attribute.value",
    ),
    (
        "industry code written as a number",
        rule("when: {industry: 2614}"),
        "2614",
        "{field} must be text, not a number",
        "$.rules[1].when.industry",
    ),
    (
        "within without distance",
        rule("when:\n  spatial: {layer: river_bank, relation: within}"),
        "relation: within",
        "Required field {field} is missing",
        "$.rules[1].when.spatial",
    ),
    (
        "unknown construction nature",
        rule("when: {construction: 新造}"),
        "新造",
        "{value} is not allowed for {field}",
        "$.rules[1].when.construction",
    ),
    ("prohibit without when", rule(""), "- id: T-01", "Required field {field} is missing", "$.rules[1]"),
    ("empty any", rule("when: {any: []}"), "any: []", "{field} must not be empty", "$.rules[1].when.any"),
]


@pytest.mark.parametrize("case, appended, needle, template, path", BAD_RULE_CASES, ids=[c[0] for c in BAD_RULE_CASES])
def test_bad_rule_gives_a_located_message(tmp_path, case, appended, needle, template, path):
    text = BASE + appended
    file = write(tmp_path, text)
    error = only_error(load_ruleset(str(file)))
    assert error.reason.template.startswith(template), error.text("en")
    assert error.json_path == path
    assert error.line == line_of(text, needle, after=BASE.count("\n")), error.text("en")
    assert error.column > 0
    rendered = error.text("en")
    assert rendered.startswith(f"{file}:{error.line}:{error.column}: error {path}: ")
    assert "{" not in rendered.split(": error ")[1].replace("{zh", "")


META_CASES = [
    (
        "bad date",
        ('effective: "2024-01-01"', 'effective: "2024-02-30"'),
        "effective:",
        "{field} is not a real date",
        "$.metadata.effective",
    ),
    (
        "date in wrong form",
        ('effective: "2024-01-01"', 'effective: "2024/01/01"'),
        "effective:",
        "{field} must be a date written YYYY-MM-DD",
        "$.metadata.effective",
    ),
    (
        "expiry before effective",
        ('effective: "2024-01-01"', 'effective: "2024-01-01"\n  expiry: "2023-12-31"'),
        "expiry:",
        "The expiry date {expiry} is before the effective date",
        "$.metadata.expiry",
    ),
    (
        "version as number",
        ('version: "1"', "version: 1.5"),
        "version:",
        "{field} must be text, not a number",
        "$.metadata.version",
    ),
    (
        "wrong type of attributes",
        ("  boiler_tph: {type: number", "  boiler_tph: {type: float"),
        "boiler_tph:",
        "{value} is not allowed for {field}",
        "$.attributes.boiler_tph.type",
    ),
    (
        "wrong format tag",
        ("format: zoning-review-rules/1", "format: rules/2"),
        "format:",
        "{value} is not allowed for {field}",
        "$.format",
    ),
    (
        "rules not a list",
        ("rules:\n", "rules: many\nx_rules:\n"),
        "rules: many",
        "{field} must be {expected}, not {found}",
        "$.rules",
    ),
    (
        "duplicate key",
        ('  version: "1"', '  version: "1"\n  version: "2"'),
        'version: "2"',
        "The key {key} appears twice",
        "$.metadata",
    ),
    (
        "bad yaml syntax",
        ("  id: test-base", "  id: test-base\n title: [unclosed"),
        "title: [",
        "The file is not valid YAML",
        "$",
    ),
    (
        "kind named like a category",
        ("  key_park:\n", "  key:\n"),
        "  key:",
        "The kind {kind} has the name of a main category",
        "$.kinds.key",
    ),
    (
        "kind value written as another kind's with narrow brackets",
        ("    label: {zh: 产业园区}\n", "    label: {zh: 产业园区}\n  park_b:\n    parent: key\n"
         "    values: [工业园区, 重点管控单元 (产业园区)]\n    label: {zh: 园区乙}\n"),
        "(产业园区)]",
        "The unit-layer value {value} is already mapped to kind {other}",
        "$.kinds.park_b.values[1]",
    ),
    (
        "bad attribute name",
        ("  boiler_tph: {type", "  1boiler: {type"),
        "1boiler",
        "{value} is not a valid name for {field}",
        "$.attributes.1boiler",
    ),
]


@pytest.mark.parametrize("case, change, needle, template, path", META_CASES, ids=[c[0] for c in META_CASES])
def test_bad_file_gives_a_located_message(tmp_path, case, change, needle, template, path):
    assert change[0] in BASE
    text = BASE.replace(change[0], change[1], 1)
    error = only_error(load_ruleset(str(write(tmp_path, text))))
    assert error.reason.template.startswith(template), error.text("en")
    assert error.json_path == path
    assert error.line == line_of(text, needle), error.text("en")


LIST_ITEM_CASES = [
    ("when: {industry: [C3110, 3011]}", "$.rules[1].when.industry[1]",
     "industry must be text, not a number; put it in quotes: '3011'."),
    ("when: {catalogue: ['', 限制类]}", "$.rules[1].when.catalogue[0]", "catalogue must not be empty."),
]


@pytest.mark.parametrize("body, path, sentence", LIST_ITEM_CASES, ids=["number in a list", "empty in a list"])
def test_a_wrong_list_item_is_named_by_its_field_and_located_by_its_index(tmp_path, body, path, sentence):
    error = only_error(load_ruleset(str(write(tmp_path, BASE + rule(body)))))
    assert error.json_path == path
    assert error.text("en").endswith(f" error {path}: {sentence}"), error.text("en")


@pytest.mark.parametrize("condition, sentence", [
    ("expression: '\"water_m3d\" >> 5'", "The expression is not valid: syntax error, unexpected"),
    ("spatial: {layer: river_bank, relation: overlaps, where: '\"grade\" = = 1'}",
     "The filter expression is not valid: syntax error, unexpected"),
])
def test_a_parser_error_stays_on_the_message_line(tmp_path, condition, sentence):
    error = only_error(load_ruleset(str(write(tmp_path, BASE + rule(f"when: {{{condition}}}")))))
    assert f"{error.json_path}: {sentence}" in error.text("en") and "\n" not in error.text("en"), error.text("en")
