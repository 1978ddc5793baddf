"""SUMMARY's reasons in a batch: a summary reason many sites share (a memoised finding's) is worded once per
language, every reason reads as the uncached wording, and Chinese is typeset as the panel and notes set it."""

from zoning_review.plugin.core.model.results import Reason
from zoning_review.plugin.core.review import site_review
from zoning_review.plugin.core.review.labels import named_clause
from zoning_review.plugin.core.review.site_review import SUMMARY_REASON, ReasonTexts, render_reason
from zoning_review.plugin.notes.formatting import reasons_text

PROSE = Reason("requirement from the unit layer's own text: check by hand")


def summary(rule: str, *inner: Reason) -> Reason:
    """A summary reason as a site's review makes it: a fresh object with a fresh list of explanations."""
    return Reason(SUMMARY_REASON, {"rule": rule, "reason": list(inner)})


def uncached(reason: Reason, lang: str) -> str:
    """The oracle: the reason worded from scratch, typeset as the outputs write it."""
    return render_reason(named_clause(reason, lang), lang)


def test_a_shared_summary_reason_is_worded_once_in_each_language(monkeypatch):
    """A memoised finding's summary reason, named by many sites, is worded once per language; a fresh reason
    of the same clause (a unit's own text at another site) reads the same."""
    worded = []

    def counted(rule_id, lang):
        worded.append((rule_id, lang))
        return named_clause(Reason("{rule}", {"rule": rule_id}), lang).values["rule"]

    monkeypatch.setattr(site_review, "clause_name", counted)
    shared = summary("H1301:spatial_layout", PROSE)
    english, chinese = ReasonTexts("en"), ReasonTexts("zh")
    for _site in range(3):
        assert english.named(shared) == uncached(shared, "en")
        assert chinese.named(shared) == uncached(shared, "zh")
    assert worded == [("H1301:spatial_layout", "en"), ("H1301:spatial_layout", "zh")]
    assert ReasonTexts("en").named(shared) == english.named(summary("H1301:spatial_layout", PROSE))
    assert english.named(shared) != chinese.named(shared)


def test_other_explanations_of_a_clause_are_worded_anew():
    texts = ReasonTexts("en")
    for template in ("the rule prohibits this", "the rule allows this", "an exception applies"):
        reason = summary("G-1", Reason(template))  # the explanation made afresh each time, then dropped
        assert texts.named(reason) == uncached(reason, "en") == f"G-1: {template}"


def test_a_reason_of_another_form_reads_as_rendered():
    texts = ReasonTexts("en")
    odd = Reason(SUMMARY_REASON, {"rule": "G-2", "reason": ["not a reason"]})
    assert texts.named(odd) == uncached(odd, "en")
    assert texts.named(Reason("plain words")) == "plain words"


def test_chinese_is_typeset_and_english_unchanged():
    """No half-width space beside a full-width bracket where a value meets the template's words (选址未完全位于
    工业园区（集聚区）范围内, not …（集聚区） 范围内), in a summary reason as in its explanations; English as
    render_reason always wrote it."""
    park = Reason("site is not entirely inside {layer}", {"layer": "工业园区（集聚区）"})
    rule = summary("C-K-01", Reason("{attribute} is not given", {"attribute": "VOCs排放量（吨/年）"}), park)
    chinese = ReasonTexts("zh")
    assert chinese.render(park) == "选址未完全位于 工业园区（集聚区）范围内"
    assert chinese.named(rule) == "C-K-01：未提供 VOCs排放量（吨/年）；选址未完全位于 工业园区（集聚区）范围内"
    assert chinese.named(rule) == uncached(rule, "zh") == chinese.render(rule)  # cached, by hand, nested alike
    assert reasons_text([park], "zh", for_people=False) == chinese.render(park)  # the notes' findings table
    english = ReasonTexts("en")
    assert english.named(rule) == render_reason(rule, "en") == (
        "C-K-01: VOCs排放量（吨/年） is not given; site is not entirely inside 工业园区（集聚区）")
