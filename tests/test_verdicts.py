"""Verdicts: a unit's from its findings' statuses, a site's the worst of its units'; a word not understood is never
compliant."""

import pytest

from zoning_review.plugin.core.model.results import Finding
from zoning_review.plugin.core.model.verdicts import worst
from zoning_review.plugin.core.review.evaluation import site_verdict, unit_verdict


@pytest.mark.parametrize(
    "statuses, expected",
    [
        ([], "compliant"),
        (["not_applicable", "allowed", "exempted", "requirement"], "compliant"),
        (["requirement", "manual_check"], "needs_study"),
        (["needs_info", "allowed"], "needs_study"),
        (["needs_info", "conflict", "manual_check"], "non_compliant"),
    ],
)
def test_unit_verdict(statuses, expected):
    findings = [Finding(str(i), "general", "spatial_layout", "prohibit", s) for i, s in enumerate(statuses)]
    assert unit_verdict(findings) == expected
    assert site_verdict(findings) == (expected if statuses else "needs_study")


def test_site_verdict_is_the_worst_unit_verdict():
    assert site_verdict(["compliant", "needs_study"]) == "needs_study"
    assert site_verdict(["compliant", "non_compliant", "needs_study"]) == "non_compliant"
    assert site_verdict(["compliant"]) == "compliant"
    assert site_verdict([]) == "needs_study"


@pytest.mark.parametrize("unknown", ["", "Compliant", "符合", "passed", None])
def test_a_verdict_word_not_understood_is_never_read_as_compliant(unknown):
    assert worst(["compliant", unknown]) == "needs_study"
    assert worst([unknown]) == "needs_study"
    assert worst([unknown, "non_compliant", "compliant"]) == "non_compliant"
