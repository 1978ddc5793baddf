"""rereview's REGISTER input: the register's entries as a temporary sites layer and judgements table.

Each entry becomes one site (its id the entry's sequence number) with the recorded description; the
recorded judgements go with it while their clause is still left to a person (an override: while the rules
still find what the reviewer overrode — the same status here; the same finding, its ``finding_sha256``, checked by
reviewsites as the panel does; one recorded without it is given again and named as not confirmed). A clause the
later rules decide is decided by them, and named; an override whose clause the later rules leave to a person with
another finding than the one overridden, or whose clause the entry recorded no finding of the rules for (it cannot
be checked), is not given and is named apart, to be judged again. The judgements recorded as not applied go too:
reviewsites applies them only when they are valid now (and names those it does not apply), as it did when they
were recorded.
"""

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsMemoryProviderUtils, QgsProcessingException

from ..compat import WKB_MULTIPOLYGON, WKB_NO_GEOMETRY
from ..core.model.fields import make_fields
from ..core.model.project import ProjectDescription
from ..core.model.verdicts import STUDY_STATUSES
from ..core.outputs.register import CRS, RegisterError
from ..core.outputs.register_records import RegisterRecord, read_register, repeated_seqs
from ..core.review.judgements import JUDGEMENT_COLUMNS, Judgement
from ..core.review.rereview import Clause
from ..i18n import grouped, list_separator, tr

SITE_FIELD, NAME_FIELD = "site_id", "name"
DESCRIBED = ("industry", "construction", "catalogue")


@dataclass
class RegisterInputs:
    """The entries, the sites layer reviewsites reads them from, and whether any entry holds judgements."""

    records: List[RegisterRecord]
    sites: Any
    judged: bool

    def before(self) -> Tuple[Dict[str, str], Dict[str, Dict[Tuple[str, str], str]]]:
        """The recorded verdicts and clause statuses, by site id (the sequence number as text)."""
        return ({str(r.seq): r.text("verdict") for r in self.records},
                {str(r.seq): r.clause_statuses() for r in self.records})



def _kind(values: List[Any]) -> str:
    """The field kind that holds every value given: bool, double or (anything else) string."""
    given = [v for v in values if v is not None]
    if given and all(isinstance(v, bool) for v in given):
        return "bool"
    if given and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in given):
        return "double"
    return "string"


def _sites_layer(records: List[RegisterRecord], described: List[ProjectDescription]):
    """A memory layer of the entries' sites with their descriptions."""
    names = sorted({name for d in described for name in d.attributes})
    kinds = {name: _kind([d.attributes.get(name) for d in described]) for name in names}
    spec = [(SITE_FIELD, "string"), (NAME_FIELD, "string"), *((n, "string") for n in DESCRIBED),
            *((n, kinds[n]) for n in names if n not in (SITE_FIELD, NAME_FIELD, *DESCRIBED))]
    fields = make_fields(spec)
    layer = QgsMemoryProviderUtils.createMemoryLayer("register_sites", fields, WKB_MULTIPOLYGON,
                                                     QgsCoordinateReferenceSystem(CRS))
    features = []
    for record, description in zip(records, described):
        feature = QgsFeature(fields)
        values = {SITE_FIELD: str(record.seq), NAME_FIELD: description.name or record.text("site_name"),
                  "industry": description.industry, "construction": description.construction,
                  "catalogue": description.catalogue, **{n: description.attributes.get(n) for n in names}}
        feature.setAttributes([_cell(values.get(name), kind) for name, kind in spec])
        feature.setGeometry(record.site)
        features.append(feature)
    return _filled(layer, features, [f"{r.seq} {r.text('site_name')}" for r in records], records[0].path)


def _filled(layer, features: List[QgsFeature], entries: List[str], path: str):
    """The memory layer with every feature added; one it refuses stops the run naming its register entry."""
    provider = layer.dataProvider()
    for feature, entry in zip(features, entries):
        if not provider.addFeatures([feature])[0]:
            raise QgsProcessingException(tr(
                "Register {path}: entry {entry} cannot be re-reviewed ({error}); the register was edited outside "
                "the plugin. Give the entry its polygon site and values again, or remove it.").format(
                path=path, entry=entry, error=provider.lastError()))
    return layer


def _cell(value: Any, kind: str) -> Any:
    """A value as its field holds it."""
    if value is None or kind != "string":
        return value
    return str(value)


def still_applies(judgement: Judgement, recorded_machine: str, status: Optional[str]) -> bool:
    """Whether a recorded judgement is given again: its clause is still left to a person (or, for an override,
    the rules still find what the reviewer overrode); a clause gone is left to reviewsites to report."""
    if status is None:
        return True
    if judgement.override:
        return status == recorded_machine
    return status in STUDY_STATUSES


