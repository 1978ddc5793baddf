"""Bind rule sets to a unit layer: the layer, its fields, the rule-set files (in order, each with its scope)
and constraint layers."""

import os
from typing import Dict, List, Optional, Tuple

from qgis.core import QgsProject, QgsVectorLayer
from qgis.gui import QgsCollapsibleGroupBox, QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .. import settings
from ..compat import LAYER_FILTER_POLYGON
from ..core.inputs.bindings import (
    StoredBindingError,
    bound_layers,
    detect_binding,
    project_bindings,
    remove_binding,
    resolve_ref_path,
    stored_binding,
    write_binding,
)
from ..core.inputs.orphans import orphaned_bindings, same_source
from ..core.inputs.rule_lists import Entry, load_lists, load_rules
from ..core.model.binding import ConstraintBinding, RuleSetRef, UnitBinding
from ..core.model.vocab import DIMENSIONS
from ..core.rules.layer_fields import check_filters
from ..core.rules.layered import document_scope, parse_scope
from ..core.rules.messages import LoadResult
from ..i18n import tr
from .compact import compact
from .constraint_rows import ConstraintRows
from .labels import dimension_text
from .recorded_bindings import RecordedBindings
from .rule_editing import RuleEditing
from .rule_list_rows import RuleListRows, scope_edit
from .rule_messages import messages_html
from .siting_output import LAYER_KEY as SCREEN_LAYER_KEY


