"""How a site gets into the dock: selected features of different projects are refused, never reviewed with the
project an earlier feature left in the form; only the active layer's selection is the site; the coordinate dialog
keeps its text between presses, and a file it cannot read leaves OK off."""

import pytest
from qgis.core import Qgis, QgsFeature, QgsGeometry, QgsMemoryProviderUtils, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtWidgets import QDialogButtonBox

from tests.dock_helpers import bind
from tests.sample_project import layer

SQUARE = "POLYGON((115.885 39.040, 115.915 39.040, 115.915 39.055, 115.885 39.055, 115.885 39.040))"
POINTS = "115.885, 39.040\n115.915, 39.040\n115.915, 39.055\n"


@pytest.fixture()
def bound(dock, example_rules, qgis_iface):
    """The dock bound to the example rule set, the message bar empty."""
    bind(dock.bindings, example_rules)
    qgis_iface.messageBar().clear_messages()
    return dock


def messages(iface, level) -> list:
    return iface.messageBar().get_messages(level)


def select(iface, source, expression: str) -> None:
    """Select the features of ``expression`` in ``source`` and make it the active layer."""
    source.selectByExpression(expression)
    assert source.selectedFeatureCount()
    iface.setActiveLayer(source)


def take_selected(dock, qtbot) -> None:
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.use_selected()


def test_features_of_different_projects_are_refused_not_reviewed_with_the_earlier_features_project(
        bound, qgis_iface, qtbot):
    sites = layer("sites")
    select(qgis_iface, sites, "\"site_id\" = 'S01'")
    take_selected(bound, qtbot)
    assert bound.form.project().industry == "C3911"
    select(qgis_iface, sites, "\"site_id\" IN ('S02', 'S03')")  # 新建 and 改建, other investments and flows
    bound.site_input.use_selected()
    assert bound.site_input.site is None and bound.runner.reviews == []
    warnings = messages(qgis_iface, Qgis.MessageLevel.Warning)
    refusal = [m for m in warnings if "2 selected features of sites describe different projects" in m]
    assert refusal and "(S02, S03)" in refusal[0], warnings
    fields = refusal[0].split("their fields ")[1].split(" differ (")[0].split(", ")
    assert set(fields) == {"construction", "investment_wan", "vocs_tpa", "water_m3d", "capacity_increase"}


def test_features_of_one_project_give_their_shared_values(bound, sample_project, qgis_iface, qtbot):
    """Two parcels of one project (S01's values, their own ids and names) replace what the form held."""
    sites = layer("sites")
    parcels = QgsMemoryProviderUtils.createMemoryLayer("parcels", sites.fields(), QgsWkbTypes.Polygon, sites.crs())
    s01 = next(f for f in sites.getFeatures() if f["site_id"] == "S01")
    features = []
    for number, shift in ((1, 0.0), (2, 0.001)):
        feature = QgsFeature(s01)
        feature.setAttribute("fid", number)
        feature.setAttribute("site_id", f"P{number}")
        feature.setAttribute("name", f"一期{number}")
        geometry = QgsGeometry(s01.geometry())
        geometry.translate(shift, 0)
        feature.setGeometry(geometry)
        features.append(feature)
    assert parcels.dataProvider().addFeatures(features)
    sample_project.addMapLayer(parcels)
    bound.form.industry.set_code("C1312")  # typed before
    parcels.selectAll()
    qgis_iface.setActiveLayer(parcels)
    take_selected(bound, qtbot)
    project = bound.form.project()
    assert (project.name, project.industry, project.construction, project.catalogue) == (
        "一期1, 一期2", "C3911", "new", "encouraged")
    assert project.attributes["investment_wan"] == 50000 and bound.runner.description == project


def test_a_parcel_without_project_fields_after_a_feature_empties_the_form(bound, qgis_iface, qtbot):
    """S01's values do not stay for a control unit taken next: the form is emptied and the message says why."""
    select(qgis_iface, layer("sites"), "\"site_id\" = 'S01'")
    take_selected(bound, qtbot)
    select(qgis_iface, layer("control_units"), "\"HJGKDYBM\" = 'ZH13062920001'")
    take_selected(bound, qtbot)
    project = bound.form.project()
    assert (project.name, project.industry, project.construction, project.attributes) == ("", None, None, {})
    assert bound.runner.description == project
    warnings = messages(qgis_iface, Qgis.MessageLevel.Warning)
    assert any("1 selected feature of control_units has no field the review reads" in m
               and "taken from 1 selected feature of sites: S01" in m for m in warnings), warnings


