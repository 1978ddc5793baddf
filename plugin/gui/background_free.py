"""Memory a province's data held, freed in the background: the siting screen's temporary layers' features and its
units' results (in a thread of their own) and the dock's overlay engines no longer used (``engine_release``, a task)
take a while to free, which on the GUI thread would hold QGIS.

The screen's are freed in a plain thread, not a QGIS task: freeing asks nothing of the user and reads no layer, and on
QGIS 3.40 a task added while the screen's own tasks ended now and then stayed queued and never ran (seen on CI), its
memory held and the task manager never idle."""

import threading
from typing import Any, List, Set

from qgis.core import QgsApplication, QgsTask, QgsVectorLayer


def drop(held: List[Any]) -> None:
    """Let go of each item (its memory freed here, in the calling thread); a list is emptied one item at a time, so
    that the GUI thread gets its turn between them (freeing Python objects holds it)."""
    while held:
        item = held.pop()
        while isinstance(item, list) and item:
            item.pop()


_RUNNING: Set[Any] = set()  # the freeing threads and tasks, each kept until it ended, also when the plugin is unloaded


def keep_features(layers: List[QgsVectorLayer]) -> List[Any]:
    """The memory layers' features, held apart from the layers (a shared copy: nothing is copied), so that removing
    the layers no longer frees them."""
    return [layer.dataProvider().featureSource() for layer in layers]


def free_later(held: List[Any]) -> None:
    """Free in a background thread the features ``keep_features`` held, and the items of the lists in ``held``
    (emptied: no longer read elsewhere). The thread is not a daemon: QGIS closing waits the moment it takes."""
    if held:
        thread = threading.Thread(target=_dropping, args=(held,), name="zoning-review-free")
        _RUNNING.add(thread)
        thread.start()


def _dropping(held: List[Any]) -> None:
    """Drop the items (background thread), then forget the thread."""
    try:
        drop(held)
    finally:
        _RUNNING.discard(threading.current_thread())


def start_kept(task: QgsTask) -> None:
    """Start a freeing task, kept alive until it ended."""
    keep_until_ended(task)
    QgsApplication.taskManager().addTask(task)


def keep_until_ended(task: QgsTask) -> None:
    """Keep a task's Python object until the task ended (its ``finished`` run): one let go of while it runs never has
    its own ``finished`` called (QGIS calls QgsTask's), and what it holds is freed in whichever thread let go of it
    last — a siting task's layers on the GUI thread."""
    _RUNNING.add(task)
    task.taskCompleted.connect(lambda: _RUNNING.discard(task))
    task.taskTerminated.connect(lambda: _RUNNING.discard(task))
