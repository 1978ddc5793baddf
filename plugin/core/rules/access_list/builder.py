"""The rules of an access-list table, row by row, with ids kept unique and stable, and the result of an
import (the YAML, the columns used and not used, warnings)."""

import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Set, Tuple

from ...model.results import Listed, Reason
from ...model.vocab import DIMENSIONS
from .clauses import numbers_out_of_sequence, split_clauses
from .code_cells import code_cell_warnings, named_code, number_code, unit_codes
from .empty_marks import empty_summary, is_empty_mark, mark_place
from .header import UNPLACED, ColumnUse, Header, classify, describe_columns, find_header, is_combined, is_long
from .headings import split_dimensions, unplaced_text, unplaced_warning
from .report import ROLE_WORDS, column_reasons
from .table import Table, at

ID_SUFFIX = {"spatial_layout": "SL", "pollutant_emission": "PE", "risk_prevention": "RP", "resource_efficiency": "RE"}


@dataclass
class ImportResult:
    """The generated rule-set YAML and what happened on the way (the columns used and not used)."""

    yaml_text: str = ""
    rule_count: int = 0
    unit_count: int = 0
    unit_codes: List[str] = field(default_factory=list)  # every unit code the rules name, sorted
    mapping: Dict[str, str] = field(default_factory=dict)
    columns: List[Tuple[int, ColumnUse]] = field(default_factory=list)  # (table number or 0, column)
    sheets: Dict[int, str] = field(default_factory=dict)  # table number → sheet name (a workbook of several)
    errors: List[Reason] = field(default_factory=list)
    warnings: List[Reason] = field(default_factory=list)
    summary: List[Reason] = field(default_factory=list)  # what the import's summary adds (cells read as empty)

    def column_report(self) -> List[Reason]:
        """One sentence per column of each table read: its role, not imported, or not placed."""
        out: List[Reason] = []
        for table in sorted({number for number, _use in self.columns}):
            uses = [use for number, use in self.columns if number == table]
            out += column_reasons(uses, table, self.sheets.get(table, ""))
        return out


