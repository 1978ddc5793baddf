"""The dock with a filter set on a bound zone layer (Layer Properties ▸ Source ▸ Query Builder): set while a site is
on show, the site is reviewed again at once, the clauses that need the layer need information (a zone the filter
hides may be the one the site lies in) and the message bar names the layer and the filter once; cleared, the review
is the one without it."""

from qgis.core import Qgis, QgsCoordinateReferenceSystem

from tests.dock_helpers import bind
from tests.sample_project import layer
from zoning_review.plugin.gui.site_sources import selected_site

HIDES_RED_LINE = "\"name\" <> '白洋淀生态保护红线（示意）'"  # the sample's one red-line zone, S04 on it


def statuses(dock, rule_id: str) -> set:
    """The statuses of a rule's findings in the review on show."""
    return {f.status for unit in dock.runner.reviews[0].review.units for f in unit.findings if f.rule_id == rule_id}


def test_a_filter_set_on_the_bound_red_line_reviews_the_site_again_and_leaves_g_sl_04_open(
        dock, example_rules, qgis_iface, qtbot):
    qgis_iface.messageBar().clear_messages()
    dock.canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4490"))
    bind(dock.bindings, example_rules)
    sites = layer("sites")
    sites.selectByExpression("\"site_id\" = 'S04'")  # a hotel on the red line
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.set_site(selected_site(sites))
    assert statuses(dock, "G-SL-04") == {"conflict"}
    assert dock.runner.reviews[0].review.verdict == "non_compliant"
    red_line = layer("red_line")
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        assert red_line.setSubsetString(HIDES_RED_LINE)
    assert statuses(dock, "G-SL-04") == {"needs_info"}  # never read as outside the red line it cannot see
    assert dock.runner.reviews[0].review.verdict != "compliant"
    warned = [m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
              if "filter set in the project" in m]
    assert len(warned) == 1 and "red_line" in warned[0] and HIDES_RED_LINE in warned[0]
    assert red_line.subsetString() == HIDES_RED_LINE  # the user's filter is left as it is
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        assert red_line.setSubsetString("")
    assert statuses(dock, "G-SL-04") == {"conflict"}
