"""The dock's register actions: browse the register, show an entry read-only or open it as a new review,
and re-review the whole register against the current binding (rereview in a task, the result loaded)."""

import os
from typing import List, Optional

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
)
from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtWidgets import QDialog, QFileDialog, QMenu, QToolButton

from .. import settings
from ..core.inputs.shared_constraints import ConstraintConflictError, constraint_parameters, shared_constraints
from ..core.outputs.register import CRS, RegisterError
from ..core.outputs.register_records import RegisterRecord, read_register
from ..core.review.judgements import JudgementError, Judgements
from ..i18n import grouped, list_separator, sentences, tr
from ..log import log_error, log_warning
from ..notes.sites_layer import STORED, TakenSite
from .message_details import push_with_details
from .register_dialog import READ_ONLY, RegisterDialog
from .review_task import Site

REREVIEW_ID = "zoningreview:rereview"


class WarningsFeedback(QgsProcessingFeedback):
    """A run's feedback that keeps the warnings and errors it reports (its child algorithms' too), for the panel to
    show once the run has succeeded."""

    def __init__(self) -> None:
        super().__init__()
        self.warnings: List[str] = []
        self.errors: List[str] = []

    def pushWarning(self, warning: str) -> None:  # noqa: N802 - QGIS's name
        """Keep the warning, then report it as usual."""
        self.warnings.append(warning)
        super().pushWarning(warning)

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802,N803 - QGIS's names
        """Keep the error, then report it as usual."""
        self.warnings.append(error)
        self.errors.append(error)
        super().reportError(error, fatalError)

    def failure(self) -> str:
        """The error the run stopped with, whole (its last; '' when it reported none: cancelled before it began)."""
        return self.errors[-1].strip() if self.errors else ""


def said_by(warning: str, failure: str) -> bool:
    """Whether ``failure`` says what ``warning`` says: one of the warning's lines after its first (a rule set's load
    messages, each naming its file, line and column) is in it whole."""
    return any(line.strip() and line.strip() in failure for line in warning.splitlines()[1:])


