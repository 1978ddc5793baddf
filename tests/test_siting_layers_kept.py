"""The siting screen removes only its own temporary layers: a screen layer the user made permanent, and a user's
layer dragged into the screen's group, stay in the project when the screen runs again, is switched off, the dock
goes away or the project is read again."""

import hashlib
import time

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsDataProvider,
    QgsLayerTreeGroup,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from tests.sample_project import layer
from tests.test_siting_panel import dock, shown, wait_screen  # noqa: F401 (dock is the fixture)
from zoning_review.plugin.gui.siting_output import GROUP_KEY


def make_permanent(temporary: QgsVectorLayer, path) -> None:
    """What QGIS's *Make Permanent* does: the features written to a GeoPackage, the layer pointed at it."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV2(temporary, str(path), QgsCoordinateTransformContext(),
                                                      options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    temporary.setDataSource(str(path), temporary.name(), "ogr", QgsDataProvider.ProviderOptions())
    assert temporary.isValid() and temporary.providerType() == "ogr"


def digest(path) -> str:
    """The file's SHA-256."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def settle(qgis_app) -> None:
    """Let queued work (the layer tree's deferred removals, finished tasks) run."""
    for _ in range(30):
        qgis_app.processEvents()
        time.sleep(0.01)


def in_tree(project, layer_id: str) -> bool:
    """True when the layer has a node in the project's layer tree."""
    return project.layerTreeRoot().findLayer(layer_id) is not None


def written_as_before(panel_dock, project, path) -> None:
    """``project`` written to ``path`` as earlier versions of the plugin wrote it: the screen's layers in it."""
    unsaved = panel_dock.siting.unsaved
    project.writeMapLayer.disconnect(unsaved.layer_write)
    unsaved.project_write = lambda _document: None
    try:
        assert project.write(str(path))
    finally:
        del unsaved.project_write
        project.writeMapLayer.connect(unsaved.layer_write)


def group_of(project):
    """The screen's group, or None."""
    return next((c for c in project.layerTreeRoot().children()
                 if isinstance(c, QgsLayerTreeGroup) and c.customProperty(GROUP_KEY)), None)


def test_a_screen_layer_made_permanent_and_a_user_layer_in_the_group_are_kept(dock, qgis_app, sample_project,  # noqa: F811
                                                                               tmp_path):
    panel = dock.siting
    dock.form.industry.set_code("C2614")
    panel.button.setChecked(True)
    wait_screen(qgis_app, panel)
    screen, _zones = shown(panel)
    units = screen.featureCount()
    kept_file = tmp_path / "筛查结果.gpkg"
    make_permanent(screen, kept_file)
    kept_digest = digest(kept_file)
    red_line = layer("red_line")
    root = sample_project.layerTreeRoot()
    node = root.findLayer(red_line.id())
    group_of(sample_project).addChildNode(node.clone())  # the user drags red_line into the screen's group
    node.parent().removeChildNode(node)
    settle(qgis_app)
    assert in_tree(sample_project, red_line.id())
    kept = [screen.id(), red_line.id()]

    dock.form.industry.set_code("C3911")  # the screen runs again and replaces its layers
    wait_screen(qgis_app, panel)
    settle(qgis_app)
    assert shown(panel)[0].name() == "Siting screen — C3911"
    for layer_id in kept:
        assert sample_project.mapLayer(layer_id) is not None and in_tree(sample_project, layer_id), layer_id
    assert sample_project.mapLayer(screen.id()).featureCount() == units

    panel.button.setChecked(False)  # switched off: the temporary layers go, the user's stay
    settle(qgis_app)
    assert panel.layers() == [] and group_of(sample_project) is None
    for layer_id in kept:
        assert sample_project.mapLayer(layer_id) is not None and in_tree(sample_project, layer_id), layer_id

    path = tmp_path / "筛查.qgz"
    assert sample_project.write(str(path))
    sample_project.clear()
    assert sample_project.read(str(path))
    settle(qgis_app)
    back = sample_project.mapLayer(kept[0])
    assert back is not None and back.featureCount() == units and in_tree(sample_project, kept[0])
    assert in_tree(sample_project, kept[1])
    assert digest(kept_file) == kept_digest


