"""The siting screen on the map: temporary memory layers (units by verdict, rule zones) in a group
at the top of the layer tree. Only those temporary layers are ever removed: a screen layer the user made
permanent or began to edit is theirs, and a layer the user put into the group is moved out of it before the group
goes."""

from typing import Callable, Iterable, List, Optional, Set, Tuple

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsLayerTreeGroup,
    QgsMapLayer,
    QgsProject,
    QgsRendererCategory,
    QgsVectorLayer,
)

from ..core.model.verdicts import Status, Verdict
from ..core.outputs.palette import VERDICT_COLOURS
from ..core.outputs.siting_rows import unit_feature, unit_fields, zone_features, zone_fields
from ..core.outputs.styles import style_by_verdict
from ..core.siting.results import UnitScreen
from ..i18n import tr
from .background_free import free_later, keep_features

GROUP_KEY = "zoning_review/siting_group"
LAYER_KEY = "zoning_review/siting_layer"
SKIP_SCRATCH_CHECK = "skipMemoryLayersCheck"  # QGIS then does not warn, on closing the project, of its lost features
VERDICT_OPACITY = 0.8  # over the units' own fills: the verdict dominates, the map still shows
ZONE_COLOURS = {Status.CONFLICT: VERDICT_COLOURS[Verdict.NON_COMPLIANT]}
OTHER_ZONE_COLOUR = VERDICT_COLOURS[Verdict.NEEDS_STUDY]


ROWS_PER_CHUNK = 500  # units made into rows and added to the layers at a time


def _memory_layer(crs: QgsCoordinateReferenceSystem, name: str, fields) -> QgsVectorLayer:
    """An empty multipolygon memory layer in ``crs`` with ``fields``."""
    layer = QgsVectorLayer("MultiPolygon", name, "memory")
    layer.setCrs(crs)
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    layer.setCustomProperty(LAYER_KEY, True)
    layer.setCustomProperty(SKIP_SCRATCH_CHECK, 1)  # the screen's own: made again when the project is opened
    return layer


def filled_layers(units: Iterable[UnitScreen], crs: QgsCoordinateReferenceSystem, names: Tuple[str, str], lang: str,
                  cancelled: Callable[[], bool]) -> Optional[Tuple[QgsVectorLayer, QgsVectorLayer]]:
    """The (zones, screen) memory layers of a screen's units with their rows, not yet styled; None once ``cancelled``.

    Made where the screen runs (a task's thread: tens of thousands of rows take seconds), so QGIS stays
    responsive, as the units come: their rows added ROWS_PER_CHUNK units at a time, no unit's result is held longer
    (a province's results held in Python made each garbage collection, which holds Python's lock, pause QGIS). The
    layers belong to that thread until moved, and are styled (``style_zones``, ``style_screen``) in the main
    thread."""
    zones, screen = _memory_layer(crs, names[0], zone_fields()), _memory_layer(crs, names[1], unit_fields())
    chunk: List[UnitScreen] = []
    for unit in units:
        chunk.append(unit)
        if len(chunk) == ROWS_PER_CHUNK:
            if cancelled():
                return None
            _add_rows(zones, screen, chunk, lang)
            chunk = []
    if cancelled():
        return None
    _add_rows(zones, screen, chunk, lang)
    for layer in (zones, screen):
        layer.updateExtents()
    return zones, screen


def _add_rows(zones: QgsVectorLayer, screen: QgsVectorLayer, units: List[UnitScreen], lang: str) -> None:
    """The units' rows added to the screen layer, their rule zones' to the zones layer."""
    screen.dataProvider().addFeatures([unit_feature(unit, lang) for unit in units])
    zones.dataProvider().addFeatures([row for unit in units for row in zone_features(unit, lang)])


def style_screen(layer: QgsVectorLayer) -> QgsVectorLayer:
    """The screen layer (one feature per unit) coloured by verdict, with a map tip naming the deciding clause."""
    style_by_verdict(layer, VERDICT_OPACITY)
    layer.setDisplayExpression("\"unit_code\" || ' ' || coalesce(\"unit_name\", '') || ' — ' || \"verdict_text\"")
    layer.setMapTipTemplate(screen_map_tip())
    return layer


def screen_map_tip() -> str:
    """The screen layer's map tip: the unit, then its verdict, deciding reason and clauses, each after its label
    and the UI language's colon (tr() outside f-strings: pylupdate cannot see a call inside one)."""
    colon = tr(": ")
    verdict, reason, clauses = tr("Verdict"), tr("Deciding reason"), tr("Deciding clauses")
    return (
        "<b>[% \"unit_code\" %] [% \"unit_name\" %]</b><br>"
        f"{verdict}{colon}<b>[% \"verdict_text\" %]</b><br>"
        f"{reason}{colon}[% \"reason\" %]<br>"
        f"{clauses}{colon}[% \"rule_ids\" %]")


