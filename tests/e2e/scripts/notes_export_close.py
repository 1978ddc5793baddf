"""E2E: QGIS closed as a user closes it (its main window's close, which asks its questions, closes the project and
ends every event loop) or the plugin unloaded while the panel writes review notes (ZR_CLOSE_MODE):

- ``word``: first the earlier-export path of the panel in the desktop (Word notes to 项目.docx as if three unit
  layers decided, then one: the files of the first export that the second did not write again are removed unless
  changed since or not the plugin's), then the Word notes to the same file again as if two layers decided, QGIS
  closed while python-docx builds the first layer's document on its worker;
- ``pdf``: the PDF notes as if two layers decided, QGIS closed as the second layer's begin (the first written);
- ``unload``: the plugin unloaded while python-docx builds the Word document; QGIS goes on.

Every message of QGIS's log is appended to ``log.jsonl`` as it comes (also while QGIS quits, after ``main``); the
files left are looked at by the test once QGIS has exited."""

import hashlib
import json
import os
import sys
import threading

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

import qgis.utils  # noqa: E402
from e2e_helpers import ARTIFACTS, bind_example_rules, open_sample_dock, wait_until  # noqa: E402
from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsGeometry, QgsProject  # noqa: E402
from qgis.PyQt.QtCore import QEventLoop, QTimer  # noqa: E402

from zoning_review.plugin import settings  # noqa: E402
from zoning_review.plugin.gui import notes_button  # noqa: E402
from zoning_review.plugin.gui.review_task import Site  # noqa: E402

MODE = os.environ["ZR_CLOSE_MODE"]
SITE_WKT = "POLYGON((115.885 39.040, 115.915 39.040, 115.915 39.055, 115.885 39.055, 115.885 39.040))"
FOLDER = ARTIFACTS / "notes"
CHOSEN = FOLDER / ("项目.pdf" if MODE == "pdf" else "项目.docx")
LAYERS_CLOSED = 1 if MODE == "unload" else 2  # unit layers deciding as QGIS is closed (one file each)
PDF_CLOSE_AT = 50.0  # the PDF's progress (%) as the second layer's notes begin


def log_to_file() -> None:
    """Append every message QGIS logs (tag, level, text) to log.jsonl as it comes."""
    def received(text, tag, level):
        with open(ARTIFACTS / "log.jsonl", "a", encoding="utf-8") as out:
            out.write(json.dumps({"tag": tag, "level": int(level), "text": text}, ensure_ascii=False) + "\n")

    QgsApplication.messageLog().messageReceived.connect(received)
    sys.zr_e2e_log_slot = received  # kept alive until QGIS has quit


def bar_texts(iface) -> list:
    """The texts of the plugin's messages in QGIS's message bar (QGIS's own, such as 3.44's about the sample's
    version, left out), the bar emptied for the next step."""
    texts = [item.text() for item in iface.messageBar().items() if item.title() == "Zoning Review"]
    iface.messageBar().clearWidgets()
    return texts


def write(dock, fmt: str, layers: int) -> list:
    """The panel's notes written to the chosen file as if ``layers`` unit layers decided the site (the one layer's
    review each time); the files written."""
    deciding = dock.runner.deciding
    reviews = deciding()
    dock.runner.deciding = lambda: reviews * layers
    try:
        return dock.notes.write("en", fmt, str(CHOSEN))
    finally:
        dock.runner.deciding = deciding


def export(dock, iface, layers: int) -> dict:
    """The panel's Word notes as if ``layers`` unit layers decided: the files written, the folder's files after, the
    message bar."""
    written = write(dock, "docx", layers)
    return {"written": [os.path.basename(item) for item in written], "files": sorted(os.listdir(FOLDER)),
            "bar": bar_texts(iface)}


def digests() -> dict:
    """The SHA-256 of each file in the notes' folder."""
    return {name: hashlib.sha256((FOLDER / name).read_bytes()).hexdigest() for name in sorted(os.listdir(FOLDER))}


