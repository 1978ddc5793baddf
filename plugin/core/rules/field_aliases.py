"""The labels a project layer's own field aliases give the fields a rule's filters on it read: what the rule editor
writes under ``fields:`` of a layer it declares, or adds there for a layer already declared, so that the filter is
said in words from the first review."""

from typing import Any, Dict, Iterable, Mapping, Optional

from qgis.core import QgsVectorLayer

from ..model.filters import columns_read


def alias_labels(layer: Optional[QgsVectorLayer], filters: Iterable[str]) -> Dict[str, str]:
    """Field name → its alias, for the fields of ``layer`` the filters read (looked up as QGIS does, case aside; none
    of a filter that does not parse or may read every field) whose alias is set and differs from the name, in the
    layer's field order."""
    if layer is None:
        return {}
    fields = layer.fields()
    read = {fields.lookupField(name) for name in columns_read(filters)}
    labels = {}
    for index in sorted(read - {-1}):
        field = fields.at(index)
        alias = field.alias().strip()
        if alias and alias != field.name():
            labels[field.name()] = alias
    return labels


def labels_to_add(layer: Optional[QgsVectorLayer], filters: Iterable[str], declaration: Any) -> Dict[str, str]:
    """The alias labels of the fields the filters read that a layer's declaration does not label yet (a field
    named in any case counts as labelled); none for a declaration whose ``fields`` is not a mapping."""
    fields = declaration.get("fields") if isinstance(declaration, Mapping) else None
    if fields is not None and not isinstance(fields, Mapping):
        return {}
    known = {str(name).lower() for name in fields or {}}
    return {name: alias for name, alias in alias_labels(layer, filters).items() if name.lower() not in known}
