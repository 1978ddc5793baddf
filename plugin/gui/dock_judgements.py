"""The reviewer's judgements of the dock's clauses: the dialog asking one, the one kept for a clause, its removal."""

from datetime import datetime
from typing import Optional

from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtWidgets import QDialog

from .. import settings
from ..core.review.judgements import Judgement
from ..core.review.labels import finding_name
from ..i18n import tr
from .judgement_dialog import JudgementDialog


class DockJudgements(QObject):
    """Asks, keeps and removes the judgements of the clauses the dock shows, through the dock's review runner."""

    def __init__(self, dock) -> None:
        super().__init__(dock)
        self.dock = dock
        self.dialog: Optional[JudgementDialog] = None  # reachable while open (the e2e test fills it in)

    def judge(self, clause: tuple) -> None:
        """Ask the reviewer's judgement of a clause and evaluate the site again with it."""
        dialog = JudgementDialog(*clause, kept=self.kept(clause), parent=self.dock)
        self.dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            if dialog.removed:
                self.unjudge(clause)
            else:
                self.dock.runner.judge(dialog.judgement())
        self.dialog = None

    def kept(self, clause: tuple) -> Optional[Judgement]:
        """The judgement kept for a clause (site id, unit code, finding), applied or not; None when not judged."""
        site_id, unit_code, finding = clause
        return self.dock.runner.judgements.get((site_id, unit_code, finding.rule_id))

    def unjudge(self, clause: tuple) -> None:
        """Remove the reviewer's judgement of a clause (kept in the record as removed) and evaluate again."""
        site_id, unit_code, finding = clause
        at = datetime.now().astimezone().isoformat(timespec="seconds")
        if self.dock.runner.withdraw((site_id, unit_code, finding.rule_id), settings.REVIEWER.value(), at):
            self.dock.push_message(tr("The judgement of {rule} was removed; the removal is kept in the review's "
                                      "record.").format(rule=finding_name(finding, None)), 0)
