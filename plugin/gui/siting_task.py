"""The siting screen as a QgsTask, for the dock: snapshot the layers in the main thread, screen
in the background with progress and cancel, hand the result to a callback in ``finished()``.
"""

from typing import Callable, Dict, Optional

from qgis.core import QgsFeedback, QgsProject, QgsTask, QgsVectorLayer

from ..core.inputs.resolve import siting_inputs
from ..core.model.binding import UnitBinding
from ..core.model.project import ProjectDescription
from ..core.overlay.types import OverlayError
from ..core.rules.ruleset import RuleSet
from ..core.siting.screen import SitingInputs, SitingResult, SitingTolerance, run_siting_screen
from ..i18n import tr
from ..log import log_error, log_warning

Callback = Callable[[Optional[SitingResult], str], None]


def snapshot_inputs(units: QgsVectorLayer, binding: UnitBinding, ruleset: RuleSet,
                    project: ProjectDescription, constraints: Dict[str, QgsVectorLayer],
                    qgis_project: Optional[QgsProject] = None,
                    tolerance: Optional[SitingTolerance] = None) -> SitingInputs:
    """Screen inputs with thread-safe copies of the layers' sources (call in the main thread)."""
    qgis_project = qgis_project or QgsProject.instance()
    return siting_inputs(units, binding, ruleset, project, constraints, qgis_project.transformContext(),
                         qgis_project.ellipsoid(), snapshot=True, siting_tolerance=tolerance)


class SitingTask(QgsTask):
    """Runs the siting screen in the background; ``callback(result, error)`` runs in the main thread.

    ``result`` is None when the screen failed (``error`` says why) or was cancelled (error '').
    """

    def __init__(self, inputs: SitingInputs, callback: Callback, description: str = ""):
        super().__init__(description or tr("Siting screen"), QgsTask.Flag.CanCancel)
        self.inputs = inputs
        self.callback = callback
        self.result: Optional[SitingResult] = None
        self.error = ""
        self.feedback = QgsFeedback()
        self.feedback.progressChanged.connect(self.setProgress)

    def run(self) -> bool:
        """Screen every unit (background thread: touches no widget or map layer)."""
        try:
            self.result = run_siting_screen(self.inputs, self.feedback)
        except OverlayError as error:  # an input the screen cannot use (a layer read in part): no traceback
            self.error = tr("The siting screen failed: {error}").format(error=str(error))
            log_warning(self.error)
            return False
        except Exception as error:  # noqa: BLE001 — reported to the callback, logged with its traceback
            self.error = tr("The siting screen failed: {error}").format(error=str(error))
            log_error(self.error, error)
            return False
        return not self.result.cancelled

    def cancel(self) -> None:
        """Stop after the current unit."""
        self.feedback.cancel()
        super().cancel()

    def finished(self, ok: bool) -> None:
        """Main thread: hand the result (or None and the error) to the callback."""
        self.callback(self.result if ok else None, self.error)
