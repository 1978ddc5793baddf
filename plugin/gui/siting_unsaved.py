"""The siting screen is not saved with the project: its temporary layers and their group are left out of the project
document QGIS writes, so a project saved while the screen is on opens — with the plugin or without it — as the user's
own layers; in the open session the screen and its layers stay as they are. A layer of the screen the user made
permanent or began to edit is theirs, and saved.

QGIS writes a project in steps: the layer tree and snapping settings, then ``writeProject`` (the desktop's legend
after the plugin's handler), then each layer's definition with ``writeMapLayer`` before it is added, then the drawing
order (the layer tree's custom order). So the tree and settings naming the screen's layers are taken out of the
document at ``writeProject`` and again at ``writeMapLayer``, a screen layer's definition is emptied (a null element,
which QGIS does not add), and the screen's layers are out of the custom order until the project is written."""

from typing import Iterable, List, Optional, Set, Tuple

from qgis.core import QgsMapLayer, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtXml import QDomDocument, QDomElement

from .siting_output import GROUP_KEY, is_temporary

TREE_NODES = ("layer-tree-layer", "layer-tree-group", "legendlayer", "legendgroup")


class UnsavedScreen:
    """Leaves the siting screen's temporary layers out of every project file QGIS writes."""

    def __init__(self, project: QgsProject) -> None:
        self.project = project
        self.order: Optional[Tuple[List[str], List[str]]] = None  # the custom order's ids: as it was, as written

    def project_write(self, document: QDomDocument) -> None:
        """The project is being written (``writeProject``): the screen's layers and group out of ``document`` and of
        the drawing order QGIS writes next, the order given back once the project is written."""
        self.restore_order()
        layer_ids = screen_layer_ids(self.project)
        leave_out_screen(document, layer_ids, screen_group_names(self.project))
        order = self.project.layerTreeRoot().customLayerOrder()
        written = [layer for layer in order if layer.id() not in layer_ids]
        if len(written) != len(order):
            self.order = (_ids(order), _ids(written))
            self.project.layerTreeRoot().setCustomLayerOrder(written)
            QTimer.singleShot(0, self.restore_order)

    def layer_write(self, layer: QgsMapLayer, element: QDomElement, document: QDomDocument) -> None:
        """A layer's definition is being written (``writeMapLayer``): a screen layer's emptied, so QGIS adds none."""
        if is_temporary(layer):
            element.clear()
            # the desktop's legend, written after writeProject's handlers
            leave_out_screen(document, {layer.id()}, screen_group_names(self.project))

    def restore_order(self) -> None:
        """The custom drawing order as it was before the project was written (the screen's layers in it again), unless
        the project changed since (cleared, read, a layer added or removed)."""
        pending, self.order = self.order, None
        root = self.project.layerTreeRoot()
        if pending is None or _ids(root.customLayerOrder()) != pending[1]:
            return
        layers = [self.project.mapLayer(layer_id) for layer_id in pending[0]]
        if all(layer is not None for layer in layers):
            root.setCustomLayerOrder(layers)


def _ids(layers: Iterable[QgsMapLayer]) -> List[str]:
    return [layer.id() for layer in layers]


def screen_layer_ids(project: QgsProject) -> Set[str]:
    """The ids of the screen's temporary layers in ``project``."""
    return {layer_id for layer_id, layer in project.mapLayers().items() if is_temporary(layer)}


def leave_out_screen(document: QDomDocument, layer_ids: Set[str], group_names: Set[str]) -> None:
    """Take ``layer_ids`` (the screen's layers) and the screen's layer-tree group out of a project document: each
    element naming one of them by an attribute or as its text (a layer's definition, layer-tree node, snapping
    setting, map theme entry, the desktop's legend entry); the user's layers and groups put into the screen's group
    kept in its place. ``group_names``: the names of the screen's groups, as the desktop's legend names them."""
    root = document.documentElement()
    legend_groups = []
    for element in _naming(root, layer_ids):
        owner = _owner(element)
        parent = owner.parentNode()
        if parent.isNull():  # taken out already with the layer's definition
            continue
        if parent.nodeName() == "legendgroup" and parent.toElement().attribute("name") in group_names:
            legend_groups.append(parent.toElement())
        parent.removeChild(owner)
    for group in _screen_groups(root) + legend_groups:
        if not group.parentNode().isNull():
            _ungroup(group)


def screen_group_names(project: QgsProject) -> Set[str]:
    """The names of the screen's groups in the layer tree."""
    return {node.name() for node in project.layerTreeRoot().children() if node.customProperty(GROUP_KEY)}


def _owner(element: QDomElement) -> QDomElement:
    """What goes with an element naming a screen layer: a layer's whole definition for its ``<id>``, a legend's whole
    entry for its file, else the element itself."""
    if element.tagName() == "id" and element.parentNode().nodeName() == "maplayer":
        return element.parentNode().toElement()
    if element.tagName() == "legendlayerfile":  # <legendlayer><filegroup><legendlayerfile/>
        return element.parentNode().parentNode().toElement()
    return element


def _elements(root: QDomElement) -> List[QDomElement]:
    """Every element below ``root``, in document order."""
    found, stack = [], [root]
    while stack:
        element = stack.pop()
        found.append(element)
        child = element.lastChildElement()
        while not child.isNull():
            stack.append(child)
            child = child.previousSiblingElement()
    return found[1:]


def _naming(root: QDomElement, layer_ids: Set[str]) -> List[QDomElement]:
    """The elements naming one of ``layer_ids`` by an attribute or as their whole text."""
    found: List[QDomElement] = []
    for element in _elements(root):
        attributes = element.attributes()
        values = (attributes.item(i).nodeValue() for i in range(attributes.count()))
        own_text = element.childNodes().count() == 1 and element.firstChild().isText()
        if any(value in layer_ids for value in values) or (own_text and element.text() in layer_ids):
            found.append(element)
    return found


def _screen_groups(root: QDomElement) -> List[QDomElement]:
    """The layer-tree groups carrying the screen's custom property."""
    groups = root.elementsByTagName("layer-tree-group")
    found = (groups.item(i).toElement() for i in range(groups.count()))
    return [group for group in found if _has_property(group.firstChildElement("customproperties"), GROUP_KEY)]


def _has_property(properties: QDomElement, key: str) -> bool:
    """True when a ``<customproperties>`` element holds ``key`` (as an Option's name, or an older property's key)."""
    if properties.isNull():
        return False
    return any(element.attribute("name") == key or element.attribute("key") == key
               for element in _elements(properties))


def _ungroup(group: QDomElement) -> None:
    """Remove a group element, the layer-tree nodes left in it moved to its place."""
    parent = group.parentNode()
    for child in _tree_children(group):
        parent.insertBefore(child, group)
    parent.removeChild(group)


def _tree_children(group: QDomElement) -> Iterable[QDomElement]:
    """A group element's layer and group nodes (not its custom properties)."""
    children = []
    child = group.firstChildElement()
    while not child.isNull():
        if child.tagName() in TREE_NODES:
            children.append(child)
        child = child.nextSiblingElement()
    return children
