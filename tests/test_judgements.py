"""The reviewer's judgements: one normaliser of the words, and judged clauses feeding unit and site verdicts."""

import hashlib
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.model.results import LayerRelation, OverlayResult, UnitOverlap
from zoning_review.plugin.core.model.verdicts import Status, Verdict
from zoning_review.plugin.core.model.vocab import canonical
from zoning_review.plugin.core.review.evaluation import FindingMemo
from zoning_review.plugin.core.review.judgements import (
    Judgement,
    JudgementError,
    Judgements,
    judgement_word,
    judgements_from_rows,
    missing_columns,
)
from zoning_review.plugin.core.review.site_review import evaluate_overlay, render_reason
from zoning_review.plugin.core.rules.loader import load_ruleset

PROSE = {"KJBJYS": "禁止新建工业项目", "PWWPFGK": "禁止新设排污口", "HJFXFK": "应当建立应急预案",
         "ZYKFXLYQ": "严格控制地下水开采"}
PROSE_FIELDS = {"spatial_layout": "KJBJYS", "pollutant_emission": "PWWPFGK", "risk_prevention": "HJFXFK",
                "resource_efficiency": "ZYKFXLYQ"}
UNITS = ("ZH13063210001", "ZH13063210003")
# Worked out by hand from rules/examples/xiongan_example.yaml for the sample's S05 (a new road, E4812,
# national major infrastructure, across the red line, in two priority units whose four prose fields are
# all filled): G-SL-04 is exempted (major infrastructure), C-P-01 does not apply (E is not B/C/D), every
# other general rule and C-P-03 / U-BYD-01 do not apply; left to a person are C-P-02 (text only) and the
# four prose requirements of each unit.
MANUAL = [(unit, rule) for unit in UNITS
          for rule in ("C-P-02", f"{unit}:spatial_layout", f"{unit}:pollutant_emission",
                       f"{unit}:risk_prevention", f"{unit}:resource_efficiency")]


def s05_overlay(ruleset) -> OverlayResult:
    """S05 as the overlay sees it: two priority units, on the red line, far from everything else."""
    relations = {q.key: LayerRelation(q.layer, q.where, 5000.0, 1, "outside", 0.0) for q in ruleset.spatial_queries()}
    relations["red_line"] = LayerRelation("red_line", "", 0.0, 1, "overlapping", 5000.0)
    overlaps = [UnitOverlap(i, code, code, "优先保护单元", 60000.0 * (i + 1), 0.5, 0.01, {**PROSE, "ZLCB": "否"})
                for i, code in enumerate(UNITS)]
    return OverlayResult(site_area_m2=185000.0, overlaps=overlaps, relations=relations)


def s05_project() -> ProjectDescription:
    return ProjectDescription("某公路新建工程", "E4812", "新建", "", {
        "boiler_tph": 0, "investment_wan": 120000, "vocs_tpa": 0, "water_m3d": 0, "discharges_pollutants": False,
        "water_supply_facility": False, "major_infrastructure": True, "capacity_increase": False})


def review(ruleset, judgements=None, memo=None):
    return evaluate_overlay("S05", s05_overlay(ruleset), s05_project(), ruleset, PROSE_FIELDS, memo, judgements)


def sha256_of(finding) -> str:
    """The digest of a clause's text, written out here: SHA-256 of the Chinese and English text on two lines."""
    return hashlib.sha256(f"{finding.text_zh}\n{finding.text_en}".encode()).hexdigest()


@pytest.fixture(scope="module")
def digests(ruleset):
    """The digest of every clause of S05's unjudged review, by (unit, rule)."""
    return {(u.overlap.code, f.rule_id): sha256_of(f) for u in review(ruleset).units for f in u.findings}


def judged(word, digests, clauses=MANUAL, **extra):
    """The clauses judged ``word``, each judgement recording the digest of its clause's text."""
    return Judgements(Judgement("S05", unit, rule, judgement_word(word), clause=digests[unit, rule], **extra)
                      for unit, rule in clauses)


@pytest.mark.parametrize("written,word", [
    ("符合", "compliant"), ("Compliant", "compliant"), (" 不符合 ", "non_compliant"),
    ("non-compliant", "non_compliant"),
    ("不涉及", "not_applicable"), ("Not Applicable", "not_applicable"), ("需补充材料", "more_information"),
    ("more information needed", "more_information"), ("ｃｏｍｐｌｉａｎｔ", "compliant"),
])
def test_one_normaliser_reads_chinese_and_english_words(written, word):
    assert judgement_word(written) == word


