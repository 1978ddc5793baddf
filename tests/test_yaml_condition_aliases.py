"""A condition on the rule editor's YAML page whose anchors and aliases expand into a huge value (a 'billion laughs'
document: nine lists of nine aliases to the list before, 387 million values from nine lines), into itself or deeper
than a rule may nest is refused where it happens, as a rule file is — never accepted to freeze QGIS when the editor
words it — and the condition edited stays as it was."""

import time

import pytest
from qgis.PyQt.QtWidgets import QDialog

from zoning_review.plugin.core.rules.yaml_source import read_yaml
from zoning_review.plugin.gui.rule_editor.condition_list import ConditionList
from zoning_review.plugin.gui.rule_editor.condition_picker import ConditionPicker
from zoning_review.plugin.gui.rule_editor.yaml_condition import yaml_condition

from .test_feedback_language import ui  # noqa: F401 - the fixture setting the UI language

# a: 9 values and the list (10); b: 9 lists of 10 and itself (91); c: 820; d: 7,381; e: 66,430 — the first over
# 10,000 values, on line 5 from column 4 (its anchor, &e).
LAUGHS = "\n".join(["a: &a [x,x,x,x,x,x,x,x,x]"] + [
    f"{name}: &{name} [{','.join([f'*{before}'] * 9)}]" for before, name in zip("abcdefgh", "bcdefghi")])
GOOD = {"flag": "major_infrastructure"}


def test_a_billion_laughs_condition_is_refused_at_once_where_it_passes_the_limit(ui):  # noqa: F811
    ui("en")
    started = time.perf_counter()
    with pytest.raises(ValueError) as error:
        yaml_condition(LAUGHS)
    assert time.perf_counter() - started < 1
    assert str(error.value) == ("Line 5, column 4: through anchors (&name) and aliases (*name), the condition "
                                "expands to more than 10,000 values here, which no rule needs; write its values out, "
                                "with fewer nested aliases."), error.value


def test_an_alias_inside_its_own_anchor_is_refused_where_the_anchor_is(ui):  # noqa: F811
    ui("en")
    with pytest.raises(ValueError) as error:
        yaml_condition("any: &a [{flag: a}, *a]")
    assert str(error.value).startswith("Line 1, column 6: this list or mapping holds an alias to itself"), error.value


def test_aliases_nesting_deeper_than_a_rule_may_are_refused_as_deep_nesting(ui):  # noqa: F811
    ui("en")
    # a0 is one list; each next holds the one before: the top mapping, l70's list and 69 more lists below it
    lines = ["a0: &a0 [x]"] + [f"a{n}: &a{n} [*a{n - 1}]" for n in range(1, 70)]
    with pytest.raises(ValueError) as error:
        yaml_condition("\n".join(lines))
    assert "the condition is nested more than 64 levels deep here" in str(error.value), error.value


def test_a_condition_reusing_a_list_through_an_alias_still_reads():
    written = "all: [{industry: &codes [C2614, C2619]}, {not: {industry: *codes}}]"
    codes = ["C2614", "C2619"]
    assert yaml_condition(written) == {"all": [{"industry": codes}, {"not": {"industry": codes}}]}


def test_a_rule_file_shares_the_guard_and_says_the_same_limit(tmp_path):
    path = tmp_path / "laughs.yaml"
    path.write_text(LAUGHS.replace("i: &i", "rules: ") + "\n", encoding="utf-8")
    document, [problem] = read_yaml(str(path), max_nodes=10_000)
    assert document is None and "expands to more than 10000 values through anchors and aliases" in problem.text("en")


def test_the_picker_stays_open_with_the_message_and_the_last_good_condition_is_kept(qgis_app, ui, monkeypatch):  # noqa: F811
    ui("en")
    conditions = ConditionList("When", "zr_when", False, lambda: ConditionPicker({}, [], {}))
    conditions.set_value(dict(GOOD), {})
    shown = conditions.list.item(0).text()
    problems = []

    def run(picker):  # the user pastes the document on the YAML page, presses OK, reads the message, cancels
        picker.kind.setCurrentIndex(picker.kind.findData("yaml"))
        picker.yaml_text.setPlainText(LAUGHS)
        picker._accept()
        problems.append(picker.problem.text())
        assert picker.result() != QDialog.DialogCode.Accepted, "the picker took the condition"
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ConditionPicker, "exec", run)
    conditions.list.setCurrentRow(0)
    conditions.edit()
    assert problems and problems[0].startswith("Line 5, column 4: through anchors"), problems
    assert conditions.items == [GOOD] and conditions.value() == GOOD and conditions.list.item(0).text() == shown
