"""Ending the threads QGIS runs tasks in, for the scripts that check what outlives them (a new QGIS process of
tests/fresh, the desktop of tests/e2e)."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QThreadPool


def end_task_threads() -> None:
    """End the idle threads of the pools QGIS runs tasks in (Qt's global pool; the task manager's own from QGIS
    3.28), as those pools do after 30 s without work."""
    manager = QgsApplication.taskManager()
    for pool in (QThreadPool.globalInstance(), *([manager.threadPool()] if hasattr(manager, "threadPool") else [])):
        pool.waitForDone()
