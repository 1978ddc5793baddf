"""The notes body as flow blocks: rows of already-broken lines, ready to be drawn as layout tables.

Every block of the document model becomes a ``FlowBlock``: column widths and rows of cells whose
text is broken into lines for those widths. Paragraphs become one row per line so they can continue
on the next page anywhere; tables keep their header row to repeat it on every page.
"""

from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Sequence

from ..core.review.labels import VERDICT_TONES
from ..core.times import SHOWN_TIME
from .model import Block, Checklist, Facts, MapBlock, NotesDocument, Paragraph, Section, Table
from .pdf_style import (
    ACCENT,
    HEADER_FILL,
    LABEL_FILL,
    LINE_PAD_MM,
    TEXT,
    TONE_FILL,
    TONE_TEXT,
    WRAP_SLACK,
    TextMeasure,
    TextStyle,
    segments,
)

GRID_MM = 0.2
RULE_MM = 0.5
RULE_GAP_MM = 1.2
CELL_MARGIN_MM = 0.9
SHORT_MM = 30.0  # a cell text up to this wide is never broken; a longer one (a sentence) gets a column this wide
BODY = TextStyle(9.5)
CELL = TextStyle(8.5)
HEADER = TextStyle(CELL.size, True)
HEADING = {1: TextStyle(12.5, True, ACCENT), 2: TextStyle(11.0, True, ACCENT),
           3: TextStyle(10.0, True, TEXT)}
SPACE_BEFORE = {"heading1": 6.0, "heading2": 4.0, "heading3": 3.0, "paragraph": 1.5,
                "table": 2.0}
CHECK_BOX = "\u2610"


@dataclass
class Cell:
    """One cell: its lines, text style, background colour ('' for none) and line height (mm)."""

    lines: List[str]
    style: TextStyle
    fill: str = ""
    line_height: float = 0.0

    @property
    def height(self) -> float:
        """The height the cell's text needs (mm)."""
        return max(1, len(self.lines)) * self.line_height + LINE_PAD_MM


@dataclass
class Row:
    """A row of cells, drawn as tall as its tallest cell."""

    cells: List[Cell]

    @property
    def height(self) -> float:
        """The height of the row's text area (mm)."""
        return max(cell.height for cell in self.cells)


@dataclass
class FlowBlock:
    """A block of the body: column widths (mm, summing to the block width) and rows.

    The first ``head`` rows are repeated on every page the block continues on; ``keep`` keeps
    the block on the page of the next block's start; ``rule`` draws an accent line under it;
    ``gap`` is added under every row's text.
    """

    widths: List[float]
    rows: List[Row]
    head: int = 0
    grid: bool = False
    space_before: float = 0.0
    keep: bool = False
    rule: bool = False
    gap: float = 0.0

    @property
    def width(self) -> float:
        """The block width (mm)."""
        return sum(self.widths)

    @property
    def margin(self) -> float:
        """The cell margin (mm): framed cells get room around their text."""
        return CELL_MARGIN_MM if self.grid else 0.0

    @property
    def grid_width(self) -> float:
        """The grid line width (mm), 0 without a grid."""
        return GRID_MM if self.grid else 0.0

    def text_widths(self) -> List[float]:
        """The text width of every column (mm), as the layout table is told."""
        inner = self.grid_width * (len(self.widths) + 1) / len(self.widths)
        return [w - 2 * self.margin - inner for w in self.widths]

    def text_height(self, row: Row) -> float:
        """The height the layout table gives a row's text (mm)."""
        return row.height + self.gap

    def row_height(self, row: Row) -> float:
        """The height a row takes in the table, margins and grid line included (mm)."""
        return self.text_height(row) + 2 * self.margin + self.grid_width

    def chunk_height(self, rows: Sequence[Row]) -> float:
        """The height of a table of these rows (mm)."""
        return self.grid_width + sum(self.row_height(row) for row in rows)

    @property
    def after(self) -> float:
        """The height drawn under the rows: the rule and its gap (mm)."""
        return RULE_MM + RULE_GAP_MM if self.rule else 0.0


