"""Make the text of a PDF written by Qt searchable and copyable as the characters that were written.

Qt's PDF writer tells readers which character each glyph stands for by taking the lowest code point
the font maps to the glyph. CJK fonts such as Noto Sans CJK draw a radical (U+2E80–U+2FDF) and its
ideograph with one glyph, so 一 示 见 come out as ⼀ ⽰ ⻅ when text is searched or copied; a Latin
ligature glyph comes out as one presentation form (ﬁ) instead of its letters. This rewrites the
ToUnicode maps of the written file to name the ideograph that shares the radical's glyph in the
installed CJK font (else the one Unicode says the radical equals) and a ligature's letters, and
leaves any file it does not fully understand unchanged.
"""

import functools
import re
import unicodedata
import zlib
from typing import Dict, List, Optional, Tuple

from qgis.PyQt.QtGui import QFont, QFontInfo, QRawFont

from .pdf_style import FAMILIES

RADICALS = (0x2E80, 0x2FDF)  # CJK Radicals Supplement and Kangxi Radicals
IDEOGRAPHS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF))  # CJK Unified Ideographs (and Extension A)
LIGATURES = (0xFB00, 0xFB06)  # ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ
BF_SECTION = re.compile(rb"\d+\s+beginbf(?:char|range)\b.*endbf(?:char|range)", re.S)
HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


@functools.lru_cache(maxsize=1)
def radical_ideographs() -> Dict[str, str]:
    """Radical → ideograph: the one drawn with the same glyph by the first installed CJK font of
    the notes' fonts, else the one Unicode's compatibility mapping names."""
    radicals = "".join(chr(code) for code in range(RADICALS[0], RADICALS[1] + 1))
    table = {r: unicodedata.normalize("NFKC", r) for r in radicals
             if len(unicodedata.normalize("NFKC", r)) == 1 and unicodedata.normalize("NFKC", r) != r}
    for family in [f for f in FAMILIES if QFontInfo(QFont(f)).family() == f]:
        raw = QRawFont.fromFont(QFont(family))
        if not raw.isValid() or not raw.supportsCharacter("\u4e00"):
            continue
        ideographs = "".join(chr(code) for low, high in IDEOGRAPHS for code in range(low, high + 1))
        first: Dict[int, str] = {}
        for char, glyph in zip(ideographs, raw.glyphIndexesForString(ideographs)):
            if glyph:
                first.setdefault(glyph, char)
        for radical, glyph in zip(radicals, raw.glyphIndexesForString(radicals)):
            if glyph in first:
                table[radical] = first[glyph]
        break
    return table


def plain(char: str) -> str:
    """The ideograph a radical stands for, the letters of a ligature, else the character itself."""
    if RADICALS[0] <= ord(char) <= RADICALS[1]:
        return radical_ideographs().get(char, char)
    if LIGATURES[0] <= ord(char) <= LIGATURES[1]:
        return unicodedata.normalize("NFKC", char)
    return char


def decode(hex_text: bytes) -> str:
    """A UTF-16BE hex string of a CMap as text."""
    return bytes.fromhex(hex_text.decode("ascii")).decode("utf-16-be", errors="surrogatepass")


def encode(text: str) -> str:
    """Text as a UTF-16BE hex string of a CMap."""
    return text.encode("utf-16-be", errors="surrogatepass").hex().upper()


def parse_cmap(body: bytes) -> Optional[Dict[int, str]]:
    """Glyph code → text of every bfchar and bfrange entry (None when the map is not understood)."""
    found: Dict[int, str] = {}
    for block in re.finditer(rb"beginbf(char|range)(.*?)endbf\1", body, re.S):
        kind, text = block.group(1), block.group(2)
        if kind == b"char":
            values = HEX.findall(text)
            if len(values) % 2:
                return None
            for code, target in zip(values[::2], values[1::2]):
                found[int(code, 16)] = decode(target)
            continue
        for line in re.finditer(rb"<(\w+)>\s*<(\w+)>\s*(\[[^\]]*\]|<\w+>)", text):
            low, high = int(line.group(1), 16), int(line.group(2), 16)
            targets = HEX.findall(line.group(3))
            if line.group(3).startswith(b"["):
                found.update({low + i: decode(t) for i, t in enumerate(targets)})
            else:
                first = decode(targets[0])
                found.update({code: first[:-1] + chr(ord(first[-1]) + code - low)
                              for code in range(low, high + 1)})
    return found


def write_cmap(body: bytes, mapping: Dict[int, str]) -> bytes:
    """The CMap with its bf sections replaced by bfchar sections of ``mapping``."""
    codes = sorted(mapping)
    parts: List[str] = []
    for start in range(0, len(codes), 100):
        chunk = codes[start:start + 100]
        parts.append(f"{len(chunk)} beginbfchar\n" + "".join(
            f"<{code:04X}> <{encode(mapping[code])}>\n" for code in chunk) + "endbfchar")
    section = BF_SECTION.search(body)
    return body[:section.start()] + "\n".join(parts).encode("ascii") + body[section.end():]


