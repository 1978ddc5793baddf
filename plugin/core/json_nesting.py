"""JSON the plugin stored (bindings, saved reviews, register entries) read only when nested no deeper than it ever
writes: Python's decoder recurses, so a hand-edited text nested thousands of levels deep would raise RecursionError
(a traceback), and one just within its limit would raise it later, wherever the value is walked or written again."""

import json
import re
from itertools import accumulate
from typing import Any, Optional, Tuple

from ..i18n import tr

MAX_DEPTH = 64  # nested objects and arrays; the plugin writes at most six
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"?', re.S)  # a string, or one left open to the end of the text
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"?|[\[\]{}]', re.S)
_STEPS = {"[": 1, "{": 1, "]": -1, "}": -1}


class TooDeepError(ValueError):
    """A JSON text nested deeper than MAX_DEPTH; its message in the UI language, ``at`` the line and column (from 1)
    of the bracket that opens one level too many."""

    def __init__(self, at: Tuple[int, int]) -> None:
        super().__init__(tr("nested more than {limit} levels deep at line {line}, column {column}").format(
            limit=MAX_DEPTH, line=at[0], column=at[1]))
        self.at = at


def loads(text: str) -> Any:
    """``json.loads(text)``; TooDeepError (a ValueError) when it is nested deeper than MAX_DEPTH."""
    at = too_deep(text)
    if at is not None:
        raise TooDeepError(at)
    return json.loads(text)


def too_deep(text: str) -> Optional[Tuple[int, int]]:
    """The line and column (from 1) of the first bracket of ``text`` opening a level deeper than MAX_DEPTH (brackets
    inside strings aside); None when there is none."""
    if not isinstance(text, str) or text.count("[") + text.count("{") <= MAX_DEPTH:
        return None
    brackets = re.sub(r"[^\[\]{}]", "", _STRINGS.sub("", text))
    if max(accumulate(map(_STEPS.__getitem__, brackets)), default=0) <= MAX_DEPTH:
        return None
    return _where(text)


def _where(text: str) -> Optional[Tuple[int, int]]:
    """The line and column of the first bracket opening level MAX_DEPTH + 1; None when none does."""
    depth = 0
    for token in _TOKENS.finditer(text):
        depth += _STEPS.get(token.group(), 0)
        if depth > MAX_DEPTH:
            start = token.start()
            return text.count("\n", 0, start) + 1, start - text.rfind("\n", 0, start)
    return None
