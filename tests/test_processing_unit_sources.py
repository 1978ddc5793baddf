"""UNITS given as a feature source's definition ("Advanced options" in the toolbox, or from Python): a feature limit
or a feature filter would leave units out, and a site in one would read as outside every unit, so both are
refused naming the layer before anything is written; "Selected features only" reviews against the selected units
as before; QGIS's invalid-geometry setting never skips, nor stops on, an invalid unit: it is repaired and named."""

import pytest
from qgis.core import (
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)

from tests.kept_feedback import Feedback
from tests.test_inputs_processing import siting
from tests.test_processing_review import params, rows
from tests.test_processing_site_sources import CHECKS, OVERRIDE

S01_UNIT = "ZH13063820002"  # the one unit sample site S01 lies in (the sample's design)


@pytest.fixture
def units(zr_processing, sample_gpkg):
    """The sample's control units as a layer of the project."""
    layer = QgsVectorLayer(f"{sample_gpkg}|layername=control_units", "control_units", "ogr")
    assert layer.isValid() and layer.featureCount() == 38
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


def refusal(algorithm: str, parameters: dict) -> str:
    """The message ``algorithm`` stops with ('' when it ran)."""
    import processing

    try:
        processing.run(algorithm, parameters)
    except QgsProcessingException as error:
        return str(error)
    return ""


def review_parameters(sample_gpkg, example_rules, out, unit_source) -> dict:
    out.mkdir()
    return params(sample_gpkg, example_rules, out, UNITS=unit_source)


@pytest.mark.parametrize("selected", [False, True])
def test_reviewsites_refuses_a_feature_limit_on_the_units(units, sample_gpkg, example_rules, tmp_path, selected):
    units.selectAll()
    limited = QgsProcessingFeatureSourceDefinition(units.id(), selected, 5)
    message = refusal("zoningreview:reviewsites", review_parameters(sample_gpkg, example_rules, tmp_path / "out",
                                                                    limited))
    assert "control_units" in message and "feature limit of 5" in message and "Selected features only" in message
    assert list((tmp_path / "out").iterdir()) == []  # nothing written


def test_reviewsites_refuses_a_feature_limit_on_a_units_path(zr_processing, sample_gpkg, example_rules, tmp_path):
    """UNITS as a file path with a limit (a script's or a model's value): refused as well."""
    limited = QgsProcessingFeatureSourceDefinition(f"{sample_gpkg}|layername=control_units", False, 30)
    message = refusal("zoningreview:reviewsites", review_parameters(sample_gpkg, example_rules, tmp_path / "out",
                                                                    limited))
    assert "feature limit of 30" in message and "outside every unit" in message


def test_sitingscreen_refuses_a_feature_limit_on_the_units(units, sample_gpkg, example_rules):
    limited = QgsProcessingFeatureSourceDefinition(units.id(), False, 3)
    message = refusal("zoningreview:sitingscreen", siting(sample_gpkg, example_rules, UNITS=limited))
    assert "control_units" in message and "feature limit of 3" in message


@pytest.mark.skipif(not hasattr(QgsProcessingFeatureSourceDefinition(""), "filterExpression"),
                    reason="a feature source's filter came with QGIS 3.32")
@pytest.mark.parametrize("algorithm", ["reviewsites", "sitingscreen"])
def test_a_feature_filter_on_the_units_is_refused(units, sample_gpkg, example_rules, tmp_path, algorithm):
    filtered = QgsProcessingFeatureSourceDefinition(units.id(), False)
    filtered.filterExpression = "\"HJGKDYBM\" LIKE 'ZH130638%'"
    parameters = (review_parameters(sample_gpkg, example_rules, tmp_path / "out", filtered)
                  if algorithm == "reviewsites" else siting(sample_gpkg, example_rules, UNITS=filtered))
    message = refusal(f"zoningreview:{algorithm}", parameters)
    assert "control_units" in message and "feature filter" in message and "ZH130638%" in message


def bow_tie_units(sample_gpkg, code: str, blank_code: bool = False) -> QgsVectorLayer:
    """A memory copy of the sample's units in the project, unit ``code`` drawn as a bow tie over its own extent (its
    code emptied with ``blank_code``)."""
    source = QgsVectorLayer(f"{sample_gpkg}|layername=control_units", "control_units", "ogr")
    layer = QgsVectorLayer(f"MultiPolygon?crs={source.crs().authid()}", "bow tie units", "memory")
    layer.dataProvider().addAttributes(source.fields().toList())
    layer.updateFields()
    features = list(source.getFeatures())
    for feature in features:
        if feature["HJGKDYBM"] == code:
            box = feature.geometry().boundingBox()
            west, south, east, north = box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()
            bow_tie = QgsGeometry.fromWkt(
                f"MULTIPOLYGON((({west} {south}, {east} {north}, {east} {south}, {west} {north}, {west} {south})))")
            assert not bow_tie.isGeosValid()
            feature.setGeometry(bow_tie)
            if blank_code:
                feature["HJGKDYBM"] = ""
    assert layer.dataProvider().addFeatures(features)[0]
    QgsProject.instance().addMapLayer(layer)
    return layer


