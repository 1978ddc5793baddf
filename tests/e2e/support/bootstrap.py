"""The --code script of an e2e run: schedules the test script's main(iface), then exits QGIS."""

import json
import os
import runpy
import sys
import traceback

import qgis.utils
from qgis.core import QgsApplication, QgsProject
from qgis.gui import QgsMessageBarItem
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QTimer

sys.path.insert(0, os.path.join(os.environ["ZR_E2E_ROOT"], "tests"))
from task_report import waited_in_vain  # noqa: E402 - the suite's own report of tasks and threads

_errors = []
_seen = []  # what the message bar showed and the plugin logged, for a failure's explanation


def _bar_item(item):
    """Keep a message shown in QGIS's message bar (it may be gone when the script fails)."""
    item = sip.cast(item, QgsMessageBarItem)  # the signal passes it as a QWidget
    _seen.append(f"message bar: {item.title()}: {item.text()}")


def _logged(message, tag, _level):
    """Keep a message of the plugin's log."""
    if tag == "Zoning Review":
        _seen.append(f"log: {message}")


def _situation() -> str:
    """What the desktop had said and was still doing (its tasks, its other threads) when the script failed."""
    return "\n".join(["what QGIS showed meanwhile:", *_seen[-30:], waited_in_vain()])


def _hook(etype, value, tb):
    """Record any uncaught Python error."""
    _errors.append("".join(traceback.format_exception(etype, value, tb)))


def _finish(rc, detail):
    """Write the result, then leave QGIS without the save-project question."""
    with open(os.environ["ZR_E2E_RESULT"], "w", encoding="utf-8") as out:
        json.dump({"rc": rc, "errors": _errors, "detail": detail}, out, default=str)
    QgsProject.instance().setDirty(False)
    # Leaving through QgsApplication.exit skips the main window's own close: without this, QGIS 3.22
    # removes the layers after the style dock is gone and crashes when the current layer changes.
    qgis.utils.iface.layerTreeView().setCurrentLayer(None)
    # QGIS 3.40+ segfaults in QgsApplication.exit while project layers are loaded (also without the
    # plugin): clear the project first.
    QgsProject.instance().clear()
    QgsApplication.exit(rc)


def _body():
    """Run the test script's main(iface)."""
    try:
        qgis.utils.iface.mainWindow().setGeometry(0, 0, 1366, 768)
        namespace = runpy.run_path(os.environ["ZR_E2E_SCRIPT"], run_name="zr_e2e_script")
        detail = namespace["main"](qgis.utils.iface)
        _finish(1 if _errors else 0, detail)
    except Exception:  # noqa: BLE001 - every failure of the script must reach the test
        _errors.append(f"{traceback.format_exc()}\n{_situation()}")
        _finish(2, None)


qgis.utils.uninstallErrorHook()
sys.excepthook = _hook
qgis.utils.iface.messageBar().widgetAdded.connect(_bar_item)
QgsApplication.messageLog().messageReceived.connect(_logged)
QTimer.singleShot(int(os.environ.get("ZR_E2E_DELAY", "300")), _body)
