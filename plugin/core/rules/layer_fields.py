"""A rule set's layer filters (``where:``) checked against the map layers bound to its layer names: a filter
naming a field its bound layer lacks is a warning located at the filter in the file (a review would find
the site's position to that layer unknown); so is a field label (``layers: … fields:``) of a field it lacks (a
misspelt field name, whose filters would be said with the field's name instead)."""

from typing import Any, Dict, Iterator, List, Mapping, Set, Tuple

from qgis.core import QgsExpression

from ...i18n import tr
from ..model.filters import missing_fields
from ..model.results import Listed, Reason
from .messages import LoadMessage, Marks, PathKey, message
from .ruleset import Rule, RuleSet
from .yaml_source import read_yaml

MISSING = ("Rule {rule}: the filter {where} of layer {layer} names {missing}, which the bound layer {bound} does not "
           "have (its fields: {fields}); correct the filter or bind a layer that has these fields.")
UNLABELLED = ("Layer {layer} gives a label to the field {field}, which the bound layer {bound} does not have (its "
              "fields: {fields}); correct the field's name under fields: or bind a layer that has it.")


def reason_templates() -> List[str]:
    """The message templates of this module, through tr()."""
    return [
        tr("Rule {rule}: the filter {where} of layer {layer} names {missing}, which the bound layer {bound} does "
           "not have (its fields: {fields}); correct the filter or bind a layer that has these fields."),
        tr("Layer {layer} gives a label to the field {field}, which the bound layer {bound} does not have (its "
           "fields: {fields}); correct the field's name under fields: or bind a layer that has it."),
    ]


def check_filters(ruleset: RuleSet, layers: Mapping[str, Any]) -> List[LoadMessage]:
    """A warning for each rule's filter that names fields missing from the layer bound to its layer name
    (fields found as QGIS finds them, case aside); filters on unbound layers are left alone."""
    marks, places = filter_places(ruleset.path)
    found: List[LoadMessage] = []
    said: Set[Tuple[str, str, str]] = set()
    for rule, name, where in spatial_filters(ruleset):
        layer = layers.get(name)
        if layer is None or (rule.id, name, where) in said:
            continue
        expression = QgsExpression(where)
        missing = [] if expression.hasParserError() else missing_fields(expression, layer.fields())
        if missing:
            said.add((rule.id, name, where))
            values = {"rule": rule.id, "where": where, "layer": name, "missing": Listed(tuple(missing)),
                      "bound": layer.name(), "fields": Listed(tuple(layer.fields().names()))}
            found.append(_located(ruleset.path, rule, marks, places.get((rule.id, where)), values))
    return found + list(_labels_missing(ruleset, layers, marks))


def _labels_missing(ruleset: RuleSet, layers: Mapping[str, Any], marks: Marks) -> Iterator[LoadMessage]:
    """A warning for each field label of a declared layer whose bound layer has no such field (case aside)."""
    for name, decl in ruleset.layers.items():
        layer = layers.get(name)
        if layer is None:
            continue
        for field_name, _zh, _en in decl.field_labels:
            if layer.fields().lookupField(field_name) < 0:
                yield message("warning", ruleset.path, marks, ("layers", name, "fields", field_name), UNLABELLED,
                              layer=name, field=field_name, bound=layer.name(),
                              fields=Listed(tuple(layer.fields().names())))


def spatial_filters(ruleset: RuleSet) -> Iterator[Tuple[Rule, str, str]]:
    """(rule, layer name, filter) of every spatial condition with a filter, in rule order."""
    for rule in ruleset.rules:
        for condition in rule.conditions():
            if condition.kind == "spatial" and condition.where:
                yield rule, condition.name, condition.where


def _located(path: str, rule: Rule, marks: Marks, place: Any, values: Dict[str, Any]) -> LoadMessage:
    """The warning at the filter in the file, else at the rule's line (a file changed since it was loaded)."""
    if place is None:
        return LoadMessage("warning", path, rule.line, 0, rule.id, Reason(MISSING, values))
    return message("warning", path, marks, place, MISSING, **values)


def filter_places(path: str) -> Tuple[Marks, Dict[Tuple[str, str], PathKey]]:
    """The file's marks, and the path of each rule's filters by (rule id, filter); nothing when it cannot be read."""
    document, _messages = read_yaml(path) if path else (None, [])
    rules = document.data.get("rules") if document is not None and isinstance(document.data, dict) else None
    if not isinstance(rules, list):
        return {}, {}
    places: Dict[Tuple[str, str], PathKey] = {}
    for index, rule in enumerate(rules):
        if isinstance(rule, dict):
            for place, where in _wheres(rule, ("rules", index)):
                places.setdefault((str(rule.get("id", "")), where), place)
    return document.marks, places


def _wheres(node: Any, path: PathKey) -> Iterator[Tuple[PathKey, str]]:
    """(path, text) of every ``where`` string below a node."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "where" and isinstance(value, str):
                yield path + (key,), value
            else:
                yield from _wheres(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _wheres(value, path + (index,))
