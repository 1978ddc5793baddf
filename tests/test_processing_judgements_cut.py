"""JUDGEMENTS cut short: a feature limit, a feature filter, "Selected features only" or the layer's own filter would
leave judgements out, and a 不符合 left out would no longer decide its site (which might then read compliant). Each
is refused naming the table and what to do, before anything is written, whether the table is read as QGIS reads it
or in GBK (as Chinese Excel saves a CSV file)."""

import csv

import pytest
from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer

from tests.test_processing_review import params
from tests.test_processing_unit_sources import refusal

ROWS = [  # S05's clause judged 不符合 last: a limit of 2 would leave it out
    {"site_id": "S01", "unit_code": "ZH13063820002", "rule_id": "G-SL-01", "judgement": "符合", "remark": "",
     "reviewer": "王工"},
    {"site_id": "S02", "unit_code": "ZH13063820002", "rule_id": "G-SL-01", "judgement": "符合", "remark": "",
     "reviewer": "王工"},
    {"site_id": "S05", "unit_code": "ZH13063210003", "rule_id": "C-P-02", "judgement": "不符合",
     "remark": "路基占用退耕还湿区", "reviewer": "王工"},
]


def table(path, encoding: str) -> str:
    """The judgements table ROWS as a CSV file in ``encoding``."""
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(ROWS[0]))
        writer.writeheader()
        writer.writerows(ROWS)
    return str(path)


@pytest.fixture(params=["utf-8", "gbk"])
def judgements(zr_processing, tmp_path, request):
    """The table as a layer of the project, in UTF-8 (read as QGIS reads it) or in GBK (read through a copy)."""
    layer = QgsVectorLayer(table(tmp_path / "判定.csv", request.param), "判定", "ogr")
    assert layer.isValid() and layer.featureCount() == 3
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


def run(sample_gpkg, example_rules, tmp_path, given) -> str:
    """reviewsites on the sample with JUDGEMENTS ``given``: the message it stopped with ('' when it ran)."""
    out = tmp_path / "out"
    out.mkdir()
    message = refusal("zoningreview:reviewsites", params(sample_gpkg, example_rules, out, JUDGEMENTS=given))
    if message:
        assert list(out.iterdir()) == []  # nothing written
    return message


def test_a_feature_limit_on_the_judgements_is_refused(judgements, sample_gpkg, example_rules, tmp_path):
    message = run(sample_gpkg, example_rules, tmp_path, QgsProcessingFeatureSourceDefinition(judgements.id(), False, 2))
    assert "Reviewer's judgements 判定" in message and "feature limit of 2" in message
    assert "save them as a table of their own" in message


def test_selected_judgements_only_are_refused(judgements, sample_gpkg, example_rules, tmp_path):
    judgements.selectByExpression("\"site_id\" <> 'S05'")
    assert judgements.selectedFeatureCount() == 2
    message = run(sample_gpkg, example_rules, tmp_path, QgsProcessingFeatureSourceDefinition(judgements.id(), True))
    assert "Reviewer's judgements 判定" in message and "\"Selected features only\" is set" in message
    assert "Save Selected Features As" in message


def test_a_filter_on_the_judgements_layer_is_refused(judgements, sample_gpkg, example_rules, tmp_path):
    assert judgements.setSubsetString("\"site_id\" <> 'S05'")
    message = run(sample_gpkg, example_rules, tmp_path, judgements.id())
    assert "Reviewer's judgements 判定" in message and "Query Builder" in message and "<> 'S05'" in message
    assert judgements.subsetString() == "\"site_id\" <> 'S05'"  # the user's layer is left as it was


@pytest.mark.skipif(not hasattr(QgsProcessingFeatureSourceDefinition(""), "filterExpression"),
                    reason="a feature source's filter came with QGIS 3.32")
def test_a_feature_filter_on_the_judgements_is_refused(judgements, sample_gpkg, example_rules, tmp_path):
    filtered = QgsProcessingFeatureSourceDefinition(judgements.id(), False)
    filtered.filterExpression = "\"site_id\" <> 'S05'"
    message = run(sample_gpkg, example_rules, tmp_path, filtered)
    assert "Reviewer's judgements 判定" in message and "feature filter" in message and "<> 'S05'" in message


def test_the_whole_table_is_read(judgements, sample_gpkg, example_rules, tmp_path):
    """Given whole (its definition without a limit, filter or selection), the table is read and the run goes on."""
    assert run(sample_gpkg, example_rules, tmp_path, QgsProcessingFeatureSourceDefinition(judgements.id(), False)) == ""
    assert (tmp_path / "out" / "summary.gpkg").exists()
