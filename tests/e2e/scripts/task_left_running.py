"""E2E: a script that fails while a QGIS task of its own is still running; the run's error must name the task and
where its thread is."""

import os
import sys
import threading
import time

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

from e2e_helpers import wait_until  # noqa: E402
from qgis.core import QgsApplication, QgsProject, QgsTask  # noqa: E402

DESCRIPTION = "zr e2e: a task still running"
_started, _ended = threading.Event(), threading.Event()


def _sleep_until_cancelled(task):
    """Sleep in short steps until the task is cancelled."""
    _started.set()
    try:
        while not task.isCanceled():
            time.sleep(0.05)
    finally:
        _ended.set()


def main(iface):
    """Start the task, wait until it runs, then fail. The harness clears the project after it reported the failure:
    the task is cancelled then and waited for, as QGIS 3.22 never quits while Python runs in a task's thread."""
    task = QgsTask.fromFunction(DESCRIPTION, _sleep_until_cancelled)
    QgsApplication.taskManager().addTask(task)
    QgsProject.instance().cleared.connect(lambda: (task.cancel(), _ended.wait(30)))
    # running as QGIS says, and in Python: the task's status turns Running before its thread enters the function
    wait_until(lambda: task.status() == QgsTask.TaskStatus.Running and _started.is_set(), 30, "the task to run")
    raise RuntimeError("the script fails with its task running")
