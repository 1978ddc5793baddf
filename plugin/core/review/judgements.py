"""The reviewer's judgements of clauses: read, checked, and applied to a unit's findings.

A judgement (符合 / 不符合 / 不涉及 / 需补充材料) of a clause that the rules leave to a person (check by
hand, information needed) replaces its status; a judgement of a clause the rules decided is an
override and needs a reason. The rules' own finding stays in the judged finding (``machine_status``
and a reason), so nothing is lost. Both front-ends apply judgements through ``evaluate_overlay``.

A judgement keeps the digest of the clause's text it judged (``clause_digest``); when the rule set
has since changed that text (edited, or the id reused for another clause), the judgement is not
applied: the clause is left to a person again, with a reason saying so (fail closed). A judgement without
the digest (saved before it was kept, or a table row without it) cannot be checked against its clause's text:
it is applied only when it makes the clause stricter (不符合, or 需补充材料 of a clause not in conflict); any
other is not applied and must be confirmed again. So is a judgement recorded as made while the rules left its
clause to a person (``override`` False) that the rules now decide (a changed rule set or description): the rules'
finding stands unless the judgement is stricter; it never becomes an override the reviewer did not make.
"""

import copy
import hashlib
from dataclasses import dataclass, replace
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple

from qgis.PyQt.QtCore import QDate, QDateTime, Qt

from ...i18n import tr
from ..model.results import Finding, Reason, Term
from ..model.verdicts import STUDY_STATUSES, Status
from ..model.vocab import JUDGEMENT_VOCAB
from .evaluation import ordered_and_marked
from .labels import status_label

JUDGEMENT_COLUMNS = ("site_id", "unit_code", "rule_id", "judgement", "remark", "reviewer")
JUDGED_STATUS = {
    "compliant": Status.COMPLIES,
    "non_compliant": Status.CONFLICT,
    "not_applicable": Status.NOT_APPLICABLE,
    "more_information": Status.NEEDS_INFO,
}
Key = Tuple[str, str, str]  # site id, unit code, rule id


class JudgementError(ValueError):
    """A judgement that cannot be applied (translated message naming the value or the clause)."""


def _text(value: Any) -> str:
    """A cell as text: '' for NULL/None, stripped otherwise."""
    if value is None or str(value) == "NULL":
        return ""
    return str(value).strip()


def judgement_word(value: Any) -> str:
    """The judgement id a written word names (Chinese or English); JudgementError naming it otherwise."""
    word = JUDGEMENT_VOCAB.id_of(value)
    if not word:
        raise JudgementError(tr("Judgement {value} is not understood: use 符合, 不符合, 不涉及 or 需补充材料 "
                                "(compliant, non-compliant, not applicable, more information needed).")
                             .format(value=repr(_text(value))))
    return word


@dataclass(frozen=True)
class Judgement:
    """A reviewer's judgement of one clause of one unit of one site."""

    site_id: str
    unit_code: str
    rule_id: str
    word: str  # an id of JUDGEMENT_VOCAB
    remark: str = ""
    reviewer: str = ""
    time: str = ""
    # True: the rules decided the clause (the remark is the reason); False: they left it to a person;
    # None: not recorded (a table's row: a clause the rules decide is overridden when a remark gives the reason)
    override: Optional[bool] = None
    clause: str = ""  # clause_digest of the clause judged ('' when not recorded: judged before it was kept)

    def __post_init__(self) -> None:
        """Refuse an unknown word, a clause not named, and an override without a reason."""
        if self.word not in JUDGED_STATUS:
            judgement_word(self.word)
        if not (self.site_id and self.rule_id):
            raise JudgementError(tr("A judgement names no site or no clause."))
        if self.override and not self.remark.strip():
            raise JudgementError(tr("{clause}: overriding the rules' finding needs a reason.")
                                 .format(clause=self.label))

    @property
    def key(self) -> Key:
        """(site id, unit code, rule id)."""
        return self.site_id, self.unit_code, self.rule_id

    @property
    def label(self) -> str:
        """The clause as people name it: site / unit / rule."""
        return " / ".join(part for part in self.key if part)

    def to_dict(self) -> Dict[str, Any]:
        """Plain JSON-ready form."""
        return {"site_id": self.site_id, "unit_code": self.unit_code, "rule_id": self.rule_id,
                "judgement": self.word, "remark": self.remark, "reviewer": self.reviewer,
                "time": self.time, "override": self.override, "clause_sha256": self.clause}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Judgement":
        """The judgement of a dict written by ``to_dict`` (or a table row with the same columns)."""
        return cls(_text(data.get("site_id")), _text(data.get("unit_code")), _text(data.get("rule_id")),
                   judgement_word(data.get("judgement")), _text(data.get("remark")),
                   _text(data.get("reviewer")), _text(data.get("time")), _flag(data.get("override")),
                   _text(data.get("clause_sha256")))


def _flag(value: Any) -> Optional[bool]:
    """A recorded yes/no: a JSON boolean (or 0/1), None when not recorded; JudgementError for anything else (such
    as the text 'false')."""
    if value is None:
        return None
    if isinstance(value, bool) or value in (0, 1):
        return bool(value)
    raise JudgementError(tr("The override mark {value} is not understood: it must be true or false.")
                         .format(value=repr(value)))


