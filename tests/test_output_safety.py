"""Outputs never touch inputs or each other, refuse truncating formats, and name only notes written (#15)."""

import hashlib
import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsVectorFileWriter,
)

from tests.kept_feedback import Feedback, at_step
from tests.test_access_list_import import write_xlsx
from tests.test_processing_review import params, rows
from zoning_review.plugin.compat import WKB_NO_GEOMETRY


def digest(path: Path) -> str:
    """The SHA-256 of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture
def sample_copy(sample_gpkg, example_rules, tmp_path):
    """A private copy of the sample GeoPackage and rule set, and their digests."""
    gpkg, rules = tmp_path / "in" / "sample.gpkg", tmp_path / "in" / "rules.yaml"
    gpkg.parent.mkdir()
    shutil.copy(sample_gpkg, gpkg)
    shutil.copy(example_rules, rules)
    return gpkg, rules


OUTPUT_ON_INPUT = st.tuples(
    st.sampled_from(["FINDINGS", "SUMMARY"]),
    st.sampled_from(["gpkg", "rules"]),
    st.sampled_from([None, "sites", "control_units", "findings", "red_line"]),
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=OUTPUT_ON_INPUT)
def test_any_output_on_an_input_is_refused_and_the_input_is_unchanged(zr_processing, sample_copy, tmp_path, case):
    import processing

    output, which, table = case
    gpkg, rules = sample_copy
    target = gpkg if which == "gpkg" else rules
    before = digest(target)
    value = f"{target}|layername={table}" if table else str(target)
    with pytest.raises(QgsProcessingException, match="would destroy the input"):
        processing.run("zoningreview:reviewsites", params(gpkg, rules, tmp_path, **{output: value}))
    assert digest(target) == before


def test_findings_and_summary_in_one_geopackage(zr_processing, sample_copy, tmp_path):
    import processing

    gpkg, rules = sample_copy
    both = tmp_path / "both.gpkg"
    with pytest.raises(QgsProcessingException, match="same file"):
        processing.run("zoningreview:reviewsites", params(
            gpkg, rules, tmp_path, FINDINGS=str(both), SUMMARY=str(both)))
    processing.run("zoningreview:reviewsites", params(
        gpkg, rules, tmp_path, FINDINGS=f"ogr:dbname='{both}' table=\"findings\" (geom)",
        SUMMARY=f"ogr:dbname='{both}' table=\"summary\" (geom)"))
    from osgeo import ogr

    data = ogr.Open(str(both))
    names = {data.GetLayer(i).GetName(): data.GetLayer(i).GetFeatureCount() for i in range(data.GetLayerCount())}
    assert names["summary"] == 10 and names["findings"] >= 10


def test_shapefile_outputs_are_refused(zr_processing, sample_copy, tmp_path):
    import processing

    gpkg, rules = sample_copy
    with pytest.raises(QgsProcessingException, match="shapefile"):
        processing.run("zoningreview:reviewsites", params(
            gpkg, rules, tmp_path, FINDINGS=str(tmp_path / "findings.shp")))
    assert not (tmp_path / "findings.shp").exists()


def test_missing_folder_folder_and_file_give_different_messages(zr_processing, sample_copy, tmp_path):
    import processing

    gpkg, rules = sample_copy
    with pytest.raises(QgsProcessingException, match="does not exist"):
        processing.run("zoningreview:reviewsites", params(
            gpkg, rules, tmp_path, SUMMARY=str(tmp_path / "nope" / "summary.gpkg")))
    with pytest.raises(QgsProcessingException, match="is a folder"):
        processing.run("zoningreview:reviewsites", params(gpkg, rules, tmp_path, SUMMARY=str(tmp_path)))
    a_file = tmp_path / "a_file.txt"
    a_file.write_text("x")
    with pytest.raises(QgsProcessingException, match="is a file, not a folder"):
        processing.run("zoningreview:reviewsites", params(
            gpkg, rules, tmp_path, REPORT_FORMAT=1, REPORT_FOLDER=str(a_file)))
    assert a_file.read_text() == "x"


@pytest.fixture
def read_only_folder(tmp_path):
    """A real read-only folder (a read-only tmpfs: even root may not write there)."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    if os.geteuid() == 0:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "none", str(folder)],
                              capture_output=True)
        if done.returncode != 0:
            pytest.skip("cannot mount a read-only folder here")
        yield folder
        subprocess.run(["umount", str(folder)], check=True)
    else:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)


