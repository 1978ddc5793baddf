"""Work handed to QGIS's main thread by a worker thread, which waits for it: the notes' maps are drawn through a print
layout, and layouts are not thread-safe (QGIS runs its own layout exports on the main thread only). So HTML and Word
notes written on a worker thread (reviewsites run from the Processing dialog) have only their maps made and drawn on
the main thread, one note at a time, and the main thread is free between them: QGIS repaints and takes a Cancel. A model
running a main-thread step from its worker thread hands it over the same way (a queued call, the worker waiting)."""

import threading
from typing import Any, Callable, Optional

from qgis.PyQt.QtCore import QCoreApplication, QObject, Qt, QThread, pyqtSignal, pyqtSlot

from ..i18n import tr
from .layout_template import NotesCancelledError

POLL_S = 0.05  # how often a waiting worker looks whether it should stop waiting (a cancel, QGIS closing)
_CLOSING = threading.Event()  # QGIS is closing (or the plugin unloading): no queued work will begin any more


def qgis_closing() -> None:
    """Say that QGIS is closing (or the plugin unloading): every wait for the main thread is withdrawn from now on,
    also that of notes which heed no cancel (a batch cancelled after its last site writes every note), since a main
    thread that is shutting down may itself wait for the worker."""
    _CLOSING.set()


class _Call:
    """One piece of work for the main thread, run there once unless withdrawn before it began."""

    def __init__(self, work: Callable[[], Any]) -> None:
        self.work = work
        self.begun, self.done = threading.Event(), threading.Event()
        self.lock = threading.Lock()
        self.withdrawn = False
        self.result: Any = None
        self.error: Optional[BaseException] = None

    def run(self) -> None:
        """Main thread: run the work, keeping its result or exception, unless it was withdrawn."""
        with self.lock:
            if self.withdrawn:
                return
            self.begun.set()
        try:
            self.result = self.work()
        except BaseException as error:  # noqa: BLE001 - handed to the waiting thread, raised there
            self.error = error
        finally:
            self.done.set()

    def wait(self, stop: Optional[Callable[[], bool]]) -> Any:
        """The waiting thread: the work's result (its exception raised); NotesCancelledError when ``stop()`` turned
        true (or QGIS began to close: ``qgis_closing``) before it began."""
        while not self.begun.wait(POLL_S):
            if (_CLOSING.is_set() or (stop is not None and stop())) and self._withdraw():
                raise NotesCancelledError(tr("Writing the notes was cancelled."))
        self.done.wait()
        if self.error is not None:
            raise self.error
        return self.result

    def _withdraw(self) -> bool:
        """Keep the work from beginning; False when it has begun."""
        with self.lock:
            self.withdrawn = not self.begun.is_set()
            return self.withdrawn


class _Relay(QObject):
    """Lives on the main thread and runs there the calls a worker thread queues."""

    queued = pyqtSignal(object)

    @pyqtSlot(object)
    def run(self, call: _Call) -> None:
        """Main thread: run one queued call."""
        call.run()


_RELAY: Optional[_Relay] = None
_RELAY_LOCK = threading.Lock()


def _relay() -> _Relay:
    """The one relay, made by the first thread that needs it and moved to the main thread (never freed)."""
    global _RELAY
    with _RELAY_LOCK:
        if _RELAY is None:
            relay = _Relay()
            relay.moveToThread(QCoreApplication.instance().thread())
            relay.queued.connect(relay.run, Qt.ConnectionType.QueuedConnection)
            _RELAY = relay
        return _RELAY


def on_main_thread() -> bool:
    """Whether this is the application's main thread."""
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


def run_on_main_thread(work: Callable[[], Any], stop: Optional[Callable[[], bool]] = None) -> Any:
    """``work()`` run on the main thread, its result returned (its exception raised) here: at once on the main thread,
    else queued to it while this thread waits. ``stop()`` true while the work waits to begin withdraws it
    (NotesCancelledError): a cancel, or QGIS closing, never waits on a main thread that is itself waiting."""
    if on_main_thread():
        return work()
    call = _Call(work)
    _relay().queued.emit(call)
    return call.wait(stop)
