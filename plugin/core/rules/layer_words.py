"""A declared constraint layer's words as the rule editor's *Layer names* dialog edits them: its label, and a label
for each field its filters read (those declared, then those the rules' filters read without one), made back into the
declaration the file keeps."""

from typing import Any, Dict, List, Mapping, NamedTuple, Tuple

from ...i18n import tr
from ..model.filters import columns_read
from .rule_form import filters_on


class FieldWords(NamedTuple):
    """A field of a layer's filters and its labels (empty when not given)."""

    field: str
    zh: str
    en: str


def _text(value: Any, key: str) -> str:
    return str(value.get(key) or "").strip() if isinstance(value, Mapping) else ""


def label_of(declaration: Any) -> Tuple[str, str]:
    """A declaration's label, Chinese and English (empty when not given)."""
    label = declaration.get("label") if isinstance(declaration, Mapping) else None
    return _text(label, "zh"), _text(label, "en")


def field_rows(document: Mapping[str, Any], name: str) -> List[FieldWords]:
    """The fields of layer ``name`` to label: those its declaration labels, in its order, then those the rules'
    filters on it read without a label (a field named in any case counts as labelled)."""
    declaration = (document.get("layers") or {}).get(name)
    fields = declaration.get("fields") if isinstance(declaration, Mapping) else None
    rows = [FieldWords(str(field), _text(words, "zh"), _text(words, "en"))
            for field, words in (fields.items() if isinstance(fields, Mapping) else ())]
    known = {row.field.lower() for row in rows}
    for field in columns_read(filters_on(document.get("rules") or [], name)):
        if field.lower() not in known:
            known.add(field.lower())
            rows.append(FieldWords(field, "", ""))
    return rows


def declaration_of(zh: str, en: str, rows: List[FieldWords]) -> Tuple[Dict[str, Any], List[str]]:
    """The declaration a layer's words make (a field without labels left out) and what stops it, translated: a
    layer or a field labelled in English alone, a field without a name, a field named twice."""
    problems: List[str] = []
    declaration: Dict[str, Any] = {"label": _words(zh, en)}
    if not zh.strip():
        problems.append(tr("The layer needs a Chinese name."))
    fields: Dict[str, Any] = {}
    for row in rows:
        field = row.field.strip()
        if not (row.zh.strip() or row.en.strip()):
            continue
        if not field:
            problems.append(tr("A labelled row has no field name."))
        elif field.lower() in {name.lower() for name in fields}:
            problems.append(tr("The field {field} is labelled twice.").format(field=field))
        elif not row.zh.strip():
            problems.append(tr("The field {field} needs a Chinese label.").format(field=field))
        else:
            fields[field] = _words(row.zh, row.en)
    if fields:
        declaration["fields"] = fields
    return declaration, problems


def _words(zh: str, en: str) -> Dict[str, str]:
    words = {"zh": zh.strip()}
    if en.strip():
        words["en"] = en.strip()
    return words
