"""The dock's siting screen: temporary layers per run, replaced on a new description, removed when off.

The verdicts on the map are compared with ``zoningreview:sitingscreen`` run through Processing on
the same layers, rule set and project (an independent path: parameters, not the dock's widgets).
"""

import time

import pytest
from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsLayerTreeGroup, QgsProject

from tests.sample_project import layer
from tests.task_report import waited_in_vain
from zoning_review.plugin.gui.siting_output import GROUP_KEY

CONSTRAINTS = ("red_line", "water_source", "river_bank", "industrial_park")
LAYERS_READ = ("control_units", *CONSTRAINTS, "sites")
ATTRIBUTES = {"capacity_increase": True, "major_infrastructure": False, "water_supply_facility": False,
              "discharges_pollutants": True, "investment_wan": 50000, "vocs_tpa": 0, "boiler_tph": 0,
              "water_m3d": 100}




def user_state(project: QgsProject) -> dict:
    """What must not change in the user's layers: names, sources, counts, edits, renderers."""
    return {lid: (lyr.name(), lyr.source(), lyr.featureCount(), lyr.isModified(), lyr.renderer().type())
            for lid, lyr in project.mapLayers().items()}


def wait_screen(qgis_app, panel, timeout: float = 120.0) -> None:
    """Process events until the panel's tasks have finished and their layers are shown."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        qgis_app.processEvents()
        manager = QgsApplication.taskManager()
        if not panel.busy and not panel.timer.isActive() and panel.layers() and manager.countActiveTasks() == 0:
            return
        time.sleep(0.01)
    raise AssertionError(f"the siting screen did not finish in {timeout}s: {panel.summary.text()}\n{waited_in_vain()}")


def processing_verdicts(industry: str, rules: str) -> dict:
    """Unit code → verdict from zoningreview:sitingscreen for the same inputs."""
    import processing

    attributes = "; ".join(f"{k}={'yes' if v is True else 'no' if v is False else v}"
                           for k, v in ATTRIBUTES.items())
    result = processing.run("zoningreview:sitingscreen", {
        "UNITS": layer("control_units"), "RULES": rules, "USE_UNIT_PROSE": True,
        "CONSTRAINTS": [layer(name) for name in CONSTRAINTS], "INDUSTRY": industry,
        "CONSTRUCTION": 0, "CATALOGUE": 0, "ATTRIBUTES": attributes, "LANGUAGE": 1,
        "OUTPUT": "TEMPORARY_OUTPUT", "ZONES": "TEMPORARY_OUTPUT"})
    return {f["unit_code"]: f["verdict"] for f in result["OUTPUT"].getFeatures()}


def shown(panel):
    """(screen layer, zones layer) on the map now."""
    layers = {lyr.name().split(" — ")[0]: lyr for lyr in panel.layers()}
    assert sorted(layers) == ["Rule zones", "Siting screen"], list(layers)
    return layers["Siting screen"], layers["Rule zones"]


def describe(dock) -> None:
    """A new build with ATTRIBUTES, as the panel's project."""
    dock.form.construction.setCurrentIndex(dock.form.construction.findData("new"))
    for name, value in ATTRIBUTES.items():
        dock.form.attributes.set_value(name, value)


@pytest.fixture()
def dock(qgis_iface, sample_project, example_rules, qtbot):
    """The dock on the sample project with the example rules bound, for a new project."""
    from zoning_review.plugin.gui.dock import ZoningReviewDock

    widget = ZoningReviewDock(qgis_iface)
    qtbot.addWidget(widget)
    widget.bindings.layer_combo.setLayer(layer("control_units"))
    widget.bindings.rules_file.setFilePath(str(example_rules))
    assert [t.layer.name() for t in widget.targets] == ["control_units"]
    describe(widget)
    yield widget
    if widget._connections:
        widget.teardown()