def test_read_only_folders_are_refused_with_their_own_message(zr_processing, sample_copy, tmp_path,
                                                              read_only_folder):
    import processing

    gpkg, rules = sample_copy
    with pytest.raises(QgsProcessingException, match="read-only"):
        processing.run("zoningreview:reviewsites", params(
            gpkg, rules, tmp_path, SUMMARY=str(read_only_folder / "summary.gpkg")))
    with pytest.raises(QgsProcessingException, match="read-only"):
        processing.run("zoningreview:reviewsites", params(
            gpkg, rules, tmp_path, REPORT_FORMAT=1, REPORT_FOLDER=str(read_only_folder / "notes")))
    table = tmp_path / "list.xlsx"
    write_xlsx(table)
    with pytest.raises(QgsProcessingException, match="read-only"):
        processing.run("zoningreview:importaccesslist", {
            "INPUT": str(table), "OUTPUT": str(read_only_folder / "rules.yaml")})


def test_importaccesslist_never_overwrites_its_table(zr_processing, tmp_path):
    import processing

    table = tmp_path / "list.xlsx"
    write_xlsx(table)
    before = digest(table)
    with pytest.raises(QgsProcessingException, match="would destroy the input"):
        processing.run("zoningreview:importaccesslist", {"INPUT": str(table), "OUTPUT": str(table)})
    assert digest(table) == before
    with pytest.raises(QgsProcessingException, match="does not exist"):
        processing.run("zoningreview:importaccesslist", {
            "INPUT": str(table), "OUTPUT": str(tmp_path / "nope" / "rules.yaml")})
    with pytest.raises(QgsProcessingException, match="is a folder"):
        processing.run("zoningreview:importaccesslist", {"INPUT": str(table), "OUTPUT": str(tmp_path)})


def test_sitingscreen_outputs_are_checked_too(zr_processing, sample_copy, tmp_path):
    import processing

    gpkg, rules = sample_copy
    before = digest(gpkg)
    common = {"UNITS": f"{gpkg}|layername=control_units", "RULES": str(rules), "INDUSTRY": "C2614"}
    with pytest.raises(QgsProcessingException, match="would destroy the input"):
        processing.run("zoningreview:sitingscreen", {**common, "OUTPUT": str(gpkg),
                                                      "ZONES": str(tmp_path / "zones.gpkg")})
    with pytest.raises(QgsProcessingException, match="shapefile"):
        processing.run("zoningreview:sitingscreen", {**common, "OUTPUT": str(tmp_path / "screen.shp"),
                                                      "ZONES": str(tmp_path / "zones.gpkg")})
    assert digest(gpkg) == before


def sites_with_ids(source, ids, path: Path) -> str:
    """A GeoPackage of sample sites whose site_id values are ids (None is NULL), geometries reused."""
    layer = source.materialize(QgsFeatureRequest())
    geometries = [f.geometry() for f in layer.getFeatures()]
    layer.startEditing()
    for feature in list(layer.getFeatures()):
        layer.deleteFeature(feature.id())
    template = next(source.getFeatures())
    for number, site_id in enumerate(ids):
        feature = type(template)(layer.fields())
        feature.setAttributes(template.attributes())
        feature["fid"] = None
        feature["site_id"] = site_id
        feature.setGeometry(geometries[number % len(geometries)])
        layer.addFeature(feature)
    layer.commitChanges()
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "sites"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), layer.transformContext(), options)
    return f"{path}|layername=sites"


AWKWARD_IDS = ["A/1", "A_1", "a_1", None, None, "index", "CON", "nul.txt", "x" * 300, "甲" * 100, "A/1",
               "S 01（东区）", "B#2 50%"]


def test_every_site_gets_its_own_note_and_summary_names_only_notes_written(
        zr_processing, sample_gpkg, example_rules, sites_layer, tmp_path):
    import processing

    sites = sites_with_ids(sites_layer, AWKWARD_IDS, tmp_path / "sites.gpkg")
    notes = tmp_path / "notes"
    processing.run("zoningreview:reviewsites", params(
        sample_gpkg, example_rules, tmp_path, SITES=sites, REPORT_FORMAT=1, REPORT_FOLDER=str(notes)))
    summary = rows(tmp_path / "summary.gpkg")
    named = [row["notes"] for row in summary]
    assert len(summary) == len(AWKWARD_IDS)
    assert all(named) and len(set(named)) == len(AWKWARD_IDS)
    assert all(Path(path).is_file() and Path(path).parent == notes for path in named)
    assert sorted(p.name for p in notes.iterdir() if p.name != "index.html") == sorted(Path(p).name for p in named)
    assert all(len(Path(path).name.encode()) < 200 for path in named)
    by_id = {row["site_id"]: Path(row["notes"]).name for row in summary}
    assert [by_id[site_id] for site_id in ("CON", "nul.txt", "S 01（东区）")] == [
        "CON_.html", "nul_.txt.html", "S 01（东区）.html"]
    links = re.findall(r'href="([^"]+)"', (notes / "index.html").read_text(encoding="utf-8"))
    assert sorted(unquote(link) for link in links) == sorted(Path(p).name for p in named)  # '#', '%' and all


