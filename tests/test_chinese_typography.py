"""Names the plugin puts into Chinese sentences — a CRS (CGCS2000 地理坐标系（EPSG:4490）), a layer with its table
(“wrong”（red_line）), a GB/T 4754 section (C（制造业）), the suggester's quoted words — carry full-width brackets or
quotes, and no half-width space touches those in the rendered Chinese: 坐标参考系 CGCS2000 地理坐标系（EPSG:4490） 的
定义 and 图层 “wrong”（red_line） 位于 read as typos. The messages are made by the plugin's own functions with real
layers and CRSs, in Chinese through the compiled catalogue."""

import re

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsVectorLayer

from zoning_review.plugin.core.coordinates.errors import CoordinateError
from zoning_review.plugin.core.coordinates.geometry import site_geometry
from zoning_review.plugin.core.coordinates.parse import parse_text
from zoning_review.plugin.core.inputs.resolve import crs_error, layer_label
from zoning_review.plugin.core.model.results import Listed, Reason
from zoning_review.plugin.core.overlay.crs_check import lost_crs_error
from zoning_review.plugin.core.overlay.layer_subset import units_hidden_text, zones_hidden_text
from zoning_review.plugin.core.overlay.measure import crs_label, no_transformation
from zoning_review.plugin.core.overlay.reasons import no_area_error, unmeasured_error
from zoning_review.plugin.core.review.site_review import render_reason
from zoning_review.plugin.core.rules.industry_words import LESS_SPECIFIC, MATCHES, NO_MATCH
from zoning_review.plugin.core.siting.layers import MISPLACED, NOT_FINITE
from zoning_review.plugin.core.siting.screen import UNMEASURED
from zoning_review.plugin.suggest import explain

from .overlay_helpers import crs
from .test_feedback_language import ui  # noqa: F401 - the fixture setting the UI language
from .test_input_checks import mislabelled

# a half-width space beside a full-width bracket or quote, on either side
SPACED = re.compile(r" [“”‘’（）【】《》「」]|[“”‘’（）【】《》「」] ")
GK_117 = "CGCS2000 3 度带高斯-克吕格投影 中央经线东经 117°（EPSG:4548）"
CGCS2000 = "CGCS2000 地理坐标系（EPSG:4490）"


def typeset(message: str, *names: str) -> str:
    """The message, checked to name each of ``names`` (the full-width name rendered) and to put no half-width space
    beside a full-width bracket or quote."""
    for name in names:
        assert name in message, message
    assert not SPACED.search(message), message
    return message


def coordinate_error(text: str, authid: str) -> str:
    """What the coordinate check says of the lines ``text`` read in ``authid``."""
    with pytest.raises(CoordinateError) as refused:
        site_geometry(parse_text(text), crs(authid), QgsCoordinateTransformContext())
    return str(refused.value)


def test_coordinates_read_in_a_projected_crs_name_it_without_a_space_after_its_bracket(ui):  # noqa: F811
    ui("zh")
    degrees = "1, 116°23′45″, 39°54′20″\n2, 116°23′50″, 39°54′20″\n3, 116°23′50″, 39°54′25″"
    said = typeset(coordinate_error(degrees, "EPSG:4548"), GK_117)
    assert f"但 {GK_117}是以米为单位的投影坐标参考系" in said, said
    hemisphere = "1, 116.396E, 39.905N\n2, 116.397E, 39.905N\n3, 116.397E, 39.906N"
    typeset(coordinate_error(hemisphere, "EPSG:4548"), GK_117)
    lonlat = "1, 116.396, 39.905\n2, 116.397, 39.905\n3, 116.397, 39.906"
    said = typeset(coordinate_error(lonlat, "EPSG:4548"), GK_117)
    assert f"超出 {GK_117}的适用范围" in said, said


