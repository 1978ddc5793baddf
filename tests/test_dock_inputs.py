"""The dock's input widgets: the binding panel, the project form and its industry search, the draw tool,
the coordinate dialog and the site sources."""

import shutil

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsRectangle,
    QgsVectorFileWriter,
)
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.PyQt.QtGui import QInputMethodEvent, QKeyEvent
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication

from tests.dock_helpers import bind
from tests.sample_project import layer
from zoning_review.plugin.core.inputs.bindings import read_binding
from zoning_review.plugin.core.inputs.resolve import load_rules
from zoning_review.plugin.core.inputs.targets import bound_targets
from zoning_review.plugin.gui.binding_panel import BindingPanel
from zoning_review.plugin.gui.draw_tool import PolygonDrawTool
from zoning_review.plugin.gui.project_form import ProjectForm
from zoning_review.plugin.i18n import ui_language


def test_binding_detects_fields_and_survives_save_and_reload(sample_project, example_rules, tmp_path, qtbot):
    panel = BindingPanel(sample_project)
    qtbot.addWidget(panel)
    panel.layer_combo.setLayer(layer("control_units"))
    assert (panel.code_combo.currentField(), panel.name_combo.currentField(),
            panel.category_combo.currentField()) == ("HJGKDYBM", "HJGKDYMC", "ZHGKDYFL")
    assert panel.prose_combos["spatial_layout"].currentField() == "KJBJYS"
    assert read_binding(layer("control_units")) is None
    with qtbot.waitSignal(panel.bindingChanged):
        panel.rules_file.setFilePath(str(example_rules))
    assert "xiongan-example" in panel.messages.text()
    assert {n: c.currentLayer().name() for n, c in panel.constraints.combos.items()} == {
        "industrial_park": "industrial_park", "red_line": "red_line",
        "river_bank": "river_bank", "water_source": "water_source"}
    panel.constraints.combos["river_bank"].setLayer(None)
    stored = read_binding(layer("control_units"))
    assert stored.code_field == "HJGKDYBM" and "river_bank" not in stored.constraints
    qgz = tmp_path / "project.qgz"
    assert sample_project.write(str(qgz))
    sample_project.clear()
    assert sample_project.read(str(qgz))
    reloaded = read_binding(layer("control_units"))
    assert reloaded.rules_path == str(example_rules)
    assert set(reloaded.constraints) == {"industrial_park", "red_line", "water_source"}
    fresh = BindingPanel(sample_project)
    qtbot.addWidget(fresh)
    assert fresh.current_layer().name() == "control_units"
    assert fresh.rules_file.filePath() == str(example_rules)
    assert fresh.constraints.combos["river_bank"].currentLayer() is None
    targets = bound_targets(sample_project)
    assert [t.layer.name() for t in targets] == ["control_units"]
    assert sorted(targets[0].constraints) == ["industrial_park", "red_line", "water_source"]


def test_binding_kept_when_layer_source_moves(sample_project, example_rules, tmp_path, qtbot):
    panel = BindingPanel(sample_project)
    qtbot.addWidget(panel)
    bind(panel, example_rules)
    units = layer("control_units")
    moved = tmp_path / "moved.gpkg"
    shutil.copy(units.source().split("|")[0], moved)
    units.setDataSource(f"{moved}|layername=control_units", units.name(), "ogr")
    assert units.isValid()
    assert read_binding(units).code_field == "HJGKDYBM"
    assert [t.layer.source() for t in bound_targets(sample_project)] == [units.source()]


