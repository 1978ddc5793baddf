"""The dock's siting screen: for the project described, colour every bound unit by where it could go.

Runs one ``SitingTask`` per bound unit layer; a new run (debounced) cancels the previous one and
its late results are ignored. The results are temporary layers (see ``siting_output``).
"""

from typing import Callable, Dict, List, Optional, Set, Tuple

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout

from ..core.inputs.bindings import layer_title
from ..core.inputs.resolve import BoundUnitLayer
from ..core.inputs.unit_fields import missing_fields_problem
from ..core.model.project import ProjectDescription
from ..core.model.verdicts import Verdict, tally
from ..core.overlay.unit_index import exact_count, is_remote
from ..core.review.site_review import render_reason
from ..core.rules.readings import industry
from ..core.siting.industry import industry_refusal
from ..core.siting.screen import SitingResult
from ..i18n import grouped, sentences, tr
from ..log import log_warning
from .background_free import free_later, keep_features, keep_until_ended
from .siting_output import SitingLayers, style_screen, style_zones
from .siting_task import SitingTask, snapshot_inputs
from .siting_unsaved import UnsavedScreen

SCREEN_DELAY_MS = 500
MAX_WARNINGS = 6


class SitingPanel(QgsCollapsibleGroupBox):
    """A checkable "screen every unit" button, progress and a one-line summary."""

    screened = pyqtSignal()

    def __init__(self, project: QgsProject, targets: Callable[[], List[BoundUnitLayer]],
                 description: Callable[[], ProjectDescription], parent=None) -> None:
        super().__init__(tr("Siting screen"), parent)
        self.setObjectName("zr_siting")
        self.project = project
        self.targets = targets
        self.description = description
        self.output = SitingLayers(project)
        self.unsaved = UnsavedScreen(project)  # the screen's layers are never written into the project file
        self.output.drop_saved()  # a project read while the plugin was off brings its last screen back empty
        self.tasks: Dict[str, SitingTask] = {}
        self.results: Dict[str, SitingResult] = {}
        self.made: Dict[str, Tuple[QgsVectorLayer, QgsVectorLayer]] = {}  # each task's (zones, screen) layers
        self.expected = 0
        self.generation = 0
        self.logged: Set[str] = set()  # the warnings written to the log tab
        self._build()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SCREEN_DELAY_MS)
        self.timer.timeout.connect(self.run)
        self.button.toggled.connect(self._on_toggled)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.button = QPushButton(tr("Screen every unit for this project"), self)
        self.button.setObjectName("zr_siting_button")
        self.button.setCheckable(True)
        self.button.setToolTip(tr("Colour every bound control unit by whether the project described "
                                  "above could go there (temporary layers, removed when switched off)"))
        self.progress = QProgressBar(self)
        self.progress.setObjectName("zr_siting_progress")
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.summary = QLabel(self)
        self.summary.setObjectName("zr_siting_summary")
        self.summary.setWordWrap(True)
        for widget in (self.button, self.progress, self.summary):
            layout.addWidget(widget)

    @property
    def busy(self) -> bool:
        """True while screen tasks run."""
        return bool(self.tasks)

    def owns(self, layer_id: str) -> bool:
        """True for a temporary layer of the screen."""
        return self.output.owns(layer_id)

    def layers(self):
        """The temporary layers on the map now."""
        return self.output.layers()

    def project_read(self) -> None:
        """Drop the empty screen layers a saved project brings back; screen anew if switched on (its warnings logged
        anew)."""
        self.output.drop_saved()
        self.logged.clear()
        self.schedule()

    def schedule(self) -> None:
        """Screen again shortly (the description or binding changed); no-op when switched off."""
        if self.button.isChecked():
            self.timer.start()

    def _on_toggled(self, on: bool) -> None:
        if on:
            self.timer.stop()
            self.run()
        else:
            self.stop()

    def run(self) -> None:
        """Cancel a running screen and start one for the current description and bindings."""
        self.timer.stop()
        self.cancel()
        if not self.button.isChecked():
            return
        description = self.description()
        targets = self.targets()
        if not targets:
            self._idle(tr("Bind a rule set to a unit layer first."))
            return
        if industry(description).value is None:  # none, or not a code (typed while searching, a site's number)
            self._idle(industry_problem(description))
            return
        lost = next(filter(None, (missing_fields_problem(t.layer, layer_title(t.layer), t.binding) for t in targets)),
                    "")
        if lost:  # a bound field removed or renamed in the data since the layer was bound
            self._idle(lost)
            return
        self.generation += 1
        generation = self.generation
        self.forget()
        label = tr("Siting screen — {industry}").format(industry=description.industry)
        for target in targets:
            inputs = snapshot_inputs(target.layer, target.binding, target.ruleset, description,
                                     target.constraints, self.project)
            task = SitingTask(inputs, self._callback(generation, target.layer.id()), label,
                              layer_names(description, target.layer, len(targets) > 1))
            task.progressChanged.connect(self._on_progress)
            self.tasks[target.layer.id()] = task
        self.expected = len(targets)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.summary.setText(screening_text([t.layer for t in targets]))
        for task in list(self.tasks.values()):
            QgsApplication.taskManager().addTask(task)

    def _callback(self, generation: int, layer_id: str):
        """The task callback: ignored unless it belongs to the current run."""
        def done(result: Optional[SitingResult], error: str) -> None:
            if generation == self.generation:
                self._done(layer_id, result, error)
        return done

    def _on_progress(self, _value: float) -> None:
        if self.tasks and self.expected:
            done = self.expected - len(self.tasks)
            running = sum(t.progress() for t in self.tasks.values())
            self.progress.setValue(int((100 * done + running) / self.expected))

    def _done(self, layer_id: str, result: Optional[SitingResult], error: str) -> None:
        """One layer screened (or failed); when all are, show the layers and the summary. A failed or cancelled
        screen removes the last one's layers: they were screened for another description or binding."""
        if result is None:
            self.cancel()
            self._idle(error or tr("The siting screen was cancelled."))
            return
        self.results[layer_id] = result
        self.made[layer_id] = self.tasks.pop(layer_id).take_layers()  # a current run's callback: its task is there
        if self.tasks:
            return
        self.progress.setVisible(False)
        self._show()
        self.screened.emit()

    def _show(self) -> None:
        """Replace the temporary layers with this run's (made by its tasks) and write the summary."""
        layers = []
        for zones, screen in (self.made[layer_id] for layer_id in self.results):
            layers += [style_zones(zones), style_screen(screen)]
        self.made = {}
        self.output.show(layers)
        self.summary.setText(self.summary_text())
        self.summary.setToolTip("\n".join(self._warnings()))

    def _warnings(self) -> List[str]:
        """The screen's warnings as the summary's tooltip lists them: the first few, and how many more there are;
        every one (each once) in the plugin's log tab."""
        warnings = self.warning_texts()
        for text in warnings:
            if text not in self.logged:
                self.logged.add(text)
                log_warning(text)
        if len(warnings) <= MAX_WARNINGS:
            return warnings
        return warnings[:MAX_WARNINGS] + [tr("… and {count} more: every warning is in the 'Zoning Review' tab of the "
                                             "Log Messages panel").format(count=grouped(len(warnings) - MAX_WARNINGS))]

    def warning_texts(self) -> List[str]:
        """The screen's data warnings in the UI language, each once."""
        return list(dict.fromkeys(render_reason(w) for r in self.results.values() for w in r.warnings))

    def tally(self) -> Dict[Verdict, int]:
        """Units per verdict over every screened layer."""
        return tally(unit.verdict for result in self.results.values() for unit in result.units)

    def summary_text(self) -> str:
        """“N units: a non-compliant, b need study, c compliant”."""
        counts = self.tally()
        text = tr("{total} units: {non} non-compliant, {study} need study, {ok} compliant").format(
            total=grouped(sum(counts.values())), non=grouped(counts[Verdict.NON_COMPLIANT]),
            study=grouped(counts[Verdict.NEEDS_STUDY]), ok=grouped(counts[Verdict.COMPLIANT]))
        warnings = len(self.warning_texts())
        if warnings:
            text = sentences([text, tr("(1 data warning: hover for details)") if warnings == 1 else
                              tr("({count} data warnings: hover for details)").format(count=grouped(warnings))])
        return text

    def forget(self) -> None:
        """Let go of the last screen's results and of its layers not shown; what a province's units hold is freed in
        a task (on the GUI thread it held QGIS for half a second)."""
        made = [layer for layers in self.made.values() for layer in layers]
        free_later(keep_features(made) + [result.units for result in self.results.values()])
        self.results, self.made = {}, {}

    def _idle(self, text: str) -> None:
        self.output.clear()
        self.forget()
        self.progress.setVisible(False)
        self.summary.setText(text)
        self.summary.setToolTip("")

    def cancel(self) -> None:
        """Cancel running tasks; their late ends are ignored (each task kept until it ended, so that it frees in the
        background the layers it made meanwhile)."""
        self.generation += 1
        tasks, self.tasks = self.tasks, {}
        for task in tasks.values():
            if not sip.isdeleted(task):
                task.progressChanged.disconnect(self._on_progress)
                keep_until_ended(task)
                task.cancel()

    def stop(self) -> None:
        """Switched off: cancel, remove the temporary layers, clear the summary."""
        self.timer.stop()
        self.cancel()
        self._idle("")

    def switch_off(self) -> None:
        """Uncheck the button (which stops the screen)."""
        if self.button.isChecked():
            self.button.setChecked(False)
        else:
            self.stop()

    def teardown(self) -> None:
        """Cancel, remove every temporary layer and the group, disconnect (dock removal)."""
        self.button.toggled.disconnect(self._on_toggled)
        self.timer.timeout.disconnect(self.run)
        self.stop()


def industry_problem(description: ProjectDescription) -> str:
    """What the panel says of an industry it cannot screen for: asked for when none is given, else why it is not read
    and what to give, in ``sitingscreen``'s words."""
    if not industry(description).given:
        return tr("Enter the project's industry to screen the units.")
    return tr("The units are not screened: {refusal}").format(refusal=industry_refusal(description))


def layer_names(description: ProjectDescription, units: QgsVectorLayer, several: bool) -> Tuple[str, str]:
    """The names of the (zones, screen) layers of a unit layer's screen; with several unit layers, each its own."""
    suffix = f" ({units.name()})" if several else ""
    return (tr("Rule zones — {industry}").format(industry=description.industry) + suffix,
            tr("Siting screen — {industry}").format(industry=description.industry) + suffix)


def screening_text(layers: List[QgsVectorLayer]) -> str:
    """The summary while the units are screened: their number only when every layer counts its units exactly."""
    counts = [exact_count(layer) if is_remote(layer) else layer.featureCount() for layer in layers]
    if any(count is None or count < 0 for count in counts):  # not counted (-1) or a database's estimate
        return tr("Screening the units…")
    return tr("Screening {count} units…").format(count=grouped(sum(counts)))
