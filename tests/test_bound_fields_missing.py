"""A unit field the binding names that the layer no longer has (renamed or removed in its data) is never read as
units without codes, categories or requirement texts: the dock names the layer as unusable with the field, its role
and what to do, and reviews no site; reviewsites and sitingscreen stop naming it. A layer without a name is named by
its data source."""

import pytest
from osgeo import ogr
from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsGeometry, QgsProcessingException, QgsVectorLayer

from tests.dock_helpers import SITE_WKT, bind
from tests.sample_project import layer
from tests.test_processing_review import params
from zoning_review.plugin.core.inputs.bindings import LAYER_PROPERTY, detect_binding
from zoning_review.plugin.core.inputs.targets import review_targets

RENAMED = [  # field of the sample's control_units, and its role as the message words it
    ("HJGKDYBM", "unit code"),
    ("ZHGKDYFL", "unit category"),
    ("HJGKDYMC", "unit name"),
    ("PWWPFGK", "requirement text, Pollutant emission control"),
]


def _renamed_in_data(gpkg: str, field: str) -> None:
    """The field of control_units in the GeoPackage renamed (the data edited outside QGIS)."""
    data = ogr.Open(gpkg, 1)
    table = data.GetLayerByName("control_units")
    definition = ogr.FieldDefn(f"{field}_2025", ogr.OFTString)
    assert table.AlterFieldDefn(table.FindFieldIndex(field, True), definition, ogr.ALTER_NAME_FLAG) == 0
    data = None


def _expected(label: str, field: str, role: str) -> str:
    """The dock's message, written out."""
    return (f"Unit layer {label} no longer has the fields its binding reads: {field} ({role}) (renamed or removed "
            "in its data). No site is reviewed until the layer is bound again in the Zoning Review panel (choose "
            "its unit fields there) or the fields are restored in the data.")


@pytest.mark.parametrize("field,role", RENAMED)
def test_a_bound_field_renamed_in_the_data_makes_the_layer_unusable(sample_project, example_rules, qtbot, field,
                                                                    role):
    from zoning_review.plugin.gui.binding_panel import BindingPanel

    panel = BindingPanel(sample_project)
    qtbot.addWidget(panel)
    bind(panel, example_rules)
    units = layer("control_units")
    assert units.dataProvider().renameAttributes({units.fields().lookupField(field): f"{field}_2025"})
    units.updateFields()
    targets, problems = review_targets(sample_project)
    assert targets == [] and problems == [_expected("control_units", field, role)]


def test_the_dock_names_a_renamed_unit_code_field_when_the_project_opens_and_reviews_no_site(
        dock, example_rules, qgis_iface, tmp_path, qtbot):
    from zoning_review.plugin.gui.review_task import Site

    bind(dock.bindings, example_rules)
    gpkg = layer("control_units").source().split("|")[0]
    path = tmp_path / "review.qgz"
    assert dock.project.write(str(path))
    dock.project.clear()
    _renamed_in_data(gpkg, "HJGKDYBM")
    assert dock.project.read(str(path))
    problem = _expected("control_units", "HJGKDYBM", "unit code")
    assert dock.unusable == [problem] and dock.targets == []
    assert any(problem in message for message in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))
    dock.site_input.set_site(Site(QgsGeometry.fromWkt(SITE_WKT), QgsCoordinateReferenceSystem("EPSG:4490"), "t"))
    qtbot.wait(200)
    assert dock.runner.reviews == []
    assert dock.banner.text().startswith("No site is reviewed while a bound unit layer cannot be used: " + problem)


@pytest.mark.parametrize("algorithm", ["reviewsites", "sitingscreen"])
def test_processing_stops_on_a_bound_requirement_text_field_the_layer_lacks(zr_processing, sample_gpkg, example_rules,
                                                                           tmp_path, algorithm):
    import shutil

    import processing

    gpkg = tmp_path / "units.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    bound = QgsVectorLayer(f"{gpkg}|layername=control_units", "control_units", "ogr")
    binding = detect_binding(bound)
    assert binding.prose_fields["pollutant_emission"] == "PWWPFGK"
    del bound
    _renamed_in_data(str(gpkg), "PWWPFGK")
    units = QgsVectorLayer(f"{gpkg}|layername=control_units", "control_units", "ogr")
    binding.rules_path = str(example_rules)
    units.setCustomProperty(LAYER_PROPERTY, binding.to_json())
    given = params(sample_gpkg, example_rules, tmp_path, UNITS=units)
    if algorithm == "sitingscreen":
        given = {"UNITS": units, "RULES": str(example_rules), "INDUSTRY": "C2614", "CONSTRUCTION": 0, "CATALOGUE": 0,
                 "OUTPUT": "TEMPORARY_OUTPUT", "ZONES": "TEMPORARY_OUTPUT"}
    with pytest.raises(QgsProcessingException) as raised:
        processing.run(f"zoningreview:{algorithm}", given)
    assert str(raised.value).startswith(
        "Layer control_units has no field PWWPFGK (requirement text, Pollutant emission control): give the unit "
        "fields the layer has in the algorithm's parameters, or bind the layer again in the Zoning Review panel"), \
        str(raised.value)


def test_a_bad_bound_scope_of_a_unit_layer_without_a_name_names_its_data_source(sample_project, example_rules, qtbot):
    from zoning_review.plugin.gui.binding_panel import BindingPanel

    panel = BindingPanel(sample_project)
    qtbot.addWidget(panel)
    bind(panel, example_rules)
    panel.rules_scope.setText('"PROV" = ')
    panel.rules_scope.editingFinished.emit()
    units = layer("control_units")
    units.setName("")
    (problem,) = review_targets(sample_project)[1]
    assert (f"the scope \"PROV\" = that the binding of unit layer {units.publicSource()} gives the rule set "
            f"{example_rules} does not parse") in problem, problem
