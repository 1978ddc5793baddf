"""Text a layer's encoding did not read as its file was written — a GBK Shapefile without a .cpg file (QGIS
reads it as UTF-8: every Chinese character becomes U+FFFD) or with a wrong one (1252: 一级 becomes Ò»¼¶) —
is never compared as if it were the words it stands for: a constraint layer's filter reading it leaves the
site's position unknown, with a warning naming the layer, field and feature and saying to set the encoding.

Expected values: the sample's S07 (a new alcohol plant, 7,024 m² in the grade-I water-source zone) is
non-compliant by G-SL-05 when the layer is read as written (.cpg GBK); the same file read in another encoding
must not make it compliant."""

import pytest
from osgeo import ogr
from qgis.core import QgsVectorLayer

from zoning_review.plugin.core.misread_text import misread
from zoning_review.plugin.core.overlay.engine import reason_templates
from zoning_review.plugin.core.review.site_review import render_reason

from .kept_feedback import Feedback
from .test_processing_review import edited_sample
from .test_review_unknown_position import site_row

GRADES = {"I": "一级", "II": "二级"}
PLACEHOLDERS = {"I": b"GR_1", "II": b"GR_2"}  # as many bytes as the grade in GBK
CONSTRAINTS = ("red_line", "river_bank", "industrial_park")
MISREAD = ("The filter {where} of layer {layer} reads field {field} of feature {fid}, whose text {value} was not "
           "decoded as the layer's file was written: set the layer's data source encoding (Layer Properties ▸ "
           "Source), such as GBK, and review again")


@pytest.mark.parametrize("text, expected", [
    ("一级保护区", False), ("¡¡", False), ("Zürich", False),  # ¡¡: the bytes of an ideographic space
    ("Müße", False), ("Ménétrier", False), ("plain", False), (12, False),
    ("\ufffd\ufffd", True), ("ZH\ufffd1", True),
    ("Ò»¼¶", True), ("ÖØµã¹Ü¿Øµ¥Ôª", True), ("ÊÇ", True),  # 一级, 重点管控单元, 是 as GBK bytes read as Latin-1
])
def test_misread_text_is_told_apart_from_text_as_written(text, expected):
    assert misread(text) is expected


def water_source_shapefile(sample_gpkg, folder, cpg):
    """The sample's water_source as a Shapefile written in GBK, grades in Chinese (一级, 二级), with the .cpg
    file ``cpg`` (None: no .cpg file). GDAL writes the text as given inside QGIS (which sets SHAPE_ENCODING
    empty), so the grades are placeholders replaced by their GBK bytes in the written .dbf."""
    folder.mkdir()
    path = folder / "water_source.shp"
    sample = ogr.Open(str(sample_gpkg))
    source = sample.GetLayerByName("water_source")
    data = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(path))
    layer = data.CreateLayer("water_source", source.GetSpatialRef(), ogr.wkbMultiPolygon)
    layer.CreateField(ogr.FieldDefn("grade", ogr.OFTString))
    for feature in source:
        copy = ogr.Feature(layer.GetLayerDefn())
        copy.SetField("grade", PLACEHOLDERS[feature["grade"]].decode("ascii"))
        copy.SetGeometry(feature.GetGeometryRef().Clone())
        layer.CreateFeature(copy)
    data = sample = None  # closed: written
    dbf = folder / "water_source.dbf"
    content = bytearray(dbf.read_bytes())
    content[29] = 0  # no language driver id (GDAL writes 0x57, ANSI): the encoding is the .cpg file's alone
    for grade, placeholder in PLACEHOLDERS.items():
        content = content.replace(placeholder, GRADES[grade].encode("gbk"))
    dbf.write_bytes(bytes(content))
    cpg_file = folder / "water_source.cpg"
    cpg_file.unlink(missing_ok=True)
    if cpg is not None:
        cpg_file.write_text(cpg, encoding="ascii")
    return path


def grade_rules(example_rules, path, grades):
    """The example rule set at ``path`` with its water-source filters on other words for the grades (grade → words)."""
    text = example_rules.read_text(encoding="utf-8")
    for grade, words in grades.items():
        text = text.replace(f"where: \"\\\"grade\\\" = '{grade}'\"", f"where: \"\\\"grade\\\" = '{words}'\"")
    assert all(text.count(f"'{words}'") == 1 for words in grades.values())
    path.write_text(text, encoding="utf-8")
    return path