def test_a_layer_outside_its_crs_s_area_of_use_names_layer_and_crs_without_stray_spaces(ui, sample_gpkg,  # noqa: F811
                                                                                     tmp_path):
    red = QgsVectorLayer(mislabelled(sample_gpkg, "red_line", tmp_path / "wrong.gpkg"), "wrong")
    ui("zh")
    said = typeset(crs_error(red), "“wrong”（red_line）", CGCS2000)
    assert said.startswith(f"图层“wrong”（red_line）位于其坐标参考系 {CGCS2000}的适用范围"), said
    typeset(zones_hidden_text(layer_label(red), '"name" = 1'), "“wrong”（red_line）")
    typeset(units_hidden_text(layer_label(red), '"name" = 1'), "“wrong”（red_line）")


def test_crs_errors_name_the_crs_without_a_space_after_its_bracket(ui):  # noqa: F811
    ui("zh")
    lost = lost_crs_error(crs("EPSG:4548"))
    assert typeset(str(lost), GK_117) == (
        f"QGIS 在本次会话中丢失了坐标参考系的定义：{GK_117}。请重启 QGIS，然后重新审查。")
    typeset(render_reason(lost.reason, "zh"), GK_117)
    for error in (unmeasured_error(crs("EPSG:4548")), no_area_error(0.5, 120.0, crs("EPSG:4548"))):
        typeset(str(error), "EPSG:4548")  # the error as raised names the CRS by its authority id
        typeset(render_reason(error.reason, "zh"), GK_117)  # its reason as the panel and the notes word it
    typeset(str(no_transformation(crs("EPSG:4490"), crs("EPSG:4548"))), CGCS2000, GK_117)


def test_the_siting_screen_s_crs_warnings_name_the_crs_without_a_space_after_its_bracket(ui):  # noqa: F811
    ui("zh")
    stored = crs_label(crs("EPSG:4548"))  # as the screen stores it: 'EPSG:4548 - CGCS2000 / …'
    for template in (*NOT_FINITE, *MISPLACED):
        values = {"layer": "red_line", "source": "sample.gpkg", "count": 2, "crs": stored}
        typeset(render_reason(Reason(template, values), "zh", for_people=True), GK_117)
    typeset(render_reason(Reason(UNMEASURED, {"crs": "EPSG:4548"}), "zh", for_people=True), GK_117)


def test_industry_sections_and_quoted_words_have_no_space_beside_their_brackets(ui):  # noqa: F811
    ui("zh")
    for reason in (Reason(MATCHES, {"industry": "C2614", "code": "C"}),
                   Reason(NO_MATCH, {"industry": "D4411", "codes": Listed(("C", "B"))}),
                   Reason(LESS_SPECIFIC, {"industry": "C", "codes": Listed(("C2614", "C2619"))})):
        typeset(render_reason(reason, "zh", for_people=True), "（制造业）")  # the project's industry a section
    for said in (explain.effect("禁止新建化工项目", "prohibit", "zh"), explain.effect("限制", "restrict", "zh"),
                 explain.effect("应当", "require", "zh"), explain.effect("鼓励", "allow", "zh")):
        typeset(said, "”")


XIAN_1980 = "西安 1980 地理坐标系（EPSG:4610）"
NO_AUTHORITY = "+proj=tmerc +lat_0=0 +lon_0=117 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs"


def no_authority() -> QgsCoordinateReferenceSystem:
    """A CRS QGIS knows by its definition only (a .prj without authority): it has no authority id."""
    found = QgsCoordinateReferenceSystem.fromProj(NO_AUTHORITY)
    assert found.isValid() and not found.authid(), found.authid()
    return found


def test_a_section_as_the_project_s_industry_is_followed_by_no_space(ui):  # noqa: F811
    ui("zh")
    said = render_reason(Reason(MATCHES, {"industry": "C", "code": "C"}), "zh", for_people=True)
    assert typeset(said) == "行业 C（制造业）属于 C（制造业）", said
    said = render_reason(Reason(NO_MATCH, {"industry": "C", "codes": Listed(("B", "D"))}), "zh", for_people=True)
    assert typeset(said) == "行业 C（制造业）不属于 B（采矿业）、D（电力、热力、燃气及水生产和供应业）", said
    assert render_reason(Reason(MATCHES, {"industry": "C", "code": "C"}), "en", for_people=True) == (
        "industry C (Manufacturing) matches C (Manufacturing)")  # English keeps its spaces


