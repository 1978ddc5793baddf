"""A value of the wrong type in a rule set is named in the same plain words on both sides of the message ("must be a
mapping (key: value), not text"), never in JSON-Schema's names (object, array, string)."""

from pathlib import Path

import pytest

from tests.test_ruleset_loader import only_error, write
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.rules.messages import sentence_of
from zoning_review.plugin.core.rules.rule_file import RuleFile, SaveError

BASE = (Path(__file__).parent / "data" / "rules" / "base.yaml").read_text(encoding="utf-8")
RULE_TEXT = "text: {zh: 基础条款。}"
TOP = "The top level of a rule set must be a mapping (format:, metadata:, rules: …), not "
SCHEMA_NAMES = ("object", "array", "string", "boolean", "null", "mapping,", "list.", "str.")

CASES = [  # (the file's text, the message's sentence), written out here
    (BASE.replace(RULE_TEXT, "text: 基础条款。"), "text must be a mapping (key: value), not text."),
    (BASE + "    except: {flag: major_infrastructure}\n", "except must be a list, not a mapping (key: value)."),
    (BASE + "    when: {industry: {C26: 1}}\n", "industry must be text or a list, not a mapping (key: value)."),
    (BASE.replace('version: "1"', "version: [1]"), "version must be text, not a list."),
    (BASE + "    when: {spatial: {layer: river_bank, relation: within, distance_m: 1:00}}\n",
     "distance_m must be a number, not text."),
    (BASE + "    when: {attribute: {name: boiler_tph, op: '<', value: {a: 1}}}\n",
     "value must be a number, text, yes/no (true or false) or a list, not a mapping (key: value)."),
    (BASE.replace("  title: {zh: 测试规则集, en: Test rule set}", "  title: true"),
     "title must be a mapping (key: value), not yes/no (true or false)."),
    ("- format\n- rules\n", TOP + "a list."),
    ("just words\n", TOP + "text."),
]


@pytest.mark.parametrize("text, sentence", CASES)
def test_a_wrong_type_is_named_in_plain_words_on_both_sides(tmp_path, text, sentence):
    """The message said "text must be object, not text" and "except must be array, not mapping"; a value none of
    an anyOf's types fits said jsonschema's own "is not valid under any of the given schemas"."""
    error = only_error(load_ruleset(str(write(tmp_path, text))))
    assert sentence_of(error.reason, "en") == sentence


@pytest.mark.parametrize("text, sentence", CASES)
def test_no_schema_type_name_reaches_the_chinese_message(tmp_path, text, sentence):
    """Each word of a type is a translated sentence of its own, rendered in the message's language."""
    error = only_error(load_ruleset(str(write(tmp_path, text))))
    chinese = sentence_of(error.reason, "zh")
    assert chinese != sentence and not any(name in chinese for name in SCHEMA_NAMES)


def test_the_editor_names_a_rule_it_cannot_show_in_the_same_words(qgis_app, tmp_path):
    path = write(tmp_path, CASES[0][0])
    with pytest.raises(SaveError) as raised:
        RuleFile.open(str(path))
    assert "$.rules[0].text: text must be a mapping (key: value), not text." in raised.value.text()
