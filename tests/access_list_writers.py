"""Writing access-list tables as agencies publish them: xlsx through GDAL, CSV in GBK, Word through python-docx.

In a docx table spec, ``LEFT`` merges a cell into the cell on its left and ``UP`` into the cell above
(Word's horizontal and vertical merges); a cell's line breaks become separate paragraphs.
"""

import csv
import re
import zipfile
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple
from xml.etree import ElementTree
from xml.sax.saxutils import escape

from osgeo import ogr

from zoning_review.plugin.core.rules.access_list.docx_tables import _docx

LEFT, UP = "<merge-left>", "<merge-up>"


def write_xlsx(path: Path, rows: Sequence[Sequence[str]], sheet: str = "准入清单", driver: str = "XLSX") -> None:
    """A sheet of text cells written by GDAL's XLSX (or ODS) driver (its field names c0, c1 … are row 1)."""
    write_workbook(path, [(sheet, rows)], driver)


def write_workbook(path: Path, sheets: Sequence[Tuple[str, Sequence[Sequence[str]]]], driver: str = "XLSX") -> None:
    """A workbook of named sheets of text cells, in order (each sheet's field names c0, c1 … are its row 1)."""
    source = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    for sheet, rows in sheets:
        layer = source.CreateLayer(sheet, geom_type=ogr.wkbNone)
        width = max(len(row) for row in rows)
        for i in range(width):
            layer.CreateField(ogr.FieldDefn(f"c{i}", ogr.OFTString))
        for values in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            for i, value in enumerate(values):
                if value:
                    feature.SetField(i, value)
            layer.CreateFeature(feature)
    source = None


def write_ods(path: Path, rows: Sequence[Sequence[str]]) -> None:
    """An OpenDocument spreadsheet written by GDAL's ODS driver."""
    write_xlsx(path, rows, driver="ODS")


