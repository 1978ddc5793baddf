"""The plugin's dialogs and questions word their standard buttons (OK, Cancel, Yes…) in the UI language themselves:
Qt's own translations of them are not loaded for QGIS's Simplified Chinese ('zh-Hans') and Debian installs them apart,
so a Chinese dialog showed "OK" and "Cancel"."""

import re
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from zoning_review.plugin.gui import standard_buttons
from zoning_review.plugin.gui.coordinate_dialog import CoordinateDialog
from zoning_review.plugin.gui.notes_dialog import NotesDialog
from zoning_review.plugin.gui.register_dialog import RegisterDialog
from zoning_review.plugin.gui.rule_editor.condition_picker import ConditionPicker
from zoning_review.plugin.gui.rule_editor.new_rule_set import NewRuleSetDialog

from .test_feedback_language import ui  # noqa: F401 - the fixture setting the UI language

GUI = Path(__file__).resolve().parents[1] / "plugin" / "gui"
# Written by hand: the words a Chinese dialog uses (Qt's own Chinese, with its mnemonics), and Qt's English ones.
CHINESE = {"Ok": "确定", "Cancel": "取消", "Close": "关闭", "Save": "保存", "Discard": "放弃", "Yes": "是(&Y)",
           "No": "否(&N)"}
ENGLISH = {"Ok": "OK", "Cancel": "Cancel", "Close": "Close", "Save": "Save", "Discard": "Discard", "Yes": "&Yes",
           "No": "&No"}


def texts(box):
    """The texts of a button box's (or message box's) buttons, sorted."""
    return sorted(button.text() for button in box.buttons())


def every_button_box(dialog):
    return dialog.findChildren(QDialogButtonBox)


@pytest.mark.parametrize("lang, words", [("zh", CHINESE), ("en", ENGLISH)])
def test_every_standard_button_the_plugin_shows_is_worded_in_the_ui_language(ui, qtbot, lang, words):  # noqa: F811
    ui(lang)
    kinds = QDialogButtonBox.StandardButton
    box = standard_buttons.worded(QDialogButtonBox(
        kinds.Ok | kinds.Cancel | kinds.Close | kinds.Save | kinds.Discard | kinds.Yes | kinds.No))
    qtbot.addWidget(box)
    assert {name: box.button(getattr(kinds, name)).text() for name in words} == words


@pytest.mark.parametrize("make, shown", [
    (lambda tmp: NotesDialog(None, str(tmp), "S01"), {"确定", "取消"}),
    (lambda tmp: CoordinateDialog(), {"确定", "取消"}),
    (lambda tmp: RegisterDialog(str(tmp / "register.gpkg"), []), {"只读打开", "作为新审查打开", "关闭"}),
    (lambda tmp: ConditionPicker({"layers": {}, "attributes": {}}, [], {}), {"确定", "取消"}),
    (lambda tmp: NewRuleSetDialog(None, str(tmp)), {"确定", "取消"}),
])
def test_the_plugins_dialogs_show_chinese_buttons_in_a_chinese_ui(ui, qtbot, tmp_path, make, shown):  # noqa: F811
    ui("zh")
    dialog = make(tmp_path)
    qtbot.addWidget(dialog)
    boxes = every_button_box(dialog)
    assert boxes and [set(texts(box)) for box in boxes if box.standardButtons()] == [shown]


def answered(button, seen):
    """Answer the modal box on screen with ``button`` once it shows, its texts kept in ``seen``."""
    def answer():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, answer)
            return
        seen.append((box.text() if isinstance(box, QMessageBox) else box.labelText(), texts(box) if isinstance(
            box, QMessageBox) else [box.okButtonText(), box.cancelButtonText()]))
        if isinstance(box, QMessageBox):
            box.button(button).click()
        else:
            box.setTextValue("初审")
            box.accept()
    QTimer.singleShot(0, answer)


@pytest.mark.parametrize("button, expected", [(QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes),
                                              (QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)])
def test_a_question_asks_with_chinese_yes_and_no_and_gives_the_answer(ui, button, expected):  # noqa: F811
    ui("zh")
    seen = []
    answered(button, seen)
    assert standard_buttons.question(None, "规则编辑器", "关闭而不保存更改？") == expected
    assert seen == [("关闭而不保存更改？", ["否(&N)", "是(&Y)"])]


def test_enter_on_a_question_answers_no(ui):  # noqa: F811
    """Every question of the plugin asks whether to let something go: a key pressed without reading keeps it."""
    ui("en")
    def press_enter():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, press_enter)
            return
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        box.defaultButton().click()
    QTimer.singleShot(0, press_enter)
    assert standard_buttons.question(None, "Rule editor", "Close without saving the changes?") == \
        QMessageBox.StandardButton.No


def test_the_review_name_is_asked_with_chinese_buttons(ui):  # noqa: F811
    ui("zh")
    seen = []
    answered(None, seen)
    assert standard_buttons.text_input(None, "保存审查", "审查名称", "某项目") == ("初审", True)
    assert seen == [("审查名称", ["确定", "取消"])]


def test_no_dialog_or_message_box_of_the_plugin_is_made_without_its_words():
    """Every QDialogButtonBox and QMessageBox the GUI makes goes through ``worded``; no static QMessageBox call
    (question, warning…) or QInputDialog.getText words its buttons in Qt's words."""
    unworded = []
    for path in sorted(GUI.rglob("*.py")):
        if path.name == "standard_buttons.py":
            continue
        source = path.read_text(encoding="utf-8")
        for made in re.finditer(r"(\w*\()?(QDialogButtonBox|QMessageBox)\(", source):
            line = source.count("\n", 0, made.start()) + 1
            box_line = source[source.rfind("\n", 0, made.start()) + 1:source.find("\n", made.start())]
            later = source[made.start():source.find("\n\n", made.start())]
            if made.group(1) != "worded(" and "worded(box)" not in later:
                unworded.append(f"{path.name}:{line}: {box_line.strip()}")
        unworded += [f"{path.name}: {call.group(0)}" for call in re.finditer(
            r"QMessageBox\.(question|warning|information|critical|about)\(|QInputDialog\.get\w+\(", source)]
    assert unworded == []
