"""The QGIS-expression escape hatch: evaluate an expression over a project's declared attributes."""

from typing import Any, Dict, List, Optional, Tuple

from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsFields
from qgis.PyQt.QtCore import QVariant

from ..model.fields import make_field
from .ruleset import AttributeDecl
from .values import as_type

FIELD_KINDS = {"number": "double", "boolean": "bool", "string": "string"}


def evaluate_expression(
    text: str, declared: Dict[str, AttributeDecl], values: Dict[str, Any]
) -> Tuple[Optional[bool], List[str], str]:
    """(result, attributes the expression needs but were not given, problem) for one expression."""
    expression = QgsExpression(text)
    if expression.hasParserError():
        return None, [], expression.parserErrorString()
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
    return bool(result), [], ""
