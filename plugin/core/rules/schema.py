"""JSON-Schema validation of a parsed rule set, with plain translatable messages."""

import json
import os
from functools import lru_cache
from typing import Any, Dict, List, Tuple

from ...i18n import tr
from ...paths import RULES_DIR
from ..model.results import Listed
from .messages import LoadMessage, Marks, found_words, message, type_words

SCHEMA_PATH = os.path.join(RULES_DIR, "schema.json")
DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


@lru_cache(maxsize=1)
def schema() -> Dict[str, Any]:
    """The rule-set JSON Schema shipped in rules/schema.json."""
    with open(SCHEMA_PATH, encoding="utf-8") as handle:
        return json.load(handle)


def validate(data: Any, marks: Marks, file: str) -> List[LoadMessage]:
    """Schema errors of a parsed document, each located by line, column and JSON path."""
    try:
        import jsonschema
    except ImportError:
        return [
            message(
                "error",
                file,
                marks,
                (),
                (
                    "The Python package jsonschema is missing, so rule sets cannot be checked. "
                    "Install it: on Debian/Ubuntu 'apt install python3-jsonschema', "
                    "elsewhere 'pip install jsonschema'."
                ),
            )
        ]
    validator = jsonschema.Draft7Validator(schema())
    found: Dict[Tuple[str, str, str], LoadMessage] = {}
    for error in validator.iter_errors(data):
        for item in _describe(error, marks, file):  # jsonschema gives one "required" error per missing field
            found.setdefault((item.json_path, item.reason.template, repr(item.reason.values)), item)
    return sorted(found.values(), key=lambda m: (m.line, m.column, m.json_path))


def shape_errors(data: Any, marks: Marks, file: str) -> List[LoadMessage]:
    """The schema's errors of a value that is not the mapping or list its place needs (none without jsonschema)."""
    try:
        import jsonschema
    except ImportError:
        return []
    found = []
    for error in jsonschema.Draft7Validator(schema()).iter_errors(data):
        wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        if error.validator == "type" and {"object", "array"} & set(wanted):
            found.extend(_describe(error, marks, file))
    return sorted(found, key=lambda m: (m.line, m.column, m.json_path))


def _describe(error: Any, marks: Marks, file: str) -> List[LoadMessage]:
    """The messages of one schema error, each naming the field (never a list index) and located by its path (of an
    anyOf, the error of the alternative of the value's own type)."""
    if error.validator == "anyOf":
        fitting = [e for e in error.context if e.validator != "type" or e.absolute_path != error.absolute_path]
        if fitting:
            return _describe(fitting[0], marks, file)
        return _wrong_type(error, [_types(e.validator_value) for e in error.context], marks, file)
    path = list(error.absolute_path)
    kind, instance, expected = error.validator, error.instance, error.validator_value
    where = next((part for part in reversed(path) if not isinstance(part, int)), "$")  # a field, not a list index
    if "propertyNames" in error.schema_path:
        path.append(instance)
    if kind == "required":
        missing = [name for name in expected if name not in instance]
        return [
            message(
                "error",
                file,
                marks,
                path,
                "Required field {field} is missing under {parent}.",
                field=name,
                parent=str(where),
            )
            for name in missing
        ]
    if kind == "additionalProperties":
        known = set(error.schema.get("properties", {}))
        return [
            message(
                "error",
                file,
                marks,
                path + [name],
                "Unknown field {field}; allowed here: {allowed}.",
                field=name,
                allowed=Listed(tuple(sorted(known))),
            )
            for name in instance
            if name not in known
        ]
    template, values = _sentence(error, where)
    return [message("error", file, marks, path, template, **values)]


def _types(value: Any) -> List[str]:
    """A schema's ``type``: one name or a list of them."""
    return value if isinstance(value, list) else [value]


def _wrong_type(error: Any, alternatives: List[List[str]], marks: Marks, file: str) -> List[LoadMessage]:
    """The message of a value none of an anyOf's types fits, naming every type it may have."""
    wanted = [name for types in alternatives for name in types]
    path = list(error.absolute_path)
    where = next((part for part in reversed(path) if not isinstance(part, int)), "$")
    return [message("error", file, marks, path, "{field} must be {expected}, not {found}.", field=str(where),
                    expected=type_words(list(dict.fromkeys(wanted))), found=found_words(error.instance))]


def _sentence(error: Any, where: object) -> Tuple[str, Dict[str, Any]]:
    kind, instance, expected = error.validator, error.instance, error.validator_value
    if kind == "type":
        wanted = _types(expected)
        if "string" in wanted and isinstance(instance, (int, float)) and not isinstance(instance, bool):
            return (
                "{field} must be text, not a number; put it in quotes: '{value}'.",
                {"field": str(where), "value": instance},
            )
        return (
            "{field} must be {expected}, not {found}.",
            {"field": str(where), "expected": type_words(wanted), "found": found_words(instance)},
        )
    if kind in ("enum", "const"):
        allowed = expected if isinstance(expected, list) else [expected]
        return (
            "{value} is not allowed for {field}; use one of: {allowed}.",
            {"value": str(instance), "field": str(where), "allowed": Listed(tuple(str(a) for a in allowed))},
        )
    if kind == "pattern" and expected == DATE_PATTERN:
        return (
            "{field} must be a date written YYYY-MM-DD, not {value}.",
            {"field": str(where), "value": str(instance)},
        )
    if kind == "pattern":
        return (
            "{value} is not a valid name for {field}: use letters, digits and _ "
            "(and . : - in ids), starting with a letter or digit.",
            {"value": str(instance), "field": str(where)},
        )
    if kind in ("minItems", "minLength", "minProperties"):
        return ("{field} must not be empty.", {"field": str(where)})
    if kind in ("exclusiveMinimum", "minimum"):
        return ("{field} must be greater than {limit}.", {"field": str(where), "limit": expected})
    return ("{field} is not valid: {problem}", {"field": str(where), "problem": error.message})


def reason_templates() -> List[str]:
    """Every message template of this module, for the string extractor."""
    return [
        tr(
            "The Python package jsonschema is missing, so rule sets cannot be checked. "
            "Install it: on Debian/Ubuntu 'apt install python3-jsonschema', "
            "elsewhere 'pip install jsonschema'."
        ),
        tr("Required field {field} is missing under {parent}."),
        tr("Unknown field {field}; allowed here: {allowed}."),
        tr("{field} must be text, not a number; put it in quotes: '{value}'."),
        tr("{field} must be {expected}, not {found}."),
        tr("{value} is not allowed for {field}; use one of: {allowed}."),
        tr("{field} must be a date written YYYY-MM-DD, not {value}."),
        tr(
            "{value} is not a valid name for {field}: use letters, digits and _ "
            "(and . : - in ids), starting with a letter or digit."
        ),
        tr("{field} must not be empty."),
        tr("{field} must be greater than {limit}."),
        tr("{field} is not valid: {problem}"),
    ]