def test_screen_layers_follow_the_description_and_go_when_off(
        dock, qgis_app, qgis_processing, zr_processing, sample_project, example_rules):
    panel = dock.siting
    before = user_state(sample_project)
    dock.form.industry.set_code("C2614")
    assert not panel.layers() and not panel.busy, "the screen must not run while switched off"
    panel.button.setChecked(True)
    wait_screen(qgis_app, panel)
    screen, zones = shown(panel)
    assert screen.name() == "Siting screen — C2614" and screen.providerType() == "memory"
    assert screen.featureCount() == layer("control_units").featureCount()
    first = {f["unit_code"]: f["verdict"] for f in screen.getFeatures()}
    assert first == processing_verdicts("C2614", str(example_rules))
    # The units' own requirement texts (bound prose fields) keep the rest at "needs study".
    assert {"needs_study", "non_compliant"} <= set(first.values())
    urban = next(f for f in screen.getFeatures() if f["unit_code"] == "ZH13062920001")
    assert urban["verdict"] == "non_compliant" and "U-RC-01" in urban["rule_ids"] and urban["reason"]
    assert screen.renderer().type() == "categorizedSymbol" and "reason" in screen.mapTipTemplate()
    combo = dock.bindings.layer_combo
    offered = [combo.layer(i) for i in range(combo.count())]
    assert screen not in offered and any(lyr and lyr.name() == "control_units" for lyr in offered)
    assert zones.featureCount() >= 1 and "G-SL-03" in {f["rule_id"] for f in zones.getFeatures()}
    top = sample_project.layerTreeRoot().children()[0]
    assert isinstance(top, QgsLayerTreeGroup) and top.customProperty(GROUP_KEY)
    assert sorted(child.layerId() for child in top.children()) == sorted([screen.id(), zones.id()])
    counts = panel.tally()
    assert panel.summary.text().startswith(
        f"{len(first)} units: {counts['non_compliant']} non-compliant, {counts['needs_study']} need study, "
        f"{counts['compliant']} compliant")
    old_ids = {screen.id(), zones.id()}

    dock.form.industry.set_code("C3911")
    assert panel.timer.isActive(), "a changed description re-screens after a short delay"
    wait_screen(qgis_app, panel)
    screen, zones = shown(panel)
    assert screen.name() == "Siting screen — C3911"
    assert not old_ids & set(sample_project.mapLayers()), "the previous layers were not replaced"
    second = {f["unit_code"]: f["verdict"] for f in screen.getFeatures()}
    assert second == processing_verdicts("C3911", str(example_rules)) != first
    assert len([c for c in sample_project.layerTreeRoot().children() if c.customProperty(GROUP_KEY)]) == 1

    panel.button.setChecked(False)
    assert panel.layers() == [] and not panel.busy
    assert not any(c.customProperty(GROUP_KEY) for c in sample_project.layerTreeRoot().children())
    assert user_state(sample_project) == before


def test_closing_the_dock_or_teardown_removes_the_screen(dock, qgis_app, sample_project):
    before = set(sample_project.mapLayers())
    dock.form.industry.set_code("C2614")
    dock.siting.button.setChecked(True)
    wait_screen(qgis_app, dock.siting)
    dock.show()
    dock.close()
    assert not dock.siting.button.isChecked() and set(sample_project.mapLayers()) == before
    dock.siting.button.setChecked(True)
    wait_screen(qgis_app, dock.siting)
    dock.form.industry.set_code("C3911")
    dock.siting.run()  # a task in flight when the dock goes away
    assert dock.siting.busy
    dock.teardown()
    for _ in range(50):
        qgis_app.processEvents()
        time.sleep(0.01)
    assert set(sample_project.mapLayers()) == before
    assert not any(c.customProperty(GROUP_KEY) for c in sample_project.layerTreeRoot().children())


