"""Turn reviewsites parameters into a ready review set-up: rule set, fields, layers, engine."""

import os
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer

from ..core.inputs.bindings import (
    UnitBinding,
    detect_binding,
    read_binding,
    resolve_rules_path,
    unit_attribute_fields,
)
from ..core.inputs.site_attributes import SiteFieldMap
from ..core.overlay.engine import OverlayEngine, OverlayError, Tolerance, UnitLayerSpec
from ..core.rules.loader import load_ruleset
from ..core.rules.ruleset import RuleSet
from ..i18n import tr
from ..settings import MIN_OVERLAP_M2, MIN_SITE_FRACTION


@dataclass
class ReviewSetup:
    """Everything a batch review needs besides the sites themselves."""

    ruleset: RuleSet
    binding: UnitBinding
    engine: OverlayEngine
    site_fields: SiteFieldMap
    constraints: Dict[str, QgsVectorLayer] = field(default_factory=dict)


def unit_binding(units: QgsVectorLayer, code: str, name: str, category: str, prose: bool) -> UnitBinding:
    """The layer's stored binding (from the dock) or detected fields, overridden by parameters."""
    binding = read_binding(units) or detect_binding(units)
    binding.code_field = code or binding.code_field
    binding.name_field = name or binding.name_field
    binding.category_field = category or binding.category_field
    if not prose:
        binding.prose_fields = {}
    missing = [
        label for label, value in (
            (tr("unit code"), binding.code_field),
            (tr("unit name"), binding.name_field),
            (tr("unit category"), binding.category_field),
        ) if not value
    ]
    if missing:
        raise QgsProcessingException(tr(
            "Layer {layer}: could not find the {what} field; choose it in the algorithm's parameters."
        ).format(layer=units.name(), what=", ".join(missing)))
    return binding


def load_rules(path: str, binding: UnitBinding, feedback) -> RuleSet:
    """Load the rule set from the parameter or the layer's binding; raise with every error."""
    path = path or resolve_rules_path(binding, QgsProject.instance())
    if not path:
        raise QgsProcessingException(tr(
            "No rule set: choose a rule-set file, or bind one to the unit layer in the Zoning Review panel."))
    if not os.path.exists(path):
        raise QgsProcessingException(tr("Rule-set file {path} does not exist.").format(path=path))
    result = load_ruleset(path)
    for item in result.warnings:
        feedback.pushWarning(item.text())
    if result.ruleset is None:
        raise QgsProcessingException(tr("The rule set {path} has errors:\n{messages}").format(
            path=path, messages="\n".join(m.text() for m in result.errors)))
    return result.ruleset


def layer_rule_name(layer: QgsVectorLayer, declared: List[str], explicit: Dict[str, str]) -> str:
    """The rule-set name a constraint layer stands for (explicit mapping, layer name or source)."""
    for rule_name, layer_name in explicit.items():
        if layer_name in (layer.name(), layer.id()):
            return rule_name
    if layer.name() in declared:
        return layer.name()
    match = re.search(r"layername=([^|]+)", layer.source())
    if match and match.group(1) in declared:
        return match.group(1)
    stem = os.path.splitext(os.path.basename(layer.source().split("|")[0]))[0]
    return stem if stem in declared else layer.name()


def constraint_layers(
    layers: List[QgsVectorLayer], ruleset: RuleSet, binding: UnitBinding, explicit: Dict[str, str], feedback
) -> Dict[str, QgsVectorLayer]:
    """Named constraint layers: from the parameter, or else from the unit layer's binding."""
    declared = sorted(ruleset.layers)
    named = {layer_rule_name(layer, declared, explicit): layer for layer in layers}
    if not layers:
        project = QgsProject.instance()
        for name, bound in binding.constraints.items():
            layer = project.mapLayer(bound.layer_id)
            if isinstance(layer, QgsVectorLayer):
                named[name] = layer
    for name in declared:
        if name not in named:
            feedback.pushWarning(tr(
                "The rule set uses the layer {layer}, but no constraint layer is bound to it: "
                "rules that need it will report 'needs information'.").format(layer=name))
    return {name: layer for name, layer in named.items() if name in declared}


def overlay_engine(units, ruleset, binding, constraints, context, ellipsoid: Optional[str]) -> OverlayEngine:
    """The overlay engine over the unit layer, raising a Processing error on a bad layer."""
    spec = UnitLayerSpec(units, binding.code_field, binding.name_field, binding.category_field,
                         unit_attribute_fields(units.fields().names(), ruleset, binding))
    tolerance = Tolerance(MIN_OVERLAP_M2.value(), MIN_SITE_FRACTION.value())
    try:
        engine = OverlayEngine(spec, constraints, context.transformContext(), ellipsoid, tolerance)
        engine.prepare_batch()
    except OverlayError as error:
        raise QgsProcessingException(str(error)) from error
    return engine
