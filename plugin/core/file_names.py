"""File names made from names people give (a project's name, a site id), safe on Windows, macOS and Linux."""

import re

# Characters Windows, macOS or Linux refuse in a file name: separators, Windows' reserved punctuation,
# control characters, and lone surrogates, which no file system encodes.
REFUSED = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f\ud800-\udfff]')
# Windows' device names: refused as a file name with any extension too (CON.html, com1.pdf).
RESERVED = frozenset(["con", "prn", "aux", "nul", *(f"com{n}" for n in "0123456789¹²³"),
                      *(f"lpt{n}" for n in "0123456789¹²³")])
# File names hold 255 bytes: a name's own share leaves room for a suffix (a clash's ``_<n>``, a site's ``_<fid>``,
# a layer's number and name), the extension and the ``.part`` the PDF and Word notes are written as first, and
# keeps paths within Windows' 260 characters where it can.
MAX_NAME_BYTES = 120
# A whole file name's stem, suffix included: room for the longest extension (".docx") and ".part".
MAX_STEM_BYTES = 255 - len(".docx") - len(".part")
EDGES = " ."  # trimmed from both ends: Windows drops trailing dots and spaces, a leading dot hides a file


def safe_name(name: str, limit: int = MAX_NAME_BYTES, fallback: str = "notes", trim: str = "") -> str:
    """``name`` as a file name stem: refused characters as ``_``, within ``limit`` bytes of UTF-8.

    Spaces and dots (and the characters of ``trim``) are trimmed from both ends; a Windows device name gets
    ``_`` after it (``CON`` → ``CON_``); shortening drops whole characters. ``fallback`` when nothing is left.
    """
    edges = EDGES + trim
    text = REFUSED.sub("_", str(name)).strip(edges)
    return _unreserved(_shortened(text, limit - 1, edges)) or fallback  # a byte left for a device name's _


def _shortened(text: str, limit: int, edges: str = EDGES) -> str:
    """``text`` within ``limit`` bytes of UTF-8, cut between characters, ``edges`` trimmed from its new end."""
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", "ignore").rstrip(edges)


def _unreserved(text: str) -> str:
    """``text`` with ``_`` after a Windows device name it starts with (before any extension)."""
    head, dot, rest = text.partition(".")
    return f"{head}_{dot}{rest}" if head.rstrip(" ").casefold() in RESERVED else text
