"""The constraint layers of several bound unit layers as one set, for a run that reviews against them together
(the register's re-review): one layer per rule-set name, or a translated refusal naming the conflict."""

from typing import Dict, List, Sequence, Tuple

from qgis.core import QgsVectorLayer

from ...i18n import tr


class ConstraintConflictError(Exception):
    """Two bound unit layers bind one rule-set name to different constraint layers (translated message)."""


def shared_constraints(targets: Sequence) -> Dict[str, QgsVectorLayer]:
    """Every target's constraint layers by rule-set name (targets: ``BoundUnitLayer``s).

    Raises ConstraintConflictError when two targets bind the same name to different layers: a run that takes
    one layer per name would review one of them against the other's layer.
    """
    merged: Dict[str, QgsVectorLayer] = {}
    owners: Dict[str, str] = {}
    for target in targets:
        for rule, layer in target.constraints.items():
            first = merged.setdefault(rule, layer)
            owners.setdefault(rule, target.layer.name())
            if first.id() != layer.id():
                raise ConstraintConflictError(tr(
                    "The constraint {rule} is bound to the layer {first} for {first_units} and to the layer {second} "
                    "for {second_units}; a re-review of the register takes one layer for each constraint. Bind the "
                    "same layer to {rule} for both unit layers, or unbind one of the unit layers and re-review "
                    "with the other.").format(rule=rule, first=first.name(), first_units=owners[rule],
                                              second=layer.name(), second_units=target.layer.name()))
    return merged


def constraint_parameters(merged: Dict[str, QgsVectorLayer]) -> Tuple[List[str], str]:
    """The Processing parameters CONSTRAINTS (each layer's id once) and CONSTRAINT_NAMES (every rule-set
    name with its layer's id, so layers of the same name, or one layer for two names, stay apart)."""
    ids = list(dict.fromkeys(layer.id() for layer in merged.values()))
    names = "; ".join(f"{rule}={layer.id()}" for rule, layer in merged.items())
    return ids, names
