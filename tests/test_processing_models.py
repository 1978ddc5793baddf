"""reviewsites in a Graphical Modeler model (.model3) between native algorithms: added through the Modeler's own
dialog it is a valid step, and the model — native:buffer on the sites, reviewsites, native:joinattributestable
of the verdicts onto the sites — runs from qgis_process."""

from typing import Dict

import pytest
from osgeo import ogr
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
)

from tests.sample_oracle import EXPECTED_VERDICTS
from tests.test_processing_review import CONSTRAINTS
from tests.test_qgis_process import qgis_process  # noqa: F401 - fixture
from zoning_review.plugin.compat import HIDDEN_PARAMETER, SOURCE_ANY_GEOMETRY, SOURCE_FILE, SOURCE_POLYGON

OPTIONAL_PARAMETER = (Qgis.ProcessingParameterFlag.Optional if hasattr(Qgis, "ProcessingParameterFlag")
                      else QgsProcessingParameterDefinition.Flag.FlagOptional)
STATIC = QgsProcessingModelChildParameterSource.fromStaticValue
INPUT = QgsProcessingModelChildParameterSource.fromModelParameter


def modeler_step(model, algorithm_id: str, child_id: str, inputs: Dict[str, str]):
    """The child algorithm the Modeler's own dialog makes for ``algorithm_id``: the model's inputs picked for the
    parameters ``inputs`` names (parameter: model input), every other parameter left at its default, OK pressed."""
    from processing.modeler.ModelerParametersDialog import ModelerParametersDialog

    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    dialog = ModelerParametersDialog(algorithm, model)
    try:
        for name, model_input in inputs.items():
            dialog.widget.widget.wrappers[name].setWidgetValue(INPUT(model_input))
        child = dialog.createAlgorithm()
    finally:
        dialog.deleteLater()
    assert child is not None, f"the Modeler's dialog refused its values for {algorithm_id}"
    child.setChildId(child_id)
    return child


def native_step(algorithm_id: str, child_id: str, sources: Dict[str, object]):
    """A native algorithm's step: the given sources, every other parameter at its default."""
    child = QgsProcessingModelChildAlgorithm(algorithm_id)
    child.setChildId(child_id)
    for definition in child.algorithm().parameterDefinitions():
        name = definition.name()
        if name in sources:
            source = sources[name]
            child.addParameterSources(name, [source if isinstance(source, QgsProcessingModelChildParameterSource)
                                             else STATIC(source)])
        elif not definition.isDestination() and definition.defaultValue() is not None:
            child.addParameterSources(name, [STATIC(definition.defaultValue())])
    return child


@pytest.fixture
def model(zr_processing):
    """A model whose inputs are the sites, the units, the rule sets and the constraint layers."""
    model = QgsProcessingModelAlgorithm("review chain", "zoning")
    for parameter in (QgsProcessingParameterFeatureSource("sites", "sites", [SOURCE_POLYGON]),
                      QgsProcessingParameterFeatureSource("units", "units", [SOURCE_POLYGON]),
                      QgsProcessingParameterMultipleLayers("rules", "rules", SOURCE_FILE),
                      QgsProcessingParameterMultipleLayers("constraints", "constraints", SOURCE_ANY_GEOMETRY)):
        model.addModelParameter(parameter, QgsProcessingModelParameter(parameter.name()))
    return model


def test_reviewsites_added_in_the_modeler_is_a_valid_step(model):
    child = modeler_step(model, "zoningreview:reviewsites", "review",
                         {"SITES": "sites", "UNITS": "units", "RULES": "rules"})
    model.addChildAlgorithm(child)
    valid, errors = model.validateChildAlgorithm("review")
    assert valid, errors


def test_no_algorithm_has_a_mandatory_parameter_the_modeler_cannot_set(zr_processing):
    """The Modeler's dialog gives a hidden parameter no value: each must be optional."""
    for algorithm in zr_processing.algorithms():
        hidden = [d for d in algorithm.parameterDefinitions() if d.flags() & HIDDEN_PARAMETER]
        mandatory = [d.name() for d in hidden if not d.flags() & OPTIONAL_PARAMETER]
        assert mandatory == [], algorithm.id()


def test_a_model_of_native_steps_around_reviewsites_runs_from_qgis_process(
        model, qgis_process, sample_gpkg, example_rules, tmp_path):  # noqa: F811
    model.addChildAlgorithm(native_step("native:buffer", "buffer", {
        "INPUT": INPUT("sites"), "DISTANCE": 0.00001, "OUTPUT": "TEMPORARY_OUTPUT"}))
    review = modeler_step(model, "zoningreview:reviewsites", "review",
                          {"UNITS": "units", "RULES": "rules", "CONSTRAINTS": "constraints"})
    review.addParameterSources("SITES", [QgsProcessingModelChildParameterSource.fromChildOutput("buffer", "OUTPUT")])
    findings = QgsProcessingModelOutput("findings", "findings")
    findings.setChildId("review")
    findings.setChildOutputName("FINDINGS")
    review.setModelOutputs({"findings": findings})
    model.addChildAlgorithm(review)
    join = native_step("native:joinattributestable", "join", {
        "INPUT": INPUT("sites"), "FIELD": "site_id", "FIELD_2": "site_id", "FIELDS_TO_COPY": ["verdict"],
        "INPUT_2": QgsProcessingModelChildParameterSource.fromChildOutput("review", "SUMMARY"), "PREFIX": "zr_"})
    joined = QgsProcessingModelOutput("joined", "joined")
    joined.setChildId("join")
    joined.setChildOutputName("OUTPUT")
    join.setModelOutputs({"joined": joined})
    model.addChildAlgorithm(join)
    model.updateDestinationParameters()
    assert model.validate() == (True, [])
    # the model's outputs: "join:joined" and "review:findings" on QGIS 3.22, "joined" and "findings" on 3.44
    outputs = {d.name().split(":")[-1]: d.name() for d in model.destinationParameterDefinitions()}
    path = tmp_path / "审查 chain.model3"
    assert model.toFile(str(path))
    proc = qgis_process.call(["--json", "run", str(path), "--", f"sites={sample_gpkg}|layername=sites",
                              f"units={sample_gpkg}|layername=control_units", f"rules={example_rules}",
                              *[f"constraints={sample_gpkg}|layername={name}" for name in CONSTRAINTS],
                              f"{outputs['joined']}={tmp_path / 'joined.gpkg'}",
                              f"{outputs['findings']}={tmp_path / 'f.gpkg'}"])
    assert proc.returncode == 0, proc.stderr
    data = ogr.Open(str(tmp_path / "joined.gpkg"))
    verdicts = {feature["site_id"]: feature["zr_verdict"] for feature in data.GetLayer(0)}
    assert verdicts == EXPECTED_VERDICTS
    findings_data = ogr.Open(str(tmp_path / "f.gpkg"))
    assert {feature["site_id"] for feature in findings_data.GetLayer(0)} == set(EXPECTED_VERDICTS)
