"""HTML notes and the index page are written as ``.part`` first and put in place whole, as PDF and Word notes are:
a failure or a cancel while the page is written leaves no broken page, and an earlier file as it was."""

import os
from pathlib import Path

import pytest
from qgis.core import QgsFeedback

from zoning_review.plugin.notes import export
from zoning_review.plugin.notes.export import write_index, write_notes
from zoning_review.plugin.notes.layout_template import NotesCancelledError

from .notes_helpers import Scenario

EARLIER = "<html><body>earlier notes</body></html>\n"


@pytest.fixture(scope="module")
def scenario(qgis_app, example_rules):
    return Scenario(example_rules)


class CancelWhileWriting(QgsFeedback):
    """Cancelled once the document is built (20 %), while the page is written."""

    def isCanceled(self):
        return self.progress() > 20


def test_a_cancel_while_the_page_is_written_keeps_the_earlier_file(scenario, tmp_path):
    earlier = tmp_path / "S01.html"
    earlier.write_text(EARLIER, encoding="utf-8")
    with pytest.raises(NotesCancelledError):
        write_notes(scenario.review, scenario.context, str(tmp_path), "S01", "html", "en",
                    feedback=CancelWhileWriting())
    assert sorted(os.listdir(tmp_path)) == ["S01.html"]
    assert earlier.read_text(encoding="utf-8") == EARLIER


def test_a_failure_while_the_page_is_written_keeps_the_earlier_file(scenario, tmp_path, monkeypatch):
    earlier = tmp_path / "S01.html"
    earlier.write_text(EARLIER, encoding="utf-8")
    # a page UTF-8 cannot encode (a lone surrogate) fails while it is written
    monkeypatch.setattr(export, "render_html", lambda *args: "<html><body>half a page \ud800</body></html>")
    with pytest.raises(UnicodeEncodeError):
        write_notes(scenario.review, scenario.context, str(tmp_path), "S01", "html", "en")
    assert sorted(os.listdir(tmp_path)) == ["S01.html"]
    assert earlier.read_text(encoding="utf-8") == EARLIER


def test_notes_and_index_written_whole_leave_no_part_file(scenario, tmp_path):
    path = write_notes(scenario.review, scenario.context, str(tmp_path), "S01", "html", "zh")
    write_index([("S01", "non_compliant", path)], str(tmp_path))
    assert sorted(os.listdir(tmp_path)) == ["S01.html", "index.html"]
    assert Path(path).read_text(encoding="utf-8").rstrip().endswith("</html>")
