"""One user action, one review: a failing review of a selected feature is not started again when the
feature's attributes fill the form, and a register entry's read-only view takes the cause highlights off the map."""

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject

from tests.dock_helpers import bind
from tests.sample_project import layer
from zoning_review.plugin.core.overlay.engine import OverlayEngine
from zoning_review.plugin.gui.site_sources import selected_site
from zoning_review.plugin.log import TAG

CRITICAL = 2  # Qgis.MessageLevel.Critical
SETTLE_MS = 1500  # well past the dock's edit delay (400 ms), which re-evaluates after a form change


def _raise(self, *args, **kwargs):
    """Stands in for OverlayEngine.overlay: an unexpected error inside the review task."""
    raise ZeroDivisionError("division by zero")


def test_a_failing_review_of_a_selected_feature_runs_once_and_logs_one_traceback(
        dock, example_rules, qtbot, monkeypatch):
    dock.canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4490"))
    bind(dock.bindings, example_rules)
    sites = layer("sites")
    sites.selectByExpression("\"site_id\" = 'S02'")
    site = selected_site(sites)
    assert site.features, "the selected feature brings attributes that fill the form"
    started, failures, logged = [], [], []
    dock.runner.started.connect(lambda: started.append(1))
    dock.runner.failed.connect(failures.append)
    receiver = QgsApplication.messageLog().messageReceived

    def on_log(message, tag, level):
        if tag == TAG and int(level) == CRITICAL:
            logged.append(message)

    receiver.connect(on_log)
    monkeypatch.setattr(OverlayEngine, "overlay", _raise)
    try:
        with qtbot.waitSignal(dock.runner.failed, timeout=60000):
            dock.site_input.set_site(site)
        qtbot.wait(SETTLE_MS)
        qtbot.waitUntil(lambda: not dock.runner.busy, timeout=60000)
    finally:
        receiver.disconnect(on_log)
    assert dock.form.project().name, "the form was filled from the feature"
    assert len(started) == 1, f"{len(started)} reviews started for one action"
    assert len(failures) == 1, failures
    assert len(logged) == 1 and "Traceback (most recent call last)" in logged[0], logged
    assert "ZeroDivisionError" in dock.banner.text()


def test_the_read_only_view_of_a_register_entry_takes_the_cause_off_the_map_until_a_finding_is_chosen(
        dock, example_rules, qtbot, tmp_path):
    from tests.test_dock_causes import finding_row, review_s02
    from tests.test_register_browser import register

    _path, records = register(tmp_path)
    review_s02(dock, example_rules, qtbot)
    cause = dock.highlights.cause
    dock.tree.setCurrentItem(finding_row(dock.tree, "G-SL-03"))
    assert cause.items and cause.geometries("band"), "the selected finding's cause is on the map"
    units = len(dock.highlights.units)
    assert units
    assert dock.register.show_record(records[0])
    assert cause.items == [] and dock.highlights.units == {}, "the entry's view shows the entry's site only"
    assert not dock.notes.isVisibleTo(dock) and not dock.tree.isVisibleTo(dock)  # the current review's widgets
    assert dock.highlights.site_band is not None
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.form.name_edit.setText("S02 renamed")  # the current review is evaluated again behind the entry's view
    assert cause.items == [] and dock.highlights.units == {}
    dock.closed.emit()  # the dock closed and opened again: still the entry's site alone
    assert dock.highlights.site_band is None
    dock.opened.emit()
    assert cause.items == [] and dock.highlights.units == {}
    shown = QgsGeometry(dock.highlights.site_band.asGeometry())
    map_crs = dock.canvas.mapSettings().destinationCrs()
    to_map = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4490"), map_crs, QgsProject.instance())
    entry_site = QgsGeometry(records[0].site)
    entry_site.transform(to_map)
    assert shown.symDifference(entry_site).area() < 1e-6 * entry_site.area()
    dock.record_view.back_button.click()
    assert dock.notes.isVisibleTo(dock) and dock.tree.isVisibleTo(dock)
    assert len(dock.highlights.units) == units, "back to the current review: its units are on the map again"
    assert cause.items == [], "the cause comes back only when a finding is chosen again"
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.form.name_edit.setText("S02 renamed again")
    assert cause.items == []
    dock.tree.setCurrentItem(finding_row(dock.tree, "G-SL-03"))
    assert cause.items and cause.geometries("band")
