"""The help of CONSTRAINTS (reviewsites, sitingscreen, rereview) says that a constraint layer given as a feature
source's definition ("Selected features only", a feature limit or a filter) is refused, why, and what to pass
instead (translated: NEW_STRINGS.tsv)."""

import pytest

from tests.test_feedback_language import ui  # noqa: F401 - the fixture
from zoning_review.plugin.processing.algorithms import algorithm_classes


@pytest.mark.parametrize("name", ["reviewsites", "sitingscreen", "rereview"])
def test_the_help_says_a_selection_is_refused_and_why(qgis_app, ui, name):  # noqa: F811
    ui("en")
    [alg] = [cls() for cls in algorithm_classes() if cls().name() == name]
    alg.initAlgorithm({})
    text = alg.parameterDefinition("CONSTRAINTS").help()
    assert "Each layer is read whole, so that no zone is left out" in text, text
    assert '"Selected features only", a feature limit or a filter) is refused before the run' in text, text
    assert "save them as a layer of their own (Export ▸ Save Selected Features As) and pass that layer" in text, text
