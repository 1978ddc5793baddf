"""The merged cells of an .xlsx sheet, which OGR does not report: a merged range's text stands only in its first
cell, so a requirement merged down the rows of two units would reach only the first of them. The text is
repeated in every cell the range covers, as a Word table gives it, and the cells that continue a cell merged down
from the row above are named (``Table.merged``). The cells stored as numbers are named too (``number_cells``):
OGR gives them as text in a column of text, their leading zeros already lost."""

import posixpath
import re
import zipfile
from typing import Dict, List, Optional, Set, Tuple
from xml.etree import ElementTree

Range = Tuple[int, int, int, int]  # first row, first column, last row, last column (0-based)
REFERENCE = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)$")
RELATIONSHIP = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def merged_ranges(path: str, sheet: Optional[str]) -> List[Range]:
    """The merged ranges of the named sheet of an .xlsx workbook (its first sheet without a name); none when the file
    is not an .xlsx workbook OGR could read or the sheet is not found."""
    root = _sheet_root(path, sheet)
    refs = [cell.get("ref", "") for cell in root.iter() if _local(cell.tag) == "mergeCell"] if root is not None else []
    return [found for found in map(_range, refs) if found is not None]


def number_cells(path: str, sheet: Optional[str]) -> Set[Tuple[int, int]]:
    """The (row, column), 0-based, of the cells an .xlsx sheet stores as numbers (no type, or type n, with a value)."""
    root = _sheet_root(path, sheet)
    cells = [cell for cell in root.iter() if _local(cell.tag) == "c"] if root is not None else []
    found = set()
    for cell in cells:
        at = REFERENCE.match(cell.get("r", "").upper())
        if at and cell.get("t", "n") == "n" and any(_local(child.tag) == "v" for child in cell):
            found.add((int(at.group(2)) - 1, _column(at.group(1))))
    return found


def hidden_lines(path: str, sheet: Optional[str]) -> Tuple[List[int], List[str]]:
    """The row numbers (as the sheet numbers them) and the column letters (A, B, …) an .xlsx sheet hides."""
    root = _sheet_root(path, sheet)
    if root is None:
        return [], []
    rows = [int(row.get("r", "0")) for row in root.iter() if _local(row.tag) == "row" and _true(row.get("hidden"))]
    columns = [number for col in root.iter() if _local(col.tag) == "col" and _true(col.get("hidden"))
               for number in range(int(col.get("min", "0")), int(col.get("max", col.get("min", "0"))) + 1)]
    return [row for row in rows if row > 0], [_letters(column) for column in columns if column > 0]


def _letters(column: int) -> str:
    """The letters of a 1-based column number (1 → A, 28 → AB)."""
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _true(value: Optional[str]) -> bool:
    """An XML boolean attribute's value as written (1 or true)."""
    return (value or "").strip().lower() in ("1", "true")


def spread_numbers(numbers: Set[Tuple[int, int]], ranges: List[Range]) -> Set[Tuple[int, int]]:
    """The number cells with every cell a merged range whose first cell is a number covers (its text repeated)."""
    covered = {(row, column) for top, left, bottom, right in ranges if (top, left) in numbers
               for row in range(top, bottom + 1) for column in range(left, right + 1)}
    return numbers | covered


def spanned_cells(ranges: List[Range]) -> Set[Tuple[int, int]]:
    """The (row, column) of the cells that continue a merged range from the left (a cell spanning columns)."""
    return {(row, column) for top, left, bottom, right in ranges
            for row in range(top, bottom + 1) for column in range(left + 1, right + 1)}


def _sheet_root(path: str, sheet: Optional[str]) -> Optional[ElementTree.Element]:
    """The parsed XML of the named sheet of an .xlsx workbook (its first without a name); None when there is none."""
    if not path.lower().endswith(".xlsx"):
        return None
    try:
        with zipfile.ZipFile(path) as archive:
            part = _sheet_part(archive, sheet)
            return ElementTree.fromstring(archive.read(part)) if part else None
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError):
        return None


def fill_merged(rows: List[List[str]], ranges: List[Range]) -> Set[Tuple[int, int]]:
    """Repeat each range's first cell in every cell it covers; the (row, column) of the cells below its first row."""
    merged = set()
    for top, left, bottom, right in ranges:
        if top >= len(rows) or left >= len(rows[top]):
            continue
        text = rows[top][left]
        for row in range(top, min(bottom, len(rows) - 1) + 1):
            cells = rows[row]
            cells += [""] * (right + 1 - len(cells))
            for column in range(left, right + 1):
                cells[column] = text
                if row > top:
                    merged.add((row, column))
    return merged


def _sheet_part(archive: zipfile.ZipFile, sheet: Optional[str]) -> str:
    """The path inside the archive of the sheet's XML ('' when the workbook has no such sheet)."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    sheets = [item for item in workbook.iter() if _local(item.tag) == "sheet"]
    chosen = [item for item in sheets if sheet is None or item.get("name") == sheet][:1]
    if not chosen:
        return ""
    relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets: Dict[str, str] = {item.get("Id", ""): item.get("Target", "") for item in relations.iter()}
    target = targets.get(chosen[0].get(RELATIONSHIP, ""), "")
    if not target:
        return ""
    return target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))


def _range(ref: str) -> Optional[Range]:
    """'B3:C5' as 0-based (first row, first column, last row, last column); None when it is not a range."""
    ends = [REFERENCE.match(end.strip().upper()) for end in ref.split(":")]
    if len(ends) != 2 or not all(ends):
        return None
    (left, top), (right, bottom) = [(_column(end.group(1)), int(end.group(2)) - 1) for end in ends]
    return min(top, bottom), min(left, right), max(top, bottom), max(left, right)


def _column(letters: str) -> int:
    """A, B, … Z, AA … as a 0-based column index."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


def _local(tag: str) -> str:
    """An element's name without its namespace (transitional and strict OOXML alike)."""
    return tag.rsplit("}", 1)[-1]
