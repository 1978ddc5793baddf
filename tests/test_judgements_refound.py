"""A reviewer's override records the rules' finding it overrode, and is applied only while the rules find the same:
the site moved (420 m from the river bank, then 80 m) or another value given (another industry) leaves the clause
to be judged again, in the panel, the register and the re-review alike; an override saved before the finding was
kept is applied as before, named as not confirmed against the present finding."""

from dataclasses import replace
from types import SimpleNamespace

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject

from tests.kept_feedback import Feedback
from tests.test_judgements import PROSE_FIELDS, s05_overlay, s05_project, sha256_of
from tests.test_register import SITE_4490
from tests.test_register_not_applied import registered
from zoning_review.plugin.core.model.results import LayerRelation
from zoning_review.plugin.core.model.verdicts import Status
from zoning_review.plugin.core.outputs.register_records import read_register
from zoning_review.plugin.core.review.judgements import Judgement, Judgements, judgements_from_rows
from zoning_review.plugin.core.review.labels import not_applied_reason
from zoning_review.plugin.core.review.saved import SavedReview, book_from_json, book_to_json
from zoning_review.plugin.core.review.site_review import evaluate_overlay, render_reason
from zoning_review.plugin.gui.judgement_dialog import JudgementDialog
from zoning_review.plugin.gui.review_runner import ReviewRunner
from zoning_review.plugin.gui.review_task import Site

NAME = "某化工项目"  # the project's name: the dock's site id
UNIT = "ZH13063210001"
REASON = "岸线段已硬化，经现场核实不涉及"
ANOTHER = "was made on another finding of the rules than the present one and is not applied: judge the clause again"


def chemical(industry="C2614"):
    """S05's description for a new chemical plant (G-SL-03: no new chemical project within 1 km of a river bank)."""
    return replace(s05_project(), name=NAME, industry=industry)


def at(ruleset, metres):
    """S05's overlay with the river bank ``metres`` from the site."""
    overlay = s05_overlay(ruleset)
    overlay.relations["river_bank"] = LayerRelation("river_bank", "", metres, 1, "outside", 0.0)
    return overlay


def runner_at(ruleset, metres, description=None) -> ReviewRunner:
    """The dock's runner with the site ``metres`` from the river bank, against one unit layer bound to ``ruleset``."""
    runner = ReviewRunner(QgsProject.instance())
    runner.site = Site(SITE_4490, QgsCoordinateReferenceSystem("EPSG:4490"), "site")
    runner.description, runner.judgements = description or chemical(), Judgements()
    moved(runner, ruleset, metres)
    return runner


def moved(runner, ruleset, metres) -> None:
    """The site reviewed again after moving it ``metres`` from the river bank (the panel's new overlay)."""
    target = SimpleNamespace(ruleset=ruleset, binding=SimpleNamespace(prose_fields=PROSE_FIELDS))
    runner.reviews = runner._evaluated([(target, at(ruleset, metres))])


def g_sl_03(runner):
    """The first unit's G-SL-03 finding in the runner's review."""
    return next(f for f in runner.reviews[0].review.units[0].findings if f.rule_id == "G-SL-03")


def overridden(runner, qtbot) -> Judgement:
    """G-SL-03 overridden 符合 with a reason in the judgement dialog, as the reviewer does; the judgement made."""
    dialog = JudgementDialog(NAME, UNIT, g_sl_03(runner))
    qtbot.addWidget(dialog)
    dialog.word.setCurrentIndex(dialog.word.findData("compliant"))
    dialog.remark.setPlainText(REASON)
    dialog.override.setChecked(True)
    judgement = dialog.judgement()
    runner.judge(judgement)
    return judgement


def said(finding) -> str:
    """A finding's reasons in English."""
    return " | ".join(render_reason(reason, "en") for reason in finding.reasons)


