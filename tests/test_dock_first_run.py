"""The dock as a newcomer meets it: no warning when a new project empties it, the form reachable at any width."""

import hashlib

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QScrollArea

from tests.dock_helpers import SITE_WKT, bind


def test_a_new_empty_project_warns_nothing(dock, sample_project, example_rules, qtbot):
    from zoning_review.plugin.gui.review_task import Site

    bind(dock.bindings, example_rules)
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.set_site(Site(QgsGeometry.fromWkt(SITE_WKT), QgsCoordinateReferenceSystem("EPSG:4490"), "t"))
    failed = []
    dock.runner.failed.connect(failed.append)
    sample_project.clear()
    qtbot.wait(100)
    assert failed == [], "a new empty project must not warn that no unit layer is bound"
    assert dock.site_input.site is None and dock.tree.topLevelItemCount() == 0
    assert dock.banner.text().startswith("Bind a rule set")


def test_the_form_scrolls_sideways_at_the_default_width(dock, qtbot):
    dock.resize(298, 700)
    dock.show()
    qtbot.wait(50)
    scroll = dock.findChild(QScrollArea, "zr_scroll")
    assert scroll.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    needed = scroll.widget().minimumSizeHint().width()
    bar = scroll.horizontalScrollBar()
    assert needed <= scroll.viewport().width() or bar.maximum() >= needed - scroll.viewport().width()


def test_a_site_from_a_file_is_zoomed_to(dock, qgis_iface, tmp_path, qtbot):
    from qgis.core import QgsFeature, QgsRectangle, QgsVectorFileWriter, QgsVectorLayer

    source = QgsVectorLayer("Polygon?crs=EPSG:4490", "site", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(SITE_WKT))
    source.dataProvider().addFeatures([feature])
    path = str(tmp_path / "site.geojson")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GeoJSON"
    QgsVectorFileWriter.writeAsVectorFormatV3(source, path, source.transformContext(), options)
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4490"))
    canvas.setExtent(QgsRectangle(100, 20, 101, 21))
    dock.site_input.load_path(path)
    site = QgsGeometry.fromWkt(SITE_WKT).boundingBox()
    extent = canvas.extent()
    assert dock.site_input.site is not None
    assert extent.contains(site), extent.toString()
    assert extent.width() < site.width() * 3 and extent.height() < site.height() * 3 + 0.1


def test_selected_takes_the_features_name_and_attributes(dock, example_rules, qtbot):
    from tests.sample_project import layer

    bind(dock.bindings, example_rules)
    sites = layer("sites")
    s01 = next(f for f in sites.getFeatures() if f["site_id"] == "S01")
    sites.selectByIds([s01.id()])
    dock.iface.setActiveLayer(sites)
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.use_selected()
    project = dock.form.project()
    assert project.name == "某计算机整机制造项目"
    assert (project.industry, project.construction, project.catalogue) == ("C3911", "new", "encouraged")
    assert project.attributes["investment_wan"] == 50000 and project.attributes["capacity_increase"] is True
    assert dock.runner.reviews[0].review.verdict != "needs_study", "the feature's attributes were not used"


def test_selected_does_not_take_an_industry_stored_as_a_number(dock, example_rules, sample_project, qtbot):
    """A feature whose Integer field holds 313 (0313, pig farming, without its zero): the form takes no code
    (313 would read as C313, steel rolling), keeps the number as given (needs information) and its hint says why."""
    from qgis.core import QgsFeature, QgsVectorLayer

    from tests.sample_project import layer
    from zoning_review.plugin.core.model.project import FieldNumber

    bind(dock.bindings, example_rules)
    s01 = next(f for f in layer("sites").getFeatures() if f["site_id"] == "S01")
    sites = QgsVectorLayer("Polygon?crs=EPSG:4490&field=name:string&field=industry:integer", "numbers", "memory")
    feature = QgsFeature(sites.fields())
    feature.setAttributes(["养猪场", 313])
    feature.setGeometry(s01.geometry())
    sites.dataProvider().addFeatures([feature])
    sample_project.addMapLayer(sites)
    sites.selectAll()
    dock.iface.setActiveLayer(sites)
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.use_selected()
    assert dock.form.project().name == "养猪场" and dock.form.project().industry == FieldNumber(313, "industry")
    assert dock.form.industry.edit.text() == ""
    assert dock.form.industry.hint.text() == (
        "Field industry holds the number 313, which loses leading zeros (0313 becomes 313, another industry): "
        "enter the code here, and store industry codes as text, such as A0313.")


def _reviewed(dock, example_rules, qtbot):
    """Bind the example rule set, describe a project and review SITE_WKT; the review's first unit and clause."""
    from zoning_review.plugin.gui.review_task import Site

    bind(dock.bindings, example_rules)
    dock.form.name_edit.setText("某面粉加工项目")
    dock.form.industry.set_code("C1312")
    dock.form.attributes.set_value("investment_wan", 8000)
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.set_site(Site(QgsGeometry.fromWkt(SITE_WKT), QgsCoordinateReferenceSystem("EPSG:4490"), "t"))
    unit = dock.runner.reviews[0].review.units[0]
    return unit.overlap.code, unit.findings[0].rule_id


