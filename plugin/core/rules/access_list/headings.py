"""One requirement cell holding the four dimensions under their headings, as many city lists publish a single
管控要求 column: "空间布局约束：…\\n污染物排放管控：…", "【环境风险防控】…", "一、资源利用效率要求\\n1.…",
"（二）污染物排放管控：…". The cell is split at each heading; the text before the first heading and the text under
a heading of the cell's form, or in 【】, that names no dimension ("其他要求：", "【其他要求】") are kept apart, as
written, never dropped nor given a dimension without a warning."""

import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from ...model.results import Reason
from ...model.vocab import DIMENSIONS
from .synonyms import key
from .table import Table, at

NUMBER = (r"(?P<number>\d{1,2}[.．、]|[（(]\d{1,2}[）)]|\d{1,2}[）)]|[一二三四五六七八九十]{1,3}、"
          r"|[（(][一二三四五六七八九十]{1,3}[）)]|[\u2460-\u2473])?")
LABEL = r"[^\n：:【】\[\]。；;，,、]{2,16}"
SPACE = r"[ \t\u3000]*"
# A heading stands at the start of the cell or of a line, or after 。；: a number, then its label in 【】 or followed
# by a colon; at the start of a line, a label alone on its line is a heading too.
HEADING = re.compile(
    rf"(?:(?:^|(?<=\n)){SPACE}{NUMBER}{SPACE}(?:[【\[](?P<line_bracketed>{LABEL})[】\]]{SPACE}[：:]?"
    rf"|(?P<line_colon>{LABEL}){SPACE}[：:]|(?P<alone>{LABEL}){SPACE}(?=\n|$))"
    rf"|(?<=[。；;]){SPACE}(?P<after_number>{NUMBER[:-1].replace('?P<number>', '')})?{SPACE}"
    rf"(?:[【\[](?P<bracketed>{LABEL})[】\]]{SPACE}[：:]?|(?P<colon>{LABEL}){SPACE}[：:]))")
# A heading naming no dimension reads as one: a section of the list, not a lead-in to clauses ("须满足以下要求：").
SECTION_ENDINGS = ("要求", "管控", "约束", "防控", "管理", "准入", "清单", "措施", "效率", "引导")
LEAD_IN = re.compile(r"[应须需]|以下|如下|满足|下列")
EXCERPT = 30  # characters of a text quoted in a warning
NO_HEADING = (
    "Row {row} of {file}: the requirement cell has no dimension heading (such as 空间布局约束：); its text ({text}) "
    "was imported as rule {rule} under Spatial layout constraints, for a person to read and move to its dimension.",
    "Row {row} of table {table} of {file}: the requirement cell has no dimension heading (such as 空间布局约束：); "
    "its text ({text}) was imported as rule {rule} under Spatial layout constraints, for a person to read and move "
    "to its dimension.",
    "Row {row} of sheet {sheet} of {file}: the requirement cell has no dimension heading (such as 空间布局约束：); "
    "its text ({text}) was imported as rule {rule} under Spatial layout constraints, for a person to read and move "
    "to its dimension.")
BEFORE_HEADINGS = (
    "Row {row} of {file}: the requirement text before the first dimension heading ({text}) names no dimension; it "
    "was imported as rule {rule} under Spatial layout constraints, for a person to read and move to its dimension.",
    "Row {row} of table {table} of {file}: the requirement text before the first dimension heading ({text}) names "
    "no dimension; it was imported as rule {rule} under Spatial layout constraints, for a person to read and move "
    "to its dimension.",
    "Row {row} of sheet {sheet} of {file}: the requirement text before the first dimension heading ({text}) names "
    "no dimension; it was imported as rule {rule} under Spatial layout constraints, for a person to read and move "
    "to its dimension.")
UNKNOWN_HEADING = (
    "Row {row} of {file}: the heading {heading} in the requirement cell is none of the four dimensions; its text was "
    "imported as rule {rule} under Spatial layout constraints, for a person to read and move to its dimension.",
    "Row {row} of table {table} of {file}: the heading {heading} in the requirement cell is none of the four "
    "dimensions; its text was imported as rule {rule} under Spatial layout constraints, for a person to read and "
    "move to its dimension.",
    "Row {row} of sheet {sheet} of {file}: the heading {heading} in the requirement cell is none of the four "
    "dimensions; its text was imported as rule {rule} under Spatial layout constraints, for a person to read and "
    "move to its dimension.")


