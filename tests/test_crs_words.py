"""A CRS named in a message of the Chinese UI by its Chinese name (CGCS2000 地理坐标系（EPSG:4490）), never by QGIS's
English description (China Geodetic Coordinate System 2000); the English UI keeps the authority id and QGIS's words."""

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer

from zoning_review.plugin.core.coordinates.geometry import site_geometry
from zoning_review.plugin.core.coordinates.parse import CoordinateError, parse_text
from zoning_review.plugin.core.inputs.resolve import crs_error

from .test_feedback_language import ui  # noqa: F401 - the fixture setting the UI language
from .test_input_checks import mislabelled

DEGREES_NEAR_NOWHERE = "1, 2\n3, 4\n5, 6\n"  # read in EPSG:4490: east of Africa, outside China
DEGREES_IN_METRES = "J1 115°52′ 39°02′\nJ2 115°55′ 39°02′\nJ3 115°55′ 39°03′\n"


def refusal(text: str, authid: str) -> str:
    """The message the coordinate dialog shows for ``text`` read in ``authid``."""
    with pytest.raises(CoordinateError) as caught:
        site_geometry(parse_text(text), QgsCoordinateReferenceSystem(authid), QgsProject.instance().transformContext())
    return str(caught.value)


def test_a_point_outside_the_crs_names_it_in_chinese(ui):  # noqa: F811
    ui("zh")
    message = refusal(DEGREES_NEAR_NOWHERE, "EPSG:4490")
    assert "CGCS2000 地理坐标系（EPSG:4490）" in message, message
    assert "China Geodetic" not in message, message


def test_degrees_in_a_gauss_kruger_crs_name_its_zone_in_chinese(ui):  # noqa: F811
    ui("zh")
    message = refusal(DEGREES_IN_METRES, "EPSG:4527")
    assert "CGCS2000 3 度带高斯-克吕格投影 第 39 带（EPSG:4527）" in message, message
    assert "Gauss-Kruger" not in message, message


def test_a_layer_outside_its_crs_names_it_in_chinese(ui, sample_gpkg, tmp_path):  # noqa: F811
    ui("zh")
    message = crs_error(QgsVectorLayer(mislabelled(sample_gpkg, "red_line", tmp_path / "wrong.gpkg"), "wrong"))
    assert "CGCS2000 地理坐标系（EPSG:4490）" in message, message
    assert "China Geodetic" not in message, message


def test_the_english_ui_keeps_the_authority_id_and_qgis_words(ui):  # noqa: F811
    ui("en")
    message = refusal(DEGREES_NEAR_NOWHERE, "EPSG:4490")
    assert "outside the area of use of EPSG:4490 China Geodetic Coordinate System 2000 (" in message, message