def test_a_crs_without_authority_id_is_spaced_from_the_chinese_around_it(ui):  # noqa: F811
    ui("zh")
    stored = crs_label(no_authority())  # as the screen stores it: its PROJ string
    said = render_reason(Reason(MISPLACED[1], {"layer": "red_line", "source": "sample.gpkg", "count": 2,
                                                "crs": stored}), "zh", for_people=True)
    assert f"位于其坐标参考系 {stored} 的适用范围之外" in said, said
    said = render_reason(Reason(NOT_FINITE[0], {"layer": "red_line", "source": "sample.gpkg", "crs": stored}),
                         "zh", for_people=True)
    assert f"管控单元图层的坐标参考系 {stored} 中没有有限坐标" in said, said
    said = str(no_transformation(no_authority(), crs("EPSG:4548")))
    assert said.startswith(f"QGIS 无法建立从 {stored} 到 {GK_117}的坐标转换"), said
    said = str(no_transformation(crs("EPSG:4548"), no_authority()))
    assert f"从 {GK_117}到 {stored} 的坐标转换" in said, said


def test_a_crs_named_in_chinese_is_joined_to_the_words_before_it(ui):  # noqa: F811
    ui("zh")
    said = render_reason(Reason(MISPLACED[0], {"layer": "red_line", "source": "sample.gpkg",
                                                "crs": crs_label(crs("EPSG:4610"))}), "zh", for_people=True)
    assert f"位于其坐标参考系{XIAN_1980}的适用范围之外" in typeset(said, XIAN_1980), said
    said = typeset(str(no_transformation(crs("EPSG:4610"), crs("EPSG:4548"))), XIAN_1980)
    assert said.startswith(f"QGIS 无法建立从{XIAN_1980}到 {GK_117}的坐标转换"), said
    english = render_reason(Reason(MISPLACED[0], {"layer": "red_line", "source": "sample.gpkg",
                                                  "crs": crs_label(crs("EPSG:4610"))}), "en", for_people=True)
    assert "where its CRS EPSG:4610 - Xian 1980 can be used" in english, english


def test_coordinates_read_in_a_crs_named_in_chinese_join_its_name_to_the_sentence(ui):  # noqa: F811
    ui("zh")
    xian = "西安 1980 坐标系 3 度带高斯-克吕格投影 第 40 带（EPSG:2364）"
    degrees = "1, 116°23′45″, 39°54′20″\n2, 116°23′50″, 39°54′20″\n3, 116°23′50″, 39°54′25″"
    said = typeset(coordinate_error(degrees, "EPSG:2364"), xian)
    assert f"但{xian}是以米为单位的投影坐标参考系" in said, said
    lonlat = "1, 116.396, 39.905\n2, 116.397, 39.905\n3, 116.397, 39.906"
    said = typeset(coordinate_error(lonlat, "EPSG:2364"), xian)
    assert f"超出{xian}的适用范围" in said, said


def test_ids_several_sites_share_give_their_feature_ids_in_chinese_brackets(ui):  # noqa: F811
    from zoning_review.plugin.processing.site_ids import SiteIds

    class Lines:
        """A feedback keeping its warnings."""

        def __init__(self):
            self.lines = []

        def pushWarning(self, text):  # noqa: N802 - QgsProcessingFeedback's name
            self.lines.append(text)

    ui("zh")
    said = Lines()
    SiteIds("site_id", shared={"S05": [4, 201]}).report(said)
    [line] = said.lines
    assert "S05（4、201）" in typeset(line), line
    ui("en")
    said = Lines()
    SiteIds("site_id", shared={"S05": [4, 201]}).report(said)
    assert "S05 (4, 201)" in said.lines[0], said.lines
