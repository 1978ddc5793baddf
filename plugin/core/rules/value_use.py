"""Which rules name a declared value of a text attribute: those the loader's checks would find wrong without it (a
condition's value or spelling, an expression's literal, a pattern only that value matched), so the rule editor takes
out only a value no rule needs."""

import copy
import re
from collections import Counter
from typing import Any, List, Mapping, Optional, Tuple

from . import checks, schema

RULE_PATH = re.compile(r"^\$\.rules\[(\d+)\]")


def naming_rules(document: Mapping[str, Any], name: str, value_id: str) -> Optional[List[str]]:
    """The ids of the rules (in the file's order) that name the value ``value_id`` of attribute ``name``, '' for a
    place outside the rules; None when the rule set does not follow the schema, so that it cannot be told."""
    data = copy.deepcopy(dict(document))
    before = _errors(data)
    if before is None:
        return None
    without = copy.deepcopy(data)
    declaration = (without.get("attributes") or {}).get(name)
    values = declaration.get("values") if isinstance(declaration, Mapping) else None
    if not isinstance(values, list):
        return []
    declaration["values"] = [value for value in values if not (isinstance(value, Mapping)
                                                                and str(value.get("id")) == value_id)]
    if not declaration["values"]:
        del declaration["values"]
    after = _errors(without)
    if after is None:
        return None
    rules = data.get("rules") or []
    found: List[str] = []
    for path, _template in (Counter(after) - Counter(before)):
        where = RULE_PATH.match(path)
        rule = rules[int(where.group(1))] if where and int(where.group(1)) < len(rules) else None
        rule_id = str(rule.get("id") or "") if isinstance(rule, Mapping) else ""
        if rule_id not in found:
            found.append(rule_id)
    order = {str(rule.get("id")): index for index, rule in enumerate(rules) if isinstance(rule, Mapping)}
    return sorted(found, key=lambda rule_id: order.get(rule_id, len(order)))


def _errors(data: dict) -> Optional[List[Tuple[str, str]]]:
    """The loader's errors about a document (where and which), or None when it is not schema-valid."""
    if schema.validate(copy.deepcopy(data), {}, ""):
        return None
    found = checks.check_semantics(copy.deepcopy(data), {}, "")
    return [(item.json_path, item.reason.template) for item in found if item.severity == "error"]
