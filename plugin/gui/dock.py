"""The Zoning Review dock panel: bindings, project, site and the review results, wired together."""

from typing import List, Set

from qgis.core import Qgis, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QFrame, QPlainTextEdit, QScrollArea, QSplitter, QVBoxLayout, QWidget
from qgis.PyQt.QtXml import QDomDocument

from ..core.inputs.bindings import relate_to_home
from ..core.inputs.checked_sources import DOCK_CHECKS
from ..core.inputs.orphans import orphaned_bindings
from ..core.inputs.resolve import BoundUnitLayer, forget_rules
from ..core.inputs.targets import review_targets
from ..core.model.project import ProjectDescription
from ..core.review.several_layers import units_overlapped
from ..i18n import tr
from ..log import log_warning
from .binding_panel import BindingPanel
from .cause_canvas import canvas_slots
from .cause_words import CauseScenes
from .dock_judgements import DockJudgements
from .highlights import Highlights
from .notes_button import NotesButton
from .project_form import ProjectForm
from .register_actions import RegisterActions
from .register_view import RecordView
from .results_view import ResultsTree, VerdictBanner
from .review_runner import ReviewRunner
from .rule_file_watch import RuleFileWatch, bound_map_layers, bound_rule_files
from .saved_reviews import SavedReviews
from .site_input import SiteInput
from .site_project import fill_form
from .site_sources import SiteError
from .siting_panel import SitingPanel
from .unit_check import UnitCheck

EDIT_DELAY_MS = 400


