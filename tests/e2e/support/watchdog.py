"""PYQGIS_STARTUP hook: record Python errors shown by QGIS, kill a run stuck on a modal dialog, and print every
thread's Python stack should QGIS crash (a run's stderr then says where)."""

import faulthandler
import os
import sys
import traceback

if not getattr(sys, "_zoning_review_watchdog", False):
    sys._zoning_review_watchdog = True
    faulthandler.enable(all_threads=True)
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

    _patch_qgis_utils()
    _timer = QTimer()
    _timer.timeout.connect(_check_dialogs)
    _timer.start(500)
    sys._zoning_review_watchdog_timer = _timer
