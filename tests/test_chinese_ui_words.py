"""The Chinese UI and notes as Chinese writes them: no English label left in a map tip (a tr() that pylupdate could
not see), no space after a full stop or before a full-width bracket where sentences and notes are joined."""

import re
from types import SimpleNamespace

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from zoning_review.plugin.core.model.results import Reason
from zoning_review.plugin.core.outputs.siting_rows import unit_fields
from zoning_review.plugin.gui.siting_output import style_screen
from zoning_review.plugin.gui.siting_panel import SitingPanel
from zoning_review.plugin.i18n import sentences
from zoning_review.plugin.notes.document import build_document

from .test_feedback_language import ui  # noqa: F401 - the fixture setting the UI language
from .test_notes_sample import Sample

EXPRESSION = re.compile(r"\[%.*?%\]|<[^>]+>")


@pytest.mark.parametrize("lang, lines", [
    ("zh", ["结论：", "决定性理由：", "决定性条款："]),
    ("en", ["Verdict: ", "Deciding reason: ", "Deciding clauses: "]),
])
def test_the_siting_screens_map_tip_names_its_values_in_the_ui_language(ui, lang, lines):  # noqa: F811
    ui(lang)
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4490", "screen", "memory")
    layer.dataProvider().addAttributes(unit_fields().toList())
    layer.updateFields()
    tip = style_screen(layer).mapTipTemplate()
    words = EXPRESSION.sub("\n", tip)
    assert [line for line in words.split("\n") if line.strip()] == lines
    if lang == "zh":
        assert not re.search(r"[A-Za-z]", words), words
    assert '[% "verdict_text" %]' in tip and '[% "reason" %]' in tip and '[% "rule_ids" %]' in tip


@pytest.mark.parametrize("parts, joined", [
    (["冲突", "（决定性）"], "冲突（决定性）"),
    (["已核查 21 条条款。", "存在冲突的条款：G-SL-01。"], "已核查 21 条条款。存在冲突的条款：G-SL-01。"),
    (["Conflict", "(decisive)"], "Conflict (decisive)"),
    (["12 units: 1 non-compliant", "(1 data warning: hover for details)"],
     "12 units: 1 non-compliant (1 data warning: hover for details)"),
])
def test_a_bracketed_note_follows_chinese_without_a_space(parts, joined):
    assert sentences(parts) == joined


@pytest.mark.parametrize("lang, expected", [
    ("zh", "共 12 个单元：1 个不符合，2 个需进一步论证，9 个符合（1 条数据警告：鼠标悬停查看详情）"),
    ("en", "12 units: 1 non-compliant, 2 need study, 9 compliant (1 data warning: hover for details)"),
])
def test_the_siting_summary_puts_its_warning_note_as_the_language_does(ui, qtbot, lang, expected):  # noqa: F811
    ui(lang)
    panel = SitingPanel(QgsProject.instance(), lambda: [], lambda: None)
    qtbot.addWidget(panel)
    verdicts = ["non_compliant"] + ["needs_study"] * 2 + ["compliant"] * 9
    panel.results = {"units": SimpleNamespace(units=[SimpleNamespace(verdict=v) for v in verdicts],
                                              warnings=[Reason("a unit without a code", {})])}
    assert panel.summary_text() == expected


@pytest.fixture(scope="module")
def chinese_notes(qgis_app, sample_gpkg, example_rules):
    """Site id → the Chinese notes document of every sample site."""
    return {review.site_id: build_document(review, context, "zh")
            for review, context, _layers in Sample(sample_gpkg, example_rules).items}


def test_chinese_notes_put_no_space_after_a_full_stop_or_before_a_full_width_bracket(chinese_notes):
    texts = {text for document in chinese_notes.values() for text in document.texts()}
    assert not [t for t in texts if re.search(r"[。；：，] \S|\S （", t)], sorted(
        t for t in texts if re.search(r"[。；：，] \S|\S （", t))[:5]


def test_the_unit_analysis_runs_on_into_its_deciding_clauses(chinese_notes):
    texts = chinese_notes["S02"].texts()
    assert ("项目拟选址位于重点管控单元“雄县城镇重点管控单元”（编码 ZH13063820001），占拟选址地块面积的 100.0%。"
            "已对照总体、管控类别和单元三个层级共 21 条条款进行核查。存在冲突的条款：C-K-01、G-SL-03。"
            "本项目须落实的要求：C-K-02、G-PE-02、G-RP-01。") in texts
    assert "冲突（决定性）" in texts
