"""The rule editor dialog (offscreen): the pickers, the live messages beside the fields, suggestions, saving."""

from pathlib import Path

import pytest
import yaml

from tests.test_processing_suggest import EXPECTED_WHEN, PROSE, prose_rules
from zoning_review.plugin.core.rules import yaml_edit
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.rules.rule_file import RuleFile
from zoning_review.plugin.gui import standard_buttons
from zoning_review.plugin.gui.rule_editor.condition_picker import ConditionPicker
from zoning_review.plugin.gui.rule_editor.dialog import NEW, RuleEditorDialog
from zoning_review.plugin.gui.rule_editor.suggestion_panel import highlighted, suggestion_html


@pytest.fixture
def editor(qgis_app, example_rules, tmp_path):
    path = prose_rules(example_rules, tmp_path)
    dialog = RuleEditorDialog(RuleFile.open(str(path)), ["HJGKDYBM", "total_exceeded"], {"river_bank": "河流岸线"})
    yield dialog
    dialog.file.original = dialog.file.text  # nothing to ask on close
    dialog.deleteLater()


def index_of(dialog, rule_id):
    return next(i for i, r in enumerate(dialog.file.rules) if r["id"] == rule_id)


def test_rules_are_listed_by_level_and_dimension(editor):
    tree = editor.tree
    levels = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert levels == ["General requirements", "Category requirements", "Unit requirements"]
    general = tree.topLevelItem(0)
    dims = [general.child(i).text(0) for i in range(general.childCount())]
    assert dims[0] == "Spatial layout constraints"
    assert sum(1 for _ in _leaves(tree)) == len(editor.file.rules) == 33


def _leaves(tree):
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        if item.childCount() == 0:
            yield item
        stack.extend(item.child(i) for i in range(item.childCount()))


def test_the_picker_makes_each_kind_of_condition(editor):
    picker = editor.make_picker()
    picker.kind.setCurrentIndex(picker.kind.findData("spatial"))
    picker.layer.setCurrentIndex(picker.layer.findData("river_bank"))
    picker.relation.setCurrentIndex(picker.relation.findData("within"))
    picker.distance.setText("300")
    assert picker.condition() == {"spatial": {"layer": "river_bank", "relation": "within", "distance_m": 300}}
    assert "map layer: 河流岸线" in picker.layer.currentText()
    picker.kind.setCurrentIndex(picker.kind.findData("industry"))
    picker.industry.set_code("C3011")
    picker.add_industry()
    picker.industry.edit.setText("2614")
    assert picker.condition() == {"industry": ["C3011", "C2614"]}
    picker.kind.setCurrentIndex(picker.kind.findData("construction"))
    picker.construction_boxes[0].setChecked(True)
    assert picker.condition() == {"construction": ["new"]}
    picker.kind.setCurrentIndex(picker.kind.findData("attribute"))
    picker.attribute.setCurrentIndex(picker.attribute.findData("boiler_tph"))
    picker.attribute_op.setCurrentIndex(picker.attribute_op.findData("<"))
    picker.attribute_value.setText("abc")
    assert picker.condition() is None and "not a number" in picker.problem.text()
    picker.attribute_value.setText("35")
    assert picker.condition() == {"attribute": {"name": "boiler_tph", "op": "<", "value": 35}}
    picker.kind.setCurrentIndex(picker.kind.findData("flag"))
    picker.flag.setCurrentIndex(picker.flag.findData("capacity_increase"))
    picker.flag_value.setCurrentIndex(1)
    assert picker.condition() == {"not": {"flag": "capacity_increase"}}
    picker.kind.setCurrentIndex(picker.kind.findData("unit_attribute"))
    picker.unit_field.setCurrentText("total_exceeded")
    picker.unit_op.setCurrentIndex(picker.unit_op.findData("=="))
    picker.unit_value.setText("是")
    assert picker.condition() == {"unit_attribute": {"field": "total_exceeded", "op": "==", "value": "是"}}


