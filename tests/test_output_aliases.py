"""Output files keep the columns' Chinese aliases where their format takes them, and no run fills the Processing
log with QGIS's English warnings about aliases and comments — two a column and output ("site_id: Aliases are not
supported by GeoPackage", "site_id: Comments are not supported by …"), which QGIS 3.32 and later give wherever a
format or provider takes no aliases or no comments: a GeoPackage with GDAL 3.6 (QGIS 3.40's Debian root), a CSV,
Excel or GeoJSON file with every GDAL, an ogr: table of a GeoPackage with GDAL 3.6."""

import re

from osgeo import gdal
from qgis.core import Qgis, QgsVectorLayer

from tests.kept_feedback import Feedback
from tests.test_processing_review import params

# A GeoPackage keeps aliases as its columns' alternative names: written by QGIS 3.28+ with GDAL 3.7+ (the 3.44
# root; not 3.22, nor the 3.40 root with GDAL 3.6). No other format the tests write keeps them.
GPKG_KEEPS_ALIASES = Qgis.QGIS_VERSION_INT >= 32800 and int(gdal.VersionInfo()) >= 3070000
ALIAS_WARNING = re.compile(r"^\w+: (Aliases|Comments) are not (supported by|compatible with) ")


def alias_warnings(lines) -> list:
    """QGIS's warnings about aliases or comments among a run's lines."""
    return [line for line in lines if ALIAS_WARNING.match(line)]


def alias_of(source: str, field: str) -> str:
    """The alias a written layer's field reads back with ("" for none)."""
    layer = QgsVectorLayer(source, "written", "ogr")
    assert layer.isValid(), source
    index = layer.fields().indexOf(field)
    assert index >= 0, (source, field)
    return layer.attributeAlias(index)


def test_a_review_to_a_geopackage_a_csv_and_a_workbook_gives_no_alias_warnings(zr_processing, sample_gpkg,
                                                                              example_rules, tmp_path):
    import processing

    feedback = Feedback()
    processing.run("zoningreview:reviewsites", params(
        sample_gpkg, example_rules, tmp_path, SUMMARY=str(tmp_path / "summary.csv"),
        CLAUSES=str(tmp_path / "clauses.xlsx")), feedback=feedback)
    assert alias_warnings(feedback.problems) == []
    findings = str(tmp_path / "findings.gpkg")
    assert alias_of(findings, "site_id") == ("选址编号" if GPKG_KEEPS_ALIASES else "")
    assert alias_of(findings, "verdict") == ("结论" if GPKG_KEEPS_ALIASES else "")
    assert alias_of(str(tmp_path / "summary.csv"), "site_id") == ""


def test_a_review_to_geopackage_tables_named_by_ogr_uris_gives_no_alias_warnings(zr_processing, sample_gpkg,
                                                                                 example_rules, tmp_path):
    import processing

    feedback = Feedback()
    database = tmp_path / "outputs.gpkg"
    processing.run("zoningreview:reviewsites", params(
        sample_gpkg, example_rules, tmp_path, FINDINGS=f"ogr:dbname='{database}' table=\"findings\" (geom)",
        SUMMARY=f"ogr:dbname='{database}' table=\"summary\" (geom)"), feedback=feedback)
    assert alias_warnings(feedback.problems) == []
    assert alias_of(f"{database}|layername=summary", "site_id") == ("选址编号" if GPKG_KEEPS_ALIASES else "")


def test_a_siting_screen_to_a_geopackage_and_a_geojson_file_gives_no_alias_warnings(zr_processing, sample_gpkg,
                                                                                   example_rules, tmp_path):
    import processing

    feedback = Feedback()
    processing.run("zoningreview:sitingscreen", {
        "UNITS": f"{sample_gpkg}|layername=control_units", "RULES": str(example_rules), "INDUSTRY": "C2614",
        "CONSTRUCTION": 0, "CATALOGUE": 0, "OUTPUT": str(tmp_path / "screen.gpkg"),
        "ZONES": str(tmp_path / "zones.geojson")}, feedback=feedback)
    assert alias_warnings(feedback.problems) == []
    assert alias_of(str(tmp_path / "screen.gpkg"), "unit_code") == ("单元编码" if GPKG_KEEPS_ALIASES else "")


# Formats with alternative names and comments from GDAL 3.7: a GeoPackage (also where no format is named, which QGIS
# writes as one, and as an ogr: URI's table); none for a scratch layer, a CSV, a workbook, a GeoJSON file, a shapefile
# or a table of another provider (aliases QGIS's PostgreSQL and SpatiaLite providers do not keep).
GDAL_KEEPS = int(gdal.VersionInfo()) >= 3070000
DESTINATIONS = [
    ("/data/out/summary.gpkg", GDAL_KEEPS),
    ("C:/审查/summary.GPKG", GDAL_KEEPS),
    ("/data/out/summary", GDAL_KEEPS),
    ("ogr:dbname='/data/out/all.gpkg' table=\"summary\" (geom)", GDAL_KEEPS),
    ("ogr:dbname='/data/out/all.sqlite' table=\"summary\" (geom)", False),
    ("memory:summary", False),
    ("", False),
    ("/data/out/summary.csv", False),
    ("C:/审查/summary.xlsx", False),
    ("/data/out/summary.geojson", False),
    ("/data/out/summary.shp", False),
    ("postgres://bureau/review/summary", False),
    ("postgis:dbname='zoning' host=db table=\"review\".\"summary\" (geom)", False),
    ("spatialite:dbname='/data/out/all.sqlite' table=\"summary\" (geom)", False),
]


def test_the_outputs_that_keep_aliases_are_told_by_their_format(qgis_app):
    from zoning_review.plugin.processing.kept_aliases import keeps_aliases

    assert [(text, keeps_aliases(text)) for text, _kept in DESTINATIONS] == DESTINATIONS
