"""The dock's review as a register row, and 'Save to register' (the GeoPackage chosen in the settings)."""

import json
from datetime import datetime
from typing import Dict, List, Optional, Tuple

from qgis.core import Qgis, QgsDataSourceUri
from qgis.PyQt.QtWidgets import QFileDialog

from .. import settings
from ..core.model.results import Finding, Words
from ..core.outputs.register import RegisterEntry, RegisterError, append_to_register, clauses_json
from ..core.review.judgements import NotApplied, Withdrawal
from ..core.review.labels import input_subject
from ..core.rules.loader import file_sha256
from ..i18n import tr
from ..notes.context import plugin_version


def clause_record(unit_code: str, finding: Finding, withdrawn: List[Withdrawal],
                  not_applied: Optional[NotApplied] = None) -> Dict[str, object]:
    """One clause as the register keeps it: status, the rules' status, the judgement applied, the one not applied
    (with why) and withdrawn judgements; for a project attribute the review could not use, the attribute's label
    (``name``: the register has no rule set to label it)."""
    record = {"unit_code": unit_code, "rule_id": finding.rule_id, "status": str(finding.status),
              "machine_status": finding.machine_status,
              "judgement": finding.judgement.to_dict() if finding.judgement else None,
              "not_applied": not_applied.to_dict() if not_applied else None,
              "withdrawn": [w.to_dict() for w in withdrawn
                            if (w.judgement.unit_code, w.judgement.rule_id) == (unit_code, finding.rule_id)]}
    subject = input_subject(finding)
    if isinstance(subject, Words):
        record["name"] = {"zh": subject.zh, "en": subject.en}
    return record


def clauses_value(runner) -> str:
    """The ``clauses_json`` of the review on screen: every clause with its judgements, and the judgements and
    withdrawals no clause took."""
    not_applied = {(n.judgement.unit_code, n.judgement.rule_id): n for n in runner.judgements.not_applied()}
    clauses = [clause_record(u.overlap.code, f, runner.judgements.withdrawn,
                             not_applied.pop((u.overlap.code, f.rule_id), None) if f.judgement is None else None)
               for item in runner.reviews for u in item.review.units for f in u.findings]
    found = {(c["unit_code"], c["rule_id"]) for c in clauses}
    elsewhere = [w.to_dict() for w in runner.judgements.withdrawn
                 if (w.judgement.unit_code, w.judgement.rule_id) not in found]
    return clauses_json(clauses, [n.to_dict() for n in not_applied.values()], elsewhere)


def list_columns(lists) -> Tuple[str, str, str]:
    """The lists' ids, versions and file digests as three columns, list by list in id order (the n-th of each
    column is the n-th list's)."""
    ordered = sorted(lists)
    return tuple("; ".join(str(item[column]) for item in ordered) for column in range(3))


def register_entry(dock) -> RegisterEntry:
    """The review on screen: site, description, verdict, every clause with its judgements, provenance."""
    runner, site = dock.runner, dock.site_input.site
    rulesets = {(listed.metadata.id, listed.metadata.version, listed.sha256 or file_sha256(listed.path))
                for r in runner.reviews for listed in r.target.ruleset.lists()}  # every list, its file as read
    values = [datetime.now().astimezone().isoformat(timespec="seconds"), runner.description.name,
              str(runner.verdict()), json.dumps(runner.description.to_dict(), ensure_ascii=False, default=str),
              clauses_value(runner), runner.opinion,
              *list_columns(rulesets),
              "; ".join(QgsDataSourceUri.removePassword(r.target.layer.source()) for r in runner.reviews),
              settings.REVIEWER.value(), plugin_version(), Qgis.QGIS_VERSION]
    return RegisterEntry(site.geometry, site.crs, values)


def save_to_register(dock) -> int:
    """Append the review to the register; its sequence number (0 when nothing was written)."""
    if dock.site_input.site is None or not dock.runner.reviews:
        dock.push_message(tr("Review a site before saving the review."), 1)
        return 0
    path = settings.REGISTER_PATH.value()
    if not path:
        path, _filter = QFileDialog.getSaveFileName(dock, tr("Review register (GeoPackage)"), "",
                                                    tr("GeoPackage (*.gpkg)"))
        if not path:
            return 0
        settings.REGISTER_PATH.set(path)
    try:
        seq = append_to_register(path, register_entry(dock))
    except RegisterError as error:
        dock.push_message(str(error), 2)
        return 0
    dock.push_message(tr("Review saved to the register {path} as number {seq}.").format(path=path, seq=seq), 0)
    return seq
