"""Draw a NotesDocument as an editable Word document (.docx) with python-docx (vendored).

Headings use Word's Heading 1–3 styles (the navigation pane lists them), tables are real Word tables
whose header row repeats on every page, row tones are cell shading, the map is an embedded picture with
its caption, and the footer numbers the pages. A user template (.docx or .dotx) gives the letterhead:
the notes start from a copy of it, so its headers, footers, page set-up, styles and body text are kept.
The file is written under a temporary name and renamed when complete.
"""

import io
import os
from typing import Dict, List, Optional

from qgis.core import QgsFeedback

from ..core.part_files import part_file
from ..core.review.labels import VERDICT_TONES
from ..core.times import unbroken_times
from .docx_widths import column_widths
from .docx_word import (
    WD_ALIGN_PARAGRAPH,
    WD_STYLE_TYPE,
    Pt,
    RGBColor,
    add_page_numbers,
    add_running_header,
    body_width_twips,
    check_library,
    clean,
    drop_thumbnail,
    drop_trailing_empty_paragraphs,
    mark_header_row,
    open_document,
    set_child,
    set_properties,
    setup_page,
    setup_styles,
    shade,
    table_properties,
)
from .layout_template import Background, advance, run_here
from .model import Block, Checklist, Facts, MapBlock, NotesDocument, Paragraph, Section, Table
from .pdf_blocks import CHECK_BOX
from .pdf_style import HEADER_FILL, LABEL_FILL, TONE_FILL, TONE_TEXT

MAP_HEIGHT_SHARE = 0.55  # the map picture takes at most this share of the page's text height


def render_docx(document: NotesDocument, map_png: Optional[bytes], path: str,
                template: Optional[str] = None, more_maps: Optional[Dict[str, bytes]] = None,
                feedback: Optional[QgsFeedback] = None, background: Optional[Background] = None) -> str:
    """Write the notes as a Word document at ``path`` (from ``template`` when given); returns the path.
    ``more_maps`` are the pictures of further map blocks, by their view; ``feedback`` may cancel until the file is
    put in place (NotesCancelledError: no file written, an earlier one kept as it was); ``background`` runs the
    building and saving of the document (python-docx only, no Qt object: a worker thread may) and returns what it
    returned (the dock's keeps QGIS responsive meanwhile); without it, they run here.

    NotesError (translated) when the template is not a Word document or python-docx is too old.
    """
    with part_file(path) as part:
        (background or run_here)(lambda: save_docx(document, map_png, part, template, more_maps))
        advance(feedback, 95.0)  # a cancel given while the file was written is honoured: it is not kept
        os.replace(part, path)
    return path


def save_docx(document: NotesDocument, map_png: Optional[bytes], path: str, template: Optional[str] = None,
              more_maps: Optional[Dict[str, bytes]] = None) -> None:
    """Build the Word document of the notes and save it at ``path``, with python-docx alone."""
    check_library()
    word = open_document(template)
    if template:
        drop_trailing_empty_paragraphs(word)
    else:
        setup_page(word)
        add_running_header(word, document.title)
    setup_styles(word, document.lang, own_look=not template)
    writer = WordWriter(word)
    writer.more_maps.update(more_maps or {})
    writer.document(document, map_png)
    add_page_numbers(word, document.lang)
    set_properties(word, document, document.lang)
    drop_thumbnail(word)
    word.save(path)


