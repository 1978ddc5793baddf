"""Turn a published access-list table (xlsx/ods/csv, read through OGR) into a rule set of text rules."""

import csv
import datetime
import io
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

import yaml
from qgis.core import QgsDataProvider, QgsVectorLayer

from ...i18n import tr
from ..model.results import Reason
from ..model.vocab import DIMENSION_FIELDS, DIMENSIONS, UNIT_CATEGORY_FIELDS, UNIT_CODE_FIELDS, UNIT_NAME_FIELDS
from .loader import load_ruleset
from .messages import LoadResult

ROLE_HEADERS: Dict[str, Tuple[str, ...]] = {
    "code": UNIT_CODE_FIELDS + ("管控单元编码", "单元编号", "管控单元代码", "编码", "代码", "code"),
    "name": UNIT_NAME_FIELDS + ("管控单元名称", "名称", "name"),
    "category": UNIT_CATEGORY_FIELDS + ("单元分类", "管控分类", "类别", "category"),
    **{d: DIMENSION_FIELDS[d] + (d,) for d in DIMENSIONS},
}
ID_SUFFIX = {"spatial_layout": "SL", "pollutant_emission": "PE", "risk_prevention": "RP", "resource_efficiency": "RE"}
GENERIC_HEADER = re.compile(r"^field_?\d+$", re.IGNORECASE)
HEADER_SCAN_ROWS = 10


@dataclass
class ImportResult:
    """The generated rule-set YAML and what happened on the way."""

    yaml_text: str = ""
    rule_count: int = 0
    unit_count: int = 0
    mapping: Dict[str, str] = field(default_factory=dict)
    errors: List[Reason] = field(default_factory=list)
    warnings: List[Reason] = field(default_factory=list)


def _key(text: str) -> str:
    return re.sub(r"\s+", "", str(text)).lower()


def detect_mapping(headers: List[str]) -> Dict[str, str]:
    """Role (code, name, category, each dimension) → header, from common header spellings."""
    mapping: Dict[str, str] = {}
    for exact in (True, False):
        for role, spellings in ROLE_HEADERS.items():
            if role in mapping:
                continue
            for header in headers:
                if header in mapping.values() or not str(header).strip():
                    continue
                if any(_matches(_key(header), _key(s), exact) for s in spellings):
                    mapping[role] = header
                    break
    return mapping


def _matches(header: str, spelling: str, exact: bool) -> bool:
    return header == spelling if exact else len(spelling) > 1 and spelling in header


def import_access_list(
    path: str,
    mapping: Optional[Dict[str, str]] = None,
    metadata: Optional[Dict[str, Any]] = None,
    sheet: Optional[str] = None,
) -> ImportResult:
    """Read a table of units and their prose per dimension and build a rule-set YAML text."""
    rows, errors = read_table(path, sheet)
    if errors:
        return ImportResult(errors=errors)
    found = _find_header(rows, mapping)
    if found is None:
        return ImportResult(
            errors=[
                Reason(
                    "No header row with a unit-code column and a dimension column was found in {file}; "
                    "give the column mapping (code=…; spatial_layout=…).",
                    {"file": path},
                )
            ]
        )
    header, start, used = found
    result = ImportResult(mapping=used)
    rules = _rules(rows, header, start, used, result)
    result.rule_count = len(rules)
    document = {"format": "zoning-review-rules/1", "metadata": _metadata(path, metadata or {}), "rules": rules}
    result.yaml_text = _dump(path, used, document)
    return result


def read_table(path: str, sheet: Optional[str] = None) -> Tuple[List[List[str]], List[Reason]]:
    """Every row of the table as text cells (the OGR field names as row 0)."""
    if not os.path.isfile(path):
        return [], [Reason("The file {file} does not exist.", {"file": path})]
    workdir = tempfile.mkdtemp(prefix="zoning_review_import_")
    try:
        source = _utf8_copy(path, workdir) if path.lower().endswith(".csv") else path
        uri = f"{source}|layername={sheet}" if sheet else source
        layer = QgsVectorLayer(uri, "access_list", "ogr")
        if not layer.isValid():
            return [], [_open_error(path, source, sheet)]
        rows = [[f.name() for f in layer.fields()]]
        rows += [[_cell(v) for v in feature.attributes()] for feature in layer.getFeatures()]
        del layer
        return rows, []
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _open_error(path: str, source: str, sheet: Optional[str]) -> Reason:
    """Why a table cannot be opened: a sheet it lacks (naming its sheets), or no table at all."""
    whole = QgsVectorLayer(source, "access_list", "ogr") if sheet else None
    if whole is None or not whole.isValid():
        return Reason("{file} cannot be opened as a table (xlsx, ods or csv).", {"file": path})
    separator = QgsDataProvider.sublayerSeparator()
    sheets = [item.split(separator)[1] for item in whole.dataProvider().subLayers() if separator in item]
    return Reason("{file} has no sheet {sheet}; its sheets are: {sheets}.",
                  {"file": path, "sheet": sheet, "sheets": ", ".join(sheets)})