def earlier_exports(dock, iface) -> dict:
    """Export as if three layers decided, change one file, add one of the user's, export as if one decided."""
    settings.NOTES_EXPORTS.reset()
    first = export(dock, iface, 3)
    with open(FOLDER / "项目_2_control_units.docx", "ab") as changed:
        changed.write(b"\0")  # changed since the export wrote it
    (FOLDER / "项目_4_control_units.docx").write_bytes(b"the user's own file")
    return {"first": first, "second": export(dock, iface, 1)}


def quitting() -> bool:
    """Whether QGIS is quitting: a new event loop returns at once (-1) instead of running until it is quit."""
    loop = QEventLoop()
    QTimer.singleShot(50, loop.quit)
    return loop.exec() == -1


def close_or_unload(iface, events: list) -> None:
    """Close QGIS's main window as a user does (no project to save asked about), or unload the plugin."""
    events.append("closing")
    QgsProject.instance().setDirty(False)
    if MODE == "unload":
        events.append({"unloaded": qgis.utils.unloadPlugin("zoning_review")})
    else:
        iface.mainWindow().close()
    events.append({"layers": len(QgsProject.instance().mapLayers()), "quitting": quitting(),
                   "part": os.path.exists(f"{CHOSEN}.part")})


def close_while_word_is_built(iface, events: list) -> None:
    """Close (or unload) once python-docx has begun to build the document on its worker, which goes on only after."""
    from zoning_review.plugin.notes import docx_renderer

    started, closed = threading.Event(), threading.Event()
    build = docx_renderer.save_docx

    def held(*args, **kwargs):
        started.set()
        closed.wait(60)
        events.append("building")
        try:
            return build(*args, **kwargs)
        finally:
            events.append("built")

    def check():
        if started.is_set():
            timer.stop()
            close_or_unload(iface, events)
            closed.set()

    docx_renderer.save_docx = held
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(check)
    timer.start()
    sys.zr_e2e_close_timer = timer


def close_as_the_second_pdf_begins(iface, events: list) -> None:
    """Close QGIS when the PDF's progress reaches PDF_CLOSE_AT, from its progress signal (the progress dialog takes
    events there, a user's close among them)."""
    make = notes_button.progress_dialog

    def watched(parent):
        feedback, dialog = make(parent)

        def moved(percent):
            if percent >= PDF_CLOSE_AT and not events:
                close_or_unload(iface, events)

        feedback.progressChanged.connect(moved)
        return feedback, dialog

    notes_button.progress_dialog = watched


def main(iface):
    """Review the sample's site from the panel, then write its notes and close QGIS (or unload) meanwhile."""
    sys.zr_e2e_expected_modal = True  # the notes' progress dialog is modal and closes itself
    log_to_file()
    FOLDER.mkdir(parents=True, exist_ok=True)
    dock = open_sample_dock(iface)
    bind_example_rules(dock, QgsProject.instance().mapLayersByName("control_units")[0])
    dock.site_input.set_site(Site(QgsGeometry.fromWkt(SITE_WKT), QgsCoordinateReferenceSystem("EPSG:4490"), "e2e"))
    wait_until(lambda: dock.runner.reviews and not dock.runner.busy, 120, "the review")
    out = {"earlier": earlier_exports(dock, iface) if MODE == "word" else None, "before": digests()}
    events = []
    (close_as_the_second_pdf_begins if MODE == "pdf" else close_while_word_is_built)(iface, events)
    # word: to 项目_1_control_units.docx and the changed 项目_2_control_units.docx; pdf: 项目_1…, 项目_2….pdf
    written = write(dock, "pdf" if MODE == "pdf" else "docx", LAYERS_CLOSED)
    out.update(events=events, written=written, bar=bar_texts(iface), loaded="zoning_review" in qgis.utils.plugins,
               quitting=quitting())
    return out
