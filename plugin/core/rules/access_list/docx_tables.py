"""The tables of a Word (.docx) document as rows of text, read with the vendored python-docx.

A cell merged across columns or rows is repeated in every grid position it covers, so a unit code
merged down several rows belongs to each of them and a header cell over four columns heads each; the
positions that continue a cell merged down from the row above are named, so that its text is read once
for a unit (``Table.merged``), and so are those that continue a cell merged from the left (``Table.spanned``).
A cell's text is all Word shows in it (``docx_content``), a table nested in it included, line by line.
"""

import os
import re
import zipfile
from typing import List, Set, Tuple

from ....paths import use_vendored
from ...model.results import Reason
from .docx_content import accept_revisions, revised_rows, unreadable_rows, unwrap_content

Grid = List[List[str]]
Merged = Set[Tuple[int, int]]  # (row, column) of the cells that continue the cell above (or on the left)
DocxTable = Tuple[Grid, Merged, Merged, List[Reason]]  # its cells, merges, and what could not be read as written


def _docx():
    """The python-docx module: QGIS's own if it has one, else the copy shipped in plugin/vendor."""
    use_vendored()
    import docx

    return docx


def read_docx(path: str) -> Tuple[List[DocxTable], List[Reason]]:
    """Every top-level table of the document, in order (nested tables stay in their cell's text), each with the
    warnings naming its rows read as if their tracked changes were accepted and those holding what is not text."""
    try:
        docx = _docx()
    except ImportError as error:
        return [], [Reason("{file} cannot be read as a Word document: {error}", {"file": path, "error": str(error)})]
    if not re.match(r"[1-9]", str(getattr(docx, "__version__", "0"))):
        return [], [Reason("Reading Word documents needs python-docx 1.0 or later; QGIS's Python has "
                           "version {version} at {path}.", {"version": getattr(docx, "__version__", "?"),
                                                               "path": os.path.dirname(docx.__file__)})]
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(path)
    except OSError as error:
        return [], [Reason("{file} cannot be read as a Word document: {error}",
                           {"file": path, "error": error.strerror or str(error)})]
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        return [], [Reason("{file} is not a Word document (.docx) or is damaged: open it in Word, save it as a Word "
                           "document (.docx) — a Word 97-2003 .doc file too — and import that.", {"file": path})]
    unwrap_content(document.element.body)
    tables = []
    for number, table in enumerate(document.tables, start=1):
        warnings = _warnings(table, number)  # first: it accepts the table's revisions
        tables.append((*_rows(table), warnings))
    if not tables:
        return [], [Reason("The Word document {file} has no table.", {"file": path})]
    return tables, []


def _warnings(table, number: int) -> List[Reason]:
    """The rows of a table read with their tracked changes accepted, and those holding a picture or an object (their
    revisions accepted in the document read, so that the rows are read next as Word shows them)."""
    rows = table._tbl.tr_lst
    revised, unreadable = revised_rows(rows), unreadable_rows(rows)
    accept_revisions(table._tbl)
    return [Reason("Row {row} of table {table} holds tracked changes that were not accepted (text inserted or "
                   "deleted); it was read as if they were accepted. Check its rules against the published list.",
                   {"row": index + 1, "table": number}) for index in revised] + [
        Reason("Row {row} of table {table} holds a picture, text box, equation or embedded object that the importer "
               "cannot read as text; check the rules of that row against the document and add what it says by hand.",
               {"row": index + 1, "table": number}) for index in unreadable]


def _rows(table) -> Tuple[Grid, Merged, Merged]:
    """Text of each grid cell, row by row (grid positions before or after a short row are empty), the positions
    that continue a cell merged down (the same cell as the one above) and those that continue a cell merged across
    (the same cell as the one on the left)."""
    rows, merged, spanned, above = [], set(), set(), []
    for number, row in enumerate(table.rows):
        cells = [None] * getattr(row, "grid_cols_before", 0) + list(row.cells)
        cells += [None] * getattr(row, "grid_cols_after", 0)
        merged |= {(number, i) for i, (cell, up) in enumerate(zip(cells, above))
                   if cell is not None and up is not None and cell._tc is up._tc}
        spanned |= {(number, i) for i in range(1, len(cells))
                    if cells[i] is not None and cells[i - 1] is not None and cells[i]._tc is cells[i - 1]._tc}
        rows.append(["" if cell is None else _text(cell).strip() for cell in cells])
        above = cells
    return rows, merged, spanned


def _text(cell) -> str:
    """A cell's paragraphs, one a line, those of a table nested in it too (its cells in a row parted by tabs)."""
    lines = []
    for item in cell.iter_inner_content():
        if hasattr(item, "rows"):
            lines += ["\t".join(_distinct_text(row.cells)) for row in item.rows]
        else:
            lines.append(item.text)
    return "\n".join(lines)


def _distinct_text(cells) -> List[str]:
    """The text of each cell of a nested table's row, a cell spanning columns once."""
    seen, out = set(), []
    for cell in cells:
        if cell._tc not in seen:
            seen.add(cell._tc)
            out.append(_text(cell).strip())
    return out
