"""The register browser and the read-only view of an entry; removing a judgement in the judgement dialog."""

import json

import pytest
from qgis.core import QgsVectorLayer, edit
from qgis.PyQt.QtWidgets import QDialog, QLabel, QPushButton

from tests.test_register import edit_by_hand, entry, judged_entry
from tests.test_shown_times import shanghai  # noqa: F401 - the fixture
from zoning_review.plugin.core.model.results import Finding
from zoning_review.plugin.core.model.verdicts import Status
from zoning_review.plugin.core.outputs.register import COLUMNS, RegisterError, append_to_register
from zoning_review.plugin.core.outputs.register_records import read_register
from zoning_review.plugin.core.review.judgements import Judgement
from zoning_review.plugin.gui.judgement_dialog import JudgementDialog
from zoning_review.plugin.gui.register_dialog import AS_NEW, READ_ONLY, RegisterDialog
from zoning_review.plugin.gui.register_view import RecordView

pytestmark = pytest.mark.usefixtures("shanghai")  # times as people read them, in Beijing

CLAUSES_AT = [n for n, _k in COLUMNS[1:]].index("clauses_json")


def register(tmp_path):
    tmp_path.mkdir(exist_ok=True)
    path = str(tmp_path / "台账.gpkg")
    append_to_register(path, entry("S02 化工", "non_compliant"))
    append_to_register(path, judged_entry())
    append_to_register(path, entry("S07 水源", "non_compliant"))
    return path, read_register(path)


def texts(item):
    """An item's text and every text below it."""
    found = [item.text(0)]
    for index in range(item.childCount()):
        found.extend(texts(item.child(index)))
    return found


def test_the_browser_lists_filters_and_opens_the_chosen_entry(qgis_new_project, qtbot, tmp_path):
    path, records = register(tmp_path)
    dialog = RegisterDialog(path, records)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["1", "2", "3"]
    assert [table.item(r, 3).text() for r in range(3)] == ["Non-compliant", "Compliant", "Non-compliant"]
    assert dialog.selected().seq == 3  # the latest entry is selected
    dialog.filter.setText("non-compliant")  # the verdict as the table words it
    assert dialog.visible_seqs() == [1, 3]
    dialog.filter.setText("S02 non-compliant")  # words of the project and of the verdict as worded, together
    assert dialog.visible_seqs() == [1]
    dialog.filter.setText("s05")
    assert dialog.visible_seqs() == [2] and dialog.selected() is None  # the selected entry is filtered out
    assert not dialog.view_button.isEnabled()
    dialog.table.selectRow(1)
    assert dialog.view_button.isEnabled() and dialog.selected().text("site_name") == "S05 公路"
    dialog.copy_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.mode == AS_NEW
    again = RegisterDialog(path, records)
    qtbot.addWidget(again)
    again.table.selectRow(0)
    again.view_button.click()
    assert again.mode == READ_ONLY and again.selected().seq == 1


def test_entries_sharing_a_number_are_marked_and_named(qgis_new_project, qtbot, tmp_path):
    """A register merged by hand: entries 2 and 3 both carry the number 2. The browser says so above the list and
    marks each of them, so that one is not taken for the other."""
    path, _records = register(tmp_path)
    edit_by_hand(path, "DROP INDEX reviews_seq_unique")  # merged by hand into a register without the index
    layer = QgsVectorLayer(f"{path}|layername=reviews", "reviews", "ogr")
    third = next(f for f in layer.getFeatures() if f["site_name"] == "S07 水源")
    with edit(layer):
        layer.changeAttributeValue(third.id(), layer.fields().indexOf("seq"), 2)
    records = read_register(path)
    assert sorted(r.seq for r in records) == [1, 2, 2]
    dialog = RegisterDialog(path, records)
    qtbot.addWidget(dialog)
    table = dialog.table
    numbers = {table.item(r, 2).text(): table.item(r, 0).text() for r in range(table.rowCount())}
    assert numbers == {"S02 化工": "1", "S05 公路": "2 (1 of 2)", "S07 水源": "2 (2 of 2)"}
    for row in range(table.rowCount()):
        marked = table.item(row, 0).text() != "1"
        assert (not table.item(row, 0).icon().isNull()) == marked
        assert (table.item(row, 2).text() in table.item(row, 0).toolTip()) == marked
    warning = dialog.findChild(QLabel, "zr_register_repeated")
    assert warning is not None and "several entries with the number 2" in warning.text()
    plain = RegisterDialog(*register(tmp_path / "plain"))
    qtbot.addWidget(plain)
    assert plain.findChild(QLabel, "zr_register_repeated") is None