def test_bad_rule_set_is_reported_inline_and_not_used(sample_project, tmp_path, qtbot):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: zoning-review-rules/1\nmetadata: [\n", encoding="utf-8")
    panel = BindingPanel(sample_project)
    qtbot.addWidget(panel)
    bind(panel, bad)
    text = panel.messages.text()
    assert "bad.yaml" in text and "cannot be used" in text
    assert not panel.constraints_box.isVisible()
    assert bound_targets(sample_project) == []


def test_binding_counts_rules_in_good_english(sample_project, example_rules, tmp_path, qtbot):
    import yaml

    panel = BindingPanel(sample_project)
    qtbot.addWidget(panel)
    bind(panel, example_rules)
    count = len(yaml.safe_load(example_rules.read_text(encoding="utf-8"))["rules"])
    assert panel.messages.text().endswith(f": {count} rules")
    document = yaml.safe_load(example_rules.read_text(encoding="utf-8"))
    document["rules"] = document["rules"][:1]
    single = tmp_path / "single.yaml"
    single.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    panel.rules_file.setFilePath(str(single))
    assert panel.messages.text().endswith(": 1 rule"), panel.messages.text()


def test_industry_search_offers_cement_and_resolves_codes(qtbot):
    cement = {"zh": "C3011 水泥制造", "en": "C3011 Manufacture of cement"}[ui_language()]
    form = ProjectForm()
    qtbot.addWidget(form)
    edit = form.industry.edit
    commit = QInputMethodEvent()
    commit.setCommitString("水泥")
    QApplication.sendEvent(edit, commit)
    assert cement in form.industry.suggestions()
    edit.clear()
    QTest.keyClicks(edit, "3011")
    assert form.industry.suggestions()[0] == cement
    form.industry.completer.activated[str].emit(cement)
    edit.setText(cement)
    assert form.project().industry == "C3011"
    assert cement.split(" ", 1)[1] in form.industry.hint.text()
    edit.setText("9999")
    assert form.project().industry == "9999", "not a code, yet given: the review needs information, never 'not given'"
    assert "9999" in form.industry.hint.text()


def test_form_shows_exactly_the_declared_attributes(example_rules, qtbot):
    ruleset = load_rules(str(example_rules)).ruleset
    form = ProjectForm()
    qtbot.addWidget(form)
    form.set_rulesets([ruleset])
    assert sorted(form.attributes.editors) == sorted(ruleset.attributes)
    labels = [form.attributes.form.itemAt(i, form.attributes.form.LabelRole).widget().text()
              for i in range(form.attributes.form.rowCount())]
    assert "Coal-fired boiler capacity (t/h) (t/h)" in labels or "Coal-fired boiler capacity (t/h)" in " ".join(labels)
    with qtbot.waitSignal(form.changed):
        form.attributes.editors["boiler_tph"].setText("12.5")
    form.attributes.editors["discharges_pollutants"].setCurrentIndex(1)
    form.construction.setCurrentIndex(form.construction.findData("expansion"))
    project = form.project()
    assert project.attributes == {"boiler_tph": 12.5, "discharges_pollutants": True}
    assert project.construction == "expansion" and project.catalogue is None
    form.set_rulesets([])
    assert form.attributes.editors == {} and form.project().attributes == {}
    form.set_rulesets([ruleset])  # e.g. the rule set re-bound, or a project read: the values come back
    assert form.project().attributes == {"boiler_tph": 12.5, "discharges_pollutants": True}
    form.attributes.set_value("boiler_tph", None)
    form.set_rulesets([])
    form.set_rulesets([ruleset])
    assert form.project().attributes == {"discharges_pollutants": True}, "a cleared value stays cleared"


def _mouse(canvas, tool, x, y, button=Qt.MouseButton.LeftButton):
    event = QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonRelease, QPoint(x, y), button, button,
                             Qt.KeyboardModifier.NoModifier)
    tool.canvasReleaseEvent(event)


def _key(tool, key):
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
    tool.keyPressEvent(event)
    return event.isAccepted()


@pytest.fixture()
def canvas(qgis_canvas, qgis_new_project):
    """A canvas showing a 1000 m square in a projected CRS."""
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4547"))
    qgis_canvas.resize(400, 400)
    qgis_canvas.setExtent(QgsRectangle(500000, 4300000, 501000, 4301000))
    qgis_canvas.refresh()
    return qgis_canvas


def test_draw_tool_keys_and_clicks(canvas, qtbot):
    tool = PolygonDrawTool(canvas)
    finished, messages, cancelled = [], [], []
    tool.finished.connect(finished.append)
    tool.message.connect(messages.append)
    tool.cancelled.connect(lambda: cancelled.append(True))
    for x, y in ((50, 50), (300, 60), (320, 300), (200, 200)):
        _mouse(canvas, tool, x, y)
    assert len(tool.points) == 4
    assert _key(tool, Qt.Key.Key_Backspace)
    assert len(tool.points) == 3
    assert not _key(tool, Qt.Key.Key_A)
    _mouse(canvas, tool, 0, 0, Qt.MouseButton.RightButton)
    assert len(finished) == 1 and tool.points == []
    polygon = finished[0].asPolygon()[0]
    assert len(polygon) == 4 and polygon[0] == polygon[-1]
    assert polygon[0].x() == pytest.approx(canvas.getCoordinateTransform().toMapCoordinates(50, 50).x())
    _mouse(canvas, tool, 10, 10)
    _mouse(canvas, tool, 20, 20)
    _mouse(canvas, tool, 0, 0, Qt.MouseButton.RightButton)
    assert len(finished) == 1 and "at least 3 vertices" in messages[-1]
    assert _key(tool, Qt.Key.Key_Escape)
    assert cancelled and tool.points == []
    tool.release()