class BlockBuilder:
    """Turns document blocks into flow blocks for a body ``width`` mm wide."""

    def __init__(self, measure: TextMeasure, width: float):
        self.measure = measure
        self.width = width

    def cell(self, text: str, width: float, style: TextStyle, fill: str = "") -> Cell:
        """A cell with its text broken for a text width."""
        return Cell(self.measure.wrap(text, width, style), style, fill,
                    self.measure.line_height(style))

    def heading(self, section: Section) -> FlowBlock:
        """A section title, kept with what follows; chapters get an accent rule."""
        level = min(3, max(1, section.level))
        style = HEADING[level]
        row = Row([self.cell(section.title, self.width, style)])
        return FlowBlock([self.width], [row], space_before=SPACE_BEFORE[f"heading{level}"],
                         keep=True, rule=level == 1)

    def paragraph(self, paragraph: Paragraph, keep: bool = False) -> FlowBlock:
        """A paragraph as one row per line (coloured by tone, bold when strong)."""
        style = TextStyle(BODY.size, paragraph.strong, TONE_TEXT.get(paragraph.tone, TEXT))
        height = self.measure.line_height(style)
        rows = [Row([Cell([line], style, "", height)])
                for line in self.measure.wrap(paragraph.text, self.width, style)]
        return FlowBlock([self.width], rows, space_before=SPACE_BEFORE["paragraph"], keep=keep)

    def facts(self, facts: Facts) -> FlowBlock:
        """Label → value pairs as a framed two-column table, labels shaded."""
        block = FlowBlock([self.width * 0.32, self.width * 0.68], [], grid=True,
                          space_before=SPACE_BEFORE["table"])
        label_width, value_width = block.text_widths()
        for label, value in facts.pairs:
            block.rows.append(Row([self.cell(label, label_width, CELL, LABEL_FILL),
                                   self.cell(value, value_width, CELL)]))
        return block

    def table(self, table: Table) -> FlowBlock:
        """A framed table whose header row repeats on every page; rows shaded by tone."""
        block = FlowBlock(self.column_widths(table), [], head=1, grid=True,
                          space_before=SPACE_BEFORE["table"])
        widths = block.text_widths()
        block.rows.append(Row([self.cell(text, widths[i], HEADER, HEADER_FILL)
                               for i, text in enumerate(table.columns)]))
        for index, values in enumerate(table.rows):
            tone = table.tone(index)
            style = TextStyle(CELL.size, False, TONE_TEXT[tone] if tone == "muted" else TEXT)
            fill = TONE_FILL.get(tone, "")
            cells = [self.cell(values[i] if i < len(values) else "", widths[i], style, fill)
                     for i in range(len(widths))]
            block.rows.append(Row(cells))
        return block

    def column_widths(self, table: Table) -> List[float]:
        """Column widths (mm): the table's own shares, else shared out by the cells' text."""
        count = len(table.columns)
        if len(table.widths) == count and sum(table.widths) > 0:
            return [self.width * share / sum(table.widths) for share in table.widths]
        least = floored([self.column_need(table, i, self.unbroken) for i in range(count)], self.width,
                        [self.time_floor(table, i) for i in range(count)],
                        [self.word_needs(table, i) for i in range(count)])
        natural = [max(self.column_need(table, i, self.measure.widest_line), least[i])
                   for i in range(count)]
        return share_out(self.width, least, natural)

    def unbroken(self, text: str, style: TextStyle) -> float:
        """The least width of a text (mm): a short text whole, a longer one its longest unbreakable piece
        (a rule id, a timestamp) but never less than SHORT_MM — so a narrow column never breaks 符合性结论
        into one character per line, nor is a column of sentences squeezed by another's long words."""
        whole = self.measure.widest_line(text, style)
        least = min(whole, max(self.measure.widest_piece(text, style), SHORT_MM))
        return least / WRAP_SLACK  # lines are broken a little short of the cell's width

    def word_needs(self, table: Table, column: int) -> List[float]:
        """The width (mm) a column needs for each unbreakable piece of its header and cells to stay whole."""
        texts = [(table.columns[column], HEADER)] + [(row[column], CELL) for row in table.rows if column < len(row)]
        return [self.measure.width(piece.rstrip(), style) / WRAP_SLACK + 2 * CELL_MARGIN_MM + GRID_MM + 0.5
                for text, style in texts for line in str(text).split("\n") for piece in segments(line)]

    def time_floor(self, table: Table, column: int) -> float:
        """The least width (mm) that keeps every shown time of a column's cells on one line, date and time of
        day together; 0 for a column without any."""
        widest = max((self.measure.width(time.group(), CELL) for row in table.rows if column < len(row)
                      for time in SHOWN_TIME.finditer(str(row[column]))), default=0.0)
        grid = GRID_MM * (len(table.columns) + 1) / len(table.columns)  # a column's share of the grid lines
        return widest / WRAP_SLACK + 2 * CELL_MARGIN_MM + grid + 0.01 if widest else 0.0

    def column_need(self, table: Table, column: int,
                    measure: Callable[[str, TextStyle], float]) -> float:
        """The widest measure (a TextMeasure width method) of a column's header and cells, plus
        the cell's margins (mm)."""
        widths = [measure(table.columns[column], HEADER)]
        widths += [measure(row[column], CELL) for row in table.rows if column < len(row)]
        return max(widths) + 2 * CELL_MARGIN_MM + GRID_MM + 0.5

    def checklist(self, checklist: Checklist) -> FlowBlock:
        """Items to confirm: an empty box and the bold label, then the text."""
        block = FlowBlock([self.width * 0.3, self.width * 0.7], [],
                          space_before=SPACE_BEFORE["paragraph"], gap=1.0)
        label_style = TextStyle(BODY.size, True)
        for label, text in checklist.items:
            block.rows.append(Row([self.cell(f"{CHECK_BOX} {label}", block.widths[0] - 3, label_style),
                                   self.cell(text, block.widths[1], BODY)]))
        return block

    def badge(self, label: str, tone: str) -> FlowBlock:
        """The overall verdict in a framed, shaded box as wide as its text."""
        style = TextStyle(11.0, True)
        width = min(self.width, self.measure.width(label, style) / 0.95 + 2 * CELL_MARGIN_MM + 3)
        block = FlowBlock([width], [], grid=True, space_before=SPACE_BEFORE["table"])
        block.rows.append(Row([self.cell(label, block.text_widths()[0], style,
                                         TONE_FILL.get(tone, ""))]))
        return block

    def block(self, block: Block, following: Optional[Block]) -> Optional[FlowBlock]:
        """One document block (None for the map, which the template draws)."""
        if isinstance(block, Paragraph):
            return self.paragraph(block, keep=isinstance(following, (Table, Facts)))
        if isinstance(block, Facts):
            return self.facts(block)
        if isinstance(block, Table):
            return self.table(block)
        if isinstance(block, Checklist):
            return self.checklist(block)
        return None

    def section(self, section: Section) -> List[FlowBlock]:
        """A section's heading and blocks (nothing for a section holding only the map)."""
        if section.blocks and all(isinstance(b, MapBlock) for b in section.blocks):
            return []
        out = [self.heading(section)]
        for index, block in enumerate(section.blocks):
            following = section.blocks[index + 1] if index + 1 < len(section.blocks) else None
            if isinstance(block, Table) and block.caption:
                out.append(self.paragraph(Paragraph(block.caption, strong=True), keep=True))
            built = self.block(block, following)
            if built is not None:
                out.append(built)
        return out


