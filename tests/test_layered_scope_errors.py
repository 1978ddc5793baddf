"""Stacked lists that cannot be reviewed as written: a scope expression that reads a variable or does not parse (in
a list, a binding or a line of the scopes), lists without a rule, and an attribute two lists declare differently."""

from pathlib import Path

import pytest
from qgis.core import QgsProject

from tests.test_layered_rules import write_list
from tests.test_processing_review import params
from zoning_review.plugin.core.inputs.resolve import InputError, binding_entries, require_rules
from zoning_review.plugin.core.inputs.rule_lists import load_lists
from zoning_review.plugin.core.model.binding import RuleSetRef, UnitBinding
from zoning_review.plugin.core.rules.layered import parse_scope


def test_a_scope_expression_reading_a_variable_stops_the_review(tmp_path):
    """A scope is evaluated over the unit's fields alone: @city read NULL, so the list covered no unit and, beside
    a list for all units, its rules were silently never applied."""
    everywhere, city = write_list(tmp_path, "all", "A-1"), write_list(tmp_path, "city", "C-1")
    result = load_lists([(everywhere, None), (city, parse_scope('"CITY" = @city'))])
    assert result.ruleset is None
    (error,) = result.errors
    assert error.file == str(city) and error.reason.values == {"expression": '"CITY" = @city', "variable": "city"}
    assert "@city" in error.text("zh")


@pytest.mark.parametrize("applies_to, values", [
    ("  applies_to: {expression: '\"CITY\" = @city'}", {"expression": '"CITY" = @city', "variable": "city"}),
    ("  applies_to:\n    expression: '\"ZLCB\" = = 1'", {"expression": '"ZLCB" = = 1'}),
], ids=["variable", "parse"])
def test_a_scope_expression_a_list_declares_is_refused_at_its_line_and_column(tmp_path, applies_to, values):
    everywhere, city = write_list(tmp_path, "all", "A-1"), write_list(tmp_path, "city", "C-1", applies_to)
    (error,) = load_lists([(everywhere, None), (city, None)]).errors
    lines = Path(city).read_text(encoding="utf-8").splitlines()
    row = next(i for i, line in enumerate(lines) if "expression:" in line)
    assert (error.file, error.line, error.column) == (city, row + 1, lines[row].index("expression:") + 1)
    assert error.json_path == "$.metadata.applies_to.expression"
    assert values.items() <= error.reason.values.items()
    assert error.text("en").startswith(f"{city}:{row + 1}:{lines[row].index('expression:') + 1}: error ")
    given = load_lists([(city, parse_scope(values["expression"]))]).errors  # given, but nobody said where
    assert [(m.file, m.line, m.column, m.json_path) for m in given] == [(city, 0, 0, "")]


def test_a_scope_parse_error_is_quoted_on_its_message_line(tmp_path):
    city = write_list(tmp_path, "city", "C-1")
    [error] = load_lists([(city, parse_scope('"ZLCB" = = 1'))]).messages
    assert error.text("en") == f"{city}: error: the scope expression \"ZLCB\" = = 1 does not parse: syntax error, " \
                               "unexpected EQ"


@pytest.mark.parametrize("scope, words", [
    ('"CITY" = @city', "reads the variable @city, which a scope does not have"),
    ('"ZLCB" = = 1', "does not parse: syntax error, unexpected EQ"),
], ids=["variable", "parse"])
def test_a_scope_the_binding_gives_is_the_bindings_error_to_correct_in_the_panel(tmp_path, scope, words):
    """The scope typed beside a list in the panel is not in the file: the message said only the file, as if it were
    wrong; it names the unit layer whose binding gives the scope, the list, and where to correct it."""
    everywhere, city = write_list(tmp_path, "all", "A-1"), write_list(tmp_path, "city", "C-1")
    binding = UnitBinding("HJGKDYBM", rule_sets=[RuleSetRef(everywhere, "", ""), RuleSetRef(city, "", scope)])
    with pytest.raises(InputError) as raised:
        require_rules([], binding, QgsProject(), layer="管控单元")
    text = str(raised.value)
    assert text.startswith("A scope given for the rule sets cannot be used:\nerror: ")
    assert f"the scope {scope} that the binding of unit layer 管控单元 gives the rule set {city} {words}" in text
    assert "The file is not at fault: in the Zoning Review panel, choose unit layer 管控单元 and " in text
    assert "has errors" not in text and f"\n{city}" not in text
    (error,) = load_lists(binding_entries(binding, QgsProject(), "管控单元")).errors
    assert (error.file, error.line, error.column, error.json_path) == ("", 0, 0, "")
    chinese = error.text("zh")
    assert chinese.startswith("错误: ") and "管控单元" in chinese and city in chinese and scope in chinese