class Builder:
    """Rules from the data rows of one or more tables, with the ids kept unique and stable."""

    def __init__(self, path: str, words: Dict[str, Tuple[str, ...]], given: Dict[str, str]) -> None:
        self.path, self.words, self.given = path, words, given
        self.result = ImportResult()
        self.rules: List[Dict[str, Any]] = []
        self.seen: Dict[str, int] = {}  # a code cell's text → how often it began a unit's rows
        self.units: Set[str] = set()  # every unit code the rules name
        self.stems: Dict[str, str] = {}
        self.stem = ""  # the rule-id stem of the current row's unit
        self.ids: Set[str] = set()
        self.header: Optional[Header] = None
        self.last: Tuple[str, str] = ("", "")  # the code and name of the previous row's unit
        self.above: Tuple[str, str, str] = ("", "", "")  # the code, name and (one row per dimension) dimension
        # of the row directly above (none after a header)
        # the last row's texts, its first rule's index, its warnings on how its cells were split, its first empty mark
        self.tail: Optional[Tuple[Dict[str, str], int, List[Reason], int]] = None
        self.empty: List[Reason] = []  # where a cell held only a mark for no requirement (/, —, 无)

    def finish(self) -> None:
        """Add the summary's sentence on the cells read as empty."""
        self.result.summary = empty_summary(self.empty)

    def add_table(self, table: Table, several: bool) -> None:
        """The rules of one table: its own header, or the previous table's when it continues it."""
        self.result.warnings += table.warnings
        found = find_header(table.rows, self.words, self.given)
        if found is not None:
            if self.header is None or found.labels != self.header.labels or table.sheet:  # each sheet's columns
                self._report(found, table)
            self.header, start, self.above = found, found.start, ("", "")
        elif self.header is not None and several and not table.sheet and _width(table.rows) <= len(self.header.labels):
            start = -1  # the previous Word table goes on: its last row is directly above, maybe split
        else:
            self.above = ("", "", "")
            if several:
                self.result.warnings.append(at(
                    table, {"file": self.path}, "",
                    "Table {table} of {file} has no header the importer recognises and was not imported.",
                    "Sheet {sheet} of {file} has no header the importer recognises and was not imported."))
            return
        split, start = start < 0, max(start, 0)
        for index, row in enumerate(table.rows[start:], start=start):
            if self.header.repeats(row):
                self.above = ("", "", "")
            else:
                merged = {column for at, column in table.merged if at == index}
                self._row(row, table, table.first_row + index, split and index == 0, merged)

    def _report(self, header: Header, table: Table) -> None:
        """Record the columns of a new header; warn about each requirement column not placed."""
        columns = describe_columns(header, table.rows[header.start:], self.words)
        number = table.number
        self.result.columns += [(number, use) for use in columns]
        if table.sheet:
            self.result.sheets[number] = table.sheet
        if not self.result.mapping:
            self.result.mapping = {role: header.labels[index] for role, index in header.roles.items()}
        for use, reason in zip(columns, column_reasons(columns, number, table.sheet)):
            if use.status == UNPLACED:
                self.result.warnings.append(reason)

    def _row(self, row: List[str], table: Table, number: int, split: bool = False, merged: Set[int] = frozenset()
             ) -> None:
        """The rules of one data row: a unit, or (one row per dimension) one dimension of a unit; ``split``:
        the first row of a table that goes on from the one before; ``merged``: the columns whose cell continues
        the cell above (merged down)."""
        column, long = self.header.roles, is_long(self.header)
        cells = row + [""] * (len(self.header.labels) - len(row))
        written = cells[column["code"]].strip()
        code = named_code(written)  # a code written with its unit's name: the code
        name = cells[column["name"]].strip() if "name" in column else ""
        known = bool(code) and column["code"] in merged and code == self.above[0]  # the code cell merged down
        joined = known or (not code and self._continues(cells, name))
        split = joined and split and not long and self.tail is not None
        if joined and not known:
            code, name = self.above[0], name or self.above[1]  # the unit's code cell merged down (or split off)
            if not long:
                self.result.warnings.append(self._joined(number, table, code, split))
        if not code:
            self.above = ("", "", "")
            if any(c.strip() for c in cells):
                self.result.warnings.append(at(
                    table, {"row": number}, "Row {row} has no unit code and was skipped.",
                    "Row {row} of table {table} has no unit code and was skipped.",
                    "Row {row} of sheet {sheet} has no unit code and was skipped."))
            return
        if not joined and self._stored_as_number(code, column["code"], table, number):
            return
        if not joined and self._not_a_unit(code, cells, table, number):
            self.above = ("", "", "")
            return
        self.above = (code, name, self.above[2] if self.above[0] == code else "")
        if not joined and (not long or code != self.last[0]):
            self._new_unit(code, number, table, written)
        self.last = (code, name)
        stem = self.stem = _stem("_".join(unit_codes(code)), self.seen[code], self.stems)
        if joined and merged:
            cells = self._unread(cells, merged)
        texts = self._texts(cells, table, number)
        if split:
            texts = self._rest_of_split_row(texts)
        said: List[Reason] = []
        self.tail = None if long else (texts, len(self.rules), said, len(self.empty))
        for dimension, text in self._pieces(texts, table, number, said):
            if is_empty_mark(text):
                self.empty.append(mark_place(table, number, dimension))
                continue
            said += _numbers_out_of_sequence(text, dimension, table, number)
            for clause, words in split_clauses(text) if text else []:
                self.rules.append(self._rule(code, name, dimension, words, f"{stem}-{ID_SUFFIX[dimension]}", clause))
        self.result.warnings += said

    def _texts(self, cells: List[str], table: Table, number: int) -> Dict[str, str]:
        """Dimension → text of a row (one requirement cell holding every dimension: 'requirement' → its text)."""
        if is_long(self.header):
            return self._long_texts(cells, table, number)
        if is_combined(self.header):
            return {"requirement": cells[self.header.roles["requirement"]].strip()}
        return self._wide_texts(cells, table, number)

    def _pieces(self, texts: Dict[str, str], table: Table, number: int, said: List[Reason]) -> List[Tuple[str, str]]:
        """(dimension, text) of each piece of a row: a requirement cell holding every dimension split at its headings,
        the text under no dimension heading made a rule of its own for a person to place (named in ``said``)."""
        if "requirement" not in texts:
            return list(texts.items())
        parts = split_dimensions(texts["requirement"], self.words)
        if len(parts) == 1 and not parts[0].dimension and is_empty_mark(parts[0].text):
            return [("requirement", parts[0].text)]
        out = []
        for part in parts:
            if part.dimension:
                out.append((part.dimension, part.text))
            elif not is_empty_mark(part.text):
                rule = self._rule(*self.last, DIMENSIONS[0], unplaced_text(part), f"{self.stem}-UNPLACED", "")
                self.rules.append(rule)
                said.append(unplaced_warning(part, len(parts) == 1, rule["id"], table, number, self.path))
        return out

    def _new_unit(self, code: str, row: int, table: Table, written: str) -> None:
        """Count a code cell that begins a unit's rows; name a unit seen before, a cell naming several and a cell not
        holding codes alone (as ``written``)."""
        values = {"code": code, "row": row}
        if code in self.seen:
            self.result.warnings.append(at(
                table, values, "Unit {code} appears again in row {row}; its rules were added with a numbered id.",
                "Unit {code} appears again in row {row}; its rules were added with a numbered id.",
                "Unit {code} appears again in row {row} of sheet {sheet}; its rules were added with a numbered id."))
        self.seen[code] = self.seen.get(code, 0) + 1
        codes = unit_codes(code)
        self.units.update(codes)
        self.result.warnings += code_cell_warnings(written, table, row)
        if len(codes) > 1:
            values["codes"] = Listed(tuple(codes))
            self.result.warnings.append(at(
                table, values, "Row {row} names several units in its unit-code cell ({codes}); each of its rules "
                "applies to all of them.",
                "Row {row} of table {table} names several units in its unit-code cell ({codes}); each of its rules "
                "applies to all of them.",
                "Row {row} of sheet {sheet} names several units in its unit-code cell ({codes}); each of its rules "
                "applies to all of them."))

    def _stored_as_number(self, code: str, column: int, table: Table, number: int) -> bool:
        """Whether the code cell is a number in the workbook (its leading zeros or digits lost), named in a warning."""
        warning = number_code(code, (number - table.first_row, column), table, number)
        if warning is not None:
            self.above = ("", "", "")
            self.result.warnings.append(warning)
        return warning is not None

    def _not_a_unit(self, code: str, cells: List[str], table: Table, number: int) -> bool:
        """Whether a code cell is no unit's code, named in a warning: a code without a digit (/, —, 全市, 一般管控单元)
        or a heading across the row (its text in a requirement cell too, a cell spanning the table)."""
        roles = self.header.roles
        texts = {cells[roles[d]].strip() for d in ("requirement", *DIMENSIONS) if d in roles}
        if code not in texts and all(re.search(r"\d", part) for part in unit_codes(code)):
            return False
        self.result.warnings.append(at(
            table, {"row": number, "value": code},
            "Row {row}: {value} in the unit-code column is not a unit code; the row was not imported. Add its "
            "requirements to the rule set by hand if they apply (such as general or category-level rules).",
            "Row {row} of table {table}: {value} in the unit-code column is not a unit code; the row was not imported. "
            "Add its requirements to the rule set by hand if they apply (such as general or category-level rules).",
            "Row {row} of sheet {sheet}: {value} in the unit-code column is not a unit code; the row was not imported. "
            "Add its requirements to the rule set by hand if they apply (such as general or category-level rules)."))
        return True

    def _continues(self, cells: List[str], name: str) -> bool:
        """Whether a row without a code goes on with the unit directly above: it has requirement text and
        names no other unit."""
        roles = self.header.roles
        texts = [cells[roles[d]] for d in ("requirement", *DIMENSIONS) if d in roles]
        return bool(self.above[0]) and any(t.strip() for t in texts) and name in ("", self.above[1])

    def _unread(self, cells: List[str], merged: Set[int]) -> List[str]:
        """A further row of the unit above without the cells merged down from that row, whose text was read there;
        a requirement merged down to a row of another dimension (one row per dimension) is that dimension's too."""
        roles, keep = self.header.roles, set()
        if is_long(self.header):
            value = cells[roles["dimension"]].strip()
            if value and dimensions_named(value, self.words) != [self.above[2]]:
                keep.add(roles["requirement"])
        return ["" if i in merged and i not in keep else cell for i, cell in enumerate(cells)]

    def _rest_of_split_row(self, texts: Dict[str, str]) -> Dict[str, str]:
        """Each cell of the row the previous table ends with, its rest below it; that row's rules are taken back, with
        its warnings on how its cells were split and its empty marks (the whole cell is read again)."""
        before, first, said, empty = self.tail
        for rule in self.rules[first:]:
            self.ids.discard(rule["id"])
        del self.rules[first:]
        del self.empty[empty:]
        self.result.warnings = [w for w in self.result.warnings if not any(w is n for n in said)]
        return {d: "\n".join(t for t in (before.get(d, ""), text) if t) for d, text in texts.items()}

    @staticmethod
    def _joined(row: int, table: Table, code: str, split: bool = False) -> Reason:
        """The report's line for a row read as a further row of the unit above (or the rest of its row)."""
        if split:
            return Reason("Row {row} of table {table} has no unit code; it was read as the rest of the row of unit "
                          "{code} that ends the table before (a row split across two tables).",
                          {"row": row, "table": table.number, "code": code})
        return at(table, {"row": row, "code": code},
                   "Row {row} has no unit code; it was read as a further row of unit {code} directly above it.",
                   "Row {row} of table {table} has no unit code; it was read as a further row of unit {code} "
                   "directly above it.",
                   "Row {row} of sheet {sheet} has no unit code; it was read as a further row of unit {code} "
                   "directly above it.")

    def _wide_texts(self, cells: List[str], table: Table, number: int) -> Dict[str, str]:
        """Dimension → text of a row with a column per dimension; a cell spanning several dimension columns is read
        once, as the first one's, and named in a warning."""
        roles, index = self.header.roles, number - table.first_row
        by_column = {roles[d]: d for d in DIMENSIONS if d in roles}
        spans: Dict[int, List[int]] = {}
        for column in sorted(by_column):
            start = column
            while (index, start) in table.spanned:
                start -= 1
            spans.setdefault(start if start in by_column else column, []).append(column)
        for first, columns in spans.items():
            if len(columns) > 1 and cells[first].strip():
                self.result.warnings.append(self._spanning(columns, by_column[first], table, number))
        return {d: cells[roles[d]].strip() for d in DIMENSIONS if d in roles and roles[d] in spans}

    def _spanning(self, columns: List[int], dimension: str, table: Table, number: int) -> Reason:
        """The warning for a requirement cell spanning several dimension columns, imported once."""
        headers = Listed(tuple(" ".join(self.header.labels[c].split()) for c in columns))
        return at(table, {"row": number, "headers": headers, "dimension": Reason(ROLE_WORDS[dimension])},
                  "Row {row}: one requirement cell spans the columns {headers}; it was imported once, as a rule of "
                  "{dimension}, not once for each column.",
                  "Row {row} of table {table}: one requirement cell spans the columns {headers}; it was imported once, "
                  "as a rule of {dimension}, not once for each column.",
                  "Row {row} of sheet {sheet}: one requirement cell spans the columns {headers}; it was imported once, "
                  "as a rule of {dimension}, not once for each column.")

    def _long_texts(self, cells: List[str], table: Table, number: int) -> Dict[str, str]:
        """Dimension → text of a row that names its dimension (an empty dimension cell of a unit's further row
        is the row above's, merged down); a dimension not understood is a warning."""
        value = cells[self.header.roles["dimension"]].strip() or self.above[2]
        text = cells[self.header.roles["requirement"]].strip()
        found = dimensions_named(value, self.words)
        self.above = (*self.above[:2], found[0] if len(found) == 1 else "")
        if not text:
            return {}
        if len(found) == 1:
            return {found[0]: text}
        values = {"row": number, "table": table.number, "value": value}
        self.result.warnings.append(at(
            table, values,
            "Row {row}: {value} in the dimension column is none of the four dimensions; the row was not imported.",
            "Row {row} of table {table}: {value} in the dimension column is none of the four dimensions; the row "
            "was not imported.",
            "Row {row} of sheet {sheet}: {value} in the dimension column is none of the four dimensions; the row "
            "was not imported.") if not found else at(
            table, values,
            "Row {row}: {value} in the dimension column names more than one of the four dimensions; the row was "
            "not imported.",
            "Row {row} of table {table}: {value} in the dimension column names more than one of the four "
            "dimensions; the row was not imported.",
            "Row {row} of sheet {sheet}: {value} in the dimension column names more than one of the four "
            "dimensions; the row was not imported."))
        return {}

    def _rule(self, code: str, name: str, dimension: str, text: str, base: str, clause: str) -> Dict[str, Any]:
        """One text rule; its id is the unit's stem, the dimension and the clause number, made unique."""
        rule_id = f"{base}-{clause}" if clause else base
        candidate, number = rule_id, 2
        while candidate in self.ids:
            candidate, number = f"{rule_id}.{number}", number + 1
        self.ids.add(candidate)
        rule: Dict[str, Any] = {"id": candidate, "level": "unit", "units": unit_codes(code), "dimension": dimension,
                                "effect": "text"}
        if name:
            rule["name"] = {"zh": name}
        rule["text"] = {"zh": text}
        return rule


