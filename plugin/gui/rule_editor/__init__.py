"""The rule editor dialog (issue #19): edit a rule set's rules with pickers, accept suggestions, save with a backup."""

from typing import Dict, List, Optional

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QMessageBox, QWidget

from ...core.inputs.bindings import StoredBindingError, read_binding
from ...core.rules.rule_file import RuleFile, SaveError
from ...i18n import tr
from .dialog import RuleEditorDialog


def _binding(unit_layer: Optional[QgsVectorLayer]):
    """The unit layer's binding; None without a layer or when its binding cannot be read."""
    try:
        return read_binding(unit_layer)
    except StoredBindingError:
        return None


def editor_for(path: str, project: QgsProject, unit_layer: Optional[QgsVectorLayer] = None,
               parent: Optional[QWidget] = None) -> Optional[RuleEditorDialog]:
    """The editor on a rule-set file (unit fields and bound layers from the unit layer); None after a message."""
    try:
        rule_file = RuleFile.open(path)
    except SaveError as error:
        QMessageBox.warning(parent, tr("Rule editor"), error.text())
        return None
    fields: List[str] = unit_layer.fields().names() if unit_layer is not None else []
    bound: Dict[str, str] = {}
    binding = _binding(unit_layer)
    for name, constraint in (binding.constraints if binding else {}).items():
        layer = project.mapLayer(constraint.layer_id)
        bound[name] = layer.name() if layer is not None else constraint.layer_name
    others = [(layer.id(), layer.name()) for layer in project.mapLayers().values()
              if isinstance(layer, QgsVectorLayer) and layer is not unit_layer]
    return RuleEditorDialog(rule_file, fields, bound, parent, sorted(others, key=lambda item: item[1]))
