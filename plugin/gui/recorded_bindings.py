"""Bindings the project records for unit layers it no longer has: named under the binding panel, offered to the
chosen layer when it holds their data (*Restore binding*), or dropped (*Forget*)."""

from typing import Optional

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.inputs.bindings import StoredBindingError
from ..core.inputs.orphans import forget_orphans, offered_binding, orphan_label, orphaned_bindings, restore_binding
from ..i18n import list_separator, tr
from .given_values import ERROR_STYLE


class RecordedBindings(QWidget):
    """The bindings of unit layers no longer in the project, with *Restore binding* and *Forget*; hidden when there
    are none."""

    changed = pyqtSignal()

    def __init__(self, project: QgsProject, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self._layer: Optional[QgsVectorLayer] = None
        self._offered = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("zr_recorded_bindings")
        self.label.setWordWrap(True)
        self.label.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.restore_button = QPushButton(tr("Restore binding"), self)
        self.restore_button.setObjectName("zr_restore_binding")
        self.forget_button = QPushButton(tr("Forget"), self)
        self.forget_button.setObjectName("zr_forget_bindings")
        self.forget_button.setToolTip(tr("Drop the bindings recorded for unit layers no longer in the project"))
        for button in (self.restore_button, self.forget_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.restore_button.clicked.connect(self.restore)
        self.forget_button.clicked.connect(self.forget)
        self.setVisible(False)

    def show_for(self, layer: Optional[QgsVectorLayer]) -> None:
        """Name the recorded bindings of layers no longer in the project; offer the one of ``layer``'s data source."""
        orphans = orphaned_bindings(self.project)
        self._layer, self._offered = layer, offered_binding(layer, self.project)
        self.setVisible(bool(orphans))
        self.restore_button.setVisible(bool(self._offered))
        layers = list_separator().join(orphan_label(layer_id, binding) for layer_id, binding in orphans.items())
        offered = orphans.get(self._offered)
        if offered is not None and offered.layer_source != layer.publicSource():
            self.label.setText(tr("Bound to unit layers no longer in the project: {layers}. This layer holds the data "
                                  "of {layer}, moved with the project: Restore binding binds it as that layer was "
                                  "bound.").format(layers=layers, layer=offered.layer_name or self._offered))
        elif offered is not None:
            self.label.setText(tr("Bound to unit layers no longer in the project: {layers}. This layer has the data "
                                  "source of {layer}: Restore binding binds it as that layer was bound.").format(
                layers=layers, layer=offered.layer_name or self._offered))
        else:
            self.label.setText(tr("Bound to unit layers no longer in the project: {layers}. No site is reviewed until "
                                  "they are restored (choose the layer of the same data source) or forgotten.").format(
                layers=layers))

    def restore(self) -> None:
        """Bind the chosen layer as the layer of its data source was bound."""
        if self._layer is not None and self._offered:
            self._apply(lambda: restore_binding(self._layer, self._offered, self.project))

    def forget(self) -> None:
        """Drop every binding recorded for a layer no longer in the project."""
        self._apply(lambda: forget_orphans(self.project))

    def _apply(self, change) -> None:
        """Make a change to the recorded bindings, then tell the panel; a binding of a newer version is named."""
        try:
            change()
        except StoredBindingError as error:
            self.label.setText(str(error))
            return
        self.changed.emit()
