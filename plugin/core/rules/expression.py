"""The QGIS-expression escape hatch: evaluate an expression over a project's declared attributes."""

import math
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionNode,
    QgsExpressionNodeBinaryOperator,
    QgsExpressionNodeColumnRef,
    QgsExpressionNodeCondition,
    QgsExpressionNodeFunction,
    QgsExpressionNodeInOperator,
    QgsExpressionNodeLiteral,
    QgsExpressionNodeUnaryOperator,
    QgsFeature,
    QgsFields,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime, QVariant

from ..model.fields import make_field
from ..model.filters import parser_error
from .ruleset import AttributeDecl
from .values import as_type


class NotYesNo(str):
    """The problem of an expression whose result is not yes or no (a text, a date, a list): the result as written."""


FIELD_KINDS = {"number": "double", "boolean": "bool", "string": "string"}
EQUALITY = (QgsExpressionNodeBinaryOperator.boEQ, QgsExpressionNodeBinaryOperator.boNE)
# functions that set a variable (None: the one their first argument names) for their arguments from an index on
BINDING = {"array_foreach": ("element", 1), "array_filter": ("element", 1), "aggregate": ("parent", 2),
           "relation_aggregate": ("parent", 2), "with_variable": (None, 2)}


def evaluate_expression(
    text: str, declared: Dict[str, AttributeDecl], values: Dict[str, Any]
) -> Tuple[Optional[bool], List[str], str]:
    """(result, attributes the expression needs but were not given, problem) for one expression."""
    expression = QgsExpression(text)
    if expression.hasParserError():
        return None, [], parser_error(expression)
    used = sorted(c for c in expression.referencedColumns() if c in declared)
    typed = {name: as_type(values.get(name), decl.type) for name, decl in declared.items()}
    missing = [name for name in used if typed[name] is None]
    if missing:
        return None, missing, ""
    fields = QgsFields()
    for name, decl in declared.items():
        fields.append(make_field(name, FIELD_KINDS[decl.type]))
    feature = QgsFeature(fields)
    for name in declared:
        feature.setAttribute(name, typed[name])
    context = QgsExpressionContext()
    context.setFields(fields)
    context.setFeature(feature)
    expression.prepare(context)
    result = expression.evaluate(context)
    if expression.hasEvalError():
        return None, [], expression.evalErrorString()
    if result is None or (isinstance(result, QVariant) and result.isNull()):
        return None, [], "NULL"
    if isinstance(result, bool) or (isinstance(result, (int, float)) and math.isfinite(result)):
        return bool(result), [], ""  # yes/no, or a number (0 is no) as QGIS reads it
    return None, [], NotYesNo(_written(result))


def _written(result: Any) -> str:
    """An expression's result as the reason quotes it: a text in quotes, a date or time as ISO, else as Python
    writes it."""
    if isinstance(result, str):
        return f"'{result}'"
    if isinstance(result, (QDate, QDateTime, QTime)):
        return result.toString(Qt.DateFormat.ISODate)
    return str(result)


def compared_literals(text: str) -> List[Tuple[str, Any]]:
    """(column, literal) for each literal a column is compared with by =, <> (!=) or [NOT] IN, as written."""
    expression = QgsExpression(text)  # owns the nodes walked below
    found: List[Tuple[str, Any]] = []
    stack = [expression.rootNode()] if expression.rootNode() is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, QgsExpressionNodeBinaryOperator) and node.op() in EQUALITY:
            found += _column_literals(node.opLeft(), [node.opRight()])
            found += _column_literals(node.opRight(), [node.opLeft()])
        elif isinstance(node, QgsExpressionNodeInOperator):
            found += _column_literals(node.node(), node.list().list())
        stack.extend(reversed(child_nodes(node)))
    return found


def _column_literals(column: QgsExpressionNode, others: List[QgsExpressionNode]) -> List[Tuple[str, Any]]:
    """(column name, literal) for each non-NULL literal in ``others`` when ``column`` is a column reference."""
    if not isinstance(column, QgsExpressionNodeColumnRef):
        return []
    return [(column.name(), other.value()) for other in others
            if isinstance(other, QgsExpressionNodeLiteral) and other.value() is not None]


def free_variables(text: str) -> List[str]:
    """The @variables an expression reads that it does not set itself (``with_variable``, ``@element`` of
    ``array_foreach`` and ``array_filter``, ``@parent`` of an aggregate's filter), sorted."""
    expression = QgsExpression(text)  # owns the nodes walked below
    found = set()
    stack = [(expression.rootNode(), frozenset())] if expression.rootNode() is not None else []
    while stack:
        node, bound = stack.pop()
        if not isinstance(node, QgsExpressionNodeFunction) or node.args() is None:
            stack += [(child, bound) for child in child_nodes(node)]
            continue
        name, args = QgsExpression.Functions()[node.fnIndex()].name(), list(node.args().list())
        first = args[0].value() if args and isinstance(args[0], QgsExpressionNodeLiteral) else None
        if name == "var" and isinstance(first, str) and first not in bound:
            found.add(first)
        variable, start = BINDING.get(name, (None, len(args)))
        inner = bound | {variable or first}
        stack += [(arg, inner if i >= start else bound) for i, arg in enumerate(args)]
    return sorted(found)


def child_nodes(node: QgsExpressionNode) -> List[QgsExpressionNode]:
    """The nodes directly under ``node`` (none under a literal, a column or a node kind not listed here)."""
    if isinstance(node, QgsExpressionNodeBinaryOperator):
        return [node.opLeft(), node.opRight()]
    if isinstance(node, QgsExpressionNodeUnaryOperator):
        return [node.operand()]
    if isinstance(node, QgsExpressionNodeInOperator):
        return [node.node(), *node.list().list()]
    if isinstance(node, QgsExpressionNodeFunction):
        return list(node.args().list()) if node.args() is not None else []
    if isinstance(node, QgsExpressionNodeCondition):
        parts = [part for pair in node.conditions() for part in (pair.whenExp(), pair.thenExp())]
        return parts + ([node.elseExp()] if node.elseExp() is not None else [])
    return []
