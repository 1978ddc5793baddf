"""Editing one rule of a rule-set file: everything outside the rule stays byte for byte, the loader
accepts what is saved, a timestamped backup keeps the previous file."""

import copy
import datetime
import string
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zoning_review.plugin.core.backups import backup_path
from zoning_review.plugin.core.rules import yaml_edit
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.rules.rule_file import RuleFile, SaveError

SMALL = """\
# A hand-written list. 手写的清单。
format: zoning-review-rules/1
metadata: {id: demo, title: {zh: 示例}, version: "1", authority: {zh: 局}, effective: "2024-01-01",
  region: {zh: 区}}
layers:
  river_bank: {label: {zh: 河岸}}   # the bank line
rules:
  # first the general rules
  - id: R1
    level: general
    dimension: spatial_layout
    effect: text   # still prose
    text:
      zh: 禁止在河岸一公里范围内新建化工项目。

  # a comment between rules, kept
  - id: R2
    level: general
    dimension: pollutant_emission
    effect: prohibit
    when: {industry: [C26]}
    text: {zh: 禁止化工。}
    basis: |
      第一行
      第二行
# trailing comment
"""


def split_around(text: str, start: int, end: int):
    return text[:start], text[end:]


def test_spans_cover_each_rule_and_nothing_between():
    listed = yaml_edit.rules_list(SMALL)
    first, second = (SMALL[s.start:s.end] for s in listed.rules)
    assert first.startswith("id: R1") and first.endswith("新建化工项目。")
    assert "# a comment" not in first and "# first" not in first
    assert second.startswith("id: R2") and second.endswith("第二行")


def test_replacing_a_rule_keeps_every_other_byte(tmp_path):
    listed = yaml_edit.rules_list(SMALL)
    span = listed.rules[0]
    rule = yaml.safe_load(SMALL)["rules"][0]
    rule.update(effect="prohibit", when={"industry": ["C26"], "construction": ["new"],
                                         "spatial": {"layer": "river_bank", "relation": "within", "distance_m": 1000}})
    edited = yaml_edit.replace_rule(SMALL, 0, rule, yaml.safe_load(SMALL)["rules"][0])
    before, after = split_around(SMALL, span.start, span.end)
    assert edited.startswith(before) and edited.endswith(after)
    assert yaml.safe_load(edited)["rules"][0] == rule
    assert yaml.safe_load(edited)["rules"][1] == yaml.safe_load(SMALL)["rules"][1]
    # the keys keep their order, the new one stands after effect
    assert list(yaml.safe_load(edited)["rules"][0]) == ["id", "level", "dimension", "effect", "when", "text"]


def test_appending_a_rule_keeps_the_file_and_its_indentation():
    rule = {"id": "R3", "level": "general", "dimension": "spatial_layout", "effect": "prohibit",
            "when": {"spatial": {"layer": "river_bank", "relation": "within", "distance_m": 200}},
            "text": {"zh": "河岸200米内禁止。"}}
    edited = yaml_edit.append_rule(SMALL, rule)
    end = yaml_edit.rules_list(SMALL).rules[-1].end
    assert edited.startswith(SMALL[:end]) and edited.endswith(SMALL[end:])
    assert "\n  - id: R3\n    level: general\n" in edited
    assert yaml.safe_load(edited)["rules"][2] == rule


def test_flow_style_rules_are_edited_in_flow_style():
    text = ('format: zoning-review-rules/1\nrules: [{id: A, level: general, dimension: spatial_layout, '
            'effect: text, text: {zh: 甲}}]  # one\n')
    rule = {"id": "B", "level": "general", "dimension": "spatial_layout", "effect": "text", "text": {"zh": "乙"}}
    appended = yaml_edit.append_rule(text, rule)
    assert appended.endswith("}]  # one\n")
    assert [r["id"] for r in yaml.safe_load(appended)["rules"]] == ["A", "B"]
    replaced = yaml_edit.replace_rule(appended, 0, dict(rule, id="C"))
    assert [r["id"] for r in yaml.safe_load(replaced)["rules"]] == ["C", "B"]
    assert [r["id"] for r in yaml.safe_load(yaml_edit.remove_rule(replaced, 1))["rules"]] == ["C"]


def test_removing_a_rule_removes_only_its_lines():
    edited = yaml_edit.remove_rule(SMALL, 0)
    assert "R1" not in edited and "# first the general rules" in edited and "# a comment between" in edited
    assert [r["id"] for r in yaml.safe_load(edited)["rules"]] == ["R2"]