@dataclass
class NotGiven:
    """The recorded judgements not given to the later review, named ``seq site: unit:rule``: those of clauses the
    later rules decide, overrides of clauses the later rules leave to a person with another finding, and overrides
    whose clause the entry recorded no finding of the rules for; and the overrides given again that recorded no
    digest of the finding they overrode (``unconfirmed``: applied as before, named)."""

    decided: List[str] = field(default_factory=list)
    left: List[str] = field(default_factory=list)
    unrecorded: List[str] = field(default_factory=list)
    unconfirmed: List[str] = field(default_factory=list)  # given again, but not confirmed against the finding

    def add(self, judgement: Judgement, recorded_machine: str, status: Optional[str], named: str) -> None:
        """One judgement not given, under why: an override not checkable, one whose clause the later rules leave
        to a person with another finding, or a clause the later rules decide."""
        if judgement.override and not recorded_machine:  # nothing to check the override against
            self.unrecorded.append(named)
        elif judgement.override and status in STUDY_STATUSES:
            self.left.append(named)
        else:
            self.decided.append(named)

    def warnings(self) -> List[str]:
        """One translated warning per kind of judgement not given, each naming its clauses."""
        out = []
        if self.decided:
            out.append(tr("The later rule set decides these clauses the reviewer had judged; their judgements are not "
                          "applied: {clauses}").format(clauses=list_separator().join(self.decided)))
        if self.left:
            out.append(tr("The later rule set leaves these clauses to a person, no longer deciding them as the finding "
                          "the reviewer overrode did; the overrides are not applied. Judge these clauses again: "
                          "{clauses}").format(clauses=list_separator().join(self.left)))
        if self.unrecorded:
            out.append(tr("The register does not record what the rules had found for these clauses whose finding the "
                          "reviewer overrode, so it cannot be checked that the later rule set still finds what was "
                          "overridden; the overrides are not applied. Judge these clauses again: {clauses}").format(
                clauses=list_separator().join(self.unrecorded)))
        if self.unconfirmed:
            out.append(tr("These overrides were recorded in the register before the plugin kept the rules' finding "
                          "each overrode; they are applied while the later rules find the same status, but are not "
                          "confirmed against the present finding. Judge these clauses again to confirm them: "
                          "{clauses}").format(clauses=list_separator().join(self.unconfirmed)))
        return out


def judgements_after(records: List[RegisterRecord], layers: Sequence[Dict[str, Dict[Clause, str]]]
                     ) -> Tuple[List[Any], NotGiven]:
    """The recorded judgements that still apply to the later review's clauses, each under its entry's site id:
    one memory table per unit layer (None for a layer without any), a judgement going with the layer whose
    review found its clause (one no layer found goes with the first, which names it); and those not given again.
    ``layers`` holds each layer's {site: {clause: status}}."""
    rows: List[List[List[Any]]] = [[] for _layer in layers]
    dropped = NotGiven()
    for record in records:
        site = str(record.seq)
        machine = {(str(c.get("unit_code") or ""), str(c["rule_id"])): str(c.get("machine_status") or "")
                   for c in record.clauses()}
        for j in record.recorded_judgements():  # those not applied then too: applied now only when valid
            clause = (j.unit_code, j.rule_id)
            holder = next((i for i, found in enumerate(layers) if clause in found.get(site, {})), None)
            status = None if holder is None else layers[holder][site][clause]
            if still_applies(j, machine.get(clause, ""), status):
                rows[holder or 0].append([site, j.unit_code, j.rule_id, j.word, j.remark, j.reviewer, j.time,
                                           j.clause, j.found])
                if j.override and not j.found and status is not None:  # saved before overrides kept the finding
                    dropped.unconfirmed.append(f"{record.seq} {record.text('site_name')}: {j.unit_code}:{j.rule_id}")
            else:
                dropped.add(j, machine.get(clause, ""), status, f"{record.seq} {record.text('site_name')}: "
                                                               f"{j.unit_code}:{j.rule_id}")
    path = records[0].path if records else ""
    return [_judgements_table(found, path) if found else None for found in rows], dropped


def _judgements_table(rows: List[List[Any]], path: str):
    """A memory table of judgement rows as reviewsites reads them (from the register at ``path``)."""
    fields = make_fields([(name, "string") for name in (*JUDGEMENT_COLUMNS, "time", "clause_sha256",
                                                        "finding_sha256")])
    layer = QgsMemoryProviderUtils.createMemoryLayer("register_judgements", fields, WKB_NO_GEOMETRY)
    features = []
    for row in rows:
        feature = QgsFeature(fields)
        feature.setAttributes(row)
        features.append(feature)
    return _filled(layer, features, [f"{row[0]}: {row[1]}:{row[2]}" for row in rows], path)


def register_inputs(path: str, feedback) -> RegisterInputs:
    """The register at ``path`` ready for reviewsites; a translated error when it cannot be read."""
    try:
        records = read_register(path)
        described = [record.description() for record in records]
        judged = any(record.recorded_judgements() for record in records)
        for record in records:
            record.clause_statuses()
    except RegisterError as error:
        raise QgsProcessingException(str(error)) from None
    if not records:
        raise QgsProcessingException(tr("The register {path} holds no reviews yet.").format(path=path))
    repeated = repeated_seqs(records)
    if repeated:
        raise QgsProcessingException(tr("The register {path} has several entries numbered {numbers}; re-review tells "
                                        "entries apart by their number. Renumber them, or keep the registers "
                                        "apart.").format(path=path, numbers=list_separator().join(map(str, repeated))))
    feedback.pushInfo(tr("1 register entry to re-review.") if len(records) == 1 else
                      tr("{n} register entries to re-review.").format(n=grouped(len(records))))
    return RegisterInputs(records, _sites_layer(records, described), judged)
