"""Numbered clauses inside a requirement cell ("1-3 禁止…", "（1）…", "1）…", "1. …", "1、…", "一、…", "（一）…",
"①…"), so that each becomes a rule whose id keeps the number reviewers cite. The text is never changed: each clause
is the cell's text from its number to the next clause's number; 1. and 1、 are styles of their own, so that clauses
numbered 1、 may list items numbered 1. (and the reverse). A cell holding one clause alone ("3. 禁止…", a list
with one clause per row) keeps its number too."""

import re
from typing import List, Optional, Tuple

CHINESE_DIGITS = "一二三四五六七八九十"
# A clause number stands at the start of the cell, of a line or after 。；;：: (white space allowed).
BOUNDARY = r"(?:^|(?<=[\n。；;：:]))[ \t\u3000]*"
STYLES = (
    ("dash", re.compile(BOUNDARY + r"(\d{1,2})[-－—](\d{1,3})(?!\d|[.．]\d)")),
    ("paren", re.compile(BOUNDARY + r"[（(](\d{1,3})[）)]")),
    ("dot", re.compile(BOUNDARY + r"(\d{1,3})[.．](?!\d)")),
    ("comma", re.compile(BOUNDARY + r"(\d{1,3})、")),  # a style of its own: 1、 clauses may list 1. 2. items
    ("half_paren", re.compile(BOUNDARY + r"(\d{1,3})[）)]")),
    ("chinese", re.compile(BOUNDARY + r"([一二三四五六七八九十]{1,3})、")),
    ("chinese_paren", re.compile(BOUNDARY + r"[（(]([一二三四五六七八九十]{1,3})[）)]")),
    ("circled", re.compile(BOUNDARY + r"([\u2460-\u2473])")),  # ① … ⑳
)
DOT_OR_COMMA = re.compile(BOUNDARY + r"(\d{1,3})(?:、|[.．](?!\d))")


def split_clauses(text: str) -> List[Tuple[str, str]]:
    """(clause number or '', clause text) in order; [('', text)] when the text is not numbered."""
    found = _numbered(text)
    if not found:
        return [("", text)]
    out = []
    preamble = text[: found[0][0]].strip()
    if preamble:
        out.append(("", preamble))
    ends = [start for start, _number in found[1:]] + [len(text)]
    for (start, number), end in zip(found, ends):
        out.append((number, text[start:end].strip()))
    return out


def numbers_out_of_sequence(text: str) -> List[str]:
    """Every clause number of the text's numbering style as written, in order, when some of them begin no clause (a
    number out of order or repeated, read as part of the clause before it); none when each begins its clause."""
    chosen = _style(text)
    if chosen is None:
        return []
    numbers = [match.group(0).strip(" \t\u3000") for match in chosen[1].finditer(text)]
    return numbers if len(numbers) > len(_numbered(text)) else []


def _style(text: str) -> Optional[Tuple[str, re.Pattern]]:
    """The first numbering style the text uses and its pattern; 1. and 1、 are one style while their numbers only go
    up (a list typed with both), two when items are numbered from 1 again."""
    first: Optional[Tuple[int, str]] = None
    for style, pattern in STYLES:
        match = pattern.search(text)
        if match and (first is None or match.start() < first[0]):
            first = (match.start(), style)
    if first is None:
        return None
    style = first[1]
    return style, DOT_OR_COMMA if style in ("dot", "comma") and _ascending(text) else dict(STYLES)[style]


def _numbered(text: str) -> List[Tuple[int, str]]:
    """(start, number) of each clause of the first numbering style the text uses, in sequence."""
    chosen = _style(text)
    if chosen is None:
        return []
    style, pattern = chosen
    found = _sequence(style, pattern, text)
    if len(found) >= 2 or (found and not text[: found[0][0]].strip() and _alone(style, pattern, text)):
        return found
    return []


def _sequence(style: str, pattern: re.Pattern, text: str) -> List[Tuple[int, str]]:
    """(start, number) of the numbers of a style that follow each other from the first."""
    found: List[Tuple[int, str]] = []
    last: Optional[Tuple[int, int]] = None
    for match in pattern.finditer(text):
        value = _value(style, match)
        if last is None or _follows(style, last, value, _line_start(text, _start(match))):
            found.append((_start(match), _label(style, value)))
            last = value
    return found


def _ascending(text: str) -> bool:
    """Whether the 1. and 1、 numbers of a text only go up (no list of items numbered from 1 again inside a clause)."""
    values = [int(match.group(1)) for match in DOT_OR_COMMA.finditer(text)]
    return all(later > earlier for earlier, later in zip(values, values[1:]))


def _alone(style: str, pattern: re.Pattern, text: str) -> bool:
    """Whether a cell that begins with a clause number is that one clause: a 1-3 style number may be followed by
    numbers out of sequence, any other style's number is the only one of its style in the cell."""
    return style == "dash" or len(pattern.findall(text)) == 1


def _value(style: str, match: re.Match) -> Tuple[int, int]:
    if style == "dash":
        return int(match.group(1)), int(match.group(2))
    if style in ("chinese", "chinese_paren"):
        return 0, _chinese(match.group(1))
    if style == "circled":
        return 0, ord(match.group(1)) - 0x245F
    return 0, int(match.group(1))


def _follows(style: str, last: Tuple[int, int], value: Tuple[int, int], line_start: bool) -> bool:
    """The next number of a sequence: one more (1, 2, 3 …); for 1-3 style the next item of its group (1-2 after
    1-1) or the first item of a later group (2-1 after 1-4), and any later number that starts a line (clauses of a
    general list cited by number: 3-1, 3-7), never a range after 。or ；inside a line (…；10-20蒸吨…)."""
    if style == "dash":
        return value == (last[0], last[1] + 1) or (value[0] > last[0] and value[1] == 1) or (line_start and
                                                                                              value > last)
    return value[1] == last[1] + 1


def _line_start(text: str, start: int) -> bool:
    """Whether only white space stands between the start of a line and this position."""
    return text[:start].rstrip(" \t\u3000").endswith("\n") or not text[:start].strip()


def _start(match: re.Match) -> int:
    """Where the clause's number begins (after the white space the boundary allowed)."""
    text = match.group(0)
    return match.start() + len(text) - len(text.lstrip(" \t\u3000"))


def _label(style: str, value: Tuple[int, int]) -> str:
    return f"{value[0]}-{value[1]}" if style == "dash" else str(value[1])


def _chinese(text: str) -> int:
    """一 … 九十九 as a number."""
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CHINESE_DIGITS.index(text[1]) + 1
    if "十" in text:
        tens, _ten, ones = text.partition("十")
        return (CHINESE_DIGITS.index(tens) + 1) * 10 + (CHINESE_DIGITS.index(ones) + 1 if ones else 0)
    return CHINESE_DIGITS.index(text) + 1
