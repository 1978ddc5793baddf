"""What every Zoning Review algorithm shares: naming, groups, help and instance creation."""

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..paths import ICON


class ZoningReviewAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set ALGORITHM_ID and implement the display texts."""

    ALGORITHM_ID = ""

    def name(self) -> str:
        """Stable algorithm id (part of the public interface)."""
        return self.ALGORITHM_ID

    def group(self) -> str:
        """Toolbox group."""
        return tr("Zoning review")

    def groupId(self) -> str:
        """Stable group id."""
        return "review"

    def icon(self) -> QIcon:
        """Toolbox icon."""
        return QIcon(ICON)

    def createInstance(self) -> "ZoningReviewAlgorithm":
        """A fresh instance, as Processing requires."""
        return type(self)()

    def shortHelpString(self) -> str:
        """Help text shown beside the dialog."""
        return self.help_text()

    def help_text(self) -> str:
        """The algorithm's help (translated)."""
        raise NotImplementedError
