"""A CRS named in a reason or a warning reads in the reader's language where the reason is worded: a Chinese reader
meets CGCS2000 3 度带高斯-克吕格投影 第 38 带（EPSG:4526）, never QGIS's English identifier; the reason's stored
values keep QGIS's English identifier (outputs and saved reviews read the same in either language)."""

import pytest
from qgis.core import QgsCsException, QgsGeometry

from zoning_review.plugin.core.model.results import Reason, SpatialQuery
from zoning_review.plugin.core.overlay import engine as engine_module
from zoning_review.plugin.core.overlay.engine import OverlayError
from zoning_review.plugin.core.overlay.measure import no_transformation
from zoning_review.plugin.core.review.site_review import render_reason

from .overlay_helpers import crs, dispose, engine_for, memory_layer, unit_row
from .test_feedback_language import ui  # noqa: F401 - the fixture setting the UI language

SITE = "POLYGON((116.000 39.000, 116.002 39.000, 116.002 39.002, 116.000 39.002, 116.000 39.000))"
UNIT = "POLYGON((115 38, 117 38, 117 40, 115 40, 115 38))"
NEAR = "POLYGON((116.0026 39.0, 116.01 39.0, 116.01 39.002, 116.0026 39.002, 116.0026 39.0))"
NOT_FINITE = ("The site has no finite coordinates in the CRS {crs} of layer {layer}: the CRS cannot show where "
              "the site lies")
UNMEASURED = ("The site's area cannot be measured on the ellipsoid: some of its coordinates (or those of a unit "
              "it meets) lie outside where {crs} can be used. Check the site's coordinates and its CRS.")


def shift_warning_of_a_xian_1980_layer():
    """The datum warning of a site in CGCS2000 overlaid with a red line in Xian 1980 (EPSG:4610)."""
    red = memory_layer("Polygon", "EPSG:4610", [{"wkt": NEAR, "name": "near"}], fields=("name",), name="red")
    units = memory_layer("Polygon", "EPSG:4490", [unit_row("U1", UNIT)])
    result = engine_for(units, {"red_line": red}).overlay(QgsGeometry.fromWkt(SITE), crs("EPSG:4490"),
                                                          [SpatialQuery("red_line", "", None)])
    dispose(red, units)
    return next(w for w in result.warnings if "ballpark" in w.template)


def test_a_datum_warning_names_both_crss_in_chinese_and_stores_qgis_words(qgis_app):
    warning = shift_warning_of_a_xian_1980_layer()
    assert warning.values["crs"] == "EPSG:4610 - Xian 1980"
    assert warning.values["site_crs"] == "EPSG:4490 - China Geodetic Coordinate System 2000"
    chinese = render_reason(warning, "zh")
    assert "西安 1980 地理坐标系（EPSG:4610）" in chinese, chinese
    assert "CGCS2000 地理坐标系（EPSG:4490）" in chinese, chinese
    assert "EPSG:4610 - " not in chinese and "EPSG:4490 - " not in chinese, chinese
    english = render_reason(warning, "en")
    assert "is in EPSG:4610 - Xian 1980, the site in EPSG:4490 - China Geodetic Coordinate System 2000:" in english


def test_a_gauss_kruger_crs_in_a_stored_reason_reads_by_its_zone_in_chinese(qgis_app):
    stored = Reason(NOT_FINITE, {"crs": "EPSG:4526 - CGCS2000 / 3-degree Gauss-Kruger zone 38", "layer": "红线"})
    chinese = render_reason(stored, "zh")
    assert "CGCS2000 3 度带高斯-克吕格投影 第 38 带（EPSG:4526）" in chinese, chinese
    assert "Gauss-Kruger" not in chinese, chinese
    central = Reason(NOT_FINITE, {"crs": "EPSG:4547 - CGCS2000 / 3-degree Gauss-Kruger CM 114E", "layer": "红线"})
    assert "CGCS2000 3 度带高斯-克吕格投影 中央经线东经 114°（EPSG:4547）" in render_reason(central, "zh")
    assert render_reason(central, "en") == ("The site has no finite coordinates in the CRS EPSG:4547 - CGCS2000 / "
                                            "3-degree Gauss-Kruger CM 114E of layer 红线: the CRS cannot show where "
                                            "the site lies")
    assert central.values["crs"] == "EPSG:4547 - CGCS2000 / 3-degree Gauss-Kruger CM 114E"  # rendering stores nothing


def test_an_authority_id_alone_or_a_crs_without_a_chinese_name(qgis_app):
    assert "CGCS2000 地理坐标系（EPSG:4490）" in render_reason(Reason(UNMEASURED, {"crs": "EPSG:4490"}), "zh")
    utm = render_reason(Reason(UNMEASURED, {"crs": "EPSG:32650 - WGS 84 / UTM zone 50N"}), "zh")
    assert "WGS 84 / UTM zone 50N（EPSG:32650）" in utm, utm
    proj = "+proj=ortho +lat_0=-39 +lon_0=-64 +ellps=WGS84 +units=m +no_defs"  # no authority: its definition
    assert proj in render_reason(Reason(UNMEASURED, {"crs": proj}), "zh")


def test_a_transformation_qgis_cannot_set_up_names_the_crss_in_the_ui_language(ui):  # noqa: F811
    ui("zh")
    message = str(no_transformation(crs("EPSG:4610"), crs("EPSG:4526")))
    assert "西安 1980 地理坐标系（EPSG:4610）" in message, message
    assert "CGCS2000 3 度带高斯-克吕格投影 第 38 带（EPSG:4526）" in message, message
    ui("en")
    message = str(no_transformation(crs("EPSG:4610"), crs("EPSG:4526")))
    assert "EPSG:4610" in message and "Xian 1980" in message and "EPSG:4526" in message, message


def test_a_site_not_transformed_to_the_unit_layer_names_its_crs_in_chinese(ui, monkeypatch):  # noqa: F811
    """QGIS 3.22 reports no error for a polygon it cannot transform; later versions may raise, forced here."""
    ui("zh")
    units = memory_layer("Polygon", "EPSG:4526", [unit_row("U1", "POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))")])

    def failing(geometry, transform, reverse=False):
        raise QgsCsException("forced failure")

    monkeypatch.setattr(engine_module, "transformed", failing)
    with pytest.raises(OverlayError) as caught:
        engine_for(units).overlay(QgsGeometry.fromWkt(SITE), crs("EPSG:4490"), [])
    dispose(units)
    assert "CGCS2000 3 度带高斯-克吕格投影 第 38 带（EPSG:4526）" in str(caught.value), str(caught.value)
