"""reviewsites and sitingscreen with the sample's red line as a Xian 1980 layer (its coordinates as they are, the CRS
assigned as GDAL's -a_srs does, as data from an older survey reads): each names the layer, both CRSs and what to do,
and reviewsites passes no site the CGCS2000 red line does not pass."""

import pytest
from osgeo import gdal
from qgis.core import QgsVectorLayer

from .kept_feedback import Feedback

OTHERS = ("river_bank", "industrial_park", "water_source")


@pytest.fixture(scope="module")
def xian_red_line(sample_gpkg, tmp_path_factory):
    """The sample's red_line in a GeoPackage of its own, its CRS set to Xian 1980 (EPSG:4610)."""
    path = tmp_path_factory.mktemp("xian") / "red_line.gpkg"  # bound by its name, as the rules name it
    done = gdal.VectorTranslate(str(path), str(sample_gpkg), options="-a_srs EPSG:4610 red_line")
    assert done is not None
    done = None  # closed: written
    return path


def shift_lines(feedback):
    return [text for kind, text in feedback.lines if kind == "warning" and "ballpark" in text]


def review(sample_gpkg, example_rules, red_line, folder):
    import processing

    feedback = Feedback()
    folder.mkdir()
    processing.run("zoningreview:reviewsites", {
        "SITES": f"{sample_gpkg}|layername=sites", "UNITS": f"{sample_gpkg}|layername=control_units",
        "RULES": str(example_rules), "LANGUAGE": 1,
        "CONSTRAINTS": [red_line] + [f"{sample_gpkg}|layername={name}" for name in OTHERS],
        "FINDINGS": str(folder / "findings.gpkg"), "SUMMARY": str(folder / "summary.gpkg"),
    }, feedback=feedback)
    summary = QgsVectorLayer(str(folder / "summary.gpkg"), "summary", "ogr")
    verdicts = {f["site_id"]: f["verdict"] for f in summary.getFeatures()}
    return verdicts, feedback


def test_reviewsites_names_a_xian_1980_red_line_and_passes_no_site_it_may_misplace(zr_processing, sample_gpkg,
                                                                                  example_rules, xian_red_line,
                                                                                  tmp_path):
    base, said = review(sample_gpkg, example_rules, f"{sample_gpkg}|layername=red_line", tmp_path / "cgcs")
    assert shift_lines(said) == []
    verdicts, said = review(sample_gpkg, example_rules, str(xian_red_line), tmp_path / "xian")
    lines = shift_lines(said)  # at the first site, and counted over the sites at the end
    [line] = [text for text in lines if text.startswith("Site S01: ")]
    assert any(text.startswith("10 sites in all had this warning: ") for text in lines)
    assert "EPSG:4610" in line and "EPSG:4490" in line and "Project Properties › Transformations" in line
    assert "(Ballpark geographic offset from China Geodetic Coordinate System 2000 to Xian 1980)" in line
    assert set(verdicts) == set(base) and len(base) == 10
    assert {site for site, verdict in verdicts.items() if verdict == "compliant"} <= \
        {site for site, verdict in base.items() if verdict == "compliant"}


def test_sitingscreen_names_a_xian_1980_red_line(zr_processing, sample_gpkg, example_rules, xian_red_line):
    import processing

    feedback = Feedback()
    processing.run("zoningreview:sitingscreen", {
        "UNITS": f"{sample_gpkg}|layername=control_units", "RULES": str(example_rules), "USE_UNIT_PROSE": False,
        "CONSTRAINTS": [str(xian_red_line)] + [f"{sample_gpkg}|layername={name}" for name in OTHERS],
        "INDUSTRY": "C2614", "CONSTRUCTION": 0, "CATALOGUE": 0, "LANGUAGE": 1,
        "OUTPUT": "TEMPORARY_OUTPUT", "ZONES": "TEMPORARY_OUTPUT"}, feedback=feedback)
    [line] = shift_lines(feedback)
    assert "EPSG:4610" in line and "EPSG:4490" in line and "unit layer" in line and "Transformations" in line
