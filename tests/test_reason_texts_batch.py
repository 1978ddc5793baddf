"""SUMMARY's reasons in a batch: a clause with its explanations is worded once, whichever site's reason object
names it (a unit's own requirement texts make a fresh reason at every site), and reads as the uncached wording."""

from zoning_review.plugin.core.model.results import Reason
from zoning_review.plugin.core.review import site_review
from zoning_review.plugin.core.review.labels import named_clause
from zoning_review.plugin.core.review.site_review import SUMMARY_REASON, ReasonTexts, render_reason

PROSE = Reason("requirement from the unit layer's own text: check by hand")


def summary(rule: str, *inner: Reason) -> Reason:
    """A summary reason as a site's review makes it: a fresh object with a fresh list of explanations."""
    return Reason(SUMMARY_REASON, {"rule": rule, "reason": list(inner)})


def uncached(reason: Reason, lang: str) -> str:
    """The oracle: the reason worded from scratch."""
    return render_reason(named_clause(reason, lang), lang)


def test_a_clause_is_worded_once_for_every_site_naming_it(monkeypatch):
    worded = []

    def counted(rule_id, lang):
        worded.append(rule_id)
        return named_clause(Reason("{rule}", {"rule": rule_id}), lang).values["rule"]

    monkeypatch.setattr(site_review, "clause_name", counted)
    for lang in ("en", "zh"):
        texts, worded[:] = ReasonTexts(lang), []
        first, again = summary("H1301:spatial_layout", PROSE), summary("H1301:spatial_layout", PROSE)
        assert texts.named(first) == texts.named(again) == texts.named(first) == uncached(first, lang)
        assert worded == ["H1301:spatial_layout"], lang
        other = summary("H1302:spatial_layout", PROSE)
        assert texts.named(other) == uncached(other, lang)
        assert worded == ["H1301:spatial_layout", "H1302:spatial_layout"], lang


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