def _utf8_copy(path: str, workdir: str) -> str:
    """A UTF-8 copy of a CSV file that may be GBK (GB 18030) encoded, header cells on one line each."""
    with open(path, "rb") as handle:
        raw = handle.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030", errors="replace")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows:  # OGR reads a line break inside a header cell as the end of the header
        rows[0] = [" ".join(cell.split()) for cell in rows[0]]
    copy = os.path.join(workdir, "table.csv")
    with open(copy, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return copy


def _cell(value: Any) -> str:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _find_header(rows: List[List[str]], mapping: Optional[Dict[str, str]]
                 ) -> Optional[Tuple[List[str], int, Dict[str, str]]]:
    """(header cells, first data row, role → header): one header row, or two (merged cells above)."""
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        if index == 0 and all(GENERIC_HEADER.match(h) for h in row) and len(rows) > 1:
            continue
        merged = [low or high for high, low in zip(row, rows[index + 1])] if index + 1 < len(rows) else None
        for header, start in ((row, index + 1), (merged, index + 2)):
            used = _header_roles(header, mapping) if header else {}
            if "code" in used and any(d in used for d in DIMENSIONS):
                return header, start, used
    return None


def _header_roles(header: List[str], mapping: Optional[Dict[str, str]]) -> Dict[str, str]:
    """Role → header cell, the given mapping matched ignoring white space and line breaks."""
    if not mapping:
        return detect_mapping(header)
    cells = {_key(cell): cell for cell in header if cell.strip()}
    return {role: cells[_key(name)] for role, name in mapping.items() if _key(name) in cells}


def _rules(rows: List[List[str]], header: List[str], start: int, used: Dict[str, str],
           result: ImportResult) -> List[Dict[str, Any]]:
    column = {role: header.index(name) for role, name in used.items()}
    seen: Dict[str, int] = {}
    stems: Dict[str, str] = {}
    rules: List[Dict[str, Any]] = []
    offset = 0 if all(GENERIC_HEADER.match(h) for h in rows[0]) else 1
    for number, row in enumerate(rows[start:], start=start + offset):
        code = row[column["code"]].strip()
        if not code:
            if any(row):
                result.warnings.append(Reason("Row {row} has no unit code and was skipped.", {"row": number}))
            continue
        if code in seen:
            result.warnings.append(
                Reason(
                    "Unit {code} appears again in row {row}; its rules were added with a numbered id.",
                    {"code": code, "row": number},
                )
            )
        seen[code] = seen.get(code, 0) + 1
        rules.extend(_unit_rules(code, _stem(code, seen[code], stems), row, column))
    result.unit_count = len(seen)
    return rules


def _stem(code: str, occurrence: int, stems: Dict[str, str]) -> str:
    """The rule-id stem of a unit: ASCII kept, other characters as uXXXX, unique among the units."""
    text = "".join(c if c.isascii() else f"u{ord(c):04X}" for c in code)
    stem = re.sub(r"[^A-Za-z0-9_.:-]", "_", text).lstrip("_.:-") or "unit"
    stem += f"-{occurrence}" if occurrence > 1 else ""
    base, number = stem, 2
    while stems.setdefault(stem, code) != code:
        stem, number = f"{base}.{number}", number + 1
    return stem


def _unit_rules(code: str, stem: str, row: List[str], column: Dict[str, int]) -> List[Dict[str, Any]]:
    name = row[column["name"]] if "name" in column else ""
    out = []
    for dimension in DIMENSIONS:
        text = row[column[dimension]].strip() if dimension in column else ""
        if not text:
            continue
        rule = {
            "id": f"{stem}-{ID_SUFFIX[dimension]}",
            "level": "unit",
            "units": [code],
            "dimension": dimension,
            "effect": "text",
        }
        if name:
            rule["name"] = {"zh": name}
        rule["text"] = {"zh": text}
        out.append(rule)
    return out


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


def _dump(path: str, used: Dict[str, str], document: Dict[str, Any]) -> str:
    columns = ", ".join(f"{role}={' '.join(header.split())}" for role, header in used.items())
    head = (
        f"# Imported from {os.path.basename(path)} by Zoning Review.\n"
        f"# Column mapping: {columns}\n"
        "# Every rule is text-only: add machine conditions (when:, except:, only_if:) gradually.\n"
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
    """Every message template of this module, for the string extractor."""
    return [
        tr(
            "No header row with a unit-code column and a dimension column was found in {file}; "
            "give the column mapping (code=…; spatial_layout=…)."
        ),
        tr("The file {file} does not exist."),
        tr("{file} cannot be opened as a table (xlsx, ods or csv)."),
        tr("{file} has no sheet {sheet}; its sheets are: {sheets}."),
        tr("Row {row} has no unit code and was skipped."),
        tr("Unit {code} appears again in row {row}; its rules were added with a numbered id."),
    ]
