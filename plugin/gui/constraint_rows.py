"""Rows binding each constraint layer a rule set names (river_bank, …) to a project layer."""

from typing import Dict

from qgis.core import QgsProject, QgsVectorLayer
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QFormLayout, QLabel, QWidget

from ..compat import LAYER_FILTER_VECTOR
from ..core.inputs.bindings import recorded_layer
from ..core.inputs.resolve import ambiguity_warning
from ..core.model.binding import ConstraintBinding
from ..i18n import tr
from .compact import compact
from .given_values import ERROR_COLOR
from .labels import pick_label


class ConstraintRows(QWidget):
    """One layer picker per rule-set layer name; unbound names are left empty."""

    changed = pyqtSignal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.combos: Dict[str, QgsMapLayerComboBox] = {}

    def set_layers(self, declared: Dict[str, object], bound: Dict[str, ConstraintBinding],
                   project: QgsProject, auto: bool) -> None:
        """Rebuild the rows for the rule set's layers; preselect bound (or, if ``auto``, same-named) layers."""
        self.clear()
        if not declared:
            self.form.addRow(QLabel(tr("This rule set uses no constraint layers."), self))
            return
        for name, decl in sorted(declared.items()):
            combo = compact(QgsMapLayerComboBox(self))
            combo.setObjectName(f"constraint_{name}")
            combo.setFilters(LAYER_FILTER_VECTOR)
            combo.setAllowEmptyLayer(True)
            combo.setLayer(self._initial(name, bound, project, auto))
            combo.layerChanged.connect(self._emit)
            label = QLabel(pick_label(getattr(decl, "label_zh", ""), getattr(decl, "label_en", ""), name),
                           self)
            label.setToolTip(tr("Rule-set layer name: {name}").format(name=name))
            self.form.addRow(label, combo)
            self.combos[name] = combo

    def _initial(self, name: str, bound: Dict[str, ConstraintBinding], project: QgsProject, auto: bool):
        """The bound layer of a name, else (if ``auto``) the one vector layer called by that name, else none; a
        bound layer known by a name several layers have is not guessed: the row says so."""
        found = bound.get(name)
        if found is not None:
            layer, alike = recorded_layer(found, project)
            if alike:
                self._warn(ambiguity_warning(name, found.layer_name, alike))
                return None
            if layer is not None:
                return layer
        if not auto:
            return None
        same = [lyr for lyr in project.mapLayersByName(name) if isinstance(lyr, QgsVectorLayer)]
        return same[0] if len(same) == 1 else None

    def _warn(self, text: str) -> None:
        """A warning row (above the picker it is about)."""
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {ERROR_COLOR}")
        self.form.addRow(label)

    def bindings(self) -> Dict[str, ConstraintBinding]:
        """The chosen layer of every row that has one."""
        out = {}
        for name, combo in self.combos.items():
            layer = combo.currentLayer()
            if layer is not None:
                out[name] = ConstraintBinding(layer.id(), layer.name())
        return out

    def layers(self) -> Dict[str, QgsVectorLayer]:
        """The chosen vector layer of every row that has one, by rule-set layer name."""
        chosen = {name: combo.currentLayer() for name, combo in self.combos.items()}
        return {name: layer for name, layer in chosen.items() if isinstance(layer, QgsVectorLayer)}

    def clear(self) -> None:
        """Remove every row."""
        for combo in self.combos.values():
            combo.layerChanged.disconnect(self._emit)
        self.combos = {}
        while self.form.rowCount():
            self.form.removeRow(0)

    def _emit(self, *_args) -> None:
        self.changed.emit()
