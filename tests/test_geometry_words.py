"""What was wrong with a unit's or a site's geometry, in the reader's language: GEOS's words and the repairs' own are
stored in English and worded in Chinese where a Chinese reader meets them."""

import pytest
from qgis.core import QgsGeometry

from tests.test_feedback_language import ui  # noqa: F401 - the fixture setting the UI language
from zoning_review.plugin.core.overlay.engine import OverlayError
from zoning_review.plugin.core.review.site_review import render_reason

from .overlay_helpers import crs, engine_for, memory_layer, unit_row

BOW_TIE = "POLYGON((116 39, 116.02 39.02, 116.02 39, 116 39.02, 116 39))"  # its two edges cross
SQUARE = "POLYGON((116.005 39.001, 116.015 39.001, 116.015 39.009, 116.005 39.009, 116.005 39.001))"


def warnings_of(unit_wkt: str, site_wkt: str = SQUARE):
    """The warnings of a site's overlay with one unit."""
    units = memory_layer("Polygon", "EPSG:4490", [unit_row("ZH1", unit_wkt)])
    return engine_for(units).overlay(QgsGeometry.fromWkt(site_wkt), crs("EPSG:4490")).warnings


def test_a_self_intersecting_unit_is_said_so_in_chinese_and_stored_in_geos_words(qgis_app):
    warning = next(w for w in warnings_of(BOW_TIE) if "detail" in w.values)
    assert warning.values["detail"] == "Self-intersection"
    assert "has an invalid geometry (Self-intersection); repaired" in render_reason(warning, "en")
    chinese = render_reason(warning, "zh")
    assert "自相交" in chinese and "Self-intersection" not in chinese


def test_an_unclosed_ring_is_said_so_in_chinese(qgis_app):
    warning = next(w for w in warnings_of("POLYGON((116 39, 116.02 39, 116.02 39.02, 116 39.02))")
                   if "detail" in w.values)
    assert warning.values["detail"] == "unclosed ring"
    chinese = render_reason(warning, "zh")
    assert "环未闭合" in chinese and "unclosed" not in chinese


def test_a_site_with_a_line_and_a_bow_tie_names_both_in_chinese(qgis_app):
    site = f"GEOMETRYCOLLECTION(LINESTRING(116 39, 116.01 39.01), {BOW_TIE})"
    warning = next(w for w in warnings_of(SQUARE, site) if "detail" in w.values)
    assert warning.values["detail"] == "parts not polygonal left out: LineString; Self-intersection"
    assert render_reason(warning, "zh").count("已略去非多边形部分：LineString；自相交") == 1


def test_words_geos_may_add_later_are_shown_as_given(qgis_app):
    from zoning_review.plugin.core.overlay.geometry_words import detail_text

    assert detail_text("Some newer GEOS reason; Nested shells", "zh") == "Some newer GEOS reason；外环相互嵌套"
    assert detail_text("Some newer GEOS reason; Nested shells", "en") == "Some newer GEOS reason; Nested shells"


def test_a_site_nothing_polygonal_is_left_of_is_refused_in_the_ui_language(qgis_app, ui):  # noqa: F811
    ui("zh")
    flat = "POLYGON((116 39, 116.02 39, 116.01 39, 116 39))"  # all on one parallel
    with pytest.raises(OverlayError) as raised:
        warnings_of(SQUARE, flat)
    assert "Self-intersection" not in str(raised.value) and "Too few" not in str(raised.value)
    assert any(words in str(raised.value) for words in ("自相交", "点数过少", "无效")), str(raised.value)
