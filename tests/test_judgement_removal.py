"""A judgement kept but not applied (made on another text of its clause, on another finding of the rules…) can be
removed in the panel like an applied one: the clause's menu and the judgement dialog offer it."""

from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QPushButton

from tests.test_register_rereview_warnings import clause, review_s05
from zoning_review.plugin.core.review.judgements import Judgement


def test_a_judgement_not_applied_can_be_removed_in_the_panel(dock, example_rules, qtbot):
    review_s05(dock, example_rules, qtbot)
    site_id, unit, finding = clause(dock, "C-P-02")
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):  # made on another text of the clause: not applied
        dock.runner.judge(Judgement(site_id, unit, "C-P-02", "compliant", "已现场核实", "王工",
                                    "2026-12-05T10:00:00+08:00", False, "0" * 64))
    shown = clause(dock, "C-P-02")
    assert shown[2].judgement is None and str(shown[2].status) == "manual_check"
    assert dock.tree.judgement_of(shown) == dock.runner.judgements.get((site_id, unit, "C-P-02"))  # the menu offers it
    pressed = []

    def remove():
        dialog = dock.judgements.dialog
        button = dialog.findChild(QPushButton, "zr_judgement_remove")
        pressed.append(button is not None)
        button.click() if button is not None else dialog.reject()

    QTimer.singleShot(0, remove)
    dock.judgements.judge(shown)
    assert pressed == [True]
    assert dock.runner.judgements.get((site_id, unit, "C-P-02")) is None
    assert [(w.judgement.rule_id, w.judgement.clause) for w in dock.runner.judgements.withdrawn] == [
        ("C-P-02", "0" * 64)]  # the removal kept in the record
    assert dock.runner.judgements.not_applied() == []
