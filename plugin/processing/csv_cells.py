"""One column of a CSV output filled in after its rows were written, every other byte of the file kept as written.

Filled through a layer's data provider, GDAL rewrites the whole file from the columns it reads back, all text
then, and quotes each number (``269999.71`` became ``"269999.71"``): a file with notes would differ from one
without. The cells are found here byte by byte, which serves UTF-8 and GBK alike (no byte of a multi-byte
character is a comma, a quote or a line end).
"""

from typing import List, Optional, Tuple

from .sink_writer import UTF8_MARK

Span = Tuple[int, int]  # a cell's bytes, start to end, quotes included
QUOTE, COMMA, CR, LF = ord('"'), ord(","), ord("\r"), ord("\n")


def fill_column(path: str, name: str, values: List[Optional[str]]) -> bool:
    """Column ``name`` of the data rows, in order, set to ``values`` (None: a cell left as written); False when the
    file has no such column or a row to fill lacks it."""
    with open(path, "rb") as handle:
        data = handle.read()
    start = len(UTF8_MARK) if data.startswith(UTF8_MARK) else 0
    rows = records(data, start)
    names = [cell_text(data[begin:end]) for begin, end in rows[0]] if rows else []
    if name not in names:
        return False
    column = names.index(name)
    changes: List[Tuple[Span, bytes]] = []
    for cells, value in zip(rows[1:], values):
        if value is None:
            continue
        if len(cells) <= column:
            return False
        changes.append((cells[column], quoted(value)))
    with open(path, "r+b") as handle:  # in place: a layer that has the file open (Windows) keeps it
        handle.write(replaced(data, changes))
        handle.truncate()
    return True


def records(data: bytes, start: int) -> List[List[Span]]:
    """Each record's cells as byte spans; a line end inside quotes is part of its cell, CRLF ends a record once."""
    rows: List[List[Span]] = []
    cells: List[Span] = []
    begin, inside, index = start, False, start
    while index < len(data):
        byte = data[index]
        if byte == QUOTE:
            inside = not inside  # a doubled quote inside a cell turns it off and on again
        elif not inside and byte == COMMA:
            cells.append((begin, index))
            begin = index + 1
        elif not inside and byte in (CR, LF):
            rows.append(cells + [(begin, index)])
            cells = []
            if byte == CR and data[index + 1:index + 2] == b"\n":
                index += 1
            begin = index + 1
        index += 1
    if begin < len(data) or cells:
        rows.append(cells + [(begin, len(data))])
    return rows


def cell_text(cell: bytes) -> str:
    """A cell's text, its quotes removed."""
    if len(cell) >= 2 and cell[0] == QUOTE and cell[-1] == QUOTE:
        cell = cell[1:-1].replace(b'""', b'"')
    return cell.decode("utf-8", errors="replace")


def quoted(value: str) -> bytes:
    """A value as a CSV cell in UTF-8: quoted when it holds a comma, a quote or a line end, or begins or ends
    with white space."""
    text = value.encode("utf-8")
    if any(mark in text for mark in (b",", b'"', b"\r", b"\n")) or text != text.strip():
        return b'"' + text.replace(b'"', b'""') + b'"'
    return text


def replaced(data: bytes, changes: List[Tuple[Span, bytes]]) -> bytes:
    """``data`` with each span, in order, replaced by its bytes."""
    parts, position = [], 0
    for (begin, end), cell in changes:
        parts += [data[position:begin], cell]
        position = end
    parts.append(data[position:])
    return b"".join(parts)
