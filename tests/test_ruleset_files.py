"""Loading rule sets: whole-file problems (syntax, encoding, size, aliases) and layer checks."""

import ast
import datetime
import sys
import time
from pathlib import Path

import pytest

from tests.test_ruleset_loader import only_error, write
from zoning_review.plugin.core.model.results import Listed, SpatialQuery
from zoning_review.plugin.core.rules import loader as ruleset_loader
from zoning_review.plugin.core.rules import yaml_source
from zoning_review.plugin.core.rules.condition_words import filter_words
from zoning_review.plugin.core.rules.loader import check_against_layer, load_ruleset
from zoning_review.plugin.core.rules.messages import sentence_of
from zoning_review.plugin.core.rules.yaml_source import MAX_BYTES

DATA = Path(__file__).parent / "data" / "rules"
BASE = (DATA / "base.yaml").read_text(encoding="utf-8")
UNIT_RULE = """  - id: T-01
    level: unit
    units: [ZH13063210001, ZH99999910001]
    dimension: spatial_layout
    effect: prohibit
    text: {zh: 测试条款}
    when: {industry: C26}
"""
TEMPLATE_STARTS = [
    "{value} is not allowed for {field}",
    "The rule id {id} is used twice",
    "Unknown industry code {code}",
    "The attribute {name} is used but not declared",
    "The layer {layer} is used but not declared",
    "Required field {field} is missing",
    "Unknown field {field}",
    "Unknown category {category}",
    "The expression is not valid",
    "{field} is not a real date",
    "{field} must be a date written YYYY-MM-DD",
    "The expiry date {expiry} is before the effective date",
    "{field} must be text, not a number",
    "The key {key} appears twice",
    "The file is not valid YAML",
]


def line_of(text: str, needle: str) -> int:
    """1-based line of the first line that contains needle."""
    return next(i for i, line in enumerate(text.split("\n"), 1) if needle in line)


def test_yaml_syntax_error_names_line_and_column(tmp_path):
    text = "format: zoning-review-rules/1\nmetadata:\n  id: x\n  title: {zh: a\nrules: []\n"
    error = only_error(load_ruleset(str(write(tmp_path, text))))
    assert error.reason.template.startswith("The file is not valid YAML")
    assert (error.line, error.column) >= (4, 1)
    assert error.reason.values["problem"]


def test_empty_file(tmp_path):
    for content in ("", "   \n\n", "# only a comment\n"):
        error = only_error(load_ruleset(str(write(tmp_path, content))))
        assert error.reason.template.startswith("The file is empty")


def test_top_level_not_a_mapping(tmp_path):
    error = only_error(load_ruleset(str(write(tmp_path, "- a\n- b\n"))))
    assert error.reason.template.startswith("The top level of a rule set must be a mapping")
    assert error.text("en").endswith("rules.yaml:1:1: error: The top level of a rule set must be a mapping (format:, "
                                     "metadata:, rules: …), not a list.")


def test_non_utf8_file_names_the_first_bad_byte(tmp_path):
    content = "format: zoning-review-rules/1\nmetadata:\n  id: 测试\n".encode("gbk")
    error = only_error(load_ruleset(str(write(tmp_path, content))))
    assert error.reason.template.startswith("The file is not UTF-8 text")
    assert (error.line, error.column) == (3, 7)


def test_utf8_bom_is_accepted(tmp_path):
    path = write(tmp_path, b"\xef\xbb\xbf" + BASE.encode("utf-8"))
    assert load_ruleset(str(path)).ruleset is not None


