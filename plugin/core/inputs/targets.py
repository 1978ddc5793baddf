"""The project's bound unit layers as review targets, and why a bound layer cannot be one.

A review that left out a bound layer could conclude 符合 for a site whose units in that layer forbid the
project, so the dock reviews no site while any bound layer cannot be used (fail closed): each such layer
is named with why and what to do.
"""

from typing import List, Optional, Tuple, Union

from qgis.core import QgsProject, QgsVectorLayer

from ...i18n import tr
from ..model.binding import UnitBinding
from .bindings import layer_title, stored_bindings
from .hidden_rows import hidden_rows_error
from .orphans import orphan_problems
from .resolve import (
    BoundUnitLayer,
    HiddenCheck,
    InputError,
    binding_entries,
    bound_constraints,
    check_unit_layer,
)
from .rule_lists import load_lists
from .unit_fields import missing_fields_problem, missing_scope_problem


def review_targets(project: QgsProject, blanks: bool = True, hidden: Optional[HiddenCheck] = None
                   ) -> Tuple[List[BoundUnitLayer], List[str]]:
    """Every bound unit layer that can be reviewed, in layer-name order, and a translated message for each stored
    binding that cannot be read, bound layer that cannot be used or binding of a layer no longer in the project;
    ``blanks``: each target warns of its units without code or category (every unit read); ``hidden``: how a layer
    leaving out features of its table is found (the dock's answers kept per source, else asked anew)."""
    bindings, problems = stored_bindings(project)
    problems += orphan_problems(project)
    targets = []
    for layer_id, binding in bindings.items():
        layer = project.mapLayer(layer_id)
        if not isinstance(layer, QgsVectorLayer):
            continue
        found = target_or_problem(layer, binding, project, blanks, hidden or hidden_rows_error)
        if isinstance(found, BoundUnitLayer):
            targets.append(found)
        else:
            problems.append(found)
    return sorted(targets, key=lambda t: (t.layer.name(), t.layer.id())), problems


def bound_targets(project: QgsProject) -> List[BoundUnitLayer]:
    """Every bound unit layer of the project that can be reviewed, in layer-name order."""
    return review_targets(project)[0]


def target_or_problem(layer: QgsVectorLayer, binding: UnitBinding, project: QgsProject,
                      blanks: bool = True, hidden: HiddenCheck = hidden_rows_error) -> Union[BoundUnitLayer, str]:
    """A review target for a bound layer, or a translated message saying why it cannot be one (the layer named by
    ``layer_title``); ``blanks`` and ``hidden`` as ``review_targets``."""
    label = layer_title(layer)
    if not layer.isValid():
        return tr("Unit layer {layer} is bound to rule sets but cannot be read (its data source is not available): "
                  "no site is reviewed until its data source is repaired or the layer is unbound in the Zoning "
                  "Review panel.").format(layer=label)
    entries = binding_entries(binding, project, label)
    if not entries or not binding.code_field:
        return tr("Unit layer {layer} is bound without a rule set or without its unit-code field: no site is "
                  "reviewed until the binding is completed or removed in the Zoning Review panel.").format(
            layer=label)
    missing = missing_fields_problem(layer, label, binding)
    if missing:
        return missing
    result = load_lists(entries)
    if result.ruleset is None:
        return tr("The rule sets bound to unit layer {layer} cannot be used, so no site is reviewed until they are "
                  "corrected or the layer is unbound in the Zoning Review panel:\n{messages}").format(
            layer=label, messages=result.text())
    scope_problem = missing_scope_problem(layer, label, result.ruleset)
    if scope_problem:
        return scope_problem
    constraints = bound_constraints(binding, project, hidden)
    try:
        unit_warnings = check_unit_layer(layer, binding, blanks, hidden)
    except InputError as error:  # reviewing still says why no unit is found; the message names the layer
        unit_warnings = [str(error)]
    return BoundUnitLayer(layer, binding, result.ruleset, constraints.layers, unit_warnings + constraints.warnings)