@pytest.mark.parametrize("written", ["", "OK", "通过", "符合？", "compliantly", None])
def test_an_unknown_word_is_an_error_naming_it(written):
    with pytest.raises(JudgementError) as error:
        judgement_word(written)
    assert repr("" if written is None else written) in str(error.value)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=12), st.sampled_from(["符合", "不符合", "comply", "符 合", "N/A", "na"])))
def test_a_word_is_a_judgement_only_when_it_is_one_of_its_spellings(text):
    spellings = {"compliant": {"符合", "compliant", "complies", "met"},
                 "non_compliant": {"不符合", "non-compliant", "noncompliant", "notcompliant"},
                 "not_applicable": {"不涉及", "notapplicable", "n/a", "notrelevant"},
                 "more_information": {"需补充材料", "moreinformationneeded", "moreinformation", "needsinformation",
                                      "more_information", "more_information_needed"}}
    written = canonical(text)
    expected = next((word for word, names in spellings.items() if written in names | {word}), None)
    if expected is None:
        with pytest.raises(JudgementError):
            judgement_word(text)
    else:
        assert judgement_word(text) == expected


def test_the_manual_clauses_worked_out_by_hand_are_the_ones_left_to_a_person(ruleset):
    found = review(ruleset)
    assert found.verdict == Verdict.NEEDS_STUDY
    manual = sorted((u.overlap.code, f.rule_id) for u in found.units for f in u.findings
                    if f.status in (Status.MANUAL_CHECK, Status.NEEDS_INFO))
    assert manual == sorted(MANUAL)
    statuses = {f.rule_id: f.status for f in found.units[0].findings}
    assert statuses["G-SL-04"] == Status.EXEMPTED and statuses["C-P-01"] == Status.NOT_APPLICABLE


def test_every_manual_clause_judged_compliant_makes_the_site_compliant(ruleset, digests):
    found = review(ruleset, judged("符合", digests, reviewer="王工", time="2026-12-03T11:00"))
    assert found.verdict == Verdict.COMPLIANT
    assert all(u.verdict == Verdict.COMPLIANT for u in found.units)
    c_p_02 = next(f for f in found.units[1].findings if f.rule_id == "C-P-02")
    assert c_p_02.status == Status.COMPLIES and c_p_02.machine_status == Status.MANUAL_CHECK
    assert c_p_02.judgement.reviewer == "王工" and not c_p_02.judgement.override
    text = render_reason(c_p_02.reasons[0], "zh") + render_reason(c_p_02.reasons[1], "en")
    assert "符合" in text and "王工" in text


def test_one_clause_left_unjudged_keeps_the_site_needing_study(ruleset, digests):
    found = review(ruleset, judged("compliant", digests, MANUAL[:-1]))
    assert found.verdict == Verdict.NEEDS_STUDY
    assert [u.verdict for u in found.units] == [Verdict.COMPLIANT, Verdict.NEEDS_STUDY]
    assert len(found.reasons) == 1 and found.reasons[0].values["rule"] == MANUAL[-1][1]


def test_a_non_compliant_judgement_makes_the_site_non_compliant_with_that_clause_as_the_reason(ruleset, digests):
    judgements = judged("符合", digests, MANUAL[1:])
    judgements.add(Judgement("S05", UNITS[0], "C-P-02", "non_compliant", remark="道路穿越湿地恢复区"))
    found = review(ruleset, judgements)
    assert found.verdict == Verdict.NON_COMPLIANT
    assert [r.values["rule"] for r in found.reasons] == ["C-P-02"]
    assert "道路穿越湿地恢复区" in render_reason(found.reasons[0], "zh")


def test_an_override_needs_a_reason_and_keeps_the_rules_finding(ruleset):
    with pytest.raises(JudgementError) as error:
        review(ruleset, Judgements([Judgement("S05", UNITS[0], "G-SL-04", "non_compliant")]))
    assert "G-SL-04" in str(error.value)
    found = review(ruleset, Judgements([Judgement("S05", UNITS[0], "G-SL-04", "non_compliant", remark="非国家级")]))
    g_sl_04 = next(f for f in found.units[0].findings if f.rule_id == "G-SL-04")
    assert g_sl_04.status == Status.CONFLICT and g_sl_04.machine_status == Status.EXEMPTED
    assert g_sl_04.judgement.override and found.verdict == Verdict.NON_COMPLIANT
    assert "exception applies" in render_reason(g_sl_04.reasons[-1], "en")
    assert g_sl_04.to_dict()["judgement"]["override"] is True


