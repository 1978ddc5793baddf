"""The reviewer's judgements applied to a unit's findings (the judgements themselves: ``judgements.py``).

A judgement is applied unless its clause's text changed (``outdated``), it was made while the rules left the clause
to a person and they decide it now (``decided``), it is an override of another finding of the rules than the
present one (``refound``: the site moved, another value given), or it keeps no digest of its clause's text and
would make the clause milder (``unconfirmed``). A clause whose judgement is not applied says so in a reason.
"""

import copy
from dataclasses import replace
from typing import Dict, List

from ...i18n import tr
from ..model.results import Finding, Reason, Term
from ..model.verdicts import STUDY_STATUSES, Status
from .evaluation import ordered_and_marked
from .judgements import JUDGED_STATUS, Judgement, JudgementError, Judgements, clause_digest, finding_digest
from .labels import status_label

OVERRIDES = "overrides the rules' finding: {status} ({reason})"
RULES_FINDING = "the rules' finding: {status} ({reason})"
OUTDATED = ("the reviewer's judgement {judgement} ({time}) was made on another text of this clause and is "
            "not applied: judge the clause again")
UNVERIFIED = ("the reviewer's judgement {judgement} ({time}) was saved without the text of this clause, which "
              "cannot be verified, and is not applied: confirm the judgement again")
DECIDED = ("the reviewer's judgement {judgement} ({time}) was made while this clause was left to a person; the rules "
           "now decide it, so the judgement is not applied: judge the clause again if their finding is wrong")
REFOUND = ("the reviewer's override {judgement} ({time}) was made on another finding of the rules than the present "
           "one and is not applied: judge the clause again")
UNCONFIRMED_OVERRIDE = ("this override was saved without the rules' finding it overrode, so it is not confirmed "
                        "against the present finding: judge the clause again to confirm it")
NOT_APPLIED = (OUTDATED, UNVERIFIED, DECIDED, REFOUND)  # the reasons a judgement not applied adds to the finding


def judged_findings(findings: List[Finding], judged: Dict[str, Judgement], judgements: Judgements
                    ) -> List[Finding]:
    """A unit's findings with its judgements applied, ordered and marked again (the given findings
    are only read: a batch shares them)."""
    if not judged:
        return findings
    out = []
    for finding in findings:
        judgement = judged.get(finding.rule_id)
        if judgement is None:
            out.append(copy.copy(finding))
        elif judgement.clause and judgement.clause != clause_digest(finding):
            out.append(_not_applied(finding, judgement, OUTDATED))
            judgements.stale.add(judgement.key)
        elif judgement.override is False and finding.status not in STUDY_STATUSES and not _stricter(finding, judgement):
            out.append(_now_decided(finding, judgement))
            judgements.decided.add(judgement.key)
        elif judgement.found and judgement.found != _digest(finding.status, finding.reasons):
            out.append(_not_applied(finding, judgement, REFOUND))
            judgements.refound.add(judgement.key)
        elif not judgement.clause and not _stricter(finding, judgement):
            out.append(_not_applied(finding, judgement, UNVERIFIED))
            judgements.unverified.add(judgement.key)
        else:
            out.append(_judged(finding, judgement))
            judgements.applied.add(judgement.key)
    return ordered_and_marked(out)


def _digest(status: str, reasons: List[Reason]) -> str:
    """``finding_digest`` of a status and its reasons."""
    return finding_digest(status, [reason.to_dict() for reason in reasons])


def rules_finding_digest(finding: Finding) -> str:
    """The ``finding_digest`` of the rules' own finding of a clause as reviewed (judged: their finding kept in a
    reason; a judgement not applied: named in an added reason): what an override of it records."""
    if finding.judgement is not None:
        kept = next((r for r in reversed(finding.reasons) if r.template in (OVERRIDES, RULES_FINDING)), None)
        return _digest(finding.machine_status, list(kept.values["reason"]) if kept else finding.reasons)
    return _digest(finding.machine_status or finding.status,
                   [reason for reason in finding.reasons if reason.template not in NOT_APPLIED])


