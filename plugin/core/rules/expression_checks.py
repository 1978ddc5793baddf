"""Checks of a rule's QGIS expression: it parses, names declared attributes only, and compares an attribute
with declared values by their ids."""

from typing import Any, List

from qgis.core import QgsExpression, QgsFeatureRequest

from ...i18n import tr
from ..model.results import Listed
from .checker import Checker
from .expression import compared_literals, free_variables
from .messages import PathKey
from .ruleset import values_vocabulary


def check_expression(c: Checker, text: str, path: PathKey) -> None:
    """Every message about an ``expression:`` condition."""
    expression = QgsExpression(text)
    if expression.hasParserError():
        c.add("error", path, "The expression is not valid: {problem}", problem=expression.parserErrorString())
        return
    for name in sorted(expression.referencedColumns()):
        if name and name != QgsFeatureRequest.ALL_ATTRIBUTES:
            c.declared(name, path)
    for name, literal in compared_literals(text):
        _check_expression_value(c, name, literal, path)
    for variable in free_variables(text):
        c.add("error", path, "The expression reads the variable @{variable}, which a rule does not have: an expression "
              "sees only the project's declared attributes, no QGIS global, project or layer variables, so it would "
              "read NULL. Compare declared attributes instead.", variable=variable)


def check_filter_variables(c: Checker, where: str, path: PathKey) -> None:
    """An error for each @variable a layer filter reads: a filter sees its features' fields only."""
    for variable in free_variables(where):
        c.add("error", path, "The filter reads the variable @{variable}, which a filter does not have: a filter sees "
              "only the fields of the layer's features, no QGIS global, project or layer variables, so it would "
              "read NULL. Compare the layer's fields instead.", variable=variable)


def _check_expression_value(c: Checker, name: str, literal: Any, path: PathKey) -> None:
    """An expression compares an attribute with declared values with their ids (a project's value is its id)."""
    vocabulary = values_vocabulary(name, (c.attributes.get(name) or {}).get("values") or [])
    if vocabulary is None or literal in vocabulary.ids:
        return
    named = vocabulary.id_of(literal)
    if named:
        c.add("error", path, "The expression compares {name} with '{value}', which names the value {id}; an "
              "expression compares the ids of declared values: write '{id}'.", name=name, value=str(literal), id=named)
    else:
        c.add("error", path, "The expression compares {name} with '{value}', which is not one of the values "
              "declared for {name}; an expression compares their ids: {allowed}.", name=name, value=str(literal),
              allowed=Listed(tuple(vocabulary.ids)))


def reason_templates() -> List[str]:
    """Every message template of this module, for the string extractor."""
    return [
        tr("The expression is not valid: {problem}"),
        tr("The expression compares {name} with '{value}', which names the value {id}; an expression compares "
           "the ids of declared values: write '{id}'."),
        tr("The expression compares {name} with '{value}', which is not one of the values declared for {name}; "
           "an expression compares their ids: {allowed}."),
        tr("The expression reads the variable @{variable}, which a rule does not have: an expression sees only the "
           "project's declared attributes, no QGIS global, project or layer variables, so it would read NULL. "
           "Compare declared attributes instead."),
        tr("The filter reads the variable @{variable}, which a filter does not have: a filter sees only the fields "
           "of the layer's features, no QGIS global, project or layer variables, so it would read NULL. Compare "
           "the layer's fields instead."),
    ]
