"""Checks beyond the schema: dates, unique ids, known codes, declared attributes and layers."""

import datetime
import math
from typing import Any, Dict, Iterator, List, Optional, Tuple

from qgis.core import QgsExpression, QgsFeatureRequest

from ...i18n import tr
from ..model.vocab import CATALOGUE_VOCAB, CATEGORIES, CONSTRUCTION_VOCAB, canonical
from . import gbt4754
from .expression import compared_literals
from .messages import LoadMessage, Marks, PathKey, message
from .ruleset import validity, values_vocabulary

NUMERIC_OPS = ("<", "<=", ">", ">=")


class _Checker:
    """Collects messages while checking one parsed, schema-valid document."""

    def __init__(self, data: Dict[str, Any], marks: Marks, file: str):
        self.data, self.marks, self.file = data, marks, file
        self.messages: List[LoadMessage] = []
        self.attributes: Dict[str, Any] = data.get("attributes") or {}
        self.layers: Dict[str, Any] = data.get("layers") or {}
        self.kinds: Dict[str, Any] = data.get("kinds") or {}

    def add(self, severity: str, path: PathKey, template: str, **values: object) -> None:
        self.messages.append(message(severity, self.file, self.marks, path, template, **values))


def check_semantics(
    data: Dict[str, Any], marks: Marks, file: str, today: Optional[datetime.date] = None
) -> List[LoadMessage]:
    """Semantic errors and warnings of a schema-valid rule set."""
    checker = _Checker(data, marks, file)
    _check_dates(checker, today or datetime.date.today())
    _check_attributes(checker)
    _check_kinds(checker)
    _check_rules(checker)
    return sorted(checker.messages, key=lambda m: (m.line, m.column, m.json_path))


def parse_date(text: str) -> Optional[datetime.date]:
    """A YYYY-MM-DD date, or None if it is no real date."""
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


def _check_dates(c: _Checker, today: datetime.date) -> None:
    meta = c.data["metadata"]
    dates = {}
    for key in ("effective", "expiry"):
        if key in meta:
            dates[key] = parse_date(meta[key])
            if dates[key] is None:
                c.add("error", ("metadata", key), "{field} is not a real date: {value}.", field=key, value=meta[key])
    effective, expiry = dates.get("effective"), dates.get("expiry")
    if effective and expiry and expiry < effective:
        c.add(
            "error",
            ("metadata", "expiry"),
            "The expiry date {expiry} is before the effective date {effective}.",
            expiry=meta["expiry"],
            effective=meta["effective"],
        )
    elif validity(effective, expiry, today) == "expired":
        c.add(
            "warning",
            ("metadata", "expiry"),
            "This rule set expired on {expiry}; check for a newer version.",
            expiry=meta["expiry"],
        )
    elif validity(effective, expiry, today) == "not_yet_effective":
        c.add(
            "warning",
            ("metadata", "effective"),
            "This rule set takes effect on {effective} and is not yet in force; it is applied all the same, "
            "and every review says so.",
            effective=meta["effective"],
        )


def _check_attributes(c: _Checker) -> None:
    """Declared values only on strings, unit aliases only on numbers, no spelling for two values."""
    for name, declared in c.attributes.items():
        path: PathKey = ("attributes", name)
        if "values" in declared and declared["type"] != "string":
            c.add("error", path + ("values",), "values: is only for attributes of type string.")
            continue
        if "unit_aliases" in declared and declared["type"] != "number":
            c.add("error", path + ("unit_aliases",), "unit_aliases: is only for attributes of type number.")
        vocabulary = values_vocabulary(name, declared.get("values") or [])
        clash = vocabulary.clash() if vocabulary else None
        if clash:
            c.add("error", path + ("values",), "The spelling {spelling} names two values of {name}: {first} and "
                  "{second}.", spelling=clash[0], name=name, first=clash[1], second=clash[2])


def _check_kinds(c: _Checker) -> None:
    """Kinds are not named like a main category, and no unit-layer value (as compared) maps to two kinds."""
    owner: Dict[str, Tuple[str, str]] = {}  # a value as compared → the first kind and value written
    for name, kind in c.kinds.items():
        if name in CATEGORIES:
            c.add(
                "error",
                ("kinds", name),
                "The kind {kind} has the name of a main category; choose another name.",
                kind=name,
            )
        for i, value in enumerate(kind["values"]):
            if canonical(value) in owner:
                _duplicate_kind_value(c, ("kinds", name, "values", i), value, *owner[canonical(value)])
            else:
                owner[canonical(value)] = (name, value)


