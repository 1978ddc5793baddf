"""Sites of a file that numbers its features by their rows (a Shapefile, a CSV) and has no site id field are named
by those numbers, which change when a row is deleted and the file saved again: reviewsites says so once, naming the
layer and what to do (it is not refused: such files are common), and the notes — reviewsites' and the dock's — record
the feature id as the row number it is. A GeoPackage keeps its feature ids: nothing is said of it.

Expected values: the sites written here are the sample's S01 and S02, without their site_id field, in that order:
feature ids 0 and 1 in a Shapefile (OGR numbers its rows from 0), 2 and 3 in a CSV (QGIS's delimited text numbers
its lines, the header the first), 1 and 2 in a GeoPackage (its fid column)."""

from pathlib import Path

import pytest
from osgeo import gdal
from qgis.core import QgsProject, QgsVectorLayer

from tests.kept_feedback import Feedback
from tests.test_notes_site_origin import squeezed, text_of
from tests.test_processing_review import params

COLUMNS = "name, industry, construction, catalogue, discharges_pollutants, geom"
PICKED = f"SELECT {COLUMNS} FROM sites WHERE site_id IN ('S01', 'S02') ORDER BY site_id"
WORDS = "which in this file is its row number"
ROW = "(its row number in the file, which changes when the file is edited)"


def written(sample_gpkg, path: Path, driver: str, **options) -> Path:
    """S01 and S02 without their site ids, written by GDAL in ``driver``'s format at ``path``."""
    gdal.VectorTranslate(str(path), str(sample_gpkg), format=driver, **{"SQLStatement": PICKED, **options})
    assert path.exists()
    return path


def sites_layers(sample_gpkg, folder: Path):
    """The same two sites as a Shapefile, a CSV (delimited text, WKT) and a GeoPackage, each a layer: name → layer."""
    shapefile = written(sample_gpkg, folder / "地块.shp", "ESRI Shapefile", layerCreationOptions=["ENCODING=UTF-8"])
    csv = written(sample_gpkg, folder / "sites.csv", "CSV", layerCreationOptions=["GEOMETRY=AS_WKT"])
    gpkg = written(sample_gpkg, folder / "sites.gpkg", "GPKG", layerName="sites")
    wkt = csv.read_text(encoding="utf-8").split(",", 1)[0]  # WKT, or the geometry column's name (GDAL 3.9 on)
    layers = {"shp": QgsVectorLayer(str(shapefile), "地块", "ogr"),
              "csv": QgsVectorLayer(f"{csv.as_uri()}?type=csv&wktField={wkt}&crs=EPSG:4490", "sites_csv",
                                    "delimitedtext"),
              "gpkg": QgsVectorLayer(f"{gpkg}|layername=sites", "sites_gpkg", "ogr")}
    for layer in layers.values():
        assert layer.isValid() and layer.featureCount() == 2 and "site_id" not in layer.fields().names()
    return layers


@pytest.mark.parametrize("kind, fids, rows", [("shp", (0, 1), True), ("csv", (2, 3), True),
                                              ("gpkg", (1, 2), False)])
def test_reviewsites_says_once_that_the_sites_are_named_by_row_numbers(zr_processing, sample_gpkg, example_rules,
                                                                      tmp_path, kind, fids, rows):
    import processing

    sites = sites_layers(sample_gpkg, tmp_path)[kind]
    name = sites.name()
    QgsProject.instance().addMapLayer(sites)
    folder = tmp_path / "notes"
    log = Feedback()
    try:
        processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, sites=sites,
                                                          REPORT_FORMAT=1, REPORT_FOLDER=str(folder)), feedback=log)
    finally:
        QgsProject.instance().removeMapLayer(sites.id())
    assert log.errors == []
    said = [text for text in log.warnings if WORDS in text]
    pages = {fid: squeezed(text_of(folder / f"{fid}.html", "html")) for fid in fids}
    if not rows:  # a GeoPackage keeps its feature ids
        assert said == [] and all(squeezed(f"Site featurefeature id {fid}Unit layer") in pages[fid] for fid in fids)
        return
    # before: nothing said the ids were row numbers, nor did the notes
    assert len(said) == 1 and said[0].startswith(f"Layer {name}: no site id field is given or found"), said
    assert "Choose the site id field" in said[0] and "add such a field to the layer" in said[0]
    for fid in fids:
        assert squeezed(f"Site featurefeature id {fid} {ROW}") in pages[fid]


def test_no_warning_when_the_sites_have_an_id_field(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    shapefile = written(sample_gpkg, tmp_path / "ids.shp", "ESRI Shapefile",
                        SQLStatement=f"SELECT site_id, {COLUMNS} FROM sites WHERE site_id IN ('S01', 'S02')")
    log = Feedback()
    processing.run("zoningreview:reviewsites", params(sample_gpkg, example_rules, tmp_path, sites=str(shapefile)),
                   feedback=log)
    assert log.errors == [] and not any(WORDS in text for text in log.warnings)


@pytest.mark.parametrize("kind, rows", [("shp", True), ("gpkg", False)])
def test_the_docks_notes_say_a_feature_id_is_a_row_number(dock, example_rules, qtbot, sample_gpkg, tmp_path, kind,
                                                           rows):
    from tests.dock_helpers import bind
    from tests.test_dock_notes_site_origin import notes, take
    from zoning_review.plugin.gui.site_sources import selected_site

    bind(dock.bindings, example_rules)
    sites = sites_layers(sample_gpkg, tmp_path)[kind]
    QgsProject.instance().addMapLayer(sites)
    [fid] = [feature.id() for feature in sites.getFeatures() if feature["name"] == first_name(sample_gpkg)]
    sites.selectByIds([fid])
    take(dock, qtbot, selected_site(sites))
    text = squeezed(text_of(Path(notes(dock, tmp_path)), "html"))
    row = squeezed(f"Site featurefeature id {fid} {ROW}")
    # before: the feature id was given as if it named the feature for good
    assert (row in text) is rows and squeezed(f"Site featurefeature id {fid}") in text


def first_name(sample_gpkg) -> str:
    """S01's name in the sample, read from the file."""
    layer = QgsVectorLayer(f"{sample_gpkg}|layername=sites", "sites", "ogr")
    return next(feature["name"] for feature in layer.getFeatures() if feature["site_id"] == "S01")
