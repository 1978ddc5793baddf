"""Words in the dock's project form: labels, not internal names; a unit said once; one name for 新建."""

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtWidgets import QLabel

from zoning_review.plugin.core.inputs.resolve import load_rules
from zoning_review.plugin.core.review.labels import construction_label
from zoning_review.plugin.gui.attribute_rows import AttributeRows
from zoning_review.plugin.gui.labels import construction_choices


@pytest.fixture
def ui_locale(qgis_app):
    """Set QGIS's UI locale override for a test, restore it afterwards."""
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale")}

    def use(locale: str) -> None:
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", locale)
    yield use
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


@pytest.mark.parametrize("locale,boiler", [("zh_CN", "燃煤锅炉蒸发量（蒸吨/小时）"),
                                           ("en_US", "Coal-fired boiler capacity (t/h)")])
def test_attribute_labels_say_the_unit_once_and_hide_names(ui_locale, example_rules, qtbot, locale, boiler):
    ui_locale(locale)
    rows = AttributeRows()
    qtbot.addWidget(rows)
    ruleset = load_rules(str(example_rules)).ruleset
    rows.set_declared(list(ruleset.attributes.values()))
    labels = {rows.form.labelForField(editor).text(): editor for editor in rows.editors.values()}
    assert boiler in labels, sorted(labels)
    assert not [text for text in labels if "_" in text], sorted(labels)
    for label in rows.findChildren(QLabel):
        assert label.toolTip() not in ruleset.attributes, label.toolTip()


def test_new_construction_has_one_english_name(qgis_app):
    panel = dict(construction_choices())["new"]
    assert panel == "New construction (新建)" and construction_label("new", "en") == "New construction"