@pytest.mark.parametrize("op, typed, value", [
    ("==", "0313", "0313"), ("!=", "1.50", "1.50"), ("in", "0313, 313, ０１", ["0313", 313, "０１"]),
])
def test_a_unit_code_typed_with_a_leading_zero_stays_a_code(editor, op, typed, value):
    """A unit rule compares '0313' as a code, so the picker keeps it as text (it wrote the number 313, which a
    unit's 313 equals); a plain number stays a number."""
    picker = editor.make_picker()
    picker.kind.setCurrentIndex(picker.kind.findData("unit_attribute"))
    picker.unit_field.setCurrentText("total_exceeded")
    picker.unit_op.setCurrentIndex(picker.unit_op.findData(op))
    picker.unit_value.setText(typed)
    assert picker.condition() == {"unit_attribute": {"field": "total_exceeded", "op": op, "value": value}}


def test_a_shown_condition_comes_back_unchanged(editor):
    for condition in ({"spatial": {"layer": "water_source", "relation": "overlaps", "where": "\"grade\" = 'I'"}},
                      {"industry": ["C26"]}, {"construction": ["expansion", "new"]}, {"not": {"flag": "x"}},
                      {"catalogue": ["eliminated", "prohibited"]},
                      {"any": [{"flag": "a"}, {"flag": "b"}]}):
        picker = editor.make_picker()
        picker.set_condition(condition)
        found = picker.condition()
        if "construction" in condition or "catalogue" in condition:
            key = next(iter(condition))
            assert sorted(found[key]) == sorted(condition[key]) and picker.kind.currentData() == key
        elif "not" in condition:  # x is no declared attribute: the YAML page keeps it as written
            assert found == condition and picker.kind.currentData() == "yaml"
        else:
            assert found == condition


def test_large_amounts_are_worded_grouped_and_edited_plain(editor):
    """The condition list words 12,500 m and 50,000; the picker's editable fields show them without separators
    and read them back unchanged."""
    conditions = [{"spatial": {"layer": "river_bank", "relation": "within", "distance_m": 12500}},
                  {"attribute": {"name": "investment_wan", "op": ">=", "value": 1250000}}]
    editor.panel.when.set_value({"all": conditions}, editor.file.data)
    words = editor.panel.when.list.item(0).text(), editor.panel.when.list.item(1).text()
    assert words == ("Within 12,500 m of 河流岸线", "项目总投资（万元）: at least 1,250,000 (10,000 yuan)")
    for condition in conditions:
        picker = editor.make_picker()
        picker.set_condition(condition)
        assert picker.condition() == condition
    assert picker.attribute_value.text() == "1250000"


def test_a_new_distance_rule_is_checked_live_and_saved_with_a_backup(editor):
    path = Path(editor.file.path)
    before = path.read_text(encoding="utf-8")
    editor.new_rule()
    assert editor.index == NEW
    panel = editor.panel
    assert "Required field when is missing" in panel.when.message.text()  # a prohibition needs a condition
    assert "must not be empty" in panel.messages["text"].text() and not editor.apply_button.isEnabled()
    panel.text_zh.setPlainText("禁止在河流岸线300米范围内新建化学原料和化学制品制造项目。")
    panel.when.items = [{"industry": ["C26"]}]
    panel.id_edit.setText("G-SL-03")  # used already
    assert panel.messages["id"].text() == (  # the form has no line to name, never "line 0"
        "Rule G-SL-03: Another rule already has the id G-SL-03: give this rule an id of its own.")
    assert not editor.apply_button.isEnabled()
    panel.id_edit.setText("G-SL-99")
    panel.when.items = [{"spatial": {"layer": "no_layer", "relation": "within", "distance_m": 300}}]
    panel.changed.emit()
    assert "no_layer" in panel.when.message.text() and panel.when.message.isVisibleTo(panel)
    panel.when.items = [{"industry": ["C26"]},
                        {"spatial": {"layer": "river_bank", "relation": "within", "distance_m": 300}}]
    panel.changed.emit()
    assert panel.when.message.text() == "" and editor.apply_button.isEnabled()
    assert editor.save()
    backups = list(path.parent.glob("imported.yaml.*.bak"))
    assert len(backups) == 1 and backups[0].read_text(encoding="utf-8") == before
    after = path.read_text(encoding="utf-8")
    assert after.startswith(before.rstrip("\n"))  # everything before the new rule kept, byte for byte
    loaded = load_ruleset(str(path)).ruleset
    added = next(r for r in loaded.rules if r.id == "G-SL-99")
    assert added.effect == "prohibit"
    assert yaml.safe_load(after)["rules"][-1]["when"] == {
        "industry": ["C26"], "spatial": {"layer": "river_bank", "relation": "within", "distance_m": 300}}
    assert "Saved" in editor.status.text()


