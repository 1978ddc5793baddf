"""A row an output refuses stops the run naming the output, and leaves every file valid.

A row a format cannot hold (a GMT or FlatGeobuf row without geometry) is refused before the driver sees it; a
MapInfo table is refused before the run (output_paths). Before, the run ignored what addFeature(s) returned and
reported success with those rows missing.
"""

import shutil
import sqlite3
from pathlib import Path

import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException

from tests.test_processing_review import params, rows
from tests.test_rules_diff import changed_copy

GMT_REFUSAL = "Features without geometry not supported by GMT writer"
FGB_REFUSAL = "Mismatched geometry type"


def replace_geometry(gpkg: Path, table: str, number: int, wkt: str = "") -> list:
    """Give the table's ``number``-th feature (fid order) this geometry; "circle": a curved circle of about
    200 m round its centre. Every fid, in order."""
    data = ogr.Open(str(gpkg), 1)
    layer = data.GetLayerByName(table)
    fids = sorted(feature.GetFID() for feature in layer)
    feature = layer.GetFeature(fids[number])
    if wkt == "circle":
        x, y, d = *feature.GetGeometryRef().Centroid().GetPoint_2D(), 0.002
        wkt = f"CURVEPOLYGON (CIRCULARSTRING ({x - d} {y},{x} {y + d},{x + d} {y},{x} {y - d},{x - d} {y}))"
    feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    assert layer.SetFeature(feature) == 0
    data = None
    return fids


def features(path: Path, most: int = 0) -> list:
    """The attributes of every feature of a file's first layer (any format GDAL reads), of the first ``most``."""
    data = ogr.Open(str(path))  # kept while its layer is read
    layer = data.GetLayer(0)
    found = []
    while not most or len(found) < most:
        try:
            feature = layer.GetNextFeature()
        except RuntimeError:  # a driver that cannot read past a row it refused to write
            break
        if feature is None:
            break
        found.append(feature.items())
    return found


def rows_of(gpkg: Path, table: str) -> list:
    """The attributes of every feature of a GeoPackage table, with their fid."""
    data = ogr.Open(str(gpkg))
    return [{**feature.items(), "fid": feature.GetFID()} for feature in data.GetLayerByName(table)]


def intact(gpkg: Path) -> int:
    """The features of a GeoPackage's only table, after checking the file is whole and closed."""
    assert not Path(f"{gpkg}-journal").exists() and not Path(f"{gpkg}-wal").exists()
    with sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    return len(rows(gpkg))


def refused(error: pytest.ExceptionInfo, name: str, path: Path, refusal: str) -> None:
    """The message names the output (parameter and file) and says what GDAL refused."""
    text = str(error.value)
    assert f"({name}): {path}" in text and "rows could not be written" in text and refusal in text


@pytest.fixture
def sample_copy(sample_gpkg, tmp_path) -> Path:
    """A private copy of the sample GeoPackage."""
    gpkg = tmp_path / "in" / "sample.gpkg"
    gpkg.parent.mkdir()
    shutil.copy(sample_gpkg, gpkg)
    return gpkg


@pytest.mark.parametrize("algorithm, output", [("reviewsites", "SUMMARY"), ("reviewsites", "FINDINGS"),
                                               ("sitingscreen", "OUTPUT")])
def test_a_mapinfo_output_is_refused_before_anything_is_written(zr_processing, sample_gpkg, example_rules, tmp_path,
                                                                algorithm, output):
    """MapInfo cuts texts to 254 characters (a reason runs to 800) and GDAL writes the outputs' decimal columns
    unreadably ("Failed writing attributes"): before, reviewsites stopped at its first row and left a .tab that
    does not open. Now the run is refused before any file is written."""
    import processing

    table = tmp_path / "out.tab"
    parameters = (params(sample_gpkg, example_rules, tmp_path) if algorithm == "reviewsites" else {
        "UNITS": f"{sample_gpkg}|layername=control_units", "RULES": str(example_rules), "INDUSTRY": "C2614",
        "ZONES": str(tmp_path / "zones.gpkg")})
    parameters[output] = str(table)
    with pytest.raises(QgsProcessingException, match="a MapInfo file cuts texts to 254 characters") as error:
        processing.run(f"zoningreview:{algorithm}", parameters)
    assert f"({output}): {table}" in str(error.value)
    assert sorted(path.name for path in tmp_path.iterdir()) == []


