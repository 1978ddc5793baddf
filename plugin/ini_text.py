"""A text setting an .ini file holds with commas unquoted (written by hand, or by another tool), which Qt reads as a
list with the spaces around each comma dropped: the text as written, its spaces around the commas taken from the
file's own line (``D:/Projects/Review,2026/out`` stays without a space, ``Review ,  2026`` keeps its two)."""

import re
from pathlib import Path
from typing import Iterator, List, Optional, Sequence
from urllib.parse import unquote

from qgis.core import QgsSettings

SECTION = re.compile(r"^\s*\[(?P<name>[^\]]*)\]\s*$")
ENTRY = re.compile(r"^\s*(?P<key>[^=;#]+?)\s*=(?P<value>.*)$")


def written_text(key: str, items: Sequence[str]) -> str:
    """The text of setting ``key`` that Qt read as ``items``: the items joined by the separators (a comma and the
    spaces around it) of the line the settings files hold for it; ``", "`` between them where no line matches."""
    for path in settings_files():
        value = _line_value(path, key)
        if value is None:
            continue
        separators = _separators(value)
        if len(separators) == len(items) - 1:
            return items[0] + "".join(sep + item for sep, item in zip(separators, items[1:]))
        break  # the file's line is not the one Qt read (a line continued, or changed since): the plain join
    return ", ".join(items)


def settings_files() -> List[str]:
    """The .ini files QgsSettings reads, in its order: the user's profile file, then the global settings file."""
    return [path for path in (QgsSettings().fileName(), QgsSettings.globalSettingsPath()) if path]


def _line_value(path: str, key: str) -> Optional[str]:
    """The raw text after ``=`` of the last line of the .ini file ``path`` that holds ``key`` (``a/b/c``), or None."""
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    found = None
    for section, name, value in _entries(text):
        if "/".join(filter(None, (section, name))) == key:
            found = value
    return found


def _entries(text: str) -> Iterator[tuple]:
    """(section, key, raw value) of each entry line, section and key unescaped as Qt does (``\\`` as ``/``,
    ``%XX``); the section ``General`` as no section."""
    section = ""
    for line in text.splitlines():
        header = SECTION.match(line)
        if header:
            name = _unescaped_key(header.group("name").strip())
            section = "" if name == "General" else name
            continue
        entry = ENTRY.match(line)
        if entry:
            yield section, _unescaped_key(entry.group("key")), entry.group("value")


def _unescaped_key(key: str) -> str:
    """An .ini key as Qt reads it: backslashes are the separators of its parts, ``%XX`` an escaped byte."""
    return unquote(key.replace("\\", "/"))


def _separators(value: str) -> List[str]:
    """The separators of an .ini value's unquoted commas: each comma with the spaces on either side of it."""
    cuts, quoted, escaped = [], False, False
    for index, char in enumerate(value):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == ";" and not quoted:  # a comment to the end of the line
            break
        elif char == "," and not quoted:
            cuts.append(index)
    separators = []
    for cut in cuts:
        before = len(value[:cut]) - len(value[:cut].rstrip(" \t"))
        after = len(value[cut + 1:]) - len(value[cut + 1:].lstrip(" \t"))
        separators.append(value[cut - before:cut + 1 + after])
    return separators
