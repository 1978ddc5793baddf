"""Turn a published access-list table (xlsx/ods/csv through OGR, or the tables of a .docx) into a rule
set of text rules, saying which column was used for what and which were not imported."""

import datetime
import os
import re
from typing import Any, Dict, List, Optional, Tuple

import yaml

from ...i18n import tr
from ..backups import replace_keeping_backup
from ..model.results import Reason
from ..part_files import part_file
from .access_list.builder import Builder, ImportResult
from .access_list.header import USED, ColumnUse, match_roles, missing_mapped
from .access_list.synonyms import parse_extra, role_of, spellings
from .access_list.table import Table, read_tables
from .loader import load_ruleset
from .messages import LoadResult


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
    builder = Builder(path, spellings(extra), given)
    builder.result.warnings = warnings
    for table in tables:
        builder.add_table(table, len(tables) > 1)
    builder.finish()
    result = builder.result
    if not result.mapping:
        result.errors = _no_header(path, tables, given)
        return result
    result.unit_count = len(builder.units)
    result.unit_codes = sorted(builder.units)
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
                                 "spatial_layout, pollutant_emission, risk_prevention, resource_efficiency, "
                                 "dimension or requirement (or 单元编码, 空间布局约束 …).", {"role": name}))
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


def write_yaml(result: ImportResult, out_path: str) -> Tuple[LoadResult, Optional[str]]:
    """Write the generated YAML (UTF-8) only if it loads as a rule set, a file already at ``out_path`` kept as a
    timestamped backup; the loader's verdict and the backup's path (None: no file replaced). Nothing is left behind
    and the file there is untouched when it does not load."""
    with part_file(out_path) as part:
        with open(part, "w", encoding="utf-8") as handle:
            handle.write(result.yaml_text)
        check = load_ruleset(part)
        backup = replace_keeping_backup(part, out_path) if check.ruleset is not None else None
        return check, backup


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
        tr("{file} is an Excel 97-2003 workbook (.xls), whose merged cells the importer cannot see: a requirement "
           "merged over the rows of several units would be imported for the first of them only. Save it as an Excel "
           "workbook (.xlsx) or OpenDocument spreadsheet (.ods) and import that."),
        tr("{file} is not text in UTF-8, UTF-16 (with its byte-order mark) or GBK (byte {offset}); save it as CSV "
           "in UTF-8."),
        tr("{file} cannot be read as a Word document: {error}"),
        tr("{file} is not a Word document (.docx) or is damaged: open it in Word, save it as a Word document (.docx) — "
           "a Word 97-2003 .doc file too — and import that."),
        tr("The Word document {file} has no table."),
        tr("Row {row} of table {table} holds tracked changes that were not accepted (text inserted or deleted); it "
           "was read as if they were accepted. Check its rules against the published list."),
        tr("Row {row} of table {table} holds a picture, text box, equation or embedded object that the importer "
           "cannot read as text; check the rules of that row against the document and add what it says by hand."),
        tr("Row {row} is hidden in the workbook; it was imported as any other row: check its rules against the "
           "published list."),
        tr("Row {row} of sheet {sheet} is hidden in the workbook; it was imported as any other row: check its rules "
           "against the published list."),
        tr("Column {column} is hidden in the workbook; it was read as any other column: check the rules it gave "
           "against the published list."),
        tr("Column {column} of sheet {sheet} is hidden in the workbook; it was read as any other column: check the "
           "rules it gave against the published list."),
        tr("Reading Word documents needs python-docx 1.0 or later; QGIS's Python has version {version} at {path}."),
        tr("Table {table} of {file} has no header the importer recognises and was not imported."),
        tr("Row {row} has no unit code and was skipped."),
        tr("Row {row} of table {table} has no unit code and was skipped."),
        tr("Row {row} has no unit code; it was read as a further row of unit {code} directly above it."),
        tr("Row {row} of table {table} has no unit code; it was read as a further row of unit {code} directly above "
           "it."),
        tr("Row {row} of table {table} has no unit code; it was read as the rest of the row of unit {code} that ends "
           "the table before (a row split across two tables)."),
        tr("Unit {code} appears again in row {row}; its rules were added with a numbered id."),
        tr("Sheet {sheet} of {file} has no header the importer recognises and was not imported."),
        tr("Row {row} of sheet {sheet} has no unit code and was skipped."),
        tr("Row {row} of sheet {sheet} has no unit code; it was read as a further row of unit {code} directly "
           "above it."),
        tr("Unit {code} appears again in row {row} of sheet {sheet}; its rules were added with a numbered id."),
        tr("Row {row} of sheet {sheet}: {value} in the dimension column is none of the four dimensions; the row "
           "was not imported."),
        tr("Row {row}: {value} in the dimension column names more than one of the four dimensions; the row was "
           "not imported."),
        tr("Row {row} of table {table}: {value} in the dimension column names more than one of the four "
           "dimensions; the row was not imported."),
        tr("Row {row} of sheet {sheet}: {value} in the dimension column names more than one of the four "
           "dimensions; the row was not imported."),
        tr("Row {row} names several units in its unit-code cell ({codes}); each of its rules applies to all of "
           "them."),
        tr("Row {row} of table {table} names several units in its unit-code cell ({codes}); each of its rules "
           "applies to all of them."),
        tr("Row {row} of sheet {sheet} names several units in its unit-code cell ({codes}); each of its rules "
           "applies to all of them."),
        tr("Row {row}: the unit code {value} is stored as a number in the workbook, so its leading zeros or digits "
           "may be lost; the row was not imported. Format the unit-code column as text in Excel, type the codes as "
           "published and import again."),
        tr("Row {row} of sheet {sheet}: the unit code {value} is stored as a number in the workbook, so its leading "
           "zeros or digits may be lost; the row was not imported. Format the unit-code column as text in Excel, type "
           "the codes as published and import again."),
        tr("Row {row}: the unit code {value} is written as a number (as Excel saves a code column formatted as a "
           "number), so its leading zeros or digits may be lost; the row was not imported. Format the unit-code "
           "column as text in Excel, type the codes as published and save the list again."),
        tr("Row {row} of table {table}: the unit code {value} is written as a number (as Excel saves a code column "
           "formatted as a number), so its leading zeros or digits may be lost; the row was not imported. Format the "
           "unit-code column as text in Excel, type the codes as published and save the list again."),
        tr("Row {row} of sheet {sheet}: the unit code {value} is written as a number (as Excel saves a code column "
           "formatted as a number), so its leading zeros or digits may be lost; the row was not imported. Format the "
           "unit-code column as text in Excel, type the codes as published and save the list again."),
        tr("Row {row}: the unit code {code} has full-width characters or spaces inside it, so it matches no unit "
           "coded in plain letters and digits; it was kept as written. If it is {plain}, correct the list and import "
           "again."),
        tr("Row {row} of table {table}: the unit code {code} has full-width characters or spaces inside it, so it "
           "matches no unit coded in plain letters and digits; it was kept as written. If it is {plain}, correct the "
           "list and import again."),
        tr("Row {row} of sheet {sheet}: the unit code {code} has full-width characters or spaces inside it, so it "
           "matches no unit coded in plain letters and digits; it was kept as written. If it is {plain}, correct the "
           "list and import again."),
        tr("Row {row}: the clause numbers of its {dimension} cell are {numbers}, not one after the other; a number "
           "out of order or repeated was read as part of the clause before it. Check how the cell was split into "
           "rules."),
        tr("Row {row} of table {table}: the clause numbers of its {dimension} cell are {numbers}, not one after the "
           "other; a number out of order or repeated was read as part of the clause before it. Check how the cell was "
           "split into rules."),
        tr("Row {row} of sheet {sheet}: the clause numbers of its {dimension} cell are {numbers}, not one after the "
           "other; a number out of order or repeated was read as part of the clause before it. Check how the cell was "
           "split into rules."),
        tr("Row {row}: one requirement cell spans the columns {headers}; it was imported once, as a rule of "
           "{dimension}, not once for each column."),
        tr("Row {row} of table {table}: one requirement cell spans the columns {headers}; it was imported once, as a "
           "rule of {dimension}, not once for each column."),
        tr("Row {row} of sheet {sheet}: one requirement cell spans the columns {headers}; it was imported once, as a "
           "rule of {dimension}, not once for each column."),
        tr("Sheet {sheet}, column {column} ({header})"),
        tr("Row {row}: {value} in the unit-code column is not a unit code; the row was not imported. Add its "
           "requirements to the rule set by hand if they apply (such as general or category-level rules)."),
        tr("Row {row} of table {table}: {value} in the unit-code column is not a unit code; the row was not imported. "
           "Add its requirements to the rule set by hand if they apply (such as general or category-level rules)."),
        tr("Row {row} of sheet {sheet}: {value} in the unit-code column is not a unit code; the row was not imported. "
           "Add its requirements to the rule set by hand if they apply (such as general or category-level rules)."),
        tr("Row {row} of table {table}: {value} in the dimension column is none of the four dimensions; the row "
           "was not imported."),
        tr("Row {row}: {value} in the dimension column is none of the four dimensions; the row was not imported."),
        tr("the dimension of each row"),
        tr("the requirement text"),
        tr("{role} in the column mapping is not a column role: use code, name, category, "
           "spatial_layout, pollutant_emission, risk_prevention, resource_efficiency, "
           "dimension or requirement (or 单元编码, 空间布局约束 …)."),
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
    ] + _layout_templates()


