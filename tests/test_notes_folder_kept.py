"""reviewsites' notes folder: the pages a previous run wrote are replaced; an index.html or a site's page of the
same name that the plugin did not write (a user's own) is never written over, and is named with what to do."""

import pytest
from qgis.core import QgsProcessingException

from tests.kept_feedback import Feedback
from tests.test_processing_review import edited_sample, params
from tests.test_qgis_process import qgis_process  # noqa: F401 - fixture
from tests.test_qgis_process_safety import refused

OWN_PAGE = "<!DOCTYPE html>\n<html><head><title>我的项目说明</title></head><body>手写的说明，勿覆盖</body></html>\n"
TAG = '<meta name="generator" content="Zoning Review">'


@pytest.fixture
def two_sites(sample_gpkg, tmp_path):
    """A copy of the sample with S01 and S02 its only sites."""
    return edited_sample(sample_gpkg, tmp_path / "two.gpkg", "DELETE FROM sites WHERE site_id NOT IN ('S01', 'S02')")


def notes_params(gpkg, rules, out, folder) -> dict:
    """reviewsites writing HTML notes into ``folder``."""
    return params(gpkg, rules, out, REPORT_FORMAT=1, REPORT_FOLDER=str(folder))


def test_a_previous_runs_pages_are_replaced(zr_processing, two_sites, example_rules, tmp_path):
    import processing

    folder = tmp_path / "notes"
    for run in range(2):  # the same folder every day
        out = tmp_path / f"run{run}"
        out.mkdir()
        log = Feedback()
        processing.run("zoningreview:reviewsites", notes_params(two_sites, example_rules, out, folder), feedback=log)
        assert log.errors == []
    assert sorted(p.name for p in folder.iterdir()) == ["S01.html", "S02.html", "index.html"]
    assert all(TAG in page.read_text(encoding="utf-8")[:300] for page in folder.iterdir())


def test_a_users_own_index_stops_the_run_before_anything_is_written(zr_processing, two_sites, example_rules,
                                                                   tmp_path):
    import processing

    folder = tmp_path / "notes"
    folder.mkdir()
    index = folder / "index.html"
    index.write_text(OWN_PAGE, encoding="utf-8")
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("zoningreview:reviewsites", notes_params(two_sites, example_rules, tmp_path, folder))
    assert str(caught.value) == (f"{index} is not a page Zoning Review wrote, and the review notes would replace it. "
                                 "Move or rename it, or choose another folder for the notes.")
    assert index.read_text(encoding="utf-8") == OWN_PAGE and [p.name for p in folder.iterdir()] == ["index.html"]
    assert not (tmp_path / "findings.gpkg").exists() and not (tmp_path / "summary.gpkg").exists()


def test_a_users_own_page_of_a_sites_name_is_kept_and_named(zr_processing, two_sites, example_rules, tmp_path):
    import processing

    folder = tmp_path / "notes"
    folder.mkdir()
    own = folder / "S01.html"
    own.write_text(OWN_PAGE, encoding="utf-8")
    log = Feedback()
    processing.run("zoningreview:reviewsites", notes_params(two_sites, example_rules, tmp_path, folder), feedback=log)
    assert own.read_text(encoding="utf-8") == OWN_PAGE
    assert log.errors == [f"{own} is not a page Zoning Review wrote, so the notes of site S01 were not written over "
                          "it. Move or rename it, or choose another folder for the notes."]
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert 'href="S02.html"' in index and "S01.html" not in index
    assert TAG in (folder / "S02.html").read_text(encoding="utf-8")


@pytest.mark.qgis_process
def test_the_command_line_refuses_a_users_index(qgis_process, two_sites, example_rules, tmp_path):  # noqa: F811
    folder = tmp_path / "审查 意见"
    folder.mkdir()
    index = folder / "index.html"
    index.write_text(OWN_PAGE, encoding="utf-8")
    proc, _ = qgis_process.run("zoningreview:reviewsites", notes_params(two_sites, example_rules, tmp_path, folder))
    refused(proc, str(index), "choose another folder for the notes")
    assert index.read_text(encoding="utf-8") == OWN_PAGE and [p.name for p in folder.iterdir()] == ["index.html"]


def test_pages_an_earlier_version_wrote_without_the_tag_are_replaced(zr_processing, two_sites, example_rules,
                                                                     tmp_path):
    """Notes written before the generator tag (the same page, no tag): a folder of last month's notes is reused."""
    import processing

    folder = tmp_path / "notes"
    first = tmp_path / "first"
    first.mkdir()
    processing.run("zoningreview:reviewsites", notes_params(two_sites, example_rules, first, folder))
    for page in folder.iterdir():
        page.write_text(page.read_text(encoding="utf-8").replace(TAG, ""), encoding="utf-8")
    again = tmp_path / "again"
    again.mkdir()
    log = Feedback()
    processing.run("zoningreview:reviewsites", notes_params(two_sites, example_rules, again, folder), feedback=log)
    assert log.errors == [] and all(TAG in page.read_text(encoding="utf-8")[:300] for page in folder.iterdir())