def test_a_declared_override_without_a_reason_is_refused():
    with pytest.raises(JudgementError):
        Judgement("S05", UNITS[0], "G-SL-04", "compliant", override=True, remark="  ")


def test_judgements_leave_the_shared_findings_of_a_batch_alone(ruleset, digests):
    memo = FindingMemo()
    assert review(ruleset, judged("符合", digests), memo).verdict == Verdict.COMPLIANT
    again = review(ruleset, None, memo)
    assert again.verdict == Verdict.NEEDS_STUDY
    assert all(f.judgement is None for u in again.units for f in u.findings)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["符合", "不涉及", "不符合", "需补充材料", None]), min_size=10, max_size=10))
def test_the_site_verdict_follows_the_judged_words(ruleset, digests, words):
    judgements = Judgements(Judgement("S05", unit, rule, judgement_word(word), clause=digests[unit, rule])
                            for (unit, rule), word in zip(MANUAL, words) if word)
    found = review(ruleset, judgements)
    if "不符合" in words:
        expected = Verdict.NON_COMPLIANT
    elif None in words or "需补充材料" in words:
        expected = Verdict.NEEDS_STUDY
    else:
        expected = Verdict.COMPLIANT
    assert found.verdict == expected
    assert len(judgements.unapplied()) == 0


def test_a_judgement_whose_clause_is_not_reviewed_is_reported_unapplied(ruleset, digests):
    judgements = judged("符合", digests)
    judgements.add(Judgement("S05", UNITS[0], "NO-SUCH-RULE", "compliant"))
    judgements.add(Judgement("S99", UNITS[0], "C-P-02", "compliant"))
    review(ruleset, judgements)
    assert sorted(j.key for j in judgements.unapplied()) == [
        ("S05", UNITS[0], "NO-SUCH-RULE"), ("S99", UNITS[0], "C-P-02")]


def test_rows_read_with_chinese_words_and_errors_name_the_row():
    rows = [{"site_id": "S05", "unit_code": UNITS[0], "rule_id": "C-P-02", "judgement": "符合", "remark": NULL_LIKE,
             "reviewer": "王工", "status": "manual_check", "time": "2026-12-03T11:00:00Z"},
            {"site_id": "S05", "unit_code": UNITS[1], "rule_id": "C-P-02", "judgement": "", "remark": "待核",
             "reviewer": ""},
            {"site_id": "S05", "unit_code": UNITS[1], "rule_id": "G-SL-04", "judgement": None, "remark": None,
             "reviewer": None}]
    found, remark_only = judgements_from_rows(rows)
    assert [j.key for j in found] == [("S05", UNITS[0], "C-P-02")] and remark_only == [2]
    only = next(iter(found))
    assert (only.word, only.remark, only.reviewer, only.time) == ("compliant", "", "王工", "2026-12-03T11:00:00Z")
    with pytest.raises(JudgementError) as error:
        judgements_from_rows(rows[:1] + [{**rows[0], "judgement": "pass"}])
    assert "2" in str(error.value) and "'pass'" in str(error.value)
    with pytest.raises(JudgementError):
        judgements_from_rows(rows[:1] + [{**rows[0], "judgement": "不符合"}])  # the same clause, judged twice
    assert missing_columns(["site_id", "rule_id", "judgement", "extra"]) == ["unit_code", "remark", "reviewer"]


NULL_LIKE = "NULL"


def test_a_withdrawn_judgement_leaves_its_clause_to_a_person_again_and_stays_on_record(ruleset, digests):
    judgements = judged("符合", digests, reviewer="王工")
    judgements.set(Judgement("S05", UNITS[0], "C-P-02", "non_compliant", remark="道路穿越湿地恢复区"))
    assert review(ruleset, judgements).verdict == Verdict.NON_COMPLIANT
    removed = judgements.withdraw(("S05", UNITS[0], "C-P-02"), "李工", "2026-12-03T12:00+08:00")
    assert (removed.judgement.word, removed.by, removed.at) == ("non_compliant", "李工", "2026-12-03T12:00+08:00")
    assert judgements.withdraw(("S05", UNITS[0], "C-P-02"), "李工", "") is None  # nothing left to withdraw
    found = review(ruleset, judgements)
    # the one clause left to a person again (C-P-02 of the first unit, a text-only clause): needs further study
    assert found.verdict == Verdict.NEEDS_STUDY
    assert [u.verdict for u in found.units] == [Verdict.NEEDS_STUDY, Verdict.COMPLIANT]
    c_p_02 = next(f for f in found.units[0].findings if f.rule_id == "C-P-02")
    assert c_p_02.status == Status.MANUAL_CHECK and c_p_02.judgement is None
    renamed = judgements.for_site("S05 改名")
    assert [w.judgement.site_id for w in renamed.withdrawn] == ["S05 改名"] and len(renamed) == len(MANUAL) - 1


