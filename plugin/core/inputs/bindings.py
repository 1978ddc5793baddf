"""Bindings of rule sets to unit layers, kept in the layer's custom properties and the project.

One versioned JSON string per place: the layer property ``zoning_review/binding`` and the
project entry ``zoning_review``/``bindings`` (keyed by layer id). The rule-set path is kept
both absolute and relative to the project file and, as QGIS finds a layer's file, found relative to the project's
folder first: a moved or copied project folder uses its own rule sets.

A stored binding this plugin cannot read (hand-edited, or written by a newer version: a newer version number, or keys
this version does not write) is a ``StoredBindingError``: its layer is not reviewed, one of a newer version is never
overwritten, and one of this version in the project entry is written back as stored by every change but binding or
unbinding its own layer.
"""

import json
import os
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import QgsMapLayer, QgsProject, QgsVectorLayer

from ...i18n import list_separator, tr
from ..model.binding import (
    BindingFormatError,
    ConstraintBinding,
    RuleSetRef,
    UnitBinding,
    entry_from_json,
    entry_to_json,
)
from ..model.vocab import (
    DIMENSION_FIELDS,
    UNIT_CATEGORY_FIELDS,
    UNIT_CODE_FIELDS,
    UNIT_NAME_FIELDS,
)
from .layer_files import layer_relative, relative_path, source_parts

LAYER_PROPERTY = "zoning_review/binding"
PROJECT_SCOPE = "zoning_review"
PROJECT_KEY = "bindings"


@dataclass
class ProjectEntry:
    """The project's entry of bindings as read: the readable bindings by layer id, why each other one cannot be read
    (under '' when the whole entry cannot be read) and each such binding as stored, to be written back unchanged."""

    bindings: Dict[str, UnitBinding] = field(default_factory=dict)
    unreadable: Dict[str, BindingFormatError] = field(default_factory=dict)
    stored: Dict[str, Any] = field(default_factory=dict)

    def write(self, project: QgsProject, replaced: str = "") -> None:
        """Write the entry: its readable bindings, and every unreadable one as stored but that of layer
        ``replaced`` (bound again or unbound)."""
        kept = {layer_id: raw for layer_id, raw in self.stored.items() if layer_id != replaced}
        project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, entry_to_json(self.bindings, kept))


class StoredBindingError(Exception):
    """A stored binding that cannot be read or changed; the message is translated and says what to do."""

    def __init__(self, message: str, newer: bool) -> None:
        super().__init__(message)
        self.newer = newer  # written by a newer plugin: never overwritten


def detect_field(names: List[str], candidates) -> str:
    """The first field of ``names`` matching a candidate name (case-insensitive), or ''."""
    lowered = {n.lower(): n for n in names}
    for candidate in candidates:
        if candidate.lower() in lowered:
            return lowered[candidate.lower()]
    return ""


def detect_binding(layer: QgsVectorLayer) -> UnitBinding:
    """A binding with the unit fields detected from common names (HJGKDYBM, 单元名称, …)."""
    names = [f.name() for f in layer.fields()]
    prose = {dim: detect_field(names, spellings) for dim, spellings in DIMENSION_FIELDS.items()}
    return UnitBinding(
        code_field=detect_field(names, UNIT_CODE_FIELDS),
        name_field=detect_field(names, UNIT_NAME_FIELDS),
        category_field=detect_field(names, UNIT_CATEGORY_FIELDS),
        prose_fields={dim: name for dim, name in prose.items() if name},
    )


def resolve_rules_path(binding: UnitBinding, project: QgsProject) -> str:
    """The first rule-set file, found as ``resolve_ref_path`` finds it ('' when none is bound)."""
    return resolve_ref_path(binding.rule_sets[0], project) if binding.rule_sets else ""


