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

An override also keeps the digest of the rules' finding it overrode (``found``: the finding's status and reasons
with their values as shown, ``finding_digest``); when the rules find otherwise now (the site moved, another value
given), it is not applied and the clause is to be judged again. One saved before this was kept is applied as
before, its clause saying it is not confirmed against the present finding. Applying them: ``judged.py``.
"""

import hashlib
import json
from dataclasses import dataclass, replace
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import QDate, QDateTime, Qt

from ...i18n import tr
from ..model.results import Finding
from ..model.verdicts import Status
from ..model.vocab import JUDGEMENT_VOCAB

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
    found: str = ""  # an override's finding_digest of the rules' finding it overrode ('' when not recorded)

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
                "time": self.time, "override": self.override, "clause_sha256": self.clause,
                "finding_sha256": self.found}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Judgement":
        """The judgement of a dict written by ``to_dict`` (or a table row with the same columns)."""
        return cls(_text(data.get("site_id")), _text(data.get("unit_code")), _text(data.get("rule_id")),
                   judgement_word(data.get("judgement")), _text(data.get("remark")),
                   _text(data.get("reviewer")), _text(data.get("time")), _flag(data.get("override")),
                   _text(data.get("clause_sha256")), _text(data.get("finding_sha256")))


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


def finding_digest(status: str, reasons: Sequence[Any]) -> str:
    """The SHA-256 of a finding of the rules as an override records it: its status and its reasons (plain form,
    ``Reason.to_dict``: templates and values as shown, numbers as rounded) in canonical JSON."""
    text = json.dumps({"status": str(status), "reasons": list(reasons)}, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()


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
REFOUND_WHY = "refound"
WHYS = (OUTDATED_WHY, UNCONFIRMED_WHY, UNMATCHED_WHY, DECIDED_WHY, REFOUND_WHY)


@dataclass(frozen=True)
class NotApplied:
    """A judgement a review did not apply, kept in the record with why: ``outdated`` (made on another text of its
    clause), ``unconfirmed`` (no digest of its clause's text, and milder than the rules), ``unmatched`` (no
    reviewed clause is its clause), ``decided`` (made while its clause was left to a person, now decided by the
    rules, and not stricter than them) or ``refound`` (an override of another finding of the rules than theirs now)."""

    judgement: Judgement
    why: str

    def to_dict(self) -> Dict[str, Any]:
        """Plain JSON-ready form: the judgement's own keys and not_applied (why)."""
        return {**self.judgement.to_dict(), "not_applied": self.why}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "NotApplied":
        """The record written by ``to_dict``; JudgementError for a reason this plugin does not know."""
        why = _text(data.get("not_applied"))
        if why not in WHYS:
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
        self.refound: set = set()  # keys of overrides of another finding of the rules than the present one
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
        self.applied, self.stale, self.unverified, self.decided, self.refound = set(), set(), set(), set(), set()

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
        taken = self.applied | self.stale | self.unverified | self.decided | self.refound
        return [j for key, j in self._items.items() if key not in taken]

    def outdated(self) -> List[Judgement]:
        """The judgements not applied because their clause's text has changed since they were made."""
        return [j for key, j in self._items.items() if key in self.stale and key not in self.applied]

    def unconfirmed(self) -> List[Judgement]:
        """The judgements not applied because they keep no digest of their clause's text and would make it milder."""
        return [j for key, j in self._items.items() if key in self.unverified and key not in self.applied]

    def overridden_otherwise(self) -> List[Judgement]:
        """The overrides not applied because the rules' finding of their clause is not the one they overrode."""
        return [j for key, j in self._items.items() if key in self.refound and key not in self.applied]

    def not_applied(self) -> List[NotApplied]:
        """Every judgement not applied, in the order added, with why."""
        why = {**{j.key: UNMATCHED_WHY for j in self.unapplied()}, **{j.key: OUTDATED_WHY for j in self.outdated()},
               **{j.key: UNCONFIRMED_WHY for j in self.unconfirmed()},
               **{key: DECIDED_WHY for key, j in self._items.items() if key in self.decided - self.applied},
               **{j.key: REFOUND_WHY for j in self.overridden_otherwise()}}
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
