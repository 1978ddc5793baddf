"""The review on screen that is no saved review: judging a clause or writing the opinion marks the project changed
(QGIS asks to save it on New, Open and Quit), writing the project keeps it, reading the project shows it again; a
named saved review never takes another site's work; a plugin reloaded shows the project's review again."""

import json

from qgis.core import QgsGeometry

from tests.test_dock_causes import review_s02
from tests.test_dock_saving import open_clause
from zoning_review.plugin.core.inputs.bindings import PROJECT_SCOPE
from zoning_review.plugin.core.inputs.project_reviews import REVIEWS_KEY, read_reviews
from zoning_review.plugin.core.review.judgements import Judgement, clause_digest
from zoning_review.plugin.gui.dock import ZoningReviewDock
from zoning_review.plugin.gui.review_task import Site


def judge_one(dock, qtbot) -> Judgement:
    """Judge a clause left to a person on screen as not compliant; the judgement made."""
    site_id, unit, finding = open_clause(dock)
    judged = Judgement(site_id, unit, finding.rule_id, "non_compliant", "现场核查不符", "王工",
                       "2026-12-05T10:00:00+08:00", False, clause_digest(finding))
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.runner.judge(judged)
    return judged


def read_again(dock, path, qtbot) -> None:
    """The project closed and read again from ``path`` (its review on screen reviewed again)."""
    dock.project.clear()
    assert dock.site_input.site is None and not list(dock.runner.judgements)
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        assert dock.project.read(path)


def test_a_review_never_saved_marks_the_project_changed_and_comes_back_with_it(dock, example_rules, qtbot, tmp_path):
    site = review_s02(dock, example_rules, qtbot)
    described = dock.form.project()  # taken from the site's feature
    path = str(tmp_path / "审查.qgz")
    assert dock.project.write(path) and not dock.project.isDirty()
    judged = judge_one(dock, qtbot)
    assert dock.project.isDirty()  # Project ▸ New, Open or Quit now asks to save
    assert dock.project.write(path) and not dock.project.isDirty()
    dock.opinion.setPlainText("不同意选址。")
    assert dock.project.isDirty()
    assert dock.project.write(path)
    read_again(dock, path, qtbot)
    assert dock.site_input.site.geometry.equals(site.geometry) and dock.site_input.site.crs == site.crs
    assert dock.form.project() == described
    assert list(dock.runner.judgements) == [judged] and str(dock.runner.verdict()) == "non_compliant"
    assert dock.opinion.toPlainText() == "不同意选址。"
    assert dock.saved.combo.currentData() == "" and read_reviews(dock.project) == ({}, "")  # no review was named
    assert not dock.project.isDirty()


def test_another_sites_work_is_kept_unnamed_and_the_saved_review_stays_as_saved(dock, example_rules, qtbot, tmp_path):
    site = review_s02(dock, example_rules, qtbot)
    dock.opinion.setPlainText("同意。")
    assert dock.saved.save_as("S02 复核")
    path = str(tmp_path / "审查.qgz")
    assert dock.project.write(path)
    moved = Site(site.geometry.buffer(0.001, 4), site.crs, "moved")
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.set_site(moved)  # another site: its judgements and opinion start empty
    assert not dock.project.isDirty()  # nothing judged or written yet
    dock.opinion.setPlainText("另一选址。")
    assert dock.project.isDirty()
    assert dock.project.write(path)
    read_again(dock, path, qtbot)
    assert dock.site_input.site.geometry.equals(moved.geometry) and dock.opinion.toPlainText() == "另一选址。"
    assert dock.saved.combo.currentData() == ""  # the site on screen is not the saved review's
    [saved] = read_reviews(dock.project)[0].values()
    assert saved.opinion == "同意。" and QgsGeometry.fromWkt(saved.site_wkt).equals(site.geometry)


def test_an_entry_of_a_newer_version_is_left_as_it_is(dock, example_rules, qtbot, tmp_path):
    newer = '{"version": 3, "reviews": [], "later": true}'
    dock.project.writeEntry(PROJECT_SCOPE, REVIEWS_KEY, newer)
    review_s02(dock, example_rules, qtbot)
    judge_one(dock, qtbot)
    dock.opinion.setPlainText("不同意选址。")
    assert dock.project.write(str(tmp_path / "审查.qgz"))
    assert dock.project.readEntry(PROJECT_SCOPE, REVIEWS_KEY, "")[0] == newer


def panel(qgis_iface, qtbot) -> ZoningReviewDock:
    """The panel made as the plugin makes it (the caller tears it down)."""
    made = ZoningReviewDock(qgis_iface)
    qtbot.addWidget(made)
    return made


def reloaded(dock, qgis_iface, qtbot) -> ZoningReviewDock:
    """The plugin reloaded with the project open: the panel torn down and made again."""
    dock.teardown()
    return panel(qgis_iface, qtbot)


def test_a_plugin_reloaded_lists_and_shows_the_saved_review_on_screen(sample_project, qgis_iface, example_rules,
                                                                      qtbot):
    dock = panel(qgis_iface, qtbot)
    site = review_s02(dock, example_rules, qtbot)
    dock.opinion.setPlainText("同意。")
    assert dock.saved.save_as("S02 复核")
    again = reloaded(dock, qgis_iface, qtbot)
    try:
        assert again.saved.combo.currentText() == "S02 复核"
        assert again.site_input.site.geometry.equals(site.geometry) and again.opinion.toPlainText() == "同意。"
    finally:
        again.teardown()


def test_a_plugin_reloaded_shows_the_unsaved_work_again(sample_project, qgis_iface, example_rules, qtbot):
    dock = panel(qgis_iface, qtbot)
    review_s02(dock, example_rules, qtbot)
    judged = judge_one(dock, qtbot)
    dock.project.setDirty(False)  # as if saved before the judgement: the reload must keep it all the same
    again = reloaded(dock, qgis_iface, qtbot)
    try:
        assert list(again.runner.judgements) == [judged] and again.project.isDirty()
    finally:
        again.teardown()


def test_enabling_the_plugin_on_a_stale_empty_screen_leaves_the_project_unchanged(sample_project, qgis_iface,
                                                                                  example_rules, qtbot, tmp_path):
    dock = panel(qgis_iface, qtbot)
    review_s02(dock, example_rules, qtbot)  # no judgement, no opinion: an empty screen
    path = str(tmp_path / "审查.qgz")
    assert dock.project.write(path)
    dock.teardown()  # the plugin disabled; the project's entry then edited (a value the rule set no longer declares)
    data = json.loads(dock.project.readEntry(PROJECT_SCOPE, REVIEWS_KEY, "")[0])
    data["on_screen"]["description"]["attributes"]["retired_attribute"] = 3
    dock.project.writeEntry(PROJECT_SCOPE, REVIEWS_KEY, json.dumps(data, ensure_ascii=False))
    assert dock.project.write(path)
    dock.project.clear()
    assert dock.project.read(path) and not dock.project.isDirty()
    again = panel(qgis_iface, qtbot)  # the plugin enabled: the review on screen shown and reviewed again
    try:
        assert not again.project.isDirty()
        qtbot.waitUntil(lambda: bool(again.runner.reviews), timeout=60000)
        assert again.site_input.site is not None and not again.project.isDirty()
    finally:
        again.teardown()  # disabled again: nothing was changed, nothing is written
    assert not dock.project.isDirty()
