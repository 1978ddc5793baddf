"""The dock's notes dialog never replaces a file silently: notes (or a findings table) written where a file already
is are written only after the reviewer agrees, naming every file that would be replaced."""

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry
from qgis.PyQt.QtWidgets import QMessageBox

from tests.dock_helpers import SITE_WKT, bind
from zoning_review.plugin.gui import standard_buttons

EARLIER = "<html><body>审查意见（已发送申请单位）</body></html>"


def reviewed(dock, example_rules, qtbot):
    """The dock with the usual test site reviewed against the example rules."""
    from zoning_review.plugin.gui.review_task import Site

    bind(dock.bindings, example_rules)
    site = Site(QgsGeometry.fromWkt(SITE_WKT), QgsCoordinateReferenceSystem("EPSG:4490"), "test")
    with qtbot.waitSignal(dock.runner.reviewed, timeout=60000):
        dock.site_input.set_site(site)


def offered_dialog(dock, folder, qtbot, monkeypatch):
    """The notes dialog as the button opens it, offering a file in ``folder``."""
    from zoning_review.plugin import settings

    monkeypatch.setattr(settings.LAST_OUTPUT_DIR, "value", lambda: str(folder))
    dock.form.name_edit.setText("金属表面处理项目")
    dock.notes.generate()
    dialog = dock.notes.dialog
    qtbot.addWidget(dialog)
    return dialog


def answer(monkeypatch, button):
    """The plugin's yes/no question answers ``button``; the texts it was asked are returned."""
    asked = []
    monkeypatch.setattr(standard_buttons, "question", lambda *args, **kwargs: asked.append(args[2]) or button)
    return asked


def test_the_earlier_notes_offered_again_are_kept_unless_the_reviewer_agrees(dock, example_rules, tmp_path, qtbot,
                                                                             monkeypatch):
    reviewed(dock, example_rules, qtbot)
    dialog = offered_dialog(dock, tmp_path, qtbot, monkeypatch)
    earlier = tmp_path / "金属表面处理项目.html"
    assert dialog.path() == str(earlier)
    earlier.write_text(EARLIER, encoding="utf-8")
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    written = []
    dialog.accepted.connect(lambda: written.append(True))
    dialog.accept()
    assert len(asked) == 1 and str(earlier) in asked[0]
    assert not written and dialog.result() != dialog.DialogCode.Accepted
    assert earlier.read_text(encoding="utf-8") == EARLIER  # kept: the dialog stays open for another name
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.accept()
    assert len(asked) == 1 and written == [True]
    assert "ZH13062920001" in earlier.read_text(encoding="utf-8")  # replaced, as agreed


def test_a_new_file_is_written_without_a_question(dock, example_rules, tmp_path, qtbot, monkeypatch):
    reviewed(dock, example_rules, qtbot)
    dialog = offered_dialog(dock, tmp_path, qtbot, monkeypatch)
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog.accept()
    assert asked == []
    assert "ZH13062920001" in (tmp_path / "金属表面处理项目.html").read_text(encoding="utf-8")


def test_an_existing_findings_table_is_named_before_it_is_replaced(dock, example_rules, tmp_path, qtbot,
                                                                  monkeypatch):
    reviewed(dock, example_rules, qtbot)
    dialog = offered_dialog(dock, tmp_path, qtbot, monkeypatch)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    table = tmp_path / "金属表面处理项目.csv"
    table.write_text("site_id,remark\nS01,审查人手工填写的意见\n", encoding="utf-8")
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog.accept()
    assert len(asked) == 1 and str(table) in asked[0]
    assert table.read_text(encoding="utf-8") == "site_id,remark\nS01,审查人手工填写的意见\n"