def _duplicate_kind_value(c: _Checker, path: PathKey, value: str, other: str, first: str) -> None:
    """The error about a unit-layer value that a kind already maps, as written or spelled another way."""
    if value == first:
        c.add("error", path, "The unit-layer value {value} is already mapped to kind {other}.",
              value=value, other=other)
    else:
        c.add("error", path, "The unit-layer value {value} is already mapped to kind {other} as {first}: values are "
              "compared ignoring case, full-width forms and spaces.", value=value, other=other, first=first)


def _check_rules(c: _Checker) -> None:
    first_line: Dict[str, int] = {}
    for i, rule in enumerate(c.data["rules"]):
        path: PathKey = ("rules", i)
        rule_id = rule["id"]
        if rule_id in first_line:
            c.add(
                "error",
                path + ("id",),
                "The rule id {id} is used twice (first at line {first}).",
                id=rule_id,
                first=first_line[rule_id],
            )
        else:
            first_line[rule_id] = c.marks.get(path + ("id",), (0, 0))[0]
        _check_scope(c, rule, path)
        for cond, cond_path in _conditions(rule, path):
            _check_condition(c, cond, cond_path)


def _check_scope(c: _Checker, rule: Dict[str, Any], path: PathKey) -> None:
    level = rule["level"]
    if "category" in rule and level != "category":
        c.add("error", path + ("category",), "category: is only for rules of level category.")
    if "units" in rule and level != "unit":
        c.add("error", path + ("units",), "units: is only for rules of level unit.")
    if "only_if" in rule and rule["effect"] != "restrict":
        c.add("error", path + ("only_if",), "only_if: is only for rules with effect restrict.")
    category = rule.get("category")
    if level == "category" and category not in CATEGORIES and category not in c.kinds:
        c.add(
            "error",
            path + ("category",),
            "Unknown category {category}; use priority, key, general or a kind declared under kinds:.",
            category=category,
        )


def _conditions(rule: Dict[str, Any], path: PathKey) -> Iterator[Tuple[Dict[str, Any], PathKey]]:
    roots = [(rule[k], path + (k,)) for k in ("when", "only_if") if k in rule]
    roots += [(e, path + ("except", i)) for i, e in enumerate(rule.get("except", []))]
    while roots:
        cond, cond_path = roots.pop(0)
        yield cond, cond_path
        for key in ("all", "any"):
            roots += [(child, cond_path + (key, i)) for i, child in enumerate(cond.get(key, []))]
        if "not" in cond:
            roots.append((cond["not"], cond_path + ("not",)))


def _as_list(value: Any) -> List[str]:
    return [value] if isinstance(value, str) else list(value)


def _check_condition(c: _Checker, cond: Dict[str, Any], path: PathKey) -> None:
    for code in _as_list(cond.get("industry", [])):
        if gbt4754.lookup(code) is None:
            c.add(
                "error",
                path + ("industry",),
                "Unknown industry code {code}: it is not in GB/T 4754-2017. Use a section letter "
                "or a code such as C26 or 2614.",
                code=code,
            )
    for key, vocabulary in (("construction", CONSTRUCTION_VOCAB), ("catalogue", CATALOGUE_VOCAB)):
        for value in _as_list(cond.get(key, [])):
            if not vocabulary.id_of(value):
                c.add(
                    "error",
                    path + (key,),
                    "{value} is not allowed for {field}; use one of: {allowed}.",
                    value=value,
                    field=key,
                    allowed=", ".join(vocabulary.ids),
                )
    _check_finite(c, cond, path)
    if "attribute" in cond:
        _check_attribute(c, cond["attribute"], path + ("attribute",))
    if "flag" in cond:
        _check_declared(c, cond["flag"], path + ("flag",), "boolean")
    if "unit_attribute" in cond:
        _check_unit_attribute(c, cond["unit_attribute"], path + ("unit_attribute",))
    if "spatial" in cond:
        _check_spatial(c, cond["spatial"], path + ("spatial",))
    if "expression" in cond:
        _check_expression(c, cond["expression"], path + ("expression",))


