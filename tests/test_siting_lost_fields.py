"""The dock's siting screen of a bound unit layer whose unit-name field was removed from its data after binding: the
screen failed with "The siting screen failed: 'HJGKDYMC'" (Python's KeyError, naming neither the layer nor what to
do). Now the summary names the layer, the field and its role, and what to do — the dock's own words for such a
layer — and no screen layer is made."""

import time

from qgis.core import QgsApplication

from tests.sample_project import layer

from .test_siting_panel import dock  # noqa: F401 - the dock fixture


def test_a_bound_field_removed_from_the_data_is_named_with_what_to_do(dock, qgis_app, sample_project):  # noqa: F811
    units = layer("control_units")
    assert units.dataProvider().deleteAttributes([units.fields().indexOf("HJGKDYMC")])  # the test's own copy
    units.updateFields()
    panel = dock.siting
    dock.form.industry.set_code("C2614")
    panel.button.setChecked(True)
    end = time.monotonic() + 120
    while time.monotonic() < end and (panel.busy or panel.timer.isActive()
                                      or QgsApplication.taskManager().countActiveTasks()):
        qgis_app.processEvents()
        time.sleep(0.02)
    assert panel.summary.text() == (
        "Unit layer control_units no longer has the fields its binding reads: HJGKDYMC (unit name) (renamed or "
        "removed in its data). No site is reviewed until the layer is bound again in the Zoning Review panel (choose "
        "its unit fields there) or the fields are restored in the data.")
    assert panel.layers() == []
