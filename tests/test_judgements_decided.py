"""A judgement made while the rules left its clause to a person is never turned into an override of a finding the
rules later decide (the project's values given since, or a rule set whose clause keeps its text but now decides):
the rules' finding stands, the judgement is named as not applied, and a stricter judgement stays in force."""

from dataclasses import replace

from tests.test_judgements import MANUAL, UNITS, review, s05_project, sha256_of
from tests.test_register_not_applied import NAME, registered, s05_runner
from zoning_review.plugin.core.model.verdicts import Status, Verdict
from zoning_review.plugin.core.outputs.register_records import read_register
from zoning_review.plugin.core.review.judgements import Judgement, Judgements, judgements_from_rows
from zoning_review.plugin.core.review.site_review import render_reason
from zoning_review.plugin.core.rules.loader import load_ruleset

UNIT = UNITS[0]


def s05_asked(value):
    """S05's description with major_infrastructure ``value`` (None: not given, so G-SL-04 needs information)."""
    project = s05_project()
    return replace(project, attributes={**project.attributes, "major_infrastructure": value})


def g_sl_04(runner):
    """The first unit's G-SL-04 finding in the runner's review."""
    return next(f for f in runner.reviews[0].review.units[0].findings if f.rule_id == "G-SL-04")


def judged_while_asked(ruleset, word, remark):
    """The dock's runner on S05 without major_infrastructure, G-SL-04 judged ``word`` as the judgement dialog
    records it for a clause the rules leave to a person (override False, the clause's digest)."""
    runner = s05_runner(ruleset, Judgements())
    runner.reevaluate(s05_asked(None))
    finding = g_sl_04(runner)
    assert finding.status == Status.NEEDS_INFO  # the red line's exception cannot be read: left to a person
    runner.judge(Judgement(NAME, UNIT, "G-SL-04", word, remark, "王工", "2026-12-01T10:00:00+08:00", False,
                           sha256_of(finding)))
    return runner


def test_a_compliant_judgement_of_an_asked_clause_never_overrides_the_conflict_found_once_the_value_is_given(
        ruleset):
    runner = judged_while_asked(ruleset, "compliant", "据项目批复，属国家重大基础设施")
    assert g_sl_04(runner).status == Status.COMPLIES
    # The reviewer then gives the value: not a national major infrastructure project. The rules find the site
    # on the red line with no exception: a conflict the reviewer never overrode.
    runner.reevaluate(s05_asked(False))
    finding = g_sl_04(runner)
    assert (finding.status, finding.judgement) == (Status.CONFLICT, None)
    assert runner.verdict() == Verdict.NON_COMPLIANT
    said = render_reason(finding.reasons[-1], "en")
    assert "was made while this clause was left to a person" in said and "judge the clause again" in said
    assert [(n.judgement.rule_id, n.why) for n in runner.judgements.not_applied()] == [("G-SL-04", "decided")]
    assert runner.judgements.unapplied() == []


def test_a_judgement_without_a_remark_of_an_asked_clause_the_rules_now_decide_stops_nothing(ruleset):
    runner = judged_while_asked(ruleset, "not_applicable", "")
    runner.reevaluate(s05_asked(False))  # no longer a JudgementError: an override the reviewer never made
    assert g_sl_04(runner).status == Status.CONFLICT and runner.verdict() == Verdict.NON_COMPLIANT


def test_a_stricter_judgement_of_an_asked_clause_stays_in_force_when_the_rules_exempt_it(ruleset):
    runner = judged_while_asked(ruleset, "non_compliant", "")
    runner.reevaluate(s05_asked(True))  # the rules exempt it now; the reviewer found it non-compliant
    finding = g_sl_04(runner)
    assert (finding.status, finding.machine_status) == (Status.CONFLICT, Status.EXEMPTED)
    assert finding.judgement.word == "non_compliant" and finding.judgement.override is False
    assert runner.verdict() == Verdict.NON_COMPLIANT


def test_a_judged_clause_whose_text_stays_but_now_prohibits_is_decided_by_the_rules(ruleset, example_rules, tmp_path):
    # C-P-02 is text only: the reviewer judged it 符合 with a remark. The later list keeps its text word for word
    # but makes it a prohibition S05's industry meets: the rules find a conflict, never overridden by that remark.
    digests = {(u.overlap.code, f.rule_id): sha256_of(f) for u in review(ruleset).units for f in u.findings}
    text = example_rules.read_text(encoding="utf-8")
    old = "    effect: text\n    text:\n      zh: 优先保护单元以生态修复"
    assert text.count(old) == 1
    path = tmp_path / "later.yaml"
    path.write_text(text.replace(old, "    effect: prohibit\n    when: {industry: E4812}\n    text:\n"
                                      "      zh: 优先保护单元以生态修复"), encoding="utf-8")
    later = load_ruleset(str(path)).ruleset
    judgements = Judgements(Judgement("S05", unit, rule, "compliant", "已现场核实", "王工", "2026-12-01T10:00", False,
                                      digests[unit, rule]) for unit, rule in MANUAL)
    assert review(ruleset, judgements).verdict == Verdict.COMPLIANT
    judgements.forget_outcomes()
    found = review(later, judgements)
    assert found.verdict == Verdict.NON_COMPLIANT
    assert {f.status for u in found.units for f in u.findings if f.rule_id == "C-P-02"} == {Status.CONFLICT}
    assert sorted(n.judgement.unit_code for n in judgements.not_applied()) == list(UNITS)


def test_a_table_row_still_overrides_a_decided_clause_with_its_remark_and_the_records_keep_who_decided(ruleset):
    rows = [{"site_id": "S05", "unit_code": UNIT, "rule_id": "G-SL-04", "judgement": "不符合", "remark": "非国家级"}]
    judgements, _remark_only = judgements_from_rows(rows)
    found = review(ruleset, judgements)  # a table does not record what the rules found: the remark is the reason
    finding = next(f for f in found.units[0].findings if f.rule_id == "G-SL-04")
    assert finding.judgement.override is True and found.verdict == Verdict.NON_COMPLIANT
    made = Judgement("S05", UNIT, "C-P-02", "compliant", "理由", override=False)
    assert Judgement.from_dict(made.to_dict()).override is False
    assert Judgement.from_dict({**made.to_dict(), "override": None}).override is None


def test_the_register_keeps_a_judgement_the_rules_now_decide_as_not_applied(qgis_new_project, ruleset, tmp_path):
    runner = judged_while_asked(ruleset, "compliant", "据项目批复，属国家重大基础设施")
    runner.reevaluate(s05_asked(False))
    [record] = read_register(registered(tmp_path, runner))
    assert record.judgements() == []
    assert [(n.judgement.rule_id, n.judgement.override, n.why) for n in record.not_applied()] == [
        ("G-SL-04", False, "decided")]
    assert record.clause_statuses()[UNIT, "G-SL-04"] == "conflict"