def test_a_drawn_site_after_a_feature_names_the_features_values_it_is_reviewed_with(bound, qgis_iface, qtbot):
    from zoning_review.plugin.gui.review_task import Site

    select(qgis_iface, layer("sites"), "\"site_id\" = 'S01'")
    take_selected(bound, qtbot)
    with qtbot.waitSignal(bound.runner.reviewed, timeout=60000):
        bound.site_input.set_site(Site(QgsGeometry.fromWkt(SQUARE), layer("sites").crs(), "drawn on the map"))
    assert bound.form.project().industry == "C3911"  # kept: it may be the same project, and the message says so
    warnings = messages(qgis_iface, Qgis.MessageLevel.Warning)
    assert any("The new site (drawn on the map) is reviewed with the project values taken from 1 selected feature "
               "of sites: S01" in m for m in warnings), warnings


def test_selected_is_the_active_layers_selection_only(dock, sample_project, qgis_iface):
    points = QgsVectorLayer("Point?crs=EPSG:4490", "wells", "memory")
    well = QgsFeature()
    well.setGeometry(QgsGeometry.fromWkt("POINT(115.9 39.05)"))
    assert points.dataProvider().addFeatures([well])
    sample_project.addMapLayer(points)
    layer("sites").selectByExpression("\"site_id\" = 'S02'")  # left over from earlier work
    qgis_iface.messageBar().clear_messages()
    select(qgis_iface, points, "true")
    dock.site_input.use_selected()
    assert dock.site_input.site is None
    warnings = messages(qgis_iface, Qgis.MessageLevel.Warning)
    assert any("The active layer wells is not a polygon layer" in m for m in warnings), warnings
    qgis_iface.setActiveLayer(layer("red_line"))  # a polygon layer without a selection
    dock.site_input.use_selected()
    assert dock.site_input.site is None
    warnings = messages(qgis_iface, Qgis.MessageLevel.Warning)
    assert any("No feature of red_line (the active layer) is selected" in m for m in warnings), warnings


def test_the_coordinate_dialog_is_reused_with_its_text(dock, qtbot):
    dock.site_input.import_button.click()
    dialog = dock.site_input.dialog
    dialog.text.setPlainText(POINTS)
    dialog.check()
    dock.site_input.import_button.click()  # pressed again while open: the same dialog, not an empty one
    assert dock.site_input.dialog is dialog and dialog.isVisible()
    with qtbot.waitSignal(dialog.accepted_site):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible() and dock.site_input.site is not None
    dock.site_input.import_button.click()  # one point to correct: the list is still there
    assert dock.site_input.dialog is dialog and dialog.isVisible()
    assert dialog.text.toPlainText() == POINTS


def test_a_coordinate_file_that_cannot_be_read_leaves_ok_off(qgis_new_project, tmp_path, qtbot):
    from zoning_review.plugin.gui.coordinate_dialog import CoordinateDialog

    dialog = CoordinateDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    big = tmp_path / "big.txt"
    big.write_bytes(b"1, 2\n" * 1_100_000)  # 5.5 MB
    for bad, words in ((big, "big.txt is larger than 5 MB"), (tmp_path / "gone.txt", "gone.txt")):
        dialog.text.setPlainText(POINTS)
        dialog.check()
        assert ok.isEnabled()
        dialog.load_path(str(bad))
        assert not ok.isEnabled() and dialog.site is None
        assert words in dialog.status.text() and "not this file's" in dialog.status.text()
        assert dialog.text.toPlainText() == POINTS


def test_the_features_values_are_named_once_not_for_every_later_drawn_site(bound, qgis_iface, qtbot):
    from zoning_review.plugin.gui.review_task import Site

    select(qgis_iface, layer("sites"), "\"site_id\" = 'S01'")
    take_selected(bound, qtbot)
    named = "reviewed with the project values taken from 1 selected feature of sites: S01"
    for number, shift in enumerate((0.0, 0.002, 0.004)):
        qgis_iface.messageBar().clear_messages()
        drawn = QgsGeometry.fromWkt(SQUARE)
        drawn.translate(shift, 0)
        with qtbot.waitSignal(bound.runner.reviewed, timeout=60000):
            bound.site_input.set_site(Site(drawn, layer("sites").crs(), "drawn on the map"))
        warnings = messages(qgis_iface, Qgis.MessageLevel.Warning)
        assert sum(named in m for m in warnings) == (1 if number == 0 else 0), warnings
        assert bound.form.project().industry == "C3911"  # still the feature's values, as the first message said
    select(qgis_iface, layer("sites"), "\"site_id\" = 'S01'")
    take_selected(bound, qtbot)  # taken again: the next drawn site is named again
    qgis_iface.messageBar().clear_messages()
    with qtbot.waitSignal(bound.runner.reviewed, timeout=60000):
        bound.site_input.set_site(Site(QgsGeometry.fromWkt(SQUARE), layer("sites").crs(), "drawn on the map"))
    assert any(named in m for m in messages(qgis_iface, Qgis.MessageLevel.Warning))