@dataclass
class Part:
    """A piece of the cell: the dimension its heading names ('' for none), the heading as written ('' before the first
    heading) and its text, without the heading."""

    dimension: str
    heading: str
    text: str


def split_dimensions(cell: str, words: Dict[str, Tuple[str, ...]]) -> List[Part]:
    """The cell's pieces in order; one piece without a dimension when no heading names one."""
    found = [(match, *_read(match, words)) for match in HEADING.finditer(cell)]
    known = [(match, dimension, form) for match, dimension, form in found if dimension]
    if not known:
        return [Part("", "", cell.strip())] if cell.strip() else []
    forms = {form for _match, _dimension, form in known}
    cuts = [(match, dimension) for match, dimension, form in found
            if dimension or (_section(match) and (form in forms or form.endswith("True")))]
    parts = [Part("", "", cell[:cuts[0][0].start()].strip())]
    ends = [match.start() for match, _dimension in cuts[1:]] + [len(cell)]
    for (match, dimension), end in zip(cuts, ends):
        parts.append(Part(dimension, match.group(0).strip(" \t\u3000"), cell[match.end():end].strip()))
    return [part for part in parts if part.text or part.dimension]


def unplaced_text(part: Part) -> str:
    """The text of a piece under no dimension as a rule gives it: with its heading, as written."""
    if not part.heading:
        return part.text
    return part.heading + ("" if part.heading.endswith(("：", ":", "】", "]")) else "\n") + part.text


def unplaced_warning(part: Part, whole: bool, rule: str, table: Table, row: int, path: str) -> Reason:
    """The warning naming a piece under no dimension heading (``whole``: the cell has no heading at all)."""
    excerpt = part.text if len(part.text) <= EXCERPT else part.text[:EXCERPT] + "…"
    values = {"row": row, "file": path, "rule": rule, "text": " ".join(excerpt.split()), "heading": part.heading}
    return at(table, values, *(UNKNOWN_HEADING if part.heading else NO_HEADING if whole else BEFORE_HEADINGS))


def _read(match: re.Match, words: Dict[str, Tuple[str, ...]]) -> Tuple[str, str]:
    """The dimension a heading names ('' for none) and its form (numbered or not, in brackets or not)."""
    label = _label(match)
    number = match.group("number") or match.group("after_number") or ""
    bracketed = bool(match.group("line_bracketed") or match.group("bracketed"))
    return dimension_of(label, words) or "", f"{_number_style(number)}|{bracketed}"


def _label(match: re.Match) -> str:
    groups = ("line_bracketed", "line_colon", "alone", "bracketed", "colon")
    return next(match.group(name) for name in groups if match.group(name))


def dimension_of(label: str, words: Dict[str, Tuple[str, ...]]) -> Optional[str]:
    """The dimension a heading's label spells exactly (with or without a closing 要求), None for none."""
    wanted = {key(label), key(label).removesuffix("要求")}
    for dimension in DIMENSIONS:
        if any(key(word) in wanted or key(word).removesuffix("要求") in wanted for word in words[dimension]):
            return dimension
    return None


def _section(match: re.Match) -> bool:
    """Whether a heading naming no dimension reads as a section of the list ("其他要求：", "三、其他要求"), not a
    lead-in to clauses ("须满足以下要求：") nor a line of a clause (a label alone on its line needs a number)."""
    text = _label(match).strip()
    alone = bool(match.group("alone")) and not match.group("number")
    return text.endswith(SECTION_ENDINGS) and not LEAD_IN.search(text) and not alone


def _number_style(number: str) -> str:
    """The numbering style of a heading's number ('' for none): headings of one cell are numbered alike."""
    if not number:
        return ""
    if re.match(r"[（(][一二三四五六七八九十]", number):
        return "chinese_paren"
    if number[0] in "一二三四五六七八九十":
        return "chinese"
    if number[0] in "（(":
        return "paren"
    if "\u2460" <= number[0] <= "\u2473":
        return "circled"
    return "arabic" + number[-1].replace("．", ".")
