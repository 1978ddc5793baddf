"""A message naming several fields says so: "the … fields; choose each of them", "fields … may each be …; if one
of them holds …, choose that field" — never "choose it" of several (and, in Chinese, never one field of several);
one field keeps its message as it was."""

from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from zoning_review.plugin.core.inputs.resolve import InputError, unit_binding

from .kept_feedback import Feedback
from .test_feedback_language import ui  # noqa: F401 - the fixture setting the UI language

SITE = "Polygon ((115.90 39.00, 115.91 39.00, 115.91 39.01, 115.90 39.01, 115.90 39.00))"


def refusal(layer: QgsVectorLayer) -> str:
    """Why no unit fields can be found on ``layer``."""
    try:
        unit_binding(layer)
    except InputError as error:
        return str(error)
    raise AssertionError("the layer's fields were found")


def test_unit_fields_not_found_are_named_as_one_or_as_several(ui):  # noqa: F811
    ui("en")
    none = QgsVectorLayer("Polygon?crs=EPSG:4490&field=a:string&field=b:string", "分区", "memory")
    assert refusal(none) == ("Layer 分区: could not find the unit code, unit name, unit category fields; choose each "
                             "of them in the algorithm's parameters.")
    one = QgsVectorLayer("Polygon?crs=EPSG:4490&field=HJGKDYBM:string&field=HJGKDYMC:string", "分区", "memory")
    assert refusal(one) == ("Layer 分区: could not find the unit category field; choose it in the algorithm's "
                            "parameters.")


def sites(*fields: str) -> QgsVectorLayer:
    """A site (in the sample's units) with text ``fields``, left empty."""
    spec = "".join(f"&field={name}:string" for name in fields)
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:4490&field=site_id:string&field=industry:string{spec}", "sites",
                           "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["S1", "C2614"] + [None] * len(fields))
    feature.setGeometry(QgsGeometry.fromWkt(SITE))
    assert layer.dataProvider().addFeatures([feature])
    return layer


def cut_warnings(layer, sample_gpkg, example_rules, tmp_path) -> list:
    """reviewsites' warnings about fields that may be the construction nature cut by the Shapefile format."""
    import processing

    tmp_path.mkdir(exist_ok=True)
    feedback = Feedback()
    processing.run("zoningreview:reviewsites", {
        "SITES": layer, "UNITS": f"{sample_gpkg}|layername=control_units", "RULES": str(example_rules),
        "LANGUAGE": 1, "CONSTRAINTS": [f"{sample_gpkg}|layername={name}" for name in (
            "red_line", "river_bank", "industrial_park", "water_source")],
        "FINDINGS": str(tmp_path / "findings.gpkg"), "SUMMARY": str(tmp_path / "summary.gpkg"),
    }, feedback=feedback)
    return [text for kind, text in feedback.lines if kind == "warning" and "may" in text and "construction cut" in text]


def test_several_fields_that_may_be_one_cut_name_are_named_as_several(
        zr_processing, sample_gpkg, example_rules, tmp_path, ui):  # noqa: F811
    ui("en")
    assert cut_warnings(sites("constructi", "construc_1"), sample_gpkg, example_rules, tmp_path) == [
        "The sites' fields constructi, construc_1 may each be construction cut to 10 characters by the Shapefile "
        "format: none of them is read as construction, since a wrong guess could pass a site. If one of them holds "
        "construction, choose that field in “Construction nature field (新建/扩建/改建/迁建/技改)”."]
    assert cut_warnings(sites("constructi"), sample_gpkg, example_rules, tmp_path / "one") == [
        "The sites' field constructi may be construction cut to 10 characters by the Shapefile format: it is not "
        "read as construction, since a wrong guess could pass a site. If it holds construction, choose it in "
        "“Construction nature field (新建/扩建/改建/迁建/技改)”."]