def resolve_ref_path(ref: RuleSetRef, project: QgsProject, home: Optional[str] = None) -> str:
    """A bound rule-set file as QGIS finds a layer's file: relative to the project's folder (``home`` when given)
    first, so a copied or moved project uses the file beside it; else the stored absolute path."""
    home = project.homePath() if home is None else home
    if ref.relative and home:
        candidate = os.path.normpath(os.path.join(home, ref.relative))
        if os.path.exists(candidate):
            return candidate
    return ref.path


def recorded_layer(bound: ConstraintBinding, project: QgsProject) -> Tuple[Optional[QgsMapLayer], List[QgsMapLayer]]:
    """A bound constraint layer: the layer of its id, else the one layer of its recorded name; with every layer of
    that name when several have it (none is then chosen: which one was bound is not known)."""
    layer = project.mapLayer(bound.layer_id)
    if layer is not None or not bound.layer_name:
        return layer, []
    named = project.mapLayersByName(bound.layer_name)
    return (named[0], []) if len(named) == 1 else (None, named)


def layer_title(layer: QgsMapLayer) -> str:
    """How messages name a layer: its name; when it has none, its data source (password left out), else its id."""
    return layer.name() or layer.publicSource() or layer.id()


def read_binding(layer: QgsMapLayer) -> Optional[UnitBinding]:
    """The binding stored on a layer, or None; StoredBindingError when it cannot be read."""
    if layer is None:
        return None
    try:
        return UnitBinding.from_json(layer.customProperty(LAYER_PROPERTY, ""))
    except BindingFormatError as error:
        raise _layer_error(layer.name(), error) from None


def _layer_error(name: str, error: BindingFormatError) -> StoredBindingError:
    """Why the binding of the layer called ``name`` cannot be used, and what to do."""
    if error.version is not None:
        return StoredBindingError(tr(
            "The binding of layer {layer} was written by a newer version of Zoning Review (binding version "
            "{version}): the layer is not reviewed and its binding is left as it is. Update the plugin to use "
            "it.").format(layer=name, version=error.version), True)
    if error.unknown:
        return StoredBindingError(tr(
            "The binding of layer {layer} was written by a newer version of Zoning Review (it holds {keys}, which "
            "this version does not know): the layer is not reviewed and its binding is left as it is. Update the "
            "plugin to use it.").format(layer=name, keys=list_separator().join(error.unknown)), True)
    return StoredBindingError(tr(
        "The binding of layer {layer} cannot be read ({error}): the layer is not reviewed. Bind it again in the "
        "Zoning Review panel (this replaces the unreadable binding).").format(layer=name, error=error_words(error)),
        False)


def stored_binding(layer: QgsMapLayer, project: QgsProject) -> Optional[UnitBinding]:
    """A layer's binding (its property first, the project entry next), or None; StoredBindingError when the
    one that applies cannot be read."""
    return _stored(layer, _project_entry(project))


def _stored(layer: QgsMapLayer, entry: ProjectEntry) -> Optional[UnitBinding]:
    """``stored_binding`` with the project entry already read."""
    binding = read_binding(layer)
    if binding is not None:
        return binding
    if layer.id() in entry.unreadable:
        raise _layer_error(layer.name(), entry.unreadable[layer.id()])
    return entry.bindings.get(layer.id())


def write_binding(layer: QgsMapLayer, binding: UnitBinding, project: QgsProject) -> None:
    """Store a binding on the layer and in the project (this is plugin state, not user data); StoredBindingError
    when either holds a binding of a newer version, which is never overwritten."""
    entry = _writable_entry(layer, project)
    home = project.homePath()
    for ref in binding.rule_sets:
        if ref.path and home:
            ref.relative = relative_path(ref.path, home)
    binding.layer_name, binding.layer_source = layer.name(), layer.publicSource()
    binding.layer_relative = layer_relative(layer, home)
    layer.setCustomProperty(LAYER_PROPERTY, binding.to_json())
    entry.bindings[layer.id()] = binding
    entry.bindings = _superseded(entry.bindings, layer, project)
    entry.write(project, layer.id())


