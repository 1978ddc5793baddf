"""E2E: S05 reviewed with a copy of the example rule set and saved to the register; the copy then broken on disk (two
rules with an effect the schema does not know, as another program saving it at that moment) and the register
re-reviewed from the panel's Register menu at once: what the message bar says, what its button opens, what the plugin's
log holds."""

import os
import shutil
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")
sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/scripts")

from e2e_helpers import ROOT, open_sample_dock, pump, screenshot, wait_until  # noqa: E402
from qgis.core import Qgis, QgsApplication, QgsProject  # noqa: E402
from qgis.PyQt.QtCore import Qt, QTimer  # noqa: E402
from qgis.PyQt.QtTest import QTest  # noqa: E402
from qgis.PyQt.QtWidgets import QAbstractButton, QApplication, QPlainTextEdit, QTextEdit  # noqa: E402
from register_review import _review_s05  # noqa: E402

from zoning_review.plugin import settings  # noqa: E402
from zoning_review.plugin.core.outputs.register_records import read_register  # noqa: E402


def _bar(iface) -> list:
    """The message bar's items: level, words and the labels of their buttons."""
    return [{"level": int(item.level()), "text": item.text(),
             "buttons": [b.text() for b in item.findChildren(QAbstractButton) if b.text()]}
            for item in iface.messageBar().items()]


def _opened(iface, label: str) -> str:
    """Click the bar's button ``label`` and read the text of the window it opens (then closed)."""
    seen = []

    def read():
        window = QApplication.activeModalWidget() or QApplication.activeWindow()
        boxes = window.findChildren(QTextEdit) + window.findChildren(QPlainTextEdit) if window else []
        seen.append("\n".join(box.toPlainText() for box in boxes))
        window.close()

    [button] = [b for item in iface.messageBar().items() for b in item.findChildren(QAbstractButton)
                if b.text() == label]
    assert button.isVisible(), "the button is not on show"
    sys.zr_e2e_expected_modal = True  # closed by read()
    QTimer.singleShot(300, read)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_until(lambda: seen, 120, "the window of the bar's button")
    pump(0.3)
    sys.zr_e2e_expected_modal = False
    return seen[0]


def main(iface):
    """Bind the copy, review S05, register it, break the copy, re-review the register."""
    settings.REGISTER_PATH.set(os.environ["ZR_E2E_REGISTER"])
    settings.REVIEWER.set("王工")
    rules = os.environ["ZR_E2E_RULES"]
    shutil.copyfile(ROOT / "rules" / "examples" / "xiongan_example.yaml", rules)
    project = QgsProject.instance()
    dock = open_sample_dock(iface, width=0)
    dock.bindings.layer_combo.setLayer(project.mapLayersByName("control_units")[0])
    pump(0.2)
    dock.bindings.rules_file.setFilePath(rules)
    wait_until(lambda: dock.targets and dock.targets[0].ruleset.lists()[0].metadata.id, 120, "the binding")
    _review_s05(iface, dock, project)
    QTest.mouseClick(dock.saved.register_button, Qt.MouseButton.LeftButton)
    pump(0.3)
    assert len(read_register(os.environ["ZR_E2E_REGISTER"])) == 1
    logged = []
    QgsApplication.messageLog().messageReceived.connect(lambda text, tag, level: logged.append([tag, int(level), text]))
    iface.messageBar().clearWidgets()
    with open(rules, encoding="utf-8") as file:
        text = file.read()
    with open(rules, "w", encoding="utf-8") as file:  # broken as the re-review starts: the panel has not yet heard
        file.write(text.replace("effect: prohibit", "effect: forbid", 2))
    dock.register.rereview_action.trigger()
    wait_until(lambda: dock.register.task is None, 120, "the re-review's end")
    pump(1.5)  # the panel has heard of the broken file by now (its watch settles in 0.3 s)
    every = _bar(iface)
    bar = [item for item in every if item["level"] == int(Qgis.MessageLevel.Critical)]
    shot = screenshot(iface, f"register-failure-{os.environ.get('LANG', 'en')[:2]}")
    labels = bar[0]["buttons"] if bar else []
    details = _opened(iface, labels[0]) if labels else ""
    return {"bar": bar, "every": every, "details": details, "shot": shot, "table": dock.register.last_layer is not None,
            "log": [entry for entry in logged if entry[0] == "Zoning Review"]}
