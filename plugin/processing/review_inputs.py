"""The unit-layer parameters of reviewsites and sitingscreen, resolved by ``core.inputs.resolve``.

UNITS, the unit fields, USE_UNIT_PROSE, RULES, CONSTRAINTS and CONSTRAINT_NAMES mean the same in
both algorithms; a problem stops the algorithm with the resolver's translated message, warnings go
to the feedback.
"""

from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Dict, Iterator, List, Optional

from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProject,
    QgsVectorLayer,
)

from ..compat import SOURCE_FILE
from ..core.inputs.bindings import bound_layers, layer_title
from ..core.inputs.misread_layers import misread_layers_warnings
from ..core.inputs.resolve import (
    InputError,
    check_unit_fields,
    check_unit_layer,
    constraint_layers,
    crs_error,
    layer_label,
    require_rules,
    unit_binding,
)
from ..core.inputs.site_attributes import parse_attribute_map
from ..core.inputs.unit_fields import missing_scope_fields, missing_words
from ..core.model.binding import UnitBinding
from ..core.overlay.types import OverlayError
from ..core.rules.ruleset import RuleSet
from ..i18n import tr
from .source_selection import selected_units


@contextmanager
def processing_errors() -> Iterator[None]:
    """Raise an input or overlay error as the QgsProcessingException that stops the algorithm."""
    try:
        yield
    except (InputError, OverlayError) as error:
        raise QgsProcessingException(str(error)) from error


def name_values(alg, parameters, name: str, context) -> Dict[str, str]:
    """A name=value; … parameter read by the one parser; an entry it cannot read stops the algorithm."""
    with processing_errors():
        return parse_attribute_map(alg.parameterAsString(parameters, name, context) or "",
                                   alg.parameterDefinition(name).description())


@dataclass
class BoundDefaults:
    """The dialog's defaults from the current project: its bound unit layer and that binding's constraints."""

    units: Optional[str] = None
    constraints: List[str] = field(default_factory=list)


def bound_defaults(project: Optional[QgsProject] = None) -> BoundDefaults:
    """The first bound unit layer of the project (by id) and its bound constraint layers still present."""
    project = project or QgsProject.instance()
    for layer_id, binding in bound_layers(project).items():
        present = [c.layer_id for c in binding.constraints.values() if project.mapLayer(c.layer_id) is not None]
        return BoundDefaults(layer_id, present)
    return BoundDefaults()


def rules_parameter(name: str, description: str, optional: bool = True) -> QgsProcessingParameterMultipleLayers:
    """RULES: one rule-set file or several access lists applied together, in order (each to the units of
    the scope it declares)."""
    return QgsProcessingParameterMultipleLayers(name, description, SOURCE_FILE, optional=optional)


def scopes_parameter(name: str) -> QgsProcessingParameterString:
    """RULE_SCOPES: the scope of each rule-set file, one line per file in order."""
    return QgsProcessingParameterString(
        name, tr("Scopes of the rule sets (one line per file)"), multiLine=True, optional=True)


def scopes_help() -> str:
    """The help of RULE_SCOPES."""
    return tr("Which units each rule-set file applies to, one line per file in the order of the files: 'all', an "
              "administrative code such as ZH130638 (the units whose code starts with it), or an expression on "
              "the unit layer's fields such as left(\"HJGKDYBM\", 8) = 'ZH130629'. A blank line, or no line, "
              "keeps the scope the list declares itself (applies_to). A unit no list covers needs information.")


def rules_help() -> str:
    """The help of RULES where it is optional (reviewsites, sitingscreen)."""
    return tr("The access-list rule sets (YAML): one file, or several lists in order (e.g. the province's, "
              "the county's and the unit list), each applied to the units of the scope it declares. Leave empty "
              "to use the rule sets bound to the unit layer in the panel.")


def unit_prose_help() -> str:
    """The help of USE_UNIT_PROSE."""
    return tr("The requirement texts in the unit layer's own fields (KJBJYS, PWWPFGK, HJFXFK, ZYKFXLYQ): units with "
              "such texts then need a check by hand, so they are at best 'needs further study' until judged.")


def constraints_help() -> str:
    """The help of CONSTRAINTS (reviewsites, sitingscreen, rereview)."""
    return tr("Layers the rules name (red_line, river_bank, …); a layer missing makes its rules "
              "'needs information'. Each layer is read whole, so that no zone is left out: a layer given from a "
              "script as a feature source's definition (\"Selected features only\", a feature limit or a filter) "
              "is refused before the run. To use some of a layer's features only, save them as a layer of their own "
              "(Export ▸ Save Selected Features As) and pass that layer.")