def test_an_override_made_at_420_m_is_not_applied_once_the_site_lies_80_m_from_the_river(
        qgis_new_project, qtbot, ruleset):
    runner = runner_at(ruleset, 420.0)
    assert g_sl_03(runner).status == Status.CONFLICT  # chemical, new, 420 m from the bank: prohibited
    overridden(runner, qtbot)
    assert (g_sl_03(runner).status, g_sl_03(runner).judgement.remark) == (Status.COMPLIES, REASON)
    moved(runner, ruleset, 80.0)  # the site moved: 80 m from the bank, a finding the reviewer never saw
    finding = g_sl_03(runner)
    assert (finding.status, finding.judgement) == (Status.CONFLICT, None)
    assert "site is 80 m from River bank" in said(finding) and ANOTHER in said(finding)
    assert str(runner.verdict()) == "non_compliant"
    assert [(n.judgement.unit_code, n.why) for n in runner.judgements.not_applied()] == [(UNIT, "refound")]
    moved(runner, ruleset, 420.0)  # back where it was judged: the same finding, the override applies again
    assert g_sl_03(runner).status == Status.COMPLIES and runner.judgements.not_applied() == []


def test_an_override_is_not_applied_once_another_industry_makes_the_clause_conflict(qgis_new_project, qtbot,
                                                                                   ruleset):
    runner = runner_at(ruleset, 420.0)
    overridden(runner, qtbot)
    runner.reevaluate(chemical("C2619"))  # another chemical industry: the same status, for another reason
    finding = g_sl_03(runner)
    assert finding.status == Status.CONFLICT and finding.judgement is None
    assert "industry C2619 matches C26" in said(finding) and ANOTHER in said(finding)


def test_an_override_stays_while_the_rules_find_the_same_and_judging_it_again_records_the_same_finding(
        qgis_new_project, qtbot, ruleset):
    runner = runner_at(ruleset, 420.0)
    made = overridden(runner, qtbot)
    assert len(made.found) == 64 and made.override is True
    runner.reevaluate(replace(chemical(), attributes={**chemical().attributes, "investment_wan": 5}))
    finding = g_sl_03(runner)  # a value G-SL-03 does not read: its finding is the one overridden
    assert finding.status == Status.COMPLIES and finding.judgement.found == made.found
    assert "not confirmed" not in said(finding)
    again = JudgementDialog(NAME, UNIT, finding)  # the judged clause opened again: the same finding recorded
    qtbot.addWidget(again)
    assert again.judgement().found == made.found
    back = Judgement.from_dict(made.to_dict())  # saved and read back with the project
    assert back == made and made.to_dict()["finding_sha256"] == made.found


def test_an_override_saved_before_the_finding_was_kept_applies_as_before_but_is_named_not_confirmed(
        qgis_new_project, qtbot, ruleset):
    runner = runner_at(ruleset, 420.0)
    made = overridden(runner, qtbot)
    data = made.to_dict()
    del data["finding_sha256"]  # as a project saved by an earlier version holds it
    old = Judgement.from_dict(data)
    saved = SavedReview("审查", chemical(), "Polygon ((0 0, 1 0, 1 1, 0 0))", "", [old])
    reviews = book_from_json(book_to_json({"审查": saved}, "审查"))[0]
    assert reviews["审查"].judgements[0].found == ""
    runner.judgements = Judgements([old])
    moved(runner, ruleset, 80.0)
    finding = g_sl_03(runner)  # what it overrode is unknown: applied as before, said to be unconfirmed
    assert finding.status == Status.COMPLIES and finding.judgement.override is True
    assert ("this override was saved without the rules' finding it overrode, so it is not confirmed against the "
            "present finding: judge the clause again to confirm it") in said(finding)


