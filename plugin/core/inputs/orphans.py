"""Bindings the project records for unit layers it no longer has (removed, or added again as a new layer with a
new id).

Each is named with what to do, and no site is reviewed while it stands: a review without its layer could conclude
符合 where that layer's units forbid the project. The one layer of the project with the binding's recorded data
source is offered it (``restore_binding``), never bound to it unasked; ``forget_orphans`` drops them.
"""

import os
from typing import Dict, List, Optional

from qgis.core import QgsMapLayer, QgsProject, QgsVectorLayer

from ...i18n import list_separator, tr
from ..model.binding import UnitBinding
from .bindings import StoredBindingError, forget_recorded, project_bindings, stored_binding, write_binding


def orphaned_bindings(project: QgsProject) -> Dict[str, UnitBinding]:
    """The project's readable recorded bindings whose layer is not in the project, by the layer id they were bound
    to."""
    return {layer_id: binding for layer_id, binding in project_bindings(project).items()
            if project.mapLayer(layer_id) is None}


def same_source(binding: UnitBinding, project: QgsProject) -> Optional[QgsVectorLayer]:
    """The one vector layer of the project with the binding's recorded data source and no binding of its own; None
    when there is none or there are several (no layer is guessed)."""
    if not binding.layer_source:
        return None
    found = [layer for layer in project.mapLayers().values()
             if isinstance(layer, QgsVectorLayer) and layer.publicSource() == binding.layer_source
             and not _carries_binding(layer, project)]
    return found[0] if len(found) == 1 else None


def _carries_binding(layer: QgsMapLayer, project: QgsProject) -> bool:
    """Whether the layer has a stored binding (one that cannot be read counts: it is never replaced unasked)."""
    try:
        return stored_binding(layer, project) is not None
    except StoredBindingError:
        return True


def offered_binding(layer: Optional[QgsMapLayer], project: QgsProject) -> str:
    """The layer id of the one orphaned binding offered to ``layer`` (whose data source it has), or ''."""
    if layer is None:
        return ""
    offered = [layer_id for layer_id, binding in orphaned_bindings(project).items()
               if _layer_id(same_source(binding, project)) == layer.id()]
    return offered[0] if len(offered) == 1 else ""


def _layer_id(layer: Optional[QgsMapLayer]) -> str:
    """A layer's id, '' for none."""
    return layer.id() if layer is not None else ""


def restore_binding(layer: QgsMapLayer, layer_id: str, project: QgsProject) -> None:
    """Bind ``layer`` as the layer ``layer_id``, no longer in the project, was bound; its record goes.
    StoredBindingError when the project holds a binding of a newer version."""
    write_binding(layer, orphaned_bindings(project)[layer_id], project)
    forget_recorded(project, [layer_id])


def forget_orphans(project: QgsProject) -> None:
    """Drop every binding recorded for a layer no longer in the project; StoredBindingError as ``forget_recorded``."""
    forget_recorded(project, list(orphaned_bindings(project)))


def orphan_label(layer_id: str, binding: UnitBinding) -> str:
    """The unit layer an orphaned binding was made for, and its rule-set files: ``control_units (x.yaml)``."""
    return f"{binding.layer_name or layer_id} ({_files(binding)})"


def orphan_problems(project: QgsProject) -> List[str]:
    """A translated message for each binding of a unit layer no longer in the project: what to do."""
    out = []
    for layer_id, binding in orphaned_bindings(project).items():
        match = same_source(binding, project)
        if match is not None:
            out.append(tr(
                "Unit layer {layer}, bound to the rule sets {files}, is no longer in the project, so no site is "
                "reviewed. Layer {match} has its data source: choose {match} as the unit layer in the Zoning Review "
                "panel and click Restore binding, or click Forget there to drop the old binding.").format(
                layer=binding.layer_name or layer_id, files=_files(binding), match=match.name()))
        else:
            out.append(tr(
                "Unit layer {layer}, bound to the rule sets {files}, is no longer in the project (removed, or added "
                "again as a new layer), so no site is reviewed. Bind the unit layer again in the Zoning Review panel "
                "and click Forget there to drop the old binding.").format(
                layer=binding.layer_name or layer_id, files=_files(binding)))
    return out


def _files(binding: UnitBinding) -> str:
    """The binding's rule-set files by name, listed."""
    return list_separator().join(os.path.basename(ref.path) for ref in binding.rule_sets)
