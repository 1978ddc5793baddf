"""The Processing provider ``zoningreview``."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.coordinates.worker_crs import settle_for_workers
from ..i18n import tr
from ..paths import ICON


class ZoningReviewProvider(QgsProcessingProvider):
    """Zoning Review algorithms: batch review, rule validation, access-list import."""

    def id(self) -> str:
        """Provider id used in algorithm ids (zoningreview:...)."""
        return "zoningreview"

    def name(self) -> str:
        """Display name in the toolbox."""
        return tr("Zoning Review")

    def longName(self) -> str:
        """Display name with context."""
        return tr("Zoning Review — ecological-environment zoning control")

    def icon(self) -> QIcon:
        """Toolbox icon."""
        return QIcon(ICON)

    def loadAlgorithms(self) -> None:
        """Create the algorithm objects (only here, as Processing requires); on the main thread, make the named
        ellipsoids and CRSs the algorithms' worker threads may ask for (``worker_crs``: a model prepares its steps
        on its own worker thread, where ``prepareAlgorithm`` cannot)."""
        from .algorithms import algorithm_classes

        settle_for_workers()
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