def review_invalid(sample_gpkg, example_rules, out, unit_source, check=None, **extra):
    """reviewsites over ``unit_source`` (the context's invalid-geometry setting ``check`` when given): the units each
    site's findings name, and the feedback."""
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    if check is not None:
        context.setInvalidGeometryCheck(check)
    feedback = Feedback()
    processing.run("zoningreview:reviewsites", {**review_parameters(sample_gpkg, example_rules, out, unit_source),
                                                **extra}, context=context, feedback=feedback)
    found = {}
    for row in rows(out / "findings.gpkg"):
        found.setdefault(row["site_id"], set()).add(row["unit_code"])
    return found, feedback


@pytest.mark.parametrize("check", CHECKS)
@pytest.mark.parametrize("by", ["definition", "context"])
def test_an_invalid_selected_unit_is_repaired_and_named_under_every_check(zr_processing, sample_gpkg, example_rules,
                                                                         tmp_path, check, by):
    layer = bow_tie_units(sample_gpkg, S01_UNIT)
    try:
        layer.selectAll()
        selected = (QgsProcessingFeatureSourceDefinition(layer.id(), True, -1, OVERRIDE, check) if by == "definition"
                    else QgsProcessingFeatureSourceDefinition(layer.id(), True))
        found, feedback = review_invalid(sample_gpkg, example_rules, tmp_path / "out", selected,
                                         None if by == "definition" else check)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert S01_UNIT in found["S01"]  # reviewed against its unit, never "outside every unit"
    assert feedback.said("warning", f"Unit {S01_UNIT}") and feedback.said("warning", "invalid geometry")


def test_an_invalid_unit_without_a_code_is_named_whatever_the_check(zr_processing, sample_gpkg, example_rules,
                                                                    tmp_path):
    """The unit checks read the selected units as the review does: an invalid unit skipped by "Skip features with
    invalid geometries" would be left out of the warning about units without a code."""
    layer = bow_tie_units(sample_gpkg, S01_UNIT, blank_code=True)
    try:
        layer.selectAll()
        fid = next(f.id() for f in layer.getFeatures() if not f["HJGKDYBM"])
        selected = QgsProcessingFeatureSourceDefinition(layer.id(), True, -1, OVERRIDE, CHECKS[1])
        _found, feedback = review_invalid(sample_gpkg, example_rules, tmp_path / "out", selected)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    warned = feedback.said("warning", "have no unit code or category")
    assert len(warned) == 1 and f"features {fid} " in warned[0]


@pytest.mark.parametrize("check", CHECKS)
def test_sitingscreen_screens_an_invalid_selected_unit_under_every_check(zr_processing, sample_gpkg, example_rules,
                                                                         check):
    import processing

    layer = bow_tie_units(sample_gpkg, S01_UNIT)
    try:
        layer.selectByExpression(f"\"HJGKDYBM\" IN ('{S01_UNIT}', 'ZH13062910001')")
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        context.setInvalidGeometryCheck(check)
        result = processing.run("zoningreview:sitingscreen", siting(
            sample_gpkg, example_rules, UNITS=QgsProcessingFeatureSourceDefinition(layer.id(), True)), context=context)
        screened = sorted(feature["unit_code"] for feature in result["OUTPUT"].getFeatures())
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert screened == sorted([S01_UNIT, "ZH13062910001"])


@pytest.mark.parametrize("algorithm", ["reviewsites", "sitingscreen"])
@pytest.mark.parametrize("selected, limit", [(True, -1), (False, 1)])
def test_a_zone_layer_cannot_come_cut_short(units, sample_gpkg, example_rules, tmp_path, algorithm, selected, limit):
    """The rule set's zone layers (CONSTRAINTS) are read whole: QGIS takes no "Selected features only" or feature
    limit there, so a red line past a limit can never be left out of a run (should a QGIS take them, this fails)."""
    from tests.test_processing_review import CONSTRAINTS

    red_line = QgsVectorLayer(f"{sample_gpkg}|layername=red_line", "red_line", "ogr")
    QgsProject.instance().addMapLayer(red_line)
    try:
        red_line.selectAll()
        cut = [QgsProcessingFeatureSourceDefinition(red_line.id(), selected, limit),
               *(f"{sample_gpkg}|layername={name}" for name in CONSTRAINTS[1:])]
        parameters = (review_parameters(sample_gpkg, example_rules, tmp_path / "out", units.id())
                      if algorithm == "reviewsites" else siting(sample_gpkg, example_rules, UNITS=units.id()))
        message = refusal(f"zoningreview:{algorithm}", {**parameters, "CONSTRAINTS": cut})
    finally:
        QgsProject.instance().removeMapLayer(red_line.id())
    assert "CONSTRAINTS" in message
    assert not (tmp_path / "out" / "summary.gpkg").exists()
