"""A rule's layer filter (``where:``) read against a layer's fields: the fields it names, and those the layer lacks;
the parser's message of an expression, as a message quotes it."""

from typing import Iterable, List, Optional

from qgis.core import QgsExpression, QgsFeatureRequest, QgsFields


def filter_columns(expression: QgsExpression) -> Optional[List[str]]:
    """The fields a parsed filter reads, sorted (None: it may read every field, e.g. through ``attributes()``)."""
    names = set(expression.referencedColumns())
    if QgsFeatureRequest.ALL_ATTRIBUTES in names:
        return None
    return sorted(names)


def columns_read(filters: Iterable[str]) -> List[str]:
    """The fields the filters that parse read, in the filters' order (each one's sorted), without repeats; none of a
    filter that may read every field."""
    found: List[str] = []
    for where in filters:
        expression = QgsExpression(where)
        if not expression.hasParserError():
            found += [name for name in filter_columns(expression) or () if name not in found]
    return found


def missing_fields(expression: QgsExpression, fields: QgsFields) -> List[str]:
    """The fields a parsed filter names that ``fields`` lacks, looked up as QGIS does (case aside), sorted."""
    names = set(expression.referencedColumns()) - {QgsFeatureRequest.ALL_ATTRIBUTES}
    return sorted(name for name in names if fields.lookupField(name) == -1)


def parser_error(expression: QgsExpression) -> str:
    """The parser's message on one line (QGIS starts it with a line break and puts one between messages)."""
    return " ".join(line.strip() for line in expression.parserErrorString().splitlines() if line.strip())