def _stricter(finding: Finding, judgement: Judgement) -> bool:
    """Whether a judgement makes the clause stricter than the rules' finding: 不符合, or 需补充材料 of a clause
    the rules did not find in conflict."""
    judged = JUDGED_STATUS[judgement.word]
    return judged == Status.CONFLICT or (judged == Status.NEEDS_INFO and finding.status != Status.CONFLICT)

def _not_applied(finding: Finding, judgement: Judgement, template: str) -> Finding:
    """The rules' finding of a clause whose judgement is not applied (``OUTDATED``, ``UNVERIFIED`` or ``REFOUND``): left
    to a person again (a conflict stays one), the judgement named in a reason."""
    status = finding.status if finding.status in (Status.CONFLICT, *STUDY_STATUSES) else Status.MANUAL_CHECK
    reason = Reason(template, {"judgement": Term("judgement", (judgement.word,)), "time": judgement.time or "—"})
    return replace(finding, status=status, reasons=[*finding.reasons, reason], decisive=False,
                   machine_status=str(finding.status) if status != finding.status else finding.machine_status)


def _now_decided(finding: Finding, judgement: Judgement) -> Finding:
    """The rules' finding of a clause they now decide, whose judgement was made while it was left to a person (and
    is not stricter): the finding stands, the judgement named in a reason."""
    reason = Reason(DECIDED, {"judgement": Term("judgement", (judgement.word,)), "time": judgement.time or "—"})
    return replace(finding, reasons=[*finding.reasons, reason])


def _judged(finding: Finding, judgement: Judgement) -> Finding:
    """The finding as the reviewer judged it, the rules' finding kept as its last reason (an override only when
    the judgement was not recorded as made on a clause left to a person; one saved without the finding it overrode
    says it is not confirmed against the present one)."""
    override = finding.status not in STUDY_STATUSES and judgement.override is not False
    if override and not judgement.remark.strip():
        raise JudgementError(tr("{clause}: the rules decided this clause ({status}); overriding it needs a "
                                "reason in the remark.").format(clause=judgement.label,
                                                                status=status_label(finding.status)))
    unconfirmed = override and judgement.override is True and not judgement.found  # saved before the finding was kept
    judgement = replace(judgement, override=override)
    reasons = [Reason("reviewer's judgement: {judgement}", {"judgement": Term("judgement", (judgement.word,))})]
    if judgement.reviewer:
        reasons.append(Reason("judged by {reviewer}", {"reviewer": judgement.reviewer}))
    if judgement.time:
        reasons.append(Reason("judged at {time}", {"time": judgement.time}))
    if judgement.remark:
        reasons.append(Reason("remark: {remark}", {"remark": judgement.remark}))
    if unconfirmed:  # a table's row (override not recorded) is a judgement of this run's finding: not named
        reasons.append(Reason(UNCONFIRMED_OVERRIDE))
    template = OVERRIDES if override else RULES_FINDING
    reasons.append(Reason(template, {"status": Term("status", (str(finding.status),)),
                                     "reason": list(finding.reasons)}))
    status = JUDGED_STATUS[judgement.word]
    return replace(finding, status=status, reasons=reasons, decisive=False, judgement=judgement,
                   machine_status=str(finding.status),
                   missing=list(finding.missing) if status == Status.NEEDS_INFO else [])


def reason_templates() -> List[str]:
    """Every reason template of this module, for the string extractor."""
    return [
        tr("reviewer's judgement: {judgement}"),
        tr("judged by {reviewer}"),
        tr("judged at {time}"),
        tr("remark: {remark}"),
        tr("overrides the rules' finding: {status} ({reason})"),
        tr("the rules' finding: {status} ({reason})"),
        tr("the reviewer's judgement {judgement} ({time}) was made on another text of this clause and is "
           "not applied: judge the clause again"),
        tr("the reviewer's judgement {judgement} ({time}) was saved without the text of this clause, which "
           "cannot be verified, and is not applied: confirm the judgement again"),
        tr("the reviewer's judgement {judgement} ({time}) was made while this clause was left to a person; the rules "
           "now decide it, so the judgement is not applied: judge the clause again if their finding is wrong"),
        tr("the reviewer's override {judgement} ({time}) was made on another finding of the rules than the present "
           "one and is not applied: judge the clause again"),
        tr("this override was saved without the rules' finding it overrode, so it is not confirmed "
           "against the present finding: judge the clause again to confirm it"),
    ]
