"""The rule editor's typed values: a number only when written as the plugin reads numbers; the distance as the
schema takes it, never cut."""

import pytest

from zoning_review.plugin.core.rules.rule_file import RuleFile
from zoning_review.plugin.gui.rule_editor.dialog import RuleEditorDialog


@pytest.fixture
def picker(qgis_app, example_rules):
    dialog = RuleEditorDialog(RuleFile.open(str(example_rules)), ["HJGKDYBM"], {"river_bank": "河流岸线"})
    yield dialog.make_picker()
    dialog.deleteLater()


def attribute(picker, op: str, typed: str):
    """The condition the attribute page gives for the number attribute boiler_tph."""
    picker.kind.setCurrentIndex(picker.kind.findData("attribute"))
    picker.attribute.setCurrentIndex(picker.attribute.findData("boiler_tph"))
    picker.attribute_op.setCurrentIndex(picker.attribute_op.findData(op))
    picker.attribute_value.setText(typed)
    return picker.condition()


@pytest.mark.parametrize("typed", ["1_000", "1_0.5", "1__0", "1,000"])
def test_a_number_with_separators_is_not_read_as_a_number(picker, typed):
    """Python's float() read 1_000 as 1000 and 1_0.5 as 10.5; the plugin reads no number with separators."""
    assert attribute(picker, "<", typed) is None
    assert picker.problem.text() == f"“{typed}” is not a number; '<', '<=', '>' and '>=' compare numbers."


@pytest.mark.parametrize("typed", ["1_000", "1_0.5"])
def test_a_value_with_an_underscore_stays_text_as_typed(picker, typed):
    assert attribute(picker, "==", typed) == {"attribute": {"name": "boiler_tph", "op": "==", "value": typed}}


@pytest.mark.parametrize("typed, value", [("35", 35), ("0.5", 0.5), ("1e3", 1000), ("１２", 12), ("-2.25", -2.25)])
def test_numbers_written_plainly_are_numbers(picker, typed, value):
    found = attribute(picker, "<", typed)["attribute"]["value"]
    assert found == value and type(found) is type(value)