def test_a_saved_screen_comes_back_as_a_new_screen_not_as_empty_layers(dock, qgis_app, sample_project, tmp_path):
    import zipfile

    from zoning_review.plugin.gui.siting_output import LAYER_KEY

    dock.form.industry.set_code("C2614")
    dock.siting.button.setChecked(True)
    wait_screen(qgis_app, dock.siting)
    before = {f["unit_code"]: f["verdict"] for f in shown(dock.siting)[0].getFeatures()}
    path = tmp_path / "screened.qgz"
    assert sample_project.write(str(path))
    with zipfile.ZipFile(path) as archive:
        saved = archive.read(next(n for n in archive.namelist() if n.endswith(".qgs"))).decode("utf-8")
    assert "memory</provider>" not in saved, "the saved project holds the screen's memory layers"

    assert sample_project.read(str(path))
    leftovers = [lyr for lyr in sample_project.mapLayers().values() if lyr.customProperty(LAYER_KEY)]
    assert leftovers == [], [(lyr.name(), lyr.featureCount()) for lyr in leftovers]
    assert not any(c.customProperty(GROUP_KEY) for c in sample_project.layerTreeRoot().children())
    assert sorted(lyr.name() for lyr in sample_project.mapLayers().values()) == sorted(LAYERS_READ)
    assert dock.form.project().industry is None  # the project read is a new project: its description is entered
    describe(dock)
    dock.form.industry.set_code("C2614")
    wait_screen(qgis_app, dock.siting)
    again = {f["unit_code"]: f["verdict"] for f in shown(dock.siting)[0].getFeatures()}
    assert again == before


def test_a_screen_that_fails_leaves_no_layers_of_the_last_one(dock, qgis_app, sample_project, example_rules,
                                                              tmp_path):
    """The last screen's layers answered another binding: when the next screen fails they go, never stay as if
    they were its result."""
    from tests.overlay_helpers import undefined_crs_copy

    panel = dock.siting
    dock.form.industry.set_code("C2614")
    panel.button.setChecked(True)
    wait_screen(qgis_app, panel)
    assert shown(panel)
    units = undefined_crs_copy(layer("control_units"), tmp_path / "units.gpkg", 0)  # a unit layer it cannot place
    sample_project.addMapLayer(units)
    dock.bindings.layer_combo.setLayer(units)
    dock.bindings.rules_file.setFilePath(str(example_rules))
    assert len(dock.targets) == 2
    panel.run()
    end = time.monotonic() + 120
    while (panel.busy or QgsApplication.taskManager().countActiveTasks()) and time.monotonic() < end:
        qgis_app.processEvents()
        time.sleep(0.01)
    assert "coordinate reference system" in panel.summary.text(), panel.summary.text()
    assert panel.layers() == [], "the last screen's layers stay under the failed one"


def test_a_new_ellipsoid_of_the_project_screens_again(dock, qgis_app, sample_project):
    """The rule zones' areas are measured on the project's ellipsoid: a new one screens the units again."""
    panel = dock.siting
    sample_project.setCrs(QgsCoordinateReferenceSystem("EPSG:4490"))  # a project without a CRS measures on none
    sample_project.setEllipsoid("EPSG:1024")  # CGCS2000
    dock.form.industry.set_code("C2614")
    panel.button.setChecked(True)
    wait_screen(qgis_app, panel)
    _screen, zones = shown(panel)
    before = {(f["unit_code"], f["rule_id"]): f["area_m2"] for f in zones.getFeatures()}
    sample_project.setEllipsoid("PARAMETER:6000000:5990000")  # far from CGCS2000: its bands and areas differ
    assert panel.timer.isActive(), "a new ellipsoid re-screens after a short delay"
    wait_screen(qgis_app, panel)
    _screen, zones = shown(panel)
    after = {(f["unit_code"], f["rule_id"]): f["area_m2"] for f in zones.getFeatures()}
    assert before and after.keys() == before.keys()
    assert all(after[key] != pytest.approx(area, rel=0.02) for key, area in before.items())  # measured anew
    panel.button.setChecked(False)
