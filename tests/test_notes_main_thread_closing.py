"""A worker thread waiting for the main thread to draw a note's maps stops waiting once QGIS is closing, also when
its notes heed no cancel (a batch cancelled after its last site): the main thread may itself wait for the worker."""

import threading

import pytest

from zoning_review.plugin.notes import main_thread
from zoning_review.plugin.notes.layout_template import NotesCancelledError


@pytest.fixture
def closing_reset():
    """The module's closing flag cleared after the test (it is process-wide)."""
    yield
    main_thread._CLOSING.clear()


def _waiting_worker(stop):
    """Start a worker that queues work for the main thread and waits; the work itself and what the wait gave."""
    ran, outcome = [], {}

    def worker():
        try:
            outcome["result"] = main_thread.run_on_main_thread(lambda: ran.append(1) or "drawn", stop)
        except NotesCancelledError as error:
            outcome["error"] = error
    thread = threading.Thread(target=worker)
    thread.start()
    return thread, ran, outcome


def test_wait_without_cancel_withdrawn_when_qgis_closes(qgis_app, closing_reset):
    """The main thread does not take events (as when it waits for the worker): closing withdraws the wait."""
    thread, ran, outcome = _waiting_worker(None)
    thread.join(0.3)
    assert thread.is_alive()  # waiting for a main thread that takes no events
    main_thread.qgis_closing()
    thread.join(10)
    assert not thread.is_alive()
    assert isinstance(outcome.get("error"), NotesCancelledError)
    qgis_app.processEvents()  # the queued call arrives now, withdrawn: the work never runs
    assert ran == []


def test_wait_runs_the_work_when_the_main_thread_takes_events(qgis_app, closing_reset):
    """Without a close, the queued work runs on the main thread and its result comes back."""
    thread, ran, outcome = _waiting_worker(None)
    while thread.is_alive():
        qgis_app.processEvents()
        thread.join(0.01)
    assert outcome == {"result": "drawn"} and ran == [1]
