"""The bound unit layers of a project, each with its loaded rule set and constraint layers."""

import os
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from qgis.core import QgsProject, QgsVectorLayer

from ..core.inputs.bindings import UnitBinding, bound_layers, resolve_rules_path, unit_attribute_fields
from ..core.rules.loader import load_ruleset
from ..core.rules.messages import LoadResult

_RULES: Dict[str, Tuple[float, LoadResult]] = {}


def load_rules(path: str) -> LoadResult:
    """Load a rule set, reusing the last result while the file is unchanged."""
    try:
        stamp = os.path.getmtime(path)
    except OSError:
        stamp = -1.0
    cached = _RULES.get(path)
    if cached is not None and cached[0] == stamp and stamp >= 0:
        return cached[1]
    result = load_ruleset(path)
    _RULES[path] = (stamp, result)
    return result


def forget_rules() -> None:
    """Drop every cached rule set (plugin unload)."""
    _RULES.clear()


@dataclass
class BoundUnitLayer:
    """A unit layer ready for review: binding, rule set and constraint layers by rule-set name."""

    layer: QgsVectorLayer
    binding: UnitBinding
    ruleset: object
    constraints: Dict[str, QgsVectorLayer] = field(default_factory=dict)

    @property
    def attribute_fields(self) -> List[str]:
        """The unit fields the overlay must read: prose fields and those unit conditions test."""
        return unit_attribute_fields(self.layer.fields().names(), self.ruleset, self.binding)


def constraint_layers(binding: UnitBinding, project: QgsProject) -> Dict[str, QgsVectorLayer]:
    """The bound constraint layers that still exist (by id, else by the recorded name)."""
    out = {}
    for name, bound in binding.constraints.items():
        layer = project.mapLayer(bound.layer_id)
        if layer is None and bound.layer_name:
            matches = project.mapLayersByName(bound.layer_name)
            layer = matches[0] if matches else None
        if isinstance(layer, QgsVectorLayer) and layer.isValid():
            out[name] = layer
    return out


def target_for(layer: QgsVectorLayer, binding: UnitBinding,
               project: QgsProject) -> Optional[BoundUnitLayer]:
    """A review target for a bound layer, or None when its rule set does not load."""
    path = resolve_rules_path(binding, project)
    if not path or not binding.code_field:
        return None
    result = load_rules(path)
    if result.ruleset is None:
        return None
    return BoundUnitLayer(layer, binding, result.ruleset, constraint_layers(binding, project))


def bound_targets(project: QgsProject) -> List[BoundUnitLayer]:
    """Every bound unit layer of the project whose rule set loads, in layer-name order."""
    out = []
    for layer_id, binding in bound_layers(project).items():
        layer = project.mapLayer(layer_id)
        if isinstance(layer, QgsVectorLayer) and layer.isValid():
            target = target_for(layer, binding, project)
            if target is not None:
                out.append(target)
    return sorted(out, key=lambda t: (t.layer.name(), t.layer.id()))