def test_removing_every_rule_of_a_block_list_leaves_an_empty_list_the_loader_accepts(tmp_path):
    """Deleting the last rule left ``rules:`` with no value (null), so the editor said the edit "could not be
    written as YAML…": now ``rules: []``, every comment kept, saved and loaded as a rule set of no rules."""
    path = tmp_path / "rules.yaml"
    path.write_text(SMALL, encoding="utf-8")
    edited = RuleFile.open(str(path))
    edited.remove(1)
    edited.remove(0)
    assert edited.text == """\
# A hand-written list. 手写的清单。
format: zoning-review-rules/1
metadata: {id: demo, title: {zh: 示例}, version: "1", authority: {zh: 局}, effective: "2024-01-01",
  region: {zh: 区}}
layers:
  river_bank: {label: {zh: 河岸}}   # the bank line
rules: []
  # first the general rules

  # a comment between rules, kept
# trailing comment
"""
    assert edited.rules == []
    edited.save()
    loaded = load_ruleset(str(path))
    assert loaded.ruleset is not None and loaded.ruleset.rules == [] and not loaded.messages
    rule = {"id": "R3", "level": "general", "dimension": "spatial_layout", "effect": "text", "text": {"zh": "新条款。"}}
    assert edited.append(rule) == 0 and edited.rules == [rule]  # and a rule can be added again


def test_the_last_rule_of_a_list_at_the_keys_column_leaves_an_empty_list_before_its_comment():
    text = "format: zoning-review-rules/1\r\nrules:   # the list\r\n- id: A\r\n  level: general\r\nother: 1"
    assert yaml_edit.remove_rule(text, 0) == "format: zoning-review-rules/1\r\nrules: []   # the list\r\nother: 1"


