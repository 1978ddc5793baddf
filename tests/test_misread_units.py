"""A unit layer or a site layer whose text QGIS did not decode as its file was written — the sample's units
written as a GBK Shapefile, then read without a .cpg file (as UTF-8: U+FFFD) or with a .cpg naming 1252
(Latin-1: 容城县 becomes ÈÝ³ÇÏØ) — gives no clause that reads such text 'not applicable': it needs
information, saying to set the layer's encoding; a unit whose name or requirement text was misread needs
information too. Read with the right .cpg (GBK), the same file gives the clause's conflict.

Expected values: the sample's S10 lies in unit ZH13062920001, whose COUNTY is 容城县 (the sample's README)."""

import pytest
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.model.verdicts import Status
from zoning_review.plugin.core.overlay.engine import OverlayEngine
from zoning_review.plugin.core.overlay.types import UnitLayerSpec
from zoning_review.plugin.core.review.evaluation import evaluate_unit
from zoning_review.plugin.core.review.site_review import render_reason, review_site
from zoning_review.plugin.core.rules import readings
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.rules.ruleset import UnitContext

from .test_unit_attribute_values import BASE

COUNTY_RULE = ("  - {id: U-RC, level: general, dimension: spatial_layout, effect: prohibit, "
               "text: {zh: 容城县范围内禁止新建此类项目}, when: {unit_attribute: {field: COUNTY, op: \"==\", "
               "value: 容城县}}}\n")
ENCODING_WORDS = "set the layer's data source encoding (Layer Properties ▸ Source), such as GBK"


@pytest.fixture(scope="module")
def ruleset(tmp_path_factory):
    """The tests' base rule set with a prohibition on the units of 容城县."""
    path = tmp_path_factory.mktemp("misread_rules") / "rules.yaml"
    path.write_text(BASE + COUNTY_RULE, encoding="utf-8")
    result = load_ruleset(str(path))
    assert result.ruleset is not None, result.text("en")
    return result.ruleset


@pytest.fixture(scope="module")
def gbk_units(qgis_app, sample_gpkg, tmp_path_factory):
    """The sample's units written by QGIS as a Shapefile in GBK; a function opening it with a .cpg file
    naming ``cpg`` (None: none)."""
    folder = tmp_path_factory.mktemp("gbk_units")
    sample = QgsVectorLayer(f"{sample_gpkg}|layername=control_units", "control_units", "ogr")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.fileEncoding = "ESRI Shapefile", "GBK"
    path = folder / "units.shp"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(sample, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    assert (folder / "units.cpg").read_text(encoding="ascii").strip() == "GBK"
    layers = []

    def opened(cpg):
        (folder / "units.cpg").unlink(missing_ok=True)
        if cpg is not None:
            (folder / "units.cpg").write_text(cpg, encoding="ascii")
        layer = QgsVectorLayer(str(path), "units", "ogr")
        assert layer.isValid()
        layers.append(layer)
        return layer

    yield opened
    layers.clear()


def review_s10(units, sample_gpkg, ruleset):
    """S10's findings in unit ZH13062920001 by rule id, and its verdict."""
    sites = QgsVectorLayer(f"{sample_gpkg}|layername=sites", "sites", "ogr")
    engine = OverlayEngine(UnitLayerSpec(units, "HJGKDYBM", "HJGKDYMC", "ZHGKDYFL", ruleset.unit_fields()), {},
                           QgsProject.instance().transformContext())
    site = next(sites.getFeatures(QgsFeatureRequest().setFilterExpression("\"site_id\" = 'S10'")))
    review = review_site("S10", site.geometry(), sites.crs(), ProjectDescription(industry="C3911"), engine, ruleset)
    [unit] = [u for u in review.units if u.overlap.code == "ZH13062920001"]
    return {f.rule_id: f for f in unit.findings}, review.verdict


def test_the_gbk_units_read_as_written_give_the_conflict(gbk_units, sample_gpkg, ruleset):
    found, verdict = review_s10(gbk_units("GBK"), sample_gpkg, ruleset)
    assert found["U-RC"].status == Status.CONFLICT and verdict == "non_compliant"
    assert not any(rule.startswith("input:") for rule in found)


@pytest.mark.parametrize("cpg", [None, "1252"])
def test_a_unit_value_misread_needs_information_saying_to_set_the_encoding(gbk_units, sample_gpkg, ruleset, cpg):
    found, verdict = review_s10(gbk_units(cpg), sample_gpkg, ruleset)
    # before: the misread county was not 容城县, so the prohibition was not applicable
    assert found["U-RC"].status == Status.NEEDS_INFO and verdict == "needs_study"
    [reason] = found["U-RC"].reasons
    assert reason.template == readings.UNIT_VALUE_MISREAD and reason.values["field"] == "COUNTY"
    assert reason.values["value"] != "容城县" and ENCODING_WORDS in render_reason(reason, "en")
    category = found["input:category"]
    assert category.status == Status.NEEDS_INFO and category.reasons[0].template == readings.CATEGORY_MISREAD
    assert "input:unit_text" not in found  # the category's finding already says to set the encoding


@pytest.mark.parametrize("misread", ["容城县\ufffd\ufffd单元", "ÈÝ³ÇÏØ"])
def test_a_unit_whose_name_or_text_was_misread_needs_information(ruleset, misread):
    for unit in (UnitContext("ZH13062920001", misread, "重点管控单元", {"COUNTY": "雄县"}),
                 UnitContext("ZH13062920001", "容城县城镇重点管控单元", "重点管控单元", {"COUNTY": "雄县"},
                             {"spatial_layout": misread})):
        found = {f.rule_id: f for f in evaluate_unit(ruleset, unit, ProjectDescription(industry="C3911"), {})}
        assert found["U-RC"].status == Status.NOT_APPLICABLE  # 雄县 is read, and is not 容城县
        text = found["input:unit_text"]
        assert text.status == Status.NEEDS_INFO and text.reasons[0].template == readings.UNIT_TEXT_MISREAD
        assert text.reasons[0].values["value"] == misread and ENCODING_WORDS in render_reason(text.reasons[0], "en")
        assert text.text_en == "The unit layer's text must be read in the encoding its file was written in."


@pytest.mark.parametrize("misread", ["\ufffd\ufffd\ufffd", "ÐÂ½¨"])  # 新建 read as UTF-8, and as Latin-1
def test_a_site_value_misread_is_not_taken_as_another_value(ruleset, misread):
    project = ProjectDescription(industry="C3911", construction=misread, catalogue=misread,
                                 attributes={"product": misread})
    problems = dict(readings.project_problems(ruleset, project))
    assert problems["construction"].template == readings.CONSTRUCTION_MISREAD
    assert problems["catalogue"].template == readings.CATALOGUE_MISREAD
    # before: a text attribute was taken as written, and compared as such
    assert problems["product"].template == readings.PROJECT_MISREAD
    for reason in problems.values():
        assert "site layer" in render_reason(reason, "en") and ENCODING_WORDS in render_reason(reason, "en")


def test_every_new_template_is_listed_for_translation():
    listed = readings.reason_templates()
    for template in (readings.UNIT_VALUE_MISREAD, readings.CATEGORY_MISREAD, readings.UNIT_TEXT_MISREAD,
                     readings.PROJECT_MISREAD, readings.CONSTRUCTION_MISREAD, readings.CATALOGUE_MISREAD):
        assert template in listed
