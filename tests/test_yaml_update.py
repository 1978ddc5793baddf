"""Replacing a declaration in a rule-set file edits only the keys that changed: the characters of every unchanged
key, the comments among them included, stay; the file reads as the new declaration; a comment after a value stays on
its line when a key is added after it."""

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zoning_review.plugin.core.rules import yaml_edit, yaml_update

from .test_rule_file_edit import SMALL

SOLVENT = """\
attributes:
  solvent:   # asked of every coating project
    type: string
    label: {zh: 溶剂类型, en: Solvent}   # the form's words
    values:
      # the list the 2023 notice gives
      - {id: water, label: {zh: 水性}}
      - id: oily   # solvent-borne
        label: {zh: 油性}
  boiler_tph:
    type: number
    unit: t/h
    label: {zh: 锅炉蒸发量, en: Boiler capacity}
"""


def _file(attributes: str) -> str:
    return SMALL.replace("layers:\n", attributes + "layers:\n")


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_a_new_label_keeps_the_declared_values_and_their_comments(eol):
    text = _file(SOLVENT).replace("\n", eol)
    declaration = yaml.safe_load(SOLVENT)["attributes"]["solvent"]
    declaration["label"] = {"zh": "溶剂种类", "en": "Solvent"}
    edited = yaml_update.replace_entry(text, "attributes", "solvent", declaration)
    assert yaml.safe_load(edited)["attributes"]["solvent"] == declaration
    assert edited == text.replace("{zh: 溶剂类型, en: Solvent}", "{zh: 溶剂种类, en: Solvent}")


def test_a_unit_word_added_goes_after_the_unit_and_a_label_loses_its_english():
    text = _file(SOLVENT)
    declaration = yaml.safe_load(SOLVENT)["attributes"]["boiler_tph"]
    declaration = {"type": "number", "unit": "t/h", "unit_zh": "蒸吨/小时", "label": {"zh": "锅炉蒸发量"}}
    edited = yaml_update.replace_entry(text, "attributes", "boiler_tph", declaration)
    assert edited == text.replace("    unit: t/h\n    label: {zh: 锅炉蒸发量, en: Boiler capacity}\n",
                                  "    unit: t/h\n    unit_zh: 蒸吨/小时\n    label: {zh: 锅炉蒸发量}\n")


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_a_comment_after_a_value_stays_on_its_line(eol):
    text = SMALL.replace("  river_bank: {label: {zh: 河岸}}   # the bank line\n",
                         "  river_bank:\n    label: {zh: 河岸}   # the bank line\n").replace("\n", eol)
    new = {"label": {"zh": "河岸"}, "fields": {"DM": {"zh": "代码"}}}
    expected = text.replace("label: {zh: 河岸}   # the bank line" + eol,
                            "label: {zh: 河岸}   # the bank line" + eol + "    fields:" + eol
                            + "      DM: {zh: 代码}" + eol)
    assert yaml_update.replace_entry(text, "layers", "river_bank", new) == expected
    assert yaml_edit.label_fields(text, "river_bank", {"DM": {"zh": "代码"}}) == expected


WORDS = st.text(st.sampled_from("河岸代码级别abcXY "), min_size=1, max_size=6).map(str.strip).filter(bool)
LABEL = st.fixed_dictionaries({"zh": WORDS}, optional={"en": WORDS})
FIELDS = st.dictionaries(st.sampled_from(["DM", "MC", "AN_JB", "grade"]), LABEL, min_size=1, max_size=4)
DECLARATION = st.fixed_dictionaries({"label": LABEL}, optional={"fields": FIELDS})


def _written(declaration, flow: bool) -> str:
    """A declaration written by hand: block or flow, a comment after every line of a block."""
    if flow:
        return "  river_bank: " + yaml.safe_dump(declaration, allow_unicode=True, default_flow_style=True,
                                                 width=1 << 20).strip() + "   # the bank line\n"
    lines = ["  river_bank:   # the bank line"]
    for key, value in declaration.items():
        if key == "label":
            lines.append("    label: " + yaml.safe_dump(value, allow_unicode=True, default_flow_style=True,
                                                        width=1 << 20).strip() + "   # label")
        else:
            lines.append("    fields:   # its fields")
            for field, words in value.items():
                lines.append(f"      {field}:   # field {field}")
                lines += [f"        {k}: {v}   # {k} of {field}" for k, v in words.items()]
    return "\n".join(lines) + "\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(old=DECLARATION, new=DECLARATION, flow=st.booleans())
