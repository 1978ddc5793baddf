"""A unit the unit layer gives no requirement text in any dimension (the sample's ZH13062930001, ZH13063820002)
and no clause names: its notes say so and ask for a check against the published list (they said only 'No clause
at this level', as if the list left it without requirements); its verdict is unchanged."""

import pytest

from zoning_review.plugin.core.model.vocab import DIMENSIONS
from zoning_review.plugin.i18n import tr
from zoning_review.plugin.notes.document import build_document
from zoning_review.plugin.notes.model import Paragraph

from .sample_oracle import EXPECTED_VERDICTS, read_layer
from .test_notes_sample import Sample

PROSE = ("KJBJYS", "PWWPFGK", "HJFXFK", "ZYKFXLYQ")  # the sample's four dimensions' text (sample/README.md)
SAID = "The unit layer gives this unit no requirement text in any dimension, and no clause of the access list " \
       "names it. A published access list gives every unit its own requirements: check this unit's against the " \
       "published list."
UNIT_RULES = {"ZH13062920001"}  # U-RC-01 names the Rongcheng urban key unit (rules/examples/xiongan_example.yaml)


@pytest.fixture(scope="module")
def sample(qgis_app, sample_gpkg, example_rules):
    return Sample(sample_gpkg, example_rules)


@pytest.fixture(scope="module")
def without_text(sample_gpkg):
    """The codes of the units whose four dimension texts are all empty, read from the GeoPackage."""
    units = read_layer(sample_gpkg, "control_units", "HJGKDYBM")
    return {code for code, (_shape, attributes) in units.items()
            if not any(str(attributes.get(name) or "").strip() for name in PROSE)} - UNIT_RULES


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_units_without_text_say_so_in_their_own_part(sample, without_text, lang):
    assert {"ZH13062930001", "ZH13063820002"} <= without_text and len(DIMENSIONS) == len(PROSE)
    said = tr(SAID, lang)  # Chinese: NEW_STRINGS.tsv
    seen = set()
    for review, context, _layers in sample.items:
        document = build_document(review, context, lang)
        assert document.verdict == review.verdict == EXPECTED_VERDICTS[review.site_id]
        for section in document.sections:
            code = section.title.split(" ")[0]
            flagged = [block for block in section.blocks if isinstance(block, Paragraph) and block.text == said]
            if section.level == 2 and code in {unit.overlap.code for unit in review.units}:
                assert len(flagged) == (1 if code in without_text else 0), (review.site_id, code)
                assert not flagged or flagged[0].tone == "warn"
                if flagged:
                    seen.add(code)
            else:
                assert not flagged
    assert seen == {"ZH13062930001", "ZH13063820002"}
