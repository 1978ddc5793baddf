"""Writing Word notes from the panel leaves QGIS responsive: python-docx builds the document on a worker thread.

Before, the whole document was built on the GUI thread and QGIS stood still 1.6-1.9 s (the longest gap between the
ticks of a 20 ms timer there, in the desktop under Xvfb); now the GUI thread only draws the maps (~0.2 s). The test
asserts where the document is built, not how long anything takes (a shared machine's timings vary): the pauses,
Word's and the PDF's (QgsLayoutExporter.exportToPdf, which must run on the GUI thread: ~1.0 s on the sample), are
printed. Loading the plugin no longer imports the notes' renderers (the dock imported them at once).
"""

from pathlib import Path

import pytest

from tests.qgis_desktop import qgis_available, run_in_qgis

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not qgis_available(), reason="needs qgis + xvfb")]
SCRIPT = Path(__file__).parent / "scripts" / "notes_pauses.py"


def test_word_notes_from_the_panel_do_not_freeze_qgis(artifacts_dir):
    run = run_in_qgis(SCRIPT, artifacts_dir, locale="zh_CN", timeout=240)
    assert run.returncode == 0 and not run.errors, run.explain()
    # the notes' renderers are imported at the first notes written, not when the plugin loads with QGIS
    assert not any(run.detail["loaded"].values()), run.detail["loaded"]
    for name in ("word_first", "word_again"):
        measured = run.detail[name]
        assert measured["result"] == [measured["path"]] and measured["size"] > 20_000, measured
        assert measured["ticks"] >= 10, measured  # the timer ran before, during and after the export
        assert measured["built"] == [{"gui_thread": False}], (name, measured)  # on a worker, once
    pdf = run.detail["pdf"]
    assert pdf["result"] == [pdf["path"]] and pdf["size"] > 20_000, pdf
    print(f"longest GUI-thread pause: Word {run.detail['word_first']['longest']:.2f} s (first), "
          f"{run.detail['word_again']['longest']:.2f} s (again); PDF {pdf['longest']:.2f} s")
