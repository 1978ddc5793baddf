"""sitingscreen's UNITS takes "Selected features only" (a feature source; its name is unchanged, so saved models and
scripts that give a layer or a path run as before): only the selected units are screened."""

from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer

from .kept_feedback import Feedback
from .test_inputs_processing import siting

CODES = ["ZH13062910001", "ZH13062920002", "ZH13062930004"]  # three of the sample's 38 units


def test_sitingscreen_screens_only_the_selected_units(zr_processing, sample_gpkg, example_rules):
    import processing

    units = QgsVectorLayer(f"{sample_gpkg}|layername=control_units", "control_units", "ogr")
    assert units.isValid() and units.featureCount() == 38
    QgsProject.instance().addMapLayer(units, False)
    try:
        units.selectByExpression(f"\"HJGKDYBM\" IN ({', '.join(repr(code) for code in CODES)})")
        assert units.selectedFeatureCount() == 3
        selected = QgsProcessingFeatureSourceDefinition(units.id(), selectedFeaturesOnly=True)
        result = processing.run("zoningreview:sitingscreen", siting(sample_gpkg, example_rules, UNITS=selected))
        assert sorted(feature["unit_code"] for feature in result["OUTPUT"].getFeatures()) == CODES
        whole = processing.run("zoningreview:sitingscreen", siting(sample_gpkg, example_rules, UNITS=units.id()))
        assert whole["OUTPUT"].featureCount() == 38  # a layer given as before: every unit
    finally:
        QgsProject.instance().removeMapLayer(units.id())


def test_an_empty_selection_is_refused_naming_the_layer(zr_processing, sample_gpkg, example_rules):
    import processing
    from qgis.core import QgsProcessingException

    units = QgsVectorLayer(f"{sample_gpkg}|layername=control_units", "control_units", "ogr")
    QgsProject.instance().addMapLayer(units, False)
    try:
        units.removeSelection()
        selected = QgsProcessingFeatureSourceDefinition(units.id(), selectedFeaturesOnly=True)
        try:
            processing.run("zoningreview:sitingscreen", siting(sample_gpkg, example_rules, UNITS=selected))
        except QgsProcessingException as error:
            message = str(error)
        else:
            message = ""
        assert "control_units" in message and "no unit is selected" in message
    finally:
        QgsProject.instance().removeMapLayer(units.id())


def test_the_unit_parameter_keeps_its_name_and_takes_polygons(zr_processing):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById("zoningreview:sitingscreen")
    parameter = algorithm.parameterDefinition("UNITS")
    assert parameter.type() == "source" and parameter.dataTypes() == [2]  # polygon layers


def test_the_progress_of_a_selection_counts_the_selected_units(zr_processing, sample_gpkg, example_rules):
    """Three units selected of 38: the bar moves a third with each unit screened (it stayed at 0), short of 100 % until
    the units were read to their end."""
    import processing

    units = QgsVectorLayer(f"{sample_gpkg}|layername=control_units", "control_units", "ogr")
    QgsProject.instance().addMapLayer(units, False)
    try:
        units.selectByExpression(f"\"HJGKDYBM\" IN ({', '.join(repr(code) for code in CODES)})")
        feedback = Feedback()
        selected = QgsProcessingFeatureSourceDefinition(units.id(), selectedFeaturesOnly=True)
        processing.run("zoningreview:sitingscreen", siting(sample_gpkg, example_rules, UNITS=selected),
                       feedback=feedback)
    finally:
        QgsProject.instance().removeMapLayer(units.id())
    assert [round(value, 1) for value in feedback.progress if value > 0] == [33.3, 66.7, 99.9, 100.0]


def test_a_blank_code_in_an_unselected_unit_is_not_warned_about(zr_processing, sample_gpkg, example_rules, tmp_path):
    """A unit without a code the selection leaves out is no matter of this screen; one selected is still named."""
    import processing

    from .test_processing_review import edited_sample

    gpkg = edited_sample(sample_gpkg, tmp_path / "blank.gpkg", "UPDATE control_units SET HJGKDYBM = '' WHERE fid = 1")
    units = QgsVectorLayer(f"{gpkg}|layername=control_units", "control_units", "ogr")
    QgsProject.instance().addMapLayer(units, False)
    warned = {}
    try:
        for name, expression in (("unselected", "fid IN (2, 3)"), ("selected", "fid IN (1, 2)")):
            units.selectByExpression(expression)
            feedback = Feedback()
            selected = QgsProcessingFeatureSourceDefinition(units.id(), selectedFeaturesOnly=True)
            processing.run("zoningreview:sitingscreen", siting(gpkg, example_rules, UNITS=selected),
                           feedback=feedback)
            warned[name] = [text for text in feedback.warnings if "have no unit code or category" in text]
    finally:
        QgsProject.instance().removeMapLayer(units.id())
    assert warned["unselected"] == [] and len(warned["selected"]) == 1 and "features 1 " in warned["selected"][0]
