"""The bound unit layers' units without a code or category, and unit or constraint layers read in the wrong
encoding (a sample of their features), looked for in tasks: every unit is read (a province's units hold QGIS for a
second), so binding a layer or opening a project never waits for it."""

from typing import List

from qgis.core import QgsApplication, QgsFeedback, QgsTask
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..core.inputs.blank_units import blank_units_warning
from ..core.inputs.misread_layers import misread_layers_warnings
from ..core.inputs.resolve import BoundUnitLayer
from ..core.inputs.snapshot import LayerSnapshot
from ..i18n import tr
from ..log import log_error


class BlankUnitsTask(QgsTask):
    """Reads a unit layer's snapshot for units without a code or category, and samples it and its constraint layers
    for text read in the wrong encoding; ``warnings`` names what was found."""

    def __init__(self, target: BoundUnitLayer) -> None:
        super().__init__(tr("Looking for units without a code in {layer}").format(layer=target.layer.name()),
                         QgsTask.Flag.CanCancel)
        self.source, self.name, self.binding = LayerSnapshot(target.layer), target.layer.name(), target.binding
        layers = dict.fromkeys([target.layer, *target.constraints.values()])  # a layer bound twice sampled once
        self.sampled = [(LayerSnapshot(layer), layer.name()) for layer in layers]
        self.feedback = QgsFeedback()
        self.warnings: List[str] = []

    def run(self) -> bool:
        """Read every unit (background thread: touches no widget or project layer)."""
        try:
            self.warnings = misread_layers_warnings(self.sampled, self.feedback)
            blank = blank_units_warning(self.source, self.name, self.binding, self.feedback)
            self.warnings += [blank] if blank else []
        except Exception as error:  # noqa: BLE001 - the traceback in the log; the review goes on without the warning
            log_error(tr("The units of {layer} could not be checked for a missing code: {error}").format(
                layer=self.name, error=str(error)), error)
            return False
        return not self.isCanceled()

    def cancel(self) -> None:
        """Stop reading."""
        self.feedback.cancel()
        super().cancel()


class UnitCheck(QObject):
    """Checks the review targets' layers in tasks; ``found`` carries each warning, for the current targets only."""

    found = pyqtSignal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.tasks: List[BlankUnitsTask] = []

    def start(self, targets: List[BoundUnitLayer]) -> None:
        """Look anew in every target (what an earlier call still looks for is cancelled)."""
        self.cancel()
        for target in targets:
            task = BlankUnitsTask(target)
            task.taskCompleted.connect(lambda task=task: self._done(task))
            task.taskTerminated.connect(lambda task=task: self._done(task, False))
            self.tasks.append(task)
            QgsApplication.taskManager().addTask(task)

    def _done(self, task: BlankUnitsTask, completed: bool = True) -> None:
        """A task ended: its warnings, when it read every unit, are shown unless the targets changed meanwhile."""
        if task in self.tasks:
            self.tasks.remove(task)
            for warning in task.warnings if completed else []:
                self.found.emit(warning)

    @property
    def busy(self) -> bool:
        """True while a target is being checked."""
        return bool(self.tasks)

    def cancel(self) -> None:
        """Cancel the running checks; their late ends are ignored."""
        tasks, self.tasks = self.tasks, []
        for task in tasks:
            if not sip.isdeleted(task):
                task.cancel()
