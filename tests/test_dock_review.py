"""The dock's review path: a site reviewed and re-evaluated, its notes written and signed, and a bound
constraint layer without a usable CRS named once."""

import os

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsRectangle

from tests.dock_helpers import SITE_WKT, bind
from tests.sample_project import layer
from zoning_review.plugin.gui.results_view import KIND_ROLE


def test_dock_reviews_a_site_and_reevaluates_on_industry_change(dock, example_rules, qtbot):
    from zoning_review.plugin.gui.review_task import Site

    bind(dock.bindings, example_rules)
    assert [t.layer.name() for t in dock.targets] == ["control_units"]
    assert "boiler_tph" in dock.form.attributes.editors
    dock.form.industry.set_code("C3911")
    dock.form.construction.setCurrentIndex(dock.form.construction.findData("new"))
    dock.form.attributes.set_value("capacity_increase", True)
    site = Site(QgsGeometry.fromWkt(SITE_WKT), QgsCoordinateReferenceSystem("EPSG:4490"), "test")
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.set_site(site)
    review = dock.runner.reviews[0].review
    codes = sorted(u.overlap.code for u in review.units)
    assert codes == ["ZH13062920001", "ZH13062930002", "ZH13062930003"]
    assert "3 control units overlapped" in dock.banner.text()
    root = dock.tree.topLevelItem(0)
    kinds = [root.child(i).data(0, KIND_ROLE) for i in range(root.childCount())]
    assert kinds.count("unit") == len(codes)  # then the units the site only touches, not reviewed
    assert dock.highlights.site_band is not None
    assert len(dock.highlights.units) == len(codes)
    first = review.verdict
    units = layer("control_units")
    unit_item = root.child(1)
    fid = next(u.overlap.fid for u in review.units if unit_item.text(0).startswith(u.overlap.code))
    dock.canvas.setDestinationCrs(units.crs())
    dock.canvas.setExtent(QgsRectangle(100, 20, 101, 21))
    dock.tree.itemClicked.emit(unit_item.child(0) or unit_item, 0)
    unit_box = units.getFeature(fid).geometry().boundingBox()
    assert dock.canvas.extent().contains(unit_box.center())
    assert dock.canvas.extent().width() < 5 * unit_box.width() + 0.01
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.form.industry.set_code("C3011")
    assert dock.runner.reviews[0].review.verdict == "non_compliant" != first
    assert dock.banner.verdict == "non_compliant"
    assert set(dock.highlights.verdicts().values()) == {"non_compliant"}
    dock.site_input.clear()
    assert dock.highlights.units == {} and dock.highlights.site_band is None


def test_the_banner_counts_one_overlapped_unit_in_the_singular(dock, example_rules, qtbot):
    from tests.test_dock_causes import review_s02

    site = review_s02(dock, example_rules, qtbot)  # S02 lies in ZH13063820001 alone
    assert site.origin == "1 selected feature of sites"
    assert "<small>1 control unit overlapped</small>" in dock.banner.text(), dock.banner.text()


def test_notes_written_for_the_reviewed_site(dock, example_rules, tmp_path, qtbot):
    from zoning_review.plugin.gui.review_task import Site

    assert not dock.notes.button.isEnabled()
    bind(dock.bindings, example_rules)
    dock.form.name_edit.setText("Notes test")
    site = Site(QgsGeometry.fromWkt(SITE_WKT), QgsCoordinateReferenceSystem("EPSG:4490"), "test")
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.set_site(site)
    assert dock.notes.button.isEnabled()
    written = dock.notes.write("en", "html", str(tmp_path / "notes.html"))
    assert written == [str(tmp_path / "notes.html")]
    text = (tmp_path / "notes.html").read_text(encoding="utf-8")
    assert "ZH13062920001" in text and "Notes test" in text
    assert dock.notes.write("en", "rtf", str(tmp_path / "notes.rtf")) == []
    table = tmp_path / "findings.csv"
    assert dock.notes.write("zh", "csv", str(table)) == [str(table)]
    rows = table.read_text(encoding="utf-8-sig").splitlines()
    findings = sum(len(item.review.all_findings()) for item in dock.runner.reviews)
    assert len(rows) == findings + 1 and "ZH13062920001" in "".join(rows)


def test_notes_dialog_signs_the_notes_and_opens_them(dock, example_rules, tmp_path, qtbot, monkeypatch):
    from qgis.PyQt.QtGui import QDesktopServices

    from zoning_review.plugin import settings
    from zoning_review.plugin.gui.notes_dialog import NotesDialog
    from zoning_review.plugin.gui.review_task import Site

    settings.REVIEWER.set("王审查")
    settings.ORGANISATION.set("雄安生态环境局")
    try:
        dialog = NotesDialog(None, str(tmp_path), "signed")
        qtbot.addWidget(dialog)
        assert dialog.signer() == ("王审查", "雄安生态环境局") and not dialog.open_after()
        dialog.reviewer_edit.setText(" 李四 ")
        dialog.organisation_edit.setText("某环评单位")
        dialog.open_check.setChecked(True)
        assert dialog.signer() == ("李四", "某环评单位") and dialog.open_after()
    finally:
        settings.REVIEWER.reset()
        settings.ORGANISATION.reset()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    bind(dock.bindings, example_rules)
    site = Site(QgsGeometry.fromWkt(SITE_WKT), QgsCoordinateReferenceSystem("EPSG:4490"), "test")
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.set_site(site)
    path = str(tmp_path / "signed.html")
    assert dock.notes.write("zh", "html", path, dialog.signer(), dialog.open_after()) == [path]
    text = (tmp_path / "signed.html").read_text(encoding="utf-8")
    assert "李四" in text and "某环评单位" in text
    assert opened == [path]
    assert dock.notes.write("zh", "html", str(tmp_path / "quiet.html")) == [str(tmp_path / "quiet.html")]
    assert opened == [path]