def _check_declared(c: _Checker, name: str, path: PathKey, wanted: str = "") -> Optional[str]:
    declared = c.attributes.get(name)
    if declared is None:
        c.add("error", path, "The attribute {name} is used but not declared under attributes:.", name=name)
        return None
    if wanted and declared["type"] != wanted:
        c.add(
            "error",
            path,
            "The attribute {name} is declared as {declared} but used as {used}.",
            name=name,
            declared=declared["type"],
            used=wanted,
        )
    return declared["type"]


def _check_attribute(c: _Checker, spec: Dict[str, Any], path: PathKey) -> None:
    kind = _check_declared(c, spec["name"], path + ("name",))
    if kind is None:
        return
    value, op, name = spec["value"], spec["op"], spec["name"]
    values = value if isinstance(value, list) else [value]
    if op in NUMERIC_OPS and kind != "number":
        c.add("error", path + ("op",), "The comparison {op} needs a number attribute; {name} is {declared}.",
              op=op, name=name, declared=kind)
    elif (op == "in") != isinstance(value, list) or (op == "in" and kind != "string"):
        c.add("error", path + ("op",), "in compares a string attribute with a list of values; write "
              "op: in with value: [...], or one value with another comparison.")
    elif any(not _fits(v, kind) for v in values):
        c.add("error", path + ("value",), "The value {value} does not fit attribute {name} of type {declared}.",
              value=str(value), name=name, declared=kind)
    elif kind == "string":
        _check_text_values(c, name, values, path)


def _check_unit_attribute(c: _Checker, spec: Dict[str, Any], path: PathKey) -> None:
    """A unit-layer comparison's value has its operator's shape: one word or number, a list for in, a number."""
    op, value = spec["op"], spec["value"]
    if any(isinstance(v, bool) for v in (value if isinstance(value, list) else [value])):
        c.add("error", path + ("value",), "YAML reads yes, no, true, false, on and off without quotes as yes/no, "
              "which a unit-layer field does not hold; write the value in quotes as the layer holds it, such as "
              "'是', '否' or 'yes'.")
    elif (op == "in") != isinstance(value, list):
        c.add("error", path + ("op",), "in compares a unit-layer field with a list of values; write op: in with "
              "value: [...], or one value with ==, != or a number comparison.")
    elif op in NUMERIC_OPS and not _fits(value, "number"):
        c.add("error", path + ("value",), "The comparison {op} needs a number, not {value}.", op=op, value=str(value))


def _fits(value: Any, kind: str) -> bool:
    """True when a rule's value has the attribute's type."""
    is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
    return (kind == "number") == is_number and (kind == "boolean") == isinstance(value, bool)


def _check_text_values(c: _Checker, name: str, values: List[Any], path: PathKey) -> None:
    """A rule's values of a string attribute: declared ones, or a warning that free text is compared."""
    declared = c.attributes[name].get("values")
    vocabulary = values_vocabulary(name, declared or [])
    if vocabulary is None:
        c.add("warning", path, "{name} declares no values:, so a project value is compared as written (ignoring "
              "case and width); declare its values with their synonyms so that other spellings are recognised "
              "and unknown ones need information.", name=name)
        return
    for value in values:
        if not vocabulary.id_of(value):
            c.add("error", path + ("value",), "{value} is not one of the values declared for {name}: {allowed}.",
                  value=str(value), name=name, allowed=", ".join(vocabulary.ids))


def _check_finite(c: _Checker, cond: Dict[str, Any], path: PathKey) -> None:
    """Every number a condition compares with (or measures) is finite: no .nan, no .inf."""
    found = [(("attribute", "value"), cond.get("attribute", {}).get("value")),
             (("unit_attribute", "value"), cond.get("unit_attribute", {}).get("value")),
             (("spatial", "distance_m"), cond.get("spatial", {}).get("distance_m"))]
    for where, value in found:
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, float) and not math.isfinite(item):
                c.add("error", path + where, "{field} must be a finite number, not {value}.",
                      field=where[-1], value=str(item))


def _check_spatial(c: _Checker, spec: Dict[str, Any], path: PathKey) -> None:
    if spec["layer"] not in c.layers:
        c.add(
            "error", path + ("layer",), "The layer {layer} is used but not declared under layers:.", layer=spec["layer"]
        )
    where = spec.get("where", "")
    if where and QgsExpression(where).hasParserError():
        c.add(
            "error",
            path + ("where",),
            "The filter expression is not valid: {problem}",
            problem=QgsExpression(where).parserErrorString(),
        )
    if "distance_m" in spec and spec["relation"] != "within":
        c.add("error", path + ("distance_m",), "distance_m: is only for relation within.")


