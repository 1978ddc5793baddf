"""The tables of a Word (.docx) document as rows of text, read with the vendored python-docx.

A cell merged across columns or rows is repeated in every grid position it covers, so a unit code
merged down several rows belongs to each of them and a header cell over four columns heads each; the
positions that continue a cell merged down from the row above are named, so that its text is read once
for a unit (``Table.merged``), and so are those that continue a cell merged from the left (``Table.spanned``).
"""

import os
import re
import zipfile
from typing import List, Set, Tuple

from ....paths import use_vendored
from ...model.results import Reason

Grid = List[List[str]]
Merged = Set[Tuple[int, int]]  # (row, column) of the cells that continue the cell above (or on the left)


def _docx():
    """The python-docx module: QGIS's own if it has one, else the copy shipped in plugin/vendor."""
    use_vendored()
    import docx

    return docx


def read_docx(path: str) -> Tuple[List[Tuple[Grid, Merged, Merged]], List[Reason]]:
    """Every top-level table of the document, in order (nested tables stay in their cell's text)."""
    try:
        docx = _docx()
        if not re.match(r"[1-9]", str(getattr(docx, "__version__", "0"))):
            return [], [Reason("Reading Word documents needs python-docx 1.0 or later; QGIS's Python has "
                               "version {version} at {path}.", {"version": getattr(docx, "__version__", "?"),
                                                                   "path": os.path.dirname(docx.__file__)})]
        document = docx.Document(path)
    except (ImportError, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        return [], [Reason("{file} cannot be read as a Word document: {error}", {"file": path, "error": str(error)})]
    tables = [_rows(table) for table in document.tables]
    if not tables:
        return [], [Reason("The Word document {file} has no table.", {"file": path})]
    return tables, []


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
        rows.append(["" if cell is None else cell.text.strip() for cell in cells])
        above = cells
    return rows, merged, spanned
