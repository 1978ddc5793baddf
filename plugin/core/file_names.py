"""File names made from names people give (a project's name, a site id), safe on Windows, macOS and Linux."""

import os
import re
from typing import Optional

from ..i18n import tr

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
WINDOWS_MAX_PATH = 259  # Windows' MAX_PATH (260) less the closing NUL, in UTF-16 units; QGIS and GDAL keep to it
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


class FileNameError(ValueError):
    """A file path a system would refuse; its text is the translated message."""


def notes_path(folder: str, stem: str, extension: str, windows: Optional[bool] = None) -> str:
    """``folder/stem.extension`` for a notes file. On Windows (``windows``: as if on Windows or not) a
    FileNameError when the path, as it is first written (``.part`` added), is longer than 259 characters."""
    path = os.path.join(folder, f"{stem}.{extension}")
    if not (os.name == "nt" if windows is None else windows):
        return path
    length = len((os.path.abspath(path) + ".part").encode("utf-16-le")) // 2
    if length > WINDOWS_MAX_PATH:
        raise FileNameError(tr(
            "The notes file {path} would have a path of {length} characters; Windows allows at most {limit}. "
            "Choose a folder with a shorter path (such as a folder directly under a drive) or a shorter name.").format(
            path=path, length=length, limit=WINDOWS_MAX_PATH))
    return path
