"""Text settings given in a settings file by hand (an organisation's qgis_global_settings.ini, or QGIS3.ini) with
commas unquoted, which Qt reads as a list: read as the text written, never as a Python list's repr."""

from pathlib import Path

import pytest
from qgis.core import QgsSettings

from zoning_review.plugin import settings
from zoning_review.plugin.gui.options_page import ZoningReviewOptionsPage

TEXT = (settings.REVIEWER, settings.ORGANISATION)


@pytest.fixture
def written_by_hand(qgis_app, tmp_path):
    """``organisation=Xiongan Ecology Bureau, Approvals Section`` as an .ini file holds it when written by hand."""
    for setting in TEXT:
        setting.reset()
    QgsSettings().setValue(settings.ORGANISATION.key, ["Xiongan Ecology Bureau", "Approvals Section"])
    QgsSettings().setValue(settings.REVIEWER.key, ["Wang", "Li"])
    yield
    for setting in TEXT:
        setting.reset()


def test_an_ini_file_with_commas_unquoted_holds_a_list_for_qt(written_by_hand):
    """The premise: Qt reads (and writes) such a value as a list, unquoted in the .ini file."""
    QgsSettings().sync()
    text = Path(QgsSettings().fileName()).read_text(encoding="utf-8")
    assert "organisation=Xiongan Ecology Bureau, Approvals Section\n" in text
    assert QgsSettings().value(settings.ORGANISATION.key) == ["Xiongan Ecology Bureau", "Approvals Section"]


def test_the_text_is_read_as_written(written_by_hand):
    """Before, the notes and the register printed ['Xiongan Ecology Bureau', 'Approvals Section']."""
    assert settings.ORGANISATION.value() == "Xiongan Ecology Bureau, Approvals Section"
    assert settings.REVIEWER.value() == "Wang, Li"


def test_the_options_page_shows_the_text_and_ok_leaves_it_as_stored(written_by_hand, qtbot):
    page = ZoningReviewOptionsPage()
    qtbot.addWidget(page)
    assert page.organisation.text() == "Xiongan Ecology Bureau, Approvals Section"
    page.apply()
    assert QgsSettings().value(settings.ORGANISATION.key) == ["Xiongan Ecology Bureau", "Approvals Section"]