def test_the_example_rule_set_keeps_its_comments_after_an_edit(example_rules, tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_bytes(example_rules.read_bytes())
    edited = RuleFile.open(str(path))
    index = next(i for i, r in enumerate(edited.rules) if r["id"] == "C-K-02")
    span = yaml_edit.rules_list(edited.text).rules[index]
    rule = copy.deepcopy(edited.rules[index])
    rule["basis"] = "修改后的依据"
    edited.replace(index, rule)
    stamp = datetime.datetime(2026, 1, 3, 14, 15, 2)
    backup = edited.save(now=stamp)
    assert backup == f"{path}.20260103-141502.bak"
    assert Path(backup).read_bytes() == example_rules.read_bytes()
    written = path.read_text(encoding="utf-8")
    old = example_rules.read_text(encoding="utf-8")
    assert written.startswith(old[:span.start]) and written.endswith(old[span.end:])
    assert written.count("# ----") == old.count("# ----") == 6
    assert load_ruleset(str(path)).ruleset is not None
    assert backup_path(str(path), stamp) == f"{path}.20260103-141502-2.bak"


def test_a_rule_the_loader_rejects_is_never_written(example_rules, tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_bytes(example_rules.read_bytes())
    edited = RuleFile.open(str(path))
    rule = dict(edited.rules[0], when={"spatial": {"layer": "no_such_layer", "relation": "overlaps"}})
    edited.replace(0, rule)
    with pytest.raises(SaveError) as raised:
        edited.save()
    assert "no_such_layer" in raised.value.text()
    assert path.read_bytes() == example_rules.read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["rules.yaml"]


HAND = ("format: zoning-review-rules/1\nrules:\n  - id: R1\n    level: unit\n    dimension: spatial_layout\n"
        "    effect: text\n{wrong}")


@pytest.mark.parametrize("wrong, where", [
    ("    units: ['0101']\n    text: 禁止新建化工项目。\n",
     "8:5: error $.rules[0].text: text must be a mapping (key: value), not text."),
    ("    units: '0101'\n    text: {zh: 条款。}\n", "7:5: error $.rules[0].units: units must be a list, not text."),
    ("    units: ['0101']\n    text: {zh: 条款。}\n    except: {flag: a}\n",
     "9:5: error $.rules[0].except: except must be a list, not a mapping (key: value)."),
])
def test_a_value_the_editor_cannot_show_is_named_by_line_and_column_when_opened(tmp_path, wrong, where):
    """A hand-written rule whose text is not a zh/en mapping (or units not a list…) made the editor fail with a
    traceback, or read the units '0101' as the codes 0, 1, 0, 1; it is named, where it stands, before editing."""
    path = tmp_path / "hand.yaml"
    path.write_text(HAND.format(wrong=wrong), encoding="utf-8")
    with pytest.raises(SaveError) as raised:
        RuleFile.open(str(path))
    assert raised.value.text() == (f"The rule editor cannot show {path} until these are corrected in a text "
                                   f"editor:\n{path}:{where}")


def test_a_rule_written_as_plain_text_is_named_when_opened(tmp_path):
    path = tmp_path / "hand.yaml"
    path.write_text("format: zoning-review-rules/1\nrules:\n  - 禁止新建燃煤锅炉。\n", encoding="utf-8")
    with pytest.raises(SaveError) as raised:
        RuleFile.open(str(path))
    assert raised.value.text().endswith(f"{path}:3:5: error $.rules[0]: rules must be a mapping (key: value), "
                                        "not text.")


def test_a_plain_value_the_loader_refuses_is_named_when_opened_and_never_rewritten(example_rules, tmp_path):
    """The editor read distance_m: 1_000 as 1000 and on as yes/no, and an edit of the rule wrote them back as
    1000 and true: the file is named, where it stands, before editing."""
    path = tmp_path / "rules.yaml"
    text = example_rules.read_text(encoding="utf-8").replace("distance_m: 1000}", "distance_m: 1_000}")
    path.write_text(text, encoding="utf-8")
    line = next(i for i, row in enumerate(text.split("\n"), 1) if "1_000" in row)
    column = text.split("\n")[line - 1].index("1_000") + 1
    with pytest.raises(SaveError) as raised:
        RuleFile.open(str(path))
    assert raised.value.text().endswith(
        f"{path}:{line}:{column}: error $.rules[2].when.spatial.distance_m: 1_000 is a number written with _ between "
        "its digits, which the plugin reads nowhere else: write 1000, or put it in quotes ('1_000') if it is text.")
    assert path.read_text(encoding="utf-8") == text


def test_a_file_changed_on_disk_meanwhile_is_not_overwritten(example_rules, tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_bytes(example_rules.read_bytes())
    edited = RuleFile.open(str(path))
    edited.replace(0, dict(edited.rules[0], basis="新的"))
    path.write_text(example_rules.read_text(encoding="utf-8") + "# edited elsewhere\n", encoding="utf-8")
    with pytest.raises(SaveError) as raised:
        edited.save()
    assert "changed by another program" in raised.value.text()
    assert path.read_text(encoding="utf-8").endswith("# edited elsewhere\n")


def test_crlf_line_breaks_and_a_byte_order_mark_are_kept(example_rules, tmp_path):
    path = tmp_path / "windows.yaml"
    original = b"\xef\xbb\xbf" + example_rules.read_bytes().replace(b"\n", b"\r\n")
    path.write_bytes(original)
    edited = RuleFile.open(str(path))
    edited.replace(0, dict(edited.rules[0], basis="新的依据"))
    edited.append(dict(edited.rules[0], id="X-01"))
    edited.save()
    written = path.read_bytes()
    assert written.startswith(b"\xef\xbb\xbf# Example access list") and b"\n" not in written.replace(b"\r\n", b"")
    assert load_ruleset(str(path)).ruleset is not None
    span = yaml_edit.rules_list(original.decode("utf-8-sig")).rules[0]
    assert written.decode("utf-8-sig")[:span.start] == original.decode("utf-8-sig")[:span.start]


def test_a_file_without_rules_list_cannot_be_opened(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("format: zoning-review-rules/1\n", encoding="utf-8")
    with pytest.raises(SaveError):
        RuleFile.open(str(path))


TEXTS = st.text(alphabet=string.ascii_letters + "：，。#:-'\"{}[] 禁止新建化工河岸\n", min_size=1, max_size=40)
CONDITIONS = st.one_of(
    st.builds(lambda codes: {"industry": codes}, st.lists(st.sampled_from(["C26", "C3011", "B", "C25"]),
                                                          min_size=1, max_size=3, unique=True)),
    st.builds(lambda d: {"spatial": {"layer": "river_bank", "relation": "within", "distance_m": d}},
              st.integers(min_value=1, max_value=100000)),
    st.builds(lambda c: {"construction": c}, st.lists(st.sampled_from(["new", "expansion", "renovation"]),
                                                      min_size=1, unique=True)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(index=st.integers(min_value=0, max_value=1), zh=TEXTS, basis=st.one_of(st.none(), TEXTS),
       when=st.one_of(st.none(), CONDITIONS), effect=st.sampled_from(["prohibit", "restrict", "text"]))
def test_random_edits_change_only_the_rule(index, zh, basis, when, effect):
    original = yaml.safe_load(SMALL)["rules"][index]
    rule = {k: v for k, v in original.items() if k not in ("when", "basis")}
    rule["text"] = {"zh": zh}
    rule["effect"] = effect if when else "text"
    if when:
        rule["when"] = when
    if basis is not None:
        rule["basis"] = basis
    span = yaml_edit.rules_list(SMALL).rules[index]
    edited = yaml_edit.replace_rule(SMALL, index, rule, original)
    before, after = split_around(SMALL, span.start, span.end)
    assert edited.startswith(before) and edited.endswith(after)
    data = yaml.safe_load(edited)
    assert data["rules"][index] == rule
    assert data["rules"][1 - index] == yaml.safe_load(SMALL)["rules"][1 - index]
    assert {k: v for k, v in data.items() if k != "rules"} == {k: v for k, v in yaml.safe_load(SMALL).items()
                                                                if k != "rules"}


@pytest.mark.parametrize("layers", ["layers:\n  river_bank: {label: {zh: 河岸}}   # the bank line\n",
                                    "layers: {river_bank: {label: {zh: 河岸}}}\n", "layers: {}\n", ""])
@pytest.mark.parametrize("declaration", [{"label": {"zh": "湿地保护区"}},
                                         {"label": {"zh": "湿地保护区"}, "fields": {"BHJB": {"zh": "保护级别"}}}])
def test_declaring_a_layer_keeps_the_rest_of_the_file(layers, declaration):
    text = SMALL.replace("layers:\n  river_bank: {label: {zh: 河岸}}   # the bank line\n", layers)
    edited = yaml_edit.declare_entry(text, "layers", "wetland", declaration)
    data, before = yaml.safe_load(edited), yaml.safe_load(text)
    assert data["layers"]["wetland"] == declaration
    assert {k: v for k, v in data.items() if k != "layers"} == {k: v for k, v in before.items() if k != "layers"}
    assert {k: v for k, v in data["layers"].items() if k != "wetland"} == (before.get("layers") or {})
    assert edited.startswith(text[:text.index("layers:") if "layers:" in text else text.index("rules:")])
    assert edited.endswith(text[text.index("rules:"):])
    assert "# the bank line" in edited or "# the bank line" not in text


@pytest.mark.parametrize("river", [
    "  river_bank: {label: {zh: 河岸}}   # the bank line\n",
    "  river_bank:\n    label: {zh: 河岸}   # the bank line\n",
    "  river_bank: {label: {zh: 河岸}, fields: {DM: {zh: 代码}}}   # the bank line\n",
    "  river_bank:\n    label: {zh: 河岸}\n    fields:   # the bank line\n      DM: {zh: 代码}\n",
    "  river_bank:\n    label: {zh: 河岸}\n    fields: {}   # the bank line\n",
])
@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_labelling_a_declared_layers_fields_keeps_the_rest_of_the_file(river, eol):
    text = SMALL.replace("  river_bank: {label: {zh: 河岸}}   # the bank line\n", river).replace("\n", eol)
    before = yaml.safe_load(text)
    edited = yaml_edit.label_fields(text, "river_bank", {"AN_JB": {"zh": "岸线级别"}, "MC": {"zh": "名称"}})
    data = yaml.safe_load(edited)
    was = before["layers"]["river_bank"].get("fields") or {}
    assert data["layers"]["river_bank"] == {"label": {"zh": "河岸"},
                                            "fields": {**was, "AN_JB": {"zh": "岸线级别"}, "MC": {"zh": "名称"}}}
    assert {k: v for k, v in data.items() if k != "layers"} == {k: v for k, v in before.items() if k != "layers"}
    assert edited.startswith(text[:text.index("river_bank")]) and edited.endswith(text[text.index("rules:"):])
    assert "# the bank line" in edited
    assert "\r\n" not in edited.replace("\r\n", "") and ("\n" not in edited.replace("\r\n", "") or eol == "\n")


@pytest.mark.parametrize("river", ["  river_bank: 河岸\n", "  river_bank:\n    label: {zh: 河岸}\n    fields:\n"])
def test_a_declaration_that_cannot_take_labels_is_refused(river):
    """A layer declared by a bare name, or with ``fields:`` left empty (files the editor does not open): refused."""
    with pytest.raises(yaml_edit.EditError):
        yaml_edit.label_fields(SMALL.replace("  river_bank: {label: {zh: 河岸}}   # the bank line\n", river),
                               "river_bank", {"MC": {"zh": "名称"}})


def test_a_rule_added_after_a_comment_leaves_the_comment_on_its_line():
    text = SMALL.replace("    basis: |\n      第一行\n      第二行\n", "    basis: 第一行   # the last line\n")
    edited = yaml_edit.append_rule(text, {"id": "R3", "level": "general", "dimension": "spatial_layout",
                                          "effect": "text", "text": {"zh": "新条款。"}})
    assert edited == text.replace("    basis: 第一行   # the last line\n", "    basis: 第一行   # the last line\n"
                                  "  - id: R3\n    level: general\n    dimension: spatial_layout\n    effect: text\n"
                                  "    text: {zh: 新条款。}\n")
