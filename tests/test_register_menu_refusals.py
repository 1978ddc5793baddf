"""The panel never does nothing without a word: re-reviewing the register without the algorithm or without a register
chosen says why and what to do."""

import shutil

from qgis.core import Qgis

from tests.dock_helpers import bind
from tests.test_register_rereview_warnings import review_s05
from zoning_review.plugin import settings
from zoning_review.plugin.gui import register_actions


def told(qgis_iface, level) -> list:
    """The panel's messages of ``level`` about re-reviewing the register."""
    return [m.removeprefix("Zoning Review:") for m in qgis_iface.messageBar().get_messages(level)
            if "not re-reviewed" in m]


def test_re_reviewing_without_the_algorithm_says_why_and_what_to_do(dock, example_rules, qgis_iface, qtbot,
                                                                     monkeypatch):
    review_s05(dock, example_rules, qtbot)  # a bound rule set: the register could be re-reviewed with it
    monkeypatch.setattr(register_actions, "REREVIEW_ID", "zoningreview:not_registered")  # as with no provider
    asked = []
    monkeypatch.setattr(register_actions.QFileDialog, "getOpenFileName",
                        lambda *args: asked.append(args) or ("", ""))  # nothing to ask while it cannot run
    qgis_iface.messageBar().clear_messages()
    dock.register.rereview()
    assert dock.register.task is None and asked == []
    assert told(qgis_iface, Qgis.MessageLevel.Critical) == [
        "The register was not re-reviewed: the algorithm zoningreview:not_registered is not available in Processing. "
        "Enable the Processing plugin under Plugins ▸ Manage and Install Plugins…, then restart QGIS."]


def test_re_reviewing_without_a_register_chosen_says_how_to_choose_one(zr_processing, dock, example_rules, qgis_iface,
                                                                       qtbot, monkeypatch, tmp_path):
    review_s05(dock, example_rules, qtbot)
    settings.REGISTER_PATH.set(str(tmp_path / "gone.gpkg"))  # the register set once is no longer there
    asked = []
    monkeypatch.setattr(register_actions.QFileDialog, "getOpenFileName",
                        lambda *args: asked.append(args) or ("", ""))  # the reviewer cancels the file dialog
    qgis_iface.messageBar().clear_messages()
    try:
        dock.register.rereview()
    finally:
        settings.REGISTER_PATH.reset()
    assert len(asked) == 1 and dock.register.task is None
    assert told(qgis_iface, Qgis.MessageLevel.Warning) == [
        "The register was not re-reviewed: no register file was chosen. Choose the review register when asked, or "
        "set it under Settings ▸ Options ▸ Zoning Review."]


def test_re_reviewing_while_the_bound_rule_set_cannot_be_used_says_so(zr_processing, dock, example_rules, qgis_iface,
                                                                      qtbot, monkeypatch, tmp_path):
    """A rule set is bound but its file is gone: the panel names that problem, not "bind a rule set first"."""
    rules = tmp_path / "rules.yaml"
    shutil.copy(example_rules, rules)
    bind(dock.bindings, rules)
    qtbot.waitUntil(lambda: bool(dock.targets), timeout=60000)
    rules.unlink()
    dock.refresh_targets()
    asked = []
    monkeypatch.setattr(register_actions.QFileDialog, "getOpenFileName", lambda *args: asked.append(args) or ("", ""))
    qgis_iface.messageBar().clear_messages()
    dock.register.rereview()
    assert dock.register.task is None and asked == []
    [said] = told(qgis_iface, Qgis.MessageLevel.Warning)
    assert said.startswith("The register was not re-reviewed while a bound unit layer cannot be used: The rule sets "
                           "bound to unit layer control_units cannot be used"), said
    assert "rules.yaml" in said and "Bind a rule set" not in said
