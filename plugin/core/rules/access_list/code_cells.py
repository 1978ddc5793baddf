"""Unit-code cells that cannot be used as read: a code a workbook stores as a number (its leading zeros or digits
lost, never written as a code) and codes with full-width letters or digits or white space inside them, kept as
written (they match no unit coded plainly) and named with the code as it is probably meant."""

from typing import List, Optional, Tuple

from ...model.results import Reason
from .table import Table, at

# Full-width digits and Latin letters (U+FF10…) → their ASCII forms: only what a code is made of.
FULL_WIDTH = {chr(c): chr(c - 0xFEE0) for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}


def number_code(code: str, cell: Tuple[int, int], table: Table, row: int) -> Optional[Reason]:
    """The warning for a unit-code cell (row index, column) the workbook stores as a number; None for text."""
    if cell not in table.numbers:
        return None
    template = ("Row {row}: the unit code {value} is stored as a number in the workbook, so its leading zeros or "
                "digits may be lost; the row was not imported. Format the unit-code column as text in Excel, type "
                "the codes as published and import again.")
    return at(table, {"row": row, "value": code}, template, template,
              "Row {row} of sheet {sheet}: the unit code {value} is stored as a number in the workbook, so its "
              "leading zeros or digits may be lost; the row was not imported. Format the unit-code column as text in "
              "Excel, type the codes as published and import again.")


def unusual_codes(codes: List[str], table: Table, row: int) -> List[Reason]:
    """A warning for each code with full-width letters or digits or white space inside, naming it written plainly."""
    return [at(table, {"row": row, "code": code, "plain": plain_code(code)},
               "Row {row}: the unit code {code} has full-width characters or spaces inside it, so it matches no unit "
               "coded in plain letters and digits; it was kept as written. If it is {plain}, correct the list and "
               "import again.",
               "Row {row} of table {table}: the unit code {code} has full-width characters or spaces inside it, so it "
               "matches no unit coded in plain letters and digits; it was kept as written. If it is {plain}, correct "
               "the list and import again.",
               "Row {row} of sheet {sheet}: the unit code {code} has full-width characters or spaces inside it, so it "
               "matches no unit coded in plain letters and digits; it was kept as written. If it is {plain}, correct "
               "the list and import again.")
            for code in codes if plain_code(code) != code]


def plain_code(code: str) -> str:
    """The code with its full-width digits and letters in ASCII and the white space inside it left out."""
    return "".join(FULL_WIDTH.get(c, c) for c in code if not c.isspace())