def fixed_stream(dictionary: bytes, data: bytes) -> Optional[bytes]:
    """A ToUnicode stream's new data when it names radicals or ligatures, else None."""
    compressed = b"/FlateDecode" in dictionary
    if b"/Filter" in dictionary and not compressed:
        return None
    body = zlib.decompress(data) if compressed else data
    mapping = parse_cmap(body)
    if not mapping or BF_SECTION.search(body) is None:
        return None
    fixed = {code: "".join(plain(c) for c in text) for code, text in mapping.items()}
    if fixed == mapping:
        return None
    body = write_cmap(body, fixed)
    return zlib.compress(body) if compressed else body


class CrossReference:
    """Every classic cross-reference section of a PDF, latest first (incremental updates too)."""

    def __init__(self, pdf: bytes):
        self.offsets: Dict[int, int] = {}  # live objects: number → offset
        self.boundaries = {len(pdf)}  # where any object, old or live, or a section starts
        self.trailer = b""
        self.size = 0
        self.valid = True
        found = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", pdf)
        position = int(found.group(1)) if found else -1
        while position >= 0 and self.valid:
            position = self.read_section(pdf, position)
        self.valid = self.valid and bool(self.offsets) and found is not None

    def read_section(self, pdf: bytes, start: int) -> int:
        """Read the section at ``start``; the offset of the previous one, or -1."""
        end = pdf.find(b"trailer", start)
        if not pdf.startswith(b"xref", start) or end < 0 or start in self.boundaries - {len(pdf)}:
            self.valid = False
            return -1
        self.boundaries.add(start)
        number = 0
        for line in pdf[start + 4:end].splitlines():
            parts = line.split()
            if len(parts) == 2:
                number = int(parts[0])
            elif len(parts) == 3:
                if parts[2] == b"n":
                    self.boundaries.add(int(parts[0]))
                    self.offsets.setdefault(number, int(parts[0]))
                number += 1
        trailer = re.match(rb"trailer\s*(<<.*?>>)\s*startxref", pdf[end:], re.S)
        if trailer is None:
            self.valid = False
            return -1
        self.trailer = self.trailer or trailer.group(1)
        size = re.search(rb"/Size\s+(\d+)", trailer.group(1))
        self.size = max(self.size, int(size.group(1)) if size else 0, number)
        previous = re.search(rb"/Prev\s+(\d+)", trailer.group(1))
        return int(previous.group(1)) if previous else -1

    def chunk(self, pdf: bytes, number: int) -> bytes:
        """A live object's bytes, up to where the next object or section starts."""
        offset = self.offsets[number]
        return pdf[offset:min(b for b in self.boundaries if b > offset)]


def stream_object(pdf: bytes, offset: int) -> Optional[Tuple[bytes, bytes]]:
    """The dictionary and data of a stream object with a direct /Length (None otherwise)."""
    head = re.match(rb"\d+ 0 obj\s*(<<[^<>]*>>)\s*stream\r?\n", pdf[offset:offset + 400])
    length = head and re.search(rb"/Length\s+(\d+)(?!\s+\d+\s+R)", head.group(1))
    if not length:
        return None
    begin = offset + head.end()
    return head.group(1), pdf[begin:begin + int(length.group(1))]


def rewrite(pdf: bytes) -> Optional[bytes]:
    """The PDF with its ToUnicode maps fixed, or None when nothing needs fixing."""
    xref = CrossReference(pdf)
    if not xref.valid:
        return None
    replaced: Dict[int, bytes] = {}
    for number in {int(n) for n in re.findall(rb"/ToUnicode\s+(\d+)\s+0\s+R", pdf)}:
        found = stream_object(pdf, xref.offsets[number]) if number in xref.offsets else None
        data = fixed_stream(*found) if found else None
        if data is not None:
            extra = b" /Filter /FlateDecode" if b"/FlateDecode" in found[0] else b""
            replaced[number] = (b"%d 0 obj\n<< /Length %d%s >>\nstream\n" % (number, len(data), extra)
                                + data + b"\nendstream\nendobj\n")
    return assemble(pdf, xref, replaced) if replaced else None


def assemble(pdf: bytes, xref: CrossReference, replaced: Dict[int, bytes]) -> bytes:
    """The PDF written anew: live objects (some replaced), one cross-reference table, trailer."""
    order = sorted(xref.offsets, key=xref.offsets.get)
    out = [pdf[:min(xref.boundaries)]]
    moved: Dict[int, int] = {}
    position = len(out[0])
    for number in order:
        chunk = replaced.get(number) or xref.chunk(pdf, number)
        moved[number] = position
        out.append(chunk)
        position += len(chunk)
    table = [b"xref", b"0 %d" % xref.size]
    table += [b"%010d 00000 n " % moved[n] if n in moved else b"0000000000 65535 f "
              for n in range(xref.size)]
    trailer = re.sub(rb"/Prev\s+\d+", b"", xref.trailer)
    tail = b"\n".join(table) + b"\ntrailer\n" + trailer + b"\nstartxref\n%d\n%%%%EOF\n" % position
    return b"".join(out) + tail


def repair_to_unicode(path: str) -> bool:
    """Fix the file's ToUnicode maps in place; True when it was changed."""
    with open(path, "rb") as handle:
        pdf = handle.read()
    fixed = rewrite(pdf)
    if fixed is None:
        return False
    with open(path, "wb") as handle:
        handle.write(fixed)
    return True
