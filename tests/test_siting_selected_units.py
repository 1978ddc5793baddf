"""sitingscreen's UNITS takes "Selected features only" (a feature source; its name is unchanged, so saved models and
scripts that give a layer or a path run as before): only the selected units are screened."""

from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer

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
