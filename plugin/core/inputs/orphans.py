"""Bindings the project records for unit layers it no longer has (removed, or added again as a new layer with a
new id).

Each is named with what to do, and no site is reviewed while it stands: a review without its layer could conclude
符合 where that layer's units forbid the project. The one layer of the project that holds the binding's data — of its
recorded data source; else of the same file relative to the project's folder (moved with the project); else of the
same file name, table and layer name — is offered it (``restore_binding``), never bound to it unasked; several such
layers are named and none is offered. ``forget_orphans`` drops them.
"""

import os
from typing import Callable, Dict, List, Optional

from qgis.core import QgsMapLayer, QgsProject, QgsVectorLayer

from ...i18n import list_separator, tr
from ..model.binding import UnitBinding
from .bindings import (
    StoredBindingError,
    forget_recorded,
    project_bindings,
    resolve_ref_path,
    stored_binding,
    write_binding,
)
from .layer_files import source_parts


def orphaned_bindings(project: QgsProject) -> Dict[str, UnitBinding]:
    """The project's readable recorded bindings whose layer is not in the project, by the layer id they were bound
    to."""
    return {layer_id: binding for layer_id, binding in project_bindings(project).items()
            if project.mapLayer(layer_id) is None}


def same_source(binding: UnitBinding, project: QgsProject) -> Optional[QgsVectorLayer]:
    """The one layer ``source_matches`` finds; None when there is none or there are several (no layer is guessed)."""
    found = source_matches(binding, project)
    return found[0] if len(found) == 1 else None


def source_matches(binding: UnitBinding, project: QgsProject) -> List[QgsVectorLayer]:
    """The vector layers without a binding of their own that hold the binding's data: of its recorded data source;
    else of the same file relative to the project's folder; else of the same file name, table and layer name."""
    if not binding.layer_source:
        return []
    free = [layer for layer in project.mapLayers().values()
            if isinstance(layer, QgsVectorLayer) and not _carries_binding(layer, project)]
    home = project.homePath()
    tests: List[Callable[[QgsVectorLayer], bool]] = [
        lambda layer: layer.publicSource() == binding.layer_source,
        lambda layer: _moved_with_project(binding, layer, home),
        lambda layer: _same_file_name(binding, layer),
    ]
    for alike in tests:
        found = [layer for layer in free if alike(layer)]
        if found:
            return found
    return []


def _moved_with_project(binding: UnitBinding, layer: QgsVectorLayer, home: str) -> bool:
    """Whether the layer's file is the binding's, relative to the project's folder, with the same table."""
    path, rest = source_parts(layer.publicSource(), layer.providerType())
    if not (path and home and binding.layer_relative):
        return False
    recorded = source_parts(binding.layer_source, layer.providerType())[1]
    return rest == recorded and os.path.normpath(os.path.join(home, binding.layer_relative)) == os.path.normpath(path)


def _same_file_name(binding: UnitBinding, layer: QgsVectorLayer) -> bool:
    """Whether the layer has the binding's layer name and a file of its file name, with the same table."""
    path, rest = source_parts(layer.publicSource(), layer.providerType())
    recorded, recorded_rest = source_parts(binding.layer_source, layer.providerType())
    return bool(path and recorded and binding.layer_name) and layer.name() == binding.layer_name \
        and os.path.basename(path) == os.path.basename(recorded) and rest == recorded_rest


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
    Its rule-set files are bound where the project finds them now (moved with it). StoredBindingError when the project
    holds a binding of a newer version."""
    binding = orphaned_bindings(project)[layer_id]
    for ref in binding.rule_sets:
        ref.path = resolve_ref_path(ref, project)
    write_binding(layer, binding, project)
    forget_recorded(project, [layer_id])


def forget_orphans(project: QgsProject) -> None:
    """Drop every binding recorded for a layer no longer in the project; StoredBindingError as ``forget_recorded``."""
    forget_recorded(project, list(orphaned_bindings(project)))


def orphan_label(layer_id: str, binding: UnitBinding) -> str:
    """The unit layer an orphaned binding was made for, and its rule-set files: ``control_units (x.yaml)``."""
    return f"{binding.layer_name or layer_id} ({_files(binding)})"


def orphan_problems(project: QgsProject) -> List[str]:
    """A translated message for each binding of a unit layer no longer in the project: what to do."""
    return [_orphan_problem(layer_id, binding, project) for layer_id, binding in orphaned_bindings(project).items()]


def _orphan_problem(layer_id: str, binding: UnitBinding, project: QgsProject) -> str:
    """What to do about one binding of a unit layer no longer in the project, by the layers that may hold its data."""
    found = source_matches(binding, project)
    layer, files = binding.layer_name or layer_id, _files(binding)
    if len(found) > 1:
        return tr("Unit layer {layer}, bound to the rule sets {files}, is no longer in the project, so no site is "
                  "reviewed. The layers {candidates} each may hold its data: none is offered, as which one it is is "
                  "not known. Bind the right one again in the Zoning Review panel and click Forget there to drop the "
                  "old binding.").format(layer=layer, files=files, candidates=_candidates(found))
    if found and found[0].publicSource() != binding.layer_source:
        return tr("Unit layer {layer}, bound to the rule sets {files}, is no longer in the project, so no site is "
                  "reviewed. Layer {match} holds its data, moved with the project: choose {match} as the unit layer "
                  "in the Zoning Review panel and click Restore binding, or click Forget there to drop the old "
                  "binding.").format(layer=layer, files=files, match=found[0].name())
    if found:
        return tr("Unit layer {layer}, bound to the rule sets {files}, is no longer in the project, so no site is "
                  "reviewed. Layer {match} has its data source: choose {match} as the unit layer in the Zoning Review "
                  "panel and click Restore binding, or click Forget there to drop the old binding.").format(
            layer=layer, files=files, match=found[0].name())
    return tr("Unit layer {layer}, bound to the rule sets {files}, is no longer in the project (removed, or added "
              "again as a new layer), so no site is reviewed. Bind the unit layer again in the Zoning Review panel "
              "and click Forget there to drop the old binding.").format(layer=layer, files=files)


def _candidates(layers: List[QgsVectorLayer]) -> str:
    """Layers named with their data sources, listed: ``control_units (/data/2025/units.gpkg|layername=…)``."""
    return list_separator().join(f"{layer.name()} ({layer.publicSource()})" for layer in layers)


def _files(binding: UnitBinding) -> str:
    """The binding's rule-set files by name, listed."""
    return list_separator().join(os.path.basename(ref.path) for ref in binding.rule_sets)