def _check_expression(c: _Checker, text: str, path: PathKey) -> None:
    expression = QgsExpression(text)
    if expression.hasParserError():
        c.add("error", path, "The expression is not valid: {problem}", problem=expression.parserErrorString())
        return
    for name in sorted(expression.referencedColumns()):
        if name and name != QgsFeatureRequest.ALL_ATTRIBUTES:
            _check_declared(c, name, path)
    for name, literal in compared_literals(text):
        _check_expression_value(c, name, literal, path)


def _check_expression_value(c: _Checker, name: str, literal: Any, path: PathKey) -> None:
    """An expression compares an attribute with declared values with their ids (a project's value is its id)."""
    vocabulary = values_vocabulary(name, (c.attributes.get(name) or {}).get("values") or [])
    if vocabulary is None or literal in vocabulary.ids:
        return
    named = vocabulary.id_of(literal)
    if named:
        c.add("error", path, "The expression compares {name} with '{value}', which names the value {id}; an "
              "expression compares the ids of declared values: write '{id}'.", name=name, value=str(literal), id=named)
    else:
        c.add("error", path, "The expression compares {name} with '{value}', which is not one of the values "
              "declared for {name}; an expression compares their ids: {allowed}.", name=name, value=str(literal),
              allowed=", ".join(vocabulary.ids))


def reason_templates() -> List[str]:
    """Every message template of this module, for the string extractor."""
    return [
        tr("{field} is not a real date: {value}."),
        tr("The expiry date {expiry} is before the effective date {effective}."),
        tr("This rule set expired on {expiry}; check for a newer version."),
        tr("This rule set takes effect on {effective} and is not yet in force; it is applied all the same, "
           "and every review says so."),
        tr("values: is only for attributes of type string."),
        tr("unit_aliases: is only for attributes of type number."),
        tr("The spelling {spelling} names two values of {name}: {first} and {second}."),
        tr("in compares a string attribute with a list of values; write op: in with value: [...], or one value "
           "with another comparison."),
        tr("{name} declares no values:, so a project value is compared as written (ignoring case and width); "
           "declare its values with their synonyms so that other spellings are recognised and unknown ones "
           "need information."),
        tr("{value} is not one of the values declared for {name}: {allowed}."),
        tr("YAML reads yes, no, true, false, on and off without quotes as yes/no, which a unit-layer field does not "
           "hold; write the value in quotes as the layer holds it, such as '是', '否' or 'yes'."),
        tr("in compares a unit-layer field with a list of values; write op: in with value: [...], or one value "
           "with ==, != or a number comparison."),
        tr("The comparison {op} needs a number, not {value}."),
        tr("{field} must be a finite number, not {value}."),
        tr("The kind {kind} has the name of a main category; choose another name."),
        tr("The unit-layer value {value} is already mapped to kind {other}."),
        tr("The unit-layer value {value} is already mapped to kind {other} as {first}: values are compared ignoring "
           "case, full-width forms and spaces."),
        tr("The rule id {id} is used twice (first at line {first})."),
        tr("category: is only for rules of level category."),
        tr("units: is only for rules of level unit."),
        tr("only_if: is only for rules with effect restrict."),
        tr("Unknown category {category}; use priority, key, general or a kind declared under kinds:."),
        tr(
            "Unknown industry code {code}: it is not in GB/T 4754-2017. Use a section letter "
            "or a code such as C26 or 2614."
        ),
        tr("{value} is not allowed for {field}; use one of: {allowed}."),
        tr("The attribute {name} is used but not declared under attributes:."),
        tr("The attribute {name} is declared as {declared} but used as {used}."),
        tr("The comparison {op} needs a number attribute; {name} is {declared}."),
        tr("The value {value} does not fit attribute {name} of type {declared}."),
        tr("The layer {layer} is used but not declared under layers:."),
        tr("The filter expression is not valid: {problem}"),
        tr("distance_m: is only for relation within."),
        tr("The expression is not valid: {problem}"),
        tr("The expression compares {name} with '{value}', which names the value {id}; an expression compares "
           "the ids of declared values: write '{id}'."),
        tr("The expression compares {name} with '{value}', which is not one of the values declared for {name}; "
           "an expression compares their ids: {allowed}."),
    ]