def test_the_judgement_not_relevant_reads_as_the_reviewers_word_not_as_the_rules_status():
    from zoning_review.plugin.core.model.verdicts import Status
    from zoning_review.plugin.core.review.labels import judgement_label, status_label

    assert judgement_label("not_applicable", "zh") == "不涉及"
    assert judgement_label("not_applicable", "en") == "Not relevant"
    assert status_label(Status.NOT_APPLICABLE, "zh") == "不适用"


C_P_02_ZH = "优先保护单元以生态修复和保护为主，开展退耕还湿、退养还淀，逐步恢复白洋淀生态功能。"
C_P_02_EN = "Priority units focus on ecological restoration and protection, returning farmland and ponds to wetland."
C_P_02_DIGEST = hashlib.sha256(f"{C_P_02_ZH}\n{C_P_02_EN}".encode()).hexdigest()  # the text as the example has it


def edited_rules(example_rules, tmp_path, old: str, new: str):
    """The example rule set with one piece of text replaced, loaded."""
    text = example_rules.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = tmp_path / "edited.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    result = load_ruleset(str(path))
    assert result.ruleset is not None, result.text("en")
    return result.ruleset


def judged_with_text(word, digests, digest=C_P_02_DIGEST, **extra) -> Judgements:
    """MANUAL judged ``word``, C-P-02's judgements recording ``digest``, the others their clause's digest."""
    return Judgements(Judgement("S05", unit, rule, judgement_word(word),
                                clause=digest if rule == "C-P-02" else digests[unit, rule], **extra)
                      for unit, rule in MANUAL)


def test_a_judgement_of_the_clause_text_it_recorded_is_applied(ruleset, digests):
    assert review(ruleset, judged_with_text("符合", digests)).verdict == Verdict.COMPLIANT


def test_a_judgement_of_an_edited_clause_text_is_not_applied_and_the_clause_needs_study(example_rules, digests,
                                                                                        tmp_path):
    # C-P-02 keeps its id and stays a text-only clause, but now says something else: the reviewer judged the
    # old text, so both units' C-P-02 are left to a person again and the site needs further study.
    edited = edited_rules(example_rules, tmp_path, "zh: 优先保护单元以生态修复和保护为主",
                          "zh: 优先保护单元禁止一切开发建设活动")
    judgements = judged_with_text("符合", digests, time="2026-12-03T11:00")
    found = review(edited, judgements)
    assert found.verdict == Verdict.NEEDS_STUDY
    for unit in found.units:
        c_p_02 = next(f for f in unit.findings if f.rule_id == "C-P-02")
        assert c_p_02.status == Status.MANUAL_CHECK and c_p_02.judgement is None
        assert "judge the clause again" in render_reason(c_p_02.reasons[-1], "en")
        assert "2026-12-03T11:00" in render_reason(c_p_02.reasons[-1], "en")
    assert sorted((j.unit_code, j.rule_id) for j in judgements.outdated()) == [(u, "C-P-02") for u in UNITS]
    assert judgements.unapplied() == []


def test_a_clause_id_reused_for_a_decided_clause_turns_an_override_into_needs_study(example_rules, digests,
                                                                                    tmp_path):
    # G-SL-04 exempts S05 (major infrastructure): the reviewer overrode it to 不符合 with a reason. The later
    # list reuses the id for another text; the rules still exempt S05, but the override was of another clause:
    # the clause needs study, never compliant through the rules' exemption alone.
    rules = example_rules.read_text(encoding="utf-8")
    zh = rules.index("      zh: ", rules.index("  - id: G-SL-04"))
    edited = edited_rules(example_rules, tmp_path, rules[zh:rules.index("\n", zh)], "      zh: 另一条款的文字。")
    original = load_ruleset(str(example_rules)).ruleset
    first = next(f for f in review(original).units[0].findings if f.rule_id == "G-SL-04")
    assert first.status == Status.EXEMPTED
    digest = hashlib.sha256(f"{first.text_zh}\n{first.text_en}".encode()).hexdigest()

    def overridden() -> Judgements:
        judgements = judged_with_text("符合", digests)
        judgements.add(Judgement("S05", UNITS[0], "G-SL-04", "non_compliant", "穿越红线", override=True,
                                 clause=digest))
        return judgements

    assert review(original, overridden()).verdict == Verdict.NON_COMPLIANT
    found = review(edited, overridden())
    g_sl_04 = next(f for f in found.units[0].findings if f.rule_id == "G-SL-04")
    assert (g_sl_04.status, g_sl_04.machine_status, g_sl_04.judgement) == (Status.MANUAL_CHECK, Status.EXEMPTED, None)
    assert found.verdict == Verdict.NEEDS_STUDY


