"""The dock's siting screen after a bound layer's edits are saved: a red-line zone drawn and saved over a unit left
the screen on the map as it was — the unit still coloured by the red line as it had been — until something else
changed. Now saving edits to a bound unit or constraint layer screens again (and reviews the site again), so the
map shows the layers as they are: the verdicts are those zoningreview:sitingscreen gives on the edited layers."""

from qgis.core import QgsFeature

from tests.sample_project import layer

from .test_siting_panel import dock, processing_verdicts, shown, wait_screen  # noqa: F401 - the dock fixture


def test_saved_edits_of_a_bound_constraint_layer_screen_again(dock, qgis_app, qgis_processing,  # noqa: F811
                                                              zr_processing, sample_project, example_rules):
    panel = dock.siting
    dock.form.industry.set_code("C3911")
    panel.button.setChecked(True)
    wait_screen(qgis_app, panel)
    screen, _zones = shown(panel)
    before = {f["unit_code"]: f["verdict"] for f in screen.getFeatures()}
    assert before == processing_verdicts("C3911", str(example_rules))
    units = {f["HJGKDYBM"]: f for f in layer("control_units").getFeatures()}
    code = next(code for code, verdict in sorted(before.items()) if verdict != "non_compliant")
    red = layer("red_line")
    zone = QgsFeature(red.fields())
    zone.setGeometry(units[code].geometry())  # the whole unit: a new red line
    assert red.startEditing() and red.addFeature(zone) and red.commitChanges(), red.commitErrors()
    old = screen.id()
    wait_screen(qgis_app, panel)
    screen, _zones = shown(panel)
    assert screen.id() != old, "the screen was not made again after the red line's edits were saved"
    after = {f["unit_code"]: f["verdict"] for f in screen.getFeatures()}
    assert after == processing_verdicts("C3911", str(example_rules))
    assert after[code] == "non_compliant" != before[code]
