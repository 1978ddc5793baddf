"""zoningreview:importaccesslist on published layouts: the column report in the log and the outputs, the
spellings added on the options page, Word input, and the real qgis_process command line."""

import sys
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

from tests.access_list_writers import write_csv, write_docx, write_xlsx
from tests.kept_feedback import Feedback
from tests.test_access_list_layouts import BEIJING, BEIJING_RULES, GUANGDONG, GUANGDONG_RULES, MERGED_TABLES
from zoning_review.plugin import settings
from zoning_review.plugin.core.rules.loader import load_ruleset

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def no_spellings(qgis_app):
    """The column-spellings setting empty before and after the test."""
    settings.ACCESS_LIST_SPELLINGS.reset()
    yield
    settings.ACCESS_LIST_SPELLINGS.reset()


def test_the_column_report_is_logged_and_returned(zr_processing, no_spellings, tmp_path):
    import processing

    table = tmp_path / "东城区.xlsx"
    write_xlsx(table, BEIJING)
    out = tmp_path / "rules.yaml"
    log = Feedback()
    result = processing.run("zoningreview:importaccesslist", {"INPUT": str(table), "OUTPUT": str(out)},
                            feedback=log)
    assert sorted(rule.id for rule in load_ruleset(str(out)).ruleset.rules) == sorted(BEIJING_RULES)
    assert (result["RULES"], result["UNITS"]) == (10, 2)
    used = result["COLUMNS_USED"].split("\n")
    assert len(used) == 7 and used[-1].startswith("Column J (资源利用效率)")
    assert result["COLUMNS_IGNORED"].split("\n") == [
        "Column A (序号) is not imported.", "Column B (所在区) is not imported.",
        "Column C (街道（乡镇）) is not imported."]
    assert result["COLUMNS_UNPLACED"] == "" and log.warnings == []
    assert all(line in log.infos for line in used + result["COLUMNS_IGNORED"].split("\n"))


def test_spellings_added_on_the_options_page_are_recognised(zr_processing, no_spellings, qtbot, tmp_path):
    import processing

    from zoning_review.plugin.gui.options_page import ZoningReviewOptionsPage

    table = tmp_path / "省清单.csv"
    write_csv(table, [["单元编码", "空间布局约束", "资源节约集约利用"], ["ZH1", "禁止甲。", "节约用地。"]])
    params = {"INPUT": str(table), "OUTPUT": str(tmp_path / "rules.yaml")}
    log = Feedback()
    before = processing.run("zoningreview:importaccesslist", params, feedback=log)
    assert before["RULES"] == 1 and before["COLUMNS_UNPLACED"].startswith("Column C (资源节约集约利用)")
    assert log.warnings == [before["COLUMNS_UNPLACED"]]
    page = ZoningReviewOptionsPage()
    qtbot.addWidget(page)
    assert page.spellings.toPlainText() == ""
    page.spellings.setPlainText("资源开发效率要求: 资源节约集约利用\n")
    assert settings.ACCESS_LIST_SPELLINGS.value() == "", "editing alone must not store anything"
    page.apply()
    after = processing.run("zoningreview:importaccesslist", params)
    assert after["RULES"] == 2 and after["COLUMNS_UNPLACED"] == ""
    assert "Column C (资源节约集约利用)" in after["COLUMNS_USED"]
    again = ZoningReviewOptionsPage()
    qtbot.addWidget(again)
    assert again.spellings.toPlainText() == "资源开发效率要求: 资源节约集约利用"


