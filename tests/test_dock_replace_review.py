"""Unsaved review work (judgements, removed judgements, the opinion) is never replaced without asking: another saved
review chosen in the list, another site drawn, selected, loaded or cleared, a register entry opened as a new review
ask first — Save review… (the save-review flow), Discard or Cancel — and nothing is asked when nothing would be lost.
The dialogs are the real ones, answered as a user would click them."""

from contextlib import contextmanager
from typing import List, Tuple

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QInputDialog, QMessageBox

from tests.dock_helpers import SITE_WKT, saved_to_register
from tests.sample_project import layer
from tests.test_dock_causes import review_s02
from tests.test_dock_unsaved_review import judge_one
from zoning_review.plugin.gui.review_task import Site

SAVE, DISCARD, CANCEL = (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                         QMessageBox.StandardButton.Cancel)
QUESTION = "The review of {site} on screen has judgements or an opinion that are not saved in the project."


@contextmanager
def answering(*steps):
    """Answer the modal dialogs that open, in turn: a message box by clicking its button ``step``, an input dialog
    by typing ``step`` and pressing OK; one more than ``steps`` is cancelled. Yields what each showed:
    ("box", text, its buttons' texts), ("input", label) or ("unexpected", text)."""
    seen: List[Tuple] = []

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if box is None or not box.isVisible():
            return
        if len(seen) >= len(steps):
            seen.append(("unexpected", box.text() if isinstance(box, QMessageBox) else box.windowTitle()))
            box.reject()
            return
        step = steps[len(seen)]
        if isinstance(box, QMessageBox):
            seen.append(("box", box.text(), [b.text() for b in box.buttons()], box.windowTitle()))
            box.button(step).click()
        elif isinstance(box, QInputDialog):
            seen.append(("input", box.labelText()))
            box.setTextValue(step)
            box.accept()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(30)
    try:
        yield seen
    finally:
        timer.stop()


def choose(dock, name: str) -> None:
    """Pick a saved review in the list as a user does: the list's current item changes, then ``activated``."""
    index = dock.saved.combo.findData(name)
    dock.saved.combo.setCurrentIndex(index)
    dock.saved.combo.activated.emit(index)


def other_site(site: Site) -> Site:
    """A site other than ``site`` (SITE_WKT, over three sample units)."""
    return Site(QgsGeometry.fromWkt(SITE_WKT), QgsCoordinateReferenceSystem("EPSG:4490"), "other")


@pytest.fixture()
def two_saved(dock, example_rules, qtbot):
    """S02 saved as "S02 初审" with an opinion, then another site saved as "另一选址" and shown with a judgement and an
    opinion made since (unsaved); the judgement made."""
    site = review_s02(dock, example_rules, qtbot)
    dock.opinion.setPlainText("同意。")
    assert dock.saved.save_as("S02 初审")
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.set_site(other_site(site))
    assert dock.saved.save_as("另一选址")
    judged = judge_one(dock, qtbot)
    dock.opinion.setPlainText("待补充材料。")
    return judged


def test_choosing_another_saved_review_asks_and_cancel_keeps_the_work_and_the_list(dock, two_saved, qtbot):
    with answering(CANCEL) as seen:
        choose(dock, "S02 初审")
        qtbot.wait(100)
    site_id = dock.runner.site_id()
    assert [s[:2] for s in seen] == [("box", QUESTION.format(site=site_id))]
    assert seen[0][3] == "Unsaved review" and "Save review…" in seen[0][2]
    assert list(dock.runner.judgements) == [two_saved] and dock.opinion.toPlainText() == "待补充材料。"
    assert dock.site_input.site.geometry.equals(QgsGeometry.fromWkt(SITE_WKT))
    assert dock.saved.combo.currentData() == "另一选址"  # the list names the review still on screen


def test_discard_shows_the_chosen_saved_review(dock, two_saved, qtbot):
    with answering(DISCARD) as seen, qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        choose(dock, "S02 初审")
    assert [s[0] for s in seen] == ["box"]
    assert dock.opinion.toPlainText() == "同意。" and not list(dock.runner.judgements)
    assert dock.saved.combo.currentData() == "S02 初审"


def test_save_review_saves_the_work_under_the_name_given_then_shows_the_chosen_one(dock, two_saved, qtbot):
    with answering(SAVE, "另一选址 复核") as seen, qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        choose(dock, "S02 初审")
    assert [s[0] for s in seen] == ["box", "input"] and seen[1][1] == "Name of the review"
    assert dock.opinion.toPlainText() == "同意。" and dock.saved.combo.currentData() == "S02 初审"
    kept = dock.saved._read()["另一选址 复核"]
    assert kept.opinion == "待补充材料。" and kept.judgements == [two_saved]
    assert dock.saved._read()["另一选址"].opinion == ""  # the earlier saved review stays as saved


