"""`filled`: a translated template filled with its values as Chinese is typeset — no half-width space beside a
full-width bracket, quote or mark where a value meets the template's words (行业 C（制造业）属于 C（制造业）, never
行业 C（制造业） 属于); a name the caller marks as set in the sentence (a CRS's, a constraint layer's label in a
review's reasons) parted from the Chinese around it by a space only where a Latin letter or digit meets a Chinese
character (坐标参考系 USER:100000 的, 坐标参考系西安 1980 地理坐标系（EPSG:4610）的, 选址与生态保护红线重叠).
English, and the values themselves, are left as they are."""

import unicodedata
from string import Formatter
from typing import Any, Dict, Iterable, Iterator, Optional, Tuple

from .i18n import ui_language

_FORMATTER = Formatter()
QUOTES = "“”‘’"  # full-width in Chinese text, though Unicode gives them an ambiguous width


def filled(template: str, values: Dict[str, Any], lang: Optional[str] = None, names: Iterable[str] = ()) -> str:
    """``template`` (translated) filled with ``values``, typeset as Chinese when ``lang`` (else the UI language) is
    Chinese; ``names``: the placeholders whose values are names set in the sentence (spaced as Chinese spaces a Latin
    word, joined to Chinese words)."""
    text = template.format(**values)  # the template's own errors, as str.format raises them
    names = set(names).intersection(values)
    if (lang or ui_language()) != "zh" or not (names or " {" in template or "} " in template):
        return text  # English, or no value a space could part from its words
    pieces = list(_pieces(template, values))
    out = ""
    for index, (piece, key) in enumerate(pieces):
        if key is not None and piece:
            out = _before(out, piece, key in names)
            if index + 1 < len(pieces) and pieces[index + 1][1] is None:
                pieces[index + 1] = (_after(piece, pieces[index + 1][0], key in names), None)
        out += piece
    return out


def _pieces(template: str, values: Dict[str, Any]) -> Iterator[Tuple[str, Optional[str]]]:
    """The template's words (key None) and its values as formatted (with their placeholder's name), in order."""
    for literal, field, spec, conversion in _FORMATTER.parse(template):
        if literal:
            yield literal, None
        if field is not None:
            value, key = _FORMATTER.get_field(field, (), values)
            value = _FORMATTER.convert_field(value, conversion)
            yield _FORMATTER.format_field(value, _FORMATTER.vformat(spec or "", (), values)), str(key)


def _before(out: str, value: str, name: bool) -> str:
    """The text before a value, its space at the value's start kept or dropped (or one added) as Chinese sets it."""
    if out.endswith(" ") and len(out) > 1:
        return out[:-1] if _joined(out[-2], value[0], name) else out
    return out + " " if out and name and _parted(out[-1], value[0]) else out


def _after(value: str, literal: str, name: bool) -> str:
    """The template's words after a value, their space at the value's end kept or dropped (or one added)."""
    if literal.startswith(" ") and len(literal) > 1:
        return literal[1:] if _joined(value[-1], literal[1], name) else literal
    return " " + literal if name and _parted(value[-1], literal[0]) else literal


def _joined(left: str, right: str, name: bool) -> bool:
    """Whether Chinese sets ``left`` and ``right`` with no space between: beside a full-width mark, or (in a name)
    two Chinese characters."""
    return _mark(left) or _mark(right) or (name and _chinese(left) and _chinese(right))


def _parted(left: str, right: str) -> bool:
    """Whether Chinese sets a space between ``left`` and ``right``: a Chinese character and a Latin letter, digit or
    mark."""
    return (_chinese(left) and _latin(right)) or (_latin(left) and _chinese(right))


def _latin(char: str) -> bool:
    """A half-width (ASCII) character other than a space."""
    return char.isascii() and not char.isspace()


def _mark(char: str) -> bool:
    """A full-width punctuation mark (（）“”、，。：；…)."""
    return char in QUOTES or (unicodedata.category(char).startswith("P") and unicodedata.east_asian_width(char) in "WF")


def _chinese(char: str) -> bool:
    """A Chinese (or other wide) letter."""
    return unicodedata.category(char).startswith("L") and unicodedata.east_asian_width(char) in "WF"