def write_csv(path: Path, rows: Sequence[Sequence[str]], encoding: str = "gbk") -> None:
    """A CSV file (GBK by default, as Chinese Excel saves it)."""
    with open(path, "w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)


def write_docx(path: Path, tables: List[Sequence[Sequence[str]]], page_breaks: bool = True) -> None:
    """A Word document with a heading and these tables, each on its own page, merges as marked."""
    docx = _docx()
    document = docx.Document()
    document.add_paragraph("生态环境准入清单")
    for number, rows in enumerate(tables):
        if number and page_breaks:
            document.add_page_break()
        _table(document, rows)
    document.save(str(path))


def _table(document, rows: Sequence[Sequence[str]]) -> None:
    width = max(len(row) for row in rows)
    table = document.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value == LEFT:
                start = c
                while rows[r][start] == LEFT:
                    start -= 1
                table.cell(r, start).merge(table.cell(r, c))
            elif value == UP:
                start = r
                while rows[start][c] == UP:
                    start -= 1
                table.cell(start, c).merge(table.cell(r, c))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value not in (LEFT, UP):
                _fill(table.cell(r, c), value)


def _fill(cell, text: str) -> None:
    """The cell's text, one paragraph per line (as typed in Word with Enter)."""
    lines = text.split("\n")
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def merge_cells(path: Path, ranges: Sequence[str], sheet: int = 1) -> None:
    """Merge cells of a written xlsx sheet as Excel does (``B3:B5``): the covered cells must be empty, only the
    first holds the text; OGR reports no merge."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    part = f"xl/worksheets/sheet{sheet}.xml"
    merges = "".join(f'<mergeCell ref="{ref}"/>' for ref in ranges)
    parts[part] = parts[part].replace(b"</sheetData>", f'</sheetData><mergeCells count="{len(ranges)}">{merges}'
                                      f"</mergeCells>".encode(), 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


SHEET_NS = ('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
PACKAGE = "http://schemas.openxmlformats.org/package/2006/"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml."


def write_excel_sheet(path: Path, rows: Dict[int, Sequence[str]], merges: Sequence[str] = (),
                      hidden_rows: Sequence[int] = (), hidden_columns: Sequence[int] = (),
                      numbers: Sequence[str] = ()) -> None:
    """A one-sheet workbook as Excel saves it, which GDAL cannot write: rows at their sheet row number (``{4: [...]}``,
    the rows before absent), text as shared strings, rows and columns (1-based) hidden, ranges merged (``D5:D6``, only
    the first cell holding text) and the cells named in ``numbers`` (``A5``) stored as numbers."""
    strings: List[str] = []
    xml_rows = []
    for number in sorted(set(rows) | set(hidden_rows)):
        cells = []
        for column, text in enumerate(rows.get(number, ())):
            ref = f"{_letters(column)}{number}"
            if ref in numbers:
                cells.append(f'<c r="{ref}"><v>{text}</v></c>')
            elif text:
                strings.append(text)
                cells.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
        hidden = ' hidden="1"' if number in hidden_rows else ""
        xml_rows.append(f'<row r="{number}"{hidden}>{"".join(cells)}</row>')
    columns = "".join(f'<col min="{c}" max="{c}" width="9" hidden="1" customWidth="1"/>' for c in hidden_columns)
    merged = "".join(f'<mergeCell ref="{ref}"/>' for ref in merges)
    sheet = (f'<worksheet {SHEET_NS}>' + (f"<cols>{columns}</cols>" if columns else "")
             + f'<sheetData>{"".join(xml_rows)}</sheetData>'
             + (f'<mergeCells count="{len(merges)}">{merged}</mergeCells>' if merges else "") + "</worksheet>")
    shared = "".join(f'<si><t xml:space="preserve">{escape(text)}</t></si>' for text in strings)
    parts = {
        "[Content_Types].xml": f'<Types xmlns="{PACKAGE}content-types"><Default Extension="rels" ContentType='
        f'"application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
        f'"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="{SHEET_TYPE}sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{SHEET_TYPE}worksheet+xml"/><Override '
        f'PartName="/xl/sharedStrings.xml" ContentType="{SHEET_TYPE}sharedStrings+xml"/></Types>',
        "_rels/.rels": f'<Relationships xmlns="{PACKAGE}relationships"><Relationship Id="rId1" '
        f'Type="{OFFICE}officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook {SHEET_NS}><sheets><sheet name="准入清单" sheetId="1" r:id="rId1"/></sheets>'
        "</workbook>",
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{PACKAGE}relationships"><Relationship Id="rId1" '
        f'Type="{OFFICE}worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" '
        f'Type="{OFFICE}sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
        "xl/sharedStrings.xml": f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{shared}</sst>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + data)


def _letters(column: int) -> str:
    """A 0-based column index as Excel's letters."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def store_as_numbers(path: Path, values: Dict[str, str], sheet: int = 1) -> None:
    """Store cells of a written xlsx sheet as numbers, as Excel does for a code typed in a column formatted as a
    number (``{"A4": "101"}``: the cell's value as Excel writes it, e.g. ``1.3063210001E10``)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    part = f"xl/worksheets/sheet{sheet}.xml"
    xml = parts[part].decode()
    for ref, value in values.items():
        xml, count = re.subn(rf'<c r="{ref}" t="s">\s*<v>\d+</v>', f'<c r="{ref}"><v>{value}</v>', xml)
        assert count == 1, ref
    parts[part] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


ODS = {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
       "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
       "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}


def edit_ods(path: Path, merges: Sequence[str] = (), numbers: Optional[Dict[str, str]] = None) -> None:
    """Merge cells of a written .ods sheet as LibreOffice stores them (``B3:B5``: the first cell spans the range,
    the others become empty covered cells, their text dropped) and store cells as numbers (``{"A4": "101"}``: a
    float whose text is the value); OGR reports neither."""
    for prefix, uri in ODS.items():
        ElementTree.register_namespace(prefix, uri)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    root = ElementTree.fromstring(parts["content.xml"])
    rows = [list(row) for row in root.iter(f"{{{ODS['table']}}}table-row")]
    table, office = f"{{{ODS['table']}}}", f"{{{ODS['office']}}}"
    for ref in merges:
        (top, left), (bottom, right) = (_cell_at(end) for end in ref.split(":"))
        rows[top][left].set(f"{table}number-rows-spanned", str(bottom - top + 1))
        rows[top][left].set(f"{table}number-columns-spanned", str(right - left + 1))
        for row in range(top, bottom + 1):
            for column in range(left, right + 1):
                if (row, column) != (top, left):
                    cell = rows[row][column]  # its text is dropped, as LibreOffice drops it
                    cell.clear()
                    cell.tag = f"{table}covered-table-cell"
    for ref, value in (numbers or {}).items():
        row, column = _cell_at(ref)
        cell = rows[row][column]
        cell.set(f"{office}value-type", "float")
        cell.set(f"{office}value", value)
        cell.find(f"{{{ODS['text']}}}p").text = value
    parts["content.xml"] = ElementTree.tostring(root, encoding="UTF-8", xml_declaration=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data, zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED)


def _cell_at(ref: str) -> Tuple[int, int]:
    """'B3' as 0-based (row, column)."""
    letters, digits = re.match(r"([A-Z]+)(\d+)$", ref).groups()
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - 64
    return int(digits) - 1, column - 1



def edit_docx(path: Path, edits: Dict[str, str]) -> None:
    """Edit a .docx document's XML as Word writes what python-docx cannot: each key is a marker written in a cell
    (``"w:tc:MARK"``, ``"w:p:MARK"``: the innermost cell or paragraph holding it; ``"MARK"``: the marker's text in its
    run), replaced by the value, in which ``{}`` stands for the element replaced (its text without the marker)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["word/document.xml"].decode()
    for key, replacement in edits.items():
        element, _colon, marker = key.rpartition(":")
        if element:
            pattern = rf"<{element}>(?:(?!<{element}>).)*?{re.escape(marker)}.*?</{element}>"
            found = re.search(pattern, xml, flags=re.DOTALL)
            assert found, key
            whole = found.group(0).replace(marker, "")
            xml = xml[:found.start()] + replacement.replace("{}", whole) + xml[found.end():]
        else:
            assert marker in xml, key
            xml = xml.replace(marker, f"</w:t></w:r>{replacement}<w:r><w:t>", 1)
    parts["word/document.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