def levelled(needs: List[float], total: float) -> List[float]:
    """The least widths within ``total``: every column's need when all fit, else the widest needs cut to one
    level that leaves every narrower column its need — a long unbreakable text is broken in its own column."""
    if sum(needs) <= total:
        return list(needs)
    rest, level = total, total
    for index, need in enumerate(sorted(needs)):
        level = rest / (len(needs) - index)
        if need > level:
            break
        rest -= need
    return [min(need, level) for need in needs]


def floored(needs: List[float], total: float, floors: List[float], words: List[List[float]]) -> List[float]:
    """``levelled``, but a column is not cut below its floor (its widest shown time): the columns cut below theirs
    get them and the others are levelled in the width left — unless that breaks a word (``words``: the width each
    of a column's words needs) ``levelled`` keeps whole, when every column is levelled alike."""
    plain = levelled(needs, total)
    fixed: Dict[int, float] = {}
    while True:
        free = [i for i in range(len(needs)) if i not in fixed]
        least = {**dict(zip(free, levelled([needs[i] for i in free], total - sum(fixed.values())))), **fixed}
        short = {i: min(floors[i], needs[i]) for i in free if least[i] < min(floors[i], needs[i])}
        if not short:
            kept = all(least[i] >= max([w for w in words[i] if w <= plain[i]], default=0.0) for i in free)
            return [least[i] for i in range(len(needs))] if kept else plain
        fixed.update(short)


def share_out(total: float, least: List[float], natural: List[float]) -> List[float]:
    """Column widths summing to ``total``: each its natural width when all fit (the rest shared
    in proportion), else its least width plus a share of the room left by its wish for more."""
    if sum(natural) <= total:
        return [w * total / sum(natural) for w in natural]
    room = total - sum(least)
    if room <= 0:
        return [w * total / sum(least) for w in least]
    wishes = [n - m for n, m in zip(natural, least)]
    return [m + room * w / sum(wishes) for m, w in zip(least, wishes)]


def document_blocks(document: NotesDocument, measure: TextMeasure, width: float) -> List[FlowBlock]:
    """The flow blocks of the notes body: header facts, the verdict, then every section."""
    builder = BlockBuilder(measure, width)
    blocks = [builder.facts(document.header),
              builder.badge(document.verdict_label, VERDICT_TONES.get(document.verdict, ""))]
    for section in document.sections:
        blocks.extend(builder.section(section))
    return blocks
