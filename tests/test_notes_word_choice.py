"""Word notes offered by reviewsites (REPORT_FORMAT 3) and by the dock's notes dialog."""

import zipfile

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry

from tests.dock_helpers import SITE_WKT, bind
from tests.test_processing_review import params


def document_xml(path) -> str:
    """The main part of a .docx."""
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml").decode("utf-8")


def test_reviewsites_writes_word_notes(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    folder = tmp_path / "notes"
    processing.run("zoningreview:reviewsites", params(
        sample_gpkg, example_rules, tmp_path, LANGUAGE=0, REPORT_FORMAT=3, REPORT_FOLDER=str(folder),
        SITES=f"{sample_gpkg}|layername=sites|subset=\"site_id\" = 'S02'"))
    text = document_xml(folder / "S02.docx")
    for expected in ("ZH13063820001", "G-SL-03", "C-K-01", "不符合", "<w:tbl>"):
        assert expected in text
    assert "S02.docx" in (folder / "index.html").read_text(encoding="utf-8")


def test_the_notes_dialog_offers_word_and_the_dock_writes_it(dock, example_rules, tmp_path, qtbot):
    from zoning_review.plugin.gui.notes_dialog import NotesDialog
    from zoning_review.plugin.gui.review_task import Site

    dialog = NotesDialog(None, str(tmp_path), "word")
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("docx"))
    assert dialog.format() == "docx" and dialog.path().endswith("word.docx")
    bind(dock.bindings, example_rules)
    site = Site(QgsGeometry.fromWkt(SITE_WKT), QgsCoordinateReferenceSystem("EPSG:4490"), "test")
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.set_site(site)
    assert dock.notes.write("en", "docx", dialog.path()) == [dialog.path()]
    assert "ZH13062920001" in document_xml(dialog.path())
