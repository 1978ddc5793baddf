"""Reading project and unit values: yes/no words and numbers written as text."""

from typing import Any, Optional

TRUE_WORDS = ("true", "yes", "y", "1", "是", "有", "t")
FALSE_WORDS = ("false", "no", "n", "0", "否", "无", "f")


def as_bool(value: Any) -> Optional[bool]:
    """A yes/no value from a bool, number or word (是/否, true/false…); None if unknown."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return bool(value)
    text = str(value).strip().lower()
    if text in TRUE_WORDS:
        return True
    return False if text in FALSE_WORDS else None


def as_number(value: Any) -> Optional[float]:
    """A number from a number or numeric text; None if it is not one."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def as_type(value: Any, kind: str) -> Any:
    """A value read as a declared attribute type (number, boolean, string); None if it does not fit."""
    if kind == "number":
        return as_number(value)
    if kind == "boolean":
        return as_bool(value)
    return None if value is None else str(value).strip()