def test_the_read_only_view_shows_the_review_as_recorded(qgis_new_project, qtbot, tmp_path):
    _path, records = register(tmp_path)
    view = RecordView()
    qtbot.addWidget(view)
    view.show_record(records[1])
    assert "Register entry 2" in view.title.text() and "S05 公路" in view.title.text()
    assert "Compliant" in view.banner.text() and view.banner.verdict == "compliant"
    shown = [line for i in range(view.tree.topLevelItemCount()) for line in texts(view.tree.topLevelItem(i))]
    assert "Rule set: xiongan-example" in shown and "Rule-set version: 2024.1-example" in shown
    assert "Rule-set SHA-256: " + "ab" * 32 in shown and "Industry: E4812" in shown
    assert "Clauses (1)" in shown  # the clause not applicable and not judged is left out
    assert "Complies (judged): C-P-02" in shown
    assert "Judged Compliant by 王工, 2026-12-03 11:00: 已核查" in shown
    assert "S05 / C-P-02: judgement Non-compliant removed by 李工, t" in shown
    assert "同意" in shown  # the opinion
    with qtbot.waitSignal(view.copyRequested) as copied:
        view.copy_button.click()
    assert copied.args[0] is records[1]


def test_a_recorded_judgement_word_the_plugin_does_not_know_is_an_error_naming_the_entry(qgis_new_project, qtbot,
                                                                                        tmp_path):
    """An entry edited by hand to hold the judgement '通过': the view names the entry and the word (a RegisterError
    the dock shows in the message bar), and shows nothing of it, instead of a traceback."""
    made = judged_entry()
    clauses = json.loads(made.values[CLAUSES_AT])
    clauses[0]["judgement"] = {**clauses[0]["judgement"], "judgement": "通过"}
    made.values[CLAUSES_AT] = json.dumps(clauses, ensure_ascii=False)
    path = str(tmp_path / "r.gpkg")
    append_to_register(path, made)
    [record] = read_register(path)
    view = RecordView()
    qtbot.addWidget(view)
    with pytest.raises(RegisterError) as error:
        view.show_record(record)
    assert "entry 1" in str(error.value) and "'通过'" in str(error.value)
    assert view.record is None and view.tree.topLevelItemCount() == 0


def test_the_judgement_dialog_removes_a_judgement_only_of_a_judged_clause(qgis_app, qtbot):
    finding = Finding(rule_id="C-P-02", level="category", dimension="spatial_layout", effect="text",
                      status=Status.MANUAL_CHECK)
    fresh = JudgementDialog("S05", "ZH13063210001", finding)
    qtbot.addWidget(fresh)
    assert fresh.findChild(QPushButton, "zr_judgement_remove") is None
    judged = Finding(rule_id="C-P-02", level="category", dimension="spatial_layout", effect="text",
                     status=Status.COMPLIES, machine_status="manual_check",
                     judgement=Judgement("S05", "ZH13063210001", "C-P-02", "compliant", "已核查", "王工"))
    dialog = JudgementDialog("S05", "ZH13063210001", judged)
    qtbot.addWidget(dialog)
    dialog.findChild(QPushButton, "zr_judgement_remove").click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.removed and dialog.judgement() is None
