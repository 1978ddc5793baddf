"""Work without Qt objects (the Word notes' python-docx) run on a worker thread while QGIS stays responsive."""

import threading
from typing import Any, Callable, Dict

from qgis.PyQt.QtCore import QEventLoop, QTimer

POLL_MS = 10  # how often the waiting event loop looks whether the work is done


def off_gui_thread(work: Callable[[], Any]) -> Any:
    """Run ``work`` on a worker thread while this (the GUI) thread's events are processed; its result, or the
    exception it raised, raised here. ``work`` must touch no Qt object the GUI thread owns; the caller keeps the user
    from starting anything else meanwhile (a modal progress dialog). QGIS closing ends every event loop, this one's
    too: the worker is then waited for here without events (QGIS is quitting), so the caller goes on only once it
    has stopped, and sees the cancel QGIS's closing gave (``notes_exit``) before it keeps any file."""
    outcome: Dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread, raised there
            outcome["error"] = error

    worker = threading.Thread(target=run, name="zoning-review-notes", daemon=True)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
    worker.start()
    timer.start()
    loop.exec()
    timer.stop()
    worker.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
