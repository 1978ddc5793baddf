"""The column report of an import as sentences: every column used (with its role), ignored, or not placed."""

from typing import List

from ...model.results import Reason
from .header import UNPLACED, USED, ColumnUse, column_letter

ROLE_WORDS = {
    "code": "the unit code",
    "name": "the unit name",
    "category": "the unit category",
    "spatial_layout": "Spatial layout constraints",
    "pollutant_emission": "Pollutant emission control",
    "risk_prevention": "Environmental risk prevention",
    "resource_efficiency": "Resource use efficiency",
    "dimension": "the dimension of each row",
    "requirement": "the requirement text",
}


def where(use: ColumnUse, table: int, sheet: str = "") -> Reason:
    """'Column C (空间布局约束)', 'Table 2, column C (…)' or 'Sheet 西湖区, column C (…)'."""
    header = " ".join(use.label.split())
    values = {"column": column_letter(use.index), "header": header or Reason("no header"), "table": table}
    if sheet:
        return Reason("Sheet {sheet}, column {column} ({header})", {**values, "sheet": sheet})
    if table:
        return Reason("Table {table}, column {column} ({header})", values)
    return Reason("Column {column} ({header})", values)


def column_reason(use: ColumnUse, table: int, taken_by: str = "", sheet: str = "") -> Reason:
    """One column's sentence."""
    place = where(use, table, sheet)
    if use.status == USED:
        return Reason("{where} is read as {role}.", {"where": place, "role": Reason(ROLE_WORDS[use.role])})
    if use.status == UNPLACED and use.role:
        return Reason("{where} also reads as {role}, which column {other} gives already; it was not imported. "
                      "Give the column mapping if it is the one to use.",
                      {"where": place, "role": Reason(ROLE_WORDS[use.role]), "other": taken_by})
    if use.status == UNPLACED:
        return Reason("{where} looks like a requirement column but matches none of the four dimensions; it was "
                      "not imported. Map it (e.g. resource_efficiency={header}) or add its spelling under "
                      "Settings ▸ Options ▸ Zoning Review.", {"where": place, "header": " ".join(use.label.split())})
    return Reason("{where} is not imported.", {"where": place})


def column_reasons(columns: List[ColumnUse], table: int, sheet: str = "") -> List[Reason]:
    """The sentences of one table's (or sheet's) columns, in column order."""
    given = {use.role: column_letter(use.index) for use in columns if use.status == USED}
    return [column_reason(use, table, given.get(use.role, ""), sheet) for use in columns]

