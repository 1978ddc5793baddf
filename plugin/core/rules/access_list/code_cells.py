"""Unit-code cells that cannot be used as read: a code a workbook stores as a number (its leading zeros or digits
lost, never written as a code; so is a code as text that reads as such a number, 1.30632E+10 or 101.0, as Excel
saves it in a CSV file) and codes with full-width letters or digits or white space inside them, kept as
written (they match no unit coded plainly) and named with the code as it is probably meant."""

import re
from typing import List, Optional, Tuple

from ...model.results import Reason
from .table import Table, at

# Full-width digits and Latin letters (U+FF10…) → their ASCII forms: only what a code is made of.
FULL_WIDTH = {chr(c): chr(c - 0xFEE0) for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}

# A number as Excel or OGR writes one: in scientific notation or with a decimal point and zeros (never a unit code).
FLOAT_LOOKING = re.compile(r"^\d+(?:[.．]\d+)?[eE][+-]?\d+$|^\d+[.．]0+$")
# A unit code (ZH, 6-digit administrative code, class digit, 4-digit sequence) followed by its unit's name in brackets
# or after white space; any code as written holds only letters, digits and - _ . /.
NAME_IN_BRACKETS = r"[ \t\u3000]*[（(【\[][^（()）【】\[\]]*[\u4e00-\u9fff][^（()）【】\[\]]*[）)】\]]"
NAME_AFTER_SPACE = r"[ \t\u3000]+[^ \t\u3000]*[\u4e00-\u9fff].*"
CODE_AND_NAME = re.compile(rf"^([A-Z]{{2}}\d{{11}})(?:{NAME_IN_BRACKETS}|{NAME_AFTER_SPACE})$")
CODE_LIKE = re.compile(r"^[A-Za-z0-9_./-]+$")
NAME_TAKEN = (
    "Row {row}: the unit-code cell {value} writes the unit's name beside its code; the code {code} was taken.",
    "Row {row} of table {table}: the unit-code cell {value} writes the unit's name beside its code; the code {code} "
    "was taken.",
    "Row {row} of sheet {sheet}: the unit-code cell {value} writes the unit's name beside its code; the code {code} "
    "was taken.")
UNLIKE_A_CODE = (
    "Row {row}: {value} in the unit-code column does not look like a unit code (such as ZH13062930001); it was kept "
    "as written, so its rules apply only to a unit coded exactly so. Write the unit's code alone in the list and "
    "import again.",
    "Row {row} of table {table}: {value} in the unit-code column does not look like a unit code (such as "
    "ZH13062930001); it was kept as written, so its rules apply only to a unit coded exactly so. Write the unit's "
    "code alone in the list and import again.",
    "Row {row} of sheet {sheet}: {value} in the unit-code column does not look like a unit code (such as "
    "ZH13062930001); it was kept as written, so its rules apply only to a unit coded exactly so. Write the unit's "
    "code alone in the list and import again.")


def number_code(code: str, cell: Tuple[int, int], table: Table, row: int) -> Optional[Reason]:
    """The warning for a unit-code cell (row index, column) the workbook stores as a number, or whose text reads as a
    number Excel wrote; None for a code."""
    if cell not in table.numbers:
        return _float_looking(code, table, row)
    template = ("Row {row}: the unit code {value} is stored as a number in the workbook, so its leading zeros or "
                "digits may be lost; the row was not imported. Format the unit-code column as text in Excel, type "
                "the codes as published and import again.")
    return at(table, {"row": row, "value": code}, template, template,
              "Row {row} of sheet {sheet}: the unit code {value} is stored as a number in the workbook, so its "
              "leading zeros or digits may be lost; the row was not imported. Format the unit-code column as text in "
              "Excel, type the codes as published and import again.")


def _float_looking(code: str, table: Table, row: int) -> Optional[Reason]:
    """The warning for a code cell naming a code written as a number (1.30632E+10, 101.0); None otherwise."""
    if not any(FLOAT_LOOKING.match(part) for part in unit_codes(code)):
        return None
    return at(table, {"row": row, "value": code},
              "Row {row}: the unit code {value} is written as a number (as Excel saves a code column formatted as a "
              "number), so its leading zeros or digits may be lost; the row was not imported. Format the unit-code "
              "column as text in Excel, type the codes as published and save the list again.",
              "Row {row} of table {table}: the unit code {value} is written as a number (as Excel saves a code column "
              "formatted as a number), so its leading zeros or digits may be lost; the row was not imported. Format "
              "the unit-code column as text in Excel, type the codes as published and save the list again.",
              "Row {row} of sheet {sheet}: the unit code {value} is written as a number (as Excel saves a code column "
              "formatted as a number), so its leading zeros or digits may be lost; the row was not imported. Format "
              "the unit-code column as text in Excel, type the codes as published and save the list again.")


def named_code(cell: str) -> str:
    """The code cell with each code written with its unit's name ("ZH13062930001（容城县一般管控单元1）",
    "ZH13062930001 容城县…") as its code alone; every other part as written."""
    return "、".join(_taken(part) or part for part in unit_codes(cell)) if _named(cell) else cell


def _named(cell: str) -> bool:
    return any(_taken(part) for part in unit_codes(cell))


def _taken(part: str) -> str:
    """The code a part clearly begins with when the unit's name follows it in brackets or after a space; else ''."""
    found = CODE_AND_NAME.match(part)
    return found.group(1) if found else ""


def code_cell_warnings(cell: str, table: Table, row: int) -> List[Reason]:
    """A warning for each code taken from beside its unit's name and for each part unlike a code (kept as written);
    then those for the codes with full-width characters or spaces inside."""
    out, plain = [], []
    for part in unit_codes(cell):
        if _taken(part):
            out.append(at(table, {"row": row, "value": part, "code": _taken(part)}, *NAME_TAKEN))
        elif not CODE_LIKE.match(plain_code(part)):
            out.append(at(table, {"row": row, "value": part}, *UNLIKE_A_CODE))
        else:
            plain.append(part)
    return out + unusual_codes(plain, table, row)


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


def unit_codes(cell: str) -> List[str]:
    """The unit codes a code cell names: one, or several separated by 、 , ; or line breaks (each kept as written)."""
    return [code.strip() for code in re.split(r"[、,，;；\n\r]", cell) if code.strip()]


def plain_code(code: str) -> str:
    """The code with its full-width digits and letters in ASCII and the white space inside it left out."""
    return "".join(FULL_WIDTH.get(c, c) for c in code if not c.isspace())
