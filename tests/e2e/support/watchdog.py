"""PYQGIS_STARTUP hook: record Python errors shown by QGIS, kill a run stuck on a modal dialog, fail a run in which
QGIS fetches from the network, and print every thread's Python stack should QGIS crash (a run's stderr then says
where)."""

import faulthandler
import os
import sys
import traceback

if not getattr(sys, "_zoning_review_watchdog", False):
    sys._zoning_review_watchdog = True
    faulthandler.enable(all_threads=True)
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication, QDialog, QLabel

    def _record(text):
        """Append one error to the run's error log."""
        with open(os.environ["ZR_E2E_ERRORS"], "a", encoding="utf-8") as log:
            log.write(text + "\n\x1e\n")
        print("E2E ERROR:", text, file=sys.stderr, flush=True)

    def _show_exception(etype, value, tb, msg=None, *args, **kwargs):
        """Replacement of qgis.utils.showException: record instead of opening a dialog."""
        _record((msg or "") + "\n" + "".join(traceback.format_exception(etype, value, tb)))

    def _patch_qgis_utils():
        """Route QGIS's Python error reporting to the log."""
        import qgis.utils

        qgis.utils.showException = _show_exception
        qgis.utils.uninstallErrorHook()
        sys.excepthook = lambda t, v, tb: _record("".join(traceback.format_exception(t, v, tb)))

    def _check_dialogs():
        """A visible modal dialog would block the run forever: report it and stop.

        A script that opens a modal dialog and closes it itself sets ``sys.zr_e2e_expected_modal``.
        """
        if getattr(sys, "zr_e2e_expected_modal", False):
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget.isModal():
                texts = [widget.windowTitle()] + [label.text() for label in widget.findChildren(QLabel)]
                _record("Modal dialog blocked the run: " + " | ".join(t for t in texts if t))
                shot = os.path.join(os.environ["ZR_E2E_ARTIFACTS"], "blocked-dialog.png")
                QApplication.primaryScreen().grabWindow(0).save(shot)
                os._exit(3)

    def _check_task(task):
        """A download in a task is an error of the throwaway profile (tests/qgis_desktop.py NO_NETWORK): besides
        the wait, on QGIS 3.40 the thread that ran it crashes QGIS when it ends after QGIS's teardown began."""
        meta = task.metaObject() if task is not None else None
        while meta is not None and meta.className() not in ("QgsNetworkContentFetcherTask", "QgsFontDownloadTask"):
            meta = meta.superClass()
        if meta is not None:
            _record(f"QGIS downloads in a task ({task.description()}): a setting of the test profile that should "
                    "prevent it is missing")

    _patch_qgis_utils()
    _tasks = QgsApplication.taskManager()
    _tasks.taskAdded.connect(lambda task_id: _check_task(_tasks.task(task_id)))
    for _task in _tasks.tasks():  # QGIS starts its downloads before this hook runs
        _check_task(_task)
    _timer = QTimer()
    _timer.timeout.connect(_check_dialogs)
    _timer.start(500)
    sys._zoning_review_watchdog_timer = _timer
