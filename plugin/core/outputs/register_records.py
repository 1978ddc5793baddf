"""Reviews read back from the register (台账): site, description, verdict, clauses, judgements, provenance.

Reading never writes: a missing file or a layer that is not a register is a RegisterError, and an entry
whose recorded JSON cannot be read is an error naming its sequence number, never an empty review.
"""

import os
from collections import Counter
from dataclasses import dataclass
from typing import Any, Dict, List, Tuple, Union

from qgis.core import QgsFeatureRequest, QgsGeometry

from ...i18n import tr
from ..json_nesting import loads
from ..model.project import ProjectDescription
from ..review.judgements import Judgement, JudgementError, NotApplied, Withdrawal
from ..review.stored_values import StoredValueError, checked_description
from .register import CLAUSES_VERSION, COLUMNS, RegisterError, is_register, register_layer
from .register_filter import RegisterFilter, parse_filter

Clause = Tuple[str, str]  # unit code ('' when the entry records none), rule id


@dataclass
class RegisterRecord:
    """One register entry as recorded: its values by column and the site in CGCS2000."""

    path: str
    values: Dict[str, Any]
    site: QgsGeometry

    @property
    def seq(self) -> int:
        """The entry's sequence number."""
        return int(self.values["seq"])

    def text(self, column: str) -> str:
        """A recorded value as text ('' for NULL)."""
        value = self.values.get(column)
        return "" if value is None or str(value) == "NULL" else str(value)

    def _json(self, column: str) -> Any:
        """A recorded JSON column, read; RegisterError naming the entry when it cannot be."""
        try:
            return loads(self.text(column))
        except ValueError as error:
            raise self.error(error) from None

    def error(self, error: Exception) -> RegisterError:
        """A RegisterError naming this entry."""
        return RegisterError(tr("Register {path}, entry {seq}: the recorded review cannot be read ({error}).")
                             .format(path=self.path, seq=self.seq, error=error))

    def description(self) -> ProjectDescription:
        """The project description as recorded."""
        try:
            return checked_description(self._json("description_json"), "description_json")
        except StoredValueError as error:
            raise self.error(error) from None

    def _clauses_document(self) -> Dict[str, Any]:
        """The recorded ``clauses_json`` as the current version has it (version 1: the list of clauses alone)."""
        data = self._json("clauses_json")
        if isinstance(data, list):
            data = {"version": 1, "clauses": data, "unmatched": []}
        if not isinstance(data, dict) or data.get("version") not in (1, CLAUSES_VERSION):
            version = data.get("version") if isinstance(data, dict) else None
            raise RegisterError(tr("Register {path}, entry {seq}: its clauses are recorded in version {version}, "
                                   "which this plugin cannot read; update the plugin.").format(
                path=self.path, seq=self.seq, version=version if version is not None else "—"))
        clauses, unmatched = data.get("clauses"), data.get("unmatched", [])
        if not isinstance(clauses, list) or not all(isinstance(c, dict) and "rule_id" in c for c in clauses) \
                or not isinstance(unmatched, list) or not isinstance(data.get("withdrawn", []), list):
            raise self.error(ValueError("clauses_json"))
        return data

    def clauses(self) -> List[Dict[str, Any]]:
        """Every recorded clause: unit_code, rule_id, status, machine_status, judgement, not_applied, withdrawn."""
        return self._clauses_document()["clauses"]

    def clause_statuses(self) -> Dict[Clause, str]:
        """{(unit code, rule id): status} as recorded."""
        return {(str(c.get("unit_code") or ""), str(c["rule_id"])): str(c.get("status", "")) for c in self.clauses()}

    def judgements(self) -> List[Judgement]:
        """The judgements in force when the review was recorded."""
        try:
            return [Judgement.from_dict(c["judgement"]) for c in self.clauses() if c.get("judgement")]
        except (JudgementError, AttributeError, TypeError) as error:
            raise self.error(error) from None

    def not_applied(self) -> List[NotApplied]:
        """The judgements the review did not apply (each with why): those of its clauses, then those no clause
        took. They never count as judgements in force."""
        document = self._clauses_document()
        try:
            return [*(NotApplied.from_dict(c["not_applied"]) for c in document["clauses"] if c.get("not_applied")),
                    *(NotApplied.from_dict(u) for u in document["unmatched"])]
        except (JudgementError, AttributeError, TypeError) as error:
            raise self.error(error) from None

    def recorded_judgements(self) -> List[Judgement]:
        """Every judgement recorded, applied or not: what a later review gives its judgement path again."""
        return [*self.judgements(), *(item.judgement for item in self.not_applied())]

    def withdrawn(self) -> List[Withdrawal]:
        """The judgements withdrawn before the review was recorded: those of its clauses, then those of clauses
        the review did not have."""
        document = self._clauses_document()
        try:
            return [*(Withdrawal.from_dict(w) for c in document["clauses"] for w in c.get("withdrawn") or []),
                    *(Withdrawal.from_dict(w) for w in document.get("withdrawn", []))]
        except (JudgementError, AttributeError, TypeError) as error:
            raise self.error(error) from None

    def matches(self, wanted: Union[str, RegisterFilter], shown: str = "") -> bool:
        """Whether the entry answers a filter (``register_filter``): its verdict is one of the verdicts typed, and
        every other word occurs in its number, time, name, verdict, reviewer, rule set or opinion, or in ``shown``
        (the verdict and time as the browser shows them)."""
        wanted = parse_filter(wanted) if isinstance(wanted, str) else wanted
        text = " ".join([*(self.text(c) for c in ("seq", "saved_at", "site_name", "verdict", "reviewer",
                                                  "ruleset_id", "ruleset_version", "opinion")), shown])
        return wanted.matches(self.text("verdict"), text)


def read_register(path: str) -> List[RegisterRecord]:
    """Every entry of the register at ``path``, by sequence number; RegisterError when it is not one."""
    if not path or not os.path.isfile(path):
        raise RegisterError(tr("There is no review register at {path}. Save a review to the register first, or "
                               "choose the register under Settings ▸ Options ▸ Zoning Review.").format(path=path))
    layer = register_layer(path)
    if not is_register(layer):
        raise RegisterError(tr("{path} is not a review register (it has no layer {layer} with the register's "
                               "columns).").format(path=path, layer="reviews"))
    names = [name for name, _kind in COLUMNS]
    records = [RegisterRecord(path, {name: feature[name] for name in names}, QgsGeometry(feature.geometry()))
               for feature in layer.getFeatures(QgsFeatureRequest())]
    for record in records:
        _check_seq(record)
    return sorted(records, key=lambda record: record.seq)


def _check_seq(record: RegisterRecord) -> None:
    """RegisterError when an entry (edited by hand) has no whole sequence number."""
    value = record.values.get("seq")
    if not isinstance(value, int) or isinstance(value, bool):
        raise RegisterError(tr("Register {path}: the entry saved at {time} for {name} has no sequence number; the "
                               "register was edited outside the plugin. Give the entry its number, or remove it.")
                            .format(path=record.path, time=record.text("saved_at") or "—",
                                    name=record.text("site_name") or "—"))


def repeated_seqs(records: List[RegisterRecord]) -> List[int]:
    """The sequence numbers more than one entry carries (a register edited or merged by hand)."""
    counts = Counter(record.seq for record in records)
    return sorted(seq for seq, count in counts.items() if count > 1)
