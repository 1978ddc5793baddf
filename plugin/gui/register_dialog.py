"""The register browser: every entry (number, time, project, verdict, reviewer), a filter, and opening one."""

from collections import Counter
from typing import List, Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.outputs.register_filter import parse_filter
from ..core.outputs.register_records import RegisterRecord, repeated_seqs
from ..core.times import shown_time
from ..i18n import grouped, list_separator, tr
from .given_values import ERROR_COLOR, ERROR_STYLE
from .labels import verdict_icon, verdict_text
from .standard_buttons import worded

READ_ONLY, AS_NEW = "read_only", "as_new"


class RegisterDialog(QDialog):
    """Lists the register's reviews; 'Open read-only' or 'Open as a new review' closes it with a choice."""

    def __init__(self, path: str, records: List[RegisterRecord], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("zr_register_dialog")
        self.setWindowTitle(tr("Review register"))
        self.resize(640, 420)
        self.records = records
        self.mode = ""
        layout = QVBoxLayout(self)
        count = tr("{path} — 1 review") if len(records) == 1 else tr("{path} — {n} reviews")
        where = QLabel(count.format(path=path, n=grouped(len(records))), self)
        where.setWordWrap(True)
        layout.addWidget(where)
        self.repeated = repeated_seqs(records)
        if self.repeated:
            layout.addWidget(self._repeated_warning())
        self.filter = QLineEdit(self)
        self.filter.setObjectName("zr_register_filter")
        self.filter.setPlaceholderText(tr("Filter: number, date, project, verdict, reviewer or rule set"))
        self.filter.setToolTip(tr("A verdict typed in full (Compliant, Non-compliant, Needs further study) shows the "
                                  "entries of that verdict only; other words, separated by spaces, are looked for in "
                                  "the number, time, project, reviewer, rule set and opinion."))
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        self.table = self._table()
        layout.addWidget(self.table, 1)
        buttons = worded(QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self))
        self.view_button = buttons.addButton(tr("Open read-only"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.view_button.setObjectName("zr_register_view")
        self.view_button.setToolTip(tr("Show the review as it was recorded, in the panel"))
        self.copy_button = buttons.addButton(tr("Open as a new review"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.copy_button.setObjectName("zr_register_copy")
        self.copy_button.setToolTip(tr("Take its site, description, judgements and opinion into the panel and review "
                                       "them again with the current binding"))
        self.view_button.clicked.connect(lambda: self.choose(READ_ONLY))
        self.copy_button.clicked.connect(lambda: self.choose(AS_NEW))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self.apply_filter)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.itemDoubleClicked.connect(lambda _item: self.choose(READ_ONLY))
        if records:
            self.table.selectRow(len(records) - 1)  # the latest entry
        self._enable()

    def _repeated_warning(self) -> QLabel:
        """A warning naming the numbers several entries carry (a register edited or merged by hand)."""
        warning = QLabel(tr("This register has several entries with the number {numbers}: they are different "
                            "reviews, marked in the list. Tell them apart by their time and project; re-review "
                            "refuses this register until they are renumbered.").format(
                                numbers=list_separator().join(map(str, self.repeated))), self)
        warning.setObjectName("zr_register_repeated")
        warning.setWordWrap(True)
        warning.setStyleSheet(ERROR_STYLE)
        return warning

    def _table(self) -> QTableWidget:
        """One row per entry, latest last."""
        headers = [tr("No."), tr("Saved at"), tr("Project"), tr("Verdict"), tr("Reviewer"), tr("Rule set")]
        table = QTableWidget(len(self.records), len(headers), self)
        table.setObjectName("zr_register_table")
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, record in enumerate(self.records):
            verdict = record.text("verdict")
            ruleset = " ".join(filter(None, (record.text("ruleset_id"), record.text("ruleset_version"))))
            cells = [str(record.seq), shown_time(record.text("saved_at")), record.text("site_name"),
                     verdict_text(verdict), record.text("reviewer"), ruleset]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row)
                table.setItem(row, column, item)
            table.item(row, 3).setIcon(verdict_icon(verdict))
        self._mark_repeated(table)
        table.resizeColumnsToContents()
        return table

    def _mark_repeated(self, table: QTableWidget) -> None:
        """The number of each entry that shares it: "3 (1 of 2)", in red with a warning icon and a tooltip."""
        counts, seen = Counter(record.seq for record in self.records), Counter()
        for row, record in enumerate(self.records):
            if counts[record.seq] < 2:
                continue
            seen[record.seq] += 1
            item = table.item(row, 0)
            item.setText(tr("{seq} ({n} of {count})").format(seq=record.seq, n=seen[record.seq],
                                                             count=counts[record.seq]))
            item.setIcon(QgsApplication.getThemeIcon("/mIconWarning.svg"))
            item.setForeground(QColor(ERROR_COLOR))
            item.setToolTip(tr("{count} entries carry the number {seq}: this one was saved at {time} for "
                               "{project}.").format(count=counts[record.seq], seq=record.seq,
                                                    time=shown_time(record.text("saved_at")),
                                                    project=record.text("site_name")))

    def apply_filter(self, text: str) -> None:
        """Show only the entries of the verdicts typed in full that hold every other word (``register_filter``)."""
        wanted = parse_filter(text)
        for row, record in enumerate(self.records):
            shown = f'{verdict_text(record.text("verdict"))} {shown_time(record.text("saved_at"))}'
            self.table.setRowHidden(row, not record.matches(wanted, shown))
        self._enable()

    def visible_seqs(self) -> List[int]:
        """The numbers of the entries shown."""
        return [r.seq for row, r in enumerate(self.records) if not self.table.isRowHidden(row)]

    def selected(self) -> Optional[RegisterRecord]:
        """The entry selected and shown, or None."""
        rows = [i.row() for i in self.table.selectionModel().selectedRows()]
        if not rows or self.table.isRowHidden(rows[0]):
            return None
        return self.records[rows[0]]

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.view_button.setEnabled(chosen)
        self.copy_button.setEnabled(chosen)

    def choose(self, mode: str) -> None:
        """Close with the selected entry and how to open it."""
        if self.selected() is not None:
            self.mode = mode
            self.accept()
