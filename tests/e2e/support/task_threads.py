"""The threads QGIS runs tasks in: ending them, for the scripts that check what outlives them (a new QGIS process of
tests/fresh, the desktop of tests/e2e); which thread each step of the notes ran on (those scripts and pytest)."""

from typing import Any, Callable, Dict, Iterable, List

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QThread, QThreadPool


def end_task_threads() -> None:
    """End the idle threads of the pools QGIS runs tasks in (Qt's global pool; the task manager's own from QGIS
    3.28), as those pools do after 30 s without work."""
    manager = QgsApplication.taskManager()
    for pool in (QThreadPool.globalInstance(), *([manager.threadPool()] if hasattr(manager, "threadPool") else [])):
        pool.waitForDone()


def watch_note_threads(names: Iterable[str], patch: Callable[[Any, str, Any], None] = setattr) -> Dict[str, List[str]]:
    """Which thread ('main' or 'worker') each of the notes' steps ``names`` (functions of ``plugin.notes.export``)
    runs on, in order, recorded as they run; ``patch`` puts the watching function in place (pytest: its monkeypatch's
    ``setattr``, undone after the test)."""
    from zoning_review.plugin.notes import export

    seen: Dict[str, List[str]] = {}

    def watched(name: str, real: Callable) -> Callable:
        def run(*args: Any, **kwargs: Any) -> Any:
            main = QThread.currentThread() == QgsApplication.instance().thread()
            seen.setdefault(name, []).append("main" if main else "worker")
            return real(*args, **kwargs)
        return run

    for name in names:
        patch(export, name, watched(name, getattr(export, name)))
    return seen
