"""The tables of a Word (.docx) document as rows of text, read with the vendored python-docx.

A cell merged across columns or rows is repeated in every grid position it covers, so a unit code
merged down several rows belongs to each of them and a header cell over four columns heads each.
"""

import os
import sys
import zipfile
from typing import List, Tuple

from ...model.results import Reason
from .table import Table

VENDOR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))), "vendor")


def _docx():
    """The python-docx module: QGIS's own if it has one, else the copy shipped in plugin/vendor."""
    if VENDOR not in sys.path:
        sys.path.append(VENDOR)
    import docx

    return docx


def read_docx(path: str) -> Tuple[List[Table], List[Reason]]:
    """Every top-level table of the document, in order (nested tables stay in their cell's text)."""
    try:
        document = _docx().Document(path)
    except (ImportError, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        return [], [Reason("{file} cannot be read as a Word document: {error}", {"file": path, "error": str(error)})]
    tables = [Table(_rows(table), 1, number) for number, table in enumerate(document.tables, start=1)]
    if not tables:
        return [], [Reason("The Word document {file} has no table.", {"file": path})]
    return tables, []


def _rows(table) -> List[List[str]]:
    """Text of each grid cell, row by row; grid positions before or after a short row are empty."""
    rows = []
    for row in table.rows:
        cells = [""] * row.grid_cols_before + [cell.text.strip() for cell in row.cells]
        rows.append(cells + [""] * row.grid_cols_after)
    return rows
