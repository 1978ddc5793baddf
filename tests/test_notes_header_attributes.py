"""The project facts at the head of the notes list every attribute the rule set declares: one the site does not give
is shown as not given, never left out (the reviewer and the applicant see what is missing where they read the
project)."""

import pytest

from zoning_review.plugin.notes.document import build_document

from .test_notes_sample import sample  # noqa: F401 - the module's fixture: every sample site reviewed

BOILER = {"en": ("Coal-fired boiler capacity (t/h)", "Not given"), "zh": ("燃煤锅炉蒸发量（蒸吨/小时）", "未提供")}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_boiler_capacity_s06_does_not_give_is_shown_as_not_given(sample, lang):  # noqa: F811
    review, context = next((r, c) for r, c, _layers in sample.items if r.site_id == "S06")
    assert "boiler_tph" not in context.project.attributes  # NULL in the sample: not given
    pairs = build_document(review, context, lang).header.pairs
    assert BOILER[lang] in pairs
    labels = [label for label, _value in pairs]
    assert len(labels) == len(set(labels))


def test_every_declared_attribute_is_listed_once_for_every_sample_site(sample):  # noqa: F811
    for review, context, _layers in sample.items:
        labels = [label for label, _value in build_document(review, context, "en").header.pairs]
        for label in ("Coal-fired boiler capacity (t/h)", "Total investment (10,000 yuan)", "VOCs emissions (t/a)",
                      "Fresh water use (m³/d)", "Discharges pollutants", "Water-supply facility",
                      "National major infrastructure", "Increases production capacity"):
            assert labels.count(label) == 1, (review.site_id, label)
