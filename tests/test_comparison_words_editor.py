"""The rule editor and the suggester word a comparison as the reasons do (at least 35 t/h, 不低于 35 蒸吨/小时; yes;
one of a, b), never as a program's operator: the condition list's words, the picker's operator choice and the
suggester's explanations, in an English and a Chinese QGIS. Expected texts are written down here by hand."""

import pytest
import yaml
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from zoning_review.plugin.core.rules.rule_file import RuleFile
from zoning_review.plugin.gui.rule_editor.dialog import RuleEditorDialog
from zoning_review.plugin.gui.rule_editor.words import describe
from zoning_review.plugin.i18n import translator
from zoning_review.plugin.suggest import explain

BOILER = "燃煤锅炉蒸发量（蒸吨/小时）"
CONDITIONS = [  # a single condition, its words in an English QGIS, in a Chinese QGIS
    ({"attribute": {"name": "boiler_tph", "op": "<", "value": 35}},
     f"{BOILER}: less than 35 t/h", f"{BOILER}：低于 35 蒸吨/小时"),
    ({"attribute": {"name": "boiler_tph", "op": "<=", "value": 35}},
     f"{BOILER}: at most 35 t/h", f"{BOILER}：不高于 35 蒸吨/小时"),
    ({"attribute": {"name": "boiler_tph", "op": ">", "value": 35}},
     f"{BOILER}: more than 35 t/h", f"{BOILER}：高于 35 蒸吨/小时"),
    ({"attribute": {"name": "boiler_tph", "op": ">=", "value": 35000}},
     f"{BOILER}: at least 35,000 t/h", f"{BOILER}：不低于 35,000 蒸吨/小时"),
    ({"attribute": {"name": "boiler_tph", "op": "==", "value": 35}},
     f"{BOILER}: equal to 35 t/h", f"{BOILER}：等于 35 蒸吨/小时"),
    ({"attribute": {"name": "boiler_tph", "op": "!=", "value": 35}},
     f"{BOILER}: other than 35 t/h", f"{BOILER}：不等于 35 蒸吨/小时"),
    ({"attribute": {"name": "discharges_pollutants", "op": "==", "value": True}},
     "是否排放污染物: yes", "是否排放污染物：是"),
    ({"attribute": {"name": "discharges_pollutants", "op": "!=", "value": True}},
     "是否排放污染物: no", "是否排放污染物：否"),
    ({"unit_attribute": {"field": "ZLCB", "op": "==", "value": "是"}}, "Unit field ZLCB: yes", "单元字段 ZLCB：是"),
    ({"unit_attribute": {"field": "ZLCB", "op": "!=", "value": "是"}}, "Unit field ZLCB: no", "单元字段 ZLCB：否"),
    ({"unit_attribute": {"field": "ZLCB", "op": "in", "value": ["是", "Y"]}},
     "Unit field ZLCB: one of 是, Y", "单元字段 ZLCB：为是、Y 之一"),
    ({"unit_attribute": {"field": "DM", "op": "==", "value": "0313"}}, "Unit field DM: 0313", "单元字段 DM：为 0313"),
    ({"unit_attribute": {"field": "DM", "op": "!=", "value": "0313"}},
     "Unit field DM: not 0313", "单元字段 DM：不为 0313"),
    ({"unit_attribute": {"field": "AREA", "op": ">", "value": 10000}},
     "Unit field AREA: more than 10000", "单元字段 AREA：高于 10000"),
    ({"unit_attribute": {"field": "管控类别", "op": "==", "value": "重点管控"}},
     "Unit field 管控类别: 重点管控", "单元字段管控类别：为重点管控"),
]
OPERATOR_CHOICES = {"en": ["less than", "at most", "more than", "at least", "equal to", "other than", "one of"],
                    "zh": ["低于", "不高于", "高于", "不低于", "等于", "不等于", "为下列之一"]}


@pytest.fixture(params=["en", "zh"])
def ui(request, qgis_app):
    """An English or a Chinese QGIS (its locale and, as QGIS installs it at start, the plugin's translator)."""
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale")}
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "zh_CN" if request.param == "zh" else "en_US")
    chinese = translator("zh") if request.param == "zh" else None
    if chinese is not None:
        QCoreApplication.installTranslator(chinese)
    yield request.param
    if chinese is not None:
        QCoreApplication.removeTranslator(chinese)
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


def test_the_condition_list_words_every_operator(ui, example_rules):
    document = yaml.safe_load(example_rules.read_text(encoding="utf-8"))
    found = [describe(part, document) for part, _en, _zh in CONDITIONS]
    assert found == [en if ui == "en" else zh for _part, en, zh in CONDITIONS]


def test_the_picker_offers_the_operators_in_words(ui, example_rules):
    dialog = RuleEditorDialog(RuleFile.open(str(example_rules)), ["HJGKDYBM"], {"river_bank": "河流岸线"})
    picker = dialog.make_picker()
    try:
        for combo in (picker.attribute_op, picker.unit_op):
            assert [combo.itemText(i) for i in range(combo.count())] == OPERATOR_CHOICES[ui]
            assert [combo.itemData(i) for i in range(combo.count())] == ["<", "<=", ">", ">=", "==", "!=", "in"]
    finally:
        picker.deleteLater()
        dialog.deleteLater()


@pytest.mark.parametrize("lang, only_if, present", [
    ("en", "“不低于35蒸吨”: allowed only if Boiler capacity is at least 35 t/h, so effect restrict with only_if.",
     "“排放VOCs”: a project that has it, VOCs emissions more than 0."),
    ("zh", "“不低于35蒸吨”：仅当“锅炉蒸发量”不低于 35 蒸吨/小时时允许，故管控方式为 restrict（限制）并设 only_if。",
     "“排放VOCs”：项目具有该项，即“VOCs排放量”高于 0。"),
])
def test_the_suggesters_explanations_word_the_comparison(qgis_app, lang, only_if, present):
    boiler = "Boiler capacity" if lang == "en" else "锅炉蒸发量"
    unit = "t/h" if lang == "en" else "蒸吨/小时"
    assert explain.threshold("不低于35蒸吨", boiler, ">=", 35, unit, True, lang) == only_if
    vocs = "VOCs emissions" if lang == "en" else "VOCs排放量"
    assert explain.present("排放VOCs", vocs, lang) == present
    plain = explain.threshold("5亿元以上", "Investment" if lang == "en" else "投资", ">", 50000,
                              "(10,000 yuan)" if lang == "en" else "万元", False, lang)
    assert plain == {"en": "“5亿元以上”: Investment more than 50,000 (10,000 yuan).",
                     "zh": "“5亿元以上”：“投资”高于 50,000 万元。"}[lang]