def test_the_notes_file_offered_is_in_the_chosen_folder_whatever_the_project_name(dock, tmp_path, qtbot):
    from zoning_review.plugin import settings

    name = "年产5万吨/年聚氯乙烯及配套公用工程项目：" + "危险化学品仓储物流中心和污水处理设施" * 6  # 127 characters
    dock.form.name_edit.setText(name)
    settings.LAST_OUTPUT_DIR.set(str(tmp_path))
    try:
        dock.notes.generate()
        dialog = dock.notes.dialog
        qtbot.addWidget(dialog)
        offered = dialog.path()
        dialog.reject()
    finally:
        settings.LAST_OUTPUT_DIR.reset()
    folder, file_name = os.path.split(offered)
    assert folder == str(tmp_path)  # not a folder "年产5万吨" made from the name's slash
    assert file_name.startswith("年产5万吨_年聚氯乙烯") and file_name.endswith(".html")
    assert len(file_name.encode("utf-8")) + len(".part") <= 255


def test_the_dock_names_a_bound_constraint_layer_without_crs_once(dock, example_rules, qgis_iface, qtbot):
    from qgis.core import Qgis, QgsCoordinateReferenceSystem

    qgis_iface.messageBar().clear_messages()
    layer("river_bank").setCrs(QgsCoordinateReferenceSystem())  # the project's copy only, as a missing .prj
    bind(dock.bindings, example_rules)
    qtbot.waitUntil(lambda: bool(dock.targets), timeout=60000)
    dock.refresh_targets()
    warnings = [m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning) if "river_bank" in m]
    assert len(warnings) == 1 and "coordinate reference system" in warnings[0]
    assert "river_bank" not in dock.targets[0].constraints  # never used as if in the site's CRS


def test_the_dock_names_a_bound_constraint_layer_with_an_undefined_crs_once(dock, example_rules, qgis_iface, qtbot,
                                                                            sample_gpkg, tmp_path):
    from qgis.core import Qgis, QgsVectorLayer

    from tests.test_input_checks import GK, undefined_copy

    qgis_iface.messageBar().clear_messages()
    lost = QgsVectorLayer(undefined_copy(sample_gpkg, "river_bank", tmp_path / "lost.gpkg", 0, GK), "lost")
    layer("river_bank").setCrs(lost.crs())  # the project's copy only, as saved to a GeoPackage without CRS
    bind(dock.bindings, example_rules)
    qtbot.waitUntil(lambda: bool(dock.targets), timeout=60000)
    dock.refresh_targets()
    warnings = [m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning) if "river_bank" in m]
    assert len(warnings) == 1 and "has an undefined coordinate reference system" in warnings[0], warnings
    assert "river_bank" not in dock.targets[0].constraints  # never used as if in degrees


def test_no_site_is_reviewed_while_a_bound_layer_cannot_be_used(dock, example_rules, tmp_path, qtbot):
    """The bound rule-set file is gone (moved, renamed): the layer cannot be reviewed, so no review stands — the
    last one is not left on show as if the site had been reviewed against it — and the banner says why."""
    import shutil

    from zoning_review.plugin.gui.review_task import Site

    rules = tmp_path / "rules.yaml"
    shutil.copy(example_rules, rules)
    bind(dock.bindings, rules)
    site = Site(QgsGeometry.fromWkt(SITE_WKT), QgsCoordinateReferenceSystem("EPSG:4490"), "test")
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.set_site(site)
    assert dock.tree.topLevelItemCount() == 1 and dock.banner.verdict
    rules.unlink()
    dock.refresh_targets()
    assert dock.targets == [] and dock.unusable and "control_units" in dock.unusable[0]
    assert dock.banner.text().startswith("No site is reviewed while a bound unit layer cannot be used: The rule "
                                         "sets bound to unit layer control_units cannot be used"), dock.banner.text()
    assert not dock.banner.verdict and dock.tree.topLevelItemCount() == 0 and not dock.highlights.units
    assert not dock.notes.button.isEnabled()


def test_a_bound_layer_whose_data_source_is_gone_is_named_and_no_site_is_reviewed(dock, example_rules, tmp_path):
    from zoning_review.plugin.core.inputs.targets import review_targets

    bind(dock.bindings, example_rules)
    units = layer("control_units")
    source, name = units.source(), units.name()
    units.setDataSource(str(tmp_path / "moved.gpkg") + "|layername=control_units", name, "ogr")
    try:
        assert not units.isValid()
        targets, problems = review_targets(dock.project)
        assert targets == [] and len(problems) == 1, problems
        assert problems[0].startswith("Unit layer control_units is bound to rule sets but cannot be read"), problems
        dock.refresh_targets()
        assert dock.targets == [] and dock.banner.text().startswith("No site is reviewed while"), dock.banner.text()
    finally:
        units.setDataSource(source, name, "ogr")
    assert units.isValid() and len(review_targets(dock.project)[0]) == 1
