"""The notes of a review with layered access lists: every list named with its authority, version, scope
and SHA-256, and the clauses grouped by list and level (HTML and Word)."""

import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from tests.test_layered_rules import LAYERED, LIST_IDS, core_review
from zoning_review.plugin.core.inputs.site_attributes import detect_site_fields, project_from_attributes
from zoning_review.plugin.core.rules.loader import file_sha256
from zoning_review.plugin.notes.context import notes_context
from zoning_review.plugin.notes.document import build_document
from zoning_review.plugin.notes.export import write_notes
from zoning_review.plugin.notes.model import Table

TITLES = ["河北省生态环境准入清单总体要求（示例）", "雄安新区分类管控单元准入要求（示例）",
          "雄安新区环境管控单元准入清单（示例）"]


@pytest.fixture(scope="module")
def s02(qgis_app, sample_gpkg):
    """The layered review of S02 (a chemical plant 590 m from the river bank) and its notes context."""
    ruleset, reviews = core_review(LAYERED, sample_gpkg)
    sites = QgsVectorLayer(f"{sample_gpkg}|layername=sites", "sites", "ogr")
    units = QgsVectorLayer(f"{sample_gpkg}|layername=control_units", "control_units", "ogr")
    feature = [f for f in sites.getFeatures() if f["site_id"] == "S02"][0]
    values = dict(zip(sites.fields().names(), feature.attributes()))
    mapping = detect_site_fields(sites.fields().names(), {n: d.type for n, d in ruleset.attributes.items()})
    project = project_from_attributes("S02", values, mapping)
    context = notes_context(project, ruleset, units, feature.geometry(), sites.crs())
    return reviews["S02"], context


def rows_of(document, column):
    """Every row of every findings table (tables whose first column is ``column``)."""
    return [row for section in document.sections for block in section.blocks
            if isinstance(block, Table) and block.columns[0] == column for row in block.rows]


def test_the_notes_name_every_list_with_its_scope_and_digest(s02):
    review, context = s02
    assert [item.source.list_id for item in context.lists] == LIST_IDS
    document = build_document(review, context, "zh")
    lists = rows_of(document, "准入清单")
    assert [row[0].split("\n") for row in lists] == [[t, i] for t, i in zip(TITLES, LIST_IDS)]
    assert [row[4] for row in lists] == ["ZH130000", lists[1][4], "全部单元"]
    assert lists[1][4].startswith('left("HJGKDYBM", 8)')
    assert [row[5].split("\n")[1] for row in lists] == [file_sha256(str(p)) for p in LAYERED]


def test_clauses_are_grouped_by_list_then_level(s02):
    review, context = s02
    document = build_document(review, context, "zh")
    tables = [block for section in document.sections for block in section.blocks
              if isinstance(block, Table) and block.columns[0] == "层级"]
    layout = [row for table in tables for row in table.rows if row[1].startswith(("G-", "C-", "U-"))]
    spatial = [(row[0], row[1]) for row in layout if row[1] in ("G-SL-03", "C-K-01")]
    assert spatial == [("总体准入要求\n" + TITLES[0], "G-SL-03"), ("管控类别准入要求\n" + TITLES[1], "C-K-01")]
    for row in layout:
        assert row[0].endswith(TITLES["GCU".index(row[1][0])]), row
    for table in tables:  # the province's clauses, then the county's, then the unit list's, then the layer's texts
        order = [("GCU".index(row[1][0]) if row[1][:2] in ("G-", "C-", "U-") else 3) for row in table.rows
                 if row[1] != "—"]
        assert order == sorted(order), table.rows


def test_html_and_word_notes_carry_the_lists(s02, tmp_path):
    review, context = s02
    html = Path(write_notes(review, context, str(tmp_path), "s02", "html", "zh")).read_text(encoding="utf-8")
    for title, path in zip(TITLES, LAYERED):
        assert title in html and file_sha256(str(path)) in html
    docx = write_notes(review, context, str(tmp_path), "s02", "docx", "en")
    with zipfile.ZipFile(docx) as package:
        text = package.read("word/document.xml").decode("utf-8")
    assert "Hebei Province general access requirements (example)" in text
    assert file_sha256(str(LAYERED[2])) in text
