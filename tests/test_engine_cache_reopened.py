"""A project read again in the same session (same layer ids, new layer objects): the dock's review follows the unit
layer's edits made after the project was read, never a snapshot kept from before."""

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsProject

from tests.dock_helpers import SITE_WKT, bind
from tests.sample_project import layer

CODES = ["ZH13062920001", "ZH13062930002", "ZH13062930003"]  # the units SITE_WKT overlaps (test_dock_review)
REMOVED = "ZH13062920001"


def reviewed_codes(dock, qtbot) -> list:
    """The unit codes of a new review of SITE_WKT."""
    from zoning_review.plugin.gui.review_task import Site

    site = Site(QgsGeometry.fromWkt(SITE_WKT), QgsCoordinateReferenceSystem("EPSG:4490"), "test")
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.set_site(site)
    return sorted(u.overlap.code for u in dock.runner.reviews[0].review.units)


def test_edits_after_the_project_is_read_again_reach_the_review(dock, example_rules, qtbot, tmp_path):
    bind(dock.bindings, example_rules)
    assert reviewed_codes(dock, qtbot) == CODES
    path = str(tmp_path / "审查.qgz")
    project = QgsProject.instance()
    assert project.write(path)
    project.clear()
    assert project.read(path)  # the same project again: its layers keep their ids
    assert [t.layer.name() for t in dock.targets] == ["control_units"]
    assert reviewed_codes(dock, qtbot) == CODES
    units = layer("control_units")  # the layer as read now (of the test's own copy of the sample)
    doomed = [f.id() for f in units.getFeatures() if f["HJGKDYBM"] == REMOVED]
    assert len(doomed) == 1
    assert units.startEditing() and units.deleteFeatures(doomed) and units.commitChanges()
    assert reviewed_codes(dock, qtbot) == [code for code in CODES if code != REMOVED]
