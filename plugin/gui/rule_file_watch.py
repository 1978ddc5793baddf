"""The bound rule-set files watched on disk: one edited, replaced or removed outside the plugin reviews the site
again, so that no review made with the file as it was stays on show as if it were the file's."""

import os
from typing import Dict, List, Optional, Tuple

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QFileSystemWatcher, QObject, QTimer, pyqtSignal

from ..core.inputs.bindings import resolve_ref_path, stored_bindings

SETTLE_MS = 300  # an editor's save (write, rename, remove) seen once
Stamp = Optional[Tuple[int, int]]


def stamp(path: str) -> Stamp:
    """A file's modification time (ns) and size; None when it cannot be read."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size


def bound_rule_files(project: QgsProject) -> List[str]:
    """Every rule-set file a stored binding of the project names, as found through the project."""
    bindings, _problems = stored_bindings(project)
    return sorted({resolve_ref_path(ref, project) for binding in bindings.values()
                   for ref in binding.rule_sets if ref.path})


class RuleFileWatch(QObject):
    """Emits ``changed`` once a watched rule-set file has changed on disk (and has settled)."""

    changed = pyqtSignal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.watcher = QFileSystemWatcher(self)
        self.paths: List[str] = []
        self.stamps: Dict[str, Stamp] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.watcher.fileChanged.connect(self._file_changed)
        self.watcher.directoryChanged.connect(self._file_changed)
        self.timer.timeout.connect(self._settled)

    def watch(self, paths: List[str]) -> None:
        """Watch these files (and their folders, where a file replaced or created again shows)."""
        self.paths = list(paths)
        self.stamps = {path: stamp(path) for path in self.paths}
        for kept in (self.watcher.files(), self.watcher.directories()):
            if kept:
                self.watcher.removePaths(kept)
        folders = {os.path.dirname(path) or "." for path in paths}
        wanted = [p for p in self.paths if os.path.exists(p)] + [f for f in folders if os.path.isdir(f)]
        if wanted:
            self.watcher.addPaths(wanted)

    def _file_changed(self, path: str) -> None:
        """A file or folder watched changed: a file saved by replacing it is watched again."""
        if path in self.paths and os.path.exists(path) and path not in self.watcher.files():
            self.watcher.addPath(path)
        self.timer.start()

    def _settled(self) -> None:
        """Say ``changed`` when a watched file is not as it was (another file of its folder is no matter)."""
        now = {path: stamp(path) for path in self.paths}
        if now != self.stamps:
            self.stamps = now
            self.changed.emit()

    def stop(self) -> None:
        """Watch nothing more."""
        self.timer.stop()
        self.watch([])