def clause_digest(finding: Finding) -> str:
    """The SHA-256 of a clause's text (Chinese and English) as a judgement records it."""
    return hashlib.sha256(f"{finding.text_zh}\n{finding.text_en}".encode()).hexdigest()


@dataclass(frozen=True)
class Withdrawal:
    """A judgement the reviewer removed: kept in the record with who removed it and when."""

    judgement: Judgement
    by: str = ""
    at: str = ""

    def to_dict(self) -> Dict[str, Any]:
        """Plain JSON-ready form: the judgement's own keys and withdrawn_by / withdrawn_at."""
        return {**self.judgement.to_dict(), "withdrawn_by": self.by, "withdrawn_at": self.at}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Withdrawal":
        """The withdrawal written by ``to_dict``."""
        return cls(Judgement.from_dict(data), _text(data.get("withdrawn_by")), _text(data.get("withdrawn_at")))


OUTDATED_WHY, UNCONFIRMED_WHY, UNMATCHED_WHY, DECIDED_WHY = "outdated", "unconfirmed", "unmatched", "decided"


@dataclass(frozen=True)
class NotApplied:
    """A judgement a review did not apply, kept in the record with why: ``outdated`` (made on another text of its
    clause), ``unconfirmed`` (no digest of its clause's text, and milder than the rules), ``unmatched`` (no
    reviewed clause is its clause) or ``decided`` (made while its clause was left to a person, now decided by the
    rules, and not stricter than them)."""

    judgement: Judgement
    why: str

    def to_dict(self) -> Dict[str, Any]:
        """Plain JSON-ready form: the judgement's own keys and not_applied (why)."""
        return {**self.judgement.to_dict(), "not_applied": self.why}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "NotApplied":
        """The record written by ``to_dict``; JudgementError for a reason this plugin does not know."""
        why = _text(data.get("not_applied"))
        if why not in (OUTDATED_WHY, UNCONFIRMED_WHY, UNMATCHED_WHY, DECIDED_WHY):
            raise JudgementError(tr("Why the judgement was not applied ({value}) is not understood.")
                                 .format(value=repr(why)))
        return cls(Judgement.from_dict(data), why)


class Judgements:
    """The judgements of a review or a batch, one per clause; remembers which ones found their clause
    and which ones the reviewer withdrew."""

    def __init__(self, items: Iterable[Judgement] = (), withdrawn: Iterable[Withdrawal] = ()) -> None:
        self._items: Dict[Key, Judgement] = {}
        self._units: Dict[Tuple[str, str], Dict[str, Judgement]] = {}
        self.applied: set = set()
        self.stale: set = set()  # keys of judgements whose clause's text has changed since
        self.unverified: set = set()  # keys of judgements without a digest that would have made a clause milder
        self.decided: set = set()  # keys of judgements made on a clause left to a person that the rules now decide
        self.withdrawn: List[Withdrawal] = list(withdrawn)
        for item in items:
            self.add(item)

    def add(self, judgement: Judgement) -> None:
        """Add a judgement; a different one of the same clause is an error, the same one is kept once."""
        known = self._items.get(judgement.key)
        if known is not None and known != judgement:
            raise JudgementError(tr("{clause} is judged twice, differently.").format(clause=judgement.label))
        self._items[judgement.key] = judgement
        self._units.setdefault(judgement.key[:2], {})[judgement.rule_id] = judgement

    def forget_outcomes(self) -> None:
        """Forget which judgements were applied or not, before the judgements are applied to a new evaluation."""
        self.applied, self.stale, self.unverified, self.decided = set(), set(), set(), set()

    def set(self, judgement: Judgement) -> None:
        """Put a judgement in place of the clause's earlier one (the dock's re-judging)."""
        self.remove(judgement.key)
        self.add(judgement)

    def remove(self, key: Key) -> None:
        """Forget the judgement of a clause, if any."""
        if self._items.pop(key, None) is not None:
            del self._units[key[:2]][key[2]]

    def withdraw(self, key: Key, by: str, at: str) -> Any:
        """Remove the judgement of a clause and record the removal; the Withdrawal, or None when not judged."""
        judgement = self._items.get(key)
        if judgement is None:
            return None
        self.remove(key)
        withdrawal = Withdrawal(judgement, by, at)
        self.withdrawn.append(withdrawal)
        return withdrawal

    def for_site(self, site_id: str) -> "Judgements":
        """The same judgements and withdrawals, given another site id (after a rename)."""
        return Judgements((replace(j, site_id=site_id) for j in self),
                          (replace(w, judgement=replace(w.judgement, site_id=site_id)) for w in self.withdrawn))

    def of_unit(self, site_id: str, unit_code: str) -> Dict[str, Judgement]:
        """The judgements of one unit of one site, by rule id."""
        return self._units.get((str(site_id), str(unit_code or "")), {})

    def get(self, key: Key) -> Any:
        """The judgement of a clause, or None."""
        return self._items.get(key)

    def __iter__(self):
        """Every judgement, in the order added."""
        return iter(list(self._items.values()))

    def __len__(self) -> int:
        """How many clauses are judged."""
        return len(self._items)

    def unapplied(self) -> List[Judgement]:
        """The judgements no reviewed clause has taken (their clause was not found)."""
        taken = self.applied | self.stale | self.unverified | self.decided
        return [j for key, j in self._items.items() if key not in taken]

    def outdated(self) -> List[Judgement]:
        """The judgements not applied because their clause's text has changed since they were made."""
        return [j for key, j in self._items.items() if key in self.stale and key not in self.applied]

    def unconfirmed(self) -> List[Judgement]:
        """The judgements not applied because they keep no digest of their clause's text and would make it milder."""
        return [j for key, j in self._items.items() if key in self.unverified and key not in self.applied]

    def not_applied(self) -> List[NotApplied]:
        """Every judgement not applied, in the order added, with why."""
        why = {**{j.key: UNMATCHED_WHY for j in self.unapplied()}, **{j.key: OUTDATED_WHY for j in self.outdated()},
               **{j.key: UNCONFIRMED_WHY for j in self.unconfirmed()},
               **{key: DECIDED_WHY for key, j in self._items.items() if key in self.decided - self.applied}}
        return [NotApplied(j, why[key]) for key, j in self._items.items() if key in why]


