"""Text a layer's provider decoded in another encoding than its file's: characters it could not decode
(U+FFFD, as QGIS reads a GBK Shapefile without a .cpg file as UTF-8), or text read one byte a character (a .cpg
file naming 1252 or ISO-8859-1 on a GBK, GB 18030, Big5 or UTF-8 file: 容城 becomes ÈÝ³Ç, 王堃 ÍõˆÒ, 臺灣省
»OÆW¬Ù, 雄县 é›„åŽ¿). Real Latin-1 text is told apart by its letters: a Chinese character whose second byte is
ASCII (GBK's extensions, much of Big5) reads as an accented letter before a Latin one, as French and German words
do, so text holding such characters is Chinese read so only when it has a character of two high bytes and no
more Latin letters than Chinese characters are left."""

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Dict, Iterable, Optional, Tuple

REPLACEMENT = "\ufffd"
GBK = "GBK"
GB18030 = "GB18030"
BIG5 = "Big5"
UTF8 = "UTF-8"
CODECS = ("gb18030", "cp950")  # GBK (and GB 18030) and Big5 as Python names them
CHINESE = re.compile(  # ideographs, and the punctuation, numerals and signs Chinese text is written with
    r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f\u3000-\u303f\uff00-\uffef"
    r"\u00b0\u00b7\u00d7\u2010-\u2027\u2030-\u203b\u2103\u2116\u2160-\u217f\u2460-\u249b]")
IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
NOT_TEXT = ("Co", "Cn", "Cc", "Cs")  # private use, unassigned, control: no character a Chinese text is written with


def _windows_1252() -> Dict[str, int]:
    """The characters code page 1252 gives bytes 0x80–0x9F (QGIS reads the 5 it lacks as U+0080–U+009F)."""
    found = {}
    for byte in range(0x80, 0xA0):
        try:
            found[bytes([byte]).decode("cp1252")] = byte
        except UnicodeDecodeError:
            continue
    return found


WINDOWS_1252 = _windows_1252()


@dataclass(frozen=True)
class Decoding:
    """A misread text's bytes decoded in a Chinese encoding, and how Chinese the outcome reads."""

    text: str
    chinese: float  # the share of its non-ASCII characters that are Chinese (ideographs, CJK punctuation)
    common: float  # the share of them GB 2312 has (the common simplified characters)


def misread(value: Any) -> bool:
    """True when ``value`` is text its layer's encoding did not read as written."""
    return isinstance(value, str) and _misread_text(value)


@functools.lru_cache(maxsize=1 << 15)
def _misread_text(text: str) -> bool:
    """``misread`` of a text, kept: a unit's texts are asked again for every site that meets the unit."""
    return REPLACEMENT in text or as_written(text) is not None


@functools.lru_cache(maxsize=1 << 12)
def as_written(text: str) -> Optional[Tuple[str, str]]:
    """(encoding, text as written) of text read one byte a character (Latin-1, 1252): ``UTF8``, ``GBK``,
    ``GB18030`` (GBK lacks a character) or ``BIG5``; None when ``text`` does not read so."""
    raw = _single_bytes(text)
    if raw is None or raw.isascii():
        return None
    if _utf8(raw):
        return UTF8, raw.decode("utf-8")
    gbk, big5 = (_decoding(raw, codec) for codec in CODECS)
    if gbk is not None and (big5 is None or gbk.chinese > big5.chinese
                            or (gbk.chinese == big5.chinese and gbk.common >= 0.5)):
        return (GBK if _in_codec(gbk.text, "gbk") else GB18030), gbk.text
    return None if big5 is None else (BIG5, big5.text)


def _single_bytes(text: str) -> Optional[bytes]:
    """The bytes ``text`` was read from one byte a character (Latin-1 or code page 1252); None when it holds a
    character neither gives."""
    if text.isascii():
        return b""
    found = bytearray()
    for character in text:
        code = ord(character)
        if code < 0x100:
            found.append(code)
        elif character in WINDOWS_1252:
            found.append(WINDOWS_1252[character])
        else:
            return None
    return bytes(found)


def _utf8(raw: bytes) -> bool:
    """True when ``raw`` is UTF-8 text (any bytes but ASCII seldom are: such text was written in UTF-8)."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decoding(raw: bytes, codec: str) -> Optional[Decoding]:
    """``raw`` decoded by ``codec`` when it reads as Chinese text misread (see the module), else None."""
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        return None
    wide = [character for character in text if ord(character) >= 0x80]
    if any(unicodedata.category(character) in NOT_TEXT for character in wide):
        return None
    chinese = sum(1 for character in wide if CHINESE.match(character))
    if not any(IDEOGRAPH.match(character) for character in wide) or 2 * chinese < len(wide):
        return None
    high = sum(1 for character in wide if _high_second_byte(character, codec))
    letters = sum(1 for character in text if character.isascii() and character.isalpha())
    if not high or (high < len(wide) and len(wide) < letters):
        return None
    common = sum(1 for character in wide if _in_codec(character, "gb2312")) / len(wide)
    return Decoding(text, chinese / len(wide), common)


def _high_second_byte(character: str, codec: str) -> bool:
    """True when ``character``'s second byte in ``codec`` is no ASCII byte (no accented letter and a Latin one)."""
    encoded = character.encode(codec)
    return len(encoded) > 1 and encoded[1] >= 0x80 or len(encoded) == 4


def _in_codec(text: str, codec: str) -> bool:
    """True when ``codec`` has every character of ``text``."""
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def first_misread(values: Iterable[Any]) -> Optional[str]:
    """The first of ``values`` that is misread text, None when none is."""
    return next((value for value in values if misread(value)), None)