def test_an_override_mark_that_is_not_true_or_false_is_refused():
    data = Judgement("S05", UNITS[0], "C-P-02", "compliant", "理由").to_dict()
    assert Judgement.from_dict({**data, "override": True}).override
    with pytest.raises(JudgementError) as error:
        Judgement.from_dict({**data, "override": "false"})
    assert "'false'" in str(error.value)


def saved_without_digest(judgement: Judgement) -> Judgement:
    """A judgement as saved before the clause's digest was kept: its dict has no clause_sha256 key."""
    data = judgement.to_dict()
    del data["clause_sha256"]
    return Judgement.from_dict(data)


def test_a_compliant_judgement_saved_without_a_digest_is_not_applied_and_asks_to_be_confirmed(ruleset, digests):
    judgements = Judgements(saved_without_digest(j) for j in judged("符合", digests, time="2026-12-03T11:00"))
    found = review(ruleset, judgements)
    assert found.verdict == Verdict.NEEDS_STUDY
    for unit, rule in MANUAL:
        finding = next(f for u in found.units if u.overlap.code == unit for f in u.findings if f.rule_id == rule)
        assert finding.status in (Status.MANUAL_CHECK, Status.NEEDS_INFO) and finding.judgement is None
        said = render_reason(finding.reasons[-1], "en")
        assert "cannot be verified" in said and "confirm the judgement again" in said and "2026-12-03T11:00" in said
    assert sorted(j.key[1:] for j in judgements.unconfirmed()) == sorted(MANUAL)
    assert judgements.unapplied() == [] and judgements.outdated() == []


def test_a_judgement_without_a_digest_is_applied_only_when_it_makes_the_clause_stricter(ruleset, digests):
    # C-P-02 of the first unit judged 不符合 and G-SL-04 (exempted by the rules) overridden to 需补充材料: both
    # stricter, both applied; the other manual clauses judged 不涉及 (milder than "left to a person"): not applied.
    judgements = Judgements(saved_without_digest(j) for j in judged("不涉及", digests, MANUAL[1:]))
    judgements.add(saved_without_digest(Judgement("S05", UNITS[0], "C-P-02", "non_compliant", remark="占用湿地")))
    judgements.add(saved_without_digest(Judgement("S05", UNITS[0], "G-SL-04", "more_information", remark="核实")))
    found = review(ruleset, judgements)
    statuses = {(u.overlap.code, f.rule_id): f.status for u in found.units for f in u.findings}
    assert statuses[UNITS[0], "C-P-02"] == Status.CONFLICT and statuses[UNITS[0], "G-SL-04"] == Status.NEEDS_INFO
    assert all(statuses[clause] in (Status.MANUAL_CHECK, Status.NEEDS_INFO) for clause in MANUAL[1:])
    assert found.verdict == Verdict.NON_COMPLIANT and [r.values["rule"] for r in found.reasons] == ["C-P-02"]
    assert sorted(j.key[1:] for j in judgements.unconfirmed()) == sorted(MANUAL[1:])


def test_more_information_without_a_digest_does_not_ease_a_conflict(ruleset):
    # Not national major infrastructure, S05 on the red line conflicts with G-SL-04 (the exemption is gone).
    project = replace(s05_project(), attributes={**s05_project().attributes, "major_infrastructure": False})

    def g_sl_04(judgement=None):
        """The first unit's G-SL-04 finding of S05 and the site's verdict, with one judgement (or none)."""
        found = evaluate_overlay("S05", s05_overlay(ruleset), project, ruleset, PROSE_FIELDS, None,
                                 Judgements([judgement] if judgement else []))
        return next(f for f in found.units[0].findings if f.rule_id == "G-SL-04"), found.verdict

    plain, _ = g_sl_04()
    assert plain.status == Status.CONFLICT
    asked = Judgement("S05", UNITS[0], "G-SL-04", "more_information", remark="是否调出红线待核")
    finding, verdict = g_sl_04(saved_without_digest(asked))
    assert (finding.status, finding.judgement, verdict) == (Status.CONFLICT, None, Verdict.NON_COMPLIANT)
    finding, verdict = g_sl_04(replace(asked, clause=sha256_of(plain)))
    assert finding.status == Status.NEEDS_INFO and finding.judgement is not None
