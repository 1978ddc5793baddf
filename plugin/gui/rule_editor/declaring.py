"""Project layers picked in the condition picker: declared with the form's rule when it is applied (one edit Undo
takes back), never written while the form's changes may still be discarded; a filter's fields labelled by their
QGIS aliases, on a layer declared here or before."""

import contextlib
import copy
from typing import Any, Dict, List, Mapping

from ...core.model.binding import ConstraintBinding
from ...core.rules.field_aliases import alias_labels, labels_to_add
from ...core.rules.rule_file import SaveError
from ...core.rules.rule_form import filters_on, layer_declaration, layers_named


class Declaring:
    """The rule editor's layer declarations (the dialog gives ``file``, ``panel``, ``bound``, ``bound_ids``,
    ``new_bindings``, ``project`` and ``declared``: the layers the form's conditions declare, not yet in the rule
    set)."""

    def declare_from(self, picker) -> None:
        """A condition on a project layer the rule set does not declare: declared, bound to that layer, when the
        form's rule is applied."""
        found = picker.new_layer()
        if found is None:
            return
        name, layer_id, layer_name = found
        self.declared[name] = ConstraintBinding(layer_id, layer_name)
        self.panel.set_document(self.form_data())

    def with_declared(self, data: Mapping[str, Any]) -> Dict[str, Any]:
        """A copy of a rule-set document with the form's layers declared in it."""
        found = copy.deepcopy(dict(data))
        if self.declared:
            layers = dict(found.get("layers") or {})
            layers.update({name: layer_declaration(b.layer_name) for name, b in self.declared.items()})
            found["layers"] = layers
        return found

    def form_data(self) -> Dict[str, Any]:
        """The rule set as the form sees it: with the layers its conditions declare."""
        return self.with_declared(self.file.data)

    def form_bound(self) -> Dict[str, str]:
        """The map layer of each declared layer, those the form declares included."""
        return {**self.bound, **{name: b.layer_name for name, b in self.declared.items()}}

    def declare_used(self, rule: Mapping[str, Any]) -> List[str]:
        """Declare in the rule set the form's layers ``rule`` names (SaveError as the file's edits), each with the
        fields its filters in ``rule`` read labelled by the project layer's aliases; their names. The layers the rule
        set already declares get a label for each field those filters read that their declaration lacks."""
        named = layers_named(rule)
        used = [name for name in self.declared if name in named]
        for name in used:
            binding = self.declared[name]
            fields = alias_labels(self.project.mapLayer(binding.layer_id), filters_on(rule, name))
            self.file.declare_layer(name, binding.layer_name, fields)
        for name in sorted(named - set(used)):
            self._label_declared(name, rule)
        return used

    def _label_declared(self, name: str, rule: Mapping[str, Any]) -> None:
        """Label the fields ``rule``'s filters on the declared layer ``name`` read by the aliases of the map layer
        it is bound to, where its declaration gives none."""
        layer_id = {**self.bound_ids, **{n: b.layer_id for n, b in self.new_bindings.items()}}.get(name)
        layers = (self.file.data or {}).get("layers")
        if not layer_id or not isinstance(layers, Mapping):
            return
        labels = labels_to_add(self.project.mapLayer(layer_id), filters_on(rule, name), layers.get(name))
        if labels:
            with contextlib.suppress(SaveError):  # a declaration none can be added to keeps its words; the rule applies
                self.file.label_fields(name, labels)

    def bind_declared(self, names: List[str]) -> None:
        """The layers ``declare_used`` declared, bound to the project layers picked; the form declares none now."""
        for name in names:
            self.new_bindings[name] = self.declared[name]
            self.bound[name] = self.declared[name].layer_name
        self.declared = {}