class BindingPanel(RuleEditing, QgsCollapsibleGroupBox):
    """Pick a unit layer, map its fields, choose and validate the rule set, bind constraint layers."""

    bindingChanged = pyqtSignal()

    def __init__(self, project: QgsProject, parent=None) -> None:
        super().__init__(tr("Rules and unit layer"), parent)
        self.setObjectName("zr_bindings")
        self.project = project
        self._loading = False
        self._bound_constraints: Dict[str, ConstraintBinding] = {}
        self._checked: Tuple[str, Optional[LoadResult]] = ("", None)  # the first list's path and what loading said
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.layer_combo = compact(QgsMapLayerComboBox(self))
        self.layer_combo.setObjectName("zr_unit_layer")
        self.layer_combo.setFilters(LAYER_FILTER_POLYGON)
        self.layer_combo.setAllowEmptyLayer(True)
        form.addRow(tr("Unit layer"), self.layer_combo)
        self.code_combo = self._field_combo("zr_code_field", form, tr("Unit code"))
        self.name_combo = self._field_combo("zr_name_field", form, tr("Unit name"))
        self.category_combo = self._field_combo("zr_category_field", form, tr("Unit category"))
        self.rules_file = QgsFileWidget(self)
        self.rules_file.setObjectName("zr_rules_file")
        self.rules_file.setFilter(tr("Rule sets (*.yaml *.yml)"))
        self.rules_file.setDialogTitle(tr("Choose a rule set"))
        self.rules_file.setDefaultRoot(settings.LAST_RULES_DIR.value())
        form.addRow(tr("Rule set"), self.rules_file)
        self.rules_scope = scope_edit(self, "zr_rules_scope")
        form.addRow(tr("Applies to"), self.rules_scope)
        layout.addLayout(form)
        self.more_rules = RuleListRows(self)
        layout.addWidget(self.more_rules)
        self.messages = QLabel(self)
        self.messages.setObjectName("zr_rules_messages")
        self.messages.setWordWrap(True)
        self.messages.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.messages)
        layout.addWidget(self._prose_box())
        self.constraints_box = QgsCollapsibleGroupBox(tr("Constraint layers"), self)
        self.constraints = ConstraintRows(self.constraints_box)
        QVBoxLayout(self.constraints_box).addWidget(self.constraints)
        layout.addWidget(self.constraints_box)
        layout.addLayout(self._status_row())
        self.recorded = RecordedBindings(project, self)
        layout.addWidget(self.recorded)
        self._connect()
        self.refresh()

    def _field_combo(self, name: str, form: QFormLayout, label: str,
                     optional: bool = False) -> QgsFieldComboBox:
        combo = compact(QgsFieldComboBox(self))
        combo.setObjectName(name)
        combo.setAllowEmptyFieldName(optional)
        form.addRow(label, combo)
        return combo

    def _prose_box(self) -> QWidget:
        box = QgsCollapsibleGroupBox(tr("Requirement text fields (optional)"), self)
        box.setCollapsed(True)
        form = QFormLayout(box)
        self.prose_combos: Dict[str, QgsFieldComboBox] = {
            dim: self._field_combo(f"zr_prose_{dim}", form, dimension_text(dim), optional=True)
            for dim in DIMENSIONS
        }
        return box

    def _status_row(self) -> QVBoxLayout:
        """The binding's status on its own line (the dock is narrow), the buttons below it."""
        box, row = QVBoxLayout(), QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("zr_binding_status")
        self.status.setWordWrap(True)
        self.unbind_button = QPushButton(tr("Remove binding"), self)
        self.unbind_button.setObjectName("zr_unbind")
        self.unbind_button.setToolTip(tr("Forget the rule set bound to this unit layer"))
        self.edit_rules_button = QPushButton(tr("Edit rules…"), self)
        self.edit_rules_button.setObjectName("zr_edit_rules")
        self.edit_rules_button.setToolTip(
            tr("Open the first rule set in the rule editor (each further list has its own ✎)"))
        self.edit_rules_button.clicked.connect(self.edit_rules)
        self.new_rules_button = QPushButton(tr("New rule set…"), self)
        self.new_rules_button.setObjectName("zr_new_rules")
        self.new_rules_button.setToolTip(
            tr("Start a rule set from nothing; once saved, it is bound to this unit layer"))
        self.new_rules_button.clicked.connect(self.new_rules)
        row.addStretch(1)
        row.addWidget(self.edit_rules_button)
        row.addWidget(self.new_rules_button)
        row.addWidget(self.unbind_button)
        box.addWidget(self.status)
        box.addLayout(row)
        return box

    def _combos(self):
        return [self.code_combo, self.name_combo, self.category_combo, *self.prose_combos.values()]

    def _connect(self) -> None:
        self.layer_combo.layerChanged.connect(self._on_layer)
        self.rules_file.fileChanged.connect(self._on_rules)
        self.rules_scope.editingFinished.connect(self._on_lists)
        self.more_rules.changed.connect(self._on_lists)
        self.more_rules.promoted.connect(self._promote)
        self.more_rules.edit_requested.connect(self.edit_rule_file)
        for combo in self._combos():
            combo.fieldChanged.connect(self._on_edit)
        self.constraints.changed.connect(self._on_constraints)
        self.unbind_button.clicked.connect(self.unbind)
        self.recorded.changed.connect(self._on_recorded)
        self.project.layersAdded.connect(self._exclude_screen_layers)

    def _exclude_screen_layers(self, *_args) -> None:
        """Keep the siting screen's temporary layers out of the unit-layer choice."""
        screens = [layer for layer in self.project.mapLayers().values() if layer.customProperty(SCREEN_LAYER_KEY)]
        self.layer_combo.setExceptedLayerList(screens)

    def disconnect_all(self) -> None:
        """Disconnect the panel's own signal handlers (teardown)."""
        self.layer_combo.layerChanged.disconnect(self._on_layer)
        self.rules_file.fileChanged.disconnect(self._on_rules)
        self.rules_scope.editingFinished.disconnect(self._on_lists)
        self.more_rules.changed.disconnect(self._on_lists)
        self.more_rules.promoted.disconnect(self._promote)
        self.more_rules.edit_requested.disconnect(self.edit_rule_file)
        for combo in self._combos():
            combo.fieldChanged.disconnect(self._on_edit)
        self.constraints.changed.disconnect(self._on_constraints)
        self.unbind_button.clicked.disconnect(self.unbind)
        self.recorded.changed.disconnect(self._on_recorded)
        self.project.layersAdded.disconnect(self._exclude_screen_layers)
        self.constraints.clear()

    def current_layer(self) -> Optional[QgsVectorLayer]:
        """The unit layer chosen in the panel."""
        layer = self.layer_combo.currentLayer()
        return layer if isinstance(layer, QgsVectorLayer) else None

    def refresh(self) -> None:
        """Choose a bound layer (else one offered a binding of a layer no longer in the project) when the current one
        is not bound, then show its binding."""
        layer = self.current_layer()
        if layer is None or self.stored_binding(layer) is None:
            recorded = project_bindings(self.project)
            present = [self.project.mapLayer(layer_id) for layer_id in recorded]
            offered = [same_source(binding, self.project) for binding in orphaned_bindings(self.project).values()]
            layer = next((found for found in present + offered if isinstance(found, QgsVectorLayer)), layer)
        self._loading = True
        self.layer_combo.setLayer(layer)
        self._loading = False
        self._on_layer(layer)

    def stored_binding(self, layer: QgsVectorLayer) -> Optional[UnitBinding]:
        """The binding a layer carries (custom property first, project entry next); None when it cannot be
        read (``stored_problem`` says why)."""
        try:
            return stored_binding(layer, self.project)
        except StoredBindingError:
            return None

    def stored_problem(self, layer: Optional[QgsVectorLayer]) -> str:
        """Why the layer's stored binding cannot be read, or ''."""
        try:
            stored_binding(layer, self.project)
        except StoredBindingError as error:
            return str(error)
        return ""

    def _on_layer(self, layer) -> None:
        """Show the chosen layer's binding, or fields detected from common names."""
        if self._loading:
            return
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        stored = self.stored_binding(layer) if layer else None
        binding = stored or (detect_binding(layer) if layer else UnitBinding())
        self._loading = True
        try:
            self._show(layer, binding)
        finally:
            self._loading = False
        self._validate(stored is None)
        self._update_status()

    def _show(self, layer: Optional[QgsVectorLayer], binding: UnitBinding) -> None:
        for combo in self._combos():
            combo.setLayer(layer)
        self.code_combo.setField(binding.code_field)
        self.name_combo.setField(binding.name_field)
        self.category_combo.setField(binding.category_field)
        for dim, combo in self.prose_combos.items():
            combo.setField(binding.prose_fields.get(dim, ""))
        refs = [RuleSetRef(resolve_ref_path(ref, self.project), "", ref.scope) for ref in binding.rule_sets]
        self.rules_file.setFilePath(refs[0].path if refs else "")
        self.rules_scope.setText(refs[0].scope if refs else "")
        self.more_rules.set_entries(refs[1:])
        self._bound_constraints = binding.constraints

    def _validate(self, auto: bool) -> None:
        """Load the rule sets, show their messages inline and rebuild the constraint rows."""
        refs = self._refs()
        path = refs[0].path if refs else ""
        layer = self.current_layer()
        name = layer.name() if layer is not None else ""
        entries = [Entry(ref.path, parse_scope(ref.scope), name, panel=True) for ref in refs]
        result = load_lists(entries) if path else None
        ruleset = result.ruleset if result else None
        self._show_scopes(refs)
        self.constraints.set_layers(ruleset.layers if ruleset else {}, self._bound_constraints,
                                    self.project, auto)
        self.constraints_box.setVisible(ruleset is not None)
        self._checked = (path, result)
        self._show_messages()

    def _show_messages(self) -> None:
        """The rule sets' load messages, with their filters checked against the chosen constraint layers."""
        path, result = self._checked
        if result is not None and result.ruleset is not None:
            layers = self.constraints.layers()
            found = [m for listed in result.ruleset.lists() for m in check_filters(listed, layers)]
            result = LoadResult(result.ruleset, list(result.messages) + found)
        self.messages.setText(messages_html(path, result))
        self.messages.setVisible(bool(path))

    def _on_constraints(self, *_args) -> None:
        """A constraint layer was chosen: check the filters on it, store the binding."""
        self._show_messages()
        self._on_edit()

    def _on_rules(self, path: str) -> None:
        if self._loading:
            return
        if path:
            settings.LAST_RULES_DIR.set(os.path.dirname(path))
        self._bound_constraints = self.constraints.bindings()
        self._validate(True)
        self._store()

    def _on_lists(self, *_args) -> None:
        """A list was added, moved, removed or given another scope."""
        if self._loading:
            return
        self._bound_constraints = self.constraints.bindings()
        self._validate(True)
        if self.rules_file.filePath():
            self._store()

    def _promote(self) -> None:
        """Swap the first list with the one below it."""
        refs = self._refs(keep_empty=True)
        if len(refs) < 2:
            return
        refs[0], refs[1] = refs[1], refs[0]
        self._loading = True
        try:
            self.rules_file.setFilePath(refs[0].path)
            self.rules_scope.setText(refs[0].scope)
            self.more_rules.set_entries(refs[1:])
        finally:
            self._loading = False
        self._on_lists()

    def _refs(self, keep_empty: bool = False) -> List[RuleSetRef]:
        """The lists the widgets describe, in order (the first one's file may be empty with ``keep_empty``)."""
        first = RuleSetRef(self.rules_file.filePath(), "", self.rules_scope.text().strip())
        refs = [first] if first.path or keep_empty else []
        return refs + self.more_rules.entries()

    def _show_scopes(self, refs: List[RuleSetRef]) -> None:
        """Show each list's declared scope as the placeholder of its scope field."""
        declared = []
        for ref in refs:
            loaded = load_rules(ref.path).ruleset if ref.path else None
            declared.append(document_scope(loaded.metadata.applies_to).text() if loaded is not None else "")
        first = declared[0] if declared and self.rules_file.filePath() else ""
        self.rules_scope.setPlaceholderText(first or tr("scope as the file declares"))
        self.more_rules.set_placeholders(declared[1:] if first else declared)

    def _on_edit(self, *_args) -> None:
        if not self._loading and self.rules_file.filePath():
            self._store()

    def widget_binding(self) -> UnitBinding:
        """The binding the widgets describe."""
        return UnitBinding(
            code_field=self.code_combo.currentField(),
            name_field=self.name_combo.currentField(),
            category_field=self.category_combo.currentField(),
            prose_fields={d: c.currentField() for d, c in self.prose_combos.items() if c.currentField()},
            rule_sets=self._refs(),
            constraints=self.constraints.bindings(),
        )

    def _store(self) -> None:
        """Write the widgets' binding to the layer and the project, then tell the dock."""
        layer = self.current_layer()
        if layer is None:
            return
        binding = self.widget_binding()
        try:
            if binding.rules_path:
                write_binding(layer, binding, self.project)
            else:
                remove_binding(layer, self.project)
        except StoredBindingError as error:
            self.status.setText(str(error))
            return
        self._update_status()
        self.bindingChanged.emit()

    def unbind(self) -> None:
        """Forget the current layer's binding."""
        layer = self.current_layer()
        if layer is None:
            return
        try:
            remove_binding(layer, self.project)
        except StoredBindingError as error:
            self.status.setText(str(error))
            return
        self._on_layer(layer)
        self.bindingChanged.emit()

    def _on_recorded(self) -> None:
        """A binding of a layer no longer in the project was restored or forgotten: show the layer again."""
        self._on_layer(self.current_layer())
        self.bindingChanged.emit()

    def _update_status(self) -> None:
        layer = self.current_layer()
        bound = layer is not None and self.stored_binding(layer) is not None
        self.unbind_button.setEnabled(bound)
        self.recorded.show_for(layer)
        count = len(bound_layers(self.project))
        if layer is None:
            text = tr("Choose the polygon layer of the environmental control units.")
        elif self.stored_problem(layer):
            text = self.stored_problem(layer)
        elif bound:
            text = tr("Bound. Unit layers bound in this project: {count}").format(count=count)
        else:
            text = tr("Not bound yet: choose a rule-set file.")
        self.status.setText(text)
