"""Judgements a review did not apply stay in its register entry, marked as not applied: the register file, the
read-only view, an entry opened again and the re-review give them back, never as judgements in force."""

import json
from dataclasses import replace
from types import SimpleNamespace

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer

from tests.dock_helpers import saved_to_register
from tests.kept_feedback import Feedback
from tests.test_judgements import (
    MANUAL,
    PROSE_FIELDS,
    edited_rules,
    review,
    s05_overlay,
    s05_project,
    saved_without_digest,
    sha256_of,
)
from tests.test_processing_review import CONSTRAINTS
from tests.test_register import SITE_4490, entry
from tests.test_register_browser import texts
from tests.test_shown_times import shanghai  # noqa: F401 - the fixture
from zoning_review.plugin.core.outputs.register import COLUMNS, RegisterEntry, RegisterError, append_to_register
from zoning_review.plugin.core.outputs.register_records import read_register
from zoning_review.plugin.core.review.judgements import Judgement, Judgements
from zoning_review.plugin.gui.register_entry import clauses_value
from zoning_review.plugin.gui.review_runner import ReviewRunner
from zoning_review.plugin.gui.review_task import Site

pytestmark = pytest.mark.usefixtures("shanghai")  # times as people read them, in Beijing

NAME = "某公路新建工程"  # s05_project()'s name: the dock's site id
UNIT = MANUAL[0][0]
CLAUSES_AT = [n for n, _k in COLUMNS[1:]].index("clauses_json")


@pytest.fixture(scope="module")
def digests(ruleset):
    """The digest of every clause of S05's unjudged review, by (unit, rule)."""
    return {(u.overlap.code, f.rule_id): sha256_of(f) for u in review(ruleset).units for f in u.findings}


def s05_runner(ruleset, judgements: Judgements) -> ReviewRunner:
    """The dock's runner with S05 reviewed against one unit layer bound to ``ruleset``, with ``judgements``."""
    runner = ReviewRunner(QgsProject.instance())
    runner.site = Site(SITE_4490, QgsCoordinateReferenceSystem("EPSG:4490"), "S05")
    runner.description, runner.judgements = s05_project(), judgements
    target = SimpleNamespace(ruleset=ruleset, binding=SimpleNamespace(prose_fields=PROSE_FIELDS))
    runner.reviews = runner._evaluated([(target, s05_overlay(ruleset))])
    return runner


def mixed_judgements(digests) -> Judgements:
    """Four judgements of S05, each 符合 by 王工: MANUAL[0] without the digest of its clause's text (milder than
    the rules: not applied), MANUAL[1] made on another text, MANUAL[2] of its clause's text (applied) and a
    clause the rule set does not have."""
    made = {clause: Judgement(NAME, *clause, "compliant", reviewer="王工", time=f"T{n}", clause=digests[clause])
            for n, clause in enumerate(MANUAL[:3])}
    return Judgements([saved_without_digest(made[MANUAL[0]]), replace(made[MANUAL[1]], clause="0" * 64),
                       made[MANUAL[2]], Judgement(NAME, UNIT, "NO-SUCH-RULE", "compliant", reviewer="王工",
                                                  time="T3", clause="1" * 64)])


def registered(tmp_path, runner) -> str:
    """The runner's review appended to a new register, as 'Save to register' does; the register's path."""
    path = str(tmp_path / "台账.gpkg")
    made = entry(NAME, str(runner.verdict()))
    made.values[CLAUSES_AT] = clauses_value(runner)
    append_to_register(path, made)
    return path


def test_judgements_not_applied_are_recorded_as_such_and_never_read_as_in_force(qgis_new_project, ruleset,
                                                                               digests, tmp_path):
    runner = s05_runner(ruleset, mixed_judgements(digests))
    [record] = read_register(registered(tmp_path, runner))
    assert [(j.unit_code, j.rule_id, j.time) for j in record.judgements()] == [(*MANUAL[2], "T2")]
    assert [(n.judgement.rule_id, n.judgement.word, n.judgement.time, n.why) for n in record.not_applied()] == [
        (MANUAL[0][1], "compliant", "T0", "unconfirmed"), (MANUAL[1][1], "compliant", "T1", "outdated"),
        ("NO-SUCH-RULE", "compliant", "T3", "unmatched")]
    statuses = record.clause_statuses()  # the clauses not judged in force are still left to a person
    assert statuses[MANUAL[0]] == statuses[MANUAL[1]] == "manual_check" and statuses[MANUAL[2]] == "complies"
    assert ("", "NO-SUCH-RULE") not in statuses and (UNIT, "NO-SUCH-RULE") not in statuses
    assert record.text("verdict") == "needs_study"
    assert len(record.recorded_judgements()) == 4


