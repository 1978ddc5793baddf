"""The dialog that records a reviewer's judgement of one clause (符合 / 不符合 / 不涉及 / 需补充材料)."""

from datetime import datetime
from typing import Optional

from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
)

from .. import settings
from ..core.model.results import Finding
from ..core.model.verdicts import STUDY_STATUSES
from ..core.review.judged import rules_finding_digest
from ..core.review.judgements import JUDGED_STATUS, Judgement, clause_digest
from ..core.review.labels import finding_name, judgement_label
from ..i18n import tr
from .labels import status_text
from .standard_buttons import worded


class JudgementDialog(QDialog):
    """Judge a clause; a clause the rules decided can only be overridden, with a reason."""

    def __init__(self, site_id: str, unit_code: str, finding: Finding, kept: Optional[Judgement] = None,
                 parent=None) -> None:
        """``kept``: the judgement kept for the clause, applied (``finding.judgement``) or not (made on another
        text or finding, say): it can be removed, and is shown to start from."""
        super().__init__(parent)
        self.setObjectName("zr_judgement_dialog")
        self.setWindowTitle(tr("Judge clause {rule}").format(rule=finding_name(finding, None)))
        self.site_id, self.unit_code, self.finding = site_id, unit_code, finding
        machine = finding.machine_status or finding.status
        self.machine = machine not in STUDY_STATUSES
        layout = QFormLayout(self)
        layout.addRow(tr("Clause"), QLabel(finding_name(finding, None)))
        layout.addRow(tr("The rules' finding"), QLabel(status_text(machine)))
        self.word = QComboBox(self)
        self.word.setObjectName("zr_judgement_word")
        for word in JUDGED_STATUS:
            self.word.addItem(judgement_label(word), word)
        self.remark = QPlainTextEdit(self)
        self.remark.setObjectName("zr_judgement_remark")
        self.override = QCheckBox(tr("Override the rules' finding (the remark is the reason)"), self)
        self.override.setObjectName("zr_judgement_override")
        self.override.setVisible(self.machine)
        self.reviewer = settings.REVIEWER.value()
        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        layout.addRow(tr("Judgement"), self.word)
        layout.addRow(tr("Remark"), self.remark)
        layout.addRow(self.override)
        layout.addRow(tr("Reviewer"), QLabel(self.reviewer or tr("(not set: Settings ▸ Options ▸ Zoning Review)")))
        layout.addRow(self.problem)
        buttons = worded(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                          self))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.removed = False  # accepted by 'Remove the judgement'
        kept = finding.judgement or kept
        if kept is not None:
            remove = buttons.addButton(tr("Remove the judgement"), QDialogButtonBox.ButtonRole.DestructiveRole)
            remove.setObjectName("zr_judgement_remove")
            remove.setToolTip(tr("The clause is left to the rules' finding again; the removal is kept in the record"))
            remove.clicked.connect(self.remove)
        layout.addRow(buttons)
        if kept is not None:
            self.word.setCurrentIndex(self.word.findData(kept.word))
            self.remark.setPlainText(kept.remark)
            # an override not applied is not ticked again unasked: the reviewer confirms it against the present finding
            self.override.setChecked(bool(finding.judgement and finding.judgement.override))

    def problem_text(self) -> str:
        """Why the dialog cannot be accepted as filled in ('' when it can)."""
        if self.machine and not self.override.isChecked():
            return tr("The rules decided this clause: tick the override and give the reason in the remark.")
        if self.machine and not self.remark.toPlainText().strip():
            return tr("An override needs a reason: write it in the remark.")
        return ""

    def accept(self) -> None:
        """Close only when the judgement is complete."""
        problem = self.problem_text()
        self.problem.setText(problem)
        if not problem:
            super().accept()

    def remove(self) -> None:
        """Close, asking for the clause's judgement to be removed."""
        self.removed = True
        super().accept()

    def judgement(self) -> Optional[Judgement]:
        """The judgement as filled in (reviewer from the settings, time now); an override records the rules'
        finding it overrides."""
        if self.removed or self.problem_text():
            return None
        return Judgement(self.site_id, self.unit_code, self.finding.rule_id, self.word.currentData(),
                         self.remark.toPlainText().strip(), self.reviewer,
                         datetime.now().astimezone().isoformat(timespec="seconds"), self.machine,
                         clause_digest(self.finding), rules_finding_digest(self.finding) if self.machine else "")
