"""The register's GeoPackage shows one layer, the register, to GDAL and QGIS alike, though it keeps the highest
number it issued; the file stays a valid GeoPackage and other metadata in it is left as it was."""

import sqlite3
import subprocess

import pytest
from osgeo import ogr
from osgeo_utils.samples import validate_gpkg
from qgis.core import QgsLayerMetadata, QgsProviderRegistry

from tests.test_register import edit_by_hand, entry
from tests.test_register_numbers import as_an_older_register
from zoning_review.plugin.core.outputs.register import RegisterError, append_to_register

OURS = "urn:zoning-review:register:last-issued"


def assert_one_layer(path) -> None:
    """GDAL, ogrinfo and QGIS list the register alone, and GDAL's GeoPackage validation finds nothing wrong."""
    source = ogr.Open(str(path))
    assert source.GetLayerCount() == 1  # before, 2: reviews_numbers was a layer
    assert source.GetLayer(0).GetName() == "reviews"
    source = None
    listed = subprocess.run(["ogrinfo", "-ro", "-q", str(path)], capture_output=True, text=True, check=True)
    assert listed.stdout.split() == ["1:", "reviews", "(Multi", "Polygon)"] and listed.stderr == ""
    assert [detail.name() for detail in QgsProviderRegistry.instance().querySublayers(str(path))] == ["reviews"]
    assert validate_gpkg.check(str(path), abort_at_first_error=False, extra_checks=True, warning_as_error=True) == []


def recorded(path) -> list:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT md_scope, mime_type, metadata FROM gpkg_metadata "
                                  "WHERE md_standard_uri = ?", (OURS,)).fetchall()


def test_a_new_register_is_the_one_layer_of_its_geopackage(qgis_new_project, tmp_path):
    path = tmp_path / "台账.gpkg"
    for name in ("S01", "S02"):
        append_to_register(str(path), entry(name, "compliant"))
    assert_one_layer(path)
    assert recorded(path) == [("undefined", "text/plain", "2")]


def test_an_older_register_is_still_the_one_layer_of_its_geopackage_after_its_first_append(qgis_new_project,
                                                                                         tmp_path):
    path = tmp_path / "r.gpkg"
    for name in ("S01", "S02", "S03"):
        append_to_register(str(path), entry(name, "compliant"))
    as_an_older_register(path)
    assert append_to_register(str(path), entry("S04", "compliant")) == 4
    assert_one_layer(path)
    assert recorded(path) == [("undefined", "text/plain", "4")]


def test_metadata_qgis_keeps_in_the_register_is_left_as_it_was(qgis_new_project, tmp_path):
    path = tmp_path / "r.gpkg"
    append_to_register(str(path), entry("S01", "compliant"))
    metadata = QgsLayerMetadata()
    metadata.setTitle("雄安台账")
    ogr_metadata = QgsProviderRegistry.instance().providerMetadata("ogr")
    uri = f"{path}|layername=reviews"
    assert ogr_metadata.saveLayerMetadata(uri, metadata)[0]
    with sqlite3.connect(path) as connection:
        before = connection.execute("SELECT * FROM gpkg_metadata WHERE md_standard_uri <> ?", (OURS,)).fetchall()
    assert len(before) == 1
    edit_by_hand(path, "DELETE FROM reviews WHERE seq = 1")
    assert append_to_register(str(path), entry("S02", "compliant")) == 2
    with sqlite3.connect(path) as connection:
        after = connection.execute("SELECT * FROM gpkg_metadata WHERE md_standard_uri <> ?", (OURS,)).fetchall()
    assert after == before and "雄安台账" in before[0][4]
    assert_one_layer(path)


@pytest.mark.parametrize("value", ["", "十二", "12a"])
def test_a_recorded_number_that_is_not_one_is_refused_naming_it(qgis_new_project, tmp_path, value):
    path = tmp_path / "r.gpkg"
    append_to_register(str(path), entry("S01", "compliant"))
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE gpkg_metadata SET metadata = ? WHERE md_standard_uri = ?", (value, OURS))
    before = path.read_bytes()
    with pytest.raises(RegisterError) as error:
        append_to_register(str(path), entry("S02", "compliant"))
    assert str(error.value) == (
        f"The register {path} records the highest number it issued as “{value}”, which is not a number; nothing "
        f"was written. Set the metadata row {OURS} of the GeoPackage back to the highest number the register "
        "issued.")
    assert path.read_bytes() == before
