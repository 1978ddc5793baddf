"""The Processing toolbox's context menu on the Rule sets algorithms: “Edit a Rule Set…” opens the rule editor."""

from typing import Callable, Optional

from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QFileDialog

from ... import settings
from ...i18n import tr
from ...paths import ICON


class EditRuleSetEntry:
    """A toolbox context-menu action (the interface of processing.gui.ContextAction), on our rule-set algorithms."""

    def __init__(self, open_editor: Callable[[str], None]) -> None:
        self.name = tr("Edit a Rule Set…")
        self.is_separator = False
        self.open_editor = open_editor
        self.algorithm = None
        self.toolbox = None

    def setData(self, item_data, toolbox) -> None:  # noqa: N802 - the toolbox's interface
        """The algorithm right-clicked and the toolbox."""
        self.algorithm, self.toolbox = item_data, toolbox

    def icon(self) -> QIcon:
        """The plugin's icon."""
        return QIcon(ICON)

    def isEnabled(self) -> bool:  # noqa: N802 - the toolbox's interface
        """Offered on the algorithms of the Zoning Review Rule sets group only."""
        alg = self.algorithm
        provider = alg.provider() if alg is not None else None
        return provider is not None and provider.id() == "zoningreview" and alg.groupId() == "rulesets"

    def execute(self) -> None:
        """Ask for a rule-set file and open the editor on it."""
        path = choose_rule_set(self.toolbox)
        if path:
            self.open_editor(path)


def choose_rule_set(parent) -> Optional[str]:
    """A rule-set file chosen by the user (the last folder remembered), or None."""
    path, _filter = QFileDialog.getOpenFileName(parent, tr("Choose a rule set to edit"),
                                                settings.LAST_RULES_DIR.value(), tr("Rule sets (*.yaml *.yml)"))
    return path or None


def register(entry: EditRuleSetEntry) -> bool:
    """Add the entry to the toolbox's context menu; False when QGIS's Processing plugin offers no such menu."""
    try:
        from processing.gui.ProviderActions import ProviderContextMenuActions
    except ImportError:
        return False
    ProviderContextMenuActions.registerProviderContextMenuActions([entry])
    return True


def unregister(entry: EditRuleSetEntry) -> None:
    """Remove the entry from the toolbox's context menu."""
    try:
        from processing.gui.ProviderActions import ProviderContextMenuActions
    except ImportError:
        return
    if entry in ProviderContextMenuActions.actions:
        ProviderContextMenuActions.deregisterProviderContextMenuActions([entry])