def test_coordinate_dialog_imports_a_gbk_jzd_file(qgis_new_project, repo_root, qtbot):
    from zoning_review.plugin.gui.coordinate_dialog import CoordinateDialog

    dialog = CoordinateDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.Ok)
    assert not ok.isEnabled()
    dialog.load_path(str(repo_root / "tests" / "data" / "coordinates" / "jzd_gbk_holes.txt"))
    assert ok.isEnabled(), dialog.status.text()
    assert dialog.crs_widget.crs().authid() == "EPSG:4527"
    assert "GBK" in dialog.status.text() and "✔ 2 parcels, " in dialog.status.text()
    with qtbot.waitSignal(dialog.accepted_site) as signal:
        ok.click()
    site = signal.args[0]
    assert site.crs.authid() == "EPSG:4527" and site.geometry.isMultipart()


def test_coordinate_dialog_reports_bad_input_inline(qgis_new_project, qtbot):
    from zoning_review.plugin.gui.coordinate_dialog import CoordinateDialog

    dialog = CoordinateDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.Ok)
    dialog.text.setPlainText("J1, 4323536.30, 39403464.69\nJ2, 4323504.88, abc\n")
    dialog.check()
    assert not ok.isEnabled() and "Line 2" in dialog.status.text()
    dialog.text.setPlainText("J1, 4323536.30, 39403464.69\nJ2, 4323504.88, 39406062.12\n"
                             "J3, 4325170.19, 39406081.99\n")
    dialog.check()
    assert ok.isEnabled() and dialog.crs_widget.crs().authid() == "EPSG:4527"
    assert dialog.status.text().startswith("✔ 1 parcel, 3 points in EPSG:4527 CGCS2000 / 3-degree Gauss-Kruger "
                                           "zone 39."), dialog.status.text()
    dialog.crs_widget.setCrs(QgsCoordinateReferenceSystem("EPSG:4526"))
    assert not ok.isEnabled() and "outside the area of use" in dialog.status.text()
    dialog.northing_first.click()
    assert not dialog.northing_first.isChecked() and not ok.isEnabled()


def test_coordinate_dialog_never_takes_the_site_of_text_since_edited(qgis_new_project, qtbot):
    """OK pressed before the edited text is checked takes nothing: never the earlier text's site."""
    from zoning_review.plugin.gui.coordinate_dialog import CoordinateDialog

    dialog = CoordinateDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.Ok)
    dialog.text.setPlainText("115.885, 39.040\n115.915, 39.040\n115.915, 39.055\n")
    dialog.check()
    assert ok.isEnabled(), dialog.status.text()
    taken = []
    dialog.accepted_site.connect(taken.append)
    dialog.text.setPlainText("116.885, 39.040\n116.915, 39.040\n116.915, 39.055\n")  # corrected, not yet checked
    ok.click()
    assert taken == [] and dialog.site is None
    qtbot.waitUntil(ok.isEnabled, timeout=60000)  # checked after the pause
    ok.click()
    assert [site.geometry.boundingBox().xMinimum() for site in taken] == [pytest.approx(116.885)]


def test_coordinate_dialog_names_and_reads_degrees_minutes_seconds(qgis_new_project, qtbot):
    from qgis.PyQt.QtWidgets import QLabel

    from zoning_review.plugin.gui.coordinate_dialog import CoordinateDialog

    dialog = CoordinateDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.Ok)
    assert "116°23′45.6″E" in dialog.findChild(QLabel, "zr_coordinates_hint").text()
    dialog.text.setPlainText("39°54′20″N 116°23′45.6″E\n39°54′20″N 116°24′E\n116°24′E 39°55′N\n")
    dialog.check()
    assert not ok.isEnabled() and "Line 3: “116°24′E” is marked as a longitude" in dialog.status.text()
    dialog.text.setPlainText("39°54′20″N 116°23′45.6″E\n39°54′20″N 116°24′E\n39°55′N x\n")
    dialog.check()
    assert "not a number" in dialog.status.text() and "东经116°23′45.6″" in dialog.status.text()
    dialog.text.setPlainText("39°54′20″N 116°23′45.6″E\n39°54′20″N 116°24′E\n39°55′N 116°24′ x\n")
    dialog.check()
    assert not ok.isEnabled() and "Line 3: “39°55′N 116°24′ x” ends in “x”, which is neither a coordinate nor a " \
                                  "hemisphere" in dialog.status.text()
    dialog.text.setPlainText("39°54′20″N 116°23′45.6″E\n39°54′20″N 116°24′E\n39°55′N 116°24′E\n")
    dialog.check()
    assert ok.isEnabled() and dialog.northing_first.isChecked(), dialog.status.text()
    assert dialog.site.crs.authid() == "EPSG:4490"
    assert dialog.site.geometry.vertexAt(0).x() == 116.396


