"""The labels a project layer's own field aliases give the fields a rule's filters on it read: what the rule editor
writes under ``fields:`` of a layer it declares, so that the filter is said in words from the first review."""

from typing import Dict, Iterable, Optional, Set

from qgis.core import QgsExpression, QgsVectorLayer


def filter_columns(where: str) -> Set[str]:
    """The columns a layer filter reads, lower-cased (none for an empty filter or one that does not parse)."""
    expression = QgsExpression(where)
    if not where.strip() or expression.hasParserError():
        return set()
    return {name.lower() for name in expression.referencedColumns()}


def alias_labels(layer: Optional[QgsVectorLayer], filters: Iterable[str]) -> Dict[str, str]:
    """Field name → its alias, for the fields of ``layer`` the filters read (found as QGIS finds them, case aside)
    whose alias is set and differs from the name, in the layer's field order."""
    if layer is None:
        return {}
    read = set().union(*(filter_columns(where) for where in filters))
    labels = {}
    for field in layer.fields():
        alias = field.alias().strip()
        if field.name().lower() in read and alias and alias != field.name():
            labels[field.name()] = alias
    return labels