def test_a_suggestion_shows_its_words_and_is_accepted(editor):
    editor.show_rule(index_of(editor, "IMP-SL-01"))
    assert editor.suggestion.isVisibleTo(editor)
    html = editor.suggestion.view.toHtml()
    assert "在河流岸线500米范围内" in editor.suggestion.view.toPlainText()
    assert "background-color:#fff59d" in html.replace(" ", "")
    editor.suggestion.accepted.emit()
    rule = editor.file.rules[index_of(editor, "IMP-SL-01")]
    assert rule["effect"] == "prohibit" and rule["when"] == EXPECTED_WHEN and rule["suggested_from"] == PROSE
    assert editor.save()
    assert load_ruleset(editor.file.path).ruleset is not None
    text = Path(editor.file.path).read_text(encoding="utf-8")
    assert "# imported from the bureau's table, still prose" in text


def test_a_rejected_marker_leaves_the_rule(qgis_app, example_rules, tmp_path):
    source = prose_rules(example_rules, tmp_path)
    marked = tmp_path / "marked.yaml"
    rule_file = RuleFile.open(str(source))
    from zoning_review.plugin.suggest import suggest_ruleset

    rules = suggest_ruleset(rule_file.data)["rules"]
    index = next(i for i, r in enumerate(rules) if r["id"] == "IMP-SL-01")
    rule_file.replace(index, rules[index])
    rule_file.write_to(str(marked))
    dialog = RuleEditorDialog(RuleFile.open(str(marked)), [], {})
    dialog.show_rule(index)
    assert dialog.suggestion.isVisibleTo(dialog) and "(suggestion)" in dialog.item_of(index).text(0)
    dialog.suggestion.rejected.emit()
    assert "suggested" not in dialog.file.rules[index] and dialog.file.rules[index]["effect"] == "text"
    span = yaml_edit.rules_list(dialog.file.original).rules[index]
    assert dialog.file.text.startswith(dialog.file.original[:span.start])
    dialog.file.original = dialog.file.text
    dialog.deleteLater()


def test_highlighting_escapes_and_keeps_every_character():
    assert highlighted("a<b>c", [(1, 4, "when")]) == "a<span style='background:#fff59d'>&lt;b&gt;</span>c"
    assert highlighted("abc", [(0, 1, "effect"), (2, 3, "except")]).count("<span") == 2


def test_the_words_of_a_suggested_part_are_listed_as_the_ui_language_lists_them(qgis_app):
    clause = "No new projects within 1 km of the bank, except upgrades."
    part = {"part": "when", "lang": "en", "spans": [[0, 15], [16, 39]],
            "words": ["No new projects", "within 1 km of the bank"], "why": "read"}
    shown = suggestion_html({"text": {"en": clause}}, {"effect": "prohibit", "from": [part]}, {})
    assert "No new projects, within 1 km of the bank</span>" in shown, shown


