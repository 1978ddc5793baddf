"""A warning of something the review had to leave out — a feature without a geometry, a unit of which nothing
polygonal is left or that is no polygon, an overlap GEOS could not compute, a site that is no polygon — says what to
do about it, in English and Chinese. A review stored before they did (its reasons keep the earlier sentences) still
reads in the reader's language, and a unit left out so still makes the site uncertain.

Expected texts are written down here by hand.
"""

import pytest

from zoning_review.plugin.core.model.results import Listed, OverlayResult, Reason, SiteReview
from zoning_review.plugin.core.model.verdicts import Verdict
from zoning_review.plugin.core.overlay.geometry_repair import NOT_POLYGONAL, UNUSABLE, Cleaned
from zoning_review.plugin.core.overlay.reasons import feature_warning, overlap_warning, reason_templates, site_error
from zoning_review.plugin.core.overlay.unusable import no_geometry_warning
from zoning_review.plugin.core.review.several_layers import has_say
from zoning_review.plugin.core.review.site_review import render_reason

ONE = ("Feature 7 of river_bank has no geometry and was skipped: draw its geometry in the layer, or delete the feature "
       "if it stands for nothing on the map.",
       "river_bank 中的要素 7 没有几何图形，已跳过。请在该图层中绘制其几何图形；"
       "如该要素在地图上并无对应范围，请将其删除。")
MANY = ("1,234 features of 管控单元 have no geometry and were skipped (3, 9): draw their geometries in the layer, or "
        "delete those that stand for nothing on the map.",
        "管控单元 中有 1,234 个要素没有几何图形，已跳过（3、9）。请在该图层中绘制其几何图形；"
        "在地图上并无对应范围的要素请删除。")
UNIT_LEFT_OUT = {
    UNUSABLE: ("Unit ZH01 (feature 5) of units has an invalid geometry (Too few points in geometry component) and "
               "nothing polygonal is left, so it was skipped: redraw the unit's geometry in the layer.",
               "units 的单元 ZH01（要素 5）几何图形无效（几何部件的点数过少），修复后已无面状部分，因此已跳过。"
               "请在该图层中重新绘制该单元的几何图形。"),
    NOT_POLYGONAL: ("Unit ZH01 (feature 5) of units is not a polygon (LineString), so it was skipped: bind a layer of "
                    "the units' polygons, or redraw the unit as a polygon.",
                    "units 的单元 ZH01（要素 5）不是多边形（LineString），因此已跳过。请绑定管控单元的面图层，"
                    "或将该单元重新绘制为多边形。"),
}
OVERLAP = ("The overlap of the site with feature 5 of units could not be computed (GEOS): check the feature's geometry "
           "in the layer (Check Validity, Fix Geometries) and review again.",
           "无法计算选址与 units 的要素 5 的重叠部分（GEOS）。"
           "请在该图层中检查该要素的几何图形（检查有效性、修复几何图形）后重新审查。")
SITE = {
    NOT_POLYGONAL: ("The site geometry is not a polygon (LineString), so there is nothing to review: draw or import "
                    "the site as a polygon.",
                    "选址几何图形不是多边形（LineString），无可审查内容。请以多边形绘制或导入选址。"),
    UNUSABLE: ("The site geometry is invalid (Too few points in geometry component) and nothing polygonal is left: "
               "redraw the site, or check its vertices.",
               "选址几何图形无效（几何部件的点数过少），修复后已无面状部分。请重新绘制选址，或检查其顶点。"),
}
EARLIER = [  # as stored before, in Chinese as the catalogue had them
    ("Feature {fids} of {layer} has no geometry and was skipped", {"layer": "units", "fids": Listed(("2",))},
     "units 中的要素 2 没有几何图形，已跳过"),
    ("{count} features of {layer} have no geometry and were skipped: {fids}",
     {"count": 2, "layer": "units", "fids": Listed(("2", "5"))}, "units 中有 2 个要素没有几何图形，已跳过：2、5"),
    ("Unit {code} (feature {fid}) of {layer} is not a polygon ({detail}); skipped",
     {"code": "ZH01", "fid": 5, "layer": "units", "detail": "LineString"},
     "units 的单元 ZH01（要素 5）不是多边形（LineString）；已跳过"),
    ("The overlap of the site with feature {fid} of {layer} could not be computed: {detail}",
     {"fid": 5, "layer": "units", "detail": "GEOS"}, "无法计算选址与 units 的要素 5 的重叠部分：GEOS"),
]
LANGS = [("en", 0), ("zh", 1)]


def test_no_warning_without_features_lacking_a_geometry():
    assert no_geometry_warning("river_bank", []) == []


@pytest.mark.parametrize("lang, index", LANGS)
def test_one_feature_without_a_geometry_is_named_with_what_to_do(lang, index):
    [warning] = no_geometry_warning("river_bank", [7])
    assert render_reason(warning, lang) == ONE[index]


@pytest.mark.parametrize("lang, index", LANGS)
def test_many_features_without_a_geometry_are_counted_and_listed_with_what_to_do(lang, index):
    [warning] = no_geometry_warning("管控单元", [3, 9])
    warning.values["count"] = 1234  # the count as an amount; the ids as the layer gives them
    assert render_reason(warning, lang) == MANY[index]


@pytest.mark.parametrize("status, detail", [(UNUSABLE, "Too few points in geometry component"),
                                            (NOT_POLYGONAL, "LineString")])
@pytest.mark.parametrize("lang, index", LANGS)
def test_a_unit_left_out_is_named_with_what_to_do(status, detail, lang, index):
    warning = feature_warning(5, "ZH01", "units", Cleaned(None, status, detail))
    assert render_reason(warning, lang) == UNIT_LEFT_OUT[status][index]


@pytest.mark.parametrize("lang, index", LANGS)
def test_an_overlap_not_computed_says_what_to_do(lang, index):
    assert render_reason(overlap_warning(5, "units"), lang) == OVERLAP[index]


@pytest.mark.parametrize("status, detail", [(NOT_POLYGONAL, "LineString"),
                                            (UNUSABLE, "Too few points in geometry component")])
@pytest.mark.parametrize("lang, index", LANGS)
def test_a_site_that_cannot_be_reviewed_says_what_to_do(status, detail, lang, index):
    error = site_error(Cleaned(None, status, detail))
    assert render_reason(error.reason, lang) == SITE[status][index]
    if lang == "en":  # the message shown at once, in the UI language of the tests
        assert str(error) == SITE[status][0]


@pytest.mark.parametrize("template, values, zh", EARLIER)
def test_a_review_stored_with_the_earlier_sentences_still_reads_in_chinese(template, values, zh):
    assert template in reason_templates()
    assert render_reason(Reason(template, values), "zh") == zh


@pytest.mark.parametrize("template, values", [(t, v) for t, v, _zh in EARLIER[2:]])
def test_a_unit_left_out_in_a_stored_review_still_gives_the_layer_a_say(template, values):
    """A layer that met the site only through a unit it had to leave out still has a say (its part is unknown)."""
    review = SiteReview("S1", Verdict.NEEDS_STUDY, OverlayResult(site_area_m2=1.0, crs="EPSG:4490",
                                                                 ellipsoid="EPSG:7019"))
    assert not has_say(review)  # no unit of the layer under the site, none left out near it
    review.overlay.warnings.append(Reason(template, values))
    assert has_say(review)