def test_a_judgement_whose_clause_the_rule_set_no_longer_has_is_named_once_and_recorded(
        qgis_new_project, example_rules, ruleset, digests, tmp_path):
    judgements = Judgements([Judgement(NAME, *MANUAL[0], "compliant", reviewer="王工", time="T0",
                                       clause=digests[MANUAL[0]])])
    runner = s05_runner(ruleset, judgements)
    assert runner.unmatched_message() == "" and judgements.not_applied() == []
    renamed = edited_rules(example_rules, tmp_path, "- id: C-P-02\n", "- id: C-P-02-NEW\n")
    runner.reviews = runner._evaluated([(SimpleNamespace(ruleset=renamed, binding=SimpleNamespace(
        prose_fields=PROSE_FIELDS)), s05_overlay(renamed))])  # the rule set was edited: C-P-02 renamed
    assert runner.unmatched_message() == ("1 judgement matches no clause of this review (the rule set no longer has "
                                          f"it) and is not applied; it is kept in the review's record: {UNIT}:C-P-02")
    assert runner.unmatched_message() == ""  # named once, not at every re-evaluation
    [record] = read_register(registered(tmp_path, runner))
    assert record.judgements() == []
    assert [(n.judgement.rule_id, n.why) for n in record.not_applied()] == [("C-P-02", "unmatched")]


def test_the_read_only_view_marks_the_judgements_not_applied(qgis_new_project, qtbot, ruleset, digests,
                                                             tmp_path):
    from zoning_review.plugin.gui.register_view import RecordView

    [record] = read_register(registered(tmp_path, s05_runner(ruleset, mixed_judgements(digests))))
    view = RecordView()
    qtbot.addWidget(view)
    view.show_record(record)
    shown = texts(view.tree.invisibleRootItem())
    assert "Judged Compliant by 王工, T2" in shown
    assert ("Not applied — Judged Compliant by 王工, T0 — saved without the text of the clause: confirm the "
            "judgement again") in shown
    assert ("Not applied — Judged Compliant by 王工, T1 — made on another text of the clause: judge the clause "
            "again") in shown
    assert (f"{UNIT} / NO-SUCH-RULE: Not applied — Judged Compliant by 王工, T3 — no clause of the review is its "
            "clause (the rule set no longer has it)") in shown


def test_the_re_review_gives_the_judgements_not_applied_to_the_judgement_path_again(qgis_new_project, ruleset,
                                                                                   digests, tmp_path):
    from zoning_review.plugin.processing.rereview_register import judgements_after

    records = read_register(registered(tmp_path, s05_runner(ruleset, mixed_judgements(digests))))
    later = {"1": {MANUAL[0]: "manual_check", MANUAL[1]: "manual_check", MANUAL[2]: "manual_check"}}
    [table], dropped = judgements_after(records, [later])
    rows = sorted((f["rule_id"], f["judgement"], f["clause_sha256"] or "") for f in table.getFeatures())
    assert rows == sorted([(MANUAL[0][1], "compliant", ""), (MANUAL[1][1], "compliant", "0" * 64),
                           (MANUAL[2][1], "compliant", digests[MANUAL[2]]), ("NO-SUCH-RULE", "compliant", "1" * 64)])
    assert dropped.decided == [] and dropped.unrecorded == []


def test_a_version_1_entry_is_read_and_an_unknown_version_is_an_error_naming_it(qgis_new_project, tmp_path):
    path = str(tmp_path / "r.gpkg")
    old = entry("S01", "compliant")  # version 1: the list of clauses alone
    old.values[CLAUSES_AT] = json.dumps([{"unit_code": UNIT, "rule_id": "C-P-02", "status": "manual_check",
                                          "machine_status": "", "judgement": None, "withdrawn": []}])
    later = entry("S02", "compliant")
    later.values[CLAUSES_AT] = json.dumps({"version": 3, "clauses": [], "unmatched": []})
    for made in (old, later):
        append_to_register(path, RegisterEntry(made.site, made.site_crs, made.values))
    first, second = read_register(path)
    assert first.clause_statuses() == {(UNIT, "C-P-02"): "manual_check"} and first.not_applied() == []
    with pytest.raises(RegisterError) as error:
        second.clauses()
    assert "entry 2" in str(error.value) and "version 3" in str(error.value)


