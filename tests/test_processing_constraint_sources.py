"""reviewsites from a script with a constraint layer given as a feature source's definition (the toolbox's
"Selected features only", a feature limit or a filter), which QGIS's multiple-layer parameter does not take: refused
before anything is written with the plugin's own message naming CONSTRAINTS, the layer and what to pass instead."""

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer

from tests.sample_oracle import EXPECTED_VERDICTS
from tests.test_processing_review import CONSTRAINTS, params, rows


@pytest.fixture
def red_line(zr_processing, sample_gpkg):
    """The sample's red line as a layer of the project, two of its features selected."""
    layer = QgsVectorLayer(f"{sample_gpkg}|layername=red_line", "生态红线", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    layer.selectByIds(sorted(layer.allFeatureIds())[:1])
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


def constraints(sample_gpkg, red_line_value):
    """CONSTRAINTS with the red line given as ``red_line_value``, the other layers as files."""
    return [red_line_value] + [f"{sample_gpkg}|layername={name}" for name in CONSTRAINTS if name != "red_line"]


@pytest.mark.parametrize("definition", [
    lambda layer: QgsProcessingFeatureSourceDefinition(layer.id(), True),
    lambda layer: QgsProcessingFeatureSourceDefinition(layer.id(), False),
    lambda layer: QgsProcessingFeatureSourceDefinition(layer.id(), False, 1),
], ids=["selected features only", "whole layer", "feature limit"])
def test_a_source_definition_is_refused_naming_the_parameter_and_what_to_pass(red_line, sample_gpkg, example_rules,
                                                                             tmp_path, definition):
    import processing

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("zoningreview:reviewsites", params(
            sample_gpkg, example_rules, out, CONSTRAINTS=constraints(sample_gpkg, definition(red_line))))
    message = str(caught.value)
    assert "CONSTRAINTS" in message and "生态红线" in message
    assert "Save Selected Features As" in message  # what to pass instead
    assert list(out.iterdir()) == []


def test_the_layer_itself_is_reviewed_as_before(red_line, sample_gpkg, example_rules, tmp_path):
    import processing

    out = tmp_path / "out"
    out.mkdir()
    processing.run("zoningreview:reviewsites", params(
        sample_gpkg, example_rules, out, CONSTRAINTS=constraints(sample_gpkg, red_line)))
    verdicts = {row["site_id"]: row["verdict"] for row in rows(out / "summary.gpkg")}
    assert verdicts == EXPECTED_VERDICTS