def test_a_new_project_keeps_nothing_of_the_last_ones_review(dock, sample_project, example_rules, tmp_path, qtbot):
    """Neither the site's overall opinion, nor a ready notes button, nor the project described stays after a new
    project (the description was the last project's, as the opinion was); the bindings, and the review on screen when
    the file was written, come back with the file."""
    _reviewed(dock, example_rules, qtbot)
    dock.opinion.setPlainText("同意选址")
    assert dock.notes.button.isEnabled()
    saved = tmp_path / "bound.qgz"
    assert sample_project.write(str(saved))
    sample_project.clear()
    qtbot.wait(600)  # past the form's edit delay
    assert (dock.opinion.toPlainText(), dock.runner.opinion, dock.site_input.site) == ("", "", None)
    assert not dock.notes.button.isEnabled()
    cleared = dock.form.project()
    assert (cleared.name, cleared.industry, cleared.construction, cleared.catalogue) == ("", None, None, None)
    assert cleared.attributes == {} and dock.form.industry.edit.text() == ""
    assert sample_project.read(str(saved))
    assert [t.layer.name() for t in dock.targets] == ["control_units"]
    assert dock.opinion.toPlainText() == "同意选址"  # kept with the project, not with the panel
    assert dock.form.project().attributes.get("investment_wan") == 8000


def test_removing_another_layer_keeps_the_judgements_and_the_opinion(dock, sample_project, example_rules, qtbot):
    """A layer the review does not use removed (a base map): the site is reviewed again with the reviewer's
    judgement and overall opinion, not as a fresh site."""
    from qgis.core import QgsVectorLayer

    from zoning_review.plugin.core.review.judgements import Judgement

    unit_code, rule_id = _reviewed(dock, example_rules, qtbot)
    clause = dock.runner.reviews[0].review.units[0].findings[0]
    digest = hashlib.sha256(f"{clause.text_zh}\n{clause.text_en}".encode()).hexdigest()  # the text judged
    judgement = Judgement(dock.runner.site_id(), unit_code, rule_id, "not_applicable", remark="已核实", clause=digest)
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.runner.judge(judgement)
    dock.opinion.setPlainText("同意选址")
    other = QgsVectorLayer("Point?crs=EPSG:4490", "base map", "memory")
    sample_project.addMapLayer(other)
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        sample_project.removeMapLayer(other.id())
    assert list(dock.runner.judgements) == [judgement]
    assert (dock.opinion.toPlainText(), dock.runner.opinion) == ("同意选址", "同意选址")
    finding = next(f for f in dock.runner.reviews[0].review.units[0].findings if f.rule_id == rule_id)
    assert finding.status == "not_applicable"


def test_draw_gives_the_canvas_its_tool_back(qgis_iface, sample_project, qtbot):
    """Draw switched off, and the panel removed while drawing (the plugin unloaded), leave the map tool the user
    had (here Pan), never a canvas without a tool."""
    from qgis.gui import QgsMapToolPan

    from zoning_review.plugin.gui.dock import ZoningReviewDock

    canvas = qgis_iface.mapCanvas()
    pan = QgsMapToolPan(canvas)
    canvas.setMapTool(pan)
    dock = ZoningReviewDock(qgis_iface)
    qtbot.addWidget(dock)
    draw = dock.site_input.draw_button
    draw.setChecked(True)
    assert canvas.mapTool() is dock.site_input.tool
    draw.setChecked(False)
    assert canvas.mapTool() is pan
    draw.setChecked(True)
    dock.teardown()
    assert canvas.mapTool() is pan
    canvas.unsetMapTool(pan)


def test_a_compliant_judgement_saved_without_its_clause_text_comes_back_unapplied(dock, sample_project, example_rules,
                                                                                   tmp_path, qtbot):
    """A review saved before judgements kept the digest of their clause's text, its 符合 with it: the project
    opened again restores the review, but the 符合 is not applied — the clause needs further study and its row
    says the judgement must be confirmed again."""
    import json

    from zoning_review.plugin.core.inputs.bindings import PROJECT_SCOPE
    from zoning_review.plugin.core.inputs.project_reviews import REVIEWS_KEY
    from zoning_review.plugin.core.review.judgements import Judgement
    from zoning_review.plugin.gui.tree_state import all_items, item_path

    _reviewed(dock, example_rules, qtbot)
    unit, clause = next((u.overlap.code, f.rule_id) for u in dock.runner.reviews[0].review.units for f in u.findings
                        if f.status in ("manual_check", "needs_info"))
    dock.runner.judgements.add(Judgement(dock.runner.site_id(), unit, clause, "compliant", "已核查", "王工", "t0"))
    assert dock.saved.save_as("旧审查")
    book = json.loads(sample_project.readEntry(PROJECT_SCOPE, REVIEWS_KEY, "")[0])
    for judged in book["reviews"][0]["judgements"]:
        del judged["clause_sha256"]  # as saved before the digest was kept
    sample_project.writeEntry(PROJECT_SCOPE, REVIEWS_KEY, json.dumps(book, ensure_ascii=False))
    saved = tmp_path / "old.qgz"
    assert sample_project.write(str(saved))
    sample_project.clear()
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        assert sample_project.read(str(saved))
    assert [(j.rule_id, j.word, j.clause) for j in dock.runner.judgements] == [(clause, "compliant", "")]
    finding = next(f for u in dock.runner.reviews[0].review.units if u.overlap.code == unit for f in u.findings
                   if f.rule_id == clause)
    assert finding.status in ("manual_check", "needs_info") and finding.judgement is None
    assert str(dock.runner.verdict()) == "needs_study"
    row = next(item for item in all_items(dock.tree) if item_path(item)[-1] == f"rule:{clause}"
               and item_path(item)[1].startswith(f"unit:{unit}:"))
    assert "cannot be verified" in row.toolTip(0) and "confirm the judgement again" in row.toolTip(0)
