"""Bytes of a text file → its text: UTF-8, UTF-16 or UTF-32 by their byte-order mark, else UTF-8, GBK or
GB 18030; never guessed beyond these. Shared by the coordinate lists and the access-list CSV reader."""

from typing import Tuple

# byte-order marks, UTF-32's before UTF-16's (FF FE begins both little-endian marks)
BYTE_ORDER_MARKS = (
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32 LE"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32 BE"),
    (b"\xff\xfe", "utf-16-le", "UTF-16 LE"),
    (b"\xfe\xff", "utf-16-be", "UTF-16 BE"),
)


class UndecodableTextError(ValueError):
    """Bytes that are text in none of the encodings read; ``offset``: the first byte the last one failed at."""

    def __init__(self, offset: int) -> None:
        super().__init__(offset)
        self.offset = offset


def decode_text(data: bytes) -> Tuple[str, str]:
    """(text, encoding name) of a file in UTF-8, UTF-16 or UTF-32 with a byte-order mark, else UTF-8 or
    GBK/GB18030. Text holding NUL characters (UTF-16 without its mark) is none of them."""
    for mark, codec, name in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return _decoded(data, len(mark), codec, name)
    try:
        return _decoded(data, 0, "utf-8", "UTF-8")
    except UndecodableTextError:
        pass
    try:
        return _decoded(data, 0, "gbk", "GBK")
    except UndecodableTextError:
        return _decoded(data, 0, "gb18030", "GB18030")


def _decoded(data: bytes, start: int, codec: str, name: str) -> Tuple[str, str]:
    """(text, name) of the bytes after ``start``; UndecodableTextError at the first byte that fails or makes a NUL."""
    try:
        text = data[start:].decode(codec)
        offset = start + len(text[:text.index("\x00")].encode(codec)) if "\x00" in text else -1
    except UnicodeDecodeError as error:
        offset = start + error.start
    if offset < 0:
        return text, name
    raise UndecodableTextError(offset)
