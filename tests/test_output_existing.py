"""An output file that already exists: QGIS replaces a GeoPackage or workbook whole, so one holding other
layers is refused before anything is written, naming them; a previous run's output is replaced as before."""

import shutil

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException

from tests.test_output_safety import digest, sample_copy  # noqa: F401 - fixture
from tests.test_processing_review import params
from tests.test_qgis_process import qgis_process  # noqa: F401 - fixture
from tests.test_qgis_process_safety import refused


def layer_names(path) -> list:
    """The layers a file holds, as GDAL lists them."""
    data = ogr.Open(str(path))
    return sorted(data.GetLayer(i).GetName() for i in range(data.GetLayerCount()))


def workbook(path, sheets) -> None:
    """An .xlsx workbook with one small sheet per name, written by GDAL."""
    data = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    for name in sheets:
        layer = data.CreateLayer(name, geom_type=ogr.wkbNone)
        layer.CreateField(ogr.FieldDefn("备注", ogr.OFTString))
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("备注", "手工填写的台账")
        layer.CreateFeature(feature)
    data = None


def diff_params(rules, output) -> dict:
    """diffrules comparing the example rule set with itself, written to ``output``."""
    return {"OLD": str(rules), "NEW": str(rules), "OUTPUT": str(output)}


def test_a_geopackage_holding_other_layers_is_refused_and_kept(zr_processing, sample_copy, tmp_path):  # noqa: F811
    import processing

    gpkg, rules = sample_copy
    work = tmp_path / "我的 工作.gpkg"
    shutil.copy(gpkg, work)  # the bureau's own data, not an input of this run
    before = digest(work)
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("zoningreview:reviewsites", params(gpkg, rules, tmp_path, SUMMARY=str(work)))
    message = str(caught.value)
    for words in ("SUMMARY", str(work), "red_line", "sites", "control_units", "ogr:dbname="):
        assert words in message, message
    assert digest(work) == before
    assert not (tmp_path / "findings.gpkg").exists()


def test_a_workbook_with_other_sheets_is_refused_and_kept(zr_processing, example_rules, tmp_path):
    import processing

    book = tmp_path / "比对 结果.xlsx"
    workbook(book, ["台账", "比对 结果"])
    before = digest(book)
    with pytest.raises(QgsProcessingException, match="台账"):
        processing.run("zoningreview:diffrules", diff_params(example_rules, book))
    assert digest(book) == before


def test_a_previous_runs_output_is_replaced_and_a_named_table_keeps_the_others(
        zr_processing, sample_copy, tmp_path):  # noqa: F811
    import processing

    gpkg, rules = sample_copy
    out = tmp_path / "比对 结果.gpkg"
    for _run in range(2):  # a script run every day writes the same file again
        processing.run("zoningreview:diffrules", diff_params(rules, out))
    assert layer_names(out) == ["比对 结果"]
    work = tmp_path / "work.gpkg"
    shutil.copy(gpkg, work)
    processing.run("zoningreview:reviewsites", params(
        gpkg, rules, tmp_path, SUMMARY=f"ogr:dbname='{work}' table=\"summary\" (geom)"))
    assert layer_names(work) == sorted(layer_names(gpkg) + ["summary"])
    assert ogr.Open(str(work)).GetLayerByName("summary").GetFeatureCount() == 10


@pytest.mark.qgis_process
def test_qgis_process_refuses_a_geopackage_holding_other_layers(qgis_process, sample_copy, tmp_path):  # noqa: F811
    gpkg, rules = sample_copy
    folder = tmp_path / "审查 结果"
    folder.mkdir()
    work = folder / "项目 数据.gpkg"
    shutil.copy(gpkg, work)
    before = digest(work)
    proc, _ = qgis_process.run("zoningreview:diffrules", diff_params(rules, work))
    refused(proc, str(work), "red_line", "industrial_park")
    assert digest(work) == before


def test_a_table_given_as_layername_is_refused_before_writing_a_file_of_that_name(
        zr_processing, sample_copy, tmp_path):  # noqa: F811
    import processing

    gpkg, rules = sample_copy
    out = tmp_path / "结果 汇总.gpkg"
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("zoningreview:reviewsites", params(gpkg, rules, tmp_path, SUMMARY=f"{out}|layername=summary"))
    message = str(caught.value)
    for words in ("SUMMARY", "|layername=summary", "ogr:dbname="):
        assert words in message, message
    assert sorted(path.name for path in tmp_path.iterdir()) == ["in"]  # no file, not even one named "…|layername=…"