def test_coordinate_dialog_names_decimal_degrees_with_a_hemisphere(qgis_new_project, qtbot):
    from qgis.PyQt.QtWidgets import QLabel

    from zoning_review.plugin.gui.coordinate_dialog import CoordinateDialog

    dialog = CoordinateDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.Ok)
    hint = dialog.findChild(QLabel, "zr_coordinates_hint").text()
    assert "decimal degrees with a hemisphere (116.396E, N39.9, 东经116.396)" in hint
    dialog.text.setPlainText("116.396E 39.9N\n116.4E 39.9N\n116.4E x\n")
    dialog.check()
    assert not ok.isEnabled() and "Line 3: “116.4E x” is not a coordinate — “x” is not a number" in dialog.status.text()
    assert "or as decimal degrees with a hemisphere such as 116.396E or 东经116.396" in dialog.status.text()
    dialog.text.setPlainText("116.396E 39.9N\n116.4E 39.9N\n116.4E 39.95N\n")
    dialog.check()
    assert ok.isEnabled() and not dialog.northing_first.isChecked(), dialog.status.text()
    assert dialog.site.crs.authid() == "EPSG:4490" and dialog.site.geometry.vertexAt(2).y() == 39.95


def test_coordinate_dialog_never_keeps_a_crs_detected_for_other_text(qgis_new_project, repo_root, tmp_path,
                                                                      qtbot):
    from zoning_review.plugin.gui.coordinate_dialog import CoordinateDialog

    dialog = CoordinateDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.Ok)
    dialog.load_path(str(repo_root / "tests" / "data" / "coordinates" / "jzd_utf8_meridian.txt"))
    assert ok.isEnabled() and dialog.crs_widget.crs().authid() == "EPSG:4548"  # 带号=117
    no_zone = "J1, 3523536.30, 503464.69\nJ2, 3523504.88, 506062.12\nJ3, 3525170.19, 506081.99\n"
    dialog.text.setPlainText(no_zone)  # somewhere in Jiangsu or Anhui: its zone is not written
    dialog.check()
    assert not ok.isEnabled() and "Choose the coordinate reference system" in dialog.status.text()
    assert "without a zone number" in dialog.status.text() and not dialog.crs_widget.crs().isValid()
    dialog.crs_widget.setCrs(QgsCoordinateReferenceSystem("EPSG:4548"))  # the user's own choice
    assert ok.isEnabled(), dialog.status.text()
    with qtbot.waitSignal(dialog.accepted_site) as signal:
        ok.click()
    assert signal.args[0].crs.authid() == "EPSG:4548"
    other = tmp_path / "other.txt"
    other.write_text(no_zone.replace("J", "K"), encoding="utf-8")
    dialog.load_path(str(other))  # another file: the CRS chosen for the last one is not its
    assert not ok.isEnabled() and not dialog.crs_widget.crs().isValid()


def test_site_from_selected_feature_and_file(sample_project, tmp_path, qgis_iface, qtbot):
    from zoning_review.plugin.gui.site_sources import SiteError, file_site, selected_site

    sites = layer("sites")
    with pytest.raises(SiteError, match=r"No feature of sites \(the active layer\) is selected"):
        selected_site(sites)
    sites.selectByExpression("\"site_id\" = 'S02'")
    site = selected_site(sites)
    assert site.crs.authid() == "EPSG:4490" and site.origin == "1 selected feature of sites"
    sites.selectByExpression("\"site_id\" IN ('S02', 'S05')")
    assert selected_site(sites).origin == "2 selected features of sites"
    sites.selectByExpression("\"site_id\" = 'S02'")
    several = r"sample.gpkg holds several polygon layers \(control_units, red_line, .*sites\)"
    with pytest.raises(SiteError, match=several):
        file_site(sites.source().split("|")[0])  # was: the first polygon layer, control_units, as the site
    one = tmp_path / "one_site.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.onlySelectedFeatures = "GPKG", True
    QgsVectorFileWriter.writeAsVectorFormatV3(sites, str(one), sample_project.transformContext(), options)
    site = file_site(str(one))
    assert site.crs.authid() == "EPSG:4490" and site.geometry.equals(sites.selectedFeatures()[0].geometry())
    text = tmp_path / "notes.txt"
    text.write_text("not a vector file", encoding="utf-8")
    with pytest.raises(SiteError, match="notes.txt"):
        file_site(str(text))


def test_a_site_file_with_an_undefined_crs_is_refused(sample_gpkg, qgis_app, tmp_path):
    from tests.test_input_checks import undefined_copy
    from zoning_review.plugin.gui.site_sources import SiteError, file_site

    undefined_copy(sample_gpkg, "sites", tmp_path / "lost.gpkg", 0)  # the one polygon layer of the file
    with pytest.raises(SiteError, match=r"lost.gpkg has no coordinate reference system"):
        file_site(str(tmp_path / "lost.gpkg"))
