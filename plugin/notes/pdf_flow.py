"""The flow engine of the PDF notes: flow blocks placed down the body areas, page after page.

A cursor (body page, y) moves down; each block is drawn as one QgsLayoutItemManualTable per page it
spans (a single frame sized to its rows), its header rows repeated on every page. A block that does
not fit continues on the next page; a heading stays with the start of the block after it; a row
taller than a whole page is split between its lines. Nothing is left out: when something cannot be
placed, NotesError says why.
"""

from typing import Callable, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsLayout,
    QgsLayoutFrame,
    QgsLayoutItemManualTable,
    QgsLayoutItemShape,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutUtils,
    QgsTableCell,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..i18n import tr
from .layout_template import Area, BodyPages, NotesError
from .pdf_blocks import RULE_MM, Cell, FlowBlock, Row
from .pdf_style import ACCENT, GRID, LINE_PAD_MM, text_format

SLACK_MM = 0.5  # a table frame is this much taller than its rows (QGIS counts a row as shown
#                 only when some height is left after it)


def table_cell(cell: Cell) -> QgsTableCell:
    """A layout table cell drawing the cell's lines."""
    result = QgsTableCell("\n".join(cell.lines))
    result.setTextFormat(text_format(cell.style))
    result.setVerticalAlignment(Qt.AlignmentFlag.AlignTop)
    result.setHorizontalAlignment(Qt.AlignmentFlag.AlignLeft)
    if cell.fill:
        result.setBackgroundColor(QColor(cell.fill))
    return result