def test_validaterules_names_the_line_of_the_scopes_that_gives_a_bad_scope(zr_processing, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    one, two = write_list(tmp_path, "one", "R-1"), write_list(tmp_path, "two", "R-2")
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("zoningreview:validaterules", {"RULES": [one, two], "RULE_SCOPES": 'all\n"CITY" = @city'})
    text = str(raised.value)
    assert (f"error: the scope \"CITY\" = @city given on line 2 of 'Scopes of the rule sets' for the rule set {two} "
            "reads the variable @city") in text
    assert text.rstrip().endswith("The file is not at fault: compare unit fields on that line of 'Scopes of the rule "
                                  "sets'")
    assert f"\n{two}: error" not in text


@pytest.mark.parametrize("scope, words", [
    ('"CITY" = @city', "reads the variable @city"),
    ('"ZLCB" = = 1', "does not parse: syntax error, unexpected EQ"),
], ids=["variable", "parse"])
def test_validaterules_heads_a_bad_scope_of_the_scopes_as_the_scopes_not_the_files(zr_processing, tmp_path, scope,
                                                                                    words):
    """validaterules headed the scope's error 'The rule set … has 1 error:' although the message says the file is
    not at fault; like reviewsites, it heads it as a scope given for the rule sets."""
    import processing
    from qgis.core import QgsProcessingException

    one, two = write_list(tmp_path, "one", "R-1"), write_list(tmp_path, "two", "R-2")
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("zoningreview:validaterules", {"RULES": [one, two], "RULE_SCOPES": f"all\n{scope}"})
    text = str(raised.value)
    said = f"error: the scope {scope} given on line 2 of 'Scopes of the rule sets' for the rule set {two} {words}"
    assert text.startswith(f"A scope given for the rule sets cannot be used:\n{said}")
    assert "has 1 error" not in text and "The rule set" not in text


def empty_list(folder, list_id: str) -> str:
    """A list whose rules were all deleted (the rule editor writes ``rules: []``)."""
    path = Path(write_list(folder, list_id, "R-1"))
    text = path.read_text(encoding="utf-8")
    path.write_text(text[:text.index("rules:")] + "rules: []\n", encoding="utf-8")
    return str(path)


def test_lists_without_a_rule_cannot_review(zr_processing, sample_gpkg, tmp_path):
    """A list with no rules found nothing against any site: every site came out 符合. Alone, or with lists that
    have no rules either, it is an error that says so; beside a list with rules it is harmless."""
    import processing
    from qgis.core import QgsProcessingException

    empty, other = empty_list(tmp_path, "empty"), empty_list(tmp_path, "other")
    alone = load_lists([(empty, None)])
    assert alone.ruleset is None and [m.text("en") for m in alone.errors] == [
        f"{empty}: error $.rules: the rule set has no rules, so a review with it could only conclude compliant: add "
        "its rules"], alone.text()
    both = load_lists([(empty, None), (other, None)])
    assert both.ruleset is None and "none of the rule sets" in both.text("en") and other in both.text("en")
    assert load_lists([(empty, None), (write_list(tmp_path, "full", "R-2"), None)]).ruleset is not None
    with pytest.raises(QgsProcessingException, match="the rule set has no rules"):
        processing.run("zoningreview:reviewsites", params(sample_gpkg, empty, tmp_path))


def _declaring(folder, list_id, declaration):
    """A minimal list (``write_list``) that declares the attribute ``boiler_tph`` as given."""
    path = Path(write_list(folder, list_id, f"{list_id}-1"))
    text = path.read_text(encoding="utf-8").replace("rules:\n", f"attributes:\n  boiler_tph: {declaration}\nrules:\n")
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("other, differs", [
    ("{type: number, unit: t/h, unit_zh: 吨/小时, label: {zh: 锅炉}}", True),
    ("{type: number, unit: t/h, label: {zh: 锅炉}}", True),
    ("{type: number, unit: t/h, unit_zh: 蒸吨/小时, label: {zh: 锅炉}}", False),
])
def test_lists_declaring_an_attribute_with_another_chinese_unit_are_named(tmp_path, other, differs):
    """Only the first list's 蒸吨/小时 reached the notes, silently, when another list wrote 吨/小时 (or no unit_zh)."""
    from zoning_review.plugin.core.inputs.rule_lists import list_warnings
    from zoning_review.plugin.core.rules.messages import sentence_of

    first = _declaring(tmp_path, "first", "{type: number, unit: t/h, unit_zh: 蒸吨/小时, label: {zh: 锅炉}}")
    second = _declaring(tmp_path, "second", other)
    layered = load_lists([(first, None), (second, None)]).ruleset
    assert [sentence_of(m.reason, "en") for m in list_warnings(layered)] == (
        ["attribute boiler_tph is declared differently in the lists first and second: the declaration of first is "
         "used"] if differs else [])