class WordWriter:
    """Appends the notes' blocks to a python-docx document."""

    def __init__(self, word):
        self.word = word
        self.width = body_width_twips(word)
        self.after_table = False
        self.more_maps: Dict[str, bytes] = {}  # pictures of further map blocks, by view
        self.table_text: Optional[str] = None  # the Table Text style's id, looked up at the first cell

    def add_paragraph(self, text: str = "", style: Optional[str] = None):
        """A new paragraph at the end; one right after a table keeps a gap from it."""
        paragraph = self.word.add_paragraph(clean(text), style=style)
        if self.after_table and style is None:
            paragraph.paragraph_format.space_before = Pt(6)
        self.after_table = False
        return paragraph

    def document(self, document: NotesDocument, map_png: Optional[bytes]) -> None:
        """Title, subtitle, header facts, the verdict and every section."""
        self.add_paragraph(document.title, style="Title")
        self.add_paragraph(document.subtitle, style="Subtitle")
        self.facts(document.header)
        self.badge(document.verdict_label, VERDICT_TONES.get(document.verdict, ""))
        for section in document.sections:
            self.section(section, map_png)

    def section(self, section: Section, map_png: Optional[bytes]) -> None:
        """A heading (Heading 1–3) and the section's blocks; a map-only section without a map is left out."""
        if section.blocks and all(isinstance(b, MapBlock) for b in section.blocks) and not map_png:
            return
        self.add_paragraph(section.title, style=f"Heading {min(3, max(1, section.level))}")
        for index, block in enumerate(section.blocks):
            following = section.blocks[index + 1] if index + 1 < len(section.blocks) else None
            self.block(block, following, map_png)

    def block(self, block: Block, following: Optional[Block], map_png: Optional[bytes]) -> None:
        """One block of the model."""
        if isinstance(block, Paragraph):
            self.paragraph(block, keep=isinstance(following, (Table, Facts)))
        elif isinstance(block, Facts):
            self.facts(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Checklist):
            self.checklist(block)
        elif isinstance(block, MapBlock):
            png = self.more_maps.get(block.view) if block.view else map_png
            if png:
                self.picture(png, block.caption)

    def paragraph(self, paragraph: Paragraph, keep: bool = False) -> None:
        """A body paragraph, coloured by its tone and bold when strong."""
        written = self.add_paragraph()
        run = written.add_run(clean(paragraph.text))
        run.bold = paragraph.strong or None
        if paragraph.tone in TONE_TEXT:
            run.font.color.rgb = RGBColor.from_string(TONE_TEXT[paragraph.tone].lstrip("#").upper())
        written.paragraph_format.keep_with_next = keep or None

    def badge(self, label: str, tone: str) -> None:
        """The overall verdict: bold, framed and shaded by tone."""
        run = self.add_paragraph().add_run(clean(label))
        run.bold = True
        run.font.size = Pt(12)
        rpr = run.element.get_or_add_rPr()
        set_child(rpr, "w:bdr", {"w:val": "single", "w:sz": "6", "w:space": "1", "w:color": "444444"})
        if tone in TONE_FILL:
            shade(rpr, TONE_FILL[tone])

    def facts(self, facts: Facts) -> None:
        """Label → value pairs as a two-column table, labels shaded."""
        if not facts.pairs:
            return
        labels, values = zip(*facts.pairs)
        table = self.new_table(self.twips(column_widths([list(labels), list(values)], self.width)))
        for label, value in facts.pairs:
            row = table.add_row()
            self.fill(row.cells[0], label, fill=LABEL_FILL)
            self.fill(row.cells[1], value)

    def table(self, table: Table) -> None:
        """A table with its caption above, a repeating header row and rows shaded by tone."""
        if table.caption:
            caption = self.add_paragraph(table.caption, style="Caption")
            caption.paragraph_format.keep_with_next = True
        written = self.new_table(self.column_widths(table), table.caption)
        header = written.add_row()
        mark_header_row(header)
        for cell, text in zip(header.cells, table.columns):
            self.fill(cell, text, fill=HEADER_FILL, bold=True)
        for index, values in enumerate(table.rows):
            tone = table.tone(index)
            row = written.add_row()
            for column, cell in enumerate(row.cells):
                self.fill(cell, values[column] if column < len(values) else "", fill=TONE_FILL.get(tone, ""),
                          colour=TONE_TEXT["muted"] if tone == "muted" else "")

    def checklist(self, checklist: Checklist) -> None:
        """Items to confirm: an empty box, the bold label, then the text."""
        for label, text in checklist.items:
            written = self.add_paragraph()
            written.paragraph_format.left_indent = Pt(14)
            written.paragraph_format.first_line_indent = Pt(-14)
            written.add_run(f"{CHECK_BOX} ")
            written.add_run(clean(label)).bold = True
            written.add_run(clean(checklist.separator + text))

    def picture(self, png: bytes, caption: str) -> None:
        """The map as an inline picture as wide as the text (lower when tall), its caption under it."""
        holder = self.add_paragraph()
        holder.alignment = WD_ALIGN_PARAGRAPH.CENTER
        holder.paragraph_format.keep_with_next = True
        shape = holder.add_run().add_picture(io.BytesIO(png), width=self.width * 635)
        section = self.word.sections[-1]
        if section.page_height and section.top_margin is not None and section.bottom_margin is not None:
            tallest = int((section.page_height - section.top_margin - section.bottom_margin) * MAP_HEIGHT_SHARE)
            if shape.height > tallest:
                shape.width, shape.height = int(shape.width * tallest / shape.height), tallest
        shape._inline.docPr.set("descr", clean(caption))
        self.add_paragraph(caption, style="Caption").alignment = WD_ALIGN_PARAGRAPH.CENTER

    def new_table(self, widths: List[int], caption: str = ""):
        """An empty table with fixed column widths (twips) and a grid."""
        table = self.word.add_table(rows=0, cols=len(widths))
        table_properties(table, widths, caption)
        self.after_table = True
        return table

    def fill(self, cell, text: str, fill: str = "", bold: bool = False, colour: str = "") -> None:
        """Write a cell's text in the Table Text style, with its width, shading, weight and colour; a shown time
        is never broken between its date and time of day."""
        tc_pr = cell._tc.get_or_add_tcPr()
        if fill:
            shade(tc_pr, fill)
        paragraph = cell.paragraphs[0]
        if self.table_text is None:  # python-docx looks a style's id up among every style on each use: once here
            self.table_text = self.word.part.get_style_id(self.word.styles["Table Text"], WD_STYLE_TYPE.PARAGRAPH)
        paragraph._p.style = self.table_text  # as ``paragraph.style = …`` sets it
        run = paragraph.add_run(clean(unbroken_times(str(text))))  # a shown time's date and time on one line
        run.bold = bold or None
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour.lstrip("#").upper())

    def twips(self, shares: List[float]) -> List[int]:
        """Column widths in twips from shares of the text width (summing to it exactly)."""
        total = float(sum(shares)) or 1.0
        widths = [int(self.width * share / total) for share in shares]
        widths[-1] += self.width - sum(widths)
        return widths

    def column_widths(self, table: Table) -> List[int]:
        """Widths (twips) by the columns' text (``docx_widths``; the table's own shares are the PDF's)."""
        count = len(table.columns)
        columns = [[table.columns[i]] + [row[i] for row in table.rows if i < len(row)] for i in range(count)]
        return self.twips(column_widths(columns, self.width))

