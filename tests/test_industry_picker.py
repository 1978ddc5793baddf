"""The industry picker in English and Chinese: English users search and read English names, Chinese users Chinese."""

import re

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtGui import QInputMethodEvent
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication

from zoning_review.plugin.gui.industry_picker import IndustryPicker

CJK = re.compile(r"[\u4e00-\u9fff]")


def type_chinese(edit, text: str) -> None:
    """Type Chinese as an input method does: one committed string (QTest has no keys for it)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


@pytest.fixture
def picker_in(qgis_app, qtbot):
    """A picker built under a UI locale (QGIS's override), which is restored afterwards."""
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale")}

    def make(locale: str) -> IndustryPicker:
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", locale)
        picker = IndustryPicker()
        qtbot.addWidget(picker)
        return picker
    yield make
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


def test_english_user_finds_the_chemical_industries_by_typing(picker_in):
    picker = picker_in("en_US")
    QTest.keyClicks(picker.edit, "chemical")
    offered = picker.suggestions()
    assert "C26 Manufacture of chemical raw materials and chemical products" in offered, offered
    assert "C2614 Manufacture of organic chemical raw materials" in offered
    assert not [text for text in offered if CJK.search(text)], offered


def test_english_user_reads_the_english_name_of_an_entry(picker_in):
    picker = picker_in("en_GB")
    picker.set_code("3011")
    assert picker.edit.text() == "C3011 Manufacture of cement"
    assert picker.code() == "C3011"
    assert picker.hint.text().startswith("Manufacture of cement (")
    picker.edit.clear()
    type_chinese(picker.edit, "水泥")
    assert "C3011 Manufacture of cement" in picker.suggestions(), "a Chinese name still finds the entry"


def test_chinese_user_sees_the_standards_chinese_names(picker_in):
    picker = picker_in("zh_CN")
    type_chinese(picker.edit, "化学原料")
    offered = picker.suggestions()
    assert offered[:2] == ["C26 化学原料和化学制品制造业", "C261 基础化学原料制造"], offered
    picker.set_code("C3011")
    assert picker.edit.text() == "C3011 水泥制造"
    assert picker.hint.text().startswith("水泥制造")
    picker.edit.clear()
    QTest.keyClicks(picker.edit, "cement")
    assert "C3011 水泥制造" in picker.suggestions(), "an English name finds the entry, shown in Chinese"
