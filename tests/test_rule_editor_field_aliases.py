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
