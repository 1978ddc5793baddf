"""Messages that name a CRS directly name it as the other messages do (``shown_crs``): in Chinese by its Chinese name
and authority id (CGCS2000 3 度带高斯-克吕格投影 中央经线东经 117°（EPSG:4548）), in English by its authority id and
QGIS's description — the lost-CRS errors, the database overlay's SRID mismatch, the dock's site line and the coordinate
dialog's. They named the CRS by its authority id or QGIS's English description only."""

import shapely
from qgis.core import QgsGeometry
from qgis.PyQt.QtWidgets import QDialogButtonBox

from zoning_review.plugin.core.overlay.crs_check import lost_crs_error, lost_layer_crs_error
from zoning_review.plugin.core.overlay.pushdown import batch_overlay
from zoning_review.plugin.gui.review_task import Site

from .kept_feedback import Feedback
from .overlay_helpers import crs, dispose, engine_for
from .sample_project import layer
from .test_dock_site_input import POINTS, SQUARE
from .test_feedback_language import ui  # noqa: F401 - the fixture setting the UI language

GK_117 = "CGCS2000 3 度带高斯-克吕格投影 中央经线东经 117°（EPSG:4548）"
CGCS2000 = "CGCS2000 地理坐标系（EPSG:4490）"


def test_a_lost_crs_is_named_in_chinese_and_stored_by_its_authority_id(ui):  # noqa: F811
    ui("zh")
    error = lost_crs_error(crs("EPSG:4548"))
    assert str(error) == f"QGIS 在本次会话中丢失了坐标参考系的定义：{GK_117}。请重启 QGIS，然后重新审查。"
    assert error.reason.values == {"crs": "EPSG:4548"}  # as before: a reason is worded where it is read
    ui("en")
    assert str(lost_crs_error(crs("EPSG:4548"))) == (
        "QGIS has lost the definition of the coordinate reference system EPSG:4548 CGCS2000 / 3-degree Gauss-Kruger "
        "CM 117E in this session: restart QGIS, then review again.")


def test_a_unit_layer_s_lost_crs_is_named_in_chinese(ui):  # noqa: F811
    ui("zh")
    assert str(lost_layer_crs_error("单元", crs("EPSG:4548"))) == (
        f"QGIS 在本次会话中丢失了图层 单元 所用坐标参考系的定义：{GK_117}。请重启 QGIS，然后重新审查。")
    ui("en")
    assert str(lost_layer_crs_error("units", crs("EPSG:4548"))) == (
        "QGIS has lost the definition of the coordinate reference system EPSG:4548 CGCS2000 / 3-degree Gauss-Kruger "
        "CM 117E of layer units in this session: restart QGIS, then review again.")


def srid_mismatch(postgis, sample_in_both) -> str:
    """What the database overlay says of the sample's units given WGS 84 in QGIS while their table holds CGCS2000."""
    database, _files = sample_in_both
    units, feedback = postgis.layer("control_units"), Feedback()
    units.setCrs(crs("EPSG:4326"))  # the layer's CRS set by hand: the table's SRID is 4490
    items = [("s", QgsGeometry.fromWkt(shapely.box(115.95, 39.0, 115.96, 39.01).wkt), crs("EPSG:4490"))]
    try:
        list(batch_overlay(engine_for(units), database["sites"], items, (), feedback))
    finally:
        dispose(units)
    [said] = [text for kind, text in feedback.lines if kind == "warning" and "4490" in text]
    return said


def test_the_database_overlay_names_the_layer_s_crs_in_chinese(ui, postgis, sample_in_both):  # noqa: F811
    ui("zh")
    said = srid_mismatch(postgis, sample_in_both)
    assert "表的空间参考（4490）不是图层的 WGS 84 地理坐标系（EPSG:4326）" in said, said
    ui("en")
    said = srid_mismatch(postgis, sample_in_both)
    assert "the table's spatial reference (4490) is not the layer's EPSG:4326 WGS 84" in said, said


def test_the_dock_s_site_line_names_the_site_s_crs_in_the_ui_language(ui, dock, qtbot):  # noqa: F811
    for lang, named in (("zh", f"，{CGCS2000}"), ("en", ", EPSG:4490 China Geodetic Coordinate System 2000")):
        ui(lang)
        dock.site_input.set_site(Site(QgsGeometry.fromWkt(SQUARE), layer("sites").crs(), "drawn"))
        assert dock.site_input.status.text().endswith(named), dock.site_input.status.text()


def test_the_coordinate_dialog_names_the_crs_in_the_ui_language(ui, dock):  # noqa: F811
    for lang, named in (("zh", f"坐标参考系 {CGCS2000}。"), ("en", "points in EPSG:4490 China Geodetic Coordinate "
                                                                   "System 2000.")):
        ui(lang)
        dock.site_input.import_button.click()
        dialog = dock.site_input.dialog
        dialog.crs_widget.setCrs(crs("EPSG:4490"))
        dialog.text.setPlainText(POINTS)
        dialog.check()
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled(), dialog.status.text()
        assert named in dialog.status.text(), dialog.status.text()
        dialog.reject()