def test_a_user_layer_in_a_saved_screen_group_is_kept_when_the_project_is_read(dock, qgis_app, sample_project,  # noqa: F811
                                                                                tmp_path):
    panel = dock.siting
    dock.form.industry.set_code("C2614")
    panel.button.setChecked(True)
    wait_screen(qgis_app, panel)
    red_id = layer("red_line").id()
    node = sample_project.layerTreeRoot().findLayer(red_id)
    group_of(sample_project).addChildNode(node.clone())
    node.parent().removeChildNode(node)
    settle(qgis_app)
    path = tmp_path / "分组.qgz"
    assert sample_project.write(str(path))
    sample_project.clear()
    assert sample_project.read(str(path))  # the saved screen's empty layers and group go
    settle(qgis_app)
    assert sample_project.mapLayer(red_id) is not None and in_tree(sample_project, red_id)


def test_a_saved_screen_read_while_the_plugin_was_off_goes_when_the_panel_is_made(dock, qgis_app, qgis_iface,  # noqa: F811
                                                                                   sample_project, qtbot, tmp_path):
    from zoning_review.plugin.gui.dock import ZoningReviewDock
    from zoning_review.plugin.gui.siting_output import LAYER_KEY

    dock.form.industry.set_code("C2614")
    dock.siting.button.setChecked(True)
    wait_screen(qgis_app, dock.siting)
    path = tmp_path / "筛查.qgz"
    written_as_before(dock, sample_project, path)
    dock.teardown()  # the plugin is disabled (or being reloaded) ...
    assert sample_project.read(str(path))  # ... while the project is opened: its screen comes back empty
    empty = [lyr.name() for lyr in sample_project.mapLayers().values() if lyr.customProperty(LAYER_KEY)]
    assert len(empty) == 2
    enabled = ZoningReviewDock(qgis_iface)  # the plugin is enabled again
    qtbot.addWidget(enabled)
    try:
        settle(qgis_app)
        assert not [lyr for lyr in sample_project.mapLayers().values() if lyr.customProperty(LAYER_KEY)]
        assert group_of(sample_project) is None
        assert "control_units" in [lyr.name() for lyr in sample_project.mapLayers().values()]
    finally:
        enabled.teardown()


def test_a_screen_layer_the_user_edited_is_theirs(dock, qgis_app, sample_project):  # noqa: F811
    """A reviewer notes a remark in the screen layer (an edit saved to the memory layer): the next screen or
    switching off removed it, the remark lost without a word. A screen layer the user began to edit is now kept, as
    one made permanent is, and QGIS warns of its features when the project closes."""
    panel = dock.siting
    dock.form.industry.set_code("C2614")
    panel.button.setChecked(True)
    wait_screen(qgis_app, panel)
    screen, _zones = shown(panel)
    first = next(screen.getFeatures())
    assert screen.startEditing()
    assert screen.changeAttributeValue(first.id(), screen.fields().indexOf("reason"), "现场核查：拟选址在园区外")
    assert screen.commitChanges(), screen.commitErrors()
    dock.form.industry.set_code("C3911")  # the screen runs again and replaces its layers
    wait_screen(qgis_app, panel)
    settle(qgis_app)
    assert shown(panel)[1].name() == "Rule zones — C3911"  # a new screen, the edited layer not among its own
    panel.button.setChecked(False)
    settle(qgis_app)
    kept = sample_project.mapLayer(screen.id())
    assert kept is not None and in_tree(sample_project, screen.id())
    assert kept.getFeature(first.id())["reason"] == "现场核查：拟选址在园区外"
    assert not kept.customProperty("skipMemoryLayersCheck")
