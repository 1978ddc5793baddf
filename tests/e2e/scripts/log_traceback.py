"""E2E: a review that raises inside its task. The user gets a short message in the message bar; the
"Zoning Review" tab of the Log Messages panel holds the traceback. Then a corrupt rule-set file is bound:
bad input, so a message naming the file in the dock and no traceback anywhere."""

import os
import sys
import tempfile

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

import qgis.utils  # noqa: E402
from e2e_helpers import pump, screenshot, wait_until  # noqa: E402
from qgis.core import QgsApplication, QgsProject  # noqa: E402
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtTest import QTest  # noqa: E402
from qgis.PyQt.QtWidgets import QDockWidget, QPlainTextEdit, QScrollArea, QTabWidget, QTextEdit  # noqa: E402

from zoning_review.plugin.core.overlay.engine import OverlayEngine  # noqa: E402

TAG = "Zoning Review"


def _provoked_failure(self, *args, **kwargs):
    """Stands in for OverlayEngine.overlay: an unexpected error inside the review task."""
    return len(args) / 0


def _log_tab_text(iface) -> dict:
    """Open the Log Messages panel on the plugin's tab; the tab's name and text.

    The panel's widget is a QgsMessageLogViewer, which Python sees as a plain QDialog: found by the dock's name.
    """
    iface.openMessageLog()
    pump(0.5)
    docks = [d for d in iface.mainWindow().findChildren(QDockWidget) if d.objectName() == "MessageLog"]
    tabs = [tab for dock in docks for tab in dock.findChildren(QTabWidget)]
    for tab_widget in tabs:
        for index in range(tab_widget.count()):
            if tab_widget.tabText(index).replace("&", "") == TAG:
                tab_widget.setCurrentIndex(index)
                page = tab_widget.widget(index)
                edits = [page] if isinstance(page, (QPlainTextEdit, QTextEdit)) else []
                edits += page.findChildren(QPlainTextEdit) + page.findChildren(QTextEdit)
                text = "\n".join(edit.toPlainText() for edit in edits)
                return {"found": True, "visible": docks[0].isVisible(), "text": text}
    return {"found": False, "tabs": [t.tabText(i) for t in tabs for i in range(t.count())], "text": ""}


def main(iface):
    """Open the sample, make the overlay raise, review a selected site, read the message bar and the log."""
    lang = os.environ.get("LANG", "en")[:2]
    plugin = qgis.utils.plugins["zoning_review"]
    plugin.sample_action.trigger()
    pump(0.5)
    dock = plugin.dock
    wait_until(lambda: dock.targets, 120, "the sample's binding")
    received = []
    QgsApplication.messageLog().messageReceived.connect(
        lambda message, tag, level: received.append({"tag": tag, "level": int(level), "message": message}))
    iface.messageBar().clearWidgets()
    sites = QgsProject.instance().mapLayersByName("sites")[0]
    iface.setActiveLayer(sites)
    sites.selectByIds([next(sites.getFeatures()).id()])
    original = OverlayEngine.overlay
    OverlayEngine.overlay = _provoked_failure
    try:
        QTest.mouseClick(dock.site_input.selected_button, Qt.MouseButton.LeftButton)
        wait_until(lambda: any(r["tag"] == TAG for r in received) and not dock.runner.busy, 120, "the failure")
        pump(0.5)
    finally:
        OverlayEngine.overlay = original
    bar = [{"title": item.title(), "text": item.text(), "level": int(item.level())}
           for item in iface.messageBar().items()]
    bar_shot = screenshot(iface, f"log-message-bar-{lang}")
    log = _log_tab_text(iface)
    log_shot = screenshot(iface, f"log-traceback-{lang}")
    return {"bar": bar, "log": log, "received": received, "banner": dock.banner.text(),
            "shots": [bar_shot, log_shot], "reviews": len(dock.runner.reviews),
            "bad_rules": _bind_corrupt_rules(iface, dock, received, lang)}


def _bind_corrupt_rules(iface, dock, received: list, lang: str) -> dict:
    """Choose a rule-set file that is not YAML, as a user would in the binding panel; what the user and the log get."""
    folder = tempfile.mkdtemp(prefix="zr-bad-rules-")
    path = os.path.join(folder, "broken_rules.yaml")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("format: zoning-review-rules/1\nmetadata: [\n  title: {\n")
    before = len(received)
    iface.messageBar().clearWidgets()
    panel = dock.bindings
    panel.rules_file.setFilePath(path)
    pump(0.5)
    for scroll in dock.findChildren(QScrollArea):  # bring the message into view for the screenshot
        if scroll.isAncestorOf(panel.messages):
            scroll.ensureWidgetVisible(panel.messages)
    shot = screenshot(iface, f"log-bad-rules-{lang}")
    return {"messages": panel.messages.text(), "visible": panel.messages.isVisible(), "bound": len(dock.targets),
            "bar": [item.text() for item in iface.messageBar().items()], "logged": received[before:],
            "shot": shot}
