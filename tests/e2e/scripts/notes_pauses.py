"""E2E: the panel writes a reviewed site's notes as Word, twice, and as PDF: on which thread python-docx built each
Word document, and the longest pause of QGIS's GUI thread (the gap between the ticks of a 20 ms timer), reported."""

import os
import sys
import threading
import time

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

from e2e_helpers import ARTIFACTS, bind_example_rules, open_sample_dock, pump, wait_until  # noqa: E402
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsProject  # noqa: E402
from qgis.PyQt.QtCore import QTimer  # noqa: E402

from zoning_review.plugin.gui.review_task import Site  # noqa: E402

RENDERERS = ("zoning_review.plugin.notes.export", "zoning_review.plugin.notes.layout_renderer",
             "zoning_review.plugin.notes.docx_renderer")
SITE_WKT = "POLYGON((115.885 39.040, 115.915 39.040, 115.915 39.055, 115.885 39.055, 115.885 39.040))"


class PauseMeter:
    """A 20 ms timer on the GUI thread; the longest gap between its ticks while an action runs."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.tick)
        self.last = None
        self.gaps = []

    def tick(self) -> None:
        now = time.perf_counter()
        if self.last is not None:
            self.gaps.append(now - self.last)
        self.last = now

    def longest(self, action) -> dict:
        """Run ``action`` (returning when done) between ticks; the longest gap (s) and its result."""
        self.last, self.gaps = None, []
        self.timer.start()
        pump(0.2)
        result = action()
        pump(0.2)
        self.timer.stop()
        return {"longest": max(self.gaps), "ticks": len(self.gaps), "result": result}


def main(iface):
    """Bind, review the site, write its notes from the panel and measure each."""
    sys.zr_e2e_expected_modal = True  # the notes' progress dialog is modal and closes itself
    loaded = {name: name in sys.modules for name in RENDERERS}  # the plugin loaded with QGIS: what it imported
    built = watch_word_builds()
    dock = open_sample_dock(iface)
    bind_example_rules(dock, QgsProject.instance().mapLayersByName("control_units")[0])
    dock.site_input.set_site(Site(QgsGeometry.fromWkt(SITE_WKT), QgsCoordinateReferenceSystem("EPSG:4490"), "e2e"))
    wait_until(lambda: dock.runner.reviews and not dock.runner.busy, 120, "the review")
    meter = PauseMeter()
    out = {"loaded": loaded}
    for name, fmt in (("word_first", "docx"), ("word_again", "docx"), ("pdf", "pdf")):
        path = str(ARTIFACTS / f"pauses-{name}.{fmt}")
        out[name] = meter.longest(lambda fmt=fmt, path=path: dock.notes.write("zh", fmt, path))
        out[name]["size"] = os.path.getsize(path) if os.path.exists(path) else 0
        out[name]["path"] = path
        out[name]["built"] = built[:]
        built.clear()
    return out


def watch_word_builds() -> list:
    """Record, for each Word document the notes build (``docx_renderer.save_docx``), whether it ran on the GUI
    thread."""
    from zoning_review.plugin.notes import docx_renderer

    built, build = [], docx_renderer.save_docx

    def watched(*args, **kwargs):
        try:
            return build(*args, **kwargs)
        finally:
            built.append({"gui_thread": threading.current_thread() is threading.main_thread()})

    docx_renderer.save_docx = watched
    return built