def relate_to_home(project: QgsProject, read_home: Optional[str] = None) -> None:
    """As the project is written, keep each bound rule-set file — found from ``read_home``, the folder the project
    was read from (its home when not given), as it was reviewed with — at its absolute path and relative to where the
    project is written (bound before its first save, copied, or saved elsewhere since); nothing written when
    unchanged. The bindings recorded for layers no longer in the project are kept so too, with their data file, for
    a Restore binding after the project (and its data) moved."""
    home = project.homePath()
    for layer_id, binding in bound_layers(project).items():
        layer = project.mapLayer(layer_id)
        stale = _related(binding, project, read_home) or binding.layer_relative != layer_relative(layer, home)
        if stale and home:
            try:
                write_binding(layer, binding, project)
            except StoredBindingError:
                continue  # a newer version's entry is left as it is; the dock names it
    _relate_recorded(project, read_home)


def _related(binding: UnitBinding, project: QgsProject, read_home: Optional[str]) -> bool:
    """Whether a rule-set file of the binding, found from ``read_home``, is recorded elsewhere or otherwise relative to
    the project's home than where it is; each such one recorded where it is."""
    home, stale = project.homePath(), False
    for ref in binding.rule_sets:
        found = resolve_ref_path(ref, project, read_home)
        if home and os.path.exists(found) and (found, relative_path(found, home)) != (ref.path, ref.relative):
            ref.path, ref.relative, stale = found, relative_path(found, home), True
    return stale


def _relate_recorded(project: QgsProject, read_home: Optional[str]) -> None:
    """``relate_to_home`` for the bindings recorded for layers no longer in the project: their rule-set files and
    data file."""
    try:
        entry = _writable_project_entry(project)
    except StoredBindingError:
        return  # a newer version's entry is left as it is; the dock names it
    recorded = [binding for layer_id, binding in entry.bindings.items() if project.mapLayer(layer_id) is None]
    changed = False
    for binding in recorded:
        rules = _related(binding, project, read_home)
        changed = _relate_data(binding, project, read_home) or rules or changed
    if changed:
        entry.write(project)


def _relate_data(binding: UnitBinding, project: QgsProject, read_home: Optional[str]) -> bool:
    """Whether the data file of a layer no longer in the project, where the project was read from (relative to
    ``read_home`` first, else at its recorded path), is recorded otherwise relative to the project's home; it is then
    recorded so."""
    home = project.homePath()
    read_home = home if read_home is None else read_home
    found = os.path.normpath(os.path.join(read_home, binding.layer_relative)) if read_home and binding.layer_relative \
        else ""
    if not found or not os.path.exists(found):
        found = source_parts(binding.layer_source, "ogr")[0]
    relative = relative_path(found, home) if found and home and os.path.exists(found) else binding.layer_relative
    stale, binding.layer_relative = relative != binding.layer_relative, relative
    return stale


def _superseded(stored: Dict[str, UnitBinding], layer: QgsMapLayer, project: QgsProject) -> Dict[str, UnitBinding]:
    """``stored`` without the bindings recorded for layers no longer in the project that had ``layer``'s data source:
    binding that layer again replaces them."""
    source = layer.publicSource()
    return {layer_id: binding for layer_id, binding in stored.items()
            if layer_id == layer.id() or project.mapLayer(layer_id) is not None or binding.layer_source != source}


def forget_recorded(project: QgsProject, layer_ids: List[str]) -> None:
    """Drop the project's recorded bindings of ``layer_ids``; StoredBindingError when the project holds a binding of a
    newer version."""
    entry = _writable_project_entry(project)
    entry.bindings = {key: binding for key, binding in entry.bindings.items() if key not in layer_ids}
    entry.write(project)


def remove_binding(layer: QgsMapLayer, project: QgsProject) -> None:
    """Forget the binding of a layer; StoredBindingError when a binding of a newer version is stored."""
    entry = _writable_entry(layer, project)
    layer.removeCustomProperty(LAYER_PROPERTY)
    entry.bindings.pop(layer.id(), None)
    entry.write(project, layer.id())


