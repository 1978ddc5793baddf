"""The binding panel's further access lists: after the first rule set, more lists in order (a city's or
county's list, the unit list), each with its scope; a row moves up, or above the first list."""

from typing import List

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QToolButton, QVBoxLayout, QWidget

from ..core.model.binding import RuleSetRef
from ..i18n import tr


def scope_tooltip() -> str:
    """What a scope may be, for the scope fields' tooltips."""
    return tr("The units this list applies to: empty = as the file declares; 'all'; an "
              "administrative code such as ZH130000 (units whose code starts with ZH13); or a QGIS expression "
              "over the unit layer's fields, e.g. \"ZLCB\" = '是'.")


def scope_edit(parent: QWidget, name: str) -> QLineEdit:
    """A scope field: empty means the scope the file declares."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setToolTip(scope_tooltip())
    edit.setPlaceholderText(tr("scope as the file declares"))
    return edit


class RuleListRow(QWidget):
    """One further list: its file, its scope, move up, edit and remove."""

    def __init__(self, parent: QWidget, ref: RuleSetRef) -> None:
        super().__init__(parent)
        self.setObjectName("zr_rule_list_row")
        lines = QVBoxLayout(self)
        lines.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.file = QgsFileWidget(self)
        self.file.setObjectName("zr_rule_list_file")
        self.file.setFilter(tr("Rule sets (*.yaml *.yml)"))
        self.file.setDialogTitle(tr("Choose a rule set"))
        self.file.setFilePath(ref.path)
        self.scope = scope_edit(self, "zr_rule_list_scope")
        self.scope.setText(ref.scope)
        self.up = QToolButton(self)
        self.up.setObjectName("zr_rule_list_up")
        self.up.setText("↑")
        self.up.setToolTip(tr("Move this list up (lists are listed in this order in the notes)"))
        self.edit = QToolButton(self)
        self.edit.setObjectName("zr_rule_list_edit")
        self.edit.setText("✎")
        self.edit.setToolTip(tr("Open this list in the rule editor"))
        self.remove = QToolButton(self)
        self.remove.setObjectName("zr_rule_list_remove")
        self.remove.setText("✕")
        self.remove.setToolTip(tr("Remove this list from the binding"))
        row.addWidget(self.file, 1)
        row.addWidget(self.up)
        row.addWidget(self.edit)
        row.addWidget(self.remove)
        lines.addLayout(row)
        lines.addWidget(self.scope)

    def ref(self) -> RuleSetRef:
        """The list this row describes."""
        return RuleSetRef(self.file.filePath(), "", self.scope.text().strip())


class RuleListRows(QWidget):
    """The binding's access lists after the first, in order; ``promoted`` asks to swap row 0 with the first,
    ``edit_requested`` to open a row's file in the rule editor."""

    changed = pyqtSignal()
    promoted = pyqtSignal()
    edit_requested = pyqtSignal(str)

    def __init__(self, parent: QWidget = None) -> None:
        super().__init__(parent)
        self.setObjectName("zr_rule_lists")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout = QVBoxLayout()
        layout.addLayout(self.rows_layout)
        self.add_button = QPushButton(tr("Add another rule set…"), self)
        self.add_button.setObjectName("zr_add_rule_list")
        self.add_button.setToolTip(tr("Apply another access list together with this one (e.g. the province's "
                                      "general list, a city's or county's list and the unit list)"))
        self.add_button.clicked.connect(self._add_clicked)
        layout.addWidget(self.add_button)
        self.rows: List[RuleListRow] = []

    def entries(self) -> List[RuleSetRef]:
        """The further lists with a file, in order."""
        return [row.ref() for row in self.rows if row.file.filePath()]

    def set_entries(self, refs: List[RuleSetRef]) -> None:
        """Show these lists (without telling anyone)."""
        for row in self.rows:
            self.rows_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for ref in refs:
            self._append(ref)

    def _append(self, ref: RuleSetRef) -> RuleListRow:
        row = RuleListRow(self, ref)
        row.file.fileChanged.connect(self._changed)
        row.scope.editingFinished.connect(self._changed)
        row.up.clicked.connect(lambda _checked=False, r=row: self.move_up(r))
        row.edit.clicked.connect(lambda _checked=False, r=row: self.edit_requested.emit(r.file.filePath()))
        row.remove.clicked.connect(lambda _checked=False, r=row: self.remove(r))
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        return row

    def _add_clicked(self) -> None:
        self._append(RuleSetRef("")).file.lineEdit().setFocus()

    def _changed(self, *_args) -> None:
        self.changed.emit()

    def move_up(self, row: RuleListRow) -> None:
        """Move a list up; the top row changes places with the first list."""
        index = self.rows.index(row)
        if index == 0:
            self.promoted.emit()
            return
        refs = [r.ref() for r in self.rows]
        refs[index - 1], refs[index] = refs[index], refs[index - 1]
        self.set_entries(refs)
        self.changed.emit()

    def remove(self, row: RuleListRow) -> None:
        """Drop a list from the binding."""
        refs = [r.ref() for r in self.rows if r is not row]
        self.set_entries(refs)
        self.changed.emit()

    def set_placeholders(self, scopes: List[str]) -> None:
        """Show each row's declared scope (from its file) where the row gives none."""
        for row, scope in zip(self.rows, scopes):
            row.scope.setPlaceholderText(scope or tr("scope as the file declares"))
