"""Memory a province's data held, freed in a background task: the siting screen's temporary layers' features and its
units' results, the dock's overlay engines no longer used (``engine_release``) take a while to free, which on the GUI
thread would hold QGIS."""

from typing import Any, List, Set

from qgis.core import QgsApplication, QgsTask, QgsVectorLayer

from ..i18n import tr


def drop(held: List[Any]) -> None:
    """Let go of each item (its memory freed here, in the calling thread); a list is emptied one item at a time, so
    that the GUI thread gets its turn between them (freeing Python objects holds it)."""
    while held:
        item = held.pop()
        while isinstance(item, list) and item:
            item.pop()


class DropTask(QgsTask):
    """Holds the items given and lets go of them in its thread."""

    def __init__(self, description: str, held: List[Any]) -> None:
        super().__init__(description)
        self.held = held

    def run(self) -> bool:
        """Drop the items (background thread)."""
        drop(self.held)
        return True


_RUNNING: Set[QgsTask] = set()  # each kept alive until it ended, also when the plugin is unloaded meanwhile


def keep_features(layers: List[QgsVectorLayer]) -> List[Any]:
    """The memory layers' features, held apart from the layers (a shared copy: nothing is copied), so that removing
    the layers no longer frees them."""
    return [layer.dataProvider().featureSource() for layer in layers]


def free_later(held: List[Any]) -> None:
    """Free in a task the features ``keep_features`` held, and the items of the lists in ``held`` (emptied: no longer
    read elsewhere)."""
    if held:
        start_kept(DropTask(tr("Freeing the memory of the siting screen"), held))


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
