"""Sites saved as a Shapefile, whose field names a .dbf cuts to 10 bytes (construction → constructi,
investment_wan → investment, discharges_pollutants → discharges): the cut field is named as what it may be, in
reviewsites and in the dock, and never read as it (two names may be cut alike: a wrong guess could pass a site),
so the values stay not given and the rules that read them need information.

Expected values: GDAL's Shapefile driver keeps a name's first 10 characters, and numbers a cut form already taken
as its first 8 characters, _ and a digit; in GBK a Chinese character is 2 bytes, in UTF-8 3."""

import pytest
from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter, QgsVectorLayer

from zoning_review.plugin.core.inputs.cut_fields import cut_forms

from .kept_feedback import Feedback

CUT = {"constructi": "construction", "investment": "investment_wan", "discharges": "discharges_pollutants"}


@pytest.mark.parametrize("names, fields, expected", [
    (["construction"], ["constructi", "construc_1", "constr"], [("constructi", "construction"),
                                                                ("construc_1", "construction")]),
    (["construction"], ["construction", "constructi"], []),  # the whole name is there: nothing cut
    (["industry", "industry_code"], ["industry", "industry_c"], [("industry_c", "industry_code")]),
    (["产业结构调整目录"], ["产业结构调", "产业结"],  # 10 bytes in GBK, 9 in UTF-8
     [("产业结构调", "产业结构调整目录"), ("产业结", "产业结构调整目录")]),
    (["name"], ["nam"], []),  # a name short enough is never cut
    (["investment_wan"], ["investment", "invest"], [("investment", "investment_wan")]),
])
def test_a_cut_form_is_a_name_cut_where_a_dbf_name_ends(names, fields, expected):
    assert cut_forms(names, fields) == expected


@pytest.fixture
def shapefile_sites(qgis_app, sample_gpkg, tmp_path):
    """The sample's sites written by QGIS as a Shapefile (UTF-8), its long field names cut by the driver."""
    sites = QgsVectorLayer(f"{sample_gpkg}|layername=sites", "sites", "ogr")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.fileEncoding = "ESRI Shapefile", "UTF-8"
    path = tmp_path / "sites.shp"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(sites, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    layer = QgsVectorLayer(str(path), "sites_shp", "ogr")
    assert set(CUT) <= set(layer.fields().names()) and not set(CUT.values()) & set(layer.fields().names())
    return layer


def test_reviewsites_names_the_cut_fields_and_does_not_read_them(zr_processing, sample_gpkg, example_rules,
                                                                 shapefile_sites, tmp_path):
    import processing

    feedback = Feedback()
    processing.run("zoningreview:reviewsites", {
        "SITES": shapefile_sites.source(), "UNITS": f"{sample_gpkg}|layername=control_units",
        "RULES": str(example_rules), "LANGUAGE": 1,
        "CONSTRAINTS": [f"{sample_gpkg}|layername={name}" for name in ("red_line", "river_bank", "industrial_park",
                                                                        "water_source")],
        "FINDINGS": str(tmp_path / "findings.gpkg"), "SUMMARY": str(tmp_path / "summary.gpkg"),
    }, feedback=feedback)
    warnings = [text for kind, text in feedback.lines if kind == "warning"]
    # before: only "No site field …" for each, which did not say where the value was
    for field, name in CUT.items():
        [named] = [text for text in warnings if text.startswith(f"The sites' field {field} may be {name} cut")]
        assert "it is not read as" in named, named
    assert "“Attribute fields (" in next(text for text in warnings if "investment may be" in text)
    summary = QgsVectorLayer(str(tmp_path / "summary.gpkg"), "summary", "ogr")  # construction not given: no pass
    assert {f["verdict"] for f in summary.getFeatures()} <= {"needs_study", "non_compliant"}


def test_the_dock_names_a_cut_field_of_the_selected_feature(dock, qgis_app, sample_project, example_rules,
                                                            shapefile_sites, qtbot):
    from tests.dock_helpers import bind

    bind(dock.bindings, example_rules)
    sample_project.addMapLayer(shapefile_sites)
    shapefile_sites.selectByExpression("\"site_id\" = 'S01'")
    dock.iface.setActiveLayer(shapefile_sites)
    shown = []
    dock.push_message = lambda text, level=1, more="": shown.append((text, level))
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.use_selected()
    said = "\n".join(text for text, _level in shown)
    # before: the project form showed construction "not given", and nothing said why
    assert "field constructi may be construction cut to 10 characters by the Shapefile format" in said, shown
    assert "field investment may be investment_wan cut" in said and "field discharges may be discharges_pollutants" \
        in said
    assert dock.form.project().construction in (None, "")
