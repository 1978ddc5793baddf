"""A value typed for a comparison: a finite number, yes/no, text, or a list for ``in``."""

from typing import Any, List, Union

from qgis.PyQt.QtWidgets import QLineEdit

from ...core.rules.attribute_values import value_rows
from ...core.rules.values import as_number, kind_of
from ...i18n import list_separator, tr
from ..labels import pick_label

Scalar = Union[float, int, str, bool]
ORDER = ("<", "<=", ">", ">=")


class ValueEdit(QLineEdit):
    """A line edit for a value; a list for ``in`` is written with commas."""

    def __init__(self, parent, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setPlaceholderText(tr("A number, or text; several values separated by commas for 'in'"))

    def set_value(self, value: Any) -> None:
        """Show a value (a list joined by commas)."""
        listed = value if isinstance(value, list) else [value]
        self.setText(", ".join(value_text(v) for v in listed if v is not None))


def value_text(value: Any) -> str:
    """A value as the edits show it: a whole float without its point."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def parse_value(text: str, op: str, codes: bool = False, texts: bool = False) -> Union[Scalar, List[Scalar]]:
    """The value typed: numbers as numbers, the rest as text; a list for ``in``; ValueError when empty. With
    ``codes`` (a unit rule's ==, != and in), a number not written plainly (0313, 1.50) stays text, a code; with
    ``texts`` (a text attribute's), every value stays text as typed (0313 and 313 alike)."""
    parts = [p.strip() for p in (text.replace("，", ",").split(",") if op == "in" else [text]) if p.strip()]
    if not parts:
        raise ValueError(tr("Give a value."))
    values = [p if texts or (codes and op not in ORDER and kind_of(p) == "code") else _scalar(p) for p in parts]
    if op in ORDER and not all(isinstance(v, (int, float)) for v in values):
        raise ValueError(tr("“{text}” is not a number; less than, at most, more than and at least compare "
                            "numbers.").format(text=text))
    return values if op == "in" else values[0]


def parse_distance(text: str) -> Union[int, float]:
    """A distance typed in metres (``500``, ``0.25``, ``1500000 m``), exactly as typed; ValueError when it is not a
    finite number greater than 0 (the schema's only limits)."""
    number = as_number(text, ("m", "米"))
    if number is None:
        raise ValueError(tr("“{text}” is not a distance: give a number of metres, e.g. 500 or 0.5.").format(
            text=text.strip()))
    if number <= 0:
        raise ValueError(tr("Give a distance greater than 0 m."))
    return int(number) if number.is_integer() else number


def _scalar(text: str) -> Scalar:
    """A number when the plugin reads the text as one (as it reads a project's values: no underscores, thousands
    separators, NaN or infinities), else the text."""
    number = as_number(text)
    if number is None:
        return text
    return int(number) if number.is_integer() and "." not in text else number


def declared_values_words(declaration: Any) -> str:
    """A text attribute's declared values as the picker names them, ``label (id)`` each ('' without values)."""
    rows = value_rows(declaration) if isinstance(declaration, dict) and declaration.get("type") == "string" else ()
    return list_separator().join(f"{pick_label(row.zh, row.en, row.id)} ({row.id})" for row in rows)
