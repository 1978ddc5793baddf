"""Bindings of rule sets to unit layers, kept in the layer's custom properties and the project.

One versioned JSON string per place: the layer property ``zoning_review/binding`` and the
project entry ``zoning_review``/``bindings`` (keyed by layer id). The rule-set path is kept
both absolute and relative to the project file, so moving the project folder keeps it.
"""

import json
import os
from typing import Dict, List, Optional

from qgis.core import QgsMapLayer, QgsProject, QgsVectorLayer

from ..model.binding import READABLE, VERSION, RuleSetRef, UnitBinding
from ..model.vocab import (
    DIMENSION_FIELDS,
    UNIT_CATEGORY_FIELDS,
    UNIT_CODE_FIELDS,
    UNIT_NAME_FIELDS,
)

LAYER_PROPERTY = "zoning_review/binding"
PROJECT_SCOPE = "zoning_review"
PROJECT_KEY = "bindings"


def detect_field(names: List[str], candidates) -> str:
    """The first field of ``names`` matching a candidate name (case-insensitive), or ''."""
    lowered = {n.lower(): n for n in names}
    for candidate in candidates:
        if candidate.lower() in lowered:
            return lowered[candidate.lower()]
    return ""


def detect_binding(layer: QgsVectorLayer) -> UnitBinding:
    """A binding with the unit fields detected from common names (HJGKDYBM, 单元名称, …)."""
    names = [f.name() for f in layer.fields()]
    prose = {dim: detect_field(names, spellings) for dim, spellings in DIMENSION_FIELDS.items()}
    return UnitBinding(
        code_field=detect_field(names, UNIT_CODE_FIELDS),
        name_field=detect_field(names, UNIT_NAME_FIELDS),
        category_field=detect_field(names, UNIT_CATEGORY_FIELDS),
        prose_fields={dim: name for dim, name in prose.items() if name},
    )


def resolve_rules_path(binding: UnitBinding, project: QgsProject) -> str:
    """The first rule-set file: the stored path if it exists, else the path relative to the project."""
    return resolve_ref_path(binding.rule_sets[0], project) if binding.rule_sets else ""


def resolve_ref_path(ref: RuleSetRef, project: QgsProject) -> str:
    """A bound rule-set file: the stored path if it exists, else the path relative to the project."""
    if ref.path and os.path.exists(ref.path):
        return ref.path
    home = project.homePath()
    if ref.relative and home:
        candidate = os.path.normpath(os.path.join(home, ref.relative))
        if os.path.exists(candidate):
            return candidate
    return ref.path


def read_binding(layer: QgsMapLayer) -> Optional[UnitBinding]:
    """The binding stored on a layer, or None."""
    if layer is None:
        return None
    return UnitBinding.from_json(layer.customProperty(LAYER_PROPERTY, ""))


def write_binding(layer: QgsMapLayer, binding: UnitBinding, project: QgsProject) -> None:
    """Store a binding on the layer and in the project (this is plugin state, not user data)."""
    home = project.homePath()
    for ref in binding.rule_sets:
        if ref.path and home:
            ref.relative = os.path.relpath(ref.path, home)
    layer.setCustomProperty(LAYER_PROPERTY, binding.to_json())
    stored = project_bindings(project)
    stored[layer.id()] = binding
    _write_project_entry(project, stored)


def remove_binding(layer: QgsMapLayer, project: QgsProject) -> None:
    """Forget the binding of a layer."""
    layer.removeCustomProperty(LAYER_PROPERTY)
    stored = project_bindings(project)
    stored.pop(layer.id(), None)
    _write_project_entry(project, stored)


def project_bindings(project: QgsProject) -> Dict[str, UnitBinding]:
    """Every binding recorded in the project, by layer id."""
    text, ok = project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
    if not ok or not text:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(data, dict) or data.get("version") not in READABLE:
        return {}
    out = {}
    for layer_id, raw in data.get("layers", {}).items():
        binding = UnitBinding.from_json(json.dumps(raw))
        if binding is not None:
            out[layer_id] = binding
    return out


def _write_project_entry(project: QgsProject, bindings: Dict[str, UnitBinding]) -> None:
    """Write the project entry holding every binding."""
    layers = {layer_id: json.loads(b.to_json()) for layer_id, b in bindings.items()}
    text = json.dumps({"version": VERSION, "layers": layers}, ensure_ascii=False, sort_keys=True)
    project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, text)


def bound_layers(project: QgsProject) -> Dict[str, UnitBinding]:
    """Unit layers of the project with their bindings (layer property first, project entry next)."""
    recorded = project_bindings(project)
    out = {}
    for layer_id, layer in project.mapLayers().items():
        binding = read_binding(layer) or recorded.get(layer_id)
        if binding is not None:
            out[layer_id] = binding
    return out


def unit_attribute_fields(field_names: List[str], ruleset, binding: UnitBinding) -> List[str]:
    """Unit fields a review must read: the bound prose fields and those unit conditions test."""
    names = set(field_names)
    wanted = set(binding.prose_fields.values()) | set(ruleset.unit_fields())
    return sorted(wanted & names)
