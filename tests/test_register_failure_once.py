"""A failed re-review of the register is one message in the bar: the panel's own word on the same broken rule set,
said just before the failure (the panel heard of the file while the run was under way), is taken back, and one said
just after it is not put beside it; a warning about something else stays. The run's start message goes at its end."""

from types import SimpleNamespace

from qgis.core import Qgis
from qgis.gui import QgsMessageBar

from zoning_review.plugin.gui.register_actions import RegisterActions, WarningsFeedback

LINE = "/data/规则.yaml:84:5: error $.rules[0].effect: forbid is not allowed for effect; use one of: prohibit."
PANEL = ("The rule sets bound to unit layer control_units cannot be used, so no site is reviewed until they are "
         f"corrected or the layer is unbound in the Zoning Review panel:\n{LINE}")
OTHER = "Layer red_line has 2 features without geometry."
STARTED = ("Re-reviewing the register /data/台账.gpkg with control_units and xiongan (progress and cancel in the "
           "task manager).")


def bar_texts(bar) -> list:
    """The bar's messages: level and text."""
    return [(item.level(), item.text()) for item in bar.items()]


def test_one_message_says_the_failure(qgis_app, qtbot):
    bar = QgsMessageBar()
    qtbot.addWidget(bar)
    warned = []
    dock = SimpleNamespace(iface=SimpleNamespace(messageBar=lambda: bar),
                           push_message=lambda text, level=1, more="": warned.append(text))
    actions = RegisterActions.__new__(RegisterActions)  # the menu's actions without its button
    actions.dock, actions._started, actions._failure = dock, STARTED, ""
    for text in (STARTED, OTHER, PANEL):
        bar.pushMessage("Zoning Review", text, Qgis.MessageLevel.Warning, 0)
    feedback = WarningsFeedback()
    feedback.reportError(f"The review of control_units with the rule sets bound to it stopped: The rule set "
                         f"/data/规则.yaml has errors:\n{LINE}")
    actions._run, actions.task = (None, feedback, "/data/台账.gpkg"), None
    actions._rereviewed(False, {})
    [failure] = [text for level, text in bar_texts(bar) if level == Qgis.MessageLevel.Critical]
    assert failure.startswith("The register /data/台账.gpkg was not re-reviewed: ") and LINE in failure
    assert sorted(text for _level, text in bar_texts(bar)) == sorted([OTHER, failure])
    assert actions.says(PANEL) and not actions.says(OTHER)  # the panel's later word is the failure's
    bar.clearWidgets()
    assert not actions.says(PANEL)  # the failure closed: the panel says it again
