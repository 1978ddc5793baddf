"""Word notes are put in place only when complete and not cancelled, as PDF and HTML notes are: a cancel given
while the file was written (before it replaces an earlier one) leaves the earlier file as it was, and no part file."""

import os
import zipfile

import pytest
from qgis.core import QgsFeedback

from zoning_review.plugin.notes.export import write_notes
from zoning_review.plugin.notes.layout_template import NotesCancelledError

from .notes_helpers import Scenario

EARLIER = b"earlier Word notes, kept by a cancel"


@pytest.fixture(scope="module")
def scenario(qgis_app, example_rules):
    return Scenario(example_rules)


class CancelWhenWritten(QgsFeedback):
    """Cancelled once the file is written, just before it is put in place (95 %)."""

    def isCanceled(self):  # noqa: N802 - QGIS's name
        return self.progress() >= 95


def test_a_cancel_before_the_word_file_is_put_in_place_keeps_the_earlier_file(scenario, tmp_path):
    earlier = tmp_path / "S01.docx"
    earlier.write_bytes(EARLIER)
    with pytest.raises(NotesCancelledError):
        write_notes(scenario.review, scenario.context, str(tmp_path), "S01", "docx", "en",
                    feedback=CancelWhenWritten())
    assert sorted(os.listdir(tmp_path)) == ["S01.docx"]
    assert earlier.read_bytes() == EARLIER


def test_word_notes_not_cancelled_replace_the_earlier_file(scenario, tmp_path):
    earlier = tmp_path / "S01.docx"
    earlier.write_bytes(EARLIER)
    path = write_notes(scenario.review, scenario.context, str(tmp_path), "S01", "docx", "en", feedback=QgsFeedback())
    assert path == str(earlier) and sorted(os.listdir(tmp_path)) == ["S01.docx"]
    with zipfile.ZipFile(path) as word:
        assert "word/document.xml" in word.namelist()
