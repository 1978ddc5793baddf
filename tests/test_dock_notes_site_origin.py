"""The dock's notes say where the site came from, as reviewsites' notes do: a site taken from the selected features of
a layer names the layer, its source (never a credential; a layer held in memory said so) and the features' ids, in
the data reviewed of the HTML, PDF and Word notes and in the PDF's and Word document's properties; a drawn site and
one given as coordinates say so."""

from pathlib import Path

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsFeatureRequest, QgsGeometry, QgsProject, QgsVectorLayer

from tests.dock_helpers import SITE_WKT, bind
from tests.sample_project import layer
from tests.test_notes_site_origin import FORMATS, properties, squeezed, text_of
from zoning_review.plugin.gui.site_sources import layer_features, selected_site
from zoning_review.plugin.notes.sites_layer import SELECTED


def notes(dock, tmp_path, fmt: str = "html") -> str:
    """The notes of the review on screen written in English as ``fmt``: their path."""
    [written] = dock.notes.write("en", fmt, str(tmp_path / f"notes.{fmt}"))
    return written


def take(dock, qtbot, site) -> None:
    """Review ``site`` in the dock."""
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.set_site(site)


def fid_of(sites: QgsVectorLayer, site_id: str) -> int:
    """The feature id of a site, read from the layer itself."""
    return next(f.id() for f in sites.getFeatures() if f["site_id"] == site_id)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_site_of_a_selected_feature_names_its_layer_source_and_feature(dock, example_rules, qtbot, tmp_path, fmt):
    bind(dock.bindings, example_rules)
    sites = layer("sites")
    sites.selectByIds([fid_of(sites, "S02")])
    take(dock, qtbot, selected_site(sites))
    path = notes(dock, tmp_path, fmt)
    source = sites.source()
    assert "|layername=sites" in source
    row = f"Sites layersitesSites layer source{source}Site featurefeature id {fid_of(sites, 'S02')}"
    assert squeezed(row) in squeezed(text_of(Path(path), fmt))
    if fmt != "html":
        assert squeezed(f"Sites layer sites ({source}); feature id {fid_of(sites, 'S02')}") in squeezed(
            properties(path, fmt))


def test_a_site_of_several_features_of_a_memory_layer_names_them_all(dock, example_rules, qtbot, tmp_path):
    bind(dock.bindings, example_rules)
    held = layer("sites").materialize(QgsFeatureRequest())
    held.setName("草图地块")
    wanted = sorted(fid_of(held, site) for site in ("S01", "S02"))
    assert held.dataProvider().deleteAttributes(list(range(held.fields().count())))  # no project's values to differ
    held.updateFields()
    QgsProject.instance().addMapLayer(held)
    held.selectByIds(wanted)
    take(dock, qtbot, selected_site(held))
    text = squeezed(text_of(Path(notes(dock, tmp_path)), "html"))
    assert squeezed("Sites layer草图地块Sites layer sourcea temporary layer held in memory (saved to no file)") in text
    assert squeezed(f"Site featuresfeature ids {wanted[0]}, {wanted[1]} (joined into one site)") in text


def test_a_drawn_site_says_it_was_drawn(dock, example_rules, qtbot, tmp_path):
    bind(dock.bindings, example_rules)
    dock.canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4490"))
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.tool.finished.emit(QgsGeometry.fromWkt(SITE_WKT))  # as the draw tool ends a polygon
    text = squeezed(text_of(Path(notes(dock, tmp_path)), "html"))
    assert squeezed("Site taken fromdrawn on the map in the Zoning Review panel") in text
    assert "Siteslayer" not in text


def test_a_site_given_as_coordinates_says_so(dock, example_rules, qtbot, tmp_path):
    from zoning_review.plugin.gui.coordinate_dialog import CoordinateDialog

    bind(dock.bindings, example_rules)
    dialog = CoordinateDialog()
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("115.885, 39.040\n115.915, 39.040\n115.915, 39.055\n115.885, 39.055\n")
    dialog.check()
    assert dialog.site is not None
    take(dock, qtbot, dialog.site)
    text = squeezed(text_of(Path(notes(dock, tmp_path)), "html"))
    assert squeezed("Site taken fromcoordinates pasted or imported in the Zoning Review panel") in text


def test_no_password_of_the_layers_source_is_recorded(qgis_app):
    source = "PG:host=127.0.0.1 port=1 dbname=gis user=bob password=s3cret|layername=sites"
    taken = layer_features(SELECTED, QgsVectorLayer(source, "sites", "ogr"), [])  # no server answers: unread
    assert "s3cret" not in taken.layer.source and "bob" in taken.layer.source