def _writable_entry(layer: QgsMapLayer, project: QgsProject) -> ProjectEntry:
    """The project's entry, to be written back; StoredBindingError when the layer or the project holds a binding of a
    newer version (only the layer's own unreadable binding of this version is replaced)."""
    try:
        read_binding(layer)
    except StoredBindingError as error:
        if error.newer:
            raise
    return _writable_project_entry(project)


def _writable_project_entry(project: QgsProject) -> ProjectEntry:
    """The project entry, to be written back; StoredBindingError when it holds a binding of a newer version."""
    entry = _project_entry(project)
    newer = [error for error in entry.unreadable.values() if error.newer]
    if newer:
        raise _entry_error(newer[0])
    return entry


def _entry_error(error: BindingFormatError) -> StoredBindingError:
    """Why the project's entry of bindings cannot be used, and what to do."""
    if error.version is not None:
        return StoredBindingError(tr(
            "The project's bindings were written by a newer version of Zoning Review (binding version {version}): "
            "they are left as they are, and no binding can be changed. Update the plugin to use them.").format(
                version=error.version), True)
    if error.unknown:
        return StoredBindingError(tr(
            "The project's bindings were written by a newer version of Zoning Review (they hold {keys}, which this "
            "version does not know): they are left as they are, and no binding can be changed. Update the plugin to "
            "use them.").format(keys=list_separator().join(error.unknown)), True)
    return StoredBindingError(tr(
        "The project's record of the unit-layer bindings cannot be read ({error}): the bindings the layers carry "
        "are used. Binding a layer again in the Zoning Review panel replaces the record.").format(
            error=error_words(error)), False)


def error_words(error: BindingFormatError) -> str:
    """What is wrong with a stored binding, in the UI language where it is broken JSON (Python says it in English)."""
    if error.at is None:
        return str(error)
    line, column = error.at
    return tr("not valid JSON at line {line}, column {column}").format(line=line, column=column)


def project_bindings(project: QgsProject) -> Dict[str, UnitBinding]:
    """Every readable binding recorded in the project, by layer id."""
    return _project_entry(project).bindings


def _project_entry(project: QgsProject) -> ProjectEntry:
    """The project entry as read (empty when the project has none)."""
    text, ok = project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
    entry = ProjectEntry()
    if not ok or not text:
        return entry
    try:
        data = entry_from_json(text)
    except BindingFormatError as error:
        entry.unreadable[""] = error
        return entry
    for layer_id, raw in data.items():
        try:
            entry.bindings[layer_id] = UnitBinding.from_json(json.dumps(raw))
        except BindingFormatError as error:
            entry.unreadable[layer_id], entry.stored[layer_id] = error, raw
    return entry


def bound_layers(project: QgsProject) -> Dict[str, UnitBinding]:
    """Unit layers of the project with their readable bindings (layer property first, project entry next)."""
    return stored_bindings(project)[0]


def stored_bindings(project: QgsProject) -> Tuple[Dict[str, UnitBinding], List[str]]:
    """The project's layers with a readable binding, by layer id, and a translated message for each stored
    binding that cannot be read (its layer is not reviewed)."""
    out, problems = {}, []
    entry = _project_entry(project)  # read once for every layer
    if "" in entry.unreadable:
        problems.append(str(_entry_error(entry.unreadable[""])))
    for layer_id, layer in project.mapLayers().items():
        try:
            binding = _stored(layer, entry)
        except StoredBindingError as error:
            problems.append(str(error))
            continue
        if binding is not None:
            out[layer_id] = binding
    return out, problems


def unit_attribute_fields(field_names: List[str], ruleset, binding: UnitBinding) -> List[str]:
    """Unit fields a review must read: the bound prose fields and those unit conditions test."""
    names = set(field_names)
    wanted = set(binding.prose_fields.values()) | set(ruleset.unit_fields())
    return sorted(wanted & names)