def split_row(row: Row, height: float) -> Tuple[Optional[Row], Row]:
    """A row cut so that its first part's text is at most ``height`` mm (None when no line fits)."""
    first, rest = [], []
    for cell in row.cells:
        count = int((height - LINE_PAD_MM) // cell.line_height) if cell.line_height > 0 else 0
        if count < 1:
            return None, row
        first.append(Cell(cell.lines[:count], cell.style, cell.fill, cell.line_height))
        rest.append(Cell(cell.lines[count:], cell.style, cell.fill, cell.line_height))
    return Row(first), Row(rest)


class BodyFlow:
    """Places flow blocks in the body areas of a layout, adding pages as needed."""

    def __init__(self, layout: QgsLayout, pages: BodyPages):
        self.layout = layout
        self.pages = pages
        self.index = 0  # the body page the cursor is on
        self.y = pages.area(0).y
        self.tables: List[Tuple[QgsLayoutItemManualTable, int, int]] = []

    @property
    def area(self) -> Area:
        """The body area the cursor is in."""
        return self.pages.area(self.index)

    @property
    def at_top(self) -> bool:
        """True when nothing was placed in the current area yet."""
        return self.y <= self.area.y + 1e-6

    def room(self) -> float:
        """The height left in the current area (mm)."""
        return self.area.bottom - self.y

    def next_page(self) -> None:
        """Move the cursor to the top of the next body page."""
        self.index += 1
        self.pages.ensure_page(self.area.page)
        self.y = self.area.y

    def place_all(self, blocks: Sequence[FlowBlock],
                  placed: Callable[[int, int], None] = lambda _done, _all: None) -> None:
        """Place every block in order, each heading with the start of what follows it; ``placed(done, all)`` after
        each block."""
        for position, block in enumerate(blocks):
            self.place(block, lead_height(blocks, position))
            placed(position + 1, len(blocks))

    def place(self, block: FlowBlock, lead: float) -> None:
        """Place one block; it starts on a new page when its ``lead`` (its start and what must
        stay with it) does not fit in the room left but would fit on a page of its own."""
        if not self.at_top:
            if lead + block.space_before > self.room() and lead <= self.next_room():
                self.next_page()
            else:
                self.y += block.space_before
        head, rows = block.rows[:block.head], list(block.rows[block.head:])
        if not rows:
            head, rows = [], list(head)
        while rows:
            taken = self.fit(block, head, rows)
            if not taken:
                self.next_page()
                continue
            self.draw(block, head + rows[:taken])
            rows = rows[taken:]
            if rows:
                self.next_page()
        if block.rule:
            self.draw_rule(block.width, block.after)

    def next_room(self) -> float:
        """The height of the next page's body area (mm)."""
        return self.pages.area(self.index + 1).height

    def fit(self, block: FlowBlock, head: List[Row], rows: List[Row]) -> int:
        """How many of ``rows`` fit under the head rows in the room left; at the top of a page
        that is no taller than the next, a first row too tall for it is split."""
        room = self.room() - SLACK_MM
        used = block.chunk_height(head)
        count = 0
        for row in rows:
            used += block.row_height(row)
            if used > room:
                break
            count += 1
        if count or not self.at_top or self.room() < self.next_room():
            return count
        spare = room - block.chunk_height(head) - block.row_height(rows[0]) + rows[0].height
        first, rest = split_row(rows[0], spare)
        if first is None:
            raise NotesError(tr("The body area of the layout template is too small: a line of the "
                                "notes needs more than the {height} mm there are").format(
                height=f"{self.room():.0f}"))
        rows[0:1] = [first, rest]
        return 1

    def draw(self, block: FlowBlock, rows: List[Row]) -> None:
        """Draw rows as one manual table at the cursor and move the cursor below it."""
        height = block.chunk_height(rows) + SLACK_MM
        table = QgsLayoutItemManualTable.create(self.layout)
        self.layout.addMultiFrame(table)
        table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
        table.setWrapBehavior(QgsLayoutTable.WrapBehavior.TruncateText)
        table.setCellMargin(block.margin)
        table.setShowGrid(block.grid)
        table.setGridStrokeWidth(block.grid_width)
        table.setGridColor(QColor(GRID))
        table.setBackgroundColor(QColor(0, 0, 0, 0))
        table.setTableContents([[table_cell(cell) for cell in row.cells] for row in rows])
        table.setColumnWidths(block.text_widths())
        table.setRowHeights([block.text_height(row) for row in rows])
        frame = QgsLayoutFrame(self.layout, table)
        table.addFrame(frame)
        frame.attemptResize(QgsLayoutSize(block.width, height))
        frame.attemptMove(QgsLayoutPoint(self.area.x, self.y), page=self.area.page)
        table.recalculateFrameSizes()
        self.tables.append((table, len(rows), self.area.page))
        self.y += height

    def draw_rule(self, width: float, block_after: float) -> None:
        """An accent line across the block width under the cursor."""
        rule = QgsLayoutItemShape(self.layout)
        rule.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
        symbol = rule.symbol().clone()
        symbol.symbolLayer(0).setFillColor(QColor(ACCENT))
        symbol.symbolLayer(0).setStrokeStyle(Qt.PenStyle.NoPen)
        rule.setSymbol(symbol)
        self.layout.addLayoutItem(rule)
        rule.attemptResize(QgsLayoutSize(width, RULE_MM))
        rule.attemptMove(QgsLayoutPoint(self.area.x, self.y), page=self.area.page)
        self.y += block_after

    def last_page(self) -> int:
        """The layout page the body ends on."""
        return self.area.page

    def check(self) -> None:
        """NotesError unless QGIS itself would draw every row of every body table."""
        context = QgsLayoutUtils.createRenderContextForLayout(self.layout, None)
        for table, rows, page in self.tables:
            shown = table.rowsVisible(context, 0, 0, False)
            if shown < rows:
                raise NotesError(tr("The notes body could not be laid out completely: a table on "
                                    "page {page} shows {shown} of its {rows} rows").format(
                    page=page + 1, shown=shown, rows=rows))


def lead_height(blocks: Sequence[FlowBlock], position: int) -> float:
    """The height that must start on one page: a block's first rows (header and one more; all
    of a kept block) and, for a kept block, the lead of the block after it."""
    block = blocks[position]
    if block.keep and position + 1 < len(blocks):
        following = blocks[position + 1]
        return (block.chunk_height(block.rows) + SLACK_MM + block.after + following.space_before
                + lead_height(blocks, position + 1))
    return block.chunk_height(block.rows[:block.head + 1]) + SLACK_MM + block.after
