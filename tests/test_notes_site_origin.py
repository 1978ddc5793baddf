"""reviewsites' notes say which sites layer and which feature a site came from — the layer's name, its source and
the site's feature id with its id field's value — in the data reviewed of the HTML, PDF and Word notes alike, and in
the PDF's and Word document's properties; never a credential of the source."""

import re
import subprocess
import zipfile
from xml.etree import ElementTree as ET

import pytest
from qgis.core import QgsFeatureRequest, QgsVectorLayer

from tests.kept_feedback import Feedback
from tests.test_notes_folder_kept import notes_params
from tests.test_processing_review import edited_sample
from zoning_review.plugin.processing.notes_sites import sites_record

FORMATS = {"html": 1, "pdf": 2, "docx": 3}


def squeezed(text: str) -> str:
    """Text with every whitespace removed (the PDF's and Word's tables break long sources)."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def sites_gpkg(sample_gpkg, tmp_path_factory):
    """Sites S01 and S02 (S02 without its id), in a file of their own."""
    return edited_sample(sample_gpkg, tmp_path_factory.mktemp("origin") / "候选 sites.gpkg",
                         "DELETE FROM sites WHERE site_id NOT IN ('S01', 'S02')",
                         "UPDATE sites SET site_id = NULL WHERE site_id = 'S02'")


@pytest.fixture(scope="module")
def fids(sites_gpkg):
    """The feature ids of S01 and of the site without an id, read from the file itself."""
    layer = QgsVectorLayer(f"{sites_gpkg}|layername=sites", "sites", "ogr")
    found = {feature["site_id"]: feature.id() for feature in layer.getFeatures()}
    return found["S01"], next(fid for key, fid in found.items() if key != "S01")


def text_of(path, fmt: str) -> str:
    """The readable text of a note: the page's text, the PDF's as pdftotext reads it, the Word document's body."""
    if fmt == "pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                              capture_output=True).stdout.decode("utf-8")
    if fmt == "docx":
        with zipfile.ZipFile(path) as word:
            root = ET.fromstring(word.read("word/document.xml"))
        return "".join(node.text or "" for node in root.iter() if node.tag.endswith("}t"))
    return re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")).replace("&#x27;", "'")


def properties(path, fmt: str) -> str:
    """The PDF's Subject, or the Word document's comments (dc:description)."""
    if fmt == "pdf":
        info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True).stdout.decode("utf-8")
        return re.search(r"^Subject:(.*?)^(?:Keywords|Author|Creator):", info, re.DOTALL | re.MULTILINE).group(1)
    with zipfile.ZipFile(path) as word:
        core = ET.fromstring(word.read("docProps/core.xml"))
    return "".join(node.text or "" for node in core.iter() if node.tag.endswith("}description"))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_each_note_names_its_sites_layer_source_and_feature(zr_processing, sites_gpkg, fids, example_rules,
                                                            tmp_path, fmt):
    import processing

    folder = tmp_path / "notes"
    log = Feedback()
    processing.run("zoningreview:reviewsites", {**notes_params(sites_gpkg, example_rules, tmp_path, folder),
                                                "REPORT_FORMAT": FORMATS[fmt]}, feedback=log)
    assert log.errors == []
    source = f"{sites_gpkg}|layername=sites"
    named, unnamed = fids
    s01 = squeezed(text_of(folder / f"S01.{fmt}", fmt))
    name = "候选 sites"  # Processing names a GeoPackage's layer after its file
    for row in (f"Sites layer{name}Sites layer source{source}", f"Site featurefeature id {named}; site_id: S01"):
        assert squeezed(row) in s01, row
    other = squeezed(text_of(folder / f"_{unnamed}.{fmt}", fmt))
    assert squeezed(f"Site featurefeature id {unnamed}; site_id: not given") in other
    if fmt != "html":
        record = squeezed(properties(folder / f"S01.{fmt}", fmt))
        assert squeezed(f"Sites layer {name} ({source}); feature id {named}; site_id: S01") in record


def test_a_sites_layer_held_in_memory_is_named_so(zr_processing, sites_gpkg, fids, example_rules, tmp_path):
    import processing

    layer = QgsVectorLayer(f"{sites_gpkg}|layername=sites", "sites").materialize(QgsFeatureRequest())
    layer.setName("草图地块")
    folder = tmp_path / "notes"
    log = Feedback()
    processing.run("zoningreview:reviewsites", {**notes_params(sites_gpkg, example_rules, tmp_path, folder),
                                                "SITES": layer}, feedback=log)
    assert log.errors == []
    s01 = squeezed(text_of(folder / "S01.html", "html"))
    assert squeezed("Sites layer草图地块Sites layer sourcea temporary layer held in memory (saved to no file)") in s01


@pytest.mark.parametrize("source", [
    "PG:host=127.0.0.1 port=1 dbname=gis user=bob password=s3cret|layername=sites",
    "/vsicurl/http://bob:s3cret@127.0.0.1:1/sites.gpkg|layername=sites",
])
def test_no_password_of_a_sites_layers_source_is_printed_or_recorded(qgis_app, source):
    layer = QgsVectorLayer(source, "sites", "ogr")  # no server answers: the layer keeps its source, unread
    record = sites_record(layer)
    assert "s3cret" not in record.source and "s3cret" not in record.record
    assert "bob" in record.source and record.record == record.source