def test_the_picker_lists_only_what_the_rule_set_declares(editor):
    picker = ConditionPicker({"layers": {}, "attributes": {}}, [], {})
    picker.kind.setCurrentIndex(picker.kind.findData("spatial"))
    assert picker.condition() is None and "declares no constraint layer" in picker.problem.text()


def test_edit_before_accepting_changes_nothing_until_applied(editor):
    index = index_of(editor, "IMP-SL-01")
    editor.show_rule(index)
    editor.suggestion.editRequested.emit()
    assert editor.file.rules[index]["effect"] == "text" and not editor.file.changed  # not yet in the rule set
    assert editor.panel.effect.currentData() == "prohibit" and editor.apply_button.isEnabled()
    assert [list(part) for part in editor.panel.when.items] == [["industry"], ["construction"], ["spatial"]]
    editor.panel.when.items[2] = {"spatial": {"layer": "river_bank", "relation": "within", "distance_m": 800}}
    editor.panel.changed.emit()
    assert editor.apply()
    rule = editor.file.rules[index]
    assert rule["when"]["spatial"]["distance_m"] == 800 and rule["suggested_from"] == PROSE


def test_rejecting_a_suggestion_not_in_the_file_only_hides_it(editor):
    index = index_of(editor, "IMP-SL-01")
    editor.show_rule(index)
    editor.suggestion.rejected.emit()
    assert not editor.suggestion.isVisibleTo(editor) and not editor.file.changed
    editor.show_rule(0)
    editor.show_rule(index)
    assert not editor.suggestion.isVisibleTo(editor)  # stays rejected while the editor is open


def test_a_category_rule_offers_the_rule_sets_kinds_by_their_label(editor):
    index = index_of(editor, "C-KP-01")
    editor.show_rule(index)
    combo = editor.panel.category
    assert combo.currentData() == "key_park" and combo.currentText() == "Key control unit (industrial park)"
    assert editor.panel.rule() == editor.file.rules[index] and not editor.apply_button.isEnabled()


def test_every_rule_shown_comes_back_unchanged(editor):
    for index, rule in enumerate(editor.file.rules):
        editor.show_rule(index)
        assert editor.panel.rule() == rule, rule["id"]
        assert not editor.pending() and not editor.apply_button.isEnabled()


def test_a_block_text_with_its_last_newline_is_not_a_change(qgis_app, tmp_path):
    path = tmp_path / "block.yaml"
    head = Path(__file__).parent.joinpath("data", "rules", "base.yaml").read_text(encoding="utf-8")
    path.write_text(head + "  - id: B-01\n    level: general\n    dimension: spatial_layout\n    effect: text\n"
                    "    text:\n      zh: |\n        第一行\n        第二行\n    basis: \"依据 \"\n", encoding="utf-8")
    dialog = RuleEditorDialog(RuleFile.open(str(path)), [], {})
    index = index_of(dialog, "B-01")
    dialog.show_rule(index)
    assert dialog.file.rules[index]["text"]["zh"] == "第一行\n第二行\n"
    assert dialog.panel.rule() == dialog.file.rules[index] and not dialog.pending()
    dialog.deleteLater()


