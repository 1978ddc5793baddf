"""One name for one thing: the sites layer is 拟选址地块 (Candidate sites) in every algorithm and no text calls it
候选地块; the notes' formats have the same names in the dock's notes dialog and in 选址审查 (reviewsites)."""

import ast

import pytest

from tests.test_feedback_language import ui  # noqa: F401 - the fixture
from tests.test_i18n import plugin_sources, tr_calls
from zoning_review.plugin.gui.notes_dialog import NotesDialog
from zoning_review.plugin.i18n import tr
from zoning_review.plugin.processing.algorithms import algorithm_classes
from zoning_review.plugin.processing.review_sites import ReviewSitesAlgorithm

SITES = {"en": "Candidate sites", "zh": "拟选址地块"}  # i18n/GLOSSARY.md: candidate site → 拟选址地块


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_sites_layer_has_one_name_in_every_algorithm(qgis_app, ui, lang):  # noqa: F811 - the fixture
    ui(lang)
    names = {}
    for cls in algorithm_classes():
        alg = cls()
        alg.initAlgorithm({})
        if alg.parameterDefinition("SITES") is not None:
            names[alg.name()] = alg.parameterDefinition("SITES").description()
    assert names == {"reviewsites": SITES[lang], "rereview": SITES[lang]}


def test_no_chinese_text_calls_the_sites_another_name(qgis_app):
    """候选地块 (the glossary's term is 拟选址地块) in no translation of a string the plugin shows."""
    found = []
    for path in plugin_sources():
        for call, _function in tr_calls(ast.parse(path.read_text(encoding="utf-8"))):
            first = call.args[0] if call.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str) and "候选地块" in tr(first.value, "zh"):
                found.append(f"{path.name}:{call.lineno}: {first.value}")
    assert not found, found


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_notes_formats_have_the_dialogs_names_in_reviewsites(qgis_app, qtbot, tmp_path, ui, lang):  # noqa: F811
    ui(lang)
    dialog = NotesDialog(None, str(tmp_path), "S01")
    qtbot.addWidget(dialog)
    combo = dialog.format_combo
    dock = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    alg = ReviewSitesAlgorithm()
    alg.initAlgorithm({})
    options = alg.parameterDefinition("REPORT_FORMAT").options()
    assert dict(zip(alg.FORMATS[1:], options[1:])) == {fmt: dock[fmt] for fmt in ("html", "pdf", "docx")}
    assert options[3] == {"en": "Word document (DOCX)", "zh": "Word 文档 (DOCX)"}[lang]