def test_the_column_mapping_is_read_whole_or_refused(zr_processing, no_spellings, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    table = tmp_path / "省清单.csv"
    write_csv(table, [["单元编码", "空间布局约束", "资源节约集约利用"], ["ZH1", "禁止甲。", "节约用地。"]])
    params = {"INPUT": str(table), "OUTPUT": str(tmp_path / "rules.yaml")}
    mapped = processing.run("zoningreview:importaccesslist", {
        **params, "COLUMNS": "resource_efficiency＝资源节约集约利用"})
    assert mapped["RULES"] == 2 and mapped["COLUMNS_UNPLACED"] == ""
    with pytest.raises(QgsProcessingException, match="“resource_efficiency 资源节约集约利用” is not name=value"):
        processing.run("zoningreview:importaccesslist", {**params, "COLUMNS": "resource_efficiency 资源节约集约利用"})


def test_a_word_document_through_processing(zr_processing, no_spellings, tmp_path):
    import processing

    document = tmp_path / "清单.docx"
    write_docx(document, MERGED_TABLES)
    log = Feedback()
    result = processing.run("zoningreview:importaccesslist", {
        "INPUT": str(document), "OUTPUT": str(tmp_path / "rules.yaml")}, feedback=log)
    assert (result["RULES"], result["UNITS"]) == (10, 4)
    assert result["COLUMNS_USED"].split("\n")[0] == "Table 2, column A (环境管控单元编码) is read as the unit code."
    assert log.warnings == [f"Table 1 of {document} has no header the importer recognises and was not imported."]


@pytest.mark.qgis_process
def test_published_layouts_through_qgis_process(tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    from qgis_process_env import QgisProcess

    sheet, document = tmp_path / "广州.xlsx", tmp_path / "雄县.docx"
    write_xlsx(sheet, GUANGDONG)
    write_docx(document, MERGED_TABLES)
    with QgisProcess() as runner:
        proc, result = runner.run("zoningreview:importaccesslist", {
            "INPUT": str(sheet), "RULESET_ID": "guangzhou", "OUTPUT": str(tmp_path / "gz.yaml")})
        assert proc.returncode == 0, proc.stderr
        outputs = result["results"]
        assert outputs["RULES"] == len(GUANGDONG_RULES) == 8
        assert len(outputs["COLUMNS_USED"].split("\n")) == 7 and len(outputs["COLUMNS_IGNORED"].split("\n")) == 4
        assert outputs["COLUMNS_UNPLACED"] == ""
        loaded = load_ruleset(str(tmp_path / "gz.yaml")).ruleset
        assert {rule.id: rule.text_zh for rule in loaded.rules} == GUANGDONG_RULES
        proc, result = runner.run("zoningreview:importaccesslist", {
            "INPUT": str(document), "OUTPUT": str(tmp_path / "xx.yaml")})
        assert proc.returncode == 0, proc.stderr
        assert (result["results"]["RULES"], result["results"]["UNITS"]) == (10, 4)


def unit_layer(path: Path, field: str, codes) -> str:
    """A GeoPackage of square units with their codes in ``field`` (None: no code); only the codes are read."""
    from osgeo import ogr

    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer("units", None, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn(field, ogr.OFTString))
    for i, code in enumerate(codes):
        feature = ogr.Feature(layer.GetLayerDefn())
        if code is not None:
            feature.SetField(field, code)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({i} 0,{i + 1} 0,{i + 1} 1,{i} 1,{i} 0))"))
        layer.CreateFeature(feature)
    source = None
    return f"{path}|layername=units"


LIST_ROWS = [
    ["环境管控单元编码", "环境管控单元名称", "空间布局约束"],
    ["ZH13062920001", "容城县城镇重点管控单元", "禁止新建化工项目。"],
    ["ZH13062920002、ZH13062999999", "容城县工业重点管控单元", "限制扩建钢铁项目。"],
    ["ZH13062930009", "容城县一般管控单元", "执行总体要求。"],
]


def test_a_unit_layer_names_the_codes_it_lacks_and_its_units_without_a_row(zr_processing, no_spellings, tmp_path):
    import processing

    table = tmp_path / "清单.csv"
    write_csv(table, LIST_ROWS)
    units = unit_layer(tmp_path / "units.gpkg", "HJGKDYBM",
                       ["ZH13062920001", "ZH13062920002", " ZH13062910001 ", None, "ZH13062920001"])
    log = Feedback()
    result = processing.run("zoningreview:importaccesslist", {
        "INPUT": str(table), "UNIT_LAYER": units, "OUTPUT": str(tmp_path / "rules.yaml")}, feedback=log)
    assert (result["CODES_NOT_IN_LAYER"], result["UNITS_WITHOUT_ROWS"]) == (2, 2)
    assert log.warnings[0].startswith("Row 3 names several units")
    assert log.warnings[1:] == [
        "2 unit codes of the list are not in layer units (field HJGKDYBM); their rules apply to no unit of this "
        "layer: ZH13062930009, ZH13062999999",
        "1 unit of layer units (field HJGKDYBM) has no row in the list, so the rule set has no unit rule for it: "
        "ZH13062910001",
        "1 unit of layer units has no code in field HJGKDYBM, so no row of the list can name it (feature id 4).",
    ]
    assert (result["RULES"], result["UNITS"]) == (3, 4)  # the rule set is written all the same


def test_the_unit_layer_warnings_say_one_code_and_several_units(zr_processing, no_spellings, tmp_path):
    import processing

    table = tmp_path / "清单.csv"
    write_csv(table, LIST_ROWS)
    units = unit_layer(tmp_path / "units.gpkg", "HJGKDYBM", ["ZH13062920001", "ZH13062920002", "ZH13062930009",
                                                             "ZH13062910001", "ZH13062910002", None, ""])
    log = Feedback()
    result = processing.run("zoningreview:importaccesslist", {
        "INPUT": str(table), "UNIT_LAYER": units, "OUTPUT": str(tmp_path / "rules.yaml")}, feedback=log)
    assert (result["CODES_NOT_IN_LAYER"], result["UNITS_WITHOUT_ROWS"]) == (1, 4)
    assert log.warnings[1:] == [
        "1 unit code of the list is not in layer units (field HJGKDYBM); its rules apply to no unit of this layer: "
        "ZH13062999999",
        "2 units of layer units (field HJGKDYBM) have no row in the list, so the rule set has no unit rule for them: "
        "ZH13062910001, ZH13062910002",
        "2 units of layer units have no code in field HJGKDYBM, so no row of the list can name them (feature ids "
        "6, 7).",
    ]


def test_a_unit_layer_whose_code_field_is_given_or_cannot_be_found(zr_processing, no_spellings, tmp_path):
    import processing

    table = tmp_path / "清单.csv"
    write_csv(table, LIST_ROWS[:2])
    units = unit_layer(tmp_path / "units.gpkg", "DY_ID", ["ZH13062920001"])
    log = Feedback()
    result = processing.run("zoningreview:importaccesslist", {
        "INPUT": str(table), "UNIT_LAYER": units, "UNIT_CODE_FIELD": "DY_ID",
        "OUTPUT": str(tmp_path / "rules.yaml")}, feedback=log)
    assert (result["CODES_NOT_IN_LAYER"], result["UNITS_WITHOUT_ROWS"]) == (0, 0) and log.warnings == []
    assert "Every unit code of the list is in layer units (field DY_ID), and every unit of the layer has a row." \
        in log.infos
    with pytest.raises(QgsProcessingException, match="no unit code field"):
        processing.run("zoningreview:importaccesslist", {
            "INPUT": str(table), "UNIT_LAYER": units, "OUTPUT": str(tmp_path / "other.yaml")}, feedback=Feedback())
    alone = processing.run("zoningreview:importaccesslist", {
        "INPUT": str(table), "OUTPUT": str(tmp_path / "alone.yaml")}, feedback=Feedback())
    assert (alone["CODES_NOT_IN_LAYER"], alone["UNITS_WITHOUT_ROWS"]) == (None, None)  # nothing checked


@pytest.mark.parametrize("first, second", [
    ("1-3", "1-4"), ("（1）", "（2）"), ("1）", "2）"), ("1.", "2."), ("1、", "2、"), ("一、", "二、"),
    ("（一）", "（二）"), ("①", "②"),
])
def test_the_help_names_every_numbering_style_the_importer_splits(zr_processing, first, second):
    from qgis.core import QgsApplication

    from zoning_review.plugin.core.rules.access_list.clauses import split_clauses

    text = f"{first}禁止新建化工项目。\n{second}禁止新建燃煤锅炉。"
    assert [clause for _number, clause in split_clauses(text)] == [f"{first}禁止新建化工项目。",
                                                                   f"{second}禁止新建燃煤锅炉。"]
    help_text = QgsApplication.processingRegistry().algorithmById("zoningreview:importaccesslist").shortHelpString()
    assert first in help_text