def test_a_project_layer_not_declared_is_declared_when_picked(qgis_app, example_rules, tmp_path, sample_gpkg):
    from qgis.core import QgsVectorLayer

    from zoning_review.plugin.gui.rule_editor.condition_picker import declared_name

    path = prose_rules(example_rules, tmp_path)
    wetland = QgsVectorLayer(f"{sample_gpkg}|layername=industrial_park", "湿地 wetland-2", "ogr")
    assert wetland.isValid()
    dialog = RuleEditorDialog(RuleFile.open(str(path)), [], {"river_bank": "river_bank"},
                              project_layers=[(wetland.id(), wetland.name()), ("x", "river_bank")])
    picker = dialog.make_picker()
    names = [picker.layer.itemData(i) for i in range(picker.layer.count())]
    assert names == ["red_line", "water_source", "river_bank", "industrial_park", "wetland_2"]  # bound ones left out
    picker.kind.setCurrentIndex(picker.kind.findData("spatial"))
    picker.layer.setCurrentIndex(picker.layer.findData("wetland_2"))
    picker.relation.setCurrentIndex(picker.relation.findData("overlaps"))
    assert picker.condition() == {"spatial": {"layer": "wetland_2", "relation": "overlaps"}}
    picker.accept()
    assert "wetland_2" not in dialog.file.data["layers"] and not dialog.file.changed  # declared with the rule
    dialog.panel.when.items.append({"spatial": {"layer": "wetland_2", "relation": "overlaps"}})
    dialog.panel.changed.emit()
    assert dialog.save()
    assert dialog.file.data["layers"]["wetland_2"] == {"label": {"zh": "湿地 wetland-2"}}
    assert dialog.new_bindings["wetland_2"].layer_id == wetland.id()
    loaded = load_ruleset(str(path)).ruleset
    assert "wetland_2" in loaded.layers
    assert "# Example access list" in path.read_text(encoding="utf-8")
    assert declared_name("岸线", []) == "layer" and declared_name("a b", ["a_b"]) == "a_b_2"
    dialog.deleteLater()


def test_a_new_rule_gets_an_unused_id(editor):
    editor.new_rule()
    assert editor.panel.id_edit.text() == "G-SL-08" and editor.tree.currentItem() is None


def test_a_started_new_rule_with_errors_is_kept_unless_the_user_discards_it(editor, monkeypatch):
    """Clicking another rule dropped a half-written new rule without a word (its id clashed, say)."""
    from qgis.PyQt.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(standard_buttons, "question",
                        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No)
    editor.new_rule()
    editor.panel.text_zh.setPlainText("禁止新建化学原料和化学制品制造项目。")
    editor.panel.id_edit.setText(editor.file.rules[0]["id"])  # used already: cannot be applied
    editor.tree.setCurrentItem(editor.item_of(3))
    assert editor.index == NEW and editor.panel.text_zh.toPlainText() == "禁止新建化学原料和化学制品制造项目。"
    assert len(asked) == 1 and "errors" in asked[0] and not editor.file.changed
    editor.new_rule()  # a second New keeps the draft too
    assert editor.panel.text_zh.toPlainText() and len(asked) == 2
    monkeypatch.setattr(standard_buttons, "question", lambda *args: QMessageBox.StandardButton.Yes)
    editor.tree.setCurrentItem(editor.item_of(3))
    assert editor.index == 3 and not editor.file.changed


def test_an_untouched_new_rule_does_not_stop_the_save(editor):
    """Save refused with 'The rule has errors' when New rule had been clicked and nothing typed."""
    editor.panel.basis.setText("冀政字〔2020〕71号")
    assert editor.apply()
    editor.new_rule()
    assert not editor.pending() and editor.save()
    assert load_ruleset(editor.file.path).ruleset.rules[0].basis == "冀政字〔2020〕71号"
    assert "Saved" in editor.status.text() and editor.index == NEW


@pytest.mark.parametrize("condition", [
    {"spatial": {"layer": "river_bank", "relation": "near", "distance_m": 500}},
    {"spatial": {"layer": "river_bank", "relation": "within", "distance_m": "5 km"}},
    {"attribute": {"name": "boiler_tph", "op": "=", "value": 35}},
    {"attribute": {"name": "boiler_tph", "op": "<", "value": "0035"}},
    {"unit_attribute": {"field": "ZLCB", "op": "==", "value": True}},
])
def test_a_condition_its_page_cannot_give_back_is_edited_as_written(editor, condition):
    """A relation the page lacks became 'within', '5 km' a traceback,
    an operator the page lacks none, a yes/no unit value the text 'True': the YAML page keeps each as written."""
    picker = editor.make_picker()
    picker.set_condition(condition)
    assert picker.kind.currentData() == "yaml" and picker.condition() == condition
