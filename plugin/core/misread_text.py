"""Text a layer's provider decoded in another encoding than its file's: characters it could not decode
(U+FFFD, as QGIS reads a GBK Shapefile without a .cpg file as UTF-8), or Chinese read as Latin-1 (a .cpg
file naming 1252 or ISO-8859-1 on a GBK file: 容城 becomes ÈÝ³Ç)."""

import functools
import re
from typing import Any, Iterable, Optional

REPLACEMENT = "\ufffd"
NON_ASCII = re.compile(r"[^\x00-\x7f]+")
GB2312_BYTE = re.compile(r"[\xa1-\xfe]+")
IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")


def misread(value: Any) -> bool:
    """True when ``value`` is text its layer's encoding did not read as written."""
    return isinstance(value, str) and _misread_text(value)


@functools.lru_cache(maxsize=1 << 15)
def _misread_text(text: str) -> bool:
    """``misread`` of a text, kept: a unit's texts are asked again for every site that meets the unit."""
    return REPLACEMENT in text or _chinese_as_latin1(text)


def _chinese_as_latin1(text: str) -> bool:
    """True when every non-ASCII run of ``text`` is the bytes of GB 2312 characters read one byte a character,
    Chinese characters among them."""
    decoded = []
    for run in NON_ASCII.findall(text):
        if len(run) % 2 or not GB2312_BYTE.fullmatch(run):
            return False
        try:
            decoded.append(run.encode("latin-1").decode("gb2312"))
        except UnicodeDecodeError:
            return False
    return any(IDEOGRAPH.search(run) for run in decoded)


def first_misread(values: Iterable[Any]) -> Optional[str]:
    """The first of ``values`` that is misread text, None when none is."""
    return next((value for value in values if misread(value)), None)
