"""Column widths of the Word notes' tables, by their text: estimated widths of 9 pt type in twips.

Every column is at least as wide as its longest unbreakable piece (a word, a rule id, a unit code, a shown time's
date and time of day, a number with the brackets and punctuation a line may not start or end with), so Word and
LibreOffice never break one, and as a cell of a short text (a verdict); the room left goes, step by step, to the
column whose widening shortens the table most (by the rows' estimated heights), so a column of sentences gets the
room that ids and verdicts do not need. When those least widths do not fit, the columns of sentences (too long for
one line of the page) give way first: a long word of a sentence may break, an id or a short column's word does not.
"""

import re
import unicodedata
from typing import List, Sequence

from ..core.times import NO_BREAK_SPACE, unbroken_times
from .pdf_blocks import levelled

# Widths of 9 pt characters, generously: DejaVu Serif (LibreOffice's fallback for Times New Roman) is wide; the
# widths of its letters, digits and marks rounded up, by class (narrow i, l, t, punctuation; wide m, w, M, W).
LATIN_TWIPS = {
    **dict.fromkeys("'j ,.il-/:;\\|", 65), **dict.fromkeys("f()[]IJ!t²³", 78), **dict.fromkeys('"r*_`°sz?', 103),
    **dict.fromkeys("cvxyeaok", 116), **dict.fromkeys("LYTPSFZXAVBEKRC", 147),
    **dict.fromkeys("GDOQ#+<=>^~UHN&w", 171), **dict.fromkeys("m%@MW", 198),
}
HALF_WIDTH_TWIPS = 124  # any other letter, digit or mark (b, d, n, u, 0–9 are 119–120 twips)
BOLD = 1.1  # the header row's bold type is a tenth wider
FULL_WIDTH_TWIPS = 190  # an ideograph or full-width form: one em (180 twips) in every Chinese font
SHORT_TWIPS = 4 * FULL_WIDTH_TWIPS  # a cell up to four ideographs wide (不符合, 需补充) is kept on one line
CELL_PAD_TWIPS = 2 * 80 + 30  # the cell margins and a little room
STEPS = 48  # the room left is given out in this many steps
PROSE_TWIPS = 900  # the least a column of sentences is cut to before every column is cut (eight letters or so)
WIDE = "\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"  # ideographs and full-width forms
NOT_AT_END = "（［｛【《〈「『〔"  # a line never ends on these, nor starts on those below (kinsoku)
NOT_AT_START = "）］｝】》〉」』〕，。、；：！？"
# What a line is never broken within: a word or code with the brackets and punctuation that stick to it.
PIECE = re.compile(f"[{NOT_AT_END}]*(?:{NO_BREAK_SPACE}|[^\\s{WIDE}])+[{NOT_AT_START}]*"
                   f"|[{NOT_AT_END}]*[{WIDE}][{NOT_AT_START}]*")

HYPHEN_BREAK = re.compile("(?<=[a-z]-)(?=[a-z])")  # risk-prevention: Word and LibreOffice break after the hyphen


def column_widths(columns: Sequence[Sequence[str]], total: int) -> List[float]:
    """Widths (twips, summing to ``total``) of columns given as their texts (header first), by the text."""
    needs = [max([BOLD * piece_twips(texts[0])] + [least_twips(text) for text in texts[1:]]) + CELL_PAD_TWIPS
             for texts in columns]  # a header may break between its words
    natural = [max([BOLD * line_twips(texts[0])] + list(map(line_twips, texts[1:]))) + CELL_PAD_TWIPS
               for texts in columns]
    least = least_widths(needs, natural, total)
    natural = [max(width, low) for width, low in zip(natural, least)]
    if sum(natural) <= total:
        return [width * total / sum(natural) for width in natural]
    lines = [[[char_twips(line) for line in str(text).split("\n")] for text in texts] for texts in columns]
    rows = [[column[row] for column in lines] for row in range(min(map(len, lines)))]
    widths = list(least)
    step = (total - sum(least)) / STEPS
    for _ in range(STEPS):
        widest = widening(rows, widths, natural, step)
        if widest is None:
            break
        widths[widest] += step
    return spread(widths, natural, total)


def least_widths(needs: List[float], natural: List[float], total: float) -> List[float]:
    """The columns' needs when they fit in ``total``; else the columns of sentences (wider than ``total`` on one
    line) may be as narrow as PROSE_TWIPS (the room the others leave then goes to them by the rows' heights), when
    the others leave that much; else every column levelled (``levelled``)."""
    if sum(needs) <= total:
        return list(needs)
    prose = [index for index, width in enumerate(natural) if width > total]
    kept = sum(need for index, need in enumerate(needs) if index not in prose)
    if not prose or total - kept < len(prose) * PROSE_TWIPS:
        return levelled(needs, total)
    return [min(need, PROSE_TWIPS) if index in prose else need for index, need in enumerate(needs)]


def widening(rows: List[List[List[int]]], widths: List[float], natural: List[float], step: float):
    """The column whose widening by ``step`` shortens the table most (None when none does)."""
    now = [[cell_lines(cell, width) for cell, width in zip(row, widths)] for row in rows]
    best, gain = None, 0.0
    for column, width in enumerate(widths):
        if width + step > natural[column] + step / 2:
            continue
        after = 0.0
        for row, heights in zip(rows, now):
            others = max(heights[:column] + heights[column + 1:], default=0.0)
            after += max(heights[column], others) - max(cell_lines(row[column], width + step), others)
        if after > gain + 1e-9:
            best, gain = column, after
    return best


def spread(widths: List[float], natural: List[float], total: float) -> List[float]:
    """The room still left shared out by what each column would still take up to its natural width."""
    room = total - sum(widths)
    wishes = [max(0.0, n - w) for n, w in zip(natural, widths)]
    if sum(wishes) <= 0:
        return [w + room * w / sum(widths) for w in widths]
    return [w + room * wish / sum(wishes) for w, wish in zip(widths, wishes)]


def cell_lines(line_widths: List[int], width: float) -> float:
    """The estimated height of a cell in lines (a fraction: a line's share of the text width it fills)."""
    inner = max(1.0, width - CELL_PAD_TWIPS)
    return sum(max(1.0, line / inner) for line in line_widths)


def char_twips(text: str) -> int:
    """The width of a text in 9 pt type, estimated: capitals and digits wider, ideographs and full-width forms
    double."""
    return sum(map(_char_width, text))


def _char_width(char: str) -> int:
    """The estimated width of one character in 9 pt type (twips)."""
    if unicodedata.east_asian_width(char) in "WF":
        return FULL_WIDTH_TWIPS
    return LATIN_TWIPS.get(char, HALF_WIDTH_TWIPS)


def line_twips(text: str) -> int:
    """The estimated width of the text's longest line."""
    return max(char_twips(line) for line in str(text).split("\n"))


def least_twips(text: str) -> int:
    """The narrowest a cell may be: its longest unbreakable piece, or all of a short text."""
    return max(piece_twips(text), min(line_twips(text), SHORT_TWIPS))


def piece_twips(text: str) -> int:
    """The estimated width of the longest piece the text cannot be broken within (a word, a code)."""
    pieces = [part for piece in PIECE.findall(unbroken_times(str(text))) for part in HYPHEN_BREAK.split(piece)]
    return max([char_twips(piece) for piece in pieces] + [0])
