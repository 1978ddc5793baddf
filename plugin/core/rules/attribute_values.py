"""A text attribute's declared values as the rule editor's *Attributes…* dialog edits them: each value's id (fixed
once declared: the rules name it), its Chinese and English label and its other spellings; made back into the
``values:`` list the file keeps."""

import re
from typing import Any, Dict, List, Mapping, NamedTuple, Optional, Sequence, Tuple

from ...i18n import tr
from .ruleset import values_vocabulary

NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")  # the schema's name pattern
SEPARATOR = re.compile(r"[;；]")
JOINT = "; "


class ValueWords(NamedTuple):
    """One value as the dialog's table shows it (empty texts when not given; other spellings joined by ``; ``)."""

    id: str
    zh: str
    en: str
    synonyms: str


def value_rows(declaration: Any) -> Tuple[ValueWords, ...]:
    """A declared attribute's values, in the file's order."""
    values = declaration.get("values") if isinstance(declaration, Mapping) else None
    return tuple(_row(value) for value in (values if isinstance(values, list) else ()) if isinstance(value, Mapping))


def _row(value: Mapping[str, Any]) -> ValueWords:
    label = value.get("label") if isinstance(value.get("label"), Mapping) else {}
    return ValueWords(_text(value.get("id")), _text(label.get("zh")), _text(label.get("en")),
                      JOINT.join(str(s) for s in value.get("synonyms") or ()))


def _text(value: Any) -> str:
    return str(value).strip() if value is not None else ""


def values_of(name: str, rows: Sequence[ValueWords], original: Any) -> Tuple[List[Dict[str, Any]], List[str]]:
    """The ``values:`` list the rows make (a blank row left out; a value's spellings kept as written when its row
    shows them unchanged) and what stops it, translated: an id that is not a name or is given twice, a value without
    a Chinese label, a spelling that names two values."""
    kept = {str(value.get("id")): value for value in (original or ()) if isinstance(value, Mapping)}
    problems: List[str] = []
    values: List[Dict[str, Any]] = []
    for row in rows:
        if not any(text.strip() for text in row):
            continue
        value_id = row.id.strip()
        if not value_id:
            problems.append(tr("A value has no id: give it one of letters, digits and _ (such as water_based)."))
        elif not NAME.fullmatch(value_id):
            problems.append(tr("The value id {id} must start with a letter and hold only letters, digits and _ "
                               "(such as water_based).").format(id=value_id))
        elif value_id.lower() in {str(value["id"]).lower() for value in values}:
            problems.append(tr("The value {id} is given twice.").format(id=value_id))
        elif not row.zh.strip():
            problems.append(tr("The value {id} needs a Chinese label.").format(id=value_id))
        else:
            values.append(_value(row, kept.get(value_id)))
    vocabulary = values_vocabulary(name, values)
    clash = vocabulary.clash() if vocabulary else None
    if clash:
        problems.append(tr("The spelling {spelling} names two values: {first} and {second}.").format(
            spelling=clash[0], first=clash[1], second=clash[2]))
    return values, problems


def _value(row: ValueWords, original: Optional[Mapping[str, Any]]) -> Dict[str, Any]:
    value: Dict[str, Any] = {"id": row.id.strip(), "label": {"zh": row.zh.strip()}}
    if row.en.strip():
        value["label"]["en"] = row.en.strip()
    synonyms = spellings(row.synonyms, original.get("synonyms") if original else None)
    if synonyms:
        value["synonyms"] = synonyms
    return value


def spellings(text: str, written: Any) -> List[Any]:
    """The spellings a cell's text gives (separated by ; or ；); ``written`` as the file writes it while the text shows
    it unchanged (a spelling may hold a semicolon)."""
    if isinstance(written, list) and text == JOINT.join(str(s) for s in written):
        return written
    return [part.strip() for part in SEPARATOR.split(text) if part.strip()]


def as_ids(name: str, declaration: Any, value: Any) -> Any:
    """A rule's value (or list of values) of a text attribute, each spelling of a declared value written as its id;
    a spelling the declaration lacks left as typed (the rule set's checks then name it)."""
    values = declaration.get("values") if isinstance(declaration, Mapping) else None
    vocabulary = values_vocabulary(name, values) if isinstance(values, list) and _rows_valid(values) else None
    if vocabulary is None:
        return value

    def one(item: Any) -> Any:
        return (vocabulary.id_of(item) or item) if isinstance(item, str) else item

    return [one(item) for item in value] if isinstance(value, list) else one(value)


def _rows_valid(values: List[Any]) -> bool:
    """True when every declared value has an id and a Chinese label (as the schema wants them)."""
    return all(isinstance(v, Mapping) and v.get("id") and isinstance(v.get("label"), Mapping)
               and v["label"].get("zh") for v in values)
