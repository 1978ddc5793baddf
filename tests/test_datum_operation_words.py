"""The datum warning names PROJ's ballpark operation in the reader's language: a Chinese reader meets
粗略地理坐标偏移：西安 1980 → CGCS2000, no longer PROJ's "Ballpark geographic offset from Xian 1980 to China Geodetic
Coordinate System 2000" (nor its projection steps, "Inverse of 3-degree Gauss-Kruger CM 114E + …"); the English keeps
PROJ's name, and the warning stores PROJ's name as it did (outputs and saved reviews read the same)."""

import pytest
from qgis.core import QgsCoordinateTransformContext

from zoning_review.plugin.core.overlay.datum_shift import ballpark_operation, screen_shift_warning, shift_warning
from zoning_review.plugin.core.review.site_review import render_reason

from .kept_feedback import Feedback
from .overlay_helpers import crs
from .test_crs_reason_words import shift_warning_of_a_xian_1980_layer
from .test_datum_shift_front_ends import OTHERS, xian_red_line  # noqa: F401 - the fixture
from .test_feedback_language import ui  # noqa: F401 - the fixture setting the UI language

PROJ_WORDS = ("Ballpark", "ballpark", "China Geodetic", "Gauss-Kruger", "Inverse of", "offset from")


def operation(source: str, target: str) -> str:
    """PROJ's ballpark operation from ``source`` to ``target`` as QGIS names it (no transformation set)."""
    return ballpark_operation(crs(source), crs(target), QgsCoordinateTransformContext())


def test_a_xian_1980_layer_s_warning_words_the_offset_in_chinese_and_stores_proj_s_name(qgis_app):
    warning = shift_warning_of_a_xian_1980_layer()
    stored = "Ballpark geographic offset from China Geodetic Coordinate System 2000 to Xian 1980"
    assert warning.values["operation"] == stored
    chinese = render_reason(warning, "zh")
    assert "近似偏移（粗略地理坐标偏移：CGCS2000 → 西安 1980）" in chinese, chinese
    assert not any(word in chinese for word in PROJ_WORDS), chinese
    assert f"unknown accuracy ({stored})," in render_reason(warning, "en")
    assert warning.values["operation"] == stored  # rendering stores nothing


@pytest.mark.parametrize("source, target, words", [
    ("EPSG:4526", "EPSG:2383", "粗略地理坐标偏移：CGCS2000 → 西安 1980"),  # Gauss-Krüger zones on both sides
    ("EPSG:2435", "EPSG:4547", "粗略地理坐标偏移：北京 1954 → CGCS2000"),
])
def test_the_projection_steps_are_left_to_the_crss_the_warning_names(qgis_app, source, target, words):
    proj = operation(source, target)
    assert proj.startswith("Inverse of 3-degree Gauss-Kruger") and " + Ballpark geographic offset from " in proj
    warning = shift_warning("红线", f"{source} - …", f"{target} - …", proj)
    chinese = render_reason(warning, "zh")
    assert f"（{words}）" in chinese, chinese
    assert not any(word in chinese for word in PROJ_WORDS), chinese
    assert f"({proj})" in render_reason(warning, "en")


def test_the_siting_screen_s_warning_of_a_beijing_1954_layer_in_the_ui_language(ui):  # noqa: F811
    proj = operation("EPSG:4214", "EPSG:4490")
    warning = screen_shift_warning("红线", "EPSG:4214 - Beijing 1954",
                                   "EPSG:4490 - China Geodetic Coordinate System 2000", proj)
    ui("zh")
    chinese = render_reason(warning)
    assert "近似偏移（粗略地理坐标偏移：北京 1954 → CGCS2000）" in chinese, chinese
    assert "北京 1954 地理坐标系（EPSG:4214）" in chinese and "CGCS2000 地理坐标系（EPSG:4490）" in chinese, chinese
    assert not any(word in chinese for word in PROJ_WORDS), chinese
    ui("en")
    assert "(Ballpark geographic offset from Beijing 1954 to China Geodetic Coordinate System 2000)" in \
        render_reason(warning)


def test_an_operation_without_a_ballpark_step_is_named_as_proj_names_it(qgis_app):
    warning = shift_warning("红线", "EPSG:4610 - Xian 1980", "EPSG:4490 - China Geodetic Coordinate System 2000",
                            "+proj=noop")
    assert "（+proj=noop）" in render_reason(warning, "zh")  # never dropped: what QGIS does is named


def test_reviewsites_logs_the_offset_in_chinese_under_a_chinese_ui(zr_processing, ui, sample_gpkg,  # noqa: F811
                                                                   example_rules, xian_red_line, tmp_path):  # noqa: F811
    import processing

    ui("zh")
    feedback = Feedback()
    processing.run("zoningreview:reviewsites", {
        "SITES": f"{sample_gpkg}|layername=sites", "UNITS": f"{sample_gpkg}|layername=control_units",
        "RULES": str(example_rules), "LANGUAGE": 1, "SUMMARY": "TEMPORARY_OUTPUT", "FINDINGS": "TEMPORARY_OUTPUT",
        "CONSTRAINTS": [str(xian_red_line)] + [f"{sample_gpkg}|layername={name}" for name in OTHERS],
    }, feedback=feedback)
    lines = [text for kind, text in feedback.lines if kind == "warning" and "西安 1980" in text]
    assert lines and all("（粗略地理坐标偏移：CGCS2000 → 西安 1980）" in text for text in lines), lines
    assert not any(word in text for text in lines for word in PROJ_WORDS), lines
