"""reviewsites' UNITS takes "Selected features only" as sitingscreen's does: only the selected units are reviewed
against, an empty selection is refused naming the layer, and the unit checks look at the selected units only."""

from osgeo import ogr
from qgis.core import QgsProcessingException, QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer

from .kept_feedback import Feedback
from .test_processing_review import edited_sample, params, rows


def overlapped(gpkg, codes):
    """(site_id, unit_code) of every sample site and unit among ``codes`` whose areas overlap, by OGR alone."""
    data = ogr.Open(str(gpkg))
    units = [(f["HJGKDYBM"], f.GetGeometryRef().Clone()) for f in data.GetLayerByName("control_units")
             if f["HJGKDYBM"] in codes]
    found = set()
    for site in data.GetLayerByName("sites"):
        geometry = site.GetGeometryRef()
        for code, unit in units:
            if geometry.Intersects(unit) and geometry.Intersection(unit).GetArea() > 0:
                found.add((site["site_id"], code))
    return found


def run(gpkg, rules, out, units, feedback=None):
    import processing

    return processing.run("zoningreview:reviewsites", params(gpkg, rules, out, UNITS=units), feedback=feedback)


def layer_of(gpkg):
    units = QgsVectorLayer(f"{gpkg}|layername=control_units", "control_units", "ogr")
    assert units.isValid()
    QgsProject.instance().addMapLayer(units, False)
    return units


def test_reviewsites_reviews_against_the_selected_units_only(zr_processing, sample_gpkg, example_rules, tmp_path):
    whole = {(row["site_id"], row["unit_code"]) for row in _findings(sample_gpkg, example_rules, tmp_path / "all",
                                                                     f"{sample_gpkg}|layername=control_units")}
    codes = sorted({code for _site, code in whole})[:2]  # two of the units the sample's sites overlap
    assert len(codes) == 2
    units = layer_of(sample_gpkg)
    try:
        units.selectByExpression(f"\"HJGKDYBM\" IN ({', '.join(repr(code) for code in codes)})")
        selected = QgsProcessingFeatureSourceDefinition(units.id(), selectedFeaturesOnly=True)
        found = {(row["site_id"], row["unit_code"]) for row in _findings(sample_gpkg, example_rules,
                                                                         tmp_path / "some", selected)}
    finally:
        QgsProject.instance().removeMapLayer(units.id())
    assert found == overlapped(sample_gpkg, set(codes)) and found < whole


def _findings(gpkg, rules, out, units):
    out.mkdir()
    run(gpkg, rules, out, units)
    return [row for row in rows(out / "findings.gpkg") if row["unit_code"]]


def test_reviewsites_refuses_an_empty_selection_naming_the_layer(zr_processing, sample_gpkg, example_rules, tmp_path):
    units = layer_of(sample_gpkg)
    try:
        units.removeSelection()
        selected = QgsProcessingFeatureSourceDefinition(units.id(), selectedFeaturesOnly=True)
        try:
            run(sample_gpkg, example_rules, tmp_path, selected)
        except QgsProcessingException as error:
            message = str(error)
        else:
            message = ""
    finally:
        QgsProject.instance().removeMapLayer(units.id())
    assert "control_units" in message and "no unit is selected" in message
    assert not (tmp_path / "findings.gpkg").exists()


def test_a_blank_code_in_an_unselected_unit_is_not_warned_about(zr_processing, sample_gpkg, example_rules,
                                                                 tmp_path):
    """A unit without a code the selection leaves out is no matter of this run; one selected is still named."""
    gpkg = edited_sample(sample_gpkg, tmp_path / "blank.gpkg",
                         "UPDATE control_units SET HJGKDYBM = '' WHERE fid = 1")
    units = layer_of(gpkg)
    lines = {}
    try:
        for name, expression in (("unselected", "fid IN (2, 3)"), ("selected", "fid IN (1, 2)")):
            units.selectByExpression(expression)
            feedback = Feedback()
            (tmp_path / name).mkdir()
            run(gpkg, example_rules, tmp_path / name,
                QgsProcessingFeatureSourceDefinition(units.id(), selectedFeaturesOnly=True), feedback)
            lines[name] = feedback.said("warning", "have no unit code or category")
    finally:
        QgsProject.instance().removeMapLayer(units.id())
    assert lines["unselected"] == [] and len(lines["selected"]) == 1 and "features 1 " in lines["selected"][0]


def test_the_unit_parameter_keeps_its_name_and_takes_selected_features(zr_processing):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById("zoningreview:reviewsites")
    parameter = algorithm.parameterDefinition("UNITS")
    assert parameter.type() == "source" and parameter.dataTypes() == [2]  # polygon layers, "Selected features only"


def test_selected_units_of_a_database_table_are_reviewed_in_qgis(zr_processing, postgis, sample_in_both, sample_gpkg,
                                                                 example_rules, tmp_path):
    """Units and sites in one PostGIS database, some units selected: the selection is QGIS's, not the table's, so
    the overlay runs in QGIS (never over every unit in the database) and finds the selected units only."""
    import processing

    from .test_processing_review import CONSTRAINTS

    database, _files = sample_in_both
    units = database["control_units"]
    QgsProject.instance().addMapLayer(units, False)
    try:
        codes = ["ZH13063820001", "ZH13063210001"]  # two units sample sites overlap
        field = next(name for name in units.fields().names() if name.lower() == "hjgkdybm")
        units.selectByExpression(f"\"{field}\" IN ({', '.join(repr(code) for code in codes)})")
        assert units.selectedFeatureCount() == 2
        on_database = params(sample_gpkg, example_rules, tmp_path, sites=database["sites"],
                             UNITS=QgsProcessingFeatureSourceDefinition(units.id(), selectedFeaturesOnly=True),
                             CONSTRAINTS=[database[name] for name in CONSTRAINTS])
        feedback = Feedback()
        processing.run("zoningreview:reviewsites", on_database, feedback=feedback)
    finally:
        units.removeSelection()
        QgsProject.instance().takeMapLayer(units)
    found = {(row["site_id"], row["unit_code"]) for row in rows(tmp_path / "findings.gpkg") if row["unit_code"]}
    assert found == overlapped(sample_gpkg, set(codes)) and not feedback.said("info", "runs in the database")
