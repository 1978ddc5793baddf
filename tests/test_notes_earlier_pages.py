"""reviewsites run again into the same notes folder after sites were deleted or renamed: the notes files the plugin
wrote earlier for sites the layer no longer has are removed when nobody changed them, so the folder matches the
review; a file changed since, or one the plugin did not write, is kept (the changed one named); a cancelled run, or
one over some of the layer's sites, removes nothing and names what it left."""

import json
import re

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingFeatureSourceDefinition

from tests.kept_feedback import Feedback, at_step, cancelled_before_start
from tests.test_notes_folder_kept import notes_params
from tests.test_processing_late_cancel import links_of
from tests.test_processing_review import edited_sample, rows

OWN_PAGE = "<!DOCTYPE html>\n<html><head><title>会议纪要</title></head><body>手写的说明</body></html>\n"
REMOVED = ("Removed from {folder} the review notes earlier runs wrote for sites that have no notes in this run "
           "(deleted or renamed since, or their notes not written): {files}")
KEPT = ("Kept in {folder}: {files}. Earlier runs wrote these review notes for sites that have no notes in this run, "
        "but they were changed since, so they were not removed. They do not show this review and are not in its "
        "index: move or delete them if they are no longer needed.")
LEFT = ("This run did not review every site of the layer to the end, so the review notes earlier runs wrote in "
        "{folder} for sites without notes in this run were left as they were: {files}. A complete run over the "
        "whole layer removes those of sites it no longer has.")
UNREADABLE = ("The record of the review notes earlier runs wrote, in {path}, could not be read, so none of them was "
              "removed: notes of sites no longer reviewed may remain in {folder}. Check the folder, or choose an empty "
              "folder for the notes.")


@pytest.fixture
def three_sites(sample_gpkg, tmp_path):
    """A copy of the sample with S01, S02 and S03 its only sites."""
    return edited_sample(sample_gpkg, tmp_path / "three.gpkg",
                         "DELETE FROM sites WHERE site_id NOT IN ('S01', 'S02', 'S03')")


def edit(gpkg, *statements: str) -> None:
    """The sites layer edited in place between two runs (sites deleted or renamed)."""
    data = ogr.Open(str(gpkg), 1)
    for statement in statements:
        data.ExecuteSQL(statement)
    data = None


def review(gpkg, rules, tmp_path, name: str, folder, feedback=None, **extra) -> Feedback:
    """reviewsites with HTML notes in ``folder``, its outputs in their own folder ``name``; its feedback."""
    import processing

    out = tmp_path / name
    out.mkdir()
    log = feedback or Feedback()
    processing.run("zoningreview:reviewsites", {**notes_params(gpkg, rules, out, folder), **extra}, feedback=log)
    return log


def names(folder) -> list:
    """The files of a folder, sorted."""
    return sorted(path.name for path in folder.iterdir())


def test_the_notes_of_deleted_and_renamed_sites_are_removed(zr_processing, three_sites, example_rules, tmp_path):
    folder = tmp_path / "notes"
    first = review(three_sites, example_rules, tmp_path, "first", folder)
    assert first.errors == [] and names(folder) == ["S01.html", "S02.html", "S03.html", "index.html"]
    (folder / "会议纪要.html").write_text(OWN_PAGE, encoding="utf-8")  # the officer's own files are theirs
    (folder / "S09.html").write_text(OWN_PAGE, encoding="utf-8")
    edit(three_sites, "DELETE FROM sites WHERE site_id = 'S02'", "UPDATE sites SET site_id = 'S03a' WHERE "
         "site_id = 'S03'")
    again = review(three_sites, example_rules, tmp_path, "again", folder)
    assert again.errors == [] and again.warnings == []
    assert names(folder) == ["S01.html", "S03a.html", "S09.html", "index.html", "会议纪要.html"]
    assert REMOVED.format(folder=folder, files="S02.html, S03.html") in again.infos
    assert links_of(folder / "index.html") == ["S01.html", "S03a.html"]
    assert (folder / "S09.html").read_text(encoding="utf-8") == OWN_PAGE


def test_a_page_changed_since_it_was_written_is_kept_and_named(zr_processing, three_sites, example_rules, tmp_path):
    folder = tmp_path / "notes"
    assert review(three_sites, example_rules, tmp_path, "first", folder).errors == []
    page = folder / "S02.html"
    changed = page.read_text(encoding="utf-8").replace("</body>", "<p>已电话核实，待补材料</p></body>")
    page.write_text(changed, encoding="utf-8")
    edit(three_sites, "DELETE FROM sites WHERE site_id IN ('S02', 'S03')")
    again = review(three_sites, example_rules, tmp_path, "again", folder)
    assert names(folder) == ["S01.html", "S02.html", "index.html"]
    assert page.read_text(encoding="utf-8") == changed
    assert again.warnings == [KEPT.format(folder=folder, files="S02.html")]
    assert REMOVED.format(folder=folder, files="S03.html") in again.infos
    third = review(three_sites, example_rules, tmp_path, "third", folder)  # the officer's now: named once
    assert third.warnings == [] and names(folder) == ["S01.html", "S02.html", "index.html"]
    assert not any("Removed from" in line for line in third.infos)


