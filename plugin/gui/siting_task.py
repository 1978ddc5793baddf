"""The siting screen as a QgsTask, for the dock: snapshot the layers in the main thread, screen
in the background with progress and cancel, make its temporary layers there too as the units are screened (a
province's units would hold QGIS for seconds), hand the result to a callback in ``finished()``.
"""

import math
from typing import Callable, Dict, Iterable, Optional, Tuple

from qgis.core import QgsApplication, QgsFeedback, QgsProject, QgsTask, QgsVectorLayer

from ..core.inputs.resolve import siting_inputs
from ..core.model.binding import UnitBinding
from ..core.model.project import ProjectDescription
from ..core.overlay.types import OverlayError
from ..core.rules.ruleset import RuleSet
from ..core.siting.results import SitingResult, UnitScreen
from ..core.siting.screen import SitingInputs, SitingScreen, SitingTolerance, settle_for_screen
from ..i18n import tr, ui_language
from ..log import log_error, log_warning
from .background_free import free_later, keep_features
from .siting_output import filled_layers

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
    With ``layer_names`` (zones, screen), ``layers`` holds the result's (zones, screen) temporary layers, filled
    and unstyled, owned by the main thread (``take_layers``), and the result keeps only each unit's verdict; layers
    the callback did not take (a screen run again or switched off as this one ended) are freed in the background —
    so a caller that lets go of a cancelled task keeps it until it ended (``background_free.keep_until_ended``).
    """

    def __init__(self, inputs: SitingInputs, callback: Callback, description: str = "",
                 layer_names: Optional[Tuple[str, str]] = None):
        super().__init__(description or tr("Siting screen"), QgsTask.Flag.CanCancel)
        settle_for_screen(inputs)
        self.inputs = inputs
        self.callback = callback
        self.layer_names = layer_names
        self.lang = ui_language()
        self.result: Optional[SitingResult] = None
        self.layers: Optional[Tuple[QgsVectorLayer, QgsVectorLayer]] = None
        self.error = ""
        self.percent = 0  # the whole percentage handed on
        self.feedback = QgsFeedback()
        self.feedback.progressChanged.connect(self._screen_progress)

    def _screen_progress(self, value: float) -> None:
        """The screen's progress handed on (to the GUI thread) only when its whole percentage changes: a province's
        screen reported it a thousand times."""
        percent = math.floor(value)
        if percent != self.percent:
            self.percent = percent
            self.setProgress(percent)

    def run(self) -> bool:
        """Screen every unit, making its layers meanwhile (background thread: touches no widget or project layer)."""
        try:
            self.result = SitingScreen(self.inputs).run(self.feedback, self._fill if self.layer_names else None)
        except OverlayError as error:  # an input the screen cannot use (a layer read in part): no traceback
            self.error = tr("The siting screen failed: {error}").format(error=str(error))
            log_warning(self.error)
            return False
        except Exception as error:  # noqa: BLE001 — reported to the callback, logged with its traceback
            self.error = tr("The siting screen failed: {error}").format(error=str(error))
            log_error(self.error, error)
            return False
        return not self.result.cancelled and (self.layers is not None or not self.layer_names)

    def _fill(self, units: Iterable[UnitScreen]) -> None:
        """The layers of the units, made here as they are screened and handed to the main thread; none when cancelled
        meanwhile (those made so far freed here)."""
        layers = filled_layers(units, self.inputs.units.crs, self.layer_names, self.lang, self.feedback.isCanceled)
        for layer in layers or ():
            layer.moveToThread(QgsApplication.instance().thread())
        self.layers = layers

    def take_layers(self) -> Optional[Tuple[QgsVectorLayer, QgsVectorLayer]]:
        """The (zones, screen) layers, now the caller's (main thread)."""
        layers, self.layers = self.layers, None
        return layers

    def cancel(self) -> None:
        """Stop after the current unit."""
        self.feedback.cancel()
        super().cancel()

    def finished(self, ok: bool) -> None:
        """Main thread: hand the result (or None and the error) to the callback; free in the background the features
        of the layers it did not take (a province's units held QGIS for half a second)."""
        self.callback(self.result if ok else None, self.error)
        left = self.take_layers()
        if left is not None:
            free_later(keep_features(list(left)))