def unit_codes(path: Path) -> list:
    """The unit codes of a file's rows, read to its end; GDAL may report no error on the way."""
    gdal.ErrorReset()
    data = ogr.Open(str(path))
    codes = [feature["unit_code"] for feature in data.GetLayer(0)]
    assert gdal.GetLastErrorType() == gdal.CE_None, gdal.GetLastErrorMsg()
    return codes


def test_sitingscreen_stops_at_a_unit_row_without_geometry(zr_processing, sample_copy, example_rules, tmp_path):
    import processing

    # The fourth unit collapsed to a line: its geometry cannot be used, so its row has none. GMT leaves it out.
    fids = replace_geometry(sample_copy, "control_units", 3, "MULTIPOLYGON (((116 39,116.1 39,116 39)))")
    codes = {r["fid"]: r["HJGKDYBM"] for r in rows_of(sample_copy, "control_units")}
    screen = tmp_path / "screen.gmt"
    with pytest.raises(QgsProcessingException) as error:
        processing.run("zoningreview:sitingscreen", {
            "UNITS": f"{sample_copy}|layername=control_units", "RULES": str(example_rules), "INDUSTRY": "C2614",
            "OUTPUT": str(screen), "ZONES": str(tmp_path / "zones.gpkg")})
    refused(error, "OUTPUT", screen, "a row without geometry, which the OGR_GMT format cannot hold")
    # the run did not complete: the screen it wrote part way (the three units before) is kept, as reviewsites keeps
    # its rows, and the log says so (processing/partial_outputs)
    assert unit_codes(screen) == [codes[fid] for fid in fids[:3]]
    assert (tmp_path / "zones.gpkg").exists()


def test_reviewsites_stops_at_a_site_without_geometry(zr_processing, sample_copy, example_rules, tmp_path):
    import processing

    fids = replace_geometry(sample_copy, "sites", 4, "POLYGON EMPTY")  # the fifth site has no geometry
    sites = {r["fid"]: r["site_id"] for r in rows_of(sample_copy, "sites")}
    summary = tmp_path / "summary.fgb"  # FlatGeobuf leaves such a row out (GDAL 3.6) or refuses it (3.10)
    with pytest.raises(QgsProcessingException) as error:
        processing.run("zoningreview:reviewsites", params(sample_copy, example_rules, tmp_path, SUMMARY=str(summary)))
    refused(error, "SUMMARY", summary, "a row without geometry, which the FlatGeobuf format cannot hold")
    assert sorted(row["site_id"] for row in features(summary)) == sorted(sites[fid] for fid in fids[:4])
    assert intact(tmp_path / "findings.gpkg") > 0


def test_diffrules_stops_when_its_table_is_refused(zr_processing, example_rules, tmp_path):
    import processing

    output = tmp_path / "diff.gmt"
    with pytest.raises(QgsProcessingException) as error:
        processing.run("zoningreview:diffrules", {
            "OLD": str(example_rules), "NEW": str(changed_copy(example_rules, tmp_path / "new.yaml")),
            "OUTPUT": str(output)})
    refused(error, "OUTPUT", output, GMT_REFUSAL)


def test_rereview_stops_when_its_table_is_refused(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    from tests.test_processing_review import CONSTRAINTS

    output = tmp_path / "changes.gmt"
    with pytest.raises(QgsProcessingException) as error:
        processing.run("zoningreview:rereview", {
            "SITES": f"{sample_gpkg}|layername=sites", "UNITS": f"{sample_gpkg}|layername=control_units",
            "OLD_RULES": str(example_rules), "NEW_RULES": str(example_rules), "SITE_ID_FIELD": "site_id",
            "CONSTRAINTS": [f"{sample_gpkg}|layername={n}" for n in CONSTRAINTS], "OUTPUT": str(output)})
    refused(error, "OUTPUT", output, GMT_REFUSAL)
