"""The options page shows the stored settings, and only apply() stores what it shows."""

import math

import pytest
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import Qt

from zoning_review.plugin import settings
from zoning_review.plugin.core.inputs.resolve import tolerance
from zoning_review.plugin.gui.options_page import ZoningReviewOptionsFactory, ZoningReviewOptionsPage
from zoning_review.plugin.log import TAG
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


@pytest.fixture
def warnings_logged(qgis_app):
    """The texts the plugin writes to its tab of the QGIS message log while the test runs."""
    seen = []

    def record(text, tag, _level):
        if tag == TAG:
            seen.append(text)

    QgsApplication.messageLog().messageReceived.connect(record)
    yield seen
    QgsApplication.messageLog().messageReceived.disconnect(record)


@pytest.mark.parametrize("stored", ["nan", float("nan"), "inf", float("-inf"), -5.0, "-0.5", "1e400", "many"])
def test_a_tolerance_stored_unusable_reads_as_the_default_with_a_warning(clean_settings, warnings_logged, stored):
    QgsSettings().setValue("zoning_review/overlay/min_overlap_m2", "0")
    QgsSettings().setValue("zoning_review/overlay/min_site_fraction", 0.002)
    assert (tolerance().min_area_m2, tolerance().min_site_fraction) == (0.0, 0.002)
    assert warnings_logged == [], "a usable value is read without a word"
    QgsSettings().setValue("zoning_review/overlay/min_overlap_m2", stored)
    QgsSettings().setValue("zoning_review/overlay/min_site_fraction", stored)
    assert (tolerance().min_area_m2, tolerance().min_site_fraction) == (1.0, 1e-4)
    assert any("zoning_review/overlay/min_overlap_m2" in text for text in warnings_logged)
    assert any("zoning_review/overlay/min_site_fraction" in text for text in warnings_logged)
    said = len(warnings_logged)
    assert tolerance().min_area_m2 == 1.0 and len(warnings_logged) == said, "said once, not at every review"


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -1.0])
def test_storing_an_unusable_tolerance_is_refused(clean_settings, value):
    with pytest.raises(ValueError):
        settings.MIN_OVERLAP_M2.set(value)
    assert QgsSettings().value("zoning_review/overlay/min_overlap_m2") is None


def test_the_page_shows_the_default_for_a_stored_nan_names_it_and_keeps_it_until_changed(clean_settings, qtbot):
    QgsSettings().setValue("zoning_review/overlay/min_overlap_m2", "nan")
    QgsSettings().setValue("zoning_review/overlay/min_site_fraction", "-0.01")
    page = ZoningReviewOptionsPage()
    qtbot.addWidget(page)
    assert (page.min_overlap.value(), page.min_fraction.value()) == pytest.approx((1.0, 0.01))
    assert "“nan”" in page.min_overlap_note.text() and "“-0.01”" in page.min_fraction_note.text()
    page.apply()
    assert QgsSettings().value("zoning_review/overlay/min_overlap_m2") == "nan"  # reviews use the default, warned
    assert QgsSettings().value("zoning_review/overlay/min_site_fraction") == "-0.01"
    page.min_overlap.setValue(2.0)
    page.apply()
    assert settings.MIN_OVERLAP_M2.value() == 2.0


def type_into(qtbot, box, text: str) -> None:
    """Replace a spin box's text by typing, then let it read what was typed."""
    box.lineEdit().selectAll()
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Delete)
    qtbot.keyClicks(box.lineEdit(), text)
    box.interpretText()


@pytest.mark.parametrize("typed", ["nan", "NaN", "inf"])
def test_the_page_refuses_typed_words_for_a_tolerance_and_takes_a_number(clean_settings, qtbot, typed):
    page = ZoningReviewOptionsPage()
    qtbot.addWidget(page)
    page.show()
    for box in (page.min_overlap, page.min_fraction):
        type_into(qtbot, box, typed)
    page.apply()
    for key, shown in ((settings.MIN_OVERLAP_M2, page.min_overlap), (settings.MIN_SITE_FRACTION, page.min_fraction)):
        stored = QgsSettings().value(key.key, type=float)
        assert math.isfinite(stored) and stored >= 0.0, (typed, key.key, stored)
        assert stored < shown.maximum(), "no word may count as the maximum"
    type_into(qtbot, page.min_overlap, "2.5")
    page.apply()
    assert settings.MIN_OVERLAP_M2.value() == pytest.approx(2.5)


@pytest.mark.parametrize("key, stored, shown_box", [
    ("overlay/min_site_fraction", 0.5, "min_fraction"),  # 50 %: above the page's 10 %
    ("overlay/min_overlap_m2", 0.004, "min_overlap"),  # finer than the page's 2 decimals
    ("overlay/min_overlap_m2", 2_500_000.0, "min_overlap"),  # above the page's 1,000,000 m²
    ("overlay/min_site_fraction", 1.2345e-7, "min_fraction"),
])
def test_ok_leaves_a_stored_tolerance_the_page_cannot_set_as_it_is_and_shows_it(clean_settings, qtbot, key, stored,
                                                                                 shown_box):
    QgsSettings().setValue("zoning_review/" + key, stored)
    page = ZoningReviewOptionsPage()
    qtbot.addWidget(page)
    scale = 100.0 if shown_box == "min_fraction" else 1.0
    assert getattr(page, shown_box).value() == pytest.approx(stored * scale, rel=1e-12)
    page.apply()  # OK pressed with nothing changed
    assert QgsSettings().value("zoning_review/" + key, type=float) == stored


def test_a_share_above_the_page_range_is_named_beside_it(clean_settings, qtbot):
    QgsSettings().setValue("zoning_review/overlay/min_site_fraction", 0.5)
    page = ZoningReviewOptionsPage()
    qtbot.addWidget(page)
    page.show()
    assert page.min_fraction_note.isVisible() and "above what this page offers" in page.min_fraction_note.text()
    assert not page.min_overlap_note.isVisible()


def test_ok_stores_only_the_setting_the_user_changed(clean_settings, qtbot):
    QgsSettings().setValue("zoning_review/overlay/min_site_fraction", 0.5)
    QgsSettings().setValue("zoning_review/overlay/min_overlap_m2", 0.004)
    page = ZoningReviewOptionsPage()
    qtbot.addWidget(page)
    page.reviewer.setText("李华")
    page.min_overlap.setValue(3.0)
    page.apply()
    assert settings.REVIEWER.value() == "李华" and settings.MIN_OVERLAP_M2.value() == 3.0
    assert QgsSettings().value("zoning_review/overlay/min_site_fraction", type=float) == 0.5
    assert QgsSettings().value("zoning_review/notes/language") is None  # never stored, still not stored


def test_a_notes_language_the_page_does_not_know_is_shown_as_stored_and_kept(clean_settings, qtbot):
    settings.NOTES_LANGUAGE.set("fr")
    page = ZoningReviewOptionsPage()
    qtbot.addWidget(page)
    assert page.language.currentData() == "fr" and "fr" in page.language.currentText()
    page.apply()
    assert settings.NOTES_LANGUAGE.value() == "fr"
    page.language.setCurrentIndex(page.language.findData("zh"))
    page.apply()
    assert settings.NOTES_LANGUAGE.value() == "zh"
