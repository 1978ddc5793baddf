"""What the dock saves of the review on screen: the register entry's provenance, and the named review kept in the
project as it is written."""

import hashlib
import shutil

from qgis.core import QgsGeometry

from tests.dock_helpers import saved_to_register
from tests.test_dock_causes import review_s02
from zoning_review.plugin.core.inputs.project_reviews import read_reviews
from zoning_review.plugin.core.review.judgements import Judgement, clause_digest
from zoning_review.plugin.gui.results_view import CLAUSE_ROLE, KIND_ROLE
from zoning_review.plugin.gui.review_task import Site
from zoning_review.plugin.gui.tree_state import all_items


def test_the_register_records_the_rule_file_as_the_review_read_it_not_as_edited_since(dock, example_rules, qtbot,
                                                                                       tmp_path):
    rules = tmp_path / "规则.yaml"
    shutil.copy(example_rules, rules)
    read = hashlib.sha256(rules.read_bytes()).hexdigest()
    review_s02(dock, rules, qtbot)
    with open(rules, "a", encoding="utf-8") as handle:  # the file edited on disk after the review was shown
        handle.write("\n# 修订\n")
    record = saved_to_register(dock, tmp_path)
    assert record.text("ruleset_sha256") == read


def open_clause(dock):
    """A clause of the review on screen left to a person: (site id, unit code, finding)."""
    clauses = [item.data(0, CLAUSE_ROLE) for item in all_items(dock.tree) if item.data(0, KIND_ROLE) == "finding"]
    return next(c for c in clauses if str(c[2].status) in ("manual_check", "needs_info"))


def test_judgements_and_opinion_made_after_saving_a_review_come_back_with_the_project(dock, example_rules, qtbot,
                                                                                       tmp_path):
    review_s02(dock, example_rules, qtbot)
    assert dock.saved.save_as("S02 复核")
    path = str(tmp_path / "审查.qgz")
    assert dock.project.write(path) and not dock.project.isDirty()
    site_id, unit, finding = open_clause(dock)
    judged = Judgement(site_id, unit, finding.rule_id, "non_compliant", "现场核查不符", "王工",
                       "2026-12-05T10:00:00+08:00", False, clause_digest(finding))
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.runner.judge(judged)
    assert dock.project.isDirty()  # closing QGIS now asks to save the project
    dock.opinion.setPlainText("不同意选址。")
    assert dock.project.write(path)
    dock.project.clear()
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        assert dock.project.read(path)
    assert list(dock.runner.judgements) == [judged]
    assert dock.opinion.toPlainText() == "不同意选址。" and str(dock.runner.verdict()) == "non_compliant"
    assert dock.saved.combo.currentText() == "S02 复核" and not dock.project.isDirty()


def test_a_saved_review_is_not_overwritten_by_another_site_on_screen(dock, example_rules, qtbot, tmp_path):
    site = review_s02(dock, example_rules, qtbot)
    dock.opinion.setPlainText("同意。")
    assert dock.saved.save_as("S02 复核")
    moved = Site(site.geometry.buffer(0.001, 4), site.crs, "moved")
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.set_site(moved)  # another site: its judgements and opinion start empty
    dock.opinion.setPlainText("另一选址。")
    assert dock.project.write(str(tmp_path / "审查.qgz"))
    [saved] = read_reviews(dock.project)[0].values()
    assert saved.opinion == "同意。" and QgsGeometry.fromWkt(saved.site_wkt).equals(site.geometry)


def test_a_rule_set_file_edited_on_disk_is_reviewed_again_and_one_broken_withdraws_the_review(dock, example_rules,
                                                                                                qtbot, tmp_path):
    rules = tmp_path / "规则.yaml"
    shutil.copy(example_rules, rules)
    review_s02(dock, rules, qtbot)
    text = rules.read_text(encoding="utf-8")
    (tmp_path / "台账.gpkg").write_bytes(b"")  # another file of the folder is no reason to review again
    rules.write_text(text + "\n# 修订\n", encoding="utf-8")  # as a text editor saves it
    edited = hashlib.sha256(rules.read_bytes()).hexdigest()
    qtbot.waitUntil(lambda: bool(dock.runner.reviews) and dock.runner.reviews[0].target.ruleset.sha256 == edited,
                    timeout=60000)
    rules.write_text(text + "\nrules: [\n", encoding="utf-8")  # a slip that breaks the file
    qtbot.waitUntil(lambda: not dock.runner.reviews, timeout=60000)
    assert "cannot be used" in dock.banner.text() and dock.tree.topLevelItemCount() == 0


def test_the_register_columns_keep_each_lists_id_version_and_digest_together():
    """Sorted column by column, the n-th digest could be another list's than the n-th id (found with the province,
    county and unit lists stacked): each list's three values stay at one place."""
    from zoning_review.plugin.gui.register_entry import list_columns

    lists = {("county", "2024.2", "f" * 64), ("province", "2023.1", "0" * 64), ("units", "2024.1", "a" * 64)}
    assert list_columns(lists) == ("county; province; units", "2024.2; 2023.1; 2024.1",
                                   "; ".join(["f" * 64, "0" * 64, "a" * 64]))