def test_after_a_cancel_summary_names_only_notes_that_exist(zr_processing, sample_gpkg, example_rules, tmp_path):
    import processing

    notes = tmp_path / "notes"
    processing.run("zoningreview:reviewsites", params(
        sample_gpkg, example_rules, tmp_path, REPORT_FORMAT=1, REPORT_FOLDER=str(notes)),
        feedback=Feedback(cancel_when=at_step("S03")))
    named = [row["notes"] for row in rows(tmp_path / "summary.gpkg") if row["notes"]]
    assert named and len(named) < 10
    assert all(Path(path).is_file() for path in named)


@settings(max_examples=300, deadline=None)
@given(ids=st.lists(st.one_of(st.text(max_size=300), st.sampled_from(["index", "CON", "A/1", "A_1", "NULL", "#1",
                                                                       "1", "_1", "#2"])),
                    max_size=40))
def test_any_site_id_set_gives_one_safe_note_name_per_site(ids):
    from zoning_review.plugin.core.file_names import MAX_STEM_BYTES, RESERVED, safe_name
    from zoning_review.plugin.processing.review_notes import NoteNames

    names = NoteNames()
    stems = [names.take(site_id, fid) for fid, site_id in enumerate(ids)]
    assert len({unicodedata.normalize("NFC", stem).casefold() for stem in stems}) == len(ids)
    for fid, (site_id, stem) in enumerate(zip(ids, stems)):  # '_' starts the notes of sites without an id only
        assert stem.startswith("_") == (site_id == f"#{fid}")
    for stem in stems:
        assert stem and "/" not in stem and "\\" not in stem and stem.strip(". ") == stem
        assert stem.split(".")[0].casefold() not in RESERVED | {"index"}
        assert len(f"{stem}.docx.part".encode()) <= 255
        assert safe_name(stem, MAX_STEM_BYTES) == stem  # write_notes writes the very name taken


def test_site_ids_one_file_system_takes_for_one_name_get_two_notes():
    """macOS compares names in one Unicode normal form, Windows and macOS ignore case: 'é' composed and
    decomposed, 'Ä' and 'ä' are one file there, so their sites' notes need two names."""
    from zoning_review.plugin.processing.review_notes import NoteNames

    names = NoteNames()
    assert [names.take(site_id, fid) for fid, site_id in enumerate(["Café", "Cafe\u0301", "Ä", "ä"])] == [
        "Café", "Cafe\u0301_1", "Ä", "ä_3"]


def test_temporary_outputs_need_no_writable_working_folder(zr_processing, sample_copy, tmp_path, read_only_folder,
                                                           monkeypatch):
    import processing

    gpkg, rules = sample_copy
    monkeypatch.chdir(read_only_folder)
    result = processing.run("zoningreview:reviewsites", params(
        gpkg, rules, tmp_path, FINDINGS="TEMPORARY_OUTPUT", SUMMARY="TEMPORARY_OUTPUT"))
    assert result["SUMMARY"].featureCount() == 10


def test_an_output_without_extension_is_compared_as_the_geopackage_qgis_writes(zr_processing, sample_copy, tmp_path):
    import processing

    gpkg, rules = sample_copy
    out = tmp_path / "out"
    with pytest.raises(QgsProcessingException, match=r"\(FINDINGS\): .*out\.gpkg and .*\(SUMMARY\): .*out\.gpkg "
                                                     r"are the same file"):
        processing.run("zoningreview:reviewsites", params(gpkg, rules, tmp_path, FINDINGS=str(out),
                                                          SUMMARY=f"{out}.gpkg"))
    with pytest.raises(QgsProcessingException, match="are the same file"):
        processing.run("zoningreview:sitingscreen", {
            "UNITS": f"{gpkg}|layername=control_units", "RULES": str(rules), "INDUSTRY": "C2614",
            "OUTPUT": f"{out}.gpkg", "ZONES": str(out)})
    assert not list(tmp_path.glob("out*"))


@pytest.mark.parametrize("name", ["out", "out.xyz", "out.GPKG", "out.json", "out.mif", "out.csv", "dir.d/out",
                                  "out."])
def test_written_path_is_the_file_qgis_writes(qgis_app, tmp_path, name):
    from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingContext, QgsProcessingUtils

    from zoning_review.plugin.core.model.fields import make_fields
    from zoning_review.plugin.processing.output_paths import written_path

    (tmp_path / "dir.d").mkdir()
    given = str(tmp_path / name)
    sink, destination = QgsProcessingUtils.createFeatureSink(
        given, QgsProcessingContext(), make_fields([("n", "int")]), WKB_NO_GEOMETRY, QgsCoordinateReferenceSystem())
    del sink
    written = [str(p) for p in tmp_path.rglob("*") if p.is_file()]
    assert destination.split("|")[0] in written
    assert written_path(given) == destination.split("|")[0]
