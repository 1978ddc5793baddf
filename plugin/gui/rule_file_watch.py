"""The bound rule-set files watched on disk, and the filters (Query Builder) and saved edits of the bound layers: a
file edited, replaced or removed outside the plugin, a layer's filter set or cleared, or its edits saved, reviews the
site and screens the units again (with the layers' warnings anew), so that no review or screen made with the file or
the layer as it was stays on show as if it were its."""

import contextlib
import os
from typing import Dict, List, Optional, Sequence

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QFileSystemWatcher, QObject, QTimer, pyqtSignal

from ..core.file_stamp import Stamp, file_stamp
from ..core.inputs.bindings import recorded_layer, resolve_ref_path, stored_bindings

SETTLE_MS = 300  # an editor's save (write, rename, remove) seen once


def bound_rule_files(project: QgsProject) -> List[str]:
    """Every rule-set file a stored binding of the project names, as found through the project."""
    bindings, _problems = stored_bindings(project)
    return sorted({resolve_ref_path(ref, project) for binding in bindings.values()
                   for ref in binding.rule_sets if ref.path})


def bound_map_layers(project: QgsProject) -> List[QgsVectorLayer]:
    """The project's bound unit layers and the constraint layers their bindings name, as found in the project."""
    bindings, _problems = stored_bindings(project)
    found = [project.mapLayer(layer_id) for layer_id in bindings]
    found += [recorded_layer(bound, project)[0] for binding in bindings.values()
              for bound in binding.constraints.values()]
    return [layer for layer in dict.fromkeys(found) if isinstance(layer, QgsVectorLayer)]


class RuleFileWatch(QObject):
    """Emits ``changed`` once a watched rule-set file has changed on disk (and has settled), or the filter of a
    watched layer has changed or its edits were saved."""

    changed = pyqtSignal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.watcher = QFileSystemWatcher(self)
        self.paths: List[str] = []
        self.stamps: Dict[str, Optional[Stamp]] = {}
        self.layers: List[QgsVectorLayer] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.watcher.fileChanged.connect(self._file_changed)
        self.watcher.directoryChanged.connect(self._file_changed)
        self.timer.timeout.connect(self._settled)

    def watch(self, paths: List[str], layers: Sequence[QgsVectorLayer] = ()) -> None:
        """Watch these files (and their folders, where a file replaced or created again shows) and the filters of
        these layers."""
        self._watch_layers(layers)
        self.paths = list(paths)
        self.stamps = {path: file_stamp(path) for path in self.paths}
        for kept in (self.watcher.files(), self.watcher.directories()):
            if kept:
                self.watcher.removePaths(kept)
        folders = {os.path.dirname(path) or "." for path in paths}
        wanted = [p for p in self.paths if os.path.exists(p)] + [f for f in folders if os.path.isdir(f)]
        if wanted:
            self.watcher.addPaths(wanted)

    def _watch_layers(self, layers: Sequence[QgsVectorLayer]) -> None:
        """Say ``changed`` when one of ``layers`` gets another filter or has its edits saved (those watched before no
        longer)."""
        for layer in self.layers:
            for signal in ("subsetStringChanged", "afterCommitChanges"):
                with contextlib.suppress(RuntimeError, TypeError):  # a layer deleted meanwhile, or not connected
                    getattr(layer, signal).disconnect(self.changed)
        self.layers = list(layers)
        for layer in self.layers:
            layer.subsetStringChanged.connect(self.changed)
            layer.afterCommitChanges.connect(self.changed)

    def _file_changed(self, path: str) -> None:
        """A file or folder watched changed: a file saved by replacing it is watched again."""
        if path in self.paths and os.path.exists(path) and path not in self.watcher.files():
            self.watcher.addPath(path)
        self.timer.start()

    def _settled(self) -> None:
        """Say ``changed`` when a watched file is not as it was (another file of its folder is no matter)."""
        now = {path: file_stamp(path) for path in self.paths}
        if now != self.stamps:
            self.stamps = now
            self.changed.emit()

    def stop(self) -> None:
        """Watch nothing more."""
        self.timer.stop()
        self.watch([])
