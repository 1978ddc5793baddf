"""Reading project and unit values: yes/no words, and numbers — finite ones only, written plainly.

A yes/no word is compared as project strings are (case, full width and white space ignored): 是/否,
yes/no, true/false, y/n, t/f, 有/无, 1/0.

A number is a Python int or float that is finite, or text that is a plain decimal number (sign,
digits, decimal point, exponent; full-width digits allowed), optionally followed by one of the
units the rule set declares for that attribute (``unit`` and ``unit_aliases``), with or without a
space: ``35``, ``35t/h``, ``35 蒸吨/小时``. NaN, infinities ('nan', 'inf', '1e999'), thousands
separators, ranges and any other word are not numbers.

A rule's text that reads as a number but is not written as that number plainly (a leading zero, a plus sign,
an exponent, trailing zeros after the point: ``"0313"``, ``"1.50"``) is a code, compared as text.
"""

import math
import re
import unicodedata
from typing import Any, Iterable, Optional

from ..model.vocab import canonical

TRUE_WORDS = ("true", "yes", "y", "1", "是", "有", "t")
FALSE_WORDS = ("false", "no", "n", "0", "否", "无", "f")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_PLAIN = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?")  # a number as written plainly: nothing a code could keep


def as_bool(value: Any) -> Optional[bool]:
    """A yes/no value from a bool, 0/1 or a word (是/否, true/false…); None if it is none of them."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return {0: False, 1: True}.get(value) if math.isfinite(value) else None
    text = canonical(value)
    if text in TRUE_WORDS:
        return True
    return False if text in FALSE_WORDS else None


def as_number(value: Any, units: Iterable[str] = ()) -> Optional[float]:
    """A finite number from a number or from text written as the module says; None if it is not one."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return _finite(value)
    if not isinstance(value, str):
        return None
    text = unicodedata.normalize("NFKC", value).strip()
    match = _NUMBER.match(text)
    if match is None:
        return None
    rest = canonical(text[match.end():])
    if rest and rest not in {canonical(unit) for unit in units if unit}:
        return None
    return _finite(match.group())


def _finite(value: Any) -> Optional[float]:
    """float(value) when it is finite, else None (an int too large for a float included)."""
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def as_type(value: Any, kind: str, units: Iterable[str] = ()) -> Any:
    """A value read as a declared attribute type (number, boolean, string); None if it does not fit."""
    if kind == "number":
        return as_number(value, units)
    if kind == "boolean":
        return as_bool(value)
    return None if value is None else str(value).strip()


def kind_of(written: Any) -> str:
    """How a value written in a rule compares: as a "number" (a YAML number, or text written as the number it
    reads as: ``"35"``, ``"0.5"``), as a "code" (text that reads as a number written otherwise: ``"0313"``,
    ``"1.50"``, ``"1e3"``; compared as text), as a "boolean" (true/false or a yes/no word), else as a "string"."""
    if isinstance(written, bool):
        return "boolean"
    if isinstance(written, (int, float)):
        return "number"
    if as_number(written) is not None:
        return "number" if _PLAIN.fullmatch(unicodedata.normalize("NFKC", str(written)).strip()) else "code"
    return "boolean" if as_bool(written) is not None else "string"
