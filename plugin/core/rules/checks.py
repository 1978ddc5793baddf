"""Checks beyond the schema: dates, declared attributes and kinds, unique ids, rule scopes; each condition's
values by ``condition_checks`` (its expression by ``expression_checks``)."""

import datetime
from typing import Any, Dict, Iterator, List, Optional, Tuple

from ...i18n import tr
from ..model.vocab import CATEGORIES, canonical
from . import checker, condition_checks, expression_checks
from .checker import Checker
from .condition_checks import check_condition
from .messages import LoadMessage, Marks, PathKey
from .ruleset import validity, values_vocabulary


def check_semantics(
    data: Dict[str, Any], marks: Marks, file: str, today: Optional[datetime.date] = None
) -> List[LoadMessage]:
    """Semantic errors and warnings of a schema-valid rule set."""
    c = Checker(data, marks, file)
    _check_dates(c, today or datetime.date.today())
    _check_attributes(c)
    _check_kinds(c)
    _check_rules(c)
    return sorted(c.messages, key=lambda m: (m.line, m.column, m.json_path))


def parse_date(text: str) -> Optional[datetime.date]:
    """A YYYY-MM-DD date, or None if it is no real date."""
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


def _check_dates(c: Checker, today: datetime.date) -> None:
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


def _check_attributes(c: Checker) -> None:
    """Declared values only on strings, unit aliases only on numbers, a Chinese unit only beside a unit, no
    spelling for two values."""
    for name, declared in c.attributes.items():
        path: PathKey = ("attributes", name)
        if "values" in declared and declared["type"] != "string":
            c.add("error", path + ("values",), "values: is only for attributes of type string.")
            continue
        if "unit_aliases" in declared and declared["type"] != "number":
            c.add("error", path + ("unit_aliases",), "unit_aliases: is only for attributes of type number.")
        if "unit_zh" in declared and (declared["type"] != "number" or not str(declared.get("unit", "")).strip()):
            c.add("error", path + ("unit_zh",), "unit_zh: is only for attributes of type number that declare a "
                  "unit; declare unit: too, or remove unit_zh:.")
        vocabulary = values_vocabulary(name, declared.get("values") or [])
        clash = vocabulary.clash() if vocabulary else None
        if clash:
            c.add("error", path + ("values",), "The spelling {spelling} names two values of {name}: {first} and "
                  "{second}.", spelling=clash[0], name=name, first=clash[1], second=clash[2])


def _check_kinds(c: Checker) -> None:
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


def _duplicate_kind_value(c: Checker, path: PathKey, value: str, other: str, first: str) -> None:
    """The error about a unit-layer value that a kind already maps, as written or spelled another way."""
    if value == first:
        c.add("error", path, "The unit-layer value {value} is already mapped to kind {other}.",
              value=value, other=other)
    else:
        c.add("error", path, "The unit-layer value {value} is already mapped to kind {other} as {first}: values are "
              "compared ignoring case, full-width forms and spaces.", value=value, other=other, first=first)


def _check_rules(c: Checker) -> None:
    first_line: Dict[str, int] = {}
    for i, rule in enumerate(c.data["rules"]):
        path: PathKey = ("rules", i)
        rule_id = rule["id"]
        if rule_id in first_line and first_line[rule_id]:
            c.add(
                "error",
                path + ("id",),
                "The rule id {id} is used twice (first at line {first}).",
                id=rule_id,
                first=first_line[rule_id],
            )
        elif rule_id in first_line:  # a document without lines (the rule editor's form)
            c.add("error", path + ("id",), "Another rule already has the id {id}: give this rule an id of its own.",
                  id=rule_id)
        else:
            first_line[rule_id] = c.marks.get(path + ("id",), (0, 0))[0]
        _check_scope(c, rule, path)
        for cond, cond_path in _conditions(rule, path):
            check_condition(c, cond, cond_path)


def _check_scope(c: Checker, rule: Dict[str, Any], path: PathKey) -> None:
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


def reason_templates() -> List[str]:
    """Every message template of this module, for the string extractor."""
    own = [
        tr("{field} is not a real date: {value}."),
        tr("The expiry date {expiry} is before the effective date {effective}."),
        tr("This rule set expired on {expiry}; check for a newer version."),
        tr("This rule set takes effect on {effective} and is not yet in force; it is applied all the same, "
           "and every review says so."),
        tr("values: is only for attributes of type string."),
        tr("unit_aliases: is only for attributes of type number."),
        tr("unit_zh: is only for attributes of type number that declare a unit; declare unit: too, or remove "
           "unit_zh:."),
        tr("The spelling {spelling} names two values of {name}: {first} and {second}."),
        tr("The kind {kind} has the name of a main category; choose another name."),
        tr("The unit-layer value {value} is already mapped to kind {other}."),
        tr("The unit-layer value {value} is already mapped to kind {other} as {first}: values are compared ignoring "
           "case, full-width forms and spaces."),
        tr("The rule id {id} is used twice (first at line {first})."),
        tr("Another rule already has the id {id}: give this rule an id of its own."),
        tr("category: is only for rules of level category."),
        tr("units: is only for rules of level unit."),
        tr("only_if: is only for rules with effect restrict."),
        tr("Unknown category {category}; use priority, key, general or a kind declared under kinds:."),
    ]
    return own + checker.reason_templates() + condition_checks.reason_templates() + expression_checks.reason_templates()
