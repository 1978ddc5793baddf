"""Turn a published access-list table (xlsx/ods/csv through OGR, or the tables of a .docx) into a rule
set of text rules, saying which column was used for what and which were not imported."""

import datetime
import os
import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Set, Tuple

import yaml

from ...i18n import tr
from ..model.results import Reason
from ..model.vocab import DIMENSIONS
from .access_list.clauses import split_clauses
from .access_list.header import (
    UNPLACED,
    USED,
    ColumnUse,
    Header,
    classify,
    describe_columns,
    find_header,
    is_long,
    match_roles,
    missing_mapped,
)
from .access_list.report import column_reasons
from .access_list.synonyms import parse_extra, role_of, spellings
from .access_list.table import Table, read_tables
from .loader import load_ruleset
from .messages import LoadResult

ID_SUFFIX = {"spatial_layout": "SL", "pollutant_emission": "PE", "risk_prevention": "RP", "resource_efficiency": "RE"}


@dataclass
class ImportResult:
    """The generated rule-set YAML and what happened on the way (the columns used and not used)."""

    yaml_text: str = ""
    rule_count: int = 0
    unit_count: int = 0
    mapping: Dict[str, str] = field(default_factory=dict)
    columns: List[Tuple[int, ColumnUse]] = field(default_factory=list)  # (table number or 0, column)
    errors: List[Reason] = field(default_factory=list)
    warnings: List[Reason] = field(default_factory=list)

    def column_report(self) -> List[Reason]:
        """One sentence per column of each table read: its role, not imported, or not placed."""
        out: List[Reason] = []
        for table in sorted({number for number, _use in self.columns}):
            out += column_reasons([use for number, use in self.columns if number == table], table)
        return out


def detect_mapping(headers: List[str]) -> Dict[str, str]:
    """Role (code, name, category, each dimension) → header, from the published spellings."""
    roles = match_roles(headers, spellings({}), {}) or {}
    return {role: headers[index] for role, index in roles.items()}


def import_access_list(
    path: str,
    mapping: Optional[Dict[str, str]] = None,
    metadata: Optional[Dict[str, Any]] = None,
    sheet: Optional[str] = None,
    extra_spellings: str = "",
) -> ImportResult:
    """Read a table of units and their prose per dimension and build a rule-set YAML text.

    ``mapping`` gives some columns (role or its Chinese name → header); the others are detected.
    ``extra_spellings`` adds header spellings (the setting, one role a line).
    """
    extra, warnings = parse_extra(extra_spellings)
    given, errors = _resolve(mapping or {})
    tables, read_errors = read_tables(path, sheet) if not errors else ([], [])
    if errors or read_errors:
        return ImportResult(errors=errors + read_errors, warnings=warnings)
    builder = _Builder(path, spellings(extra), given)
    builder.result.warnings = warnings
    for table in tables:
        builder.add_table(table, len(tables) > 1)
    result = builder.result
    if not result.mapping:
        result.errors = _no_header(path, tables, given)
        return result
    result.unit_count = len(builder.seen)
    result.rule_count = len(builder.rules)
    document = {"format": "zoning-review-rules/1", "metadata": _metadata(path, metadata or {}), "rules": builder.rules}
    result.yaml_text = _dump(path, result, document)
    return result


def _resolve(mapping: Dict[str, str]) -> Tuple[Dict[str, str], List[Reason]]:
    """The user's mapping with its keys as role ids; an error for each key that names no role."""
    given, errors = {}, []
    for name, header in mapping.items():
        role = role_of(name)
        if role is None:
            errors.append(Reason("{role} in the column mapping is not a column role: use code, name, category, "
                                 "spatial_layout, pollutant_emission, risk_prevention or resource_efficiency "
                                 "(or 单元编码, 空间布局约束 …).", {"role": name}))
        else:
            given[role] = header
    return given, errors


def _no_header(path: str, tables: List[Table], given: Dict[str, str]) -> List[Reason]:
    """Why no table was read: a mapped header the file lacks, or no recognisable header at all."""
    rows = [row for table in tables for row in table.rows[:20]]
    missing = missing_mapped(rows, given)
    if missing:
        return [Reason("The column {header} given for {role} is not in the first rows of {file}.",
                       {"header": header, "role": role, "file": path}) for role, header in missing]
    return [Reason("No header row with a unit-code column and a dimension column was found in {file}; "
                   "give the column mapping (code=…; spatial_layout=…).", {"file": path})]


