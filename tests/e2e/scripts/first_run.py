"""E2E: set the reviewer on the plugin's Options page, open the sample through the new action,
review a selected site, and collect every text the dock shows."""

import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

import qgis.utils  # noqa: E402
from e2e_helpers import pump, screenshot, wait_until  # noqa: E402
from qgis.core import QgsProject  # noqa: E402
from qgis.gui import QgsCollapsibleGroupBox, QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox  # noqa: E402
from qgis.PyQt import sip  # noqa: E402
from qgis.PyQt.QtCore import Qt, QTimer  # noqa: E402
from qgis.PyQt.QtTest import QTest  # noqa: E402
from qgis.PyQt.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAction,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)
from task_threads import watch_note_threads  # noqa: E402

from zoning_review.plugin import settings  # noqa: E402

REVIEWER = "李华 Li Hua"


def _fill_options(seen: dict) -> None:
    """In the open Options dialog: find our page, set the reviewer, screenshot, press OK."""
    dialog = QApplication.activeModalWidget()
    if dialog is None or not dialog.isVisible():
        QTimer.singleShot(200, lambda: _fill_options(seen))
        return
    from zoning_review.plugin.gui.options_page import PAGE_NAME, ZoningReviewOptionsPage

    page = dialog.findChild(ZoningReviewOptionsPage, PAGE_NAME)
    seen["page_found"] = page is not None
    if page is not None:
        seen["page_visible"] = page.isVisible()
        page.reviewer.setText(REVIEWER)
        pump(0.3)
        dialog.grab().save(os.path.join(os.environ["ZR_E2E_ARTIFACTS"], seen["shot"]))
        seen["texts"] = _visible_texts(page)
    ok = [box.button(QDialogButtonBox.StandardButton.Ok) for box in dialog.findChildren(QDialogButtonBox)]
    ok = [button for button in ok if button is not None]
    if ok:
        ok[0].click()  # as the user does: QGIS stores the pages on OK
    else:
        dialog.accept()


def _user_data(widget) -> bool:
    """True inside a widget that shows the user's own data: layer, field and file names."""
    while widget is not None:
        if isinstance(widget, (QgsMapLayerComboBox, QgsFieldComboBox, QgsFileWidget)):
            return True
        widget = widget.parentWidget()
    return False