def _layout_templates() -> List[str]:
    """The templates of the code cells written with names, the requirement cells holding every dimension and the
    cells marking no requirement (``access_list/code_cells.py``, ``headings.py``, ``empty_marks.py``)."""
    return [
        tr("Row {row}: the unit-code cell {value} writes the unit's name beside its code; the code {code} was taken."),
        tr("Row {row} of table {table}: the unit-code cell {value} writes the unit's name beside its code; the code "
           "{code} was taken."),
        tr("Row {row} of sheet {sheet}: the unit-code cell {value} writes the unit's name beside its code; the code "
           "{code} was taken."),
        tr("Row {row}: {value} in the unit-code column does not look like a unit code (such as ZH13062930001); it was "
           "kept as written, so its rules apply only to a unit coded exactly so. Write the unit's code alone in the "
           "list and import again."),
        tr("Row {row} of table {table}: {value} in the unit-code column does not look like a unit code (such as "
           "ZH13062930001); it was kept as written, so its rules apply only to a unit coded exactly so. Write the "
           "unit's code alone in the list and import again."),
        tr("Row {row} of sheet {sheet}: {value} in the unit-code column does not look like a unit code (such as "
           "ZH13062930001); it was kept as written, so its rules apply only to a unit coded exactly so. Write the "
           "unit's code alone in the list and import again."),
        tr("Row {row} of {file}: the requirement cell has no dimension heading (such as 空间布局约束：); its text "
           "({text}) was imported as rule {rule} under Spatial layout constraints, for a person to read and move to "
           "its dimension."),
        tr("Row {row} of table {table} of {file}: the requirement cell has no dimension heading (such as 空间布局约束："
           "); its text ({text}) was imported as rule {rule} under Spatial layout constraints, for a person to read "
           "and move to its dimension."),
        tr("Row {row} of sheet {sheet} of {file}: the requirement cell has no dimension heading (such as 空间布局约束："
           "); its text ({text}) was imported as rule {rule} under Spatial layout constraints, for a person to read "
           "and move to its dimension."),
        tr("Row {row} of {file}: the requirement text before the first dimension heading ({text}) names no dimension; "
           "it was imported as rule {rule} under Spatial layout constraints, for a person to read and move to its "
           "dimension."),
        tr("Row {row} of table {table} of {file}: the requirement text before the first dimension heading ({text}) "
           "names no dimension; it was imported as rule {rule} under Spatial layout constraints, for a person to read "
           "and move to its dimension."),
        tr("Row {row} of sheet {sheet} of {file}: the requirement text before the first dimension heading ({text}) "
           "names no dimension; it was imported as rule {rule} under Spatial layout constraints, for a person to read "
           "and move to its dimension."),
        tr("Row {row} of {file}: the heading {heading} in the requirement cell is none of the four dimensions; its "
           "text was imported as rule {rule} under Spatial layout constraints, for a person to read and move to its "
           "dimension."),
        tr("Row {row} of table {table} of {file}: the heading {heading} in the requirement cell is none of the four "
           "dimensions; its text was imported as rule {rule} under Spatial layout constraints, for a person to read "
           "and move to its dimension."),
        tr("Row {row} of sheet {sheet} of {file}: the heading {heading} in the requirement cell is none of the four "
           "dimensions; its text was imported as rule {rule} under Spatial layout constraints, for a person to read "
           "and move to its dimension."),
        tr("row {row} ({dimension})"),
        tr("row {row} of table {table} ({dimension})"),
        tr("row {row} of sheet {sheet} ({dimension})"),
        tr("1 requirement cell held only a mark such as /, — or 无 (no requirement at this level); no rule was made "
           "for it: {cells}."),
        tr("{count} requirement cells held only a mark such as /, — or 无 (no requirement at this level); no rule was "
           "made for them: {cells}."),
        tr("{count} requirement cells held only a mark such as /, — or 无 (no requirement at this level); no rule was "
           "made for them."),
    ]

