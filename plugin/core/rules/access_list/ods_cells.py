"""The merged cells and number cells of an OpenDocument spreadsheet (.ods), which OGR does not report.

An .ods file is a zip whose ``content.xml`` holds each sheet as ``table:table``: a merged cell is a
``table:table-cell`` with ``table:number-rows-spanned`` / ``table:number-columns-spanned`` (the cells it
covers are ``table:covered-table-cell``, empty to OGR), and a cell's ``office:value-type`` says whether it is
stored as a number (OGR gives a number in a column of text as text, its leading zeros already lost). Both are
read here with the semantics of ``xlsx_merges``: ranges as (first row, first column, last row, last column).
"""

import zipfile
from typing import Iterator, List, Optional, Set, Tuple
from xml.etree import ElementTree

from .xlsx_merges import Range

TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
CELLS = (f"{TABLE}table-cell", f"{TABLE}covered-table-cell")
NUMBER_TYPES = ("float", "percentage", "currency")


class OdsReadError(ValueError):
    """An .ods file whose sheets cannot be read as XML (so its merged cells cannot be known)."""


def ods_cells(path: str, sheet: Optional[str]) -> Tuple[List[Range], Set[Tuple[int, int]]]:
    """The merged ranges and the (row, column) of the number cells, 0-based, of the named sheet of an .ods file
    (its first without a name); none when the workbook has no such sheet. OdsReadError when its XML cannot be read."""
    try:
        with zipfile.ZipFile(path) as archive:
            root = ElementTree.fromstring(archive.read("content.xml"))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError) as error:
        raise OdsReadError(str(error)) from error
    tables = [t for t in root.iter(f"{TABLE}table") if sheet is None or t.get(f"{TABLE}name") == sheet][:1]
    ranges: List[Range] = []
    numbers: Set[Tuple[int, int]] = set()
    for row, column, cell in _cells(tables[0]) if tables else ():
        down = int(cell.get(f"{TABLE}number-rows-spanned", "1"))
        across = int(cell.get(f"{TABLE}number-columns-spanned", "1"))
        if down > 1 or across > 1:
            ranges.append((row, column, row + down - 1, column + across - 1))
        if cell.get(f"{OFFICE}value-type") in NUMBER_TYPES:
            numbers.add((row, column))
    return ranges, numbers


def _cells(table: ElementTree.Element) -> Iterator[Tuple[int, int, ElementTree.Element]]:
    """(row, column, cell) of every cell holding something, repeated rows and columns counted."""
    row = 0
    for element in table.iter(f"{TABLE}table-row"):
        repeat = int(element.get(f"{TABLE}number-rows-repeated", "1"))
        cells = [(cell, int(cell.get(f"{TABLE}number-columns-repeated", "1")))
                 for cell in element if cell.tag in CELLS]
        if any(_holds(cell) for cell, _times in cells):
            for offset in range(repeat):
                column = 0
                for cell, times in cells:
                    for step in range(times if _holds(cell) else 0):
                        yield row + offset, column + step, cell
                    column += times
        row += repeat


def _holds(cell: ElementTree.Element) -> bool:
    """Whether a cell is merged or has a value type (an empty cell has neither)."""
    return cell.tag == CELLS[0] and (cell.get(f"{OFFICE}value-type") is not None
                                     or f"{TABLE}number-rows-spanned" in cell.attrib
                                     or f"{TABLE}number-columns-spanned" in cell.attrib)