def _visible_texts(panel) -> list:
    """Every text the plugin shows in a panel (the dock, the options page): labels, buttons, group and tab titles,
    edits, combos, tree rows, headers, and the tooltips of all of them (the user's layers, fields, files excepted)."""
    for box in panel.findChildren(QgsCollapsibleGroupBox):  # what a user can open is scanned too
        box.setCollapsed(False)
    pump(0.2)
    texts = []
    shown = [w for w in panel.findChildren(QWidget) if w.isVisible() and not _user_data(w)]
    for widget in shown:
        texts.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.extend((widget.text(), widget.placeholderText()))
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            texts.extend((widget.toPlainText(), widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                texts.extend((widget.itemText(i), str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")))
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                texts.extend((widget.tabText(i), widget.tabToolTip(i)))
    for tree in panel.findChildren(QTreeWidget):
        header = tree.headerItem()
        texts.extend(header.text(c) for c in range(tree.columnCount()))
        it = QTreeWidgetItemIterator(tree)
        while it.value():
            item = it.value()
            texts.extend(item.text(c) for c in range(tree.columnCount()))
            texts.extend(item.toolTip(c) for c in range(tree.columnCount()))
            it += 1
    return [text for text in texts if text]


def _open_options(seen: dict) -> None:
    """Open Settings ▸ Options on the plugin's page; _fill_options closes it."""
    QTimer.singleShot(300, lambda: _fill_options(seen))
    sys.zr_e2e_expected_modal = True
    try:
        iface_ = qgis.utils.iface
        iface_.showOptionsDialog(iface_.mainWindow(), "ZoningReviewOptions")
    finally:
        sys.zr_e2e_expected_modal = False


def _after_unload() -> dict:
    """Unload the plugin: its page and its sample action must be gone."""
    qgis.utils.unloadPlugin("zoning_review")
    pump(0.5)
    seen = {"shot": "options-after-unload.png"}
    _open_options(seen)
    actions = qgis.utils.iface.mainWindow().findChildren(QAction, "ZoningReviewOpenSample")
    return {"page_found": seen["page_found"], "sample_actions": len(actions), "help_entries": _help_entries()}


def _help_entries() -> list:
    """The plugin's entries in Help ▸ Plugins."""
    menu = qgis.utils.iface.pluginHelpMenu()
    return [a.text() for a in menu.actions() if a.objectName() == "ZoningReviewGuide"]


def _review_sites_dialog(iface, lang: str) -> dict:
    """Open Review sites as the toolbox does, keep every default, press Run and wait for the results."""
    import processing

    dialog = processing.createAlgorithmDialog("zoningreview:reviewsites")
    dialog.show()
    pump(0.5)
    parameters = dialog.createProcessingParameters()
    project = QgsProject.instance()

    def name(value):
        """A layer's name from its id or its source (the multiple-layer widget gives sources)."""
        by_source = [lyr for lyr in project.mapLayers().values() if lyr.source() == value]
        layer = project.mapLayer(value) or (by_source[0] if by_source else None)
        return layer.name() if layer else str(value)

    defaults = {"SITES": name(parameters["SITES"]), "UNITS": name(parameters["UNITS"]),
                "CONSTRAINTS": sorted(name(v) for v in parameters.get("CONSTRAINTS") or [])}
    folder = tempfile.mkdtemp(prefix="zr-dialog-notes-")
    dialog.setParameters({**parameters, "REPORT_FORMAT": 1, "REPORT_FOLDER": folder})  # HTML notes
    threads = watch_note_threads(("write_notes", "build_scene", "html_maps", "write_index"))
    before = set(project.mapLayers())
    dialog.runAlgorithm()
    log = dialog.findChild(QTextEdit, "txtLog")
    text = ""

    def done() -> bool:
        nonlocal text
        text = log.toPlainText() if log is not None and not sip.isdeleted(log) else text
        return len(set(project.mapLayers()) - before) >= 2 or "failed" in text
    try:
        wait_until(done, 120, "the Review sites run")
    finally:
        shot = screenshot(iface, f"review-sites-dialog-{lang}")
    added = {project.mapLayer(i).name(): project.mapLayer(i).featureCount() for i in set(project.mapLayers()) - before}
    notes = sorted(os.listdir(folder))
    shutil.rmtree(folder, ignore_errors=True)
    return {"defaults": defaults, "added": added, "failed": "failed" in text, "shot": shot, "threads": threads,
            "notes": notes}


def main(iface):
    """Options page, sample action, a selected site reviewed, the dock's texts."""
    lang = os.environ.get("LANG", "en")[:2]
    seen = {"shot": f"options-{lang}.png"}
    _open_options(seen)
    reviewer = settings.REVIEWER.value()
    plugin = qgis.utils.plugins["zoning_review"]
    plugin.sample_action.trigger()
    pump(0.5)
    project = QgsProject.instance()
    dock = plugin.dock
    wait_until(lambda: dock.targets, 120, "the sample's binding")
    sites = project.mapLayersByName("sites")[0]
    iface.setActiveLayer(sites)
    iface.mainWindow().resizeDocks([dock], [440], Qt.Orientation.Horizontal)
    texts, verdicts, shot = [], [], ""
    for feature in sites.getFeatures():
        sites.selectByIds([feature.id()])
        QTest.mouseClick(dock.site_input.selected_button, Qt.MouseButton.LeftButton)
        pump(0.1)
        wait_until(lambda: dock.runner.reviews and not dock.runner.busy, 120, "the review")
        pump(0.3)
        dock.tree.expandAll()
        pump(0.2)
        shot = shot or screenshot(iface, f"first-run-{lang}")
        texts.extend(_visible_texts(dock))
        verdicts.append(str(dock.runner.verdict()))
    review_sites = _review_sites_dialog(iface, lang)
    return {
        "help_entries": _help_entries(),
        "review_sites": review_sites,
        "unloaded": _after_unload(),
        "options": {k: v for k, v in seen.items() if k not in ("shot", "texts")},
        "options_texts": seen.get("texts", []),
        "reviewer": reviewer,
        "project": project.fileName(),
        "bound": len(dock.targets),
        "verdicts": verdicts,
        "texts": texts,
        "layer_names": sorted(layer.name() for layer in project.mapLayers().values()),
        "shot": shot,
        "home_unchanged": not os.path.exists(os.environ["ZR_E2E_ROOT"] + "/sample/xiongan_sample.gpkg-wal"),
    }
