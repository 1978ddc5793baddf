"""The cells of a published table as text, row by row: CSV (UTF-8, UTF-16 or GBK), sheets through OGR, and
the tables of a Word document. Cell text is kept as written, line breaks included."""

import collections
import csv
import io
import itertools
import os
import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Set, Tuple

from qgis.core import QgsDataProvider, QgsVectorLayer

from ...model.results import Listed, Reason
from ...text_decoding import UndecodableTextError, decode_text
from .ods_cells import OdsReadError, ods_cells
from .xlsx_merges import fill_merged, hidden_lines, merged_ranges, number_cells, spanned_cells, spread_numbers

GENERIC_FIELD = re.compile(r"^field_?\d+$", re.IGNORECASE)
DELIMITERS = (",", ";", "\t")  # the comma first: it wins a tie
SAMPLE_ROWS = 20


@dataclass
class Table:
    """One table: its rows of text cells, the file row number of rows[0], its number in a document or
    workbook (0: the only sheet or CSV), its sheet's name (a workbook of several sheets), the (row index,
    column) of the cells that continue a cell merged down from the row above (its text repeated), of those that
    continue a cell merged from the left (a cell spanning columns) and of the cells a workbook stores as numbers; the
    warnings naming rows not read exactly as written (a Word table's tracked changes, pictures)."""

    rows: List[List[str]]
    first_row: int = 1
    number: int = 0
    sheet: str = ""
    merged: Set[Tuple[int, int]] = field(default_factory=set)
    numbers: Set[Tuple[int, int]] = field(default_factory=set)
    spanned: Set[Tuple[int, int]] = field(default_factory=set)
    warnings: List[Reason] = field(default_factory=list)  # what of its rows could not be read as written


def read_tables(path: str, sheet: Optional[str] = None) -> Tuple[List[Table], List[Reason]]:
    """Every table of the file (one for a sheet or CSV, each table of a .docx)."""
    if not os.path.isfile(path):
        return [], [Reason("The file {file} does not exist.", {"file": path})]
    lower = path.lower()
    if lower.endswith(".docx"):
        from .docx_tables import read_docx  # python-docx is loaded only for Word documents

        grids, errors = read_docx(path)
        return [Table(rows, 1, number, "", merged, spanned=spanned, warnings=warnings)
                for number, (rows, merged, spanned, warnings) in enumerate(grids, start=1)], errors
    if lower.endswith((".csv", ".txt")):
        return read_csv(path)
    if lower.endswith(".xls"):  # OGR reads it, but not its merged cells: a merged requirement would reach one unit
        return [], [Reason("{file} is an Excel 97-2003 workbook (.xls), whose merged cells the importer cannot see: "
                           "a requirement merged over the rows of several units would be imported for the first "
                           "of them only. Save it as an Excel workbook (.xlsx) or OpenDocument spreadsheet (.ods) "
                           "and import that.", {"file": path})]
    return read_sheet(path, sheet)


def read_csv(path: str) -> Tuple[List[Table], List[Reason]]:
    """A CSV or text file in UTF-8, UTF-16 or UTF-32 with their byte-order mark (Excel's "Unicode text"), or GBK/GB
    18030 (``text_decoding``); separated by commas, semicolons or tabs."""
    with open(path, "rb") as handle:  # a CSV file is read here, not through OGR: every row as written
        raw = handle.read()
    try:
        text, _encoding = decode_text(raw)
    except UndecodableTextError as error:
        return [], [Reason("{file} is not text in UTF-8, UTF-16 (with its byte-order mark) or GBK (byte {offset}); "
                           "save it as CSV in UTF-8.", {"file": path, "offset": error.offset})]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows = [[cell.strip() for cell in row] for row in reader]
    return [Table(rows)], []


def _delimiter(text: str) -> str:
    """The comma, semicolon or tab that splits most of the first rows into the same number of cells (a title row,
    or a comma inside a tab-separated cell, aside); the comma when none does."""
    return max(DELIMITERS, key=lambda delimiter: _steady_rows(text, delimiter))


def _steady_rows(text: str, delimiter: str) -> int:
    """How many of the first rows split by the delimiter have the commonest number of cells, when that is 2 or more."""
    rows = itertools.islice(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), SAMPLE_ROWS)
    counts = collections.Counter(len(row) for row in rows if any(cell.strip() for cell in row))
    return max((times for cells, times in counts.items() if cells > 1), default=0)


