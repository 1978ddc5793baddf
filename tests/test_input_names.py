"""A finding about an input the review could not use is named by what it is about, never by its internal id
(input:coating): in the panel, the judgement dialog, the notes (their tables, the EIA summary's sentences),
SUMMARY's reason and the register's entry, in English and Chinese; a clause keeps its id."""

import json

import pytest
from qgis.PyQt.QtWidgets import QLabel

from zoning_review.plugin.core.model.project import ProjectDescription
from zoning_review.plugin.core.model.results import OverlayResult, UnitOverlap
from zoning_review.plugin.core.review.labels import clause_name, finding_name
from zoning_review.plugin.core.review.site_review import evaluate_overlay, render_reason
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.gui.judgement_dialog import JudgementDialog
from zoning_review.plugin.gui.results_view import finding_text
from zoning_review.plugin.notes.context import NotesContext
from zoning_review.plugin.notes.document import build_document

from .test_rule_editor_attribute_values import SOLVENT
from .test_rule_file_edit import SMALL

# Written by hand: the item's words, and SUMMARY's reason for the site.
NAMES = {"en": "Coating", "zh": "涂料类型"}
SUMMARY = {"en": "Coating: Coating value 粉末涂料 is not recognised; accepted: 水性涂料, Solvent-borne",
           "zh": "涂料类型：无法识别涂料类型的取值“粉末涂料”；可接受：水性涂料、溶剂型涂料"}


@pytest.fixture(scope="module")
def review_and_rules(tmp_path_factory):
    path = tmp_path_factory.mktemp("rules") / "rules.yaml"
    path.write_text(SMALL.replace("layers:\n", "attributes:\n  coating: " + json.dumps(SOLVENT, ensure_ascii=False)
                                  + "\nlayers:\n"), encoding="utf-8")
    ruleset = load_ruleset(str(path)).ruleset
    overlap = UnitOverlap(1, "ZH13062930003", "某一般管控单元", "一般管控单元", 100.0, 1.0, 0.1, {})
    project = ProjectDescription(name="某涂装项目", industry="C3360", attributes={"coating": "粉末涂料"})
    return evaluate_overlay("S", OverlayResult(100.0, [overlap]), project, ruleset), ruleset, project


def _input(review):
    return next(f for u in review.units for f in u.findings if f.rule_id.startswith("input:"))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_item_names_the_finding(qgis_app, review_and_rules, lang):
    review = review_and_rules[0]
    finding = _input(review)
    assert finding.rule_id == "input:coating" and review.verdict == "needs_study"
    assert finding_name(finding, lang) == NAMES[lang]
    assert SUMMARY[lang] in [render_reason(reason, lang) for reason in review.reasons]


def test_the_panel_names_the_item(qgis_app, review_and_rules):
    assert finding_text(_input(review_and_rules[0])) == "Information needed: Coating"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_notes_never_show_an_input_s_id(qgis_app, review_and_rules, lang):
    review, ruleset, project = review_and_rules
    document = build_document(review, NotesContext(project=project, attributes=ruleset.attributes,
                                                   layers=ruleset.layers), lang)
    text = "\n".join(document.texts())
    assert "input:" not in text
    assert NAMES[lang] in text


@pytest.mark.parametrize("rule_id, en, zh", [
    ("input:unit_code", "Unit code", "单元编码"), ("input:category", "Unit category", "管控类别"),
    ("input:unit_text", "Text of the unit layer", "单元图层的文字"),
    ("input:access_list", "Access lists covering the unit", "适用于该单元的准入清单"),
    ("input:industry", "Industry (GB/T 4754-2017 code)", "行业（GB/T 4754-2017 代码）"),
    ("G-SL-01", "G-SL-01", "G-SL-01")])
def test_a_stored_id_is_named_in_words(qgis_app, rule_id, en, zh):
    """A register's or a judgement's clause, kept by id: the inputs in words, a clause by its id."""
    assert (clause_name(rule_id, "en"), clause_name(rule_id, "zh")) == (en, zh)


@pytest.mark.parametrize("recorded, shown", [(True, "Information needed: Coating"),
                                             (False, "Information needed: coating")])
def test_the_register_names_a_project_attribute_by_its_recorded_label(qgis_new_project, qtbot, review_and_rules,
                                                                       tmp_path, recorded, shown):
    """An entry keeps the attribute's label with its clause (the register has no rule set); an entry saved before
    it did names the attribute as stored."""
    from zoning_review.plugin.core.outputs.register import COLUMNS, append_to_register, clauses_json
    from zoning_review.plugin.core.outputs.register_records import read_register
    from zoning_review.plugin.gui.register_entry import clause_record
    from zoning_review.plugin.gui.register_view import RecordView

    from .test_register import entry
    from .test_register_browser import texts

    clause = clause_record("ZH13062930003", _input(review_and_rules[0]), [])
    assert clause.get("name") == {"zh": "涂料类型", "en": "Coating"}
    if not recorded:
        del clause["name"]
    saved = entry("S", "needs_study")
    saved.values[[n for n, _k in COLUMNS[1:]].index("clauses_json")] = clauses_json([clause], [])
    path = tmp_path / "register.gpkg"
    append_to_register(str(path), saved)
    [record] = read_register(str(path))
    view = RecordView()
    qtbot.addWidget(view)
    view.show_record(record)
    assert shown in texts(view.tree.invisibleRootItem())


def test_the_judgement_dialog_names_the_item(qgis_app, review_and_rules):
    dialog = JudgementDialog("S", "ZH13062930003", _input(review_and_rules[0]))
    assert dialog.windowTitle() == "Judge clause Coating"
    assert "Coating" in [label.text() for label in dialog.findChildren(QLabel)]
    dialog.deleteLater()