def test_too_large_file_is_rejected_without_reading_it(tmp_path):
    path = tmp_path / "huge.yaml"
    with open(path, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    started = time.perf_counter()
    error = only_error(load_ruleset(str(path)))
    assert time.perf_counter() - started < 0.5
    assert error.reason.template.startswith("The file is {size} bytes")
    assert error.reason.values == {"size": MAX_BYTES + 1, "limit": MAX_BYTES}


def test_alias_bomb_is_rejected_fast(tmp_path):
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [{','.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    lines.append("rules: *a9")
    started = time.perf_counter()
    error = only_error(load_ruleset(str(write(tmp_path, "\n".join(lines) + "\n"))))
    assert time.perf_counter() - started < 3
    assert error.reason.template.startswith("The file expands to more than")


def test_recursive_alias_is_rejected(tmp_path):
    error = only_error(load_ruleset(str(write(tmp_path, "a: &x [*x]\n"))))
    assert error.reason.template.startswith("The file expands to more than")


def test_unsafe_tag_is_refused(tmp_path):
    text = BASE.replace('version: "1"', "version: !!python/object/apply:os.system ['true']")
    error = only_error(load_ruleset(str(write(tmp_path, text))))
    assert error.reason.template.startswith("The file is not valid YAML")
    assert error.line == line_of(text, "python/object")


def test_missing_file(tmp_path):
    error = only_error(load_ruleset(str(tmp_path / "nothing.yaml")))
    assert error.reason.template.startswith("The file cannot be read")


@pytest.mark.parametrize("make, english", [
    (lambda folder: folder / "旧 规则.yaml", "it does not exist. Check the path"),
    (lambda folder: folder, "it is a folder. Give the path"),
])
def test_a_file_that_cannot_be_read_says_why_in_a_translated_sentence(tmp_path, make, english):
    error = only_error(load_ruleset(str(make(tmp_path))))
    assert english in error.text("en"), error.text("en")
    for lang in ("en", "zh"):  # never the system's English words ("No such file or directory") in Chinese
        assert "No such file" not in error.text(lang) and "directory" not in error.text(lang), error.text(lang)


def test_missing_jsonschema_gives_install_hint(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "jsonschema", None)
    error = only_error(load_ruleset(str(DATA / "base.yaml")))
    assert "python3-jsonschema" in error.text("en") and "pip install jsonschema" in error.text("en")


def test_expired_rule_set_loads_with_a_warning(tmp_path):
    text = BASE.replace('effective: "2024-01-01"', 'effective: "2020-01-01"\n  expiry: "2022-12-31"')
    result = load_ruleset(str(write(tmp_path, text)), today=datetime.date(2024, 5, 1))
    assert result.ruleset is not None and result.ruleset.validity(datetime.date(2024, 5, 1)) == "expired"
    assert [m.severity for m in result.messages] == ["warning"]
    assert result.messages[0].reason.template.startswith("This rule set expired on {expiry}")
    assert result.messages[0].line == line_of(text, "expiry:")


def test_several_errors_are_all_reported_in_file_order(tmp_path):
    text = (
        BASE
        + UNIT_RULE.replace("C26}", "C2699}")
        + UNIT_RULE.replace("T-01", "T-02").replace("{industry: C26}", "{flag: nope}")
    )
    result = load_ruleset(str(write(tmp_path, text)))
    assert [m.json_path for m in result.errors] == ["$.rules[1].when.industry", "$.rules[2].when.flag"]


def test_each_missing_field_is_reported_once_where_it_is_missing(tmp_path):
    start, end = BASE.index("metadata:"), BASE.index("attributes:")
    text = BASE[:start] + "metadata: {}\n" + BASE[end:]
    text = text.replace("  - id: BASE-01\n    level: general\n", "  - level: general\n", 1)
    result = load_ruleset(str(write(tmp_path, text)))
    said = [(m.json_path, m.line, m.text("en").split(": ", 2)[-1]) for m in result.errors]
    metadata, rule = line_of(text, "metadata: {}"), line_of(text, "  - level: general")
    assert said == [("$.metadata", metadata, f"Required field {name} is missing under metadata.")
                    for name in ("id", "title", "version", "authority", "effective", "region")] + [
        ("$.rules[0]", rule, "Required field id is missing under rules.")]


def sample_layers(sample_gpkg, *names):
    """Sample constraint layers by name."""
    from qgis.core import QgsVectorLayer

    return {name: QgsVectorLayer(f"{sample_gpkg}|layername={name}", name, "ogr") for name in names}


def test_check_against_layer_warns_for_missing_units_and_unbound_layers(tmp_path, qgis_app, sample_gpkg):
    text = BASE + UNIT_RULE
    ruleset = load_ruleset(str(write(tmp_path, text))).ruleset
    layers = sample_layers(sample_gpkg, "river_bank", "red_line")
    warnings = check_against_layer(ruleset, ["ZH13063210001", "ZH13063220001"], layers)
    texts = [w.text("en") for w in warnings]
    assert all(w.severity == "warning" for w in warnings)
    assert len(warnings) == 3
    assert "ZH99999910001" in texts[0] and "T-01" in texts[0]
    assert [w.reason.values.get("layer") for w in warnings[1:]] == ["industrial_park", "water_source"]


@pytest.mark.parametrize("field, where, missing", [
    ("grade", "\"grade\" = 'I'", []),
    ("GRADE", "\"GRADE\" = 'I'", []),  # QGIS finds a field whatever its case
    ("grade_level", "\"grade_level\" = 'I'", ["grade_level"]),
    ("level\\\" = 'I' or \\\"kind", "\"level\" = 'I' or \"kind\" = 'I'", ["kind", "level"]),
])
def test_check_against_layer_warns_where_a_filter_names_a_field_the_bound_layer_lacks(
        tmp_path, qgis_app, sample_gpkg, example_rules, field, where, missing):
    grade_i = "where: \"\\\"grade\\\" = 'I'\""  # G-SL-05, the fifth rule
    text = example_rules.read_text(encoding="utf-8")
    assert text.count(grade_i) == 1
    text = text.replace(grade_i, grade_i.replace("grade", field, 1))
    path = write(tmp_path, text)
    ruleset = load_ruleset(str(path)).ruleset
    assert [c.where for c in ruleset.rules[4].conditions() if c.kind == "spatial"] == [where]
    layers = sample_layers(sample_gpkg, "red_line", "water_source", "river_bank", "industrial_park")
    warnings = check_against_layer(ruleset, ruleset.unit_codes(), layers)
    if not missing:
        assert warnings == []
        return
    [warning] = warnings
    assert warning.severity == "warning"
    assert warning.reason.values == {"rule": "G-SL-05", "where": where, "layer": "water_source",
                                     "missing": Listed(tuple(missing)), "bound": "water_source",
                                     "fields": Listed(("fid", "name", "grade"))}
    row = next(i for i, line in enumerate(text.splitlines()) if "where:" in line and field in line)
    column = text.splitlines()[row].index("where:") + 1  # the key, as every load message places it
    assert (warning.file, warning.line, warning.column) == (str(path), row + 1, column)
    assert warning.json_path == "$.rules[4].when.spatial.where"
    assert warning.text("en").endswith(
        f"Rule G-SL-05: the filter {where} of layer water_source names {', '.join(missing)}, which the bound layer "
        "water_source does not have (its fields: fid, name, grade); correct the filter or bind a layer that has "
        "these fields.")
    assert warning.reason.template in ruleset_loader.reason_templates()


TEMPLATE_ARG = {"message": 4, "_fail": 3, "add": 2, "Reason": 0, "_reason": 0, "_r": 0}


def template_literals(module_path: Path) -> set:
    """Template literals passed to the message builders (and returned by _sentence) in a module."""
    found = set()
    for node in ast.walk(ast.parse(module_path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            index = TEMPLATE_ARG.get(name)
            if index is not None and len(node.args) > index:
                arg = node.args[index]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(arg.value)
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "template":
            found |= {n.value for n in ast.walk(node.value) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
        if isinstance(node, ast.Return) and isinstance(node.value, ast.Tuple):
            first = node.value.elts[0] if node.value.elts else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str) and " " in first.value:
                found.add(first.value)
    return found


def test_every_load_message_template_is_listed_for_translation():
    listed = set(ruleset_loader.reason_templates())
    core = Path(ruleset_loader.__file__).parents[1]
    used = set()
    for name in (
        "rules/yaml_source.py",
        "rules/yaml_plain.py",
        "rules/schema.py",
        "rules/checks.py",
        "rules/checker.py",
        "rules/condition_checks.py",
        "rules/expression_checks.py",
        "rules/loader.py",
        "rules/conditions.py",
        "review/evaluation.py",
        "rules/access_list_import.py",
    ):
        used |= template_literals(core / name)
    from zoning_review.plugin.core.review import evaluation
    from zoning_review.plugin.core.rules import access_list_import, conditions

    listed |= set(conditions.reason_templates()) | set(evaluation.reason_templates())
    listed |= set(access_list_import.reason_templates())
    assert len(used) >= 80
    assert used <= listed, sorted(used - listed)
    for start in TEMPLATE_STARTS:
        assert any(t.startswith(start) for t in listed), start


@pytest.mark.parametrize("depth", [65, 5000, 1_000_000])  # a million brackets crashed libyaml's composer
def test_deeply_nested_file_is_rejected_where_it_gets_too_deep(tmp_path, depth):
    error = only_error(load_ruleset(str(write(tmp_path, "a: " + "[" * depth + "]" * depth + "\n"))))
    assert error.reason.template.startswith("The file is nested more than {limit} levels deep here")
    assert (error.line, error.column) == (1, 3 + 64)  # the 65th mapping or list: the 64th bracket


def test_readme_rule_examples_validate(tmp_path, repo_root, example_rules):
    readme = (repo_root / "rules" / "README.md").read_text(encoding="utf-8")
    blocks = [b.split("```")[0] for b in readme.split("```yaml\n")[1:]]
    rule_blocks = [b for b in blocks if b.startswith("- id:") and "{...}" not in b]
    assert len(rule_blocks) >= 1
    header = example_rules.read_text(encoding="utf-8").split("\nrules:\n")[0] + "\nrules:\n"
    body = "".join("\n".join("  " + line for line in b.splitlines()) + "\n" for b in rule_blocks)
    result = load_ruleset(str(write(tmp_path, header + body)))
    assert result.ruleset is not None, result.text("en")
    assert len(result.ruleset.rules) == 6


def test_readme_declarations_validate(tmp_path, repo_root, example_rules):
    """The README's block of declared attributes and layers (a layer's field labels included) loads."""
    readme = (repo_root / "rules" / "README.md").read_text(encoding="utf-8")
    [block] = [b.split("```")[0] for b in readme.split("```yaml\n")[1:] if b.startswith("attributes:")]
    metadata = example_rules.read_text(encoding="utf-8").split("\nattributes:\n")[0]
    rule = """rules:
  - id: T-1
    level: general
    dimension: spatial_layout
    effect: prohibit
    when: {spatial: {layer: water_source, relation: overlaps, where: '"BHQJB" = ''一级'''}}
    text: {zh: 一级保护区内禁止新建项目。}
"""
    result = load_ruleset(str(write(tmp_path, metadata + "\n" + block + rule)))
    assert result.ruleset is not None, result.text("en")
    assert filter_words(result.ruleset.layers, SpatialQuery("water_source", "\"BHQJB\" = '一级'")).zh == \
        "饮用水水源保护区中保护区级别为一级的部分"


@pytest.mark.parametrize("loader", [yaml_source.CRulesLoader, yaml_source.PythonRulesLoader], ids=["C", "Python"])
@pytest.mark.parametrize("character", ["\x00", "\x08", "\x0c", "\x1a", "\x7f"])
def test_a_control_character_is_named_where_it_is(tmp_path, loader, character):
    text = BASE.replace("{zh: 基础条款。}", "{zh: 基础" + character + "条款。}")
    _document, (error,) = yaml_source.read_yaml(str(write(tmp_path, text)), loader=loader)
    assert error.reason.template.startswith("The file contains the character {character}, which YAML does not allow")
    assert error.reason.values == {"character": f"U+{ord(character):04X}"}
    assert (error.line, error.column) == (line_of(text, character), len("    text: {zh: 基础") + 1)


def test_a_control_character_fails_the_load_with_its_place(tmp_path):
    text = BASE.replace("{zh: 基础条款。}", "{zh: 基础\x0c条款。}")
    line = line_of(BASE, "{zh: 基础条款。}")
    error = only_error(load_ruleset(str(write(tmp_path, text))))
    assert error.text("en").endswith(f"rules.yaml:{line}:18: error: The file contains the character U+000C, which "
                                     "YAML does not allow (a control character, invisible in most editors); delete "
                                     "it here.")


@pytest.mark.parametrize("written", ["1:00", "1:00.5", "010", "0x10", "0b11"])
def test_numbers_yaml_1_1_would_reinterpret_are_text_and_refused(tmp_path, written):
    text = BASE + UNIT_RULE.replace("when: {industry: C26}", "when: {spatial: {layer: river_bank, relation: within, "
                                    f"distance_m: {written}}}}}")
    error = only_error(load_ruleset(str(write(tmp_path, text))))
    assert error.text("en").endswith("distance_m must be a number, not text.")
    assert error.line == line_of(text, "distance_m")


@pytest.mark.parametrize("loader", [yaml_source.CRulesLoader, yaml_source.PythonRulesLoader], ids=["C", "Python"])
def test_plain_numbers_and_dates_read_as_before(tmp_path, loader):
    text = ("numbers: [0, 10, -5, +3, 1000, 1.5, 0.5, .5, -2.25, 1.0e+3, 2.5E-1, .inf, -.inf]\n"
            "texts: [1:00, 010, 0x1F, 0b11, 1e3, '12', 2024-01-01, '2024-01-01', '1_000', 'yes', \"Off\", y, n]\n"
            "yes_no: [true, false, True, FALSE]\n")
    document, messages = yaml_source.read_yaml(str(write(tmp_path, text)), loader=loader)
    assert messages == []
    assert document.data == {
        "numbers": [0, 10, -5, 3, 1000, 1.5, 0.5, 0.5, -2.25, 1000.0, 0.25, float("inf"), float("-inf")],
        "texts": ["1:00", "010", "0x1F", "0b11", "1e3", "12", "2024-01-01", "2024-01-01", "1_000", "yes", "Off", "y",
                  "n"],
        "yes_no": [True, False, True, False],
    }
    assert [type(n) for n in document.data["numbers"][:5]] == [int] * 5


UNDERSCORED = ("{written} is a number written with _ between its digits, which the plugin reads nowhere else: write "
               "{number}, or put it in quotes ('{written}') if it is text.")
YES_NO_WORD = ("{written} is read by YAML 1.1 as yes/no but by YAML 1.2 tools as text: write {boolean} for a yes/no "
               "value, or put it in quotes ('{written}') if it is text.")


@pytest.mark.parametrize("loader", [yaml_source.CRulesLoader, yaml_source.PythonRulesLoader], ids=["C", "Python"])
@pytest.mark.parametrize("written, sentence", [
    ("1_000", UNDERSCORED.format(written="1_000", number="1000")),
    ("1_0.5", UNDERSCORED.format(written="1_0.5", number="10.5")),
    ("-2__5", UNDERSCORED.format(written="-2__5", number="-25")),
    ("yes", YES_NO_WORD.format(written="yes", boolean="true")),
    ("No", YES_NO_WORD.format(written="No", boolean="false")),
    ("ON", YES_NO_WORD.format(written="ON", boolean="true")),
    ("off", YES_NO_WORD.format(written="off", boolean="false")),
])
def test_a_plain_value_yaml_1_1_reads_as_a_number_or_yes_no_is_refused_where_it_stands(tmp_path, loader, written,
                                                                                      sentence):
    """PyYAML read 1_000 as 1000 (which the rule editor refuses) and yes, no, on, off as yes/no (text to YAML 1.2
    tools, as in en: No): now an error at the value, saying how to write it."""
    text = BASE.replace("    text: {zh: 基础条款。}", f"    text: {{zh: 基础条款。, en: {written}}}")
    _document, messages = yaml_source.read_yaml(str(write(tmp_path, text)), loader=loader)
    line = line_of(text, f"en: {written}")
    assert [(m.severity, m.line, m.column, m.json_path, sentence_of(m.reason, "en")) for m in messages] == [
        ("error", line, len("    text: {zh: 基础条款。, en: ") + 1, "$.rules[0].text.en", sentence)]


def test_every_refused_value_and_key_is_named_in_the_order_written(tmp_path):
    text = BASE + UNIT_RULE.replace("when: {industry: C26}", "when: {spatial: {layer: river_bank, relation: within, "
                                    "distance_m: 1_000}}\n    on: {zh: x}")
    result = load_ruleset(str(write(tmp_path, text)))
    assert result.ruleset is None
    assert [m.text("en").split(": error ")[1] for m in result.messages] == [
        "$.rules[1].when.spatial.distance_m: " + UNDERSCORED.format(written="1_000", number="1000"),
        "$.rules[1].on: " + YES_NO_WORD.format(written="on", boolean="true")]
    assert [(m.line, m.column) for m in result.messages] == [
        (line_of(text, "distance_m: 1_000"), text.split("\n")[line_of(text, "distance_m") - 1].index("1_000") + 1),
        (line_of(text, "    on: {zh"), 5)]


def test_a_yes_no_attribute_compared_with_a_plain_yes_is_refused_and_true_loads(tmp_path):
    rule = UNIT_RULE.replace("when: {industry: C26}", "when: {attribute: {name: major_infrastructure, op: ==, "
                             "value: %s}}")
    error = only_error(load_ruleset(str(write(tmp_path, BASE + rule % "yes"))))
    assert sentence_of(error.reason, "en") == YES_NO_WORD.format(written="yes", boolean="true")
    assert load_ruleset(str(write(tmp_path, BASE + rule % "true"))).ruleset is not None