def judgements_from_rows(rows: Iterable[Mapping[str, Any]]) -> Tuple[Judgements, List[int]]:
    """Judgements from table rows (``JUDGEMENT_COLUMNS`` and an optional ``time`` of judging, others ignored), and
    the numbers (from 1) of rows that carry a remark but no judgement. A row without judgement nor remark is no
    judgement; one without a time has none (never the time it was read)."""
    found, remark_only = Judgements(), []
    for number, row in enumerate(rows, start=1):
        if not _text(row.get("judgement")):
            if _text(row.get("remark")):
                remark_only.append(number)
            continue
        try:
            found.add(Judgement.from_dict({**row, "time": time_cell(row.get("time")), "override": None}))
        except JudgementError as error:
            raise JudgementError(tr("Judgements, row {row}: {error}").format(row=number, error=error)) from None
    return found, remark_only


def time_cell(value: Any) -> str:
    """A table's time of judging as stored text: a spreadsheet's date-time or date cell in ISO 8601, text as
    written, '' for none."""
    if isinstance(value, (QDateTime, QDate)):
        return value.toString(Qt.DateFormat.ISODate) if value.isValid() else ""
    return _text(value)


def missing_columns(names: Iterable[str]) -> List[str]:
    """The required judgement columns a table lacks."""
    present = set(names)
    return [name for name in JUDGEMENT_COLUMNS if name not in present]


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
        elif not judgement.clause and not _stricter(finding, judgement):
            out.append(_not_applied(finding, judgement, UNVERIFIED))
            judgements.unverified.add(judgement.key)
        else:
            out.append(_judged(finding, judgement))
            judgements.applied.add(judgement.key)
    return ordered_and_marked(out)


OUTDATED = ("the reviewer's judgement {judgement} ({time}) was made on another text of this clause and is "
            "not applied: judge the clause again")
UNVERIFIED = ("the reviewer's judgement {judgement} ({time}) was saved without the text of this clause, which "
              "cannot be verified, and is not applied: confirm the judgement again")
DECIDED = ("the reviewer's judgement {judgement} ({time}) was made while this clause was left to a person; the rules "
           "now decide it, so the judgement is not applied: judge the clause again if their finding is wrong")


def _stricter(finding: Finding, judgement: Judgement) -> bool:
    """Whether a judgement makes the clause stricter than the rules' finding: 不符合, or 需补充材料 of a clause
    the rules did not find in conflict."""
    judged = JUDGED_STATUS[judgement.word]
    return judged == Status.CONFLICT or (judged == Status.NEEDS_INFO and finding.status != Status.CONFLICT)


def _not_applied(finding: Finding, judgement: Judgement, template: str) -> Finding:
    """The rules' finding of a clause whose judgement is not applied (``OUTDATED`` or ``UNVERIFIED``): left
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
    the judgement was not recorded as made on a clause left to a person)."""
    override = finding.status not in STUDY_STATUSES and judgement.override is not False
    if override and not judgement.remark.strip():
        raise JudgementError(tr("{clause}: the rules decided this clause ({status}); overriding it needs a "
                                "reason in the remark.").format(clause=judgement.label,
                                                                status=status_label(finding.status)))
    judgement = replace(judgement, override=override)
    reasons = [Reason("reviewer's judgement: {judgement}", {"judgement": Term("judgement", (judgement.word,))})]
    if judgement.reviewer:
        reasons.append(Reason("judged by {reviewer}", {"reviewer": judgement.reviewer}))
    if judgement.time:
        reasons.append(Reason("judged at {time}", {"time": judgement.time}))
    if judgement.remark:
        reasons.append(Reason("remark: {remark}", {"remark": judgement.remark}))
    template = ("overrides the rules' finding: {status} ({reason})" if override
                else "the rules' finding: {status} ({reason})")
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
    ]