class ZoningReviewDock(QgsDockWidget):
    """Dock panel: bindings, project description, site and results."""

    def __init__(self, iface, parent=None) -> None:
        super().__init__(tr("Zoning Review"), parent)
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.project = QgsProject.instance()
        self.targets: List[BoundUnitLayer] = []
        self.unusable: List[str] = []  # why bound unit layers cannot be reviewed (then no site is)
        self._shown_warnings: Set[str] = set()  # each layer warning once per project
        self._read_home = self.project.homePath()  # the folder the bound rule-set files were found from
        self.highlights = Highlights(self.canvas)
        self.cause_scenes = CauseScenes()
        self.runner = ReviewRunner(self.project, self)
        self.rule_files = RuleFileWatch(self)
        self.unit_check = UnitCheck(self)
        self.edit_timer = QTimer(self)
        self.edit_timer.setSingleShot(True)
        self.edit_timer.setInterval(EDIT_DELAY_MS)
        self.judgements = DockJudgements(self)
        self._build()
        self.site_input.may_replace = self.may_take_site
        self._connections = self._signal_pairs()
        for signal, slot in self._connections:
            signal.connect(slot)
        self.refresh_targets()
        self.saved.project_read()  # made with a project open (the plugin reloaded): its review, as reading shows it

    def _build(self) -> None:
        forms = QWidget()
        layout = QVBoxLayout(forms)
        layout.setContentsMargins(4, 4, 4, 4)
        self.bindings = BindingPanel(self.project, forms)
        self.form = ProjectForm(forms)
        self.siting = SitingPanel(self.project, lambda: self.targets, self.form.project, forms)
        self.site_input = SiteInput(self.iface, forms, lambda: self.targets)
        for widget in (self.bindings, self.form, self.siting, self.site_input):
            layout.addWidget(widget)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("zr_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(forms)
        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(4, 0, 4, 4)
        self.banner = VerdictBanner(results)
        self.tree = ResultsTree(results)
        self.tree.judgement_of = self.judgements.kept
        self.notes = NotesButton(self, results)
        self.opinion = QPlainTextEdit(results)
        self.opinion.setObjectName("zr_opinion")
        self.opinion.setPlaceholderText(tr("Overall opinion (审查意见): the reviewer's conclusion, in the notes"))
        self.opinion.setMaximumHeight(70)
        self.saved = SavedReviews(self, results)
        self.register = RegisterActions(self)
        self.saved.add_button(self.register.button)
        self.saved.add_beside_list(self.notes)
        self.record_view = RecordView(results)
        self.record_view.hide()
        self.live_widgets = (self.banner, self.tree, self.opinion, self.saved)  # the notes button is in saved's row
        for widget in (*self.live_widgets, self.record_view):
            results_layout.addWidget(widget)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("zr_splitter")
        splitter.addWidget(scroll)
        splitter.addWidget(results)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([500, 500])
        self.setWidget(splitter)

    def _signal_pairs(self) -> list:
        unit_slot, cause_slot = canvas_slots(self)
        return [
            (self.bindings.bindingChanged, self.refresh_targets),
            (self.rule_files.changed, self._on_rule_file_changed),
            (self.unit_check.found, self._warn_once),
            (self.form.changed, self.edit_timer.start),
            (self.form.changed, self.siting.schedule),
            (self.edit_timer.timeout, self.reevaluate),
            (self.site_input.siteChanged, self.on_site),
            (self.site_input.message, self.push_message),
            (self.runner.started, self._on_started),
            (self.runner.reviewed, self.show_results),
            (self.runner.reviewed, self.saved.note_change),
            (self.runner.failed, self._on_failed),
            (self.tree.unitActivated, unit_slot),
            (self.tree.judgeRequested, self.judgements.judge),
            (self.tree.findingSelected, cause_slot),
            (self.tree.unjudgeRequested, self.judgements.unjudge),
            (self.opinion.textChanged, self._opinion_changed),
            (self.record_view.closeRequested, self.register.close_record),
            (self.record_view.copyRequested, self.register.open_as_new),
            (self.project.readProject, self._on_project_read),
            (self.project.writeProject, self._on_project_write),
            (self.project.writeMapLayer, self.siting.unsaved.layer_write),
            (self.project.cleared, self._on_project_cleared),
            (self.project.ellipsoidChanged, self.review_again),  # areas and shares on the new ellipsoid
            (self.project.layersRemoved, self._on_layers_removed),
            (self.project.layersAdded, self._on_layers_added),
            (self.closed, self._on_closed),
            (self.opened, self._on_opened),
        ]

    def push_message(self, text: str, level: int = 1, more: str = "") -> None:
        """Show a message in QGIS's message bar (0 info, 1 warning, 2 critical), ``more`` behind its More button."""
        levels = {0: Qgis.MessageLevel.Info, 1: Qgis.MessageLevel.Warning, 2: Qgis.MessageLevel.Critical}
        level = levels.get(level, Qgis.MessageLevel.Warning)
        if more:
            self.iface.messageBar().pushMessage(tr("Zoning Review"), text, more, level, 0)  # stays until closed
        else:
            self.iface.messageBar().pushMessage(tr("Zoning Review"), text, level, 8)

    def refresh_targets(self) -> None:
        """Reload the bound unit layers; show their attributes; review the site again (if anything is bound)."""
        # units without a code: in tasks; a table's hidden rows: asked once per layer source and data
        usable, self.unusable = review_targets(self.project, blanks=False, hidden=DOCK_CHECKS.error)
        self.rule_files.watch(bound_rule_files(self.project), bound_map_layers(self.project))
        self.targets = [] if self.unusable else usable  # a review leaving out a bound layer could conclude 符合
        for warning in dict.fromkeys(self.unusable + [w for target in self.targets for w in target.warnings]):
            self._warn_once(warning)
        self.unit_check.start(self.targets)
        self.form.set_rulesets([t.ruleset for t in self.targets])
        if not self.review_again():
            if self.runner.reviews or self.tree.topLevelItemCount():
                self._withdraw_review()  # a review no bound layer backs any more is not left on show
            self._show_idle()

    def review_again(self) -> bool:
        """Measure, screen and review the site again, its judgements and opinion kept; False with no site or layer."""
        self.site_input.describe_again()  # its area on the project's ellipsoid, else the first bound layer's
        self.siting.schedule()
        if self.site_input.site is None or not self.targets:
            return False
        self.start_review()
        return True

    def _warn_once(self, warning: str) -> None:
        """Show a layer warning, once per project."""
        if warning not in self._shown_warnings:
            self._shown_warnings.add(warning)
            if self.register.says(warning):  # the re-review's failure on show says it: one message, not two
                log_warning(warning)
            else:
                self.push_message(warning)

    def _on_rule_file_changed(self) -> None:
        """A bound rule-set file changed on disk, or a bound layer's filter: the review follows them as they are."""
        self.bindings.refresh()
        self.refresh_targets()

    def _withdraw_review(self) -> None:
        """Take the shown review away (its layers or rules changed); the site, the reviewer's judgements and the
        opinion stay for its next review."""
        self.runner.forget_reviews()
        self.notes.set_ready(False)
        self.highlights.clear_units()
        self.cause_scenes.forget()
        self.tree.clear_keeping_state()

    def _show_idle(self) -> None:
        if self.unusable:
            self.banner.show_text(tr("No site is reviewed while a bound unit layer cannot be used: {problem}").format(
                problem=self.unusable[0]), "")
        elif not self.targets:
            self.banner.show_text(tr("Bind a rule set to a unit layer, then draw a candidate site."), "")
        else:
            self.banner.show_text(tr("Draw a site, take a selected feature or import coordinates."), "")

    def on_site(self) -> None:
        """A new site (or none): outline it, take the project from its feature's attributes, review it."""
        self.highlights.clear()
        self.show_live_review(True)
        site = self.site_input.site
        if site is None:
            self.tree.forget()
            self.runner.clear()
            self.opinion.clear()  # the opinion was the forgotten review's
            self.notes.set_ready(False)
            self._show_idle()
            return
        self.tree.clear_keeping_state()  # an edited site keeps the rows the user opened
        self.highlights.show_site(site.geometry, site.crs)
        try:
            text, level = fill_form(self.form, site, [t.ruleset for t in self.targets])
        except SiteError as error:  # features of different projects: no site rather than one of a wrong project
            self.push_message(str(error), 1)
            self.site_input.clear()
            return
        if text:
            self.push_message(text, level)
        self.edit_timer.stop()  # the review below reads the filled form: no second review after the edit delay
        self.start_review()

    def may_take_site(self, site) -> bool:
        """True when ``site`` (None: no site) may replace the site on screen: the same site keeps its judgements and
        opinion; another one is taken once the reviewer saved or discarded the unsaved work, if any."""
        return site is not None and self.runner.keeps_work_for(site) or self.saved.may_replace()

    def start_review(self) -> None:
        """Overlay and evaluate the current site."""
        site = self.site_input.site
        if site is not None and self.unusable:
            self._show_idle()  # names the bound layer that cannot be used (not "no layer is bound")
        elif site is not None:
            self.highlights.clear_units()
            self.runner.review(site, self.targets, self.form.project())

    def reevaluate(self) -> None:
        """The description changed: re-evaluate the kept overlays (or review when there are none)."""
        if not self.runner.reevaluate(self.form.project()) and not self.runner.busy:
            self.start_review()

    def _on_started(self) -> None:
        self.notes.set_ready(False)  # until the new review is shown
        self.banner.show_text(tr("Reviewing the site…"), "")

    def _on_failed(self, text: str) -> None:
        self.notes.set_ready(False)
        self.banner.show_text(text, "")
        self.tree.clear()
        self.push_message(text, 1)

    def show_results(self) -> None:
        """Show the verdict, the tree and the unit highlights of the runner's reviews."""
        reviews = self.runner.reviews
        site = self.site_input.site
        if site is None or not reviews:
            return
        verdict = self.runner.verdict()
        units = units_overlapped([r.review for r in reviews])
        overlapped = tr("1 control unit overlapped") if units == 1 else tr("{count} control units overlapped")
        self.banner.show_verdict(verdict, overlapped.format(count=units))
        if self.opinion.toPlainText() != self.runner.opinion:  # a new site starts without an opinion
            self.opinion.setPlainText(self.runner.opinion)
        label = self.form.project().name or tr("Site")
        if not self.reading_record():  # the entry's view shows the entry's site alone
            self.highlights.show_units([(r.target.layer, u.overlap.fid, u.verdict)
                                        for r in reviews for u in r.review.units])
        self.tree.show_reviews(label, reviews[0].overlay.site_area_m2, reviews)  # after: it restores the cause
        self.notes.set_ready(True)
        unmatched = self.runner.unmatched_message()
        if unmatched:
            self.push_message(unmatched, 1)

    def show_live_review(self, live: bool) -> None:
        """Show the current review (True) or the register entry's read-only view (False)."""
        for widget in self.live_widgets:
            widget.setVisible(live)
        self.record_view.setVisible(not live)

    def reading_record(self) -> bool:
        """True while a register entry's read-only view is shown in place of the current review."""
        return not self.record_view.isHidden()

    def _opinion_changed(self) -> None:
        self.runner.opinion = self.opinion.toPlainText()
        self.saved.note_change()

    def _on_project_read(self, *_args) -> None:
        self._read_home = self.project.homePath()
        self.bindings.refresh()
        self.refresh_targets()
        self.siting.project_read()
        self.saved.project_read()

    def _on_project_write(self, document: QDomDocument, *_args) -> None:
        """The project is being written: its bound rule-set files, as found where it was read, kept relative to where
        it is written; the saved review on screen kept as it is now; the siting screen's layers left out."""
        relate_to_home(self.project, self._read_home)
        self._read_home = self.project.homePath()
        self.saved.keep_on_write()  # the judgements and opinion on screen go with the project
        self.siting.unsaved.project_write(document)

    def _on_project_cleared(self) -> None:
        """A new (or another) project: its site, review, opinion and project described go (the description was the
        last project's: kept, it would be reviewed, and saved, as the next one's)."""
        self._shown_warnings.clear()
        self._read_home = self.project.homePath()
        self.show_live_review(True)
        self.site_input.clear()
        self.site_input.forget_coordinates()  # the last coordinates pasted were the last project's site
        self.form.set_project(ProjectDescription())
        self.edit_timer.stop()  # nothing to review again: the site went with the project
        self.refresh_targets()
        self.saved.refresh()

    def _on_layers_removed(self, layer_ids=(), *_args) -> None:
        if layer_ids and all(self.siting.owns(i) for i in layer_ids):
            return
        self._withdraw_review()  # the reviewer's judgements and opinion stay: the site is reviewed again
        self.bindings.recorded.show_for(self.bindings.current_layer())
        self.refresh_targets()

    def _on_layers_added(self, layers=(), *_args) -> None:
        """A layer added may be offered the binding of a layer no longer in the project: the panel shows it unless a
        bound layer is chosen, and the binding is named again."""
        if orphaned_bindings(self.project) and not all(self.siting.owns(layer.id()) for layer in layers):
            self.bindings.refresh()
            self.refresh_targets()

    def _on_closed(self) -> None:
        """The dock was closed: take the highlights and the draw tool off the map."""
        self.highlights.clear()
        self.site_input.draw_button.setChecked(False)
        self.siting.switch_off()

    def _on_opened(self) -> None:
        if self.reading_record():  # the entry's view stays: its site alone goes back on the map
            self.register.show_record_site(self.record_view.record)
            return
        site = self.site_input.site
        if site is not None:
            self.highlights.show_site(site.geometry, site.crs)
            self.show_results()

    def teardown(self) -> None:
        """Keep the review on screen in the project (as writing it does), then release map tools, highlights, tasks
        and signal connections before the dock is removed."""
        if self.saved.unsaved():  # a plugin reloaded shows it again; the project asks to be saved
            self.saved.keep_on_write(quiet=True)
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections = []
        self.edit_timer.stop()
        self.rule_files.stop()
        self.unit_check.cancel()
        self.runner.teardown()
        self.register.teardown()
        self.highlights.clear()
        self.cause_scenes.forget()
        self.site_input.teardown()
        self.notes.teardown()
        self.siting.teardown()
        self.bindings.disconnect_all()
        forget_rules()