def review_s07(gpkg, rules, water, out, name):
    """reviewsites of the sample's sites with ``water`` as the water-source layer: S07's SUMMARY row, the feedback."""
    import processing

    feedback = Feedback()
    processing.run("zoningreview:reviewsites", {
        "SITES": f"{gpkg}|layername=sites", "UNITS": f"{gpkg}|layername=control_units",
        "RULES": str(rules), "LANGUAGE": 1,
        "CONSTRAINTS": [f"{gpkg}|layername={layer}" for layer in CONSTRAINTS] + [str(water)],
        "FINDINGS": str(out / f"{name}_findings.gpkg"), "SUMMARY": str(out / f"{name}_summary.gpkg"),
    }, feedback=feedback)
    return site_row(out / f"{name}_summary.gpkg", "S07"), feedback


@pytest.fixture
def chinese_grade_rules(example_rules, tmp_path):
    """The example rule set with the water-source filters on the Chinese grades."""
    return grade_rules(example_rules, tmp_path / "rules.yaml", GRADES)


@pytest.mark.parametrize("cpg", [None, "UTF-8", "1252"])
def test_reviewsites_needs_study_where_the_filter_reads_misread_text(zr_processing, sample_gpkg, chinese_grade_rules,
                                                                    tmp_path, cpg):

    gpkg = edited_sample(sample_gpkg, tmp_path / "sample.gpkg",
                         "UPDATE sites SET discharges_pollutants = 0 WHERE site_id = 'S07'")
    summary, said = {}, {}
    for name, encoding in (("right", "GBK"), ("wrong", cpg)):
        water = water_source_shapefile(sample_gpkg, tmp_path / name, encoding)
        checked = QgsVectorLayer(str(water), "water_source", "ogr")
        grades = {feature["grade"] for feature in checked.getFeatures()}
        assert (grades == {"一级", "二级"}) is (name == "right"), grades
        summary[name], said[name] = review_s07(gpkg, chinese_grade_rules, water, tmp_path, name)
    assert summary["right"]["verdict"] == "non_compliant" and summary["right"]["deciding"] == "G-SL-05"
    # before: no feature's grade equalled 一级, so the site was outside every grade-I zone: compliant
    assert summary["wrong"]["verdict"] == "needs_study" and "G-SL-05" in summary["wrong"]["deciding"]
    warned = [line for line in said["wrong"].said("warning", "") if "grade" in line]
    assert warned and all("water_source" in line and "GBK" in line for line in warned), warned
    assert not any("GBK" in line for line in said["right"].said("warning", ""))


def test_the_warning_names_the_layer_field_and_feature(zr_processing, sample_gpkg, tmp_path):
    from zoning_review.plugin.core.overlay.layer_filter import LayerFilter

    water = water_source_shapefile(sample_gpkg, tmp_path / "nocpg", None)
    layer = QgsVectorLayer(str(water), "water_source", "ogr")
    found = LayerFilter("\"grade\" = '一级'", layer.fields(), "water_source")
    assert list(found.select(layer.getFeatures(found.request()))) == []
    assert found.problem is not None and found.problem.template == MISREAD and MISREAD in reason_templates()
    assert (found.problem.values["field"], found.problem.values["fid"]) == ("grade", 0)
    assert "\ufffd" in found.problem.values["value"]
    for lang in ("en", "zh"):
        said = render_reason(found.problem, lang)
        assert "water_source" in said and "grade" in said and "GBK" in said


def test_a_filter_reading_other_fields_is_not_stopped_by_misread_text(zr_processing, sample_gpkg, tmp_path):
    from zoning_review.plugin.core.overlay.layer_filter import LayerFilter

    water = water_source_shapefile(sample_gpkg, tmp_path / "nocpg", None)
    layer = QgsVectorLayer(str(water), "water_source", "ogr")
    found = LayerFilter("$area > 0", layer.fields(), "water_source")  # reads no field: every feature as it is
    assert len(list(found.select(layer.getFeatures(found.request())))) == layer.featureCount()
    assert found.problem is None
