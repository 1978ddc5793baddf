"""A sites layer without a CRS (a shapefile without its .prj) stops reviewsites and rereview before any site is
reviewed, naming the layer and saying to set its CRS, as a unit layer without one does; sitingscreen's units too."""

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.test_input_checks import copy_layer
from tests.test_processing_review import CONSTRAINTS, params

NO_CRS = ("Layer {name} has no coordinate reference system (e.g. a missing .prj file): set it in the layer's "
          "properties or add the .prj, then run again.")


@pytest.fixture
def bare_sites(sample_gpkg, tmp_path):
    """The sample's sites in a shapefile without its .prj."""
    path = copy_layer(sample_gpkg, "sites", tmp_path / "parcels.shp")
    assert not QgsVectorLayer(path, "parcels").crs().isValid()
    return path


def test_reviewsites_refuses_sites_without_a_crs_before_writing_anything(zr_processing, sample_gpkg,
                                                                         example_rules, bare_sites, tmp_path):
    import processing

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, out, sites=bare_sites,
                                                          REPORT_FORMAT=1, REPORT_FOLDER=str(out / "notes")))
    assert str(caught.value) == NO_CRS.format(name="parcels")
    assert list(out.iterdir()) == []


def test_rereview_refuses_sites_without_a_crs(zr_processing, sample_gpkg, example_rules, bare_sites, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException) as caught:
        processing.run("zoningreview:rereview", {
            "SITES": bare_sites, "UNITS": f"{sample_gpkg}|layername=control_units",
            "OLD_RULES": str(example_rules), "NEW_RULES": str(example_rules), "SITE_ID_FIELD": "site_id",
            "CONSTRAINTS": [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS],
            "OUTPUT": str(tmp_path / "changes.gpkg")})
    assert str(caught.value) == NO_CRS.format(name="parcels")
    assert not (tmp_path / "changes.gpkg").exists()


def test_sitingscreen_refuses_units_without_a_crs(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    units = copy_layer(sample_gpkg, "control_units", tmp_path / "units.shp")
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("zoningreview:sitingscreen", {
            "UNITS": units, "RULES": str(example_rules), "INDUSTRY": "C2614",
            "CONSTRAINTS": [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS],
            "OUTPUT": str(tmp_path / "screen.gpkg"), "ZONES": str(tmp_path / "zones.gpkg")})
    assert str(caught.value) == NO_CRS.format(name="units")
    assert not (tmp_path / "screen.gpkg").exists()