def test_only_what_changed_is_rewritten(old, new, flow):
    text = SMALL.replace("  river_bank: {label: {zh: 河岸}}   # the bank line\n", _written(old, flow))
    edited = yaml_update.replace_entry(text, "layers", "river_bank", new)
    data, before = yaml.safe_load(edited), yaml.safe_load(text)
    assert data["layers"]["river_bank"] == new
    assert {k: v for k, v in data.items() if k != "layers"} == {k: v for k, v in before.items() if k != "layers"}
    assert edited.startswith(text[:text.index("river_bank")]) and edited.endswith(text[text.index("rules:"):])
    if not flow:
        for line in text.splitlines():
            key = line.split(":")[0].strip()
            unchanged = (key == "label" and old["label"] == new["label"]) or (
                line.endswith(f"# field {key}") and old.get("fields", {}).get(key) == new.get("fields", {}).get(key))
            if unchanged:
                assert line in edited.splitlines()
    assert "# the bank line" in edited


def test_an_empty_declaration_is_refused():
    with pytest.raises(yaml_edit.EditError):
        yaml_update.replace_entry(SMALL, "layers", "river_bank", {})


def test_a_value_added_and_a_value_relabelled_keep_the_others_and_their_comments():
    text = _file(SOLVENT)
    declaration = yaml.safe_load(SOLVENT)["attributes"]["solvent"]
    declaration["values"][1]["label"] = {"zh": "溶剂型", "en": "solvent-borne"}
    declaration["values"][1]["synonyms"] = ["油性"]
    declaration["values"].append({"id": "powder", "label": {"zh": "粉末"}, "synonyms": ["粉末涂料", "粉体"]})
    edited = yaml_update.replace_entry(text, "attributes", "solvent", declaration)
    assert yaml.safe_load(edited)["attributes"]["solvent"] == declaration
    assert edited == text.replace(
        "      - id: oily   # solvent-borne\n        label: {zh: 油性}\n",
        "      - id: oily   # solvent-borne\n        label: {zh: 溶剂型, en: solvent-borne}\n        synonyms: [油性]\n"
        "      - id: powder\n        label: {zh: 粉末}\n        synonyms: [粉末涂料, 粉体]\n")


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_values_given_to_a_text_attribute_without_any(eol):
    text = _file(SOLVENT.replace("  boiler_tph:", "  fuel:\n    type: string\n    label: {zh: 燃料}   # asked\n"
                                 "  boiler_tph:")).replace("\n", eol)
    values = [{"id": "coal", "label": {"zh": "煤"}}, {"id": "gas", "label": {"zh": "天然气", "en": "gas"}}]
    edited = yaml_update.replace_entry(text, "attributes", "fuel", {"type": "string", "label": {"zh": "燃料"},
                                                                   "values": values})
    assert yaml.safe_load(edited)["attributes"]["fuel"]["values"] == values
    assert edited == text.replace("    label: {zh: 燃料}   # asked" + eol, "    label: {zh: 燃料}   # asked" + eol
                                  + "    values:" + eol + "    - id: coal" + eol + "      label: {zh: 煤}" + eol
                                  + "    - id: gas" + eol + "      label: {zh: 天然气, en: gas}" + eol)


@pytest.mark.parametrize("values", ["[{id: water, label: {zh: 水性}}]", "\n      - {id: water, label: {zh: 水性}}"])
def test_a_value_added_in_the_list_s_style(values):
    text = _file("attributes:\n  solvent:\n    type: string\n    label: {zh: 溶剂}\n    values: " + values + "\n")
    new = {"type": "string", "label": {"zh": "溶剂"}, "values": [
        {"id": "water", "label": {"zh": "水性"}}, {"id": "oily", "label": {"zh": "油性"}, "synonyms": ["溶剂型"]}]}
    edited = yaml_update.replace_entry(text, "attributes", "solvent", new)
    assert yaml.safe_load(edited)["attributes"]["solvent"] == new
    item = "{id: oily, label: {zh: 油性}, synonyms: [溶剂型]}"
    assert edited == text.replace("{id: water, label: {zh: 水性}}", "{id: water, label: {zh: 水性}}"
                                  + (", " if values.startswith("[") else "\n      - ") + item)


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_a_value_taken_out_takes_its_lines_and_leaves_the_others_comments(eol):
    text = _file(SOLVENT).replace("\n", eol)
    declaration = yaml.safe_load(SOLVENT)["attributes"]["solvent"]
    first = dict(declaration, values=declaration["values"][1:])
    assert yaml_update.replace_entry(text, "attributes", "solvent", first) == text.replace(
        "      - {id: water, label: {zh: 水性}}" + eol, "")
    last = dict(declaration, values=[{"id": "water", "label": {"zh": "水性涂料"}}])
    assert yaml_update.replace_entry(text, "attributes", "solvent", last) == text.replace(
        "      - {id: water, label: {zh: 水性}}" + eol + "      - id: oily   # solvent-borne" + eol
        + "        label: {zh: 油性}" + eol, "      - {id: water, label: {zh: 水性涂料}}" + eol)


