"""The EIA summary and the conclusion of the sample sites' notes say how the project stands to the clauses that
apply to it: a prohibition whose exception applies, a restriction whose conditions are met, a clause the reviewer
judged met and the requirements the project must meet — never that no clause prohibits or restricts it then."""

import pytest

from zoning_review.plugin.core.model.verdicts import Status
from zoning_review.plugin.core.review.judgements import Judgement, Judgements
from zoning_review.plugin.notes.document import build_document

from .test_notes_sample import sample  # noqa: F401 - the module's fixture: every sample site reviewed

NOT_AMONG = {"en": "The project is not among the projects the clauses prohibit or restrict.",
             "zh": "本项目不属于相关条款禁止或限制的项目。"}


def site(sample, site_id):  # noqa: F811 - the fixture
    """The review and notes context of one sample site."""
    return next((review, context) for review, context, _layers in sample.items if review.site_id == site_id)


def eia_rows(review, context, lang):
    """The analysis of each EIA summary row, by unit code (the code as the row names it)."""
    document = build_document(review, context, lang)
    section = next(s for s in document.sections if s.title in ("Summary for the EIA report", "环评报告引用摘要"))
    table = section.blocks[0]
    return {unit.overlap.code: row[2] for unit, row in zip(sorted(review.units, key=lambda u: u.overlap.code),
                                                           table.rows)}


def conclusion_text(review, context, lang):
    """Every paragraph of the conclusion, one per line."""
    document = build_document(review, context, lang)
    section = next(s for s in document.sections if s.title in ("Conclusion", "结论"))
    return "\n".join(getattr(block, "text", "") for block in section.blocks)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_water_supply_facility_in_the_grade_i_zone_is_exempted_not_outside_the_prohibition(sample, lang):  # noqa: F811
    review, context = site(sample, "S08")  # a water works inside the grade I zone: G-SL-05's exception applies
    assert review.verdict == "compliant"
    analysis = eia_rows(review, context, lang)["ZH13062930001"]
    assert NOT_AMONG[lang] not in analysis
    assert "G-SL-05" in analysis
    if lang == "en":
        assert "Clauses whose exceptions apply to the project: G-SL-05." in analysis


def test_an_exempted_prohibition_and_a_duty_are_named_in_the_summary_and_the_conclusion(sample):  # noqa: F811
    review, context = site(sample, "S03")  # a renovation without added capacity 695 m from the river bank
    analysis = eia_rows(review, context, "en")["ZH13063820002"]
    assert "Clauses whose exceptions apply to the project: G-SL-03." in analysis
    assert "Requirements the project must meet: G-RP-01." in analysis
    assert NOT_AMONG["en"] not in analysis
    assert "Requirements the project must meet: G-RP-01." in conclusion_text(review, context, "en")
    assert "G-RP-01" in conclusion_text(review, context, "zh")


def test_a_restriction_whose_conditions_are_met_is_named(sample):  # noqa: F811
    review, context = site(sample, "S01")  # a park project of 5亿元: C-KP-02 (at least 3亿元) is met
    analysis = eia_rows(review, context, "en")["ZH13063820002"]
    assert "Restrictions whose conditions for allowing the project are met: C-KP-02." in analysis
    assert NOT_AMONG["en"] not in analysis and NOT_AMONG["zh"] not in eia_rows(review, context, "zh")["ZH13063820002"]


def test_a_non_compliant_unit_also_names_the_duties(sample):  # noqa: F811
    review, context = site(sample, "S10")
    analysis = eia_rows(review, context, "en")["ZH13062920001"]
    assert analysis.count("Clauses in conflict: U-RC-01.") == 1
    assert "Requirements the project must meet: C-K-02, G-PE-02." in analysis


def test_a_clause_the_reviewer_judged_met_is_named_not_hidden(sample):  # noqa: F811
    from zoning_review.plugin.core.review.judgements import clause_digest

    review, context = site(sample, "S06")  # needs information on G-PE-01 and G-PE-03, and four unit texts
    unit = review.units[0]
    judged = []
    for finding in unit.findings:
        if finding.status in (Status.NEEDS_INFO, Status.MANUAL_CHECK):
            judged.append(Judgement("S06", unit.overlap.code, finding.rule_id, "compliant", "经核实", "张三",
                                    clause=clause_digest(finding)))
    rejudged = rereviewed(sample, "S06", Judgements(judged))
    assert rejudged.verdict == "compliant"
    analysis = eia_rows(rejudged, context, "en")[unit.overlap.code]
    assert NOT_AMONG["en"] not in analysis
    assert "Clauses the reviewer judged compliant: G-PE-01, G-PE-03, " in analysis


def rereviewed(sample, site_id, judgements):  # noqa: F811
    """The sample site's review evaluated again, over its overlay, with the reviewer's judgements."""
    from zoning_review.plugin.core.inputs.bindings import detect_binding
    from zoning_review.plugin.core.inputs.site_attributes import detect_site_fields, project_from_attributes
    from zoning_review.plugin.core.review.site_review import evaluate_overlay

    review, _context = site(sample, site_id)
    declared = {name: decl.type for name, decl in sample.ruleset.attributes.items()}
    mapping = detect_site_fields(sample.sites.fields().names(), declared)
    feature = next(f for f in sample.sites.getFeatures() if f["site_id"] == site_id)
    project = project_from_attributes(site_id, dict(zip(sample.sites.fields().names(), feature.attributes())), mapping)
    return evaluate_overlay(site_id, review.overlay, project, sample.ruleset,
                            detect_binding(sample.units).prose_fields, judgements=judgements)


@pytest.mark.parametrize("lang, said", [("en", "conflict"), ("zh", "冲突")])
def test_a_compliant_conclusion_says_once_that_nothing_conflicts(sample, lang, said):  # noqa: F811
    review, context = site(sample, "S01")
    lines = conclusion_text(review, context, lang).splitlines()
    assert sum(said in line for line in lines) == 1, lines
