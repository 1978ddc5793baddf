"""reviewsites on a disk that fills up part way, as a census-size FINDINGS with every finding as JSON can fill one.

A real full disk (a small tmpfs) holds FINDINGS; SUMMARY is written elsewhere. The run stops on the first insert the
disk refuses; the message says the disk is full, not that the file holds the rows written before (a GeoPackage undoes
its whole transaction with the refused insert, so it holds none of them); and the log says how far the run got and
what each output holds, read back: SUMMARY kept as written with its rows, FINDINGS named as not holding what it was
given.
"""

import os
import sqlite3
import subprocess

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException

from .kept_feedback import Feedback
from .test_processing_review import params

COPIES = 40  # the sample's 10 sites, 40 times: more FINDINGS than SQLite keeps in memory before writing to the disk


@pytest.fixture
def small_disk(tmp_path):
    """A real 1 MB file system (tmpfs), mounted for the test."""
    folder = tmp_path / "small-disk"
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "none", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a small file system here")
    yield folder
    subprocess.run(["umount", str(folder)], check=True)


def many_sites(sample_gpkg, path) -> str:
    """The sample's sites COPIES times over, each with an id of its own, as a GeoPackage layer source."""
    source = ogr.Open(str(sample_gpkg))
    sites = source.GetLayerByName("sites")
    target = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = target.CreateLayer("sites", sites.GetSpatialRef(), sites.GetGeomType())
    definition = sites.GetLayerDefn()
    for index in range(definition.GetFieldCount()):
        layer.CreateField(definition.GetFieldDefn(index))
    layer.StartTransaction()
    for copy in range(COPIES):
        sites.ResetReading()
        for feature in sites:
            feature.SetFID(-1)
            feature.SetField("site_id", f"{feature.GetField('site_id')}-{copy + 1}")
            layer.CreateFeature(feature)
    layer.CommitTransaction()
    target = None
    return f"{path}|layername=sites"


def rows(path, table) -> int:
    """The rows of a GeoPackage table, read with sqlite3."""
    with sqlite3.connect(path) as connection:
        return connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]


def test_a_disk_filled_by_findings_stops_the_run_saying_so_and_what_each_output_holds(zr_processing, sample_gpkg,
                                                                                      example_rules, tmp_path,
                                                                                      small_disk):
    import processing

    sites = many_sites(sample_gpkg, tmp_path / "sites.gpkg")
    findings, summary = small_disk / "findings.gpkg", tmp_path / "summary.gpkg"
    feedback = Feedback()
    with pytest.raises(QgsProcessingException) as stopped:
        processing.run("zoningreview:reviewsites", params(
            sample_gpkg, example_rules, tmp_path, sites, LANGUAGE=0, FINDINGS=str(findings), SUMMARY=str(summary)),
            feedback=feedback)
    message = str(stopped.value)
    assert "(FINDINGS)" in message and str(findings) in message
    assert "rows could not be written because the disk is full" in message and "Free space on that disk" in message
    assert "holds only the rows written before" not in message
    kept = rows(summary, "summary")
    assert 0 < kept < COPIES * 10  # the sites reviewed before the disk filled
    said = [w for w in feedback.warnings if w.startswith("The review stopped on an error after reviewing ")]
    assert len(said) == 1, feedback.warnings
    reviewed = int(said[0].split("after reviewing ")[1].split(" sites")[0].replace(",", ""))
    assert kept <= reviewed < COPIES * 10  # the writer follows the review: rows queued when the disk filled are lost
    assert f"“Summary (one row per site)” (SUMMARY): {summary}: kept as written before the run stopped " \
           f"(rows: {kept:,})." in feedback.warnings
    assert [e for e in feedback.errors if "(FINDINGS)" in e and "the GeoPackage cannot be read back" in e
            and "free space on that disk" in e], feedback.errors
    with sqlite3.connect(summary) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("error, full", [
    ("Feature creation error (OGR error: failed to execute insert : database or disk is full)", True),
    ("Failure writing DBF record 12: No space left on device", True),
    ("写入 /data/findings.csv 失败：设备上没有空间", True),  # the C library's words in a Chinese locale
    ("Feature creation error (OGR error: UNIQUE constraint failed: findings.fid)", False),
    ("", False),
])
def test_a_full_disk_is_told_from_the_drivers_words(error, full):
    from zoning_review.plugin.processing.sink_checks import disk_full

    assert disk_full(error) is full