def test_a_judgements_table_row_overriding_a_clause_is_not_named_as_unconfirmed(ruleset):
    def g_sl_03_of(judgements=None):
        review = evaluate_overlay("S05", at(ruleset, 420.0), chemical(), ruleset, PROSE_FIELDS, judgements=judgements)
        return next(f for f in review.units[0].findings if f.rule_id == "G-SL-03")

    rows = [{"site_id": "S05", "unit_code": UNIT, "rule_id": "G-SL-03", "judgement": "符合", "remark": REASON,
             "clause_sha256": sha256_of(g_sl_03_of())}]  # the clauses output filled in, as reviewsites reads it
    judgements, _remark_only = judgements_from_rows(rows)  # judged on this run's finding
    finding = g_sl_03_of(judgements)
    assert finding.status == Status.COMPLIES and finding.judgement.override is True
    assert "not confirmed" not in said(finding)


def test_the_register_records_an_override_of_another_finding_as_not_applied(qgis_new_project, qtbot, ruleset,
                                                                           tmp_path):
    runner = runner_at(ruleset, 420.0)
    made = overridden(runner, qtbot)
    moved(runner, ruleset, 80.0)
    [record] = read_register(registered(tmp_path, runner))
    assert record.judgements() == []
    [kept] = record.not_applied()
    assert (kept.judgement, kept.why) == (made, "refound")
    assert record.clause_statuses()[UNIT, "G-SL-03"] == "conflict"
    assert not_applied_reason("refound", "en") == ("an override of another finding of the rules than the present one: "
                                                   "judge the clause again")


@pytest.mark.parametrize("metres,status", [(80.0, Status.CONFLICT), (420.0, Status.COMPLIES)])
def test_the_re_review_applies_a_recorded_override_only_while_the_rules_find_what_it_overrode(
        qgis_new_project, qtbot, ruleset, tmp_path, metres, status):
    from zoning_review.plugin.processing.rereview_register import judgements_after
    from zoning_review.plugin.processing.review_judgements import report_unapplied

    runner = runner_at(ruleset, 420.0)
    overridden(runner, qtbot)
    records = read_register(registered(tmp_path, runner))
    # The later review finds G-SL-03 in conflict again, as recorded: the override goes to reviewsites, which applies
    # it only when the finding is the one overridden (as the panel does).
    [table], dropped = judgements_after(records, [{"1": {(UNIT, "G-SL-03"): "conflict"}}])
    assert dropped.warnings() == []
    rows = [{name: feature[name] for name in feature.fields().names()} for feature in table.getFeatures()]
    judgements, _remark_only = judgements_from_rows(rows)
    review = evaluate_overlay("1", at(ruleset, metres), chemical(), ruleset, PROSE_FIELDS, judgements=judgements)
    finding = next(f for f in review.units[0].findings if f.rule_id == "G-SL-03")
    assert finding.status == status
    feedback = Feedback()
    report_unapplied(judgements, feedback, True)
    assert bool(feedback.problems) == (status == Status.CONFLICT)
    assert all(line.startswith("1 override was made on another finding of the rules") and f"1 / {UNIT} / G-SL-03"
               in line for line in feedback.problems)


def test_the_re_review_names_a_recorded_override_without_its_finding_as_not_confirmed(qgis_new_project, qtbot,
                                                                                     ruleset, tmp_path):
    from zoning_review.plugin.processing.rereview_register import judgements_after

    runner = runner_at(ruleset, 420.0)
    data = overridden(runner, qtbot).to_dict()
    del data["finding_sha256"]
    runner.judgements = Judgements([Judgement.from_dict(data)])  # as a register entry of an earlier version holds it
    moved(runner, ruleset, 420.0)
    records = read_register(registered(tmp_path, runner))
    [table], dropped = judgements_after(records, [{"1": {(UNIT, "G-SL-03"): "conflict"}}])
    assert table.featureCount() == 1  # given again, as before
    [warning] = dropped.warnings()
    named = f"1 {records[0].text('site_name')}: {UNIT}:G-SL-03"  # the entry's number and name, then the clause
    assert "not confirmed against the present finding" in warning and warning.endswith(named)
