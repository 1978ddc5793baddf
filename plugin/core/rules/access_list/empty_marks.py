"""Requirement cells holding only a mark for "no requirement at this level" ("/", "／", "-", "—", "——", "无"): no rule
is made for them, and the import's summary says how many there were (naming them while they are few). A cell with any
other text is a requirement, however short."""

import re
from typing import List

from ...model.results import Reason
from .report import ROLE_WORDS
from .table import Table, at

EMPTY_MARK = re.compile(r"^(?:[/／\\＼]|[-－—–―─]{1,3}|无)$")
NAMED_UP_TO = 5  # the cells are named one by one while there are at most this many


def is_empty_mark(text: str) -> bool:
    """Whether a cell holds only a mark meaning no requirement (white space around it aside)."""
    return bool(EMPTY_MARK.match(text.strip()))


def mark_place(table: Table, row: int, dimension: str) -> Reason:
    """Where an empty mark stood: its row (with the Word table or the sheet) and the dimension of its cell."""
    return at(table, {"row": row, "dimension": Reason(ROLE_WORDS[dimension])},
              "row {row} ({dimension})", "row {row} of table {table} ({dimension})",
              "row {row} of sheet {sheet} ({dimension})")


def empty_summary(places: List[Reason]) -> List[Reason]:
    """The summary's sentence on the cells read as empty: none when there were none."""
    if not places:
        return []
    if len(places) == 1:
        return [Reason("1 requirement cell held only a mark such as /, — or 无 (no requirement at this level); no "
                       "rule was made for it: {cells}.", {"cells": places})]
    if len(places) <= NAMED_UP_TO:
        return [Reason("{count} requirement cells held only a mark such as /, — or 无 (no requirement at this level); "
                       "no rule was made for them: {cells}.", {"count": len(places), "cells": places})]
    return [Reason("{count} requirement cells held only a mark such as /, — or 无 (no requirement at this level); no "
                   "rule was made for them.", {"count": len(places)})]