def test_the_panel_names_a_judgement_of_a_clause_gone_and_keeps_it_in_the_register_and_notes(
        dock, example_rules, qgis_iface, qtbot, tmp_path):
    from qgis.core import Qgis

    from tests.test_dock_causes import finding_row, review_s02
    from tests.test_notes_removed_judgements import Cells
    from zoning_review.plugin.gui.tree_state import item_path

    review_s02(dock, example_rules, qtbot)
    code = item_path(finding_row(dock.tree, "G-SL-03").parent().parent())[-1].split(":")[1]
    gone = Judgement(dock.runner.site_id(), code, "G-SL-99", "compliant", "已核查", "王工", "2026-12-03T10:00+08:00",
                     clause="2" * 64)  # a clause the rule set no longer has (as from a saved review)
    qgis_iface.messageBar().clear_messages()
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.runner.judge(gone)
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("1 judgement matches no clause of this review" in m and f"{code}:G-SL-99" in m for m in warnings)
    record = saved_to_register(dock, tmp_path)
    assert record.judgements() == [] and [(n.judgement, n.why) for n in record.not_applied()] == [(gone, "unmatched")]
    html = tmp_path / "notes.html"
    assert dock.notes.write("en", "html", str(html)) == [str(html)]
    [table] = [t for t in Cells(html.read_text(encoding="utf-8")).tables
               if t["caption"] == "Judgements not applied (kept in the record)"]
    assert table["rows"][1] == [f"G-SL-99 ({code})", "Compliant", "已核查", "王工 2026-12-03 10:00",
                                "no clause of the review is its clause (the rule set no longer has it)"]


def test_the_re_review_of_a_register_says_to_confirm_a_judgement_without_digest_in_its_entry(
        qgis_new_project, zr_processing, ruleset, digests, sample_gpkg, example_rules, tmp_path):
    """rereview repeated reviewsites' advice (judge the clause in the clauses output and give that table as the
    judgements), which a re-review of a register has no place for: the clause is judged again in the entry."""
    import processing

    runner = s05_runner(ruleset, mixed_judgements(digests))  # MANUAL[0] judged 符合 without its clause's digest
    made = entry(NAME, str(runner.verdict()))
    made.values[CLAUSES_AT] = clauses_value(runner)
    made.values[[n for n, _k in COLUMNS[1:]].index("description_json")] = json.dumps(
        s05_project().to_dict(), ensure_ascii=False)
    sites = QgsVectorLayer(f"{sample_gpkg}|layername=sites", "sites", "ogr")
    [s05] = [f.geometry() for f in sites.getFeatures() if f["site_id"] == "S05"]
    path = str(tmp_path / "台账.gpkg")
    append_to_register(path, RegisterEntry(s05, QgsCoordinateReferenceSystem("EPSG:4490"), made.values))
    logged = Feedback()
    processing.run("zoningreview:rereview", {
        "REGISTER": path, "UNITS": f"{sample_gpkg}|layername=control_units", "NEW_RULES": str(example_rules),
        "CONSTRAINTS": [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS], "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback=logged)
    said = ("1 judgement recorded in the register has no clause_sha256 of the clause text it judged, so that text "
            "cannot be verified; it was not applied and must be confirmed again (in the Zoning Review panel, open "
            "its entry — the number it is named with first — with Register ▸ Open the register… ▸ Open as a new "
            f"review, judge the clause again and save the review to the register): 1 / {UNIT} / C-P-02")
    assert said in logged.errors
    assert not [line for line in logged.errors if "clauses output" in line]


def test_a_withdrawal_whose_clause_the_review_no_longer_has_stays_in_the_register(qgis_new_project, ruleset,
                                                                                 digests, tmp_path):
    """李工 withdrew 王工's judgement of a clause the review then lost (the site moved off its unit): the removal is
    kept in the entry, and an entry opened again gives it back, as the guide promises."""
    gone = Judgement(NAME, "ZH-ELSEWHERE", MANUAL[0][1], "non_compliant", reviewer="王工", time="T0")
    kept = Judgement(NAME, *MANUAL[1], "compliant", reviewer="王工", time="T1", clause=digests[MANUAL[1]])
    judgements = Judgements([gone, kept])
    assert judgements.withdraw(gone.key, "李工", "T2") and judgements.withdraw(kept.key, "李工", "T3")
    [record] = read_register(registered(tmp_path, s05_runner(ruleset, judgements)))
    assert [(w.judgement.unit_code, w.judgement.rule_id, w.by, w.at) for w in record.withdrawn()] == [
        (*MANUAL[1], "李工", "T3"), ("ZH-ELSEWHERE", MANUAL[0][1], "李工", "T2")]
    assert record.judgements() == [] and record.not_applied() == []
