"""A project layer the rule editor declares for a condition with a filter: the fields the filter reads are labelled
under ``fields:`` by the layer's own QGIS aliases (BHQJB → 保护区级别), so that the first review already says
水源地中保护区级别为一级的部分; fields without an alias, or whose alias is their name, are left out, and a layer
picked without a filter is declared with its label alone."""

import shutil
from pathlib import Path

import pytest
import yaml
from qgis.core import QgsProject, QgsVectorLayer

from zoning_review.plugin.core.model.results import SpatialQuery
from zoning_review.plugin.core.rules.condition_words import filter_words
from zoning_review.plugin.core.rules.field_aliases import alias_labels
from zoning_review.plugin.core.rules.loader import load_ruleset
from zoning_review.plugin.core.rules.rule_file import RuleFile
from zoning_review.plugin.gui.rule_editor.dialog import RuleEditorDialog

from .test_rule_editor_form_edits import pick_wetland  # the project layer declared as "layer" (水源地 here)

FILTER = "\"bhqjb\" = '一级' AND \"MC\" IS NOT NULL AND \"DM\" <> ''"


def water_layer() -> QgsVectorLayer:
    """A memory layer of water-source zones with pinyin columns, two of them given aliases as a bureau's project
    would (DM's alias is its own name, SJ has none)."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:4490&field=BHQJB:string&field=MC:string&field=DM:string"
                           "&field=SJ:string", "水源地", "memory")
    assert layer.isValid()
    for name, alias in (("BHQJB", "保护区级别"), ("MC", " 水源地名称 "), ("DM", "DM")):
        layer.setFieldAlias(layer.fields().indexOf(name), alias)
    return layer


def test_the_aliases_of_the_fields_a_filter_reads(qgis_app):
    layer = water_layer()
    assert alias_labels(layer, [FILTER]) == {"BHQJB": "保护区级别", "MC": "水源地名称"}
    assert alias_labels(layer, ["\"SJ\" = '2020'", ""]) == {}  # no alias
    assert alias_labels(layer, ["\"BHQJB\" = "]) == {}  # a filter that does not parse reads nothing
    assert alias_labels(None, [FILTER]) == {}


@pytest.fixture
def editor(qgis_app, example_rules, tmp_path):
    path = tmp_path / "rules.yaml"
    shutil.copyfile(example_rules, path)
    project = QgsProject()
    water = water_layer()
    project.addMapLayer(water)
    dialog = RuleEditorDialog(RuleFile.open(str(path)), [], {}, project_layers=[(water.id(), water.name())],
                              project=project)
    dialog.keep = project
    yield dialog
    dialog.file.original = dialog.file.text  # nothing to ask on close
    dialog.deleteLater()


def test_the_declared_layer_labels_its_filters_fields_by_their_aliases(editor, monkeypatch):
    pick_wetland(monkeypatch, editor, "\"BHQJB\" = '一级'")
    assert editor.apply()
    assert editor.file.data["layers"]["layer"] == {"label": {"zh": "水源地"},
                                                   "fields": {"BHQJB": {"zh": "保护区级别"}}}
    editor.file.save()
    written = yaml.safe_load(Path(editor.file.path).read_text(encoding="utf-8"))
    assert written["layers"]["layer"]["fields"] == {"BHQJB": {"zh": "保护区级别"}}
    ruleset = load_ruleset(editor.file.path).ruleset
    said = filter_words(ruleset.layers, SpatialQuery("layer", "\"BHQJB\" = '一级'"))
    # no English labels: the layer and the field by their Chinese ones
    assert (said.zh, said.en) == ("水源地中保护区级别为一级的部分", "水源地 where 保护区级别 is 一级")


def test_a_layer_picked_without_a_filter_is_declared_with_its_label_alone(editor, monkeypatch):
    pick_wetland(monkeypatch, editor, "")
    assert editor.apply()
    assert editor.file.data["layers"]["layer"] == {"label": {"zh": "水源地"}}


@pytest.fixture
def bound_editor(qgis_app, example_rules, tmp_path):
    """The example's rule set with water_source bound to a project layer whose GRADE (labelled by the example as
    grade) and BHQJB (not labelled) have aliases."""
    path = tmp_path / "rules.yaml"
    shutil.copyfile(example_rules, path)
    project = QgsProject()
    water = QgsVectorLayer("Polygon?crs=EPSG:4490&field=GRADE:string&field=BHQJB:string", "水源地", "memory")
    water.setFieldAlias(0, "等级")
    water.setFieldAlias(1, "保护区级别")
    project.addMapLayer(water)
    dialog = RuleEditorDialog(RuleFile.open(str(path)), [], {"water_source": water.name()}, project=project,
                              bound_ids={"water_source": water.id()})
    dialog.keep = project
    yield dialog
    dialog.file.original = dialog.file.text
    dialog.deleteLater()


LABELLED = "      grade: {zh: 保护区级别, en: protection grade}\n"


def test_a_new_filter_on_a_declared_layer_labels_the_fields_it_lacks(bound_editor, monkeypatch):
    original = bound_editor.file.text
    pick_wetland(monkeypatch, bound_editor, "\"BHQJB\" = '一级' AND \"GRADE\" = 'I'", layer="water_source")
    assert bound_editor.apply()
    fields = bound_editor.file.data["layers"]["water_source"]["fields"]
    assert fields == {"grade": {"zh": "保护区级别", "en": "protection grade"}, "BHQJB": {"zh": "保护区级别"}}
    head = original[:original.index("\nrules:")]
    assert bound_editor.file.text.startswith(head.replace(LABELLED, LABELLED + "      BHQJB: {zh: 保护区级别}\n"))
    bound_editor.file.save()
    ruleset = load_ruleset(bound_editor.file.path).ruleset
    said = filter_words(ruleset.layers, SpatialQuery("water_source", "\"BHQJB\" = '一级'"))
    assert said.zh == "饮用水水源保护区中保护区级别为一级的部分"
    bound_editor.undo_button.click()  # the rule and its labels are one edit
    assert bound_editor.file.text == original


def test_a_declared_layer_not_bound_gets_no_labels(bound_editor, monkeypatch):
    bound_editor.bound_ids = {}
    declared = bound_editor.file.data["layers"]["water_source"]
    pick_wetland(monkeypatch, bound_editor, "\"BHQJB\" = '一级'", layer="water_source")
    assert bound_editor.apply()
    assert bound_editor.file.data["layers"]["water_source"] == declared
