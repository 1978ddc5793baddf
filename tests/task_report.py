"""What the QGIS task manager and the threads are doing, for the message of a test that waited for a task in vain
(on QGIS 3.40 a task that never ended starved the task manager's two threads now and then on CI)."""

import sys
import threading
import traceback

FRAMES = 4  # innermost Python frames shown per thread


def task_line(task) -> str:
    """A QGIS task as the messages name it: its description and status."""
    return f"{task.description()!r} (status {task.status()})"


def active_tasks() -> str:
    """The QGIS tasks still active, with their status, or 'no QGIS task active'."""
    from qgis.core import QgsApplication

    tasks = QgsApplication.taskManager().activeTasks()
    if not tasks:
        return "no QGIS task active"
    return "QGIS tasks still active: " + "; ".join(task_line(task) for task in tasks)


def thread_stacks() -> str:
    """The innermost Python frames of every other thread, one line per thread."""
    names = {thread.ident: thread.name for thread in threading.enumerate()}
    lines = []
    for ident, frame in sys._current_frames().items():
        if ident == threading.get_ident():
            continue
        frames = traceback.extract_stack(frame)[-FRAMES:]
        where = " < ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in reversed(frames))
        lines.append(f"[{names.get(ident, ident)}] {where}")
    return "\n".join(lines) or "no other Python thread"


def waited_in_vain() -> str:
    """The active tasks and the other threads' stacks, for an assertion message."""
    return f"{active_tasks()}\n{thread_stacks()}"
