"""Judgements and an opinion put on screen from a saved review or a register entry stay with their site until it is
reviewed, also when that happens only later (a bound unit layer could not be used, then can again)."""

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry

from tests.dock_helpers import SITE_WKT, saved_to_register
from tests.sample_project import layer
from tests.test_dock_causes import review_s02
from tests.test_dock_unsaved_review import judge_one
from zoning_review.plugin.gui.review_task import Site

OTHER = Site(QgsGeometry.fromWkt(SITE_WKT), QgsCoordinateReferenceSystem("EPSG:4490"), "other")


def saved_review(dock, _folder):
    """The review on screen saved in the project; a function putting it on screen again."""
    assert dock.saved.save_as("S02 复核")
    return lambda: dock.saved.restore("S02 复核")


def register_entry(dock, folder):
    """The review on screen saved to a register; a function opening its entry as a new review."""
    record = saved_to_register(dock, folder)
    return lambda: dock.register.open_as_new(record)


@pytest.mark.parametrize("kept", [saved_review, register_entry])
def test_work_shown_while_a_unit_layer_cannot_be_used_is_kept_when_the_site_is_reviewed(dock, example_rules, qtbot,
                                                                                       tmp_path, kept):
    """Its judgements and opinion were dropped when the layer could be used again and the site was reviewed."""
    review_s02(dock, example_rules, qtbot)
    judged = judge_one(dock, qtbot)
    dock.opinion.setPlainText("同意。")
    show_again = kept(dock, tmp_path)
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.set_site(OTHER)
    dock.opinion.clear()  # nothing on screen to lose: the review comes back without a question
    units = layer("control_units")
    code = units.fields().lookupField("HJGKDYBM")
    assert units.dataProvider().renameAttributes({code: "HJGKDYBM_2025"})
    units.updateFields()
    dock.refresh_targets()
    assert dock.unusable
    assert show_again()
    assert units.dataProvider().renameAttributes({code: "HJGKDYBM"})
    units.updateFields()
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.refresh_targets()
    assert [j.key[1:] + (j.word,) for j in dock.runner.judgements] == [judged.key[1:] + (judged.word,)]
    assert dock.opinion.toPlainText() == "同意。" and str(dock.runner.verdict()) == "non_compliant"