def test_cancelling_the_name_cancels_the_switch(dock, two_saved, qtbot):
    def cancel_name() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QInputDialog):
            box.reject()

    timer = QTimer()
    timer.timeout.connect(cancel_name)
    timer.start(30)
    with answering(SAVE) as seen:
        choose(dock, "S02 初审")
        qtbot.wait(100)
    timer.stop()
    assert [s[0] for s in seen] == ["box"]
    assert list(dock.runner.judgements) == [two_saved] and dock.saved.combo.currentData() == "另一选址"


def take_file(dock, path) -> None:
    dock.site_input.load_path(str(path))


def take_selected(dock, _path) -> None:
    sites = layer("sites")
    sites.selectByExpression("\"site_id\" = 'S03'")
    dock.iface.setActiveLayer(sites)
    dock.site_input.use_selected()


def take_drawn(dock, _path) -> None:
    dock.site_input.tool.finished.emit(QgsGeometry.fromWkt(SITE_WKT))


def take_cleared(dock, _path) -> None:
    dock.site_input.clear_button.click()


@pytest.mark.parametrize("take", [take_file, take_selected, take_drawn, take_cleared])
def test_another_site_asks_first_and_cancel_keeps_the_site_and_its_work(dock, example_rules, qtbot, tmp_path, take):
    site = review_s02(dock, example_rules, qtbot)
    judged = judge_one(dock, qtbot)
    dock.opinion.setPlainText("不同意选址。")
    path = tmp_path / "另一地块.geojson"
    path.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": '
                    '{"type": "Polygon", "coordinates": [[[115.885, 39.04], [115.915, 39.04], [115.915, 39.055], '
                    '[115.885, 39.055], [115.885, 39.04]]]}}]}', encoding="utf-8")
    with answering(CANCEL) as seen:
        take(dock, path)
        qtbot.wait(200)
    assert [s[:2] for s in seen] == [("box", QUESTION.format(site=dock.runner.site_id()))]
    assert dock.site_input.site.geometry.equals(site.geometry)
    assert list(dock.runner.judgements) == [judged] and dock.opinion.toPlainText() == "不同意选址。"
    with answering(DISCARD) as seen:
        take(dock, path)
        qtbot.waitUntil(lambda: dock.opinion.toPlainText() == "" and not dock.runner.busy, timeout=60000)
    assert [s[0] for s in seen] == ["box"]
    assert not list(dock.runner.judgements) and not dock.runner.judgements.withdrawn
    assert dock.site_input.site is None or not dock.site_input.site.geometry.equals(site.geometry)


def test_nothing_is_asked_when_nothing_would_be_lost(dock, example_rules, qgis_iface, qtbot):
    review_s02(dock, example_rules, qtbot)
    qgis_iface.setActiveLayer(layer("sites"))  # S02 selected

    def reviewed(action) -> None:
        with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
            action()

    def draw() -> None:
        dock.site_input.tool.finished.emit(QgsGeometry.fromWkt(SITE_WKT))

    with answering() as seen:
        reviewed(draw)  # no judgement, no opinion
        reviewed(dock.site_input.use_selected)
        judged = judge_one(dock, qtbot)
        reviewed(dock.site_input.use_selected)  # the same site again keeps its judgements
        assert list(dock.runner.judgements) == [judged]
        assert dock.saved.save_as("S02 复核")
        reviewed(draw)  # saved: nothing is lost
        assert not list(dock.runner.judgements)
        reviewed(lambda: choose(dock, "S02 复核"))  # nothing on screen to lose
        assert list(dock.runner.judgements) == [judged]
        reviewed(draw)  # the saved review shown as saved
        dock.site_input.clear_button.click()
        qtbot.wait(100)
    assert seen == [] and dock.site_input.site is None


def test_opening_a_register_entry_as_a_new_review_asks_first(dock, example_rules, qtbot, tmp_path):
    review_s02(dock, example_rules, qtbot)
    dock.opinion.setPlainText("同意。")
    record = saved_to_register(dock, tmp_path)
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.set_site(other_site(dock.site_input.site))
    dock.opinion.setPlainText("另一选址的意见。")
    with answering(CANCEL) as seen:
        assert not dock.register.open_as_new(record)
    assert [s[0] for s in seen] == ["box"] and dock.opinion.toPlainText() == "另一选址的意见。"
    assert dock.site_input.site.geometry.equals(QgsGeometry.fromWkt(SITE_WKT))
    with answering(DISCARD) as seen, qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        assert dock.register.open_as_new(record)
    assert [s[0] for s in seen] == ["box"] and dock.opinion.toPlainText() == "同意。"
