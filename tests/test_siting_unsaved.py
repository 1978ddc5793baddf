"""The siting screen's layers are left out of the project file while the user's are kept: a layer of the screen the
user began to edit (theirs now) and a layer the user put into the screen's group are saved, the group's place taken
by that layer; the screen's layers stay in the session, drawn in their order."""

from qgis.core import QgsProject, QgsVectorLayer

from zoning_review.plugin.gui.siting_output import LAYER_KEY, SKIP_SCRATCH_CHECK, SitingLayers, adopt
from zoning_review.plugin.gui.siting_unsaved import UnsavedScreen


def scratch(name: str) -> QgsVectorLayer:
    """A memory layer as the screen makes one."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4490&field=unit_code:string", name, "memory")
    layer.setCustomProperty(LAYER_KEY, True)
    layer.setCustomProperty(SKIP_SCRATCH_CHECK, 1)
    return layer


def test_only_the_screens_own_layers_are_left_out_and_a_users_layer_in_its_group_is_kept(qgis_app, tmp_path):
    project = QgsProject()
    units = QgsVectorLayer("Polygon?crs=EPSG:4490&field=code:string", "units", "memory")
    project.addMapLayer(units)
    unsaved = UnsavedScreen(project)
    project.writeProject.connect(unsaved.project_write)
    project.writeMapLayer.connect(unsaved.layer_write)
    zones, screen, kept = scratch("Rule zones — C2614"), scratch("Siting screen — C2614"), scratch("kept")
    output = SitingLayers(project)
    output.show([screen, zones, kept])
    adopt(kept)  # the user began to edit it: theirs
    mine = QgsVectorLayer("Point?crs=EPSG:4490", "mine", "memory")
    project.addMapLayer(mine, False)
    output.group().addLayer(mine)
    order = [layer.id() for layer in project.layerTreeRoot().customLayerOrder()]
    path = tmp_path / "p.qgs"
    assert project.write(str(path))
    text = path.read_text(encoding="utf-8")
    assert zones.id() not in text and screen.id() not in text and "zoning_review/siting_group" not in text
    assert kept.id() in text and mine.id() in text and units.id() in text
    qgis_app.processEvents()  # the drawing order given back once written
    assert [layer.id() for layer in project.layerTreeRoot().customLayerOrder()] == order
    assert output.layers() == [screen, zones]
    again = QgsProject()
    assert again.read(str(path))
    tree = [node.name() for node in again.layerTreeRoot().children()]
    assert tree == ["kept", "mine", "units"], tree  # the screen's group gone, the user's layers in its place
