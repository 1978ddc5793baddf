"""Re-review of a register: an override whose clause the entry recorded no finding of the rules for is not given
again and is named as such, not as a clause the later rule set decides; nor is an override of a clause the later
rules leave to a person."""

import json

from tests.test_register import entry
from zoning_review.plugin.core.outputs.register import COLUMNS, append_to_register
from zoning_review.plugin.core.outputs.register_records import read_register
from zoning_review.plugin.processing.rereview_register import judgements_after

UNIT = "ZH13063210001"


def judged(rule: str, word: str, override: bool) -> dict:
    return {"site_id": "S05", "unit_code": UNIT, "rule_id": rule, "judgement": word, "remark": "现场核实",
            "reviewer": "王工", "time": "2026-12-03T11:00+08:00", "override": override, "clause_sha256": ""}


def test_an_override_without_a_recorded_finding_is_named_apart_from_clauses_the_later_rules_decide(
        qgis_new_project, tmp_path):
    made = entry("S05 公路", "compliant")
    clauses = [  # recorded as the panel does, but the first override lost its rules' finding (edited by hand)
        {"unit_code": UNIT, "rule_id": "C-P-01", "status": "complies", "machine_status": "",
         "judgement": judged("C-P-01", "compliant", True)},
        {"unit_code": UNIT, "rule_id": "C-P-02", "status": "complies", "machine_status": "manual_check",
         "judgement": judged("C-P-02", "compliant", False)}]
    made.values[[n for n, _k in COLUMNS[1:]].index("clauses_json")] = json.dumps(
        {"version": 2, "clauses": clauses, "unmatched": []}, ensure_ascii=False)
    path = str(tmp_path / "台账.gpkg")
    append_to_register(path, made)
    later = {"1": {(UNIT, "C-P-01"): "conflict", (UNIT, "C-P-02"): "not_applicable"}}
    tables, dropped = judgements_after(read_register(path), [later])
    assert tables == [None]  # neither judgement is given again
    assert dropped.decided == [f"1 S05 公路: {UNIT}:C-P-02"]
    assert dropped.unrecorded == [f"1 S05 公路: {UNIT}:C-P-01"]
    decided, unrecorded = dropped.warnings()
    assert decided == ("The later rule set decides these clauses the reviewer had judged; their judgements are not "
                       f"applied: 1 S05 公路: {UNIT}:C-P-02")
    assert unrecorded.startswith("The register does not record what the rules had found for these clauses whose "
                                 "finding the reviewer overrode")
    assert unrecorded.endswith(f"Judge these clauses again: 1 S05 公路: {UNIT}:C-P-01")


def test_an_override_of_a_clause_the_later_rules_leave_to_a_person_is_named_to_be_judged_again(
        qgis_new_project, tmp_path):
    made = entry("S06 仓储", "compliant")
    clauses = [  # the rules had found a conflict (C-P-03) or allowed the project (C-P-04); the reviewer overrode
        {"unit_code": UNIT, "rule_id": "C-P-03", "status": "complies", "machine_status": "conflict",
         "judgement": judged("C-P-03", "compliant", True)},
        {"unit_code": UNIT, "rule_id": "C-P-04", "status": "conflict", "machine_status": "allowed",
         "judgement": judged("C-P-04", "non_compliant", True)}]
    made.values[[n for n, _k in COLUMNS[1:]].index("clauses_json")] = json.dumps(
        {"version": 2, "clauses": clauses, "unmatched": []}, ensure_ascii=False)
    path = str(tmp_path / "台账.gpkg")
    append_to_register(path, made)
    later = {"1": {(UNIT, "C-P-03"): "needs_info", (UNIT, "C-P-04"): "exempted"}}
    tables, dropped = judgements_after(read_register(path), [later])
    assert tables == [None]
    assert dropped.left == [f"1 S06 仓储: {UNIT}:C-P-03"]  # before, named as a clause the later rule set decides
    assert dropped.decided == [f"1 S06 仓储: {UNIT}:C-P-04"] and dropped.unrecorded == []
    decided, left = dropped.warnings()
    assert decided == ("The later rule set decides these clauses the reviewer had judged; their judgements are not "
                       f"applied: 1 S06 仓储: {UNIT}:C-P-04")
    assert left == ("The later rule set leaves these clauses to a person, no longer deciding them as the finding the "
                    "reviewer overrode did; the overrides are not applied. Judge these clauses again: "
                    f"1 S06 仓储: {UNIT}:C-P-03")


def test_the_help_names_the_warnings_of_overrides_not_given_again():
    from zoning_review.plugin.processing.rereview_help import rereview_help

    shown = rereview_help()  # before, it said nothing of overrides whose finding was not recorded
    assert ("Nor is an override whose entry does not record what the rules had found, since it cannot be checked: "
            "the log names it apart, to be judged again.") in shown
    assert "when the later rule set leaves the clause to a person, apart, to be judged again" in shown
