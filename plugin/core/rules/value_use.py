"""Which rules need a declaration of the rule set: those the loader's checks would find wrong without it. For a
declared value of a text attribute, a condition's value or spelling, an expression's literal, a pattern only that value
matched; for an attribute, every condition and expression that reads it; for a layer, every spatial condition on it.
The rule editor removes only what no rule needs."""

import copy
import re
from collections import Counter
from typing import Any, Callable, List, Mapping, Optional, Tuple

from . import checks, schema

RULE_PATH = re.compile(r"^\$\.rules\[(\d+)\]")


def naming_rules(document: Mapping[str, Any], name: str, value_id: str) -> Optional[List[str]]:
    """The ids of the rules (in the file's order) that name the value ``value_id`` of attribute ``name``, '' for a
    place outside the rules; None when the rule set does not follow the schema, so that it cannot be told."""
    def without(data: dict) -> None:
        declaration = (data.get("attributes") or {}).get(name)
        values = declaration.get("values") if isinstance(declaration, dict) else None
        if isinstance(values, list):
            declaration["values"] = [value for value in values if not (isinstance(value, Mapping)
                                                                        and str(value.get("id")) == value_id)]
            if not declaration["values"]:
                del declaration["values"]

    return needing_rules(document, without)


def using_rules(document: Mapping[str, Any], name: str, section: str = "attributes") -> Optional[List[str]]:
    """The ids of the rules (in the file's order) that use the declaration ``name`` under ``section`` (an attribute,
    or a layer under ``layers``), as ``naming_rules`` gives them."""
    def without(data: dict) -> None:
        declared = data.get(section)
        if isinstance(declared, dict):
            declared.pop(name, None)
            if not declared:
                del data[section]

    return needing_rules(document, without)


def needing_rules(document: Mapping[str, Any], remove: Callable[[dict], None]) -> Optional[List[str]]:
    """The ids of the rules the loader's checks find wrong once ``remove`` has taken a declaration out of a copy of
    the document (errors it had already aside); None when the document does not follow the schema."""
    data = copy.deepcopy(dict(document))
    before = _errors(data)
    if before is None:
        return None
    without = copy.deepcopy(data)
    remove(without)
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