@pytest.mark.parametrize("gone, expected", [
    (0, "[{id: oily, label: {zh: 油性}}, {id: gas, label: {zh: 气}}]"),
    (1, "[{id: water, label: {zh: 水性}}, {id: gas, label: {zh: 气}}]"),
    (2, "[{id: water, label: {zh: 水性}}, {id: oily, label: {zh: 油性}}]"),
])
def test_a_value_taken_out_of_a_flow_list(gone, expected):
    values = "[{id: water, label: {zh: 水性}}, {id: oily, label: {zh: 油性}}, {id: gas, label: {zh: 气}}]"
    text = _file("attributes:\n  solvent:\n    type: string\n    label: {zh: 溶剂}\n    values: " + values
                 + "   # three\n")
    declaration = yaml.safe_load(text)["attributes"]["solvent"]
    del declaration["values"][gone]
    assert yaml_update.replace_entry(text, "attributes", "solvent", declaration) == text.replace(values, expected)


def test_a_spelling_taken_out_and_a_list_that_does_not_keep_its_items():
    text = _file("attributes:\n  solvent:\n    type: string\n    label: {zh: 溶剂}\n    values:\n"
                 "    - id: oily\n      label: {zh: 油性}\n      synonyms:\n      - 溶剂型   # 2019\n      - 油漆\n"
                 "      - 溶剂涂料   # 2023\n")
    declaration = yaml.safe_load(text)["attributes"]["solvent"]
    declaration["values"][0]["synonyms"] = ["溶剂型", "溶剂涂料"]
    edited = yaml_update.replace_entry(text, "attributes", "solvent", declaration)
    assert edited == text.replace("      - 油漆\n", "")
    declaration["values"][0]["synonyms"] = ["溶剂涂料", "溶剂型"]  # not the old list less some: written anew
    edited = yaml_update.replace_entry(text, "attributes", "solvent", declaration)
    assert yaml.safe_load(edited)["attributes"]["solvent"] == declaration
    assert "# 2019" not in edited
    with pytest.raises(yaml_edit.EditError):
        yaml_update.update_sequence(text, ("attributes", "solvent", "values", 0, "synonyms"), ["油漆", "溶剂型"])


ITEM = st.fixed_dictionaries({"id": st.sampled_from(["water", "oily", "gas", "coal", "powder"]), "label": LABEL})
VALUES = st.lists(ITEM, min_size=1, max_size=5, unique_by=lambda item: item["id"])


def _written_values(values, flow: bool) -> str:
    """A text attribute's values written by hand: a flow list, or a block list with a comment after every line."""
    head = "attributes:\n  solvent:\n    type: string\n    label: {zh: 溶剂}\n    values:"
    if flow:
        return head + " " + yaml.safe_dump(values, allow_unicode=True, default_flow_style=True,
                                           width=1 << 20).strip() + "   # values\n"
    lines = [head + "   # values"]
    for value in values:
        lines.append(f"      - id: {value['id']}   # value {value['id']}")
        lines.append("        label: " + yaml.safe_dump(value["label"], allow_unicode=True, default_flow_style=True,
                                                        width=1 << 20).strip() + f"   # label of {value['id']}")
    return "\n".join(lines) + "\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(old=VALUES, data=st.data(), flow=st.booleans())
def test_values_taken_out_changed_or_added_rewrite_only_those(old, data, flow):
    kept = data.draw(st.lists(st.sampled_from(old), unique_by=lambda item: item["id"], min_size=1)
                     .map(lambda items: sorted(items, key=old.index)))
    new = [data.draw(st.just(item) | ITEM.map(lambda other, item=item: dict(other, id=item["id"]))) for item in kept]
    added = data.draw(st.lists(ITEM, max_size=2, unique_by=lambda item: item["id"]))
    new += [item for item in added if item["id"] not in {value["id"] for value in old}]
    text = _file(_written_values(old, flow))
    declaration = {"type": "string", "label": {"zh": "溶剂"}, "values": new}
    edited = yaml_update.replace_entry(text, "attributes", "solvent", declaration)
    data_now, before = yaml.safe_load(edited), yaml.safe_load(text)
    assert data_now["attributes"]["solvent"] == declaration
    assert {k: v for k, v in data_now.items() if k != "attributes"} == {
        k: v for k, v in before.items() if k != "attributes"}
    assert edited.endswith(text[text.index("  boiler_tph:") if "boiler_tph" in text else text.index("layers:"):])
    if not flow:
        for item in old:
            if item in new:
                assert f"      - id: {item['id']}   # value {item['id']}" in edited.splitlines()
            if item["id"] not in {value["id"] for value in new}:
                assert f"# value {item['id']}" not in edited
    assert "# values" in edited
