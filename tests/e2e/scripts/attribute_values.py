"""E2E: a text attribute's values in the rule editor's *Attributes…*. The example rule set (a copy) bound in the
dock; in the editor a text attribute coating declared with two values in the dialog's table (labels and other
spellings) and a third, a rule prohibiting one added with the pickers (the value typed as its English label, written
as its id), the rule set saved; *Attributes…* again: the value the rule names cannot be removed, nor the attribute,
the third value is removed and a spare attribute declared, then removed in *Attributes…* a third time, saved; the
dock's project form offers the values as the coating is typed, and the review of S01 finds the rule in conflict for a
spelling of the prohibited value and needing information for a coating the list lacks."""

import os
import sys

sys.path.insert(0, os.environ["ZR_E2E_ROOT"] + "/tests/e2e/support")

from e2e_helpers import (  # noqa: E402
    attribute_condition,
    bind_example_rules,
    in_rule_editor,
    in_words_dialog,
    open_sample_dock,
    pick_condition,
    pump,
    review_sample_site,
    screenshot,
    start_rule,
    tree_texts,
    type_in_cell,
    wait_until,
)
from qgis.core import QgsProject  # noqa: E402
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtTest import QTest  # noqa: E402

from zoning_review.plugin.gui.rule_editor.attribute_names import AttributeNamesDialog  # noqa: E402

LANG = os.environ.get("LANG", "en")[:2]
VALUES = (("water_based", "水性涂料", "", "水性; 水溶性涂料"),
          ("solvent_based", "溶剂型涂料", "Solvent-borne", "油性；油漆"),
          ("high_solids", "高固体分涂料", "", ""))


def _click_value(names, value_id: str) -> None:
    """The value's row chosen with the mouse (its label's cell)."""
    table = names.values
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == value_id)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(row, 1)).center())
    pump(0.1)


def _take_out(names, seen) -> None:
    """In *Attributes…* again: the value the rule names is kept (the note says why), the third taken out."""
    names.attribute.setCurrentIndex(names.attribute.findData("coating"))
    _click_value(names, "solvent_based")
    seen["named"] = {"enabled": names.value_removal.button.isEnabled(), "note": names.value_removal.note.text()}
    seen["shot_kept"] = os.path.join(os.environ["ZR_E2E_ARTIFACTS"], f"attribute-value-kept-{LANG}.png")
    names.grab().save(seen["shot_kept"])
    _click_value(names, "high_solids")
    seen["free"] = names.value_removal.button.isEnabled()
    QTest.mouseClick(names.value_removal.button, Qt.MouseButton.LeftButton)
    seen["left"] = [names.values.item(r, 0).text() for r in range(names.values.rowCount())]
    removal = names.attribute_removal
    seen["coating"] = {"enabled": removal.button.isEnabled(), "note": removal.note.text()}
    names.attribute.setCurrentIndex(names.attribute.findData(""))  # and a spare attribute declared
    QTest.keyClicks(names.name, "spare")
    names.zh.insert("备用")


def _remove_spare(names, seen) -> None:
    """In *Attributes…* a third time: the spare attribute, which no rule reads, removed."""
    names.attribute.setCurrentIndex(names.attribute.findData("spare"))
    seen["spare"] = names.attribute_removal.button.isEnabled()
    QTest.mouseClick(names.attribute_removal.button, Qt.MouseButton.LeftButton)
    seen["attributes"] = [names.attribute.itemData(i) for i in range(names.attribute.count())]


def _declare(dialog, seen) -> None:
    def fill(names):
        names.attribute.setCurrentIndex(names.attribute.findData(""))
        QTest.keyClicks(names.name, "coating")
        names.type.setCurrentIndex(names.type.findData("string"))
        names.zh.insert("涂料类型")
        QTest.keyClicks(names.en, "Coating")
        for row, words in enumerate(VALUES):
            QTest.mouseClick(names.add_value, Qt.MouseButton.LeftButton)
            for column, text in enumerate(words):
                if text:
                    type_in_cell(names.values, row, column, text)
        seen["message"] = names.message.text()
        path = os.path.join(os.environ["ZR_E2E_ARTIFACTS"], f"attribute-values-{LANG}.png")
        names.grab().save(path)
        seen["shot_values"] = path

    in_words_dialog(dialog, dialog.attributes_button, AttributeNamesDialog, "zr_attribute_names", fill, seen)
    start_rule(dialog, "E2E-COAT-01", "禁止新建使用溶剂型涂料的项目（示例）。", "prohibit")
    pick_condition(dialog.panel.when, attribute_condition("coating", "==", "Solvent-borne"))
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    seen["status"] = dialog.status.text()
    in_words_dialog(dialog, dialog.attributes_button, AttributeNamesDialog, "zr_attribute_names",
                    lambda names: _take_out(names, seen), seen)
    seen["declared_spare"] = "spare" in (dialog.file.data.get("attributes") or {})
    in_words_dialog(dialog, dialog.attributes_button, AttributeNamesDialog, "zr_attribute_names",
                    lambda names: _remove_spare(names, seen), seen)
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def _give_coating(dock) -> dict:
    """The coating typed in the project form: in English picked from the values offered, in Chinese a spelling."""
    edit = dock.form.attributes.editors["coating"]
    edit.window().activateWindow()  # back from the rule editor
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton)
    pump(0.3)
    offered = {"tooltip": edit.toolTip(), "focused": edit.hasFocus()}
    if LANG == "en":
        QTest.keyClicks(edit, "solv")
        popup = edit.completer().popup()
        wait_until(popup.isVisible, 10, "the values offered")
        offered["popup"] = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
        QTest.keyClick(popup, Qt.Key.Key_Down)
        QTest.keyClick(popup, Qt.Key.Key_Return)
    else:
        edit.insert("油漆")  # as an input method commits it
    pump(0.3)
    offered["given"] = edit.text()
    return offered


def main(iface):
    """Bind the copy of the example, declare the values and the rule in the editor, review S01 with a coating."""
    dock = open_sample_dock(iface)
    bind_example_rules(dock, QgsProject.instance().mapLayersByName("control_units")[0], os.environ["ZR_E2E_RULES"])
    declared = in_rule_editor(dock, _declare)
    wait_until(lambda: "coating" in dock.form.attributes.editors, 60, "the attribute in the project form")
    review_sample_site(iface, dock, "S01")
    offered = _give_coating(dock)
    shown = lambda: [t for t in tree_texts(dock) if "溶剂型涂料；条款要求" in t or "Solvent-borne; rule" in t]  # noqa: E731
    try:
        wait_until(shown, 60, "the review with the coating")
    except AssertionError as error:
        raise AssertionError(f"{error}; the form: {offered}; the panel: {tree_texts(dock)}") from None
    conflict = tree_texts(dock)
    shot = screenshot(iface, f"attribute-values-S01-{LANG}")
    dock.form.attributes.set_value("coating", "粉末涂料")
    wait_until(lambda: any("粉末涂料" in text for text in tree_texts(dock)), 60, "the review with a coating not listed")
    return {"declared": declared, "offered": offered, "conflict": conflict, "unknown": tree_texts(dock), "shot": shot}
