"""Literals an expression compares an attribute with through a function or a pattern, beyond the direct
comparisons of ``expression.compared_literals``: ``lower("fuel") = 'coal'``, ``"fuel" LIKE 'co%'``,
``array_contains(array('coal'), "fuel")``. What the attribute's side gives is worked out by QGIS itself, from
each value the attribute can hold."""

from dataclasses import dataclass
from typing import Any, Iterator, List, Sequence, Tuple

from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionNode,
    QgsExpressionNodeBinaryOperator,
    QgsExpressionNodeColumnRef,
    QgsExpressionNodeFunction,
    QgsExpressionNodeInOperator,
    QgsExpressionNodeLiteral,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
)
from qgis.PyQt.QtCore import QVariant

from ..model.fields import make_field
from .expression import child_nodes, free_variables

_OP = QgsExpressionNodeBinaryOperator
POSITIVE = {_OP.boEQ: "=", _OP.boNE: "=", _OP.boLike: "LIKE", _OP.boNotLike: "LIKE", _OP.boILike: "ILIKE",
            _OP.boNotILike: "ILIKE", _OP.boRegexp: "~"}  # a comparison's operator → the one it negates or is
PATTERNS = ("LIKE", "ILIKE", "~")  # the literal is the right-hand side


@dataclass(frozen=True)
class Shaped:
    """A side of a comparison that reads one attribute (``name``) compared by ``op`` with ``literal``."""

    expression: QgsExpression  # owns ``side``
    side: QgsExpressionNode
    name: str
    op: str
    literal: Any

    def gives(self, value: str) -> Any:
        """What the side gives when the attribute holds ``value`` (None for NULL or an error)."""
        fields = QgsFields()
        fields.append(make_field(self.name, "string"))
        feature = QgsFeature(fields)
        feature.setAttribute(self.name, value)
        context = QgsExpressionContext()
        context.setFields(fields)
        context.setFeature(feature)
        self.expression.setEvalErrorString(None)  # no error (a null text): a node keeps failing after one
        self.side.prepare(self.expression, context)
        result = self.side.eval(self.expression, context)
        return None if self.expression.hasEvalError() or _null(result) else result

    def holds(self, value: str) -> bool:
        """True when the comparison is true (by ``op``, not negated) while the attribute holds ``value``."""
        given = self.gives(value)
        if given is None:
            return False
        return bool(QgsExpression(f"{QgsExpression.quotedValue(given)} {self.op} "
                                  f"{QgsExpression.quotedValue(self.literal)}").evaluate())


def _null(value: Any) -> bool:
    """True for None and a NULL QVariant."""
    return value is None or (isinstance(value, QVariant) and value.isNull())


def shaped_comparisons(text: str) -> List[Shaped]:
    """Each literal compared (=, <>, [NOT] IN, [NOT] [I]LIKE, ~) with a side that reads exactly one attribute
    and no variable, other than a bare attribute compared by =, <> or IN (``compared_literals`` has those)."""
    expression = QgsExpression(text)
    found: List[Shaped] = []
    for node in _nodes(expression.rootNode()):
        for side, op, literals in _comparisons(node):
            name = _one_column(side)
            if name:
                found += [Shaped(expression, side, name, op, literal) for literal in literals]
    return found


def _comparisons(node: QgsExpressionNode) -> Iterator[Tuple[QgsExpressionNode, str, Sequence[Any]]]:
    """(side, operator, literals) of a comparison node, each way round where the operator allows."""
    if isinstance(node, QgsExpressionNodeInOperator):
        literals = [item.value() for item in node.list().list()
                    if isinstance(item, QgsExpressionNodeLiteral) and item.value() is not None]
        if literals and not isinstance(node.node(), QgsExpressionNodeColumnRef):
            yield node.node(), "=", literals
        return
    op = POSITIVE.get(node.op()) if isinstance(node, QgsExpressionNodeBinaryOperator) else None
    if op is None:
        return
    pairs = [(node.opLeft(), node.opRight())] + ([] if op in PATTERNS else [(node.opRight(), node.opLeft())])
    for side, other in pairs:
        bare = isinstance(side, QgsExpressionNodeColumnRef) and op == "="
        if not bare and isinstance(other, QgsExpressionNodeLiteral) and other.value() is not None:
            yield side, op, [other.value()]


def _one_column(side: QgsExpressionNode) -> str:
    """The one attribute a side reads ('' when it reads none, several, any, or a variable)."""
    text = side.dump()
    expression = QgsExpression(text)
    columns = expression.referencedColumns()
    if expression.hasParserError() or len(columns) != 1 or free_variables(text):
        return ""
    (name,) = columns
    return "" if name == QgsFeatureRequest.ALL_ATTRIBUTES else name


def function_literals(text: str) -> List[Tuple[str, Any]]:
    """(attribute, literal) for each text literal inside a function call whose arguments read exactly that one
    attribute (``strpos("fuel", 'coal')``, ``array_contains(array('coal'), "fuel")``)."""
    expression = QgsExpression(text)  # owns the nodes walked below
    found: List[Tuple[str, Any]] = []
    for node in _nodes(expression.rootNode()):
        if isinstance(node, QgsExpressionNodeFunction):
            name = _one_column(node)
            found += [(name, literal.value()) for literal in _nodes(node)
                      if name and isinstance(literal, QgsExpressionNodeLiteral) and isinstance(literal.value(), str)]
    return list(dict.fromkeys(found))


def _nodes(root: QgsExpressionNode) -> Iterator[QgsExpressionNode]:
    """``root`` and every node under it (none when ``root`` is None)."""
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(child_nodes(node)))
