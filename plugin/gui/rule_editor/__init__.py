"""The rule editor dialog (issue #19): edit a rule set's rules with pickers, accept suggestions, save with a backup;
start a rule set from nothing."""

from typing import Dict, List, Optional

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QWidget

from ...core.inputs.bindings import StoredBindingError, read_binding
from ...core.rules.rule_file import BlankFileError, RuleFile, SaveError
from ...i18n import tr
from ..standard_buttons import warning
from .dialog import RuleEditorDialog
from .new_rule_set import start_rule_set


def _binding(unit_layer: Optional[QgsVectorLayer]):
    """The unit layer's binding; None without a layer or when its binding cannot be read."""
    try:
        return read_binding(unit_layer)
    except StoredBindingError:
        return None


def editor_for(path: str, project: QgsProject, unit_layer: Optional[QgsVectorLayer] = None,
               parent: Optional[QWidget] = None, new_file: bool = False) -> Optional[RuleEditorDialog]:
    """The editor on a rule-set file (unit fields and bound layers from the unit layer); an empty file offered the
    start of a new rule set; None after a message or when the user gave up."""
    try:
        rule_file = RuleFile.open(path)
    except BlankFileError:
        started = start_rule_set(parent, blank=path)
        return editor_for(started, project, unit_layer, parent, True) if started else None
    except SaveError as error:
        warning(parent, tr("Rule editor"), error.text())
        return None
    fields: List[str] = unit_layer.fields().names() if unit_layer is not None else []
    bound: Dict[str, str] = {}
    binding = _binding(unit_layer)
    constraints = binding.constraints if binding else {}
    for name, constraint in constraints.items():
        layer = project.mapLayer(constraint.layer_id)
        bound[name] = layer.name() if layer is not None else constraint.layer_name
    others = [(layer.id(), layer.name()) for layer in project.mapLayers().values()
              if isinstance(layer, QgsVectorLayer) and layer is not unit_layer]
    dialog = RuleEditorDialog(rule_file, fields, bound, parent, sorted(others, key=lambda item: item[1]), project,
                              {name: constraint.layer_id for name, constraint in constraints.items()})
    dialog.new_file = new_file
    return dialog


def new_editor(project: QgsProject, unit_layer: Optional[QgsVectorLayer] = None, parent: Optional[QWidget] = None,
               folder: str = "") -> Optional[RuleEditorDialog]:
    """The editor on a rule set the user starts (its file and metadata asked for), or None when not started."""
    path = start_rule_set(parent, folder)
    return editor_for(path, project, unit_layer, parent, True) if path else None


def next_editor(dialog: RuleEditorDialog, project: QgsProject, unit_layer: Optional[QgsVectorLayer] = None,
                parent: Optional[QWidget] = None) -> Optional[RuleEditorDialog]:
    """The editor on the rule set started from a closed editor's New Rule Set…, or None."""
    return editor_for(dialog.next_path, project, unit_layer, parent, True) if dialog.next_path else None
