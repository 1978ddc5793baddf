"""The rule editor's typed values: a number only when written as the plugin reads numbers; the distance as the
schema takes it, never cut."""

import pytest
from qgis.PyQt.QtTest import QTest

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
    assert picker.problem.text() == f"“{typed}” is not a number; less than, at most, more than and at least compare " \
        "numbers."


@pytest.mark.parametrize("typed", ["1_000", "1_0.5"])
def test_a_value_with_an_underscore_stays_text_as_typed(picker, typed):
    assert attribute(picker, "==", typed) == {"attribute": {"name": "boiler_tph", "op": "==", "value": typed}}


@pytest.mark.parametrize("typed, value", [("35", 35), ("0.5", 0.5), ("1e3", 1000), ("１２", 12), ("-2.25", -2.25)])
def test_numbers_written_plainly_are_numbers(picker, typed, value):
    found = attribute(picker, "<", typed)["attribute"]["value"]
    assert found == value and type(found) is type(value)


def spatial(picker, typed: str):
    """The condition the layer page gives for 'within' ``typed`` of the river bank, typed key by key."""
    picker.kind.setCurrentIndex(picker.kind.findData("spatial"))
    picker.layer.setCurrentIndex(picker.layer.findData("river_bank"))
    picker.relation.setCurrentIndex(picker.relation.findData("within"))
    picker.distance.clear()
    QTest.keyClicks(picker.distance, typed.replace("米", ""))  # QTest types no ideograph
    picker.distance.insert("米" if "米" in typed else "")
    return picker.condition()


@pytest.mark.parametrize("typed, metres", [("2000000", 2000000), ("0.25", 0.25), ("1500000.5", 1500000.5),
                                           ("0.05", 0.05), ("500 m", 500), ("30米", 30)])
def test_a_distance_is_taken_as_typed_never_cut(picker, typed, metres):
    """The spin box (one decimal, at most 1,000,000 m) dropped the key it could not hold: 2000000 typed gave
    200,000 m, 0.25 gave 0.2 m. The schema takes any number greater than 0."""
    distance = spatial(picker, typed)["spatial"]["distance_m"]
    assert distance == metres and type(distance) is type(metres)


@pytest.mark.parametrize("typed, problem", [
    ("1_000", "“1_000” is not a distance: give a number of metres, e.g. 500 or 0.5."),
    ("5 km", "“5 km” is not a distance: give a number of metres, e.g. 500 or 0.5."),
    ("", "“” is not a distance: give a number of metres, e.g. 500 or 0.5."),
    ("0", "Give a distance greater than 0 m."), ("-5", "Give a distance greater than 0 m."),
])
def test_a_distance_that_is_not_one_is_refused_with_why(picker, typed, problem):
    assert spatial(picker, typed) is None and picker.problem.text() == problem


@pytest.mark.parametrize("metres", [12.25, 0.125, 2500000])
def test_a_written_distance_is_shown_on_its_page_and_given_back(picker, metres):
    """Reopening 'within 12.25 m' showed 12.3 m (so it went to the YAML page); 2,500 km was cut to 1,000 km."""
    condition = {"spatial": {"layer": "river_bank", "relation": "within", "distance_m": metres}}
    picker.set_condition(condition)
    assert picker.kind.currentData() == "spatial" and picker.condition() == condition