def dimensions_named(value: str, words: Dict[str, Tuple[str, ...]]) -> List[str]:
    """The dimensions a dimension cell names: the one it spells exactly, else every one whose spelling it holds."""
    scores = {d: classify(value, {d: words[d]}) for d in DIMENSIONS}
    found = [d for d, (role, score) in scores.items() if role == d and score[0]]
    exact = [d for d in found if scores[d][1][0] == 2]
    return exact[:1] or found


def _numbers_out_of_sequence(text: str, dimension: str, table: Table, row: int) -> List[Reason]:
    """A warning naming a cell's clause numbers when some are out of order or repeated (read into the clause before)."""
    numbers = numbers_out_of_sequence(text)
    if not numbers:
        return []
    values = {"row": row, "dimension": Reason(ROLE_WORDS[dimension]), "numbers": Listed(tuple(numbers))}
    return [at(table, values,
               "Row {row}: the clause numbers of its {dimension} cell are {numbers}, not one after the other; a number "
               "out of order or repeated was read as part of the clause before it. Check how the cell was split into "
               "rules.",
               "Row {row} of table {table}: the clause numbers of its {dimension} cell are {numbers}, not one after "
               "the other; a number out of order or repeated was read as part of the clause before it. Check how the "
               "cell was split into rules.",
               "Row {row} of sheet {sheet}: the clause numbers of its {dimension} cell are {numbers}, not one after "
               "the other; a number out of order or repeated was read as part of the clause before it. Check how the "
               "cell was split into rules.")]


def _width(rows: List[List[str]]) -> int:
    """The number of columns that hold anything."""
    return max((i + 1 for row in rows for i, c in enumerate(row) if c.strip()), default=0)


def _stem(code: str, occurrence: int, stems: Dict[str, str]) -> str:
    """The rule-id stem of a unit: ASCII kept, other characters as uXXXX, unique among the units."""
    text = "".join(c if c.isascii() else f"u{ord(c):04X}" for c in code)
    stem = re.sub(r"[^A-Za-z0-9_.:-]", "_", text).lstrip("_.:-") or "unit"
    stem += f"-{occurrence}" if occurrence > 1 else ""
    base, number = stem, 2
    while stems.setdefault(stem, code) != code:
        stem, number = f"{base}.{number}", number + 1
    return stem