def constraint_names_help() -> str:
    """The help of CONSTRAINT_NAMES."""
    return tr("When a layer's name differs from the rule set's: rule_name=layer_name; … (for "
              "example river_bank=河流岸线). A layer may be named by its id instead, and one layer "
              "may stand for several rule names.")


def rule_paths(alg, parameters, context) -> List[str]:
    """The rule-set files given as RULES, in order (a single path as before, or several)."""
    value = parameters.get(alg.RULES)
    if isinstance(value, str):  # a path with commas or semicolons stays one file
        return [value] if value.strip() else []
    return [path for path in alg.parameterAsFileList(parameters, alg.RULES, context) if path]


@dataclass
class UnitInputs:
    """The unit layer, its binding, the rule set and the constraint layers by rule-set name; ``selected``: the
    Processing source of the units to review when UNITS gives "Selected features only", else None (every unit)."""

    units: QgsVectorLayer
    binding: UnitBinding
    ruleset: RuleSet
    constraints: Dict[str, QgsVectorLayer] = field(default_factory=dict)
    selected: Optional[QgsProcessingFeatureSource] = None


def layer_parameter(alg, parameters, name: str, context) -> Optional[QgsVectorLayer]:
    """A feature source parameter's layer, also when it is given as a feature source's definition (selected
    features only, a feature limit or an invalid-geometry setting), which QGIS 3.22 reads as no layer."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        parameters = {**parameters, name: value.source}  # the layer the definition reads from
    return alg.parameterAsVectorLayer(parameters, name, context)


def unit_layer(alg, parameters, context) -> Optional[QgsVectorLayer]:
    """UNITS' layer, also when it is given as a feature source's definition (its selected features only)."""
    return layer_parameter(alg, parameters, alg.UNITS, context)


def check_sites_crs(sites: Optional[QgsVectorLayer]) -> None:
    """Refuse a sites layer without a CRS (or one that does not place it on the earth), naming it and what to do, as
    a unit layer is refused: every site would otherwise need further study for the same reason."""
    error = crs_error(sites) if sites is not None else None
    if error:
        raise QgsProcessingException(error)


def unit_inputs(alg, parameters, context, feedback) -> UnitInputs:
    """The unit layer (checked: fields, CRS, features) and what it is reviewed with, from the parameters."""
    units = unit_layer(alg, parameters, context)
    if units is None:
        raise QgsProcessingException(tr("The control unit layer could not be opened."))
    selected = selected_units(alg, parameters, context, units)

    def string(name: str) -> str:
        return alg.parameterAsString(parameters, name, context) or ""

    with processing_errors():
        binding = unit_binding(units, string(alg.UNIT_CODE_FIELD), string(alg.UNIT_NAME_FIELD),
                               string(alg.UNIT_CATEGORY_FIELD),
                               alg.parameterAsBoolean(parameters, alg.USE_UNIT_PROSE, context))
        check_unit_fields(units, binding)
        unit_warnings = check_unit_layer(units, binding, selected=selected)
        rules = require_rules(rule_paths(alg, parameters, context), binding, None, string(alg.RULE_SCOPES),
                              layer_title(units))
    check_scope_fields(units, rules.ruleset)
    for text in [item.text() for item in rules.warnings] + unit_warnings:
        feedback.pushWarning(text)
    found = constraint_layers(alg.parameterAsLayerList(parameters, alg.CONSTRAINTS, context), rules.ruleset,
                              binding, name_values(alg, parameters, alg.CONSTRAINT_NAMES, context))
    if found.errors:
        raise QgsProcessingException("\n".join(found.errors))
    for warning in found.warnings + misread_layers_warnings(
            [(units if selected is None else selected, units.name())]
            + [(layer, layer.name()) for layer in dict.fromkeys(found.layers.values()) if layer is not units]):
        feedback.pushWarning(warning)
    return UnitInputs(units, binding, rules.ruleset, found.layers, selected)


def check_scope_fields(units: QgsVectorLayer, ruleset: Any) -> None:
    """Stop when a list's scope reads fields the unit layer lacks (no unit would be in that list)."""
    missing = missing_scope_fields(units, ruleset)
    if missing:
        raise QgsProcessingException(tr(
            "Layer {layer} has no field {fields}: every unit would be outside that list, so its clauses would never "
            "apply. Correct the list's scope (in its file, or in 'Scopes of the rule sets') or use a unit layer that "
            "has the field.").format(layer=layer_label(units), fields=missing_words(missing)))
