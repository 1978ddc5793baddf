"""Runs the review of the current site: overlay in a QgsTask, evaluation in the main thread.

A changed project description re-evaluates the kept overlays (``evaluate_overlay``) without
touching geometry again.
"""

from dataclasses import dataclass
from typing import List, Optional, Set, Tuple

from qgis.core import QgsApplication, QgsProject, QgsTask
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..core.inputs.resolve import BoundUnitLayer, tolerance
from ..core.model.project import ProjectDescription
from ..core.model.results import OverlayResult, SiteReview
from ..core.model.verdicts import Verdict
from ..core.review.judgements import UNMATCHED_WHY, Judgement, Judgements
from ..core.review.several_layers import deciding, mark_outside_every_layer, verdict_over_layers
from ..core.review.site_review import evaluate_overlay
from ..i18n import grouped, list_separator, tr
from .engine_cache import EngineCache
from .review_task import OverlayJob, ReviewTask, Site


@dataclass
class LayerReview:
    """The review of the site against one bound unit layer."""

    target: BoundUnitLayer
    overlay: OverlayResult
    review: SiteReview


class ReviewRunner(QObject):
    """Starts, cancels and finishes reviews; emits ``reviewed`` when ``reviews`` is new."""

    started = pyqtSignal()
    reviewed = pyqtSignal()
    failed = pyqtSignal(str)

    def __init__(self, project: QgsProject, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self.task: Optional[ReviewTask] = None
        self.site: Optional[Site] = None
        self.reviews: List[LayerReview] = []
        self.description = ProjectDescription()
        self.engines = EngineCache(self.task_running_elsewhere)
        self.running: Set[ReviewTask] = set()
        self.judgements = Judgements()
        self.opinion = ""  # the reviewer's overall opinion (审查意见) of the site
        self._named: Set[tuple] = set()  # the judgements matching no clause last named to the reviewer

    def task_running_elsewhere(self) -> bool:
        """True while an earlier (cancelled) task may still read the kept engines."""
        ended = (QgsTask.TaskStatus.Complete, QgsTask.TaskStatus.Terminated)
        return any(task.status() not in ended for task in self.running)

    @property
    def busy(self) -> bool:
        """True while an overlay task is running."""
        return self.task is not None

    def review(self, site: Site, targets: List[BoundUnitLayer], description: ProjectDescription) -> None:
        """Overlay the site on every target in a task, then evaluate."""
        self.cancel()
        if not self.keeps_work_for(site):
            self.judgements, self.opinion = Judgements(), ""  # they belong to the site they were made on
        self.site, self.description, self.reviews = site, description, []
        self.rekey_judgements()
        if not targets:
            self.failed.emit(tr("No unit layer is bound to a valid rule set: bind one under "
                                "“Rules and unit layer” first."))
            return
        reuse = not self.task_running_elsewhere()
        context, ellipsoid = self.project.transformContext(), self.project.ellipsoid() or None
        jobs = [OverlayJob(t, self.engines.engine(t, context, ellipsoid, reuse)) for t in targets]
        task = ReviewTask(site, jobs)
        self.running.add(task)
        task.taskCompleted.connect(lambda: self._ended(task))
        task.taskTerminated.connect(lambda: self._ended(task))
        task.taskCompleted.connect(lambda: self._done(task))
        task.taskTerminated.connect(lambda: self._done(task))
        self.task = task
        self.started.emit()
        QgsApplication.taskManager().addTask(task)

    def _ended(self, task: ReviewTask) -> None:
        """A task ended: the engines dropped meanwhile are freed once no task reads them."""
        self.running.discard(task)
        self.engines.release()

    def keeps_work_for(self, site: Site) -> bool:
        """True when reviewing ``site`` keeps the judgements and opinion on hand: it is the site they were made on (the
        same coordinates in another CRS are another site)."""
        return self.site is not None and site.crs == self.site.crs and site.geometry.equals(self.site.geometry)

    def hold(self, site: Site, judgements: Judgements, opinion: str) -> None:
        """Take judgements and an opinion made on ``site`` (a saved review, a register entry): its reviews keep them,
        also when the site is reviewed only later (a bound layer that could not be used fixed)."""
        self.site, self.judgements, self.opinion = site, judgements, opinion
        self.rekey_judgements()

    def _done(self, task: ReviewTask) -> None:
        """Main-thread end of a task: evaluate its overlays, or report why it stopped."""
        if task is not self.task:
            return
        self.task = None
        if task.error or any(job.result is None for job in task.jobs):
            if task.error:
                self.failed.emit(task.error)
            return
        self.reviews = self._evaluated([(job.target, job.result) for job in task.jobs])
        self.reviewed.emit()

    def site_id(self) -> str:
        """The reviewed site's id: the project's name."""
        return self.description.name or tr("Site")

    def rekey_judgements(self) -> None:
        """Give the judgements the current site id (after a rename, or restored from a saved review)."""
        site_id = self.site_id()
        if any(j.site_id != site_id for j in self.judgements) or any(
                w.judgement.site_id != site_id for w in self.judgements.withdrawn):
            self.judgements = self.judgements.for_site(site_id)

    def _evaluated(self, overlays: List[Tuple[BoundUnitLayer, OverlayResult]]) -> List[LayerReview]:
        """The site's reviews against each bound layer; with several, the first deciding one also names the
        part of the site outside every unit of them all."""
        alone = len(overlays) == 1
        self.judgements.forget_outcomes()  # what an earlier evaluation applied is no longer known
        reviews = [LayerReview(target, overlay, self._evaluate(target, overlay, alone)) for target, overlay in overlays]
        mark_outside_every_layer([r.review for r in reviews], self.site.geometry, tolerance())
        return reviews

    def _evaluate(self, target: BoundUnitLayer, overlay: OverlayResult, alone: bool) -> SiteReview:
        """The site's review against one bound layer (``alone``: the only one; see ``evaluate_overlay``)."""
        return evaluate_overlay(self.site_id(), overlay, self.description, target.ruleset,
                                target.binding.prose_fields, judgements=self.judgements, whole_site=alone)

    def unmatched_message(self) -> str:
        """A warning naming the judgements no clause of the reviews took (their clause is gone or renamed), once
        for each new set of them; '' otherwise."""
        unmatched = [n.judgement for n in self.judgements.not_applied() if n.why == UNMATCHED_WHY]
        keys, named = {j.key for j in unmatched}, self._named
        self._named = keys
        if not keys or keys == named:
            return ""
        line = tr("1 judgement matches no clause of this review (the rule set no longer has it) and is not applied; "
                  "it is kept in the review's record: {clauses}") if len(unmatched) == 1 else \
            tr("{n} judgements match no clause of this review (the rule set no longer has them) and are not applied; "
               "they are kept in the review's record: {clauses}")
        return line.format(n=grouped(len(unmatched)), clauses=list_separator().join(
            f"{j.unit_code}:{j.rule_id}" if j.unit_code else j.rule_id for j in unmatched))

    def judge(self, judgement: Judgement) -> bool:
        """Record a judgement (in place of the clause's earlier one) and evaluate again."""
        self.judgements.set(judgement)
        return self.reevaluate(self.description)

    def withdraw(self, key: tuple, by: str, at: str) -> bool:
        """Remove the judgement of a clause (the removal is kept in the record) and evaluate again; False when
        the clause was not judged."""
        if self.judgements.withdraw(key, by, at) is None:
            return False
        self.reevaluate(self.description)
        return True

    def reevaluate(self, description: ProjectDescription) -> bool:
        """Evaluate the kept overlays for a changed description; False when there are none.

        The judgements follow a renamed project (the site's id is its name), so none is lost.
        """
        self.description = description
        self.rekey_judgements()
        if not self.reviews or self.busy:
            return False
        self.reviews = self._evaluated([(r.target, r.overlay) for r in self.reviews])
        self.reviewed.emit()
        return True

    def deciding(self) -> List[LayerReview]:
        """The reviews against the layers that have a say of the site (``several_layers.deciding``)."""
        return deciding(self.reviews, lambda item: item.review)

    def verdict(self) -> Verdict:
        """The worst verdict over the unit layers that have a say of the site (``verdict_over_layers``; needs
        study when nothing was reviewed)."""
        return verdict_over_layers([r.review for r in self.reviews])

    def cancel(self) -> None:
        """Cancel a running task; its late end is ignored."""
        task, self.task = self.task, None
        if task is not None:
            task.cancel()

    def forget_reviews(self) -> None:
        """Cancel a running task and forget the reviews (a layer they read may be gone); the site, its judgements
        and the opinion stay for its next review."""
        self.cancel()
        self.reviews = []

    def clear(self) -> None:
        """Forget the site and its reviews."""
        self.cancel()
        self.site, self.reviews = None, []
        self.judgements, self.opinion = Judgements(), ""

    def teardown(self) -> None:
        """Cancel work and release the kept engines and their layer connections."""
        self.clear()
        self.engines.clear()