class _Builder:
    """Rules from the data rows of one or more tables, with the ids kept unique and stable."""

    def __init__(self, path: str, words: Dict[str, Tuple[str, ...]], given: Dict[str, str]) -> None:
        self.path, self.words, self.given = path, words, given
        self.result = ImportResult()
        self.rules: List[Dict[str, Any]] = []
        self.seen: Dict[str, int] = {}
        self.stems: Dict[str, str] = {}
        self.ids: Set[str] = set()
        self.header: Optional[Header] = None
        self.last: Tuple[str, str] = ("", "")  # the code and name of the previous row's unit

    def add_table(self, table: Table, several: bool) -> None:
        """The rules of one table: its own header, or the previous table's when it continues it."""
        found = find_header(table.rows, self.words, self.given)
        if found is not None:
            if self.header is None or found.labels != self.header.labels:
                self._report(found, table)
            self.header, start = found, found.start
        elif self.header is not None and several and _width(table.rows) <= len(self.header.labels):
            start = 0
        else:
            if several:
                self.result.warnings.append(Reason(
                    "Table {table} of {file} has no header the importer recognises and was not imported.",
                    {"table": table.number, "file": self.path}))
            return
        labels = [" ".join(c.split()) for c in self.header.labels]
        for index, row in enumerate(table.rows[start:], start=start):
            if [" ".join(c.split()) for c in row] != labels:
                self._row(row, table, table.first_row + index)

    def _report(self, header: Header, table: Table) -> None:
        """Record the columns of a new header; warn about each requirement column not placed."""
        columns = describe_columns(header, table.rows[header.start:], self.words)
        number = table.number
        self.result.columns += [(number, use) for use in columns]
        if not self.result.mapping:
            self.result.mapping = {role: header.labels[index] for role, index in header.roles.items()}
        for use, reason in zip(columns, column_reasons(columns, number)):
            if use.status == UNPLACED:
                self.result.warnings.append(reason)

    def _row(self, row: List[str], table: Table, number: int) -> None:
        """The rules of one data row: a unit, or (one row per dimension) one dimension of a unit."""
        column, long = self.header.roles, is_long(self.header)
        cells = row + [""] * (len(self.header.labels) - len(row))
        code = cells[column["code"]].strip()
        name = cells[column["name"]].strip() if "name" in column else ""
        if not code and long and self.last[0] and cells[column["requirement"]].strip():
            code, name = self.last[0], name or self.last[1]  # the unit's code cell merged down its rows
        if not code:
            if any(c.strip() for c in cells):
                self.result.warnings.append(
                    Reason("Row {row} of table {table} has no unit code and was skipped.",
                           {"row": number, "table": table.number}) if table.number
                    else Reason("Row {row} has no unit code and was skipped.", {"row": number}))
            return
        if not long or code != self.last[0]:
            if code in self.seen:
                self.result.warnings.append(Reason(
                    "Unit {code} appears again in row {row}; its rules were added with a numbered id.",
                    {"code": code, "row": number}))
            self.seen[code] = self.seen.get(code, 0) + 1
        self.last = (code, name)
        stem = _stem(code, self.seen[code], self.stems)
        texts = self._long_texts(cells, table, number) if long else {
            d: cells[column[d]].strip() for d in DIMENSIONS if d in column}
        for dimension, text in texts.items():
            for clause, words in split_clauses(text) if text else []:
                self.rules.append(self._rule(code, name, dimension, words, f"{stem}-{ID_SUFFIX[dimension]}", clause))

    def _long_texts(self, cells: List[str], table: Table, number: int) -> Dict[str, str]:
        """Dimension → text of a row that names its dimension; a dimension not understood is a warning."""
        value = cells[self.header.roles["dimension"]].strip()
        text = cells[self.header.roles["requirement"]].strip()
        if not text:
            return {}
        dimension, score = classify(value, {d: self.words[d] for d in DIMENSIONS})
        if dimension and score[0]:
            return {dimension: text}
        values = {"row": number, "table": table.number, "value": value}
        self.result.warnings.append(
            Reason("Row {row} of table {table}: {value} in the dimension column is none of the four "
                   "dimensions; the row was not imported.", values) if table.number
            else Reason("Row {row}: {value} in the dimension column is none of the four dimensions; the row "
                        "was not imported.", values))
        return {}

    def _rule(self, code: str, name: str, dimension: str, text: str, base: str, clause: str) -> Dict[str, Any]:
        """One text rule; its id is the unit's stem, the dimension and the clause number, made unique."""
        rule_id = f"{base}-{clause}" if clause else base
        candidate, number = rule_id, 2
        while candidate in self.ids:
            candidate, number = f"{rule_id}.{number}", number + 1
        self.ids.add(candidate)
        rule: Dict[str, Any] = {"id": candidate, "level": "unit", "units": [code], "dimension": dimension,
                                "effect": "text"}
        if name:
            rule["name"] = {"zh": name}
        rule["text"] = {"zh": text}
        return rule


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


