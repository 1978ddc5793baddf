"""A text setting an .ini file holds as written by hand (or by another tool), where Qt reads it otherwise: unquoted
commas split it into a list (the spaces around each comma dropped), and an unquoted ``;`` starts a comment that drops
the rest of the line. The text as written is read from the file's own line (``D:/Projects/Review,2026/out`` stays
without a space, ``Review ,  2026`` keeps its two, ``D:/审查;2026/out`` keeps its ``;``), when that line is the one Qt
read; else Qt's reading, its items joined by ``", "``."""

import re
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Tuple, Union
from urllib.parse import unquote

from qgis.core import QgsSettings

SECTION = re.compile(r"^\s*\[(?P<name>[^\]]*)\]\s*$")
ENTRY = re.compile(r"^\s*(?P<key>[^=;#]+?)\s*=(?P<value>.*)$")
ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", '"': '"', "?": "?",
           "'": "'", "\\": "\\"}
SPACES = " \t"
Read = Union[str, List[str]]
_READ: Dict[str, Tuple[bytes, Dict[str, str]]] = {}  # the values of each .ini file read, with its bytes


def written_text(key: str, read: Read) -> str:
    """The text of setting ``key`` that Qt read as ``read`` (a text, or a list of its items): as the line the
    settings files hold for it is written, when Qt reads that line so; else ``read``, its items joined by ``", "``."""
    for path in settings_files():
        value = _line_value(path, key)
        if value is None:
            continue
        text = as_written(value)
        if qt_reading(value) == read and not text.startswith("@"):  # @: a value Qt reads by its type (@String(…))
            return text
        break  # the file's line is not the one Qt read (a line continued, changed since), or one of Qt's own
    return read if isinstance(read, str) else ", ".join(read)


def settings_files() -> List[str]:
    """The .ini files QgsSettings reads, in its order: the user's profile file, then the global settings file."""
    return [path for path in (QgsSettings().fileName(), QgsSettings.globalSettingsPath()) if path]


def qt_reading(value: str) -> Read:
    """An .ini value (the text after ``=``) as Qt reads it: cut at its first unquoted ``;``, a list when unquoted
    commas split it."""
    items = _unescaped(value[:_comment_start(value)], literal=False)
    return items[0] if len(items) == 1 else items


def as_written(value: str) -> str:
    """An .ini value as written: Qt's escapes and quotes read as Qt reads them, its commas and semicolons text."""
    return _unescaped(value, literal=True)[0]


def _comment_start(value: str) -> int:
    """Where Qt's comment starts in an .ini value: its first ``;`` outside quotes and not escaped (its length when it
    has none)."""
    quoted, index = False, 0
    while index < len(value):
        char = value[index]
        if char == "\\":
            index += 1
        elif char == '"':
            quoted = not quoted
        elif char == ";" and not quoted:
            return index
        index += 1
    return len(value)


def _unescaped(value: str, literal: bool) -> List[str]:
    """The items of an .ini value as Qt's ``iniUnescapedStringList`` reads them (spaces around items dropped, escapes
    and quotes read); ``literal``: unquoted commas are text, with the spaces around them, and the value one item."""
    items: List[str] = []
    text, index, quoted, was_quoted = _Text(), _skip_spaces(value, 0), False, False
    while index < len(value):
        char = value[index]
        if char == "\\":
            index = _escape(value, index + 1, text)
        elif char == '"':
            index, quoted, was_quoted = index + 1, not quoted, True
            if not quoted:
                index = _skip_spaces(value, index)
                text.keep()
        elif char == "," and not quoted and not literal:
            items.append(text.done(chop=not was_quoted))
            text, was_quoted = _Text(), False
            index = _skip_spaces(value, index + 1)
        else:
            text.add(char)
            index += 1
    items.append(text.done(chop=not was_quoted))
    return items


def _escape(value: str, index: int, text: "_Text") -> int:
    """Read the escape after a backslash at ``index`` into ``text``; where reading goes on."""
    if index >= len(value):  # a backslash ending the value: Qt chops no space before it
        text.keep()
        return index
    char = value[index]
    if char in ESCAPES:
        text.add(ESCAPES[char], kept=True)
        return index + 1
    digits = re.match(r"x([0-9A-Fa-f]+)" if char == "x" else r"([0-7]+)", value[index:])
    if digits:
        text.add(chr(int(digits.group(1), 16 if char == "x" else 8) & 0xFFFF), kept=True)
        return index + digits.end()
    text.keep()  # Qt skips the backslash and the character after it
    return index + 1


def _skip_spaces(value: str, index: int) -> int:
    """The index of the first character at or after ``index`` that is no space or tab."""
    while index < len(value) and value[index] in SPACES:
        index += 1
    return index


class _Text:
    """One item being read: its characters, and how many of them trailing spaces may not be chopped from."""

    def __init__(self) -> None:
        self.chars: List[str] = []
        self.limit = 0

    def add(self, char: str, kept: bool = False) -> None:
        """Add a character; ``kept``: an escaped one, never chopped (nor any character before it)."""
        self.chars.append(char)
        if kept:
            self.keep()

    def keep(self) -> None:
        """Trailing spaces are chopped down to here at most."""
        self.limit = len(self.chars)

    def done(self, chop: bool) -> str:
        """The item, its trailing spaces after the last kept character chopped when ``chop``; UTF-16 surrogates
        escaped one by one put together."""
        chars = self.chars
        while chop and len(chars) > self.limit and chars[-1] in SPACES:
            chars = chars[:-1]
        return "".join(chars).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _line_value(path: str, key: str) -> Optional[str]:
    """The raw text after ``=`` of the last line of the .ini file ``path`` that holds ``key`` (``a/b/c``), or None."""
    return _values(path).get(key)


def _values(path: str) -> Dict[str, str]:
    """The raw values of the .ini file ``path`` by key, each of its last line; parsed again only when the file's
    bytes changed (a profile's file is read at every text setting read, as every site's notes read the reviewer)."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return {}
    cached = _READ.get(path)
    if cached is not None and cached[0] == data:
        return cached[1]
    text = data.decode("utf-8", errors="replace")
    values = {"/".join(filter(None, (section, name))): value for section, name, value in _entries(text)}
    _READ[path] = (data, values)
    return values


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