class RegisterActions(QObject):
    """Owns the 'Register' menu button of the dock and what its entries do."""

    def __init__(self, dock) -> None:
        super().__init__(dock)
        self.dock = dock
        self.dialog: Optional[RegisterDialog] = None  # reachable while open (the e2e test uses it)
        self.task: Optional[QgsProcessingAlgRunnerTask] = None
        self._run = None  # the running re-review's context and feedback, kept alive with the task
        self._started = ""  # the message bar's word that the re-review started, taken back at its end
        self._failure = ""  # the last failure's message, which the bar shows until it is closed
        self.last_layer = None  # the last re-review's table
        self.button = QToolButton()
        self.button.setObjectName("zr_register_menu")
        self.button.setText(tr("Register"))
        self.button.setToolTip(tr("The review register: open a past review, or re-review every entry"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self.browse_action = menu.addAction(tr("Open the register…"), self.browse)
        self.rereview_action = menu.addAction(tr("Re-review the register…"), self.rereview)
        self.button.setMenu(menu)

    def _path(self, ask: bool = True) -> str:
        """The register chosen in the settings, or one chosen now (remembered); '' when none."""
        path = settings.REGISTER_PATH.value()
        if path and os.path.isfile(path) or not ask:
            return path
        path, _filter = QFileDialog.getOpenFileName(self.dock, tr("Review register (GeoPackage)"), path or "",
                                                    tr("GeoPackage (*.gpkg)"))
        if path:
            settings.REGISTER_PATH.set(path)
        return path

    def browse(self) -> None:
        """List the register's entries; open the one chosen read-only or as a new review."""
        path = self._path()
        if not path:
            return
        try:
            records = read_register(path)
        except RegisterError as error:
            self.dock.push_message(str(error), 2)
            return
        self.dialog = RegisterDialog(path, records, self.dock)
        accepted = self.dialog.exec() == QDialog.DialogCode.Accepted
        record, mode = self.dialog.selected(), self.dialog.mode
        self.dialog = None
        if accepted and record is not None and mode == READ_ONLY:
            self.show_record(record)
        elif accepted and record is not None:
            self.open_as_new(record)

    def show_record(self, record: RegisterRecord) -> bool:
        """Show an entry read-only in place of the current review (which is kept)."""
        dock = self.dock
        try:
            dock.record_view.show_record(record)
        except RegisterError as error:
            dock.push_message(str(error), 2)
            return False
        dock.show_live_review(False)
        dock.tree.drop_selection()  # its cause stays off the map until a finding is chosen again
        self.show_record_site(record)
        return True

    def show_record_site(self, record: RegisterRecord) -> None:
        """The entry's site alone on the map."""
        self.dock.highlights.clear()
        self.dock.highlights.show_site(record.site, QgsCoordinateReferenceSystem(CRS))

    def close_record(self) -> None:
        """Back from an entry to the current review."""
        dock = self.dock
        dock.show_live_review(True)
        dock.highlights.clear()
        dock._on_opened()

    def open_as_new(self, record: RegisterRecord) -> bool:
        """Take an entry's site, description, judgements and opinion into the dock and review them again (after
        asking about unsaved work on screen)."""
        dock = self.dock
        try:
            description = record.description()
            # the judgements not applied when recorded too: the review applies them only when valid now
            judgements = Judgements(record.recorded_judgements(), record.withdrawn())
        except (RegisterError, JudgementError) as error:
            dock.push_message(str(error), 2)
            return False
        if not dock.saved.may_replace():
            return False
        dock.show_live_review(True)
        dock.form.set_project(description)
        site = Site(record.site, QgsCoordinateReferenceSystem(CRS), tr("register entry {seq}").format(seq=record.seq),
                    taken=TakenSite(STORED))
        dock.site_input.set_site(site)
        dock.runner.hold(site, judgements, record.text("opinion"))
        dock.opinion.setPlainText(dock.runner.opinion)
        dock.push_message(tr("Register entry {seq} opened as a new review: reviewed again with the current rule "
                             "set and unit layer.").format(seq=record.seq), 0)
        return True

    def rereview(self) -> None:
        """Run rereview on the register with every bound unit layer and its rule sets, as a task."""
        dock = self.dock
        if self.task is not None:
            dock.push_message(tr("The register is being re-reviewed already."), 1)
            return
        if dock.unusable:  # bound, but not usable: "bind one first" would send the reviewer the wrong way
            dock.push_message(tr("The register was not re-reviewed while a bound unit layer cannot be used: "
                                 "{problem}").format(problem=dock.unusable[0]), 1)
            return
        if not dock.targets:
            dock.push_message(tr("Bind a rule set to a unit layer first: the register is re-reviewed with it."), 1)
            return
        targets = dock.targets
        try:
            layers, names = constraint_parameters(shared_constraints(targets))
        except ConstraintConflictError as conflict:
            dock.push_message(str(conflict), 2)
            return
        alg = QgsApplication.processingRegistry().createAlgorithmById(REREVIEW_ID)
        if alg is None:
            dock.push_message(tr("The register was not re-reviewed: the algorithm {id} is not available in "
                                 "Processing. Enable the Processing plugin under Plugins ▸ Manage and Install "
                                 "Plugins…, then restart QGIS.").format(id=REREVIEW_ID), 2)
            return
        path = self._path()
        if not path:
            dock.push_message(tr("The register was not re-reviewed: no register file was chosen. Choose the review "
                                 "register when asked, or set it under Settings ▸ Options ▸ Zoning Review."), 1)
            return
        params = {"REGISTER": path, "UNITS": targets[0].layer.id(),  # each layer's bound lists, with their scopes
                  "OTHER_UNITS": [target.layer.id() for target in targets[1:]],
                  "CONSTRAINTS": layers, "CONSTRAINT_NAMES": names, "OUTPUT": "TEMPORARY_OUTPUT"}
        context = QgsProcessingContext()
        context.setProject(dock.project)
        feedback = WarningsFeedback()
        self.task = QgsProcessingAlgRunnerTask(alg, params, context, feedback)
        self.task.setDescription(tr("Re-review of the register {path}").format(path=os.path.basename(path)))
        self._run = (context, feedback, path)
        self.task.executed.connect(self._rereviewed)
        QgsApplication.taskManager().addTask(self.task)
        lists = list_separator().join(dict.fromkeys(listed.metadata.id for target in targets
                                                    for listed in target.ruleset.lists()))
        layers = list_separator().join(target.layer.name() for target in targets)
        self._started = tr("Re-reviewing the register {path} with {layer} and {rules} (progress and cancel in the "
                           "task manager).").format(path=path, layer=layers, rules=lists)
        dock.push_message(self._started, 0)

    def _rereviewed(self, successful: bool, results: dict) -> None:
        """Load the re-review's table, or say why there is none."""
        context, feedback, path = self._run
        self.task, self._run = None, None
        dock = self.dock
        self._take_back(lambda text: text == self._started)  # the run has ended: its outcome is said instead
        if not successful:
            self._failed(feedback, path)
            return
        layer = context.takeResultLayer(results["OUTPUT"])
        if layer is None:
            dock.push_message(tr("The re-review's table could not be loaded."), 2)
            return
        layer.setName(tr("Re-review of the register"))
        dock.project.addMapLayer(layer)
        self.last_layer = layer
        done = tr("{changed} of {total} register entries change verdict; the table '{name}' is loaded.").format(
            changed=grouped(int(results.get("CHANGED", 0))), total=grouped(layer.featureCount()), name=layer.name())
        warnings = list(dict.fromkeys(feedback.warnings))
        for warning in warnings:
            log_warning(warning)
        if warnings:  # judgements not given again, clauses to judge again…: never only in a log no one opens
            one = tr("The re-review reported 1 warning (More…; also in the Zoning Review log).")
            told = one if len(warnings) == 1 else tr(
                "The re-review reported {n} warnings (More…; also in the Zoning Review log).").format(
                n=grouped(len(warnings)))
            dock.push_message(sentences([done, told]), 1, more="\n\n".join(warnings))
        else:
            dock.push_message(done, 0)
        dock.iface.showAttributeTable(layer)

    def _failed(self, feedback: WarningsFeedback, path: str) -> None:
        """Say why the re-review of the register at ``path`` stopped: the failure whole in the message bar (what
        failed, which file, what to do), the run's whole text behind its Details… button and in the log."""
        text = tr("The register {path} was not re-reviewed: {reason}").format(
            path=path, reason=feedback.failure() or tr("cancelled"))
        run = feedback.textLog().strip()
        details = "\n\n".join([text, tr("The run's log:") + "\n" + run]) if run else text
        log_error(details)
        self._take_back(lambda said: said_by(said, text))  # the panel's word on the same broken rule set, said above
        self._failure = text
        push_with_details(self.dock.iface.messageBar(), tr("Zoning Review"), text, details, Qgis.MessageLevel.Critical)

    def says(self, warning: str) -> bool:
        """Whether the re-review's failure, still in the message bar, already says ``warning`` (the panel's word on
        the bound rule set that made it fail)."""
        bar = self.dock.iface.messageBar()
        return bool(self._failure) and said_by(warning, self._failure) and any(
            item.text() == self._failure for item in bar.items())

    def _take_back(self, taken) -> None:
        """Remove from the message bar the panel's messages whose text ``taken`` accepts."""
        bar = self.dock.iface.messageBar()
        for item in bar.items():
            if item.level() != Qgis.MessageLevel.Critical and taken(item.text()):
                bar.popWidget(item)

    def teardown(self) -> None:
        """Cancel a running re-review; its end is ignored."""
        task, self.task = self.task, None
        if task is not None:
            task.executed.disconnect(self._rereviewed)
            task.cancel()