def test_a_cancelled_run_removes_nothing_and_the_next_complete_run_does(zr_processing, three_sites, example_rules,
                                                                         tmp_path):
    folder = tmp_path / "notes"
    assert review(three_sites, example_rules, tmp_path, "first", folder).errors == []
    before = (folder / "S03.html").read_bytes()
    edit(three_sites, "UPDATE sites SET site_id = 'S03a' WHERE site_id = 'S03'")
    at_second_note = Feedback(cancel_when=at_step("Writing review notes", 2))
    cancelled = review(three_sites, example_rules, tmp_path, "cancelled", folder, feedback=at_second_note)
    assert names(folder) == ["S01.html", "S02.html", "S03.html", "index.html"]
    assert (folder / "S03.html").read_bytes() == before
    assert links_of(folder / "index.html") == ["S01.html", "S02.html"]  # only what was written
    assert [row["notes"] for row in rows(tmp_path / "cancelled" / "summary.gpkg")] == [
        str(folder / "S01.html"), str(folder / "S02.html"), ""]
    assert ("info", LEFT.format(folder=folder, files="S03.html")) in cancelled.lines
    again = review(three_sites, example_rules, tmp_path, "again", folder)
    assert names(folder) == ["S01.html", "S02.html", "S03a.html", "index.html"]
    assert REMOVED.format(folder=folder, files="S03.html") in again.infos


def test_a_run_over_selected_sites_removes_nothing(zr_processing, three_sites, example_rules, tmp_path):
    folder = tmp_path / "notes"
    assert review(three_sites, example_rules, tmp_path, "first", folder).errors == []
    some = QgsProcessingFeatureSourceDefinition(f"{three_sites}|layername=sites", False, 1)  # a feature limit of 1
    again = review(three_sites, example_rules, tmp_path, "again", folder, SITES=some)
    assert names(folder) == ["S01.html", "S02.html", "S03.html", "index.html"]
    assert LEFT.format(folder=folder, files="S02.html, S03.html") in again.infos
    assert links_of(folder / "index.html") == ["S01.html"]
    edit(three_sites, "DELETE FROM sites WHERE site_id = 'S03'")
    whole = review(three_sites, example_rules, tmp_path, "whole", folder)
    assert names(folder) == ["S01.html", "S02.html", "index.html"]
    assert REMOVED.format(folder=folder, files="S03.html") in whole.infos


def test_a_record_that_cannot_be_read_removes_nothing_and_says_so(zr_processing, three_sites, example_rules,
                                                                   tmp_path):
    folder = tmp_path / "notes"
    assert review(three_sites, example_rules, tmp_path, "first", folder).errors == []
    index = folder / "index.html"
    text = index.read_text(encoding="utf-8")
    record = re.search(r'<script type="application/json" id="zoning-review-pages">(.*?)</script>', text).group(1)
    pages = json.loads(record)["pages"]
    assert sorted(pages) == ["S01.html", "S02.html", "S03.html"]
    index.write_text(text.replace(record, json.dumps({"version": 1, "pages": {"../three.gpkg": "0" * 64}})),
                     encoding="utf-8")
    edit(three_sites, "DELETE FROM sites WHERE site_id = 'S02'")
    again = review(three_sites, example_rules, tmp_path, "again", folder)
    assert again.warnings == [UNREADABLE.format(path=index, folder=folder)]
    assert names(folder) == ["S01.html", "S02.html", "S03.html", "index.html"] and three_sites.exists()


def test_a_run_cancelled_before_its_first_site_writes_no_index_that_looks_complete(zr_processing, three_sites,
                                                                                   example_rules, tmp_path):
    """Cancelled at once, a run has no note to list: it writes no index (an empty page would read as a layer without
    sites) and says so; an earlier run's index and notes stay as they were."""
    fresh = tmp_path / "fresh"
    cancelled = review(three_sites, example_rules, tmp_path, "at_once", fresh, feedback=cancelled_before_start())
    assert not (fresh / "index.html").exists() and names(fresh) == []
    said = f"Cancelled: no review note was written, so no index of the notes was written in {fresh}."
    assert said in cancelled.warnings
    folder = tmp_path / "notes"
    assert review(three_sites, example_rules, tmp_path, "first", folder).errors == []
    earlier = {path.name: path.read_bytes() for path in folder.iterdir()}
    again = review(three_sites, example_rules, tmp_path, "again", folder, feedback=cancelled_before_start())
    assert {path.name: path.read_bytes() for path in folder.iterdir()} == earlier
    assert f"Cancelled: no review note was written, so no index of the notes was written in {folder}." in \
        again.warnings
