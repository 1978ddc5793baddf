"""Checks of a rule's QGIS expression: it parses, names declared attributes only, reads no variable it does not
set, and compares an attribute with declared values by their ids, directly or through functions and patterns."""

from typing import Any, List, Optional

from qgis.core import QgsExpression, QgsFeatureRequest

from ...i18n import tr
from ..model.filters import parser_error
from ..model.results import Listed
from ..model.vocab import Vocabulary
from .checker import Checker
from .expression import compared_literals, free_variables
from .expression_literals import Shaped, function_literals, shaped_comparisons
from .messages import PathKey
from .ruleset import values_vocabulary


def check_expression(c: Checker, text: str, path: PathKey) -> None:
    """Every message about an ``expression:`` condition."""
    expression = QgsExpression(text)
    if expression.hasParserError():
        c.add("error", path, "The expression is not valid: {problem}", problem=parser_error(expression))
        return
    for name in sorted(expression.referencedColumns()):
        if name and name != QgsFeatureRequest.ALL_ATTRIBUTES:
            c.declared(name, path)
    for name, literal in compared_literals(text):
        _check_expression_value(c, name, literal, path)
    for shaped in shaped_comparisons(text):
        _check_shaped(c, shaped, path)
    for name, literal in function_literals(text):
        _check_function_literal(c, name, literal, path)
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
    vocabulary = _vocabulary(c, name)
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


def _vocabulary(c: Checker, name: str) -> Optional[Vocabulary]:
    """The declared values of attribute ``name`` (None when it declares none)."""
    return values_vocabulary(name, (c.attributes.get(name) or {}).get("values") or [])


def _check_shaped(c: Checker, shaped: Shaped, path: PathKey) -> None:
    """A comparison through a function or a pattern is true for at least one declared value's id."""
    vocabulary = _vocabulary(c, shaped.name)
    if vocabulary is None or any(shaped.holds(value) for value in vocabulary.ids):
        return
    side, named = shaped.side.dump(), vocabulary.id_of(shaped.literal)
    if named:
        c.add("error", path, "The expression compares {side} with '{value}', which names the value {id} of {name}; "
              "an expression sees the ids of declared values, and for '{id}' {side} gives '{gives}'.", side=side,
              value=str(shaped.literal), id=named, name=shaped.name, gives=_shown(shaped.gives(named)))
    else:
        c.add("error", path, "The expression compares {side} with '{value}', which holds for none of the values "
              "declared for {name}: an expression sees their ids ({allowed}), for which {side} gives {results}.",
              side=side, value=str(shaped.literal), name=shaped.name, allowed=Listed(tuple(vocabulary.ids)),
              results=Listed(tuple(_shown(shaped.gives(value)) for value in vocabulary.ids)))


def _shown(value: Any) -> str:
    """A value an expression gave, for a message."""
    return "NULL" if value is None else str(value)


def _check_function_literal(c: Checker, name: str, literal: str, path: PathKey) -> None:
    """A text a function reads with an attribute of declared values is not another spelling of one of them."""
    vocabulary = _vocabulary(c, name)
    named = vocabulary.id_of(literal) if vocabulary is not None and literal not in vocabulary.ids else ""
    if named:
        c.add("error", path, "The expression uses '{value}' with {name}, which names the value {id}; an expression "
              "sees the ids of declared values: write '{id}'.", value=literal, name=name, id=named)


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
        tr("The expression compares {side} with '{value}', which names the value {id} of {name}; an expression sees "
           "the ids of declared values, and for '{id}' {side} gives '{gives}'."),
        tr("The expression compares {side} with '{value}', which holds for none of the values declared for {name}: "
           "an expression sees their ids ({allowed}), for which {side} gives {results}."),
        tr("The expression uses '{value}' with {name}, which names the value {id}; an expression sees the ids of "
           "declared values: write '{id}'."),
    ]