def read_sheet(path: str, sheet: Optional[str]) -> Tuple[List[Table], List[Reason]]:
    """The sheet asked for, else every sheet of the workbook in order (each named when there are several)."""
    names = _sheet_names(path) if not sheet else []
    if len(names) < 2:
        table = _sheet_table(path, sheet, 0, "")
        return ([table], []) if table is not None else ([], [_open_error(path, sheet)])
    tables = []
    for number, name in enumerate(names, start=1):
        table = _sheet_table(path, name, number, name)
        if table is None:
            return [], [_open_error(path, name)]
        tables.append(table)
    return tables, []


def _sheet_table(path: str, sheet: Optional[str], number: int, name: str) -> Optional[Table]:
    """One worksheet as a table, its merged cells filled and its cells stored as numbers named, from the .xlsx or .ods
    file's own XML (None: unreadable)."""
    read = _sheet_rows(f"{path}|layername={sheet}" if sheet else path)
    if read is None:
        return None
    rows, numbers = read
    if path.lower().endswith(".ods"):
        try:
            ranges, stored = ods_cells(path, sheet)
        except OdsReadError:
            return None
    else:
        ranges, stored = merged_ranges(path, sheet), number_cells(path, sheet)
    numbers = spread_numbers(numbers | stored, ranges)
    table = Table(rows, 1, number, name, fill_merged(rows, ranges), numbers, spanned_cells(ranges))
    table.warnings += _hidden_warnings(table, *hidden_lines(path, sheet))
    return table


def _hidden_warnings(table: Table, rows: List[int], columns: List[str]) -> List[Reason]:
    """Warnings naming the rows and columns a workbook hides: they are imported as any other, to be checked."""
    said = [at(table, {"row": row}, "Row {row} is hidden in the workbook; it was imported as any other row: check "
               "its rules against the published list.", "", "Row {row} of sheet {sheet} is hidden in the workbook; it "
               "was imported as any other row: check its rules against the published list.") for row in rows]
    return said + [at(table, {"column": column}, "Column {column} is hidden in the workbook; it was read as any other "
                      "column: check the rules it gave against the published list.", "", "Column {column} of sheet "
                      "{sheet} is hidden in the workbook; it was read as any other column: check the rules it gave "
                      "against the published list.") for column in columns]


def _sheet_names(path: str) -> List[str]:
    """The names of a workbook's sheets as OGR lists them (none when it cannot open the file)."""
    layer = QgsVectorLayer(path, "access_list", "ogr")
    separator = QgsDataProvider.sublayerSeparator()
    items = layer.dataProvider().subLayers() if layer.isValid() else []
    return [item.split(separator)[1] for item in items if separator in item]


def _sheet_rows(uri: str) -> Optional[Tuple[List[List[str]], Set[Tuple[int, int]]]]:
    """A worksheet's rows through OGR (None if it cannot be opened), the field names its first row unless OGR made
    them up; and the (row index, column) of the cells OGR read as numbers (a column of numbers)."""
    layer = QgsVectorLayer(uri, "access_list", "ogr")
    if not layer.isValid():
        return None
    names = ["" if GENERIC_FIELD.match(f.name()) else f.name() for f in layer.fields()]  # OGR's made-up names
    rows = [names] if any(names) else []
    numbers = set()
    for feature in layer.getFeatures():
        values = feature.attributes()
        numbers.update((len(rows), i) for i, v in enumerate(values) if isinstance(v, (int, float)) and
                       not isinstance(v, bool))
        rows.append([_cell(v) for v in values])
    return rows, numbers


def _open_error(path: str, sheet: Optional[str]) -> Reason:
    """Why a table cannot be opened: a sheet it lacks (naming its sheets), or no table at all."""
    sheets = _sheet_names(path) if sheet else []
    if not sheets:
        return Reason("{file} cannot be opened as a table (xlsx, ods, csv or docx).", {"file": path})
    return Reason("{file} has no sheet {sheet}; its sheets are: {sheets}.",
                  {"file": path, "sheet": sheet, "sheets": Listed(tuple(sheets))})


def _cell(value: Any) -> str:
    """A cell as text: empty for NULL, whole numbers without '.0'."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def at(table: Table, values: Dict[str, Any], plain: str, in_table: str, in_sheet: str) -> Reason:
    """A message naming the sheet (a workbook of several), the Word table, or neither (one sheet or CSV)."""
    if table.sheet:
        return Reason(in_sheet, {**values, "sheet": table.sheet})
    if table.number:
        return Reason(in_table, {**values, "table": table.number})
    return Reason(plain, values)