def _metadata(path: str, given: Dict[str, Any]) -> Dict[str, Any]:
    stem = os.path.splitext(os.path.basename(path))[0]
    safe_id = re.sub(r"[^A-Za-z0-9_.-]", "-", stem).strip("-.") or "imported"
    meta = {
        "id": safe_id if safe_id[0].isalnum() else f"x{safe_id}",
        "title": {"zh": stem},
        "version": "1",
        "authority": {"zh": "（待填写：发布机关）", "en": "(to fill in: issuing authority)"},
        "effective": datetime.date.today().isoformat(),
        "region": {"zh": "（待填写：适用区域）", "en": "(to fill in: region)"},
    }
    meta.update(given)
    return meta


def _dump(path: str, result: ImportResult, document: Dict[str, Any]) -> str:
    """The YAML text, headed by comments naming the source, the columns used and those not imported."""
    def label(use: ColumnUse) -> str:
        return " ".join(use.label.split()) or "-"

    used = ", ".join(f"{use.role}={label(use)}" for _n, use in result.columns if use.status == USED)
    unused = ", ".join(label(use) for _n, use in result.columns if use.status != USED)
    head = (
        f"# Imported from {os.path.basename(path)} by Zoning Review.\n"
        f"# Column mapping: {used}\n"
        + (f"# Columns not imported: {unused}\n" if unused else "")
        + "# Every rule is text-only: add machine conditions (when:, except:, only_if:) gradually.\n"
    )
    return head + yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=4096)


def write_yaml(result: ImportResult, out_path: str) -> LoadResult:
    """Write the generated YAML (UTF-8) only if it loads as a rule set; nothing is left behind otherwise."""
    part = f"{out_path}.part"
    try:
        with open(part, "w", encoding="utf-8") as handle:
            handle.write(result.yaml_text)
        check = load_ruleset(part)
        if check.ruleset is not None:
            os.replace(part, out_path)
        return check
    finally:
        if os.path.exists(part):
            os.remove(part)


def reason_templates() -> List[str]:
    """Every message template of the importer (this module and access_list/), for the string extractor."""
    return [
        tr(
            "No header row with a unit-code column and a dimension column was found in {file}; "
            "give the column mapping (code=…; spatial_layout=…)."
        ),
        tr("The file {file} does not exist."),
        tr("{file} cannot be opened as a table (xlsx, ods, csv or docx)."),
        tr("{file} has no sheet {sheet}; its sheets are: {sheets}."),
        tr("{file} is neither UTF-8 nor GBK text; save it as CSV in UTF-8."),
        tr("{file} cannot be read as a Word document: {error}"),
        tr("The Word document {file} has no table."),
        tr("Reading Word documents needs python-docx 1.0 or later; QGIS's Python has version {version} at {path}."),
        tr("Table {table} of {file} has no header the importer recognises and was not imported."),
        tr("Row {row} has no unit code and was skipped."),
        tr("Row {row} of table {table} has no unit code and was skipped."),
        tr("Unit {code} appears again in row {row}; its rules were added with a numbered id."),
        tr("Row {row} of table {table}: {value} in the dimension column is none of the four dimensions; the row "
           "was not imported."),
        tr("Row {row}: {value} in the dimension column is none of the four dimensions; the row was not imported."),
        tr("the dimension of each row"),
        tr("the requirement text"),
        tr("{role} in the column mapping is not a column role: use code, name, category, "
           "spatial_layout, pollutant_emission, risk_prevention or resource_efficiency "
           "(or 单元编码, 空间布局约束 …)."),
        tr("The column {header} given for {role} is not in the first rows of {file}."),
        tr("Line {line} of the column spellings does not start with a known column "
           "(e.g. 空间布局约束: 布局管控, 空间准入): {text}"),
        tr("Table {table}, column {column} ({header})"),
        tr("Column {column} ({header})"),
        tr("no header"),
        tr("{where} is read as {role}."),
        tr("{where} also reads as {role}, which column {other} gives already; it was not imported. "
           "Give the column mapping if it is the one to use."),
        tr("{where} looks like a requirement column but matches none of the four dimensions; it was "
           "not imported. Map it (e.g. resource_efficiency={header}) or add its spelling under "
           "Settings ▸ Options ▸ Zoning Review."),
        tr("{where} is not imported."),
        tr("the unit code"),
        tr("the unit name"),
        tr("the unit category"),
        tr("Spatial layout constraints"),
        tr("Pollutant emission control"),
        tr("Environmental risk prevention"),
        tr("Resource use efficiency"),
    ]