def _hatch(colour: str) -> QgsFillSymbol:
    """A diagonal hatch with an outline of the same colour."""
    return QgsFillSymbol.createSimple({"color": colour, "style": "b_diagonal", "outline_color": colour,
                                       "outline_width": "0.4"})


def style_zones(layer: QgsVectorLayer) -> QgsVectorLayer:
    """The rule zones layer (the parts of units where a distance or inside rule decides), hatched (red: conflict)."""
    categories = [QgsRendererCategory(str(Status.CONFLICT), _hatch(ZONE_COLOURS[Status.CONFLICT]), tr("Conflict"))]
    categories.append(QgsRendererCategory(None, _hatch(OTHER_ZONE_COLOUR), tr("Other statuses")))
    layer.setRenderer(QgsCategorizedSymbolRenderer("status", categories))
    layer.setDisplayExpression("\"unit_code\" || ' ' || \"rule_id\"")
    layer.setMapTipTemplate(
        "<b>[% \"unit_code\" %] · [% \"rule_id\" %]</b><br>[% \"reason\" %]")
    return layer


class SitingLayers:
    """Owns the temporary layers of the screen and their layer-tree group."""

    def __init__(self, project: QgsProject) -> None:
        self.project = project
        self.layer_ids: List[str] = []
        self.created: Set[str] = set()

    def owns(self, layer_id: str) -> bool:
        """True for a layer this object ever created (removed or not)."""
        return layer_id in self.created

    def layers(self) -> List[QgsVectorLayer]:
        """The temporary layers still in the project (and still temporary)."""
        found = (self.project.mapLayer(i) for i in self.layer_ids)
        return [layer for layer in found if layer is not None and is_temporary(layer)]

    def group(self) -> Optional[QgsLayerTreeGroup]:
        """The screen's group in the layer tree, if any."""
        for child in self.project.layerTreeRoot().children():
            if isinstance(child, QgsLayerTreeGroup) and child.customProperty(GROUP_KEY):
                return child
        return None

    def show(self, layers: List[QgsVectorLayer]) -> None:
        """Replace the previous layers and group: ``layers`` (first on top) in a new top group."""
        self.clear()
        group = QgsLayerTreeGroup(tr("Siting screen"))
        group.setCustomProperty(GROUP_KEY, True)
        for layer in layers:
            self.created.add(layer.id())
            layer.editingStarted.connect(lambda made=layer: adopt(made))
            self.project.addMapLayer(layer, False)
            group.addLayer(layer)
            self.layer_ids.append(layer.id())
        self.project.layerTreeRoot().insertChildNode(0, group)
        for node in [group, *group.children()]:  # views follow the flag only when it changes
            node.setExpanded(False)
            node.setExpanded(True)

    def remove_layers(self) -> None:
        """Remove the temporary layers, keep the group; their features are freed in a task (a province's units
        held QGIS for half a second)."""
        layers = self.layers()
        self.layer_ids = []
        if layers:
            held = keep_features(layers)
            self.project.removeMapLayers([layer.id() for layer in layers])
            free_later(held)

    def clear(self) -> None:
        """Remove the temporary layers and the group."""
        self.remove_layers()
        group = self.group()
        if group is not None:
            ungroup(group)

    def drop_saved(self) -> int:
        """After a project was read: remove the screen layers and groups it brought back; how many layers.

        They are memory layers, so a saved project brings them back empty; the screen makes new ones.
        """
        self.layer_ids = []
        stale = [layer_id for layer_id, layer in self.project.mapLayers().items() if is_temporary(layer)]
        if stale:
            self.project.removeMapLayers(stale)
        for node in list(self.project.layerTreeRoot().children()):
            if isinstance(node, QgsLayerTreeGroup) and node.customProperty(GROUP_KEY):
                ungroup(node)
        return len(stale)


def adopt(layer: QgsVectorLayer) -> None:
    """A screen layer the user began to edit is theirs, as one made permanent: never removed by the screen, and QGIS
    warns of its features when the project closes."""
    layer.removeCustomProperty(LAYER_KEY)
    layer.removeCustomProperty(SKIP_SCRATCH_CHECK)


def is_temporary(layer: QgsMapLayer) -> bool:
    """True for a layer the screen made that is still a memory layer (one made permanent is the user's)."""
    return bool(layer.customProperty(LAYER_KEY)) and layer.providerType() == "memory"


def ungroup(group: QgsLayerTreeGroup) -> None:
    """Remove the screen's group, its other nodes (the user's layers and groups put into it) kept in its place.

    A layer whose last node leaves the layer tree is removed from the project, so each is put in place first."""
    parent = group.parent()
    if parent is None:
        return
    kept = [child.clone() for child in group.children()]
    if kept:
        parent.insertChildNodes(parent.children().index(group), kept)
    parent.removeChildNode(group)
