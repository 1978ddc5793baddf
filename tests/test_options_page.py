"""The options page shows the stored settings, and only apply() stores what it shows."""

import pytest

from zoning_review.plugin import settings
from zoning_review.plugin.core.inputs.resolve import tolerance
from zoning_review.plugin.gui.options_page import ZoningReviewOptionsFactory, ZoningReviewOptionsPage
from zoning_review.plugin.notes.layout_renderer import template_path

KEYS = (settings.REVIEWER, settings.ORGANISATION, settings.NOTES_LANGUAGE, settings.NOTES_TEMPLATE,
        settings.MIN_OVERLAP_M2, settings.MIN_SITE_FRACTION)


@pytest.fixture
def clean_settings(qgis_app):
    """Every setting the page edits at its default before and after the test."""
    for key in KEYS:
        key.reset()
    yield
    for key in KEYS:
        key.reset()


def test_page_shows_defaults_and_apply_stores_edits(clean_settings, qtbot, tmp_path):
    page = ZoningReviewOptionsPage()
    qtbot.addWidget(page)
    assert page.reviewer.text() == "" and page.language.currentData() == ""
    assert page.min_overlap.value() == pytest.approx(1.0)
    assert page.min_fraction.value() == pytest.approx(0.01)
    template = tmp_path / "mine.qpt"
    template.write_text("<Layout/>", encoding="utf-8")
    page.reviewer.setText("  Li Hua ")
    page.organisation.setText("Xiong'an EIA Centre")
    page.language.setCurrentIndex(page.language.findData("en"))
    page.template.setFilePath(str(template))
    page.min_overlap.setValue(25.0)
    page.min_fraction.setValue(0.5)
    assert settings.REVIEWER.value() == "", "editing alone must not store anything"
    page.apply()
    assert settings.REVIEWER.value() == "Li Hua"
    assert settings.ORGANISATION.value() == "Xiong'an EIA Centre"
    assert settings.NOTES_LANGUAGE.value() == "en"
    assert template_path() == str(template)
    assert (tolerance().min_area_m2, tolerance().min_site_fraction) == pytest.approx((25.0, 0.005))
    again = ZoningReviewOptionsPage()
    qtbot.addWidget(again)
    assert (again.reviewer.text(), again.language.currentData()) == ("Li Hua", "en")
    assert again.min_fraction.value() == pytest.approx(0.5)


def test_factory_makes_a_titled_page(qgis_app, qtbot):
    factory = ZoningReviewOptionsFactory()
    assert factory.title() == "Zoning Review" and not factory.icon().isNull()
    page = factory.createWidget(None)
    qtbot.addWidget(page)
    assert isinstance(page, ZoningReviewOptionsPage)


def test_the_register_path_is_shown_and_stored_on_apply(qgis_app, qtbot, tmp_path):
    settings.REGISTER_PATH.reset()
    try:
        page = ZoningReviewOptionsPage()
        qtbot.addWidget(page)
        assert page.register.filePath() == ""
        path = str(tmp_path / "台账.gpkg")
        page.register.setFilePath(path)
        assert settings.REGISTER_PATH.value() == "", "editing alone must not store anything"
        page.apply()
        assert settings.REGISTER_PATH.value() == path
        assert not (tmp_path / "台账.gpkg").exists()  # created by the first 'Save to register', not by the page
        again = ZoningReviewOptionsPage()
        qtbot.addWidget(again)
        assert again.register.filePath() == path
    finally:
        settings.REGISTER_PATH.reset()
